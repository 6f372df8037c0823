# SPDX-License-Identifier: GPL-3.0-or-later
"""An insulin's strength, the units in each mL ("100 units/ml", "U-100", Toujeo's 300), names
the product and is no dose; a liquid's units in so many mL are a dose once the mL are given.
"Insulin glargine 100 units/ml 20 units" had read as "100 units + 20 units", six times a plain
"20 units"; "Actrapid 50 units in 50 ml at 2 ml/hour" as 25 times "2 units/hour"; "U300" against
"U100" and Toujeo against Lantus as different with no words to say how."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans, shared_option


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Toujeo 20 units at night", "Insulin glargine 20 units at night"),
    ("Insulin glargine U-300 20 units at night", "Insulin glargine 20 units at night"),
    ("Humulin R U-500 100 units before meals", "Humulin R 100 units before meals"),
]))
def test_a_strength_not_the_usual_said_by_one_doctor_says_more(a: str, b: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("refined", "")


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Insulin glargine 100 units/ml 20 units at night", "Insulin glargine 20 units at night"),
    ("Insulin glargine U-100 20 units at night", "Insulin glargine 20 units at night"),
    ("Lantus 20 units at bedtime", "Insulin glargine 20 units at bedtime"),
]))
def test_the_usual_strength_said_by_one_doctor_is_the_same(a: str, b: str) -> None:
    # (insulin is made at 100 units/mL unless it says otherwise: Lantus is glargine)
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Insulin glargine 100 units/ml 20 units at night",
     "Insulin glargine 300 units/ml 20 units at night",
     "which product: Dr Lee wrote 100 units in each mL, Dr Kim 300 units in each mL"),
    ("Insulin glargine U300 20 units at night", "Insulin glargine U100 20 units at night",
     "which product: Dr Lee wrote 300 units in each mL, Dr Kim 100 units in each mL"),
    ("Toujeo 20 units at night", "Lantus 20 units at night",
     "which product: Dr Lee wrote 300 units in each mL, Dr Kim 100 units in each mL"),
    ("Lantus 20 units at night", "Toujeo 300 units/mL 20 units at night",
     "which product: Dr Lee wrote 100 units in each mL, Dr Kim 300 units in each mL"),
])
def test_two_strengths_are_two_products(a: str, b: str, detail: str) -> None:
    assert (main_plans(a, b, "medication").status, main_plans(a, b, "medication").detail) == (
        "different", detail)
    assert main_plans(b, a, "medication").status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Toujeo 20 units at night", "Insulin glargine 300 units/ml 20 units at night"),
    ("Heparin 5000 units/ml 1 ml twice a day", "Heparin 5000 units/ml 1 ml bd"),
    ("Actrapid 50 units in 50 ml at 2 ml/hour", "Actrapid 50 units in 50 mL, 2 mL an hour"),
    ("Mixtard 30 20 units twice a day", "Humulin M3 20 units twice a day"),
]))
def test_one_product_written_two_ways_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Actrapid 50 units in 50 ml at 2 ml/hour", "Actrapid 2 units/hour"),
    ("Heparin 25000 units in 50 ml at 2 ml/hour", "Heparin 1000 units/hour"),
    ("Heparin 5000 units/ml 1 ml twice a day", "Heparin 5000 units twice a day"),
]))
def test_the_units_in_the_ml_given_are_the_dose(a: str, b: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status in ("same", "refined")
    assert "times the other" not in point.detail


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Actrapid 50 units in 50 ml at 2 ml/hour", "Actrapid 4 units/hour"),
    ("Insulin glargine 100 units/ml 20 units at night",
     "Insulin glargine 100 units/ml 24 units at night"),
]))
def test_another_dose_still_differs(a: str, b: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status == "different"
    assert "100 units +" not in point.detail


def test_the_strength_is_read_where_a_note_writes_it() -> None:
    assert [units.product_strength(t) for t in (
        "glargine 100 units/ml", "glargine 300 IU/mL", "glargine U-100", "Humulin R U500",
        "Toujeo SoloStar", "Semglee 18 units", "glargine 18 units", "take 5 u 100 times")] == [
        100, 300, 100, 500, 300, 100, None, None]
    # the strength is no number of the dose beside it (it had read as 500,100 units)
    assert [d.amount for d in units.read("Humulin R U-500 100 units before meals").doses] == [
        100.0]


def test_the_strength_in_spanish_and_among_the_options() -> None:
    with using("es"):
        (found,) = units.product_differences("Toujeo 20 unidades", "Lantus 20 unidades")
        assert found.words("el Dr Lee", "el Dr Kim") == (
            "qué producto: el Dr Lee escribió 300 unidades por mL; el Dr Kim, 100 unidades "
            "por mL")
    option = shared_option("Toujeo 20 units at night", "Lantus 20 units at night")
    assert [gap.kind for gap in option.gaps] == ["product"]
