# SPDX-License-Identifier: GPL-3.0-or-later
"""With food or on an empty stomach, in the morning or at night, however it is written: the two
never read as the same plan. A prescription's "ac" and "pc" (before and after food), "without
food", "on waking", "am" and "pm", "at teatime" had not been read, so the other's time read as
the same plan made more exact ("alendronate with food" against "alendronate ac": refined)."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import main_plans, read_as_one

WITH_FOOD = ("with food", "after food", "with meals", "after meals", "con comida",
             "con las comidas", "after eating", "with a meal", "pc")
EMPTY = ("on an empty stomach", "before food", "before meals", "en ayunas",
         "30 minutes before breakfast", "ac", "an hour before food", "without food")
MORNING = ("in the morning", "every morning", "mane", "por la mañana", "on waking",
           "at breakfast time", "am")
EVENING = ("at night", "at bedtime", "nocte", "por la noche", "before bed", "in the evening",
           "pm", "at teatime")


@pytest.mark.parametrize(("medicine", "one", "other"), [
    ("Alendronate 70 mg weekly", WITH_FOOD, EMPTY),
    ("Simvastatin 40 mg daily", MORNING, EVENING),
])
def test_two_times_never_read_as_one(medicine: str, one: tuple[str, ...],
                                     other: tuple[str, ...]) -> None:
    assert not read_as_one(one, other, lambda a, b: main_plans(
        f"{medicine} {a}", f"{medicine} {b}", "medication"))


def test_an_ac_joint_ac_chemotherapy_and_i_am_are_no_times() -> None:
    # "ac" is before food only after a dose or a rhythm ("10 mg ac", "tds ac")
    assert main_plans("AC chemotherapy 3-weekly x 4", "EC chemotherapy 3-weekly x 4",
                      "medication").status == "different"
    assert units.read("Metoclopramide 10 mg ac").food == "empty"
    assert units.read("Metoclopramide 10 mg tds pc").food == "food"
    assert units.read("Steroid injection to the AC joint").food == ""
    assert units.read("I am on metformin 500 mg").time_of_day == ""


@pytest.mark.parametrize(("a", "b", "status"), [
    # with a glass of water, with orange juice, however written (6 December, fourth session:
    # "con un vaso de agua" against "with a full glass of water", and "con zumo de naranja"
    # leaving "de naranja" among the words, had made two plans of one)
    ("Alendrónico 70 mg semanal en ayunas con un vaso de agua",
     "Alendronic acid 70 mg once a week on an empty stomach with a full glass of water", "same"),
    ("Hierro un comprimido al día con zumo de naranja", "Iron one tablet daily with orange juice",
     "same"),
    # one saying to take it with water says more
    ("Alendronic acid 70 mg weekly with a glass of water", "Alendronic acid 70 mg weekly",
     "refined"),
])
def test_what_to_swallow_it_with_in_two_languages(a: str, b: str, status: str) -> None:
    assert main_plans(a, b, "medication").status == main_plans(b, a, "medication").status == status


@pytest.mark.parametrize(("a", "b"), [
    # with food or on an empty stomach said by one doctor only had read as the very same plan
    # (11th session)
    ("Ibuprofen 400 mg three times a day with food", "Ibuprofen 400 mg three times a day"),
    ("Alendronic acid 70 mg weekly on an empty stomach", "Alendronic acid 70 mg weekly"),
    ("Omeprazol 20 mg en ayunas", "Omeprazol 20 mg"),
])
def test_food_said_by_one_doctor_says_more(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "refined"
    assert main_plans(b, a, "medication").status == "refined"


@pytest.mark.parametrize(("a", "b"), [
    # each says something of when ("en ayunas" and "before breakfast" may be one instruction),
    # or a meal is named for the time, not for the food ("with breakfast and evening meal" is
    # twice a day: test_meals_say_when.py)
    ("omeprazol 20 mg en ayunas", "omeprazol 20 mg antes del desayuno"),
    ("Metformin 850 mg with breakfast and evening meal", "Metformin 850 mg twice a day"),
])
def test_food_said_two_ways_or_a_meal_for_the_time_stays_the_same_plan(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"
    assert main_plans(b, a, "medication").status == "same"
