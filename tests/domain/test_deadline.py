# SPDX-License-Identifier: GPL-3.0-or-later
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from secondop_desktop.domain.deadline import days_left, parse_date


def test_days_left_counts_calendar_days() -> None:
    today = date(2026, 12, 9)
    assert days_left("2026-12-14", today) == 5
    assert days_left("2026-12-09", today) == 0
    assert days_left("2026-12-08", today) == -1
    assert days_left("2027-01-01", today) == 23  # across the year's end


def test_no_date_or_a_bad_one_gives_none() -> None:
    for value in (None, "", "soon", "2026-02-30", "14/12/2026"):
        assert days_left(value, date(2026, 1, 1)) is None
    assert parse_date("2026-12-14") == date(2026, 12, 14)


@given(st.dates(), st.integers(min_value=-4000, max_value=4000))
def test_days_left_is_the_difference_of_the_dates(today: date, offset: int) -> None:
    try:
        target = today + timedelta(days=offset)
    except OverflowError:
        return
    assert days_left(target.isoformat(), today) == offset
