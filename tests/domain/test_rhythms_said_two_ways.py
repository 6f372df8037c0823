# SPDX-License-Identifier: GPL-3.0-or-later
"""One rhythm said two ways: "once a fortnight" and "every fortnight" are every two weeks (the
first had become "once for 14 days" in the words, the second no rhythm at all); a range of
hours capped by a count a day against the same range capped by a day's most is one way of
taking it ("how often: at most every 4 to 6 hours against every 4 to 6 hours" had said a
difference the doctors did not have)."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import main_plans


@pytest.mark.parametrize("text", ["Adalimumab 40 mg once a fortnight",
                                  "Adalimumab 40 mg every fortnight",
                                  "Adalimumab 40 mg fortnightly"])
def test_a_fortnight_is_every_two_weeks(text: str) -> None:
    assert units.read(text).frequency == "every two weeks"


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Adalimumab 40 mg once a fortnight", "Adalimumab 40 mg every 2 weeks", "same"),
    ("Adalimumab 40 mg every fortnight", "Adalimumab 40 mg every 2 weeks", "same"),
    ("Adalimumab 40 mg every fortnight", "Adalimumab 40 mg weekly", "different"),
    ("Paracetamol 1 g every 4 to 6 hours, max 4 times a day",
     "Paracetamol 1 g 4-6 hourly, max 4 g/day", "refined"),
    # a fixed rhythm against "up to": regular against when needed, as before
    ("Paracetamol 1 g up to 4 times a day", "Paracetamol 1 g qds, max 4 g/day", "different"),
    ("Paracetamol 1 g every 4 to 6 hours, max 4 times a day", "Paracetamol 1 g every 4 to 6 hours",
     "different"),
])
def test_rhythms_against_each_other(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "medication").status == status


@pytest.mark.parametrize(("a", "b"), [
    # a fortnight as Spain says it (6 December, fourth session): "cada 15 días", "cada quince
    # días", "quincenal" had read as every 15 days or as no rhythm
    ("Hidroferol 0,266 mg cada 15 días", "Calcifediol 0.266 mg every 2 weeks"),
    ("Adalimumab 40 mg cada 15 días", "Adalimumab 40 mg every other week"),
    ("Adalimumab 40 mg cada quince días", "Adalimumab 40 mg every 2 weeks"),
    ("Adalimumab 40 mg quincenal", "Adalimumab 40 mg every 2 weeks"),
])
def test_a_spanish_fortnight_is_every_two_weeks(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == main_plans(
        b, a, "medication").status == "same"


def test_fifteen_days_in_english_stays_fifteen() -> None:
    assert main_plans("Adalimumab 40 mg every 15 days", "Adalimumab 40 mg every 2 weeks",
                      "medication").status == "different"
