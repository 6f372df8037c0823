# SPDX-License-Identifier: GPL-3.0-or-later
"""How far away a time-sensitive case's decide-by date is, counted in whole calendar days."""

from __future__ import annotations

from datetime import date


def parse_date(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` text as a date; None for None or anything else."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def days_left(decide_by: str | None, today: date | None = None) -> int | None:
    """Days from ``today`` (the local date) to ``decide_by``: 0 on the day, negative once past;
    None when there is no (readable) date."""
    when = parse_date(decide_by)
    if when is None:
        return None
    return (when - (today or date.today())).days
