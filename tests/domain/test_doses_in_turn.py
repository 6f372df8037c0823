# SPDX-License-Identifier: GPL-3.0-or-later
"""Two amounts taken on days in turn, as warfarin, levothyroxine and hydroxychloroquine often
are: "5 mg and 2.5 mg on alternate days" is one dose a day, 5 mg one day and 2.5 mg the next.
It had been read as both doses every other day, added up ("200 mg + 400 mg", "how often: every
other day" against "200mg alternating with 400mg daily", which says the same), and the list
split in two ("5 mg on alternate days" named besides)."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from secondop_desktop.domain.diagnosis_match import listed
from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Hydroxychloroquine 200 mg and 400 mg on alternate days",
     "Hydroxychloroquine 200mg alternating with 400mg daily"),
    ("Warfarin 5 mg alternating with 2.5 mg daily", "Warfarin 5 mg and 2.5 mg on alternate days"),
    ("Warfarin 5mg/2.5mg alternate days", "Warfarin 5 mg and 2.5 mg alternate days"),
    ("Levothyroxine alternating 100 mcg and 125 mcg daily",
     "Levothyroxine 125 mcg and 100 mcg every other day"),
    ("Warfarina 5 mg y 2,5 mg en días alternos", "Warfarina 5 mg alternando con 2,5 mg al día"),
]))
def test_the_same_amounts_in_turn_said_two_ways_are_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("text", "amounts"), [
    ("Warfarin 5 mg and 2.5 mg on alternate days", [5.0, 2.5]),
    ("Warfarin 5mg/2.5mg alternate days", [5.0, 2.5]),
    ("Hydroxychloroquine 200mg alternating with 400mg daily", [200.0, 400.0]),
    ("Warfarina 5 mg y 2,5 mg en días alternos", [5.0, 2.5]),
])
def test_amounts_in_turn_are_one_dose_a_day(text: str, amounts: list[float]) -> None:
    facts = units.read(text)
    assert facts.alternating
    assert [d.amount for d in facts.doses] == amounts
    assert (facts.per_day, facts.frequency) == (1.0, "once a day")


def test_one_amount_on_alternate_days_stays_every_other_day() -> None:
    facts = units.read("Aspirin 75 mg alternate days")
    assert not facts.alternating and facts.frequency == "every other day"
    point = main_plans("Aspirin 75 mg alternate days", "Aspirin 75 mg daily", "medication")
    assert point.detail == "how often: Dr Lee wrote every other day, Dr Kim once a day"
    # a product of two strengths is no dose in turn
    assert not units.read("Co-codamol 30/500 mg two tablets four times a day").alternating


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Levothyroxine 100 mcg and 125 mcg on alternate days", "Levothyroxine 112 mcg daily",
     "Dr Lee wrote 100 mcg (micrograms) alternating with 125 mcg (micrograms), Dr Kim 112 mcg "
     "(micrograms)"),
    ("Warfarin 5mg/2.5mg alternate days", "Warfarin 3 mg daily",
     "Dr Lee wrote 5 mg (milligrams) alternating with 2.5 mg (milligrams), Dr Kim 3 mg "
     "(milligrams)"),
    ("Prednisolone 10 mg and 5 mg on alternate days", "Prednisolone 10 mg alternate days",
     "Dr Lee wrote 10 mg (milligrams) alternating with 5 mg (milligrams), Dr Kim 10 mg "
     "(milligrams); how often: Dr Lee wrote once a day, Dr Kim every other day"),
])
def test_amounts_in_turn_against_one_amount_say_so(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)
    assert "times the other" not in point.detail and " + " not in point.detail


def test_amounts_in_turn_against_both_each_day_differ() -> None:
    point = main_plans("Warfarin 5 mg and 2.5 mg on alternate days",
                       "Warfarin 5 mg in the morning and 2.5 mg at night", "medication")
    assert point.status == "different"
    assert point.detail.startswith(
        "Dr Lee wrote 5 mg (milligrams) alternating with 2.5 mg (milligrams), Dr Kim 5 mg "
        "(milligrams) + 2.5 mg (milligrams)")


def test_amounts_in_turn_are_one_thing_in_a_list() -> None:
    assert listed("Prednisolone 10 mg and 5 mg on alternate days").parts == (
        "Prednisolone 10 mg and 5 mg on alternate days",)
    assert len(listed("Aspirin 75 mg and clopidogrel 75 mg").parts) == 2


def test_amounts_in_turn_in_spanish_words() -> None:
    with using("es"):
        point = main_plans("Levotiroxina 100 mcg y 125 mcg en días alternos",
                           "Levotiroxina 112 mcg al día", "medication")
    assert "100 mcg (microgramos) en días alternos con 125 mcg (microgramos)" in point.detail


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Warfarin 5 mg one day, 2.5 mg the next", "Warfarin 5 mg and 2.5 mg on alternate days"),
    ("Sintrom 4 mg un día y 2 mg al otro", "Sintrom 4 mg y 2 mg en días alternos"),
    ("Levothyroxine 100 mcg one day and 125 mcg the next day",
     "levothyroxine 100 mcg alternating with 125 mcg daily"),
]))
def test_amounts_in_turn_in_a_familys_words(a: str, b: str) -> None:
    # "5 mg one day, 2.5 mg the next" had read as both ("5 mg + 2.5 mg")
    assert main_plans(a, b, "medication").status == "same"
