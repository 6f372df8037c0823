# SPDX-License-Identifier: GPL-3.0-or-later
"""Advice said in other words that says the same: "prior to" is "before", "quit smoking
altogether" is "stop smoking", limiting one's fluids to an amount is a fluid restriction. Each
had read as two pieces of advice."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Stop smoking before IVF", "Quit smoking prior to IVF"),
    ("Stop smoking completely", "Quit smoking altogether"),
    ("Stop smoking", "Stop smoking completely"),
    ("Limit fluids to 1.5 litres a day", "Fluid restriction 1500 mL/day"),
    ("Fluid limit 1 litre a day", "Restrict fluids to 1000 mL daily"),
    # 6 December, second session: families' words for the same advice
    ("Stop smoking", "Quit the cigarettes"),
    ("Stop smoking", "Give up cigarettes"),
    ("No heavy lifting for 6 weeks", "Avoid lifting anything heavy for 6 weeks"),
    ("No heavy lifting", "Don't lift heavy objects"),
    ("Lose 5 kg", "Lose 5 kilos"),
    ("Cut out caffeine", "Avoid caffeine"),
    ("Dejar de fumar", "Dejar los cigarrillos"),
    ("No cargar peso durante 6 semanas", "Evitar levantar objetos pesados 6 semanas"),
    ("No heavy lifting", "No cargar peso"),
    ("Bajar 5 kilos", "Perder 5 kg"),
]))
def test_the_same_advice_in_other_words(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Fluid restriction 1.5 L/day", "Fluid restriction 2 L/day"),
    ("Stop smoking completely", "Cut down on smoking"),
    ("Lose 5 kg", "Lose 10 kilos"),
    ("Cut out the mole", "Avoid the mole"),  # cut out: an operation, not going without
]))
def test_other_advice_stays_other(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "different"


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Aspirin 75 mg od lifelong", "Aspirin 75 mg daily for life", "same"),
    ("Aspirina 100 mg al día de por vida", "Aspirin 100 mg daily lifelong", "same"),
    ("Aspirin 75 mg daily for life", "Aspirin 75 mg daily for 12 months", "different"),
])
def test_for_life_is_lifelong(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "medication").status == status


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Lose weight", "Lose 10% of body weight"),
    ("Sleep 8 hours a night", "Get 8 hours of sleep"),
]))
def test_advice_said_more_exactly_in_other_words(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "refined"
