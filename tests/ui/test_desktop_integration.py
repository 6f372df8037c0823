# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's side of the desktop integration: the applications menu entry from Help → About,
and a case file opened from the file manager (``secondop FILE.secondop``)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from secondop_desktop import desktop_entry
from secondop_desktop.domain.model import Note, now_iso
from secondop_desktop.store.casefile import write_case_file
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import application, dialogs, settings, window_session
from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.open_case_file import open_case_file
from tests.ui.app_helpers import child, opened, stored

__all__ = ["opened"]

pytestmark = pytest.mark.skipif(not desktop_entry.supported(),
                                reason="freedesktop.org desktops only")


def test_the_first_start_puts_secondop_in_the_menu_and_about_takes_it_out(
        opened, qtbot, monkeypatch):
    home = desktop_entry.data_home()
    assert home.is_relative_to(Path(settings.settings_path()).parents[2])  # the test's tmp
    assert not desktop_entry.is_installed()
    thread = window_session.integrate_with_desktop()
    assert thread is not None
    thread.join()
    assert desktop_entry.is_installed()

    window = opened.window()
    offered: list[str] = []

    def about(parent, title, text, action=""):
        offered.append(action)
        return True  # the user clicks the offered button

    monkeypatch.setattr(dialogs, "show_about", about)
    window.findChild(type(window.undo_action), "action_about").trigger()
    assert offered == ["Remove from the applications menu"]
    assert not desktop_entry.is_installed()
    assert "no longer in the applications menu" in window.statusBar().currentMessage()
    # The choice holds at the next start.
    assert window_session.integrate_with_desktop() is None
    assert not desktop_entry.is_installed()

    window.findChild(type(window.undo_action), "action_about").trigger()
    assert offered[-1] == "Add to the applications menu"
    assert desktop_entry.is_installed()
    thread = window_session.integrate_with_desktop()
    assert thread is not None
    thread.join()


def _what_was_told(monkeypatch) -> list[str]:
    """The merge report's sentence, as the window's merge-report window shows it."""
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: told.append(text))

    def window_shown(dialog) -> None:
        label = dialog.findChild(QLabel, "merge_summary")
        told.append(label.text() if label is not None else dialog.windowTitle())

    monkeypatch.setattr(dialogs, "show_window", window_shown, raising=False)
    return told


def _exported_with_a_new_note(journal_path: Path, demo_case, tmp_path: Path) -> Path:
    case = copy.deepcopy(demo_case)
    stamp = now_iso()
    case.notes.append(Note(text="Called the clinic: the MRI is on Friday.", taken_at=stamp,
                           updated_at=stamp))
    path = tmp_path / "knee from Sam.secondop"
    write_case_file(case, path, lambda digest: b"")
    return path


def test_opening_a_case_file_imports_it_and_says_what_changed(opened, qtbot, monkeypatch,
                                                              demo_case, tmp_path):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    before = len(window.document.case.notes)
    path = _exported_with_a_new_note(opened.journal_path, demo_case, tmp_path)
    told = _what_was_told(monkeypatch)
    case_id = open_case_file(window, path)
    assert case_id == demo_case.id
    assert told == ["Added 1 note; nothing else changed."]
    # The window shows the merged case, not the copy it had open.
    assert len(window.document.case.notes) == before + 1
    assert len(stored(opened.journal_path, case_id).notes) == before + 1
    assert window.windowTitle() == demo_case.title


def test_a_file_that_is_not_a_case_file_is_refused_in_plain_words(opened, monkeypatch, tmp_path):
    window = opened.window()
    path = tmp_path / "scan.secondop"
    path.write_bytes(b"%PDF-1.7\n\xe2\xe3\xcf\xd3 not a case")
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    assert open_case_file(window, path) is None
    assert errors and "not a SecondOp case file" in errors[0] and "PDF" in errors[0]
    assert window.case_model.rowCount() == 0


def test_starting_with_a_case_file_opens_it(qtbot, journal_path, demo_case, tmp_path,
                                            monkeypatch):
    path = _exported_with_a_new_note(journal_path, demo_case, tmp_path)
    told: list[str] = []
    seen: list[str] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].document is not None and windows[0].merge_report:
            told.append(child(windows[0].merge_report, QLabel, "merge_summary").text())
            seen.append(windows[0].windowTitle())
            windows[0].close()
        else:
            QTimer.singleShot(50, close_when_shown)

    QTimer.singleShot(50, close_when_shown)
    assert application.run(journal_path, demo=False, open_file=path) == 0
    assert seen == [demo_case.title]
    assert told and told[0].startswith("Added")
    with Journal.open(journal_path) as journal:
        assert journal.load_case(demo_case.id).notes[-1].text.startswith("Called the clinic")


def test_a_case_file_opened_while_secondop_is_open_goes_to_the_open_window(
        qtbot, journal_path, demo_case, tmp_path, monkeypatch):
    """The file manager starts a second SecondOp with the file; the journal is this window's,
    so the second one hands the file over and ends; this window imports it and says so."""
    import os
    import subprocess
    import sys
    import time

    deadline = time.monotonic() + 60
    path = _exported_with_a_new_note(journal_path, demo_case, tmp_path)
    told = _what_was_told(monkeypatch)
    second: list[subprocess.Popen] = []
    root = Path(__file__).resolve().parents[2]

    def step() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        server = windows[0].findChild(QObject, "handoff_server") if windows else None
        if server is not None and not second:
            env = {**os.environ, "PYTHONPATH": str(root)}
            second.append(subprocess.Popen(
                [sys.executable, "-m", "secondop_desktop", "--journal", str(journal_path),
                 str(path)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
        if second and second[0].poll() is not None and told:
            windows[0].close()
            return
        if time.monotonic() > deadline:  # the second one is stuck (on a dialog, say): fail
            if second:
                second[0].kill()
            for window in windows:
                window.close()
            return
        QTimer.singleShot(50, step)

    from PySide6.QtCore import QObject

    QTimer.singleShot(50, step)
    assert application.run(journal_path, demo=True) == 0
    assert second, "the handoff server never started"
    out, err = second[0].communicate(timeout=30)
    assert second[0].returncode == 0, err
    assert told and told[0].startswith("Added 1 note")
    with Journal.open(journal_path) as journal:
        assert journal.load_case(demo_case.id).notes[-1].text.startswith("Called the clinic")
