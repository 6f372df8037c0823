# SPDX-License-Identifier: GPL-3.0-or-later
"""One verb said before two things is said for each: "cut down on salt and sugar" against
"reduce sugar and salt", "more fibre and fluids" against "increase fluids and fibre", "evitar
alcohol y tabaco" against "avoid alcohol and tobacco" had read as one plan said more exactly, or
as two plans, the second thing having been read without its verb. "No smoking" said alone is
the advice to stop, and less drinking is less alcohol, as stopping it is stopping alcohol."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import terms
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Cut down on salt and sugar", "Reduce sugar and salt"),
    ("Increase fluids and fibre", "More fibre and fluids"),
    ("Avoid alcohol and smoking", "Stop smoking and drinking"),
    ("No smoking, no alcohol", "Stop smoking and drinking"),
    ("Cut down on drinking and smoking", "Reduce smoking and alcohol"),
    ("Evitar alcohol y tabaco", "Avoid alcohol and tobacco"),
    ("Reducir la sal y el azúcar", "Cut back on sugar and salt"),
    ("No smoking", "Stop smoking"),
    ("Avoid smoking", "Quit smoking"),
    ("Evitar el tabaco", "Dejar de fumar"),
]))
def test_one_verb_for_two_things_is_said_for_each(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Avoid alcohol and caffeine", "Avoid alcohol, caffeine is fine"),
    ("Cut down on salt and sugar", "Cut down on salt"),
    ("Increase fluids and fibre", "Reduce fluids and increase fibre"),
    ("Stop smoking and vaping", "Stop smoking"),
    ("No smoking in the car", "No smoking in the house"),
]))
def test_a_thing_without_the_verb_or_left_out_still_differs(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "different"


def test_a_verb_is_said_again_only_before_a_thing_it_is_said_of() -> None:
    assert terms.verb_for_each("Reduce salt and exercise more") == "Reduce salt and exercise more"
    assert terms.verb_for_each("Stop metformin and insulin") == "Stop metformin and insulin"
    assert terms.verb_for_each("avoid alcohol, caffeine is fine") == (
        "avoid alcohol, caffeine is fine")
    assert terms.verb_for_each("more fibre and fluids") == "more fibre and more fluids"
    assert terms.verb_for_each("evitar alcohol y tabaco") == "evitar alcohol y evitar tabaco"


def test_no_smoking_is_stopping_only_where_nothing_follows() -> None:
    assert terms.canonical("no smoking") == "smoking cessation"
    assert terms.canonical("No smoking in the car") == "no smoking in the car"
    assert terms.canonical("avoid smoking near the infant") == "avoid smoking near the infant"
    assert terms.canonical("cut down on drinking") == "reduce alcohol"
