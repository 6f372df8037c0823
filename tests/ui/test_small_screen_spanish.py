# SPDX-License-Identifier: GPL-3.0-or-later
"""The 1024 x 700 screen at 200 % text in Spanish (about a fifth longer than English): no part
of a case needs sideways scrolling inside its own page, where the right-hand words would be cut
off ('Seguimiento de las diferenci', 'explicársel')."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget

from secondop_desktop.ui import settings, translations
from secondop_desktop.ui.date_field import DateField
from tests.ui.app_helpers import child, opened

__all__ = ["opened"]

SCREEN = (1024, 700)


@pytest.fixture
def spanish_small_window(opened, qtbot):
    settings.put(settings.LANGUAGE, "es")
    translations.install("es")
    window = opened.window()
    window.resize(*SCREEN)
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    window.set_text_size(200)
    qtbot.wait(50)
    yield window
    translations.install(None)


@pytest.mark.parametrize("part", range(9))
def test_no_part_scrolls_sideways_in_spanish_at_200_percent(spanish_small_window, qtbot,
                                                            part: int):
    window = spanish_small_window
    tabs = window.case_page.tabs
    tabs.setCurrentIndex(part)
    qtbot.waitUntil(lambda: tabs.currentWidget() is not None)
    shown = tabs.currentWidget()
    count = shown.findChild(QLabel, "followups_count")
    if count is not None:  # the follow-ups are collected on a worker: their count comes later
        qtbot.waitUntil(lambda: count.text() != "", timeout=10_000)
    qtbot.wait(100)
    areas = [shown] if isinstance(shown, QScrollArea) else []
    areas += [a for a in shown.findChildren(QScrollArea)
              if a.widgetResizable() and a.isVisible()]
    for area in areas:
        qtbot.waitUntil(lambda a=area: a.widget() is not None)
        assert area.horizontalScrollBar().maximum() == 0, (
            tabs.tabText(part), area.objectName(), area.widget().minimumSizeHint().width(),
            area.viewport().width())


def test_a_date_field_s_buttons_go_one_under_the_other_where_narrow(spanish_small_window,
                                                                    qtbot):
    """'Calendario…' beside 'Borrar la fecha' was the widest thing in the follow-ups, the
    medicines and the opinion's visit date at 200 %: the field never asks for both in a row."""
    window = spanish_small_window
    window.case_page.tabs.setCurrentIndex(7)  # the follow-ups: their date field
    qtbot.waitUntil(lambda: window.findChild(DateField, "followup_asked_on_field") is not None)
    field = window.findChild(DateField, "followup_asked_on_field")
    buttons = (field.calendar_button, field.clear_button)
    assert buttons[1].text() == "Borrar la fecha"
    both = sum(b.sizeHint().width() for b in buttons)
    assert field.minimumSizeHint().width() < both
    field.buttons.resize(max(b.sizeHint().width() for b in buttons) + 2, 400)
    field.buttons.layout().activate()
    qtbot.waitUntil(lambda: buttons[1].y() > buttons[0].y())
    assert buttons[1].x() == buttons[0].x()


def test_the_own_option_buttons_go_one_under_the_other_where_narrow(spanish_small_window,
                                                                    qtbot):
    """'Añadir opción' beside 'Quitar esta opción' asked for 502 px at 200 %: the decision page
    scrolled sideways in a 1024x700 window and its hint lines were cut at the right edge."""
    window = spanish_small_window
    window.case_page.tabs.setCurrentIndex(6)  # the decision
    qtbot.waitUntil(lambda: window.findChild(QWidget, "own_option_buttons") is not None)
    row = window.findChild(QWidget, "own_option_buttons")
    add = child(window, QPushButton, "own_option_add")
    remove = child(window, QPushButton, "own_option_remove")
    assert remove.text() == "Quitar esta opción"
    assert row.minimumSizeHint().width() < add.sizeHint().width() + remove.sizeHint().width()
    row.resize(max(add.sizeHint().width(), remove.sizeHint().width()) + 2, 400)
    row.layout().activate()
    qtbot.waitUntil(lambda: remove.y() > add.y())
