# SPDX-License-Identifier: GPL-3.0-or-later
"""Giving up what one eats or drinks is keeping off it: "give up alcohol", "stop drinking",
"stop alcohol", "dejar el alcohol" against "no alcohol" or "avoid alcohol" had read as two
plans. And "give up smoking" had lost its "give" as a word for starting ("give metformin"),
leaving "up smoking", "up" being a raised dose: against "smoking cessation" it differed.
"Stop" before a medicine stays stopping it, a change to what is taken."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import terms
from tests.domain.two_doctors import both_ways, main_plans, shared_option


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Give up smoking", "Smoking cessation"),
    ("Give up alcohol", "Stop alcohol"),
    ("Give up alcohol", "No alcohol"),
    ("Stop alcohol", "Stop drinking alcohol"),
    ("Stop drinking", "Avoid alcohol"),
    ("Dejar el alcohol", "Stop drinking alcohol"),
    ("Give up sugar", "Avoid sugar"),
    ("Take up swimming", "Start swimming"),
]))
def test_giving_up_is_keeping_off(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Stop alcohol", "Reduce alcohol"),
    ("Give up alcohol", "Alcohol up to 14 units a week"),
    ("Give up smoking", "Cut down smoking"),
    ("Stop aspirin", "Avoid aspirin"),
]))
def test_giving_up_is_not_less_or_a_medicine_avoided(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "different"


def test_drinking_alone_is_alcohol_only_where_nothing_follows() -> None:
    assert terms.canonical("stop drinking") == "avoid alcohol"
    assert terms.canonical("quit drinking completely") == "avoid alcohol"
    assert terms.canonical("stop drinking so much water") == "stop drinking so much water"
    assert terms.canonical("stop aspirin") == "stop aspirin"


def test_giving_up_and_none_are_one_option() -> None:
    assert len(shared_option("Give up alcohol", "No alcohol", "lifestyle").entries) == 2
    assert len(shared_option("Avoid alcohol", "No alcohol", "lifestyle").entries) == 2


# One stop said before two habits stops each: "stop drinking and smoking" had read as no list
# at all ("avoid alcohol and smoking" denied as one), against "stop smoking and drinking" as a
# stop and a drink; the doctors, saying the same in another order, differed.
@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Stop drinking and smoking", "Stop smoking and drinking"),
    ("Stop drinking and smoking", "Stop smoking and stop drinking"),
    ("Quit alcohol and cigarettes", "Stop smoking and drinking alcohol"),
    ("Dejar de fumar y beber", "Stop smoking and drinking"),
    ("Dejar el alcohol y el tabaco", "Dejar de fumar y de beber"),
    ("Dejar de beber", "Stop drinking"),
]))
def test_one_stop_for_two_habits_stops_each(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Stop drinking and smoking", "Stop smoking"),
    ("Stop drinking and smoking", "Stop drinking and cut down smoking"),
    ("Dejar de beber agua", "Avoid alcohol"),
]))
def test_one_stop_for_two_habits_is_not_one_of_them(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "different"


def test_a_stop_is_said_again_only_before_a_habit() -> None:
    assert terms.verb_for_each("Stop drinking and smoking") == "Stop drinking and Stop smoking"
    assert terms.verb_for_each("stop smoking, drinking and coffee") == (
        "stop smoking, stop drinking and stop coffee")
    assert terms.verb_for_each("Dejar de fumar y beber") == "Dejar de fumar y Dejar de beber"
    assert terms.verb_for_each("Stop metformin and insulin") == "Stop metformin and insulin"
    assert terms.verb_for_each("stop drinking and driving") == "stop drinking and driving"
