# SPDX-License-Identifier: GPL-3.0-or-later
"""A plan that is only facts ("2 drinks a week", "500 mg twice a day") is compared by its facts,
and a length typed short ("for 5d") is a length. "2 drinks a week" against "2 drinks weekly"
had read as two plans with no reason given, and "tds for 5d" against "tds for 5 days" as two."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import main_plans, read_apart


@pytest.mark.parametrize(("ways", "category"), [
    (("2 drinks a week", "2 drinks weekly", "two drinks per week", "2 drinks per week"),
     "lifestyle"),
    (("500 mg twice a day", "500 mg bd", "500 mg twice daily"), "medication"),
])
def test_facts_alone_said_two_ways_are_the_same(ways: tuple[str, ...], category: str) -> None:
    assert not read_apart(ways, lambda a, b: main_plans(a, b, category))


def test_facts_alone_that_differ_say_how() -> None:
    point = main_plans("2 drinks a week", "3 drinks a week", "lifestyle")
    assert point.status == "different"
    assert "2 drinks" in point.detail and "3 drinks" in point.detail
    point = main_plans("2 drinks a week", "2 drinks a day", "lifestyle")
    assert point.status == "different" and "how often" in point.detail


@pytest.mark.parametrize(("short", "long"), [
    ("Amoxicillin 500 mg tds for 5d", "Amoxicillin 500 mg tds for 5 days"),
    ("Amoxicillin 500 mg tds for 2w", "Amoxicillin 500 mg tds for 2 weeks"),
    ("Amoxicillin 500 mg tds x5d", "Amoxicillin 500 mg tds for 5 days"),
])
def test_a_length_typed_short_is_the_length(short: str, long: str) -> None:
    assert main_plans(short, long, "medication").status == "same"
    assert main_plans(short, long.replace("5 days", "7 days").replace("2 weeks", "3 weeks"),
                      "medication").status == "different"
