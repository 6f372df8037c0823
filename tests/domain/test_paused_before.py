# SPDX-License-Identifier: GPL-3.0-or-later
"""A medicine stopped so long before an operation or a test is paused for it: "stop warfarin
5 days before surgery" against "hold warfarin 5 days pre-op" had differed, "stop" and "hold"
being two plans elsewhere (stopping for good against a pause)."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import terms
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Stop warfarin 5 days before surgery", "Hold warfarin 5 days pre-op"),
    ("Stop clopidogrel 7 days before the procedure",
     "Withhold clopidogrel 7 days before the procedure"),
    ("Suspender la aspirina 7 días antes de la cirugía", "Hold aspirin 7 days pre-op"),
    # paused "for" so long before: the same pause, not a course of 7 days
    ("Stop aspirin 7 days before the operation", "Withhold aspirin for 7 days before surgery"),
    ("Stop clopidogrel 5 days before surgery",
     "Withhold clopidogrel for five days prior to surgery"),
    ("Suspender la aspirina 7 días antes de la cirugía",
     "Suspender aspirina durante 7 dias antes de la operacion"),
    # and before a scan with contrast, as metformin is
    ("Hold metformin for 48 hours before the CT scan", "Stop metformin 48 hours before CT"),
]))
def test_a_medicine_stopped_before_an_operation_is_paused(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Stop the blood thinner 5 days before surgery", "Hold warfarin 5 days pre-op"),
]))
def test_the_kind_paused_is_refined_by_the_medicine(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Stop warfarin", "Hold warfarin"),  # for good, against a pause
    ("Stop warfarin 5 days before surgery", "Stop warfarin 3 days before surgery"),
    ("Stop metformin 2 days before surgery", "Hold warfarin 5 days pre-op"),
    ("Stop aspirin 7 days before surgery", "Withhold aspirin for 5 days before surgery"),
    ("Stop metformin before the CT", "Continue metformin"),
]))
def test_stopping_for_good_another_time_or_medicine_still_differs(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "different"


def test_smoking_stopped_before_an_operation_stays_stopping() -> None:
    assert terms.canonical("stop smoking before surgery") == "smoking cessation before surgery"
    assert terms.canonical("stop aspirin and then review before surgery") == (
        "stop aspirin and then review before surgery")


def test_a_course_taken_for_so_long_before_keeps_its_for() -> None:
    # Taking a medicine for 5 days before is a course, not a pause: only a pause loses its "for"
    assert terms.canonical("take prednisolone for 5 days before surgery") == (
        "take prednisolone for 5 days before surgery")
    assert terms.canonical("withhold aspirin for 7 days before surgery") == (
        "withhold aspirin 7 days before surgery")
