# SPDX-License-Identifier: GPL-3.0-or-later
"""Export PDF and Print from the File menu, and starting the app with ``--demo``."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import application, export_pdf
from secondop_desktop.ui.main_window import MainWindow
from tests.ui.app_helpers import child, opened, shortcut

__all__ = ["opened"]


def test_ctrl_e_opens_the_export_dialog_for_the_open_case(opened, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(export_pdf.ExportPdfDialog, "exec",
                        lambda dialog: shown.append(dialog) or 0)
    window = opened.window()
    shortcut(qtbot, window, Qt.Key.Key_E)
    assert shown == []  # no case open: nothing to export
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    shortcut(qtbot, window, Qt.Key.Key_E)
    assert len(shown) == 1
    assert shown[0].parent() is window


def test_ctrl_p_prints_the_open_case(opened, qtbot, monkeypatch):
    printed = []
    monkeypatch.setattr(export_pdf, "print_case_pdf",
                        lambda case, options, parent: printed.append((case.title, parent)))
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    shortcut(qtbot, window, Qt.Key.Key_P)
    assert printed == [("Right knee pain: replacement or therapy?", window)]


def test_starting_with_demo_opens_the_example_and_keeps_it(qtbot, journal_path):
    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].document is not None:
            seen.append(windows[0].windowTitle())
            windows[0].close()
        else:
            QTimer.singleShot(50, close_when_shown)

    seen: list[str] = []
    QTimer.singleShot(50, close_when_shown)
    assert application.run(journal_path, demo=True) == 0
    assert seen == ["SecondOp — Right knee pain: replacement or therapy?"]
    with Journal.open(journal_path) as journal:
        assert [s.title for s in journal.list_cases()] == [
            "Right knee pain: replacement or therapy?"]
