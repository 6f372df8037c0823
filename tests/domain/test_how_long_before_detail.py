# SPDX-License-Identifier: GPL-3.0-or-later
"""A plan to be done so long before a thing says how long before each doctor said it.

"Stop aspirin 5 days before surgery" against "stop aspirin 7 days before surgery" differed with
no line to say what differs, and "stop aspirin" against "stop aspirin 7 days before surgery" (a
stop against a pause before the operation) the same; the row now says "how long before: …", in
the doctors' own words, and its question asks which is meant (7 December, tenth session)."""

from __future__ import annotations

import pytest

from secondop_desktop import i18n
from secondop_desktop.domain import units
from tests.domain.two_doctors import main_plans, shared_option


@pytest.mark.parametrize(("a", "b", "category", "detail"), [
    ("Stop aspirin 5 days before surgery", "Stop aspirin 7 days before surgery", "medication",
     "how long before: Dr Lee wrote 5 days before surgery, Dr Kim 7 days before surgery"),
    ("Stop aspirin", "Stop aspirin 7 days before surgery", "medication",
     "how long before: Dr Lee gave no time; Dr Kim wrote 7 days before surgery"),
    ("stop warfarin 5 days before surgery", "stop warfarin", "medication",
     "how long before: Dr Lee wrote 5 days before surgery; Dr Kim gave no time"),
    ("No smoking for 6 weeks before surgery", "Stop smoking 8 weeks before the operation",
     "lifestyle",
     "how long before: Dr Lee wrote 6 weeks before surgery, Dr Kim 8 weeks before the operation"),
    # a medicine held so long before is stopped for it: "hold" against "stop" had read apart
    # from the time, and no line said how long before (11th session)
    ("hold clopidogrel for 5 days before the operation", "stop clopidogrel", "medication",
     "how long before: Dr Lee wrote 5 days before the operation; Dr Kim gave no time"),
    ("Withhold clopidogrel 5 days before surgery", "Stop clopidogrel 7 days before surgery",
     "medication",
     "how long before: Dr Lee wrote 5 days before surgery, Dr Kim 7 days before surgery"),
    ("Suspender aspirina 5 días antes de la cirugía",
     "Suspender aspirina 7 días antes de la cirugía", "medication",
     "how long before: Dr Lee wrote 5 días antes de la cirugía, Dr Kim 7 días antes de la "
     "cirugía"),
])
def test_the_same_plan_at_another_time_before_says_how_long_before(
        a: str, b: str, category: str, detail: str) -> None:
    point = main_plans(a, b, category)
    assert (point.status, point.detail) == ("different", detail)
    assert detail in point.question


@pytest.mark.parametrize(("a", "b"), [
    ("stop aspirin one week before surgery", "stop aspirin 7 days prior to surgery"),
    ("stop apixaban 2 days before the procedure", "stop apixaban 48 hours before the procedure"),
])
def test_one_time_before_in_other_words_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"
    assert main_plans(b, a, "medication").status == "same"
    assert units.before_difference(a, b) is None


def test_something_else_that_differs_is_not_said_as_a_time_before() -> None:
    point = main_plans("Stop aspirin 5 days before surgery", "Stop clopidogrel 7 days before "
                       "surgery", "medication")
    assert not point.detail.startswith("how long before")


def test_how_long_before_in_spanish() -> None:
    found = units.before_difference("stop aspirin", "suspender aspirina 7 días antes")
    assert found is not None
    with i18n.using("es"):
        assert found.words("la Dra. Ruiz", "el Dr. Paz") == (
            "cuánto antes: la Dra. Ruiz no dio un plazo; el Dr. Paz escribió 7 días antes")


def test_held_against_stopped_with_no_time_before_is_not_given_a_line() -> None:
    # (a pause against a stop, with no operation or test to pause for: nothing to say of when)
    assert main_plans("hold clopidogrel", "stop clopidogrel", "medication").detail == ""


def test_the_options_grid_says_how_long_before_for_a_medicine_held() -> None:
    option = shared_option("hold clopidogrel for 5 days before the operation",
                           "stop clopidogrel 7 days before the operation")
    assert [gap.difference.kind for gap in option.gaps] == ["before"]


@pytest.mark.parametrize(("a", "b"), [
    # "a week before" is one week before (11th session: it had been no time at all, so "a week"
    # against "7 days" differed, and "a day before the procedure" was a rhythm, once a day)
    ("stop aspirin a week before surgery", "stop aspirin 7 days before surgery"),
    ("suspender aspirina una semana antes de la cirugía", "stop aspirin 7 days before surgery"),
    ("stop apixaban a day before the procedure", "stop apixaban 24 hours before the procedure"),
])
def test_a_span_before_a_thing_is_one_of_it(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"
    assert main_plans(b, a, "medication").status == "same"


def test_a_day_before_against_two_days_before_says_how_long_before() -> None:
    point = main_plans("stop apixaban a day before the procedure",
                       "stop apixaban 2 days before the procedure", "medication")
    assert (point.status, point.detail) == ("different", (
        "how long before: Dr Lee wrote a day before the procedure, Dr Kim 2 days before the "
        "procedure"))


@pytest.mark.parametrize("text", [
    "one tablet a day before breakfast", "take one a day before bed",
    "Take one a day before the evening meal", "alendronic acid 70 mg once a week before breakfast",
])
def test_a_rhythm_before_a_meal_or_bed_is_no_time_before(text: str) -> None:
    assert not units._before_said(text)
    assert units.read(text).per_day  # still its rhythm
