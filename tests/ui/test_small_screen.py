# SPDX-License-Identifier: GPL-3.0-or-later
"""A 1024 x 700 laptop screen with text at 200 %: the window never asks to be wider than the
screen, every part of a case can be reached and read (scrolling where space runs out), the case
title keeps to one line with the whole title in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from secondop_desktop.ui.case_page import TAB_COMPARE
from tests.ui.app_helpers import child, opened

__all__ = ["opened"]

SCREEN = (1024, 700)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def small_window(opened, qtbot):
    window = opened.window()
    window.resize(*SCREEN)
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    window.set_text_size(200)
    qtbot.wait(50)
    return window


def _fits(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.width() <= SCREEN[0] and window.height() <= SCREEN[1])
    assert window.minimumSizeHint().width() <= SCREEN[0]
    assert window.minimumSizeHint().height() <= SCREEN[1]


@pytest.mark.parametrize("part", range(7))
def test_every_part_fits_a_small_screen_at_200_percent(small_window, qtbot, part: int):
    window = small_window
    page = window.case_page
    page.tabs.setCurrentIndex(part)
    if part == TAB_COMPARE:
        qtbot.waitUntil(lambda: page.compare is not None)
    qtbot.wait(50)
    _fits(window, qtbot)
    shown = page.tabs.currentWidget()
    # No sideways scrolling at this size: the part has the width it needs.
    assert page.tabs_area.horizontalScrollBar().maximum() == 0
    # Every visible control of the part starts inside the window (forms scroll down, not off
    # the side): nothing is placed beyond its right edge.
    right_edge = window.mapToGlobal(window.rect().topRight()).x()
    for widget in shown.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            left = widget.mapToGlobal(widget.rect().topLeft()).x()
            assert left < right_edge, (widget.objectName(), left, right_edge)


def test_the_case_title_keeps_to_one_line_with_a_tooltip(small_window, qtbot):
    window = small_window
    heading = window.case_page.title_label
    title = "Right knee pain: replacement or therapy?"
    assert heading.text() == title and heading.accessibleName() == title
    qtbot.waitUntil(lambda: heading.toolTip() == title)  # shortened on screen: whole here
    assert heading.height() < 2 * heading.fontMetrics().lineSpacing()
    # Wide enough again, the whole title shows and the tooltip goes.
    child(window, QLineEdit, "case_title").setFocus()
    window.set_text_size(100)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: heading.toolTip() == "")


def test_the_case_list_leaves_the_room_to_the_case(small_window, qtbot):
    left, right = small_window.splitter.sizes()
    assert left <= (left + right) // 4 + 2


def test_a_part_wider_than_the_window_scrolls_instead_of_widening_it(small_window, qtbot):
    window = small_window
    page = window.case_page
    page.tabs.setCurrentIndex(0)
    page.tabs.currentWidget().setMinimumWidth(2000)  # a part that cannot be narrower
    qtbot.wait(50)
    _fits(window, qtbot)
    qtbot.waitUntil(lambda: page.tabs_area.horizontalScrollBar().maximum() > 0)
    page.tabs.currentWidget().setMinimumWidth(0)
