# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests a family names by what they are for, against a letter's names (6 December, seventh
session): each pair had differed."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Blood test to check kidneys", "U&E"),
    ("Blood test for sugar control", "HbA1c"),
    ("Eye pressure check", "Tonometry"),
    ("Camera test of the bladder", "Cystoscopy"),
    ("Poo sample", "Stool test"),  # (eighth session)
    ("Cholesterol test", "Lipid profile"),
    ("Vitamin D level", "25-OH vitamin D"),
    ("Urine sample", "Urine test"),
    ("Heart monitor", "Holter monitor"),
]))
def test_a_test_in_everyday_words_is_the_test(a: str, b: str) -> None:
    assert main_plans(a, b, "test").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Heart stress test", "Exercise tolerance test"),  # one kind of heart stress test
    ("Stool test", "FIT test"),  # one kind of stool test
    ("Stool test", "Stool culture"),  # another (eighth session)
    ("Stool sample", "Stool culture"),
    ("Muestra de heces", "Stool culture"),
    ("Urine sample", "MSU"),
    ("Iron levels", "Ferritin"),
    ("Sugar test", "Glucose tolerance test"),
    ("Blood sugar test", "Fasting glucose"),
    ("Genetic test", "BRCA testing"),
    ("Allergy test", "Skin prick test"),
    ("Bone marrow test", "Bone marrow biopsy"),
    ("Needle test", "Fine needle aspiration"),
]))
def test_a_test_by_its_purpose_is_refined_by_its_kind(a: str, b: str) -> None:
    assert main_plans(a, b, "test").status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Eye pressure check", "Visual field test"),
    ("Camera test of the bladder", "Colonoscopy"),
    ("Blood test to check kidneys", "Full blood count"),
    ("Bone scan", "DEXA scan"),  # a bone scan is another test than a bone density scan
    ("Stool culture", "FIT test"),  # two kinds of stool test
    ("Fasting glucose", "HbA1c"),
    ("Ferritin", "Vitamin D level"),
    ("Skin prick test", "Patch test"),
    ("Genetic test", "Blood test"),
    ("Heart monitor", "Echocardiogram"),
]))
def test_another_test_still_differs(a: str, b: str) -> None:
    assert main_plans(a, b, "test").status == "different"
