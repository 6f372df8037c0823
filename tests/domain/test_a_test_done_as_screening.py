# SPDX-License-Identifier: GPL-3.0-or-later
"""A test done as a screening is that test, said more exactly.

"Mammogram every year" against "yearly breast screening" (a screening mammogram, in the table),
and "colonoscopy" against "screening colonoscopy", differed as much as two tests: "screening"
is a word that changes what a diagnosis is ("screening for bowel cancer" is no bowel cancer),
and it was read that way before a test too (11th session). Before or after a test's name it now
says what the test is for: the one saying it refines the other; two purposes still differ."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.diagnosis_match import text_relation
from tests.domain.two_doctors import both_ways, diagnoses, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("mammogram", "screening mammogram"),
    ("mammogram every year", "yearly breast screening"),
    ("colonoscopy", "screening colonoscopy"),
    ("CT scan", "CT scan screening"),
    ("blood test", "screening blood test"),
]))
def test_a_test_and_the_same_test_as_a_screening(a: str, b: str) -> None:
    assert main_plans(a, b, "test").status == "refined"
    if "year" not in a + b:  # (a rhythm is the plan's to read: "every year" is "yearly")
        assert text_relation(a, b) == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("screening mammogram", "diagnostic mammogram"),  # two purposes
    ("screening mammogram", "screening breast MRI"),  # two tests
]))
def test_two_purposes_or_two_tests_still_differ(a: str, b: str) -> None:
    assert main_plans(a, b, "test").status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("bowel cancer", "bowel cancer screening"),
    ("breast cancer", "breast screening"),
]))
def test_a_screening_is_still_no_illness_found(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "different"
