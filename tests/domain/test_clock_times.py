# SPDX-License-Identifier: GPL-3.0-or-later
"""A time on the clock is read by its hour: "at 2 pm" is the afternoon, never the evening that
"pm" alone says on a label, and "at 2 am" is the night, never the morning. Both had been read
by their "pm" and "am" alone ("at 2 pm" against "in the evening": the same plan made more
exact), and "at 14:00" against "at 2 pm" as two plans."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import main_plans, read_apart, read_as_one

MEDICINE = "Ibuprofen 400 mg"
AFTERNOON = ("at 2 pm", "at 2pm", "at 2 p.m.", "at 14:00", "at 2:00 pm", "a las 14:00")
EVENING = ("in the evening", "at night", "pm", "at 8 pm", "at 20:00", "at bedtime")
MORNING = ("in the morning", "mane", "am", "at 8 am", "at 08:00", "a las 8:00")
SMALL_HOURS = ("at 2 am", "at 02:00", "at 3:30 a.m.")


def _compared(a: str, b: str):  # noqa: ANN202 - a Point
    return main_plans(f"{MEDICINE} {a}", f"{MEDICINE} {b}", "medication")


@pytest.mark.parametrize(("one", "other"), [
    (AFTERNOON, EVENING), (AFTERNOON, MORNING), (SMALL_HOURS, MORNING),
    (SMALL_HOURS, AFTERNOON),
])
def test_two_parts_of_the_day_never_read_as_one(one: tuple[str, ...],
                                                other: tuple[str, ...]) -> None:
    assert not read_as_one(one, other, _compared)


def test_one_clock_time_written_two_ways_is_the_same() -> None:
    assert not read_apart(("at 2 pm", "at 2pm", "at 14:00", "at 2:00 p.m.", "a las 14:00"),
                          _compared)
    assert not read_apart(("at 9:30 pm", "at 9.30 pm", "at 21:30"), _compared)


def test_a_clock_time_makes_its_part_of_the_day_more_exact() -> None:
    assert _compared("at 2 pm", "in the afternoon").status == "refined"
    assert _compared("at 10 pm", "at night").status == "refined"
    assert _compared("at 8 am", "in the morning").status == "refined"


def test_two_clock_times_of_one_part_of_the_day_are_two() -> None:
    assert _compared("at 8 pm", "at 10 pm").status == "different"
    assert _compared("at 14:00", "at 16:00").status == "different"


@pytest.mark.parametrize(("text", "part"), [
    ("Ibuprofen 400 mg at 2 pm", "afternoon"),
    ("Ibuprofen 400 mg at 12 pm", "afternoon"),  # noon
    ("Ibuprofen 400 mg at 12 am", "night"),  # midnight
    ("Ibuprofen 400 mg at 5:30 am", "morning"),
    ("Ibuprofen 400 mg at 23:00", "night"),
    # "pm" alone on a label is the night: "2 pm" with no "at" may be two tablets then
    ("Paracetamol 1 tablet am, 2 pm", ""),
    ("Paracetamol 2 tablets pm", "night"),
    # no clock: a number after "at" with no "am", "pm" nor minutes
    ("Review at 6 weeks", ""),
    ("Increase at 12.50 mg", ""),
])
def test_the_part_of_the_day_a_text_says(text: str, part: str) -> None:
    assert units.read(text).time_of_day == part


def test_a_difference_says_when_each_doctor_wrote() -> None:
    point = _compared("at 2 pm", "pm")
    assert point.status == "different"
    assert "at 2 pm" in point.detail and "at night" in point.detail
    assert "at night" in _compared("in the morning", "in the evening").detail


def test_a_bound_says_no_part_of_the_day() -> None:
    # "after 2 pm" starts at two and runs on into the night: neither the afternoon nor the
    # night that its "pm" would say alone
    assert units.read("No caffeine after 2pm").time_of_day == ""
    assert units.read("Nothing to eat from 22:00").time_of_day == ""
    same = main_plans("No caffeine after 2pm", "Avoid caffeine after 14:00", "lifestyle")
    assert same.status == "same"
    apart = main_plans("No caffeine after 2pm", "No caffeine after 6pm", "lifestyle")
    assert apart.status == "different"
