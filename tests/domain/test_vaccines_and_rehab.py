# SPDX-License-Identifier: GPL-3.0-or-later
"""A vaccine or its giving, and rehabilitation written short, are one word for a plan: "flu
vaccine" against "flu vaccination", "knee rehab" against "knee rehabilitation" had read as two
plans."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Flu vaccine", "Flu vaccination"),
    ("Yearly flu vaccine", "Annual influenza vaccination"),
    ("Hep B vaccine course", "Hepatitis B vaccination course"),
    ("Vacuna de la gripe anual", "Annual flu vaccination"),
    ("Physiotherapy for knee rehab", "Physical therapy for knee rehabilitation"),
    ("Pulmonary rehab", "Pulmonary rehabilitation"),
]))
def test_one_plan_in_two_words(a: str, b: str) -> None:
    assert main_plans(a, b, "other").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Flu vaccine", "Pneumococcal vaccine"),
    ("Cardiac rehab", "Pulmonary rehab"),
]))
def test_two_vaccines_or_two_programmes_stay_two(a: str, b: str) -> None:
    assert main_plans(a, b, "other").status == "different"
