# SPDX-License-Identifier: GPL-3.0-or-later
"""A blood test taken fasting and one taken at random or after a meal are two tests.
"Glucose (fasting): 6.1 mmol/L" against "Glucose (2 hours after a meal): 6.1 mmol/L" read as
the same result, though the same figure means one thing fasting and another after a meal; and
the row's heading had dropped the bracket, so both were "Evidence: Glucose"."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.plan_match import sample_timing
from tests.domain.two_doctors import cited


def _cited(a: tuple[str, str], b: tuple[str, str]) -> list[tuple[str, str, str]]:
    return [(p.status, p.label, p.detail) for p in cited(a, b)]


@pytest.mark.parametrize(("a", "b"), [
    (("Glucose (fasting)", "6.1 mmol/L"), ("Glucose (2 hours after a meal)", "6.1 mmol/L")),
    (("Fasting glucose", "7.2"), ("Random glucose", "7.2")),
    (("Glucose", "6.1, fasting"), ("Glucose", "6.1, random sample")),
    (("Glucosa en ayunas", "110 mg/dL"), ("Glucosa posprandial", "110 mg/dL")),
    (("OGTT 2-hour glucose", "9.0"), ("Fasting glucose", "9.0")),
])
def test_samples_taken_at_two_times_are_two_tests(a: tuple[str, str],
                                                  b: tuple[str, str]) -> None:
    for found in (_cited(a, b), _cited(b, a)):
        assert sorted(status for status, _, _ in found) == ["only_a", "only_b"]


def test_the_heading_keeps_when_the_sample_was_taken() -> None:
    found = _cited(("Glucose (fasting)", "6.1 mmol/L"),
                   ("Glucose (2 hours after a meal)", "6.1 mmol/L"))
    assert [label for _, label, _ in found] == ["Evidence: Glucose (fasting)",
                                                "Evidence: Glucose (2 hours after a meal)"]
    # (a bracket with a date or a source still goes from the heading)
    assert _cited(("MRI knee (2023)", "tear"), ("MRI knee (2023)", "no tear"))[0][1] == (
        "Evidence: MRI knee")


@pytest.mark.parametrize(("a", "b", "status"), [
    # one says when, the other not: one test, read alike
    (("Glucose", "6.1"), ("Fasting glucose", "6.1"), "same"),
    (("Glucose (fasting)", "6.1 mmol/L"), ("Fasting blood glucose", "6.1 mmol/L"), "same"),
])
def test_one_time_or_none_is_still_one_test(a: tuple[str, str], b: tuple[str, str],
                                            status: str) -> None:
    assert [s for s, _, _ in _cited(a, b)] == [status]


def test_a_reading_apart_by_a_figure_says_which() -> None:
    assert _cited(("HbA1c", "48 mmol/mol"), ("HbA1c", "53 mmol/mol")) == [
        ("different", "Evidence: HbA1c", "Dr Lee wrote 48 mmol/mol, Dr Kim 53 mmol/mol")]


@pytest.mark.parametrize(("text", "timing"), [
    ("fasting glucose", {"fasting"}), ("glucosa en ayunas", {"fasting"}),
    ("random blood glucose", {"random"}), ("non-fasting lipids", {"random"}),
    ("glucose 2 hours after a meal", {"after a meal"}), ("2h post-prandial", {"after a meal"}),
    ("OGTT", {"after a meal"}), ("glucose", set()), ("MRI knee 2 hours", set()),
])
def test_when_the_sample_was_taken(text: str, timing: set[str]) -> None:
    assert sample_timing(text) == timing

