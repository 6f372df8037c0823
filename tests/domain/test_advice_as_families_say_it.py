# SPDX-License-Identifier: GPL-3.0-or-later
"""Advice as a family writes it down against the doctor's words (7 December, thirteenth
session): each "same" and "more exact" pair below had read as two doctors advising different
things, and a length of time had been quoted in a unit neither doctor wrote."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("No alcohol", "Avoid drinking"),
    ("Stop drinking alcohol", "Cut out booze"),
    ("No booze", "Avoid alcohol"),
    ("No alcohol for 48 hours", "No drinking for 48 hours"),
    ("No alcohol for 48 hours", "May resume drinking after 48 hours"),
    ("Drink plenty of water", "Increase fluid intake"),
    ("Drink more water", "Increase water intake"),
    ("Eat less sugar", "Low sugar diet"),
    ("Dieta baja en azúcar", "Reduce sugar"),
    ("No lifting more than 5 kg", "Don't lift anything heavier than 5 kg"),
    ("No levantar más de 5 kg", "No lifting over 5 kg"),
]))
def test_the_same_advice_in_a_familys_words(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # a weight limit says what "heavy" is
    ("Avoid heavy lifting", "No lifting over 10 kg"),
    ("Avoid heavy lifting for 6 weeks", "No lifting over 5 kg for 6 weeks"),
    ("No heavy lifting", "No levantar más de 5 kg"),
]))
def test_a_weight_limit_says_heavy_lifting_more_exactly(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("No lifting over 10 kg", "No lifting over 5 kg"),
    # water tablets are a medicine (a diuretic), not more to drink
    ("Take water tablets", "Drink more water"),
    # no drinking before an operation is a fast, not alcohol
    ("No drinking before the operation", "No alcohol before the operation"),
    ("Avoid drinking and driving", "Avoid alcohol"),
    ("Low sugar diet", "Low fat diet"),
    ("Cut out booze", "Cut out coffee"),
]))
def test_other_advice_still_differs(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "different"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("No alcohol for 24 hours", "No alcohol for 48 hours",
     "how long: Dr Lee wrote 24 hours, Dr Kim 48 hours"),
    ("Avoid driving for 24 hrs", "Avoid driving for 2 days",
     "how long: Dr Lee wrote 24 hours, Dr Kim 2 days"),
    ("Antibiotics for 7 days", "Antibiotics for 14 days",
     "how long: Dr Lee wrote 7 days, Dr Kim 14 days"),
    ("Antibiotics for 1 week", "Antibiotics for 2 weeks",
     "how long: Dr Lee wrote 1 week, Dr Kim 2 weeks"),
    ("No lifting over 10 kg", "No lifting over 5 kg",
     "Dr Lee wrote 10 kg, Dr Kim 5 kg (one is 2 times the other)"),
])
def test_how_long_is_quoted_as_each_doctor_wrote_it(a: str, b: str, detail: str) -> None:
    assert main_plans(a, b, "other").detail == detail


def test_until_the_wound_heals_is_until_it_has_healed() -> None:
    # (fourteenth session) "heals" and "healed" had read as two words
    for x, y in (("No swimming until the wound heals", "Avoid swimming until wound healed"),
                 ("Avoid swimming until wound healed", "No swimming until the wound heals")):
        assert main_plans(x, y, "lifestyle").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # a ban as a family notes it (fourteenth session): each had differed
    ("Can't drive for 6 weeks", "No driving for 6 weeks"),
    ("Cannot drive for 6 weeks", "Don't drive for 6 weeks"),
    ("Must not lift heavy things", "Avoid heavy lifting"),
]))
def test_a_ban_said_with_cant_or_must_not(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # (fourteenth session) "no need to stop" had differed from "continue"
    ("No need to stop aspirin", "Continue aspirin"),
    ("Doesn't need to stop the aspirin", "Continue aspirin"),
    ("Aspirin can continue", "Continue aspirin"),
    ("Aspirin is fine to continue", "Continue aspirin"),
    ("Carry on taking aspirin", "Continue aspirin"),
]))
def test_no_need_to_stop_is_to_go_on(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_no_need_to_stop_against_stop_is_a_major_difference() -> None:
    point = main_plans("No need to stop aspirin", "Stop aspirin", "medication")
    assert (point.status, point.severity) == ("different", "major")
