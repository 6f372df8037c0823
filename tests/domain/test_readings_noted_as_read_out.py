# SPDX-License-Identifier: GPL-3.0-or-later
"""A reading as a family notes it while the doctor reads it out (7 December, sixteenth
session): "PSA: 4 point 5" against the letter's "4.5 ng/mL" was a major difference ("how they
read PSA"), "four point five" and "one hundred and twenty" minor ones. A decimal point said,
and numbers said in words, are the figure they say."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secondop_desktop.domain import number_words
from tests.domain.two_doctors import cited


@pytest.mark.parametrize(("a", "b"), [
    (("PSA", "4 point 5"), ("PSA", "4.5 ng/mL")),
    (("PSA", "four point five"), ("PSA", "4.5 ng/mL")),
    (("Potassium", "5 point 9"), ("K+", "5.9")),
    (("INR", "3 point 2"), ("INR", "3.2")),
    (("Cholesterol", "6 point 2"), ("Total cholesterol", "6.2 mmol/L")),
    (("Creatinine", "one hundred and twenty"), ("Creatinine", "120 umol/L")),
    (("PSA", "cuatro coma cinco"), ("PSA", "4,5 ng/mL")),
    (("Colonoscopy", "two small polyps"), ("Colonoscopy", "2 small polyps")),
    (("Blood pressure", "a hundred and fifty over ninety"), ("BP", "150/90")),
])
def test_a_reading_read_out_is_its_figure(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert cited(a, b)[0].status == "same"
    assert cited(b, a)[0].status == "same"


def test_another_figure_read_out_still_differs() -> None:
    point = cited(("PSA", "4 point 5"), ("PSA", "5.4 ng/mL"))[0]
    assert (point.status, point.severity) == ("different", "major")
    # the family's words are what is shown, not the figure they were read as
    assert point.a == "PSA — 4 point 5"


def test_a_figure_in_words_in_another_unit_may_be_the_same_amount() -> None:
    assert cited(("Hb", "nine point eight"),
                 ("Haemoglobin", "98 g/L"))[0].status == "maybe_same"


@pytest.mark.parametrize(("said", "figure"), [
    ("4 point 5", "4.5"),
    ("Four point five", "4.5"),
    ("one hundred and twenty", "120"),
    ("nought point two", "0.2"),
    ("dos coma cinco", "2.5"),
    # words that are no number as said, or no number in English, stay words
    ("seen once", "seen once"),
    ("five six", "five six"),
    ("normal", "normal"),
    ("a hundred", "100"),
])
def test_as_figures(said: str, figure: str) -> None:
    assert number_words.as_figures(said) == figure


@given(whole=st.integers(min_value=0, max_value=999), tenths=st.integers(min_value=0,
                                                                         max_value=9))
def test_a_point_said_between_figures_is_a_decimal_point(whole: int, tenths: int) -> None:
    assert number_words.as_figures(f"{whole} point {tenths}") == f"{whole}.{tenths}"
