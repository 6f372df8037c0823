# SPDX-License-Identifier: GPL-3.0-or-later
"""A rhythm said as the times of the day, or the days of the week, a medicine is taken (7
December, sixteenth session): "Metformin 500 mg one in the morning and one at night" against
"twice daily" said "how often: Dr Lee wrote once a day, Dr Kim twice a day", and
"Haemodialysis on Mondays, Wednesdays and Fridays" against "three times a week" said "once a
week". Another count at each time is said as how many each time, never as another rhythm."""

from __future__ import annotations

import pytest

from secondop_desktop import i18n
from secondop_desktop.domain import options, units
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("text", "frequency"), [
    ("Metformin 500 mg one in the morning and one at night", "twice a day"),
    ("1 with breakfast, 1 with tea", "twice a day"),
    ("one in the morning, one at lunchtime and one at night", "three times a day"),
    ("two in the morning, two at lunch, two at teatime and two at night", "four times a day"),
    ("one in the morning and two at night", "twice a day"),
    ("one at night", "once a day"),
    ("on Mondays, Wednesdays and Fridays", "three times a week"),
    ("los lunes, miércoles y viernes", "three times a week"),
    ("Saturdays and Sundays", "twice a week"),
    ("every Monday", "once a week"),
])
def test_the_rhythm_the_times_say(text: str, frequency: str) -> None:
    assert units.read(text).frequency == frequency


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Metformin 500 mg one in the morning and one at night", "Metformin 500 mg twice daily"),
    ("Metformin 500 mg one with breakfast and one with tea", "Metformin 500 mg twice a day"),
    ("Haemodialysis on Mondays, Wednesdays and Fridays", "Haemodialysis three times a week"),
]))
def test_the_same_rhythm_said_as_its_times(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Metformin 500 mg one in the morning and two at night", "Metformin 500 mg twice daily",
     "how many each time: Dr Lee wrote one in the morning and two at night, Dr Kim the same "
     "each time"),
    ("Metformin 500 mg two in the morning and one at night",
     "Metformin 500 mg one in the morning and two at night",
     "how many each time: Dr Lee wrote two in the morning and one at night, Dr Kim one in the "
     "morning and two at night"),
])
def test_another_count_at_each_time_is_how_many_each_time(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)
    assert "once a day" not in point.detail


def test_how_many_each_time_in_spanish_and_on_the_decision_page() -> None:
    (found,) = units.differences("Metformin 500 mg one in the morning and two at night",
                                 "Metformin 500 mg twice daily")
    assert found.kind == "each_time" and found.kind in options.GAP_KINDS
    assert ("each_time", True) in options.GAP_MARKS
    with i18n.using("es"):
        (found,) = units.differences("Metformin 500 mg one in the morning and two at night",
                                     "Metformin 500 mg twice daily")
        assert found.words("A", "B") == (
            "cuántos cada vez: A escribió one in the morning and two at night; B, "
            "lo mismo cada vez")
