# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish words of how well a condition is controlled, of the knee's inner and outer parts, and
of the time before breakfast. "Mal controlada" is "poorly controlled", "bien controlada" "well
controlled". Spain names the knee's inner meniscus and inner side ligament "interno" (medial) and
the outer ones "externo" (lateral); "esguince" is a sprain; "MCL" is the medial collateral
ligament beside a knee's words, mantle cell lymphoma beside a lymphoma's. "Media hora antes del
desayuno" is half an hour before breakfast."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, diagnoses, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Diabetes mal controlada", "Diabetes bien controlada"),
    ("Rotura del menisco externo", "Medial meniscus tear"),
    ("Esguince del ligamento lateral externo", "MCL sprain"),
    ("MCL sprain", "Mantle cell lymphoma"),
]))
def test_these_differ(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Diabetes tipo 2 mal controlada HbA1c 9%", "Type 2 diabetes, poorly controlled, HbA1c 9%"),
    ("Rotura del menisco interno", "Medial meniscus tear"),
    ("Rotura del menisco externo", "Lateral meniscus tear"),
    ("Esguince del ligamento lateral interno", "MCL sprain"),
    ("Esguince del ligamento lateral interno", "Medial collateral ligament sprain"),
    ("Esguince del ligamento lateral externo", "LCL sprain"),
    ("Esguince de rodilla", "Knee sprain"),
]))
def test_these_are_one(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "same"


def test_half_an_hour_before_breakfast_in_spanish() -> None:
    assert main_plans("Levotiroxina 50 mcg media hora antes del desayuno",
                      "Levothyroxine 50 micrograms 30 minutes before breakfast",
                      "medication").status == "same"
