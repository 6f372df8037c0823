# SPDX-License-Identifier: GPL-3.0-or-later
"""Diabetes and its own complications, as a family and a letter write them.

"Type 2 diabetes with neuropathy" against "diabetic neuropathy, type 2 diabetes" had differed,
"neuropathy due to diabetes" against "diabetic neuropathy" too: a complication named beside
diabetes or as caused by it is diabetes' own (ICD-10-CM reads "with" after diabetes so)."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, diagnoses


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Type 2 diabetes with neuropathy", "Diabetic neuropathy, type 2 diabetes"),
    ("Type 2 diabetes with neuropathy", "Type 2 diabetes and diabetic neuropathy"),
    ("Type 2 diabetes with retinopathy", "Diabetic retinopathy, type 2 diabetes"),
    ("Type 1 diabetes with ketoacidosis", "Diabetic ketoacidosis, type 1 diabetes"),
    ("Diabetic neuropathy", "Neuropathy due to diabetes"),
    ("Diabetic kidney disease", "Kidney disease caused by diabetes"),
    ("Neuropathy due to type 2 diabetes", "Type 2 diabetes, diabetic neuropathy"),
    # and in Spanish, word by word
    ("Diabetes tipo 2 con neuropatía", "Type 2 diabetes with neuropathy"),
    ("Nefropatía diabética", "Diabetic nephropathy"),
    ("Úlcera de pie diabético", "Diabetic foot ulcer"),
]))
def test_a_complication_beside_diabetes_is_the_diabetic_one(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # the type said on one side only
    ("Diabetic neuropathy", "Type 2 diabetes with neuropathy"),
    ("Diabetic retinopathy", "Diabetes with retinopathy"),
]))
def test_the_type_of_diabetes_said_on_one_side_is_more_exact(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Type 2 diabetes with neuropathy", "Type 2 diabetes with retinopathy"),
    ("Type 2 diabetes with neuropathy", "Type 1 diabetes with neuropathy"),
    ("Neuropathy due to B12 deficiency", "Diabetic neuropathy"),
    ("Type 2 diabetes", "Type 2 diabetes with neuropathy"),  # a complication more is more
]))
def test_another_complication_type_or_cause_still_differs(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "different"
