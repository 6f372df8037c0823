# SPDX-License-Identifier: GPL-3.0-or-later
"""A rhythm of months or years written before what it is of (7 December, sixteenth session):
"6-monthly liver US", "3-yearly breast screening", "OGD 3 yearly Barrett's surveillance"
read as once a month (once a year), so that "every 6 months" against "6-monthly liver US"
said "how often: Dr Lee wrote every 6 months, Dr Kim once a month". A check at a rhythm is a
review ("yearly check" = "annual review"), another test a repeat of it."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("text", "frequency"), [
    ("6 monthly review", "every 6 months"),
    ("6-monthly liver US to screen for liver cancer", "every 6 months"),
    ("six-monthly liver MRI", "every 6 months"),
    ("OGD 3 yearly Barrett's surveillance", "every 3 years"),
    ("6 monthly review of bloods", "every 6 months"),
    ("Depo-Provera 12-weekly", "every 12 weeks"),
    # ("capecitabine in 3-weekly cycles" is a cycle's length since the eighteenth session, no
    # rhythm of a dose: test_treatment_in_cycles.py)
    # so many of a thing, each once a week or a month, stay a count
    ("12 weekly sessions", "once a week"),
    ("12 weekly taxol", "once a week"),
    ("three monthly loading injections", "once a month"),
])
def test_a_rhythm_written_before_what_it_is_of(text: str, frequency: str) -> None:
    assert units.read(text).frequency == frequency


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("MRI liver every 6 months", "six-monthly liver MRI"),
    ("6 monthly review", "Review every 6 months"),
    ("6 monthly check-up", "Review every 6 months"),
    ("Yearly check", "Annual review"),
    ("Annual check", "Annual review"),
    ("Yearly check-up", "Annual review"),
    ("Regular check-ups", "Regular review"),
    ("Another CT in 6 months", "Repeat CT in 6 months"),
    ("repeat the scan in 3 months", "another scan in 12 weeks"),
]))
def test_the_same_follow_up_said_two_ways(a: str, b: str) -> None:
    assert main_plans(a, b).status == "same"


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Another scan in 6 months", "Repeat CT in 6 months", "refined"),
    ("3 monthly review", "Review every 6 months", "different"),
    ("Annual check of kidney function", "Annual review", "different"),
    ("Get another opinion", "Repeat opinion", "different"),
])
def test_and_what_stays_apart_or_more_exact(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y).status == status, (x, y)


def test_no_once_a_month_is_said_of_six_monthly() -> None:
    point = main_plans("liver ultrasound every 6 months for HCC surveillance",
                       "6-monthly liver US to screen for liver cancer")
    assert "once a month" not in point.detail
