# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for the main-window tests: open a window on a test journal, type like a person,
find controls by their stable object names, read the journal back with a fresh connection."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QListView, QWidget

from secondop_desktop.domain.model import Case
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import appearance, dialogs, theme
from secondop_desktop.ui.main_window import MainWindow

W = TypeVar("W", bound=QWidget)


class Opened:
    """Every journal and window a test opened, closed again at the end."""

    def __init__(self, qtbot, journal_path: Path) -> None:
        self.qtbot = qtbot
        self.journal_path = journal_path
        self.journals: list[Journal] = []
        self.windows: list[MainWindow] = []

    def window(self) -> MainWindow:
        journal = Journal.open(self.journal_path)
        self.journals.append(journal)
        window = MainWindow(journal)
        self.qtbot.addWidget(window)
        window.show()
        self.qtbot.waitExposed(window)
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        self.windows.append(window)
        return window

    def close_all(self) -> None:
        for window in self.windows:
            if window.isVisible():
                window.close()
        for journal in self.journals:
            journal.close()


@pytest.fixture
def opened(qtbot, journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Opened]:
    # No test may wait on a modal dialog: anything unexpected fails loudly instead.
    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("ask_yes_no", "show_error", "show_info", "show_about", "ask_open_path",
                 "ask_save_path", "show_unexpected_error", "ask_folder", "ask_send_case",
                 "ask_unsaved"):
        monkeypatch.setattr(dialogs, name, unexpected)
    state = Opened(qtbot, journal_path)
    yield state
    state.close_all()


def child(parent: QWidget, kind: type[W], name: str) -> W:
    """The visible-or-not child called ``name``; fails the test if there is none."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as key presses. ASCII goes through qtbot.keyClicks; other
    characters as one key event each (qtbot.keyClicks aborts the process on non-ASCII)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0,
                                                 Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, 0,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def shortcut(qtbot, window: QWidget, key: Qt.Key,
             modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier) -> None:
    """Press a shortcut where the user's keyboard focus is."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def stored(journal_path: Path, case_id: str) -> Case:
    """The case as the journal holds it, read through a connection of its own."""
    with Journal.open(journal_path) as journal:
        return journal.load_case(case_id)


def stored_cases(journal_path: Path) -> list[Case]:
    with Journal.open(journal_path) as journal:
        return [journal.load_case(s.id) for s in journal.list_cases()]


@contextlib.contextmanager
def style_restored(qapp: QApplication) -> Iterator[QApplication]:
    """The application's theme, style sheet, palette and text size as they were before the
    block, whatever the test set inside it."""
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    keys = ("current", "desktop_palette", "dark", "high_contrast", "following")
    saved = {key: getattr(theme._State, key) for key in keys}
    propagation = Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles
    was = qapp.testAttribute(propagation)
    try:
        yield qapp
    finally:
        appearance.apply_text_size(100)
        for key, value in saved.items():
            setattr(theme._State, key, value)
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setAttribute(propagation, was)


def list_rows(view: QListView) -> list[str]:
    """Each row's text in a list as it reads, a line under another (the case list parts its
    lines with Unicode's line separator, as Qt draws them)."""
    model = view.model()
    return [model.index(r, 0).data().replace("\u2028", "\n") for r in range(model.rowCount())]
