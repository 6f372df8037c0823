# SPDX-License-Identifier: GPL-3.0-or-later
"""Lifestyle advice as a family writes it against a letter's words (6 December, seventh
session): each pair had differed."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("More exercise", "Increase physical activity"),
    ("Exercise more", "Increase physical activity"),
    ("30 minutes of physical activity a day", "30 minutes of exercise daily"),
    ("No alcohol", "Alcohol abstinence"),
    ("Stop drinking alcohol completely", "Total abstinence from alcohol"),
    ("Abstinencia total de alcohol", "Avoid alcohol"),
    ("Stop vaping", "Vaping cessation"),
    ("Drink more fluids", "Increase fluid intake"),
    ("Drink plenty of fluids", "Increase fluids"),
    # more or less of a food or a drink, eaten, drunk or taken in (eighth session)
    ("Eat more fibre", "Increase fibre intake"),
    ("Eat plenty of vegetables", "Increase vegetable intake"),
    ("Eat more veg", "Increase vegetable intake"),
    ("Eat less salt", "Reduce salt intake"),
    ("Reduce red meat consumption", "Eat less red meat"),
    ("Reduce alcohol", "Reduce alcohol intake"),
    ("Cut back on drinking", "Reduce alcohol intake"),
    ("Low fat diet", "Reduce fat intake"),
    ("Lose 5 kg", "Weight loss of 5 kg"),
    ("Perder 5 kilos", "Lose 5 kg"),
    ("Beber mucha agua", "Drink plenty of water"),
    ("Dieta blanda", "Bland diet"),
]))
def test_the_same_advice_in_everyday_words(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Lose some weight", "Weight loss of 5-10%"),
    ("Lose some weight", "Lose 5 kg over the next 3 months"),
]))
def test_the_advice_said_more_exactly(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Alcohol abstinence", "Reduce alcohol"),
    ("Stop smoking", "Stop vaping"),
    ("Drink more fluids", "Restrict fluids to 1.5 litres"),
    ("Increase physical activity", "Rest"),
    ("Eat more fish", "Eat less fish"),
    ("Eat less sugar", "Eat more sugar"),
    ("Drink more water", "Drink less water"),
    ("Low fat diet", "Low salt diet"),
    ("Eat more vegetables", "Eat more fruit"),
    ("Lose 5 kg", "Lose 10 kg"),
]))
def test_other_advice_still_differs(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # (sixteenth session) British words for cigarettes, e-cigarettes as vapes, keeping
    # active, and being signed off work in Spanish
    ("Give up the fags", "Stop smoking"),
    ("Stop the ciggies", "Stop smoking"),
    ("Stop e-cigarettes", "Stop vaping"),
    ("Keep active", "Stay active"),
    ("Remain active", "Keep active"),
    ("De baja 2 semanas", "Off work for 2 weeks"),
    ("Baja laboral 2 semanas", "Signed off work for 2 weeks"),
    ("Parte de baja", "Sick note"),
]))
def test_everyday_words_of_the_sixteenth_session(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Stop smoking", "Stop vaping"),
    ("Keep active", "Bed rest"),
    ("De baja", "Vuelta al trabajo"),
]))
def test_and_what_they_are_not(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "different"


def test_two_lengths_off_work_in_spanish_say_how_long() -> None:
    assert main_plans("De baja 2 semanas", "De baja 3 semanas", "lifestyle").detail == (
        "how long: Dr Lee wrote 2 weeks, Dr Kim 3 weeks")


@pytest.mark.parametrize(("a", "b", "status"), [
    # walking is exercise, said more exactly; giving up smoking in a Spanish letter's words
    ("Walk every day", "Daily exercise", "refined"),
    ("Caminar todos los días", "Ejercicio diario", "refined"),
    ("walk 30 minutes a day", "30 min daily walks", "same"),
    ("Dejar de fumar", "Abandono del hábito tabáquico", "same"),
    ("Walk every day", "Swim every day", "different"),
])
def test_walking_and_exercise(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "lifestyle").status == status, (x, y)
