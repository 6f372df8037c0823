# SPDX-License-Identifier: GPL-3.0-or-later
"""A detail on each side, and not the same one, is a difference: "poorly controlled diabetes"
against "well controlled diabetes" had read as one doctor saying more exactly, each side's extra
word saying only how well the condition is controlled (a rule meant for a detail on one side and
a kind on the other: "Asthma, well controlled" against "Allergic asthma")."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, diagnoses, main_plans


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


@pytest.mark.parametrize(("a", "b", "named"), [
    # (6 December, eighth session) the doses of two medicines had been read as one's: "Dr Lee
    # wrote 75 mg, Dr Kim 75 mg + 75 mg", as if the aspirin were doubled
    ("Aspirin 75 mg", "Aspirin 75 mg and clopidogrel 75 mg", "clopidogrel 75 mg"),
    ("Metformin 500 mg BD", "Metformin 500 mg BD and gliclazide 80 mg", "gliclazide 80 mg"),
])
def test_another_medicine_named_beside_is_what_differs(a: str, b: str, named: str) -> None:
    point = main_plans(a, b, "medication")
    # (7 December, tenth session) the row says so too, as where the doses differ
    assert (point.status, point.detail) == ("different", f"Dr Kim also names {named}")
    assert point.question.startswith(f"Ask both doctors about “{named}”: Dr Kim also recommends")
    # a dose that differs, alone, still says so
    assert "4 times" in main_plans("Aspirin 75 mg", "Aspirin 300 mg", "medication").detail


@pytest.mark.parametrize(("a", "b", "detail"), [
    # (6 December, ninth session) ... and where the one both name has another dose, its two
    # doses side by side: "Dr Kim 300 mg + 75 mg" had summed the other medicine's in
    ("Aspirin 75 mg daily", "Aspirin 300 mg and clopidogrel 75 mg",
     "Dr Lee wrote 75 mg (milligrams), Dr Kim 300 mg (milligrams) (one is 4 times the other); "
     "Dr Kim also names clopidogrel 75 mg"),
    ("Metformin 500 mg twice daily", "Metformin 1 g twice daily and gliclazide 80 mg",
     "Dr Lee wrote 500 mg (milligrams), Dr Kim 1 g (grams) (one is 2 times the other); "
     "Dr Kim also names gliclazide 80 mg"),
    # a course, not the other medicine's dose and rhythm
    ("Amoxicillin 500 mg TDS for 7 days",
     "Amoxicillin 500 mg TDS for 5 days and paracetamol 1 g QDS",
     "how long: Dr Lee wrote 7 days, Dr Kim 5 days; Dr Kim also names paracetamol 1 g QDS"),
])
def test_the_one_both_name_with_another_dose_says_its_own(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)
    assert detail in point.question  # the question asks of the other medicine too
    back = main_plans(b, a, "medication")
    assert back.detail.endswith("; Dr Lee also names " + detail.rsplit(" also names ", 1)[1])
