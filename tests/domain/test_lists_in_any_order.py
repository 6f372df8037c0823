# SPDX-License-Identifier: GPL-3.0-or-later
"""Things said no to at once, or listed with a time said of them all, in another order on the
other side: "no lifting or driving for 6 weeks" against "no driving or lifting for 6 weeks",
"no pneumonia or effusion" against "no effusion or pneumonia". Read as one line each (the "no"
or the time saying it for both), the order of their words had set them apart, or the time
found at the end of another item had made one read as the other said more exactly, even where
the times differed."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, diagnoses, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("No lifting or driving for 6 weeks", "No driving or lifting for 6 weeks"),
    ("No lifting or driving", "No driving or lifting"),
    ("No swimming or baths for 2 weeks", "No baths or swimming for 2 weeks"),
    ("No NSAIDs or aspirin", "No aspirin or NSAIDs"),
    ("Sin alcohol ni tabaco", "Sin tabaco ni alcohol"),
    # the same time in another unit (seventh session: it had read as one said more exactly)
    ("No lifting or driving for 6 weeks", "No driving or lifting for 42 days"),
    ("Avoid alcohol and caffeine for 2 weeks", "Avoid caffeine and alcohol for 14 days"),
]))
def test_things_said_no_to_in_another_order_are_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "same"


def test_a_condition_ruled_out_with_another_in_another_order_is_the_same() -> None:
    assert diagnoses("No pneumonia or effusion", "No effusion or pneumonia").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("No lifting or driving for 6 weeks", "No driving or lifting for 2 weeks"),
    ("No lifting or driving for 6 weeks", "No driving for 6 weeks"),
    ("No lifting or driving", "No lifting and no driving for 2 weeks"),
]))
def test_another_time_or_a_thing_left_out_still_differs(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "different"


def test_another_time_says_how_long_each_wrote() -> None:
    point = main_plans("No lifting or driving for 6 weeks", "No driving or lifting for 2 weeks",
                       "lifestyle")
    assert point.detail == "how long: Dr Lee wrote 6 weeks, Dr Kim 2 weeks"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Surgery or chemotherapy", "Chemotherapy and surgery"),
    ("Surgery then chemotherapy", "Chemotherapy then surgery"),
]))
def test_or_against_and_and_an_order_of_treatments_still_differ(a: str, b: str) -> None:
    assert main_plans(a, b).status == "different"
