# SPDX-License-Identifier: GPL-3.0-or-later
"""An unexpected error is logged and told in plain words, never swallowed; the window goes on."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from secondop_desktop import app_log
from secondop_desktop.ui import dialogs, error_report
from tests.ui.app_helpers import child, opened, stored, type_text

__all__ = ["opened"]

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def reporter(tmp_path: Path):
    """The hooks as the program installs them, logging under the test's own folder."""
    log = app_log.start_log(tmp_path / "logs")
    hooks = error_report.install()
    yield hooks, log
    hooks.uninstall()
    app_log.stop_log()


@pytest.fixture
def shown(monkeypatch) -> list[tuple]:
    calls: list[tuple] = []
    monkeypatch.setattr(dialogs, "show_unexpected_error",
                        lambda parent, details, saved, folder: calls.append(
                            (parent, details, saved, folder)))
    return calls


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_told_and_the_work_is_saved(
        opened, qtbot, reporter, shown, monkeypatch):
    hooks, log = reporter
    window = opened.window()
    hooks.attach(window, window.flush)
    qtbot.mouseClick(child(window, QPushButton, "welcome_new_case"), LEFT)
    case_id = window.document.case_id
    type_text(qtbot, child(window, QLineEdit, "case_title"), "Hip pain")  # not saved yet

    def broken(*_args):
        raise RuntimeError("the about box fell over")

    monkeypatch.setattr(dialogs, "show_about", broken)
    window.findChild(type(window.undo_action), "action_about").trigger()  # the slot raises
    qtbot.waitUntil(lambda: len(shown) == 1)
    parent, details, saved, folder = shown[0]
    assert parent is window
    assert saved is True
    assert stored(opened.journal_path, case_id).title == "Hip pain"  # saved before saying so
    assert "RuntimeError: the about box fell over" in details
    assert folder == log.parent
    written = log.read_text("utf-8")
    assert "Unexpected error in the window" in written
    assert "RuntimeError: the about box fell over" in written and "Traceback" in written
    # The window goes on working.
    type_text(qtbot, child(window, QLineEdit, "case_title"), " and knee")
    assert window.windowTitle() == "Hip pain and knee"


@pytest.mark.qt_no_exception_capture
def test_an_error_on_a_thread_is_told_on_the_window_s_thread(qtbot, reporter, shown):
    hooks, log = reporter
    hooks.attach(None, lambda: False)  # the save did not succeed: the dialog must not claim it

    def work() -> None:
        raise ValueError("a backup thread failed")

    thread = threading.Thread(target=work, name="backup")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    _parent, details, saved, _folder = shown[0]
    assert saved is False
    assert "ValueError: a backup thread failed" in details
    assert "in the background task 'backup'" in log.read_text("utf-8")


def test_qt_messages_go_to_the_log(qtbot, reporter):
    from PySide6.QtCore import qWarning

    _hooks, log = reporter
    qWarning("a warning from Qt for the log")
    assert "a warning from Qt for the log" in log.read_text("utf-8")


def test_the_dialog_says_it_plainly_and_copies_the_details(qtbot, tmp_path, monkeypatch):
    opened_urls: list[str] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl",
                        lambda url: opened_urls.append(url.toLocalFile()) or True)
    dialog = error_report.error_dialog(None, "Traceback: details here", True, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert child(dialog, QLabel, "error_heading").text() == "Something went wrong."
    assert child(dialog, QLabel, "error_saved_label").text().startswith("Your work is saved.")
    assert str(tmp_path) in child(dialog, QLabel, "error_log_label").text()
    assert child(dialog, QPlainTextEdit, "error_details").toPlainText() == (
        "Traceback: details here")
    qtbot.mouseClick(child(dialog, QPushButton, "error_copy_button"), LEFT)
    assert QApplication.clipboard().text() == "Traceback: details here"
    qtbot.mouseClick(child(dialog, QPushButton, "error_folder_button"), LEFT)
    assert opened_urls == [str(tmp_path)]
    qtbot.mouseClick(child(dialog, QPushButton, "error_close_button"), LEFT)
    assert not dialog.isVisible()


def test_the_dialog_does_not_claim_unsaved_work_is_saved(qtbot):
    dialog = error_report.error_dialog(None, "details", False, None)
    qtbot.addWidget(dialog)
    text = child(dialog, QLabel, "error_saved_label").text()
    assert "saved" in text and not text.startswith("Your work is saved")
    assert dialog.findChild(QPushButton, "error_folder_button") is None


def test_the_log_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr(app_log, "MAX_BYTES", 10_000)
    log = app_log.start_log(tmp_path)
    try:
        for i in range(100):
            app_log.logger.info("line %d %s", i, "x" * 500)
    finally:
        app_log.stop_log()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["secondop.log", "secondop.log.1", "secondop.log.2", "secondop.log.3"]
    assert all(p.stat().st_size <= app_log.MAX_BYTES + 1000 for p in tmp_path.iterdir())
    assert log.exists()
