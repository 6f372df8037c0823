# SPDX-License-Identifier: GPL-3.0-or-later
"""A dose taken with a meal says when in the day as well as with food: "with breakfast" is the
morning, "with lunch" midday, "with the evening meal" the evening. "Metformin 500 mg with
breakfast" against "with evening meal" had read as one saying more than the other (the
evening meal and lunch were read as food only), the morning against the evening hidden."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Metformin 500 mg with breakfast", "Metformin 500 mg with evening meal",
     "when in the day: Dr Lee wrote in the morning, Dr Kim at night"),
    ("Metformin 500 mg with breakfast", "Metformin 500 mg with lunch",
     "when in the day: Dr Lee wrote in the morning, Dr Kim at midday"),
    ("Gliclazide 80 mg with lunch", "Gliclazide 80 mg with the evening meal",
     "when in the day: Dr Lee wrote at midday, Dr Kim at night"),
    ("Metformina 500 mg con el almuerzo", "Metformina 500 mg con el desayuno",
     "when in the day: Dr Lee wrote at midday, Dr Kim in the morning"),
])
def test_meals_at_other_times_of_day_differ(a: str, b: str, detail: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "medication").status == "different", (x, y)
    assert main_plans(a, b, "medication").detail == detail


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Metformin 500 mg with the evening meal", "Metformin 500 mg with dinner"),
    ("Metformin 500 mg con la cena", "Metformin 500 mg with the evening meal"),
    ("Metformina 500 mg con el almuerzo", "Metformin 500 mg with lunch"),
    ("Metformin 500 mg after breakfast", "Metformin 500 mg with breakfast"),
]))
def test_one_meal_in_two_wordings_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_a_meal_is_once_a_day_and_midday_has_spanish_words() -> None:
    assert units.read("Gliclazide 80 mg with lunch").frequency == "once a day"
    with using("es"):
        (found,) = units.differences("Gliclazida 80 mg con el almuerzo",
                                     "Gliclazida 80 mg con la cena")
        assert found.b == "por la noche" and found.a == "a mediodía"
