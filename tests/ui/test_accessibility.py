# SPDX-License-Identifier: GPL-3.0-or-later
"""Every control of the main window can be found by name and is named for a screen reader."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QWidget,
)

from secondop_desktop.ui.main_window import MainWindow
from tests.ui.app_helpers import child, opened

__all__ = ["opened"]

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTabWidget)
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


def _ours(widget: QWidget, window: MainWindow) -> bool:
    """Controls this window made itself (not Qt's own parts)."""
    if widget.objectName().startswith("qt_"):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        name = parent.objectName()
        if name.startswith("qt_") or isinstance(
                parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QTabBar)):
            return False
        parent = parent.parentWidget()
    # Qt's own helpers inside tab bars and scroll areas carry no name of ours.
    return widget.metaObject().className() not in ("QToolButton", "QScrollBar")


def _unnamed(window: MainWindow) -> list[str]:
    problems = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not _ours(widget, window):
            continue
        kind = type(widget).__name__
        if not SNAKE.match(widget.objectName()):
            problems.append(f"{kind} {widget.objectName()!r} ({widget.accessibleName()!r})")
        elif not widget.accessibleName():
            problems.append(f"{kind} {widget.objectName()} has no accessible name")
    return problems


def test_every_control_has_a_stable_name_and_an_accessible_name(opened, qtbot):
    window = opened.window()
    assert _unnamed(window) == []
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    tabs = window.case_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)  # pages build their controls when first shown
    qtbot.mouseClick(child(window, QPushButton, "question_add"), Qt.MouseButton.LeftButton)
    assert _unnamed(window) == []


def test_the_keyboard_reaches_the_case_list_and_the_new_case_button(opened, qtbot):
    window = opened.window()
    search = child(window, QLineEdit, "search_box")
    search.setFocus()
    reached = []
    for _ in range(3):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget().objectName())
    assert reached[:2] == ["case_list", "new_case_button"]


def test_menus_name_every_shortcut_a_person_needs(opened):
    window = opened.window()
    shortcuts = {action.objectName(): [s.toString() for s in action.shortcuts()]
                 for action in window.findChildren(type(window.undo_action))
                 if action.objectName()}
    assert "Ctrl+N" in shortcuts["action_new_case"]
    assert "Ctrl+F" in shortcuts["action_find"]
    assert "Ctrl+Z" in shortcuts["action_undo"]
    assert "Ctrl+Shift+Z" in shortcuts["action_redo"]
    assert "F7" in shortcuts["action_next_difference"]
    assert "Shift+F7" in shortcuts["action_previous_difference"]
    assert "Ctrl+E" in shortcuts["action_export_pdf"]
    assert "Ctrl+P" in shortcuts["action_print"]
    assert "Ctrl+Q" in shortcuts["action_quit"]
    assert "Ctrl+=" in shortcuts["action_larger_text"]
    assert "Ctrl+-" in shortcuts["action_smaller_text"]


def test_qt_grips_are_named_for_a_screen_reader(opened, qtbot):
    """The splitter's handle and the status bar's size grip had been read out as two unnamed
    objects of no known kind."""
    window = opened.window()
    grips = [w for w in window.findChildren(QWidget)
             if w.metaObject().className() in ("QSplitterHandle", "QSizeGrip") and w.isVisible()]
    assert {w.metaObject().className() for w in grips} == {"QSplitterHandle", "QSizeGrip"}
    assert all(w.accessibleName() for w in grips), [w.objectName() for w in grips]
    assert window.splitter.handle(1).accessibleName() == (
        "Divider between the case list and the case")
