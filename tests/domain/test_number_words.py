# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers said in words, as a dose is dictated and noted: read whole, never in part ("six
hundred milligrams" had read as a hundred), and words that are no number left alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secondop_desktop.domain.number_words import NUMBER_IN_WORDS, number_in_words
from tests.domain.said_aloud import english, spanish
from tests.domain.two_doctors import main_plans


def _read(said: str) -> float | None:
    match = re.fullmatch(NUMBER_IN_WORDS, said)
    assert match is not None, said
    return number_in_words(said)


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["", "and"]))
def test_every_english_number_said_reads_as_itself(n: int, joined_by: str) -> None:
    assert _read(english(n, joined_by)) == n


@given(st.integers(min_value=1, max_value=999_999))
def test_every_spanish_number_said_reads_as_itself(n: int) -> None:
    assert _read(spanish(n)) == n


@pytest.mark.parametrize(("said", "value"), [
    ("a hundred", 100), ("a thousand", 1000), ("hundred", 100), ("two point five", 2.5),
    ("nought point two", 0.2), ("point five", 0.5), ("zero point one two five", 0.125),
    ("dos coma cinco", 2.5), ("doscientas cincuenta", 250), ("twenty five", 25),
])
def test_a_number_said_with_its_point_or_its_article(said: str, value: float) -> None:
    assert _read(said) == value


@pytest.mark.parametrize("said", [
    "five six", "twenty thirty", "hundred hundred", "eleven three", "two thousand thousand",
    "ciento cien", "zero five",
])
def test_words_that_are_no_number_are_not_read(said: str) -> None:
    assert number_in_words(said) is None


def _plans(a: str, b: str) -> tuple[str, str, str]:
    point = main_plans(a, b, "medication")
    return point.status, main_plans(b, a, "medication").status, point.detail


@pytest.mark.parametrize(("a", "b"), [
    ("aspirin 600mg daily", "aspirin six hundred milligrams once a day"),
    ("amoxicillin 250mg tds", "amoxicillin two hundred and fifty mg tds"),
    ("paracetamol 1000 mg qds", "paracetamol one thousand mg qds"),
    ("midazolam 2.5mg s/c PRN", "midazolam two point five milligrams s/c PRN"),
    ("metformin 500mg bd", "metformina quinientos mg dos veces al dia"),
    ("insulina 2.5 unidades", "insulina dos coma cinco unidades"),
    ("vitamin D 800 units daily", "vitamin D eight hundred units daily"),
])
def test_a_dose_said_in_words_is_the_dose_in_figures(a: str, b: str) -> None:
    assert _plans(a, b)[:2] == ("same", "same")


def test_a_dose_in_words_is_shown_as_said_where_the_doses_differ() -> None:
    status, _, detail = _plans("aspirin 600mg daily", "aspirin six hundred and fifty mg daily")
    assert status == "different"
    assert "600" in detail and "650" in detail and "100 mg" not in detail
