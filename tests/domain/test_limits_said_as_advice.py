# SPDX-License-Identifier: GPL-3.0-or-later
"""A most of alcohol, salt or caffeine as a doctor or a family writes it: "limit alcohol to 14
units a week", "keep salt under 6 g a day", "drink less than 14 units", "no more than 14 units
of alcohol weekly", "limitar el alcohol a 14 unidades". "Limit ... to" had not been read as a
most at all (its "a week" read as once a week), and the ways of saying it as other advice:
two doctors giving the same most read as differing."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import terms, units
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("Limit alcohol to 14 units a week", 14, "units"),
    ("Keep alcohol under 14 units a week", 14, "units"),
    ("Keep your drinking below 14 units per week", 14, "units"),
    ("Drink less than 14 units a week", 14, "units"),
    ("Limitar el alcohol a 14 unidades a la semana", 14, "units"),
    ("Keep salt under 6 g a day", 6, "g"),
    ("Limit caffeine to 200 mg a day", 200, "mg"),
])
def test_a_most_kept_to_is_read_as_a_most(text: str, amount: float, unit: str) -> None:
    facts = units.read(text)
    assert [(d.amount, d.unit) for d in facts.limits] == [(amount, unit)]
    # neither a dose nor a rhythm: "a week" is the most's period, not once a week
    assert facts.doses == [] and facts.per_day is None


def test_a_new_dose_and_a_fluid_restriction_are_no_most_kept_to() -> None:
    assert units.read("Reduce prednisolone to 20 mg daily").limits == []
    # a fluid restriction is read as its amount on both sides ("fluid restriction 1.5 L")
    assert units.read("Limit fluids to 1.5 litres a day").limits == []


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Limit alcohol to 14 units a week", "No more than 14 units of alcohol a week"),
    ("Limit alcohol to 14 units per week", "no more than 14 units of alcohol weekly"),
    ("Limit alcohol to 14 units a week", "Drink less than 14 units a week"),
    ("Keep alcohol under 14 units a week", "Drink no more than 14 units a week"),
    ("Alcohol max 14 units/week", "Limit alcohol to 14 units per week"),
    ("Alcohol < 14 units/week", "Keep your drinking under 14 units a week"),
    ("No more than 2 drinks a day", "Limit alcohol to 2 drinks a day"),
    ("Keep salt under 6 g a day", "No more than 6 g of salt a day"),
    ("Limitar el alcohol a 14 unidades a la semana",
     "No más de 14 unidades de alcohol a la semana"),
    ("Limitar el alcohol a 14 unidades a la semana",
     "Menos de 14 unidades de alcohol a la semana"),
]))
def test_one_most_said_two_ways_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Limit alcohol", "Limit alcohol to 14 units a week"),
    ("Cut down on alcohol", "Limit alcohol to under 14 units a week"),
    ("Low salt diet", "Limit salt to 6 g a day"),
    ("Limit salt", "Keep salt below 2 g a day"),
]))
def test_a_most_with_its_amount_says_more(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "refined"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Limit alcohol to 14 units a week", "Limit alcohol to 21 units a week",
     "the most to take: Dr Lee wrote 14 units, Dr Kim 21 units"),
    ("Limit alcohol to 14 units a week", "Limit alcohol to 14 units a day",
     "the most to take: Dr Lee wrote at most 14 units a week, Dr Kim at most 14 units a day"),
    # a US drink is no UK unit, however alike the number
    ("Limit alcohol to 2 drinks a day", "Limit alcohol to 2 units a day",
     "the most to take: Dr Lee wrote 2 drinks, Dr Kim 2 units"),
    ("Limit salt to 6 g a day", "Limit salt to 5 g a day",
     "the most to take: Dr Lee wrote 6 g (grams), Dr Kim 5 g (grams)"),
])
def test_another_most_differs_and_says_how(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "lifestyle")
    assert point.status == "different" and point.detail == detail


@pytest.mark.parametrize(("a", "b"), [
    ("Avoid alcohol", "Limit alcohol to 14 units a week"),
    ("Stop drinking alcohol", "Drink no more than 14 units a week"),
    # 2 g of sodium is 5 g of salt: not the same most
    ("Limit sodium to 2 g a day", "Limit salt to 2 g a day"),
])
def test_no_alcohol_or_another_thing_limited_differs(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "different"


@pytest.mark.parametrize("text", [
    "Keep blood sugar under 7 mmol/L", "Serum sodium below 130", "Max 10 units insulin",
    "Drink no more than 2 litres a day",
])
def test_a_level_or_another_medicine_is_no_most_of_alcohol_or_salt(text: str) -> None:
    assert "limit" not in terms.canonical(text) and "reduce" not in terms.canonical(text)
