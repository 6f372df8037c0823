# SPDX-License-Identifier: GPL-3.0-or-later
"""A save that fails (a full disk, injected at the store's edge) is said where the user is
typing and keeps being said; closing asks, offers a text file, never closes silently; freeing
space is enough for the save to go through (issue 10.5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from secondop_desktop.domain.model import Case
from secondop_desktop.store.errors import DiskFull
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import dialogs
from tests.ui.app_helpers import child, opened, type_text  # noqa: F401 - the fixture

TITLE = "Right knee pain: replacement or therapy?"


@pytest.fixture
def full_disk_window(opened, demo_case: Case, monkeypatch: pytest.MonkeyPatch, qtbot):  # noqa: F811
    with Journal.open(opened.journal_path) as journal:
        journal.save_case(demo_case)
    window = opened.window()
    qtbot.waitUntil(lambda: window.document is not None)
    journal = window.journal
    real_save = journal.save_case

    def disk_full(*_args, **_kwargs):
        raise DiskFull(journal.path)

    monkeypatch.setattr(journal, "save_case", disk_full)
    boxes: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: boxes.append(text))
    window.boxes = boxes
    window.real_save = real_save
    return window


def _title(window) -> QLineEdit:
    title = child(window, QLineEdit, "case_title")
    title.setFocus()
    title.end(False)  # typing goes on after the title, as a person clicking there would
    return title


def _banner(window) -> QWidget:
    return child(window, QWidget, "save_problem")


def test_the_problem_is_said_above_the_case_and_keeps_being_said(full_disk_window, qtbot):
    window = full_disk_window
    title = _title(window)
    type_text(qtbot, title, " (typed on a full disk)")
    window.flush()
    qtbot.waitUntil(lambda: _banner(window).isVisible())
    text = child(window, QWidget, "save_problem_text").text()
    assert "not saved" in text and "disk is full" in text and "damaged" not in text
    type_text(qtbot, title, " and more")
    window.flush()
    assert _banner(window).isVisible()
    assert len(window.boxes) <= 1  # one box at most: the banner does the telling
    assert window.save_label.text() == "Not saved"
    # Space freed: the next try saves, and the banner goes.
    window.journal.save_case = window.real_save
    window.autosaver._retry.setInterval(10)
    window.autosaver._retry.start()
    qtbot.waitUntil(lambda: not _banner(window).isVisible())
    with Journal.open(window.journal.path) as fresh:
        assert [c.title for c in fresh.list_cases()] == [
            TITLE + " (typed on a full disk) and more"]


def test_closing_with_unsaved_text_asks_and_keeps_it_as_text(
    full_disk_window, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    window = full_disk_window
    type_text(qtbot, _title(window), " — the words to keep")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_unsaved",
                        lambda _p, _t, text: asked.append(text) or "keep")
    window.close()
    assert asked and "could not be saved" in asked[0] and window.isVisible()
    kept = tmp_path / "kept.txt"
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *_a: "save")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: kept)
    window.close()
    assert not window.isVisible()
    assert "— the words to keep" in kept.read_text("utf-8")
    assert kept.stat().st_mode & 0o777 == 0o600


def test_a_text_file_that_cannot_be_written_keeps_the_window_open(
    full_disk_window, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    window = full_disk_window
    type_text(qtbot, _title(window), " — still here")
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *_a: "save")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: tmp_path / "no-folder" / "x.txt")
    window.close()
    assert window.isVisible() and window.boxes  # told why, and nothing lost
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *_a: "close")
    window.close()  # the user chose to let them go: only then
    assert not window.isVisible()


def test_the_session_ending_keeps_unsaved_text_in_the_data_folder(
    full_disk_window, qtbot, _isolated_data_dir: Path
):
    window = full_disk_window
    type_text(qtbot, _title(window), " — logging out")
    window.terminate()  # what SIGTERM and SIGHUP do: nobody is asked
    assert not window.isVisible()
    (kept,) = (_isolated_data_dir / "unsaved").iterdir()
    assert "— logging out" in kept.read_text("utf-8")
