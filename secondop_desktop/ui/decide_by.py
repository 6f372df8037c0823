# SPDX-License-Identifier: GPL-3.0-or-later
"""The time-sensitive mark (a bundled clock icon) and the decide-by reminder in words.

The icon is drawn from ``resources/icons/time-sensitive.svg``: the "⏱" character it replaces
shows as an empty box with the fonts of a stock Debian desktop.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from secondop_desktop.domain.deadline import days_left
from secondop_desktop.i18n import fill
from secondop_desktop.resources import resource_path
from secondop_desktop.ui.date_text import iso_day_words

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def _tr(text: str, n: int = -1) -> str:
    """The window's words; with ``n``, Qt's plural form of a "%n" message."""
    return QCoreApplication.translate("DecideBy", text, None, n)


@cache
def time_sensitive_icon() -> QIcon:
    from PySide6.QtGui import QIcon  # seam: the first icon (docs/internals.md)

    return QIcon(str(resource_path("icons", "time-sensitive.svg")))


def date_words(value: str, month: str = "MMMM") -> str:
    """"14 December", "14 de diciembre" (with the year when it is not this one)."""
    return iso_day_words(value, month)


def reminder(decide_by: str | None, today: date | None = None, short: bool = False) -> str:
    """"Decide by 14 December: 5 days left"; empty without a date. Calm words past the date
    too: the app keeps no score, it only reminds."""
    rest = time_left(decide_by, today)
    if not rest or decide_by is None:
        return ""
    when = date_words(decide_by, "MMM" if short else "MMMM")
    return fill(_tr("Decide by {date}: {rest}"), date=when, rest=rest)


def time_left(decide_by: str | None, today: date | None = None) -> str:
    """The reminder's count alone ("5 days left", "that is today"); empty without a date."""
    left = days_left(decide_by, today)
    if left is None:
        return ""
    if left > 0:
        return _tr("%n day(s) left", left)
    if left == 0:
        return _tr("that is today")
    if left == -1:
        return _tr("that was yesterday")
    return _tr("that was %n day(s) ago", -left)
