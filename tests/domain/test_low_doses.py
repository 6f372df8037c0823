# SPDX-License-Identifier: GPL-3.0-or-later
"""A low dose of aspirin (75 mg in the UK, 81 mg in the US, 100 mg in Spain, 150 mg in
pregnancy) against a dose above any of them. "Low dose aspirin" against "aspirin 300 mg" had
read as one said more exactly: the dose is no low dose, and the two differ."""

from __future__ import annotations

import pytest

from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Low dose aspirin", "Aspirin 300 mg", "Dr Lee wrote a low dose, Dr Kim 300 mg (milligrams)"),
    ("Aspirin 75-300 mg", "Low dose aspirin",
     "Dr Lee wrote 75 to 300 mg (milligrams), Dr Kim a low dose"),
    ("Aspirina a dosis bajas", "Aspirina 500 mg",
     "Dr Lee wrote a low dose, Dr Kim 500 mg (milligrams)"),
])
def test_a_dose_above_any_low_dose_differs(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)
    assert main_plans(b, a, "medication").status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Low dose aspirin", "Aspirin 75 mg"),
    ("Baby aspirin", "Aspirin 81 mg"),
    ("Aspirina a dosis bajas", "Adiro 100 mg"),
    ("Low-dose aspirin 150 mg at night", "Aspirin 150 mg at night"),
    ("Low dose aspirin daily", "Aspirin"),
]))
def test_a_low_dose_said_in_milligrams_says_more(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "refined"


def test_a_low_dose_in_spanish_words() -> None:
    with using("es"):
        point = main_plans("Low dose aspirin", "Aspirin 300 mg", "medication")
        assert point.detail == "El Dr Lee escribió una dosis baja; el Dr Kim, 300 mg (miligramos)"
