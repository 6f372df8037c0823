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


# Two or three meals are two or three doses (6 December, fourth session): each meal alone being
# once a day, "with breakfast and evening meal" had read as once a day against "twice a day",
# "with lunch and dinner" likewise, and "breakfast, lunch and evening meal" as once too.
@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Metformin 850 mg with breakfast and evening meal", "Metformin 850 mg twice a day"),
    ("Metformina 850 mg con desayuno y cena", "Metformin 850 mg with breakfast and evening meal"),
    ("Metformin 500 mg with breakfast, lunch and evening meal",
     "Metformin 500 mg three times a day with meals"),
    ("Metformina 850 mg con desayuno, comida y cena", "Metformin 850 mg three times a day"),
    ("Metformin 850 mg with breakfast and dinner", "Metformin 850 mg in the morning and at night"),
    # and Spain's "/8h" after the dose, and bedtime said "antes de acostarse"
    ("Ibuprofeno 600 mg/8h", "Ibuprofen 600 mg every 8 hours"),
    ("Paracetamol 1g/8h", "Paracetamol 1 g tds"),
    ("Enalapril 5 mg/12h", "Enalapril 5 mg twice a day"),
    ("Atorvastatina 20 mg antes de acostarse", "Atorvastatin 20 mg at bedtime"),
]))
def test_meals_named_together_are_so_many_doses(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Metformin 850 mg with lunch and dinner", "Metformin 850 mg with breakfast and dinner",
     "when in the day: Dr Lee wrote at midday and at night, Dr Kim in the morning and at night"),
    ("Metformin 850 mg with breakfast and evening meal", "Metformin 850 mg once a day",
     "how often: Dr Lee wrote twice a day, Dr Kim once a day"),
])
def test_other_meals_say_which(a: str, b: str, detail: str) -> None:
    assert (main_plans(a, b, "medication").status, main_plans(a, b, "medication").detail) == (
        "different", detail)


def test_a_rate_by_the_hour_and_a_days_amount_stay_as_they_were() -> None:
    assert units.read("Fentanyl 25 mcg/h").per_hour
    assert units.read("Omeprazol 20 mg/24h").frequency == units.WHOLE_DAY
