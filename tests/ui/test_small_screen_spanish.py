# SPDX-License-Identifier: GPL-3.0-or-later
"""The 1024 x 700 screen at 200 % text in Spanish (about a fifth longer than English): no part
of a case needs sideways scrolling inside its own page, where the right-hand words would be cut
off ('Seguimiento de las diferenci', 'explicársel')."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QScrollArea, QWidget

from secondop_desktop.ui import compare_worker, settings, translations
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
    if shown is window.case_page.compare:
        # The rows come from the engine's thread: the page is looked at once they are shown
        # (while it compares is the next test's, held there on purpose).
        qtbot.waitUntil(lambda: not shown.is_busy(), timeout=30_000)
    qtbot.wait(100)
    areas = [shown] if isinstance(shown, QScrollArea) else []
    areas += [a for a in shown.findChildren(QScrollArea)
              if a.widgetResizable() and a.isVisible()]
    for area in areas:
        qtbot.waitUntil(lambda a=area: a.widget() is not None)
        assert area.horizontalScrollBar().maximum() == 0, (
            tabs.tabText(part), area.objectName(), area.widget().minimumSizeHint().width(),
            area.viewport().width())


def _sideways(area: QScrollArea) -> tuple[int, int, int]:
    """How far the page scrolls sideways, what its widget asks for and what it has."""
    return (area.horizontalScrollBar().maximum(), area.widget().minimumSizeHint().width(),
            area.viewport().width())


def test_the_compare_page_is_no_wider_than_the_window_while_it_compares(
        spanish_small_window, qtbot, monkeypatch: pytest.MonkeyPatch):
    """'Comparando…' and its bar stood beside 'Anterior' and 'Siguiente': while the engine ran
    the page asked for ~200 px more than the window had, and the summary and 'Siguiente' were cut
    off at the right (on a slow machine for seconds); the first comparison's bar alone was a
    pixel from it."""
    gate = threading.Semaphore(0)
    engine = compare_worker._run_engine

    def held(*args):
        assert gate.acquire(timeout=20)  # a time-out only so a broken test cannot hang the run
        return engine(*args)

    monkeypatch.setattr(compare_worker, "_run_engine", held)
    window = spanish_small_window
    tabs = window.case_page.tabs
    try:
        tabs.setCurrentIndex(2)  # Comparar: the first comparison waits on the engine
        qtbot.waitUntil(lambda: window.case_page.compare is not None)
        view = window.case_page.compare
        area = view.page_scroll
        qtbot.waitUntil(lambda: view.busy.isVisible())
        assert view.summary.text() == "Comparando las opiniones de los médicos…"
        assert _sideways(area)[0] == 0, _sideways(area)
        gate.release()
        qtbot.waitUntil(lambda: not view.is_busy(), timeout=30_000)
        assert _sideways(area)[0] == 0, _sideways(area)

        # An edit to a doctor's reasoning, then back to Comparar: compared again, the rows
        # shown meanwhile with 'Comparando…'.
        tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: window.case_page.opinions.current_editor() is not None)
        editor = window.case_page.opinions.current_editor()
        qtbot.keyClicks(child(editor, QPlainTextEdit, "rationale"), " Seen again.")
        qtbot.waitUntil(lambda: not window.autosaver.is_pending(), timeout=10_000)
        tabs.setCurrentIndex(2)
        qtbot.waitUntil(lambda: view.busy.isVisible() and view.busy_label.isVisible())
        assert view.busy_label.text() == "Comparando…"
        assert "puntos en que los médicos no coinciden" in view.summary.text()
        assert view.next_button.isVisible()
        assert _sideways(area)[0] == 0, _sideways(area)
        gate.release()
        qtbot.waitUntil(lambda: not view.is_busy(), timeout=30_000)
        assert _sideways(area)[0] == 0, _sideways(area)
    finally:
        for _ in range(3):  # let any run still held end before the window goes
            gate.release()


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
