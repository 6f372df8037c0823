# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates as people type them, in their own language and order.

``parse_date("3 December 2026")`` → ``QDate(2026, 12, 3)``; so do "3 Dec 2026", "Dec 3, 2026",
"3/12/2026" (day first where the locale writes day first, "12/3/2026" in the US),
"3.12.26", "2026-12-03", "Thursday 3 December 2026", and "3 décembre 2026" in French. Month
and weekday names are those of the user's locale, and English ones everywhere. Anything else is
None: the field then says so, and keeps what was typed. ``format_date`` writes a date back in
the locale's long form without the weekday ("3 December 2026", "December 3, 2026").
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date as _date
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QLocale

from secondop_desktop.domain.deadline import parse_date as parse_iso

if TYPE_CHECKING:  # QtCore's attributes at run time: the window's first paint needs neither
    from PySide6.QtCore import QDate, QDateTime

FIRST_YEAR, LAST_YEAR = 1900, 2200  # a date outside these is a typing slip, not a date
_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
# Words between the parts of a date that say nothing of it ("3 of December", "3 de diciembre",
# the Russian "year", the year/month/day signs of Chinese, Japanese and Korean dates).
_FILLERS = {"of", "the", "de", "del", "der", "den", "г", "год", "года",
            "年", "月", "日", "년", "월", "일"}


def _plain(word: str) -> str:
    """Lower case, no accents, no trailing dot: "Déc." → "dec"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).rstrip(".")


def _names(locale: QLocale) -> tuple[dict[str, int], set[str]]:
    """Month names (long, short, narrow-free) to their numbers, and weekday names."""
    months: dict[str, int] = {}
    for source in (_ENGLISH, locale):
        for month in range(1, 13):
            for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                for text in (source.monthName(month, kind),
                             source.standaloneMonthName(month, kind)):
                    if len(_plain(text)) >= 3:
                        months[_plain(text)] = month
    weekdays = {_plain(source.dayName(day, kind))
                for source in (_ENGLISH, locale) for day in range(1, 8)
                for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)}
    return months, weekdays


def _month_of(word: str, months: dict[str, int]) -> int | None:
    if word in months:
        return months[word]
    if len(word) >= 3:  # "sept", "decem": a clear beginning of one month's name
        found = {number for name, number in months.items() if name.startswith(word)}
        if len(found) == 1:
            return found.pop()
    return None


def _order(locale: QLocale) -> str:
    """The order of day, month and year in the locale's short dates: "dmy", "mdy" or "ymd"."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    positions = {part: pattern.find(part) for part in "dMy"}
    return "".join(sorted("dmy", key=lambda p: positions["M" if p == "m" else p]))


def _year(text: str) -> int:
    value = int(text)
    if len(text) <= 2:  # "26" is 2026; "85" is 1985
        this = QtCore.QDate.currentDate().year()
        value += 2000 if 2000 + value <= this + 20 else 1900
    return value


def parse_date(text: str, locale: QLocale | None = None) -> QDate | None:
    """The date ``text`` means, or None when it is not (clearly) one."""
    locale = locale or QLocale()
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    months, weekdays = _names(locale)
    numbers: list[str] = []
    month: int | None = None
    for token in tokens:
        if token.isdigit():
            numbers.append(token)
            continue
        word = _plain(token)
        if word in weekdays or token.casefold() in _FILLERS:
            continue
        found = _month_of(word, months)
        if found is None or month is not None:
            if word in ("st", "nd", "rd", "th", "er", "e"):  # "3rd", "1er"
                continue
            return None
        month = found
    if month is not None:
        if len(numbers) == 1:
            day, year = int(numbers[0]), QtCore.QDate.currentDate().year()
        elif len(numbers) == 2:
            first, second = numbers
            if len(first) == 4 or int(first) > 31:
                year, day = _year(first), int(second)
            else:
                day, year = int(first), _year(second)
        else:
            return None
    elif len(numbers) == 3:
        order = "ymd" if len(numbers[0]) == 4 else _order(locale)
        parts = dict(zip(order, numbers, strict=True))
        day, month, year = int(parts["d"]), int(parts["m"]), _year(parts["y"])
    else:
        return None
    date = QtCore.QDate(year, month, day)
    if not date.isValid() or not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    return date


def display_format(locale: QLocale | None = None) -> str:
    """The locale's long date format without the weekday ("d MMMM yyyy", "MMMM d, yyyy")."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}", "", pattern)
    return pattern.strip(" ,،.-/") or "d MMMM yyyy"


def day_words(day: QDate | QDateTime, month: str = "MMMM", year: bool = True,
              time: bool = False) -> str:
    """A date as the window shows it, in the window's language: "2 October 2026", "2 de
    octubre de 2026"; ``month="MMM"`` for the short month ("2 Oct 2026", "2 oct 2026"),
    ``year=False`` without it, ``time=True`` with the hour ("…, 09:15")."""
    locale = QLocale()
    spanish = locale.language() == QLocale.Language.Spanish
    of = " 'de' " if spanish and month == "MMMM" else " "
    shape = f"d{of}{month}" + (f"{of}yyyy" if year else "")
    if isinstance(day, QtCore.QDateTime):
        return locale.toString(day, shape + (", HH:mm" if time else ""))
    return locale.toString(day, shape)


def iso_day_words(value: str, month: str = "MMMM") -> str:
    """An ISO date of the case file ("2026-12-14") as the window shows it, with the year only
    when it is not this one; anything else as it is (it is data)."""
    day = parse_iso(value)
    if day is None:
        return value
    return day_words(QtCore.QDate(day.year, day.month, day.day), month,
                     year=day.year != _date.today().year)


def format_date(date: QDate, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(date, display_format(locale))
