# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers said in words, as a dose is dictated and noted: read whole, never in part ("six
hundred milligrams" had read as a hundred), and words that are no number left alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secondop_desktop.domain.number_words import NUMBER_IN_WORDS, number_in_words
from tests.domain.two_doctors import main_plans

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _english(n: int, joined_by: str) -> str:
    """``n`` (1-9,999) as an English speaker says it, "and" after the hundreds or not."""
    parts = []
    if n >= 1000:
        parts.append(f"{_english(n // 1000, joined_by)} thousand")
        n %= 1000
    if n >= 100:
        parts.append(f"{ONES[n // 100]} hundred")
        n %= 100
        if n and joined_by:
            parts.append(joined_by)
    if n >= 20:
        parts.append(TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
    elif n >= 10:
        parts.append(TEENS[n - 10])
    elif n:
        parts.append(ONES[n])
    return " ".join(parts)


UNOS = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
DIECES = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete",
          "dieciocho", "diecinueve"]
VEINTIS = ["veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco",
           "veintiseis", "veintisiete", "veintiocho", "veintinueve"]
DECENAS = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
           "noventa"]
CIENTOS = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos",
           "seiscientos", "setecientos", "ochocientos", "novecientos"]


def _spanish(n: int) -> str:
    """``n`` (1-999,999) as a Spanish speaker says it, accents folded."""
    parts = []
    if n >= 1000:
        parts.append("mil" if n // 1000 == 1 else f"{_spanish(n // 1000)} mil")
        n %= 1000
    if n == 100:
        return " ".join([*parts, "cien"])
    if n >= 100:
        parts.append(CIENTOS[n // 100])
        n %= 100
    if n >= 30:
        parts.append(DECENAS[n // 10] + (f" y {UNOS[n % 10]}" if n % 10 else ""))
    elif n >= 20:
        parts.append(VEINTIS[n - 20])
    elif n >= 10:
        parts.append(DIECES[n - 10])
    elif n:
        parts.append(UNOS[n])
    return " ".join(parts)


def _read(said: str) -> float | None:
    match = re.fullmatch(NUMBER_IN_WORDS, said)
    assert match is not None, said
    return number_in_words(said)


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["", "and"]))
def test_every_english_number_said_reads_as_itself(n: int, joined_by: str) -> None:
    assert _read(_english(n, joined_by)) == n


@given(st.integers(min_value=1, max_value=999_999))
def test_every_spanish_number_said_reads_as_itself(n: int) -> None:
    assert _read(_spanish(n)) == n


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
