# SPDX-License-Identifier: GPL-3.0-or-later
"""Rhythms and ways of giving that a detail had quoted wrongly as a doctor's words
(seventeenth session): "six-hourly" as "every hour", "8 units hs" with "pre-breakfast" as once
a day, "MDI" beside insulin as an inhaler, Macrobid as the usual release, "si falta de aire"
as no "when needed", and an insulin pump as injections said more exactly."""

from __future__ import annotations

import pytest

from secondop_desktop import i18n
from secondop_desktop.domain import units
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Paracetamol 1 g every 6 hours as needed", "Paracetamol 1g six-hourly PRN"),
    ("Paracetamol 1 g every 4 hours", "Paracetamol 1g four hourly"),
    ("Chloramphenicol eye drops 1 drop every 2 hours",
     "Chloramphenicol eye drops 1 drop two hourly"),
    ("Insulatard 12 units before breakfast and 8 units at bedtime",
     "Insulatard 12 units pre-breakfast, 8 units hs"),
    ("Insulatard 10 units qhs", "Insulatard 10 units at night"),
    ("Gliclazide 80 mg before breakfast", "Gliclazide 80 mg pre breakfast"),
    ("Salbutamol 2 puff c/6h si falta de aire", "Ventolin 2 inhalaciones cada 6 horas si ahogo"),
    ("Insulin pump", "CSII"),
]))
def test_one_rhythm_or_way_in_two_forms_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Paracetamol 1 g every 6 hours", "Paracetamol 1 g eight hourly",
     "how often: Dr Lee wrote every 6 hours, Dr Kim every 8 hours"),
    ("Insulin injections", "Insulin pump",
     "how it is given: Dr Lee wrote by injection, Dr Kim by an insulin pump"),
    ("Insulin MDI", "Insulin pump",
     "how it is given: Dr Lee wrote by injection, Dr Kim by an insulin pump"),
])
def test_the_detail_says_what_each_doctor_wrote(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)


def test_mdi_beside_insulin_is_no_inhaler() -> None:
    point = main_plans("switch from insulin injections to an insulin pump",
                       "move from MDI to CSII pump therapy", "medication")
    assert "inhaled" not in point.detail
    assert main_plans("Salbutamol MDI 2 puffs", "Salbutamol inhaler 2 puffs",
                      "medication").status == "same"


def test_macrobid_is_the_modified_release() -> None:
    assert main_plans("Nitrofurantoin 100 mg MR twice daily", "Macrobid 100 mg twice daily",
                      "medication").status in ("same", "refined")
    point = main_plans("Nitrofurantoin 50 mg four times a day", "Macrobid 100 mg twice daily",
                       "medication")
    assert point.status == "different"


def test_an_insulin_pump_in_spanish() -> None:
    with i18n.using("es"):
        found = [f for f in units.differences("Insulina en inyecciones",
                                              "Insulina con bomba de insulina")
                 if f.kind == "route"]
        assert [f.words("A", "B") for f in found] == [
            "cómo se da: A escribió por inyección; B, con bomba de insulina"]


@pytest.mark.parametrize(("a", "b"), both_ways([
    # the second amount with no unit is in the first one's ("Dr Lee wrote once a day")
    ("NovoMix 30 20 units before breakfast and 16 before dinner",
     "biphasic insulin aspart 30: 20 U pre-breakfast, 16 U pre-evening meal"),
    ("Insulin 20 units in the morning, 16 at lunch and 10 at night",
     "Insulin 20 units in the morning, 16 units at lunch and 10 units at night"),
]))
def test_an_amount_with_no_unit_at_its_time_has_the_one_before(a: str, b: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status in ("same", "refined")
    assert point.detail == ""
    assert units.read(a).frequency == units.read(b).frequency


def test_a_targets_before_or_after_a_meal_is_no_food_instruction() -> None:
    # "pre-" and "post-" a meal are times of the day after a dose only: a glucose target's
    # "pre-meal" had been quoted as "with food or not: Dr Lee wrote on an empty stomach"
    point = main_plans("Pre-meal glucose target 4-7 mmol/L", "post-meal glucose target 4-7 mmol/L")
    assert point.status == "different"
    assert "food" not in point.detail
    assert main_plans("Pre-meal glucose 4-7 mmol/L", "preprandial glucose 4-7 mmol/L").status == (
        "same")
