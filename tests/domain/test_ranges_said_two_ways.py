# SPDX-License-Identifier: GPL-3.0-or-later
"""A range written three ways ("24-28 weeks", "24 to 28 weeks", "between 24 and 28 weeks",
"entre 24 y 28 semanas") is one range: the last had read as a bare "28 weeks", a course of 196
days. And a plan whose only words are no treatment of the table ("drink", which is also a unit
of alcohol) is still compared amount by amount: "drink 2 litres a day" against "drink 2 litres
daily" had read as two plans with no reason given. A most is said several ways too: "up to
4 g daily" and "hasta 4 g al día" are "max 4 g a day" (they had read as a second dose of 4 g,
"Dr Kim wrote 4 g"), and "max qds" is "up to four times a day"; "increase ... up to 100 mg"
is still a dose raised."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import both_ways, main_plans

SAME = [
    ("OGTT at 24-28 weeks", "OGTT between 24 and 28 weeks"),
    ("OGTT at 24-28 weeks", "OGTT at 24 to 28 weeks"),
    ("Dating scan at 11-14 weeks", "Dating scan between 11 and 14 weeks"),
    ("Repeat in 3-6 months", "Repeat in between 3 and 6 months"),
    ("Repetir en 3-6 meses", "Repeat in 3 to 6 months"),
    ("Paracetamol 1 g every 4 to 6 hours", "Paracetamol 1g q4-6h"),
    ("Drink 2 litres a day", "Drink 2 litres daily"),
    ("Drink 2-3 litres a day", "Drink between 2 and 3 litres daily"),
    ("Drink 2 l daily", "Drink 2 litres a day"),
    ("Beber entre 2 y 3 litros al día", "Beber 2-3 litros al día"),
    # a day's most, and a most of a rhythm, however said
    ("Paracetamol 1g, max 4g a day", "Paracetamol 1g, up to 4 g daily"),
    ("Paracetamol 1 g hasta 4 g al día", "Paracetamol 1 g max 4 g a day"),
    ("Paracetamol 1 g cada 8 horas, hasta 3 g al día",
     "Paracetamol 1 g every 8 hours, max 3 g a day"),
    ("Paracetamol 1 g up to four times a day", "Paracetamol 1 g max qds"),
    ("Ibuprofen 400 mg up to tds", "Ibuprofen 400 mg max three times a day"),
    ("Ibuprofeno 400 mg hasta 3 veces al día", "Ibuprofen 400 mg up to tds"),
    ("Increase sertraline 50 mg up to 100 mg daily", "Increase sertraline to 100 mg daily"),
]

DIFFERENT = [
    ("OGTT between 24 and 28 weeks", "OGTT between 26 and 28 weeks"),
    ("Repeat in 3-6 months", "Repeat in 6 months"),
    ("Drink 2 litres a day", "Drink 1 litre a day"),
    ("Increase the interval from 3 to 6 months", "Review in 3-6 months"),
    ("Paracetamol 1g max qds", "Paracetamol 1g max tds"),
    ("Paracetamol 1 g up to four times a day", "Paracetamol 1 g qds"),
]



@pytest.mark.parametrize(("a", "b"), both_ways(SAME))
def test_one_range_or_amount_in_two_wordings_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "other").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways(DIFFERENT))
def test_another_range_or_amount_stays_another_plan(a: str, b: str) -> None:
    assert main_plans(a, b, "other").status == "different"


def test_another_amount_to_drink_says_what_each_doctor_wrote() -> None:
    point = main_plans("Drink 2 litres a day", "Drink 1 litre a day", "lifestyle")
    assert "2 L" in point.detail and "1 L" in point.detail


def test_a_range_at_the_start_of_a_text_is_read_as_one_too() -> None:
    assert units.without_facts("3 to 6 months") == units.without_facts("3-6 months")
    assert units.without_facts("24 to 28 weeks") == units.without_facts("between 24 and 28 weeks")


def test_a_range_after_between_is_no_course_of_treatment() -> None:
    assert "196" not in units.without_facts("OGTT between 24 and 28 weeks")
    assert units.read("OGTT between 24 and 28 weeks") == units.read("OGTT at 24-28 weeks")


def test_a_change_from_one_amount_to_another_is_no_range() -> None:
    # "from 10 to 5 mg" is a dose lowered: what it leaves is set aside, as before
    assert main_plans("Reduce prednisolone from 10 to 5 mg", "Reduce prednisolone to 5 mg",
                      "medication").status == "same"
