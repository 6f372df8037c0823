# SPDX-License-Identifier: GPL-3.0-or-later
"""A prescriber's "ON" and "OM" after a dose (omni nocte, omni mane): at night and in the
morning. "Amlodipine 5 mg ON" against "amlodipine 5 mg in the morning" had read as one saying
more than the other, as if they agreed, and "prednisolone 30 mg OM" against "at night" too:
the capitals were folded to the English "on" and "om" and never read as a time of day."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import terms
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Simvastatin 40 mg ON", "simvastatin 40 mg at night"),
    ("mirtazapine 15mg ON", "mirtazapine 15 mg at bedtime"),
    ("Prednisolone 30 mg OM", "prednisolone 30 mg in the morning"),
    ("furosemide 40mg OM", "furosemide 40 mg mane"),
    ("AMLODIPINE 5 MG ON", "amlodipine 5 mg at night"),
    ("zopiclone 7.5 mg ON PRN", "zopiclone 7.5 mg at night when needed"),
    ("levothyroxine 50 micrograms OM before food",
     "levothyroxine 50mcg every morning on an empty stomach"),
]))
def test_on_and_om_are_at_night_and_in_the_morning(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Amlodipine 5 mg ON", "amlodipine 5 mg in the morning",
     "when in the day: Dr Lee wrote at night, Dr Kim in the morning"),
    ("Prednisolone 30 mg OM", "prednisolone 30 mg at night",
     "when in the day: Dr Lee wrote in the morning, Dr Kim at night"),
    ("Omeprazole 20mg OM", "Omeprazole 20mg ON",
     "when in the day: Dr Lee wrote in the morning, Dr Kim at night"),
    ("Omeprazole 20mg OM", "omeprazole 20mg BD",
     "how often: Dr Lee wrote once a day, Dr Kim twice a day"),
])
def test_a_morning_against_a_night_is_a_difference_said(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)
    assert main_plans(b, a, "medication").status == "different"


@pytest.mark.parametrize("text", [
    "take 5 mg on an empty stomach",  # the word "on", in small letters
    "TAKE 5 MG ON AN EMPTY STOMACH",  # capitals all through: a word before another
    "5 mg ON Mondays",
    "bilateral OM",  # otitis media, after no dose
    "2 ON the list",
])
def test_on_and_om_as_words_stay_words(text: str) -> None:
    assert "nocte" not in terms.fold_letters(text)
    assert "mane" not in terms.fold_letters(text)
