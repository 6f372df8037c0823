# SPDX-License-Identifier: GPL-3.0-or-later
"""The date field as people use it: typed in their own words and language, left with Tab, left
empty, stepped with the arrow keys; and what it reads, for any locale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from secondop_desktop.ui.date_field import DateField
from secondop_desktop.ui.date_text import format_date, parse_date
from tests.ui.app_helpers import child

L = QLocale


@pytest.fixture
def locale() -> Iterator[None]:
    """British English unless a test says otherwise (day first, English month names)."""
    before = QLocale()
    QLocale.setDefault(L(L.Language.English, L.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def field(qtbot, locale) -> tuple[QWidget, DateField, list]:
    """A date field between two other boxes, as on a form."""
    form = QWidget()
    from PySide6.QtWidgets import QVBoxLayout

    column = QVBoxLayout(form)
    before = QLineEdit(objectName="before")
    date = DateField("visit_date", "Date of the visit")
    after = QLineEdit(objectName="after")
    for widget in (before, date, after):
        column.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    edits: list = []
    date.edited.connect(edits.append)
    return form, date, edits


def _type(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    for ch in text:  # a key event per character (any script)
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0,
                                                 Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, 0,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def test_a_typed_date_is_saved_and_tab_moves_on(qtbot, field):
    form, date, edits = field
    box = child(date, QLineEdit, "visit_date")
    box.setFocus()
    qtbot.keyClicks(box, "3 December 2026")
    assert box.text() == "3 December 2026"  # nothing added to what was typed
    assert date.value() == "2026-12-03"
    assert edits[-1] == "2026-12-03"
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert not box.hasFocus()  # Tab leaves the box
    assert not child(date, QLabel, "visit_date_problem").isVisible()


def test_other_ways_of_writing_it_are_tidied_on_leaving(qtbot, field):
    form, date, edits = field
    box = child(date, QLineEdit, "visit_date")
    box.setFocus()
    qtbot.keyClicks(box, "3/12/26")
    assert date.value() == "2026-12-03"
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.text() == "3 December 2026"


def test_what_is_not_a_date_is_kept_said_and_never_traps_the_focus(qtbot, field):
    form, date, edits = field
    box = child(date, QLineEdit, "visit_date")
    box.setFocus()
    qtbot.keyClicks(box, "next tuesday-ish")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert not box.hasFocus()
    assert box.text() == "next tuesday-ish"  # what was typed is not thrown away
    assert date.value() is None and edits == []
    problem = child(date, QLabel, "visit_date_problem")
    assert problem.isVisible()
    assert "is not a date" in problem.text() and "not saved" in problem.text()
    assert "is not a date" in box.accessibleDescription()
    # Put right, the line goes.
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "2026-12-03")
    assert date.value() == "2026-12-03"
    assert not problem.isVisible()


def test_empty_is_allowed(qtbot, field):
    form, date, edits = field
    box = child(date, QLineEdit, "visit_date")
    assert box.text() == "" and box.placeholderText().startswith("e.g. ")
    box.setFocus()
    qtbot.keyClicks(box, "1 May 2026")
    assert date.value() == "2026-05-01"
    for _ in range(len("1 May 2026")):
        qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert date.value() is None and edits[-1] is None
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert not child(date, QLabel, "visit_date_problem").isVisible()
    date.set_value("2026-05-01")
    qtbot.mouseClick(child(date, QPushButton, "visit_date_clear"), Qt.MouseButton.LeftButton)
    assert box.text() == "" and date.value() is None


def test_up_and_down_move_a_day(qtbot, field):
    form, date, edits = field
    box = child(date, QLineEdit, "visit_date")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)  # from empty: today, not 1900
    today = QDate.currentDate()
    assert date.value() == today.toString(Qt.DateFormat.ISODate)
    box.selectAll()
    qtbot.keyClicks(box, "31 December 2026")
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert date.value() == "2027-01-01" and box.text() == "1 January 2027"
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert date.value() == "2026-12-31"


def test_a_day_picked_in_the_calendar(qtbot, field):
    form, date, edits = field
    date.set_value("2026-03-14")
    date._calendar_opens()
    assert date.calendar.selectedDate() == QDate(2026, 3, 14)
    date.calendar.clicked.emit(QDate(2026, 3, 20))
    assert date.value() == "2026-03-20" and edits[-1] == "2026-03-20"
    assert child(date, QLineEdit, "visit_date").text() == "20 March 2026"


def test_typed_in_french(qtbot, field):
    form, date, edits = field
    QLocale.setDefault(L(L.Language.French, L.Country.France))
    _type(qtbot, child(date, QLineEdit, "visit_date"), "3 décembre 2026")
    assert date.value() == "2026-12-03"


@pytest.mark.parametrize(("language", "country", "typed"), [
    (L.Language.English, L.Country.UnitedStates, "12/3/2026"),
    (L.Language.English, L.Country.UnitedStates, "December 3, 2026"),
    (L.Language.English, L.Country.UnitedKingdom, "3rd of December 2026"),
    (L.Language.German, L.Country.Germany, "3.12.2026"),
    (L.Language.German, L.Country.Germany, "3. Dezember 2026"),
    (L.Language.Spanish, L.Country.Spain, "3 de diciembre de 2026"),
    (L.Language.Japanese, L.Country.Japan, "2026年12月3日"),
    (L.Language.Korean, L.Country.SouthKorea, "2026년 12월 3일"),
    (L.Language.Arabic, L.Country.Egypt, "٣ ديسمبر ٢٠٢٦"),
    (L.Language.English, L.Country.UnitedKingdom, "Thu 3 Dec 2026"),
    (L.Language.English, L.Country.UnitedKingdom, "2026-12-03"),
])
def test_dates_as_people_write_them(language, country, typed):
    assert parse_date(typed, L(language, country)) == QDate(2026, 12, 3)


@pytest.mark.parametrize("typed", ["31/2/2026", "3 December 202", "hello", "3 4", "", "13/13/13",
                                   "3 December March 2026", "1/1/1800"])
def test_not_dates(typed):
    assert parse_date(typed, L(L.Language.English, L.Country.UnitedKingdom)) is None


_LOCALES = [L(L.Language.English, L.Country.UnitedKingdom),
            L(L.Language.English, L.Country.UnitedStates), L(L.Language.French, L.Country.France),
            L(L.Language.German, L.Country.Germany), L(L.Language.Spanish, L.Country.Spain),
            L(L.Language.Japanese, L.Country.Japan), L(L.Language.Arabic, L.Country.Egypt),
            L(L.Language.Turkish, L.Country.Turkey), L(L.Language.Russian, L.Country.Russia)]


@given(st.dates(min_value=__import__("datetime").date(1900, 1, 1),
                max_value=__import__("datetime").date(2200, 12, 31)),
       st.sampled_from(_LOCALES))
def test_what_the_field_writes_it_reads_back(day, locale):
    date = QDate(day.year, day.month, day.day)
    assert parse_date(format_date(date, locale), locale) == date
