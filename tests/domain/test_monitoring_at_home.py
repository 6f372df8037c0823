# SPDX-License-Identifier: GPL-3.0-or-later
"""Measuring something of one's own at home, however the doctor words it: "check your blood
pressure daily", "measure blood sugar before meals", "medirse la tensión" are monitoring it.
They had read as two plans against "monitor blood pressure daily"."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import terms
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Check blood pressure daily", "Monitor blood pressure daily"),
    ("Check your blood pressure at home", "Monitor blood pressure at home"),
    ("Check BP daily", "Monitor blood pressure daily"),
    ("Check blood sugar before meals", "Monitor blood glucose before meals"),
    ("Measure your weight every week", "Monitor weight weekly"),
    ("Medirse la tensión cada día", "Controlar la tensión arterial cada día"),
    ("Medir el azúcar antes de las comidas", "Check blood sugar before meals"),
]))
def test_measuring_at_home_is_monitoring(a: str, b: str) -> None:
    assert main_plans(a, b, "other").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Check blood pressure daily", "Check blood sugar daily"),
    ("Monitor weight weekly", "Monitor blood pressure weekly"),
]))
def test_two_things_measured_stay_two(a: str, b: str) -> None:
    assert main_plans(a, b, "other").status == "different"


@pytest.mark.parametrize(("written", "read"), [
    ("take your temperature", "monitor temperature"),
    ("take the tablets", "take the tablets"),  # not a measurement
    ("check with your doctor", "check with your doctor"),
])
def test_only_a_measurement_is_monitored(written: str, read: str) -> None:
    assert terms.canonical(written) == read
