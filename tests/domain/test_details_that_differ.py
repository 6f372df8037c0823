# SPDX-License-Identifier: GPL-3.0-or-later
"""A detail on each side, and not the same one, is a difference: "poorly controlled diabetes"
against "well controlled diabetes" had read as one doctor saying more exactly, each side's extra
word saying only how well the condition is controlled (a rule meant for a detail on one side and
a kind on the other: "Asthma, well controlled" against "Allergic asthma")."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, diagnoses


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Poorly controlled diabetes", "Well controlled diabetes"),
    ("Diabetes, poorly controlled", "Diabetes, well controlled"),
    ("Well controlled asthma", "Asthma, poorly controlled"),
    ("Eczema both sides", "Eczema left side"),
]))
def test_two_details_that_differ_differ(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Asthma, well controlled", "Allergic asthma"),  # a detail against a kind
    ("Asthma, well controlled", "Asthma"),
    ("Eczema on both arms", "Atopic eczema, arms"),
]))
def test_a_detail_against_none_or_a_kind_says_more(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "refined"


def test_the_same_detail_is_the_same() -> None:
    assert diagnoses("Poorly controlled asthma", "Asthma, poorly controlled").status == "same"
