# SPDX-License-Identifier: GPL-3.0-or-later
"""An organ by a doctor's describing word and by its plain name (7 December, thirteenth
session): "pulmonary nodule" against "lung nodule", "impaired renal function" against "impaired
kidney function" had read as two diagnoses, with "would the doctors review the case together?"
asked of one finding; and blood tests by their letters against their names."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, cited, diagnoses, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Pulmonary nodule", "Lung nodule"),
    ("Hepatic impairment", "Liver impairment"),
    ("Impaired renal function", "Impaired kidney function"),
    ("Normal renal function", "Normal kidney function"),
    ("Renal mass", "Kidney mass"),
    ("Hepatic lesion", "Liver lesion"),
    ("Hepatic cyst", "Cyst on the liver"),
    ("Pulmonary fibrosis", "Lung fibrosis"),
    ("Cardiac function normal", "Heart function normal"),
    ("Ovarian cyst", "Cyst on the ovary"),
    ("Testicular torsion", "Twisted testicle"),
    ("Renal stones", "Kidney stones"),
    ("Cerebral bleed", "Brain bleed"),
    ("Brain haemorrhage", "Bleed on the brain"),
    ("Splenic enlargement", "Enlarged spleen"),
    ("Cardiac enlargement", "Enlarged heart"),
    ("Prostatic enlargement", "Enlarged prostate"),
    ("Renal artery stenosis", "Narrowing of the kidney artery"),
    ("Active pulmonary tuberculosis", "Active TB of the lungs"),
    ("Stenosis, aortic", "Aortic stenosis"),
]))
def test_an_organ_by_its_describing_word_is_the_organ(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # another disease than the usual high blood pressure, however its organ is named
    ("Pulmonary hypertension", "Hypertension"),
    ("Ocular hypertension", "Hypertension"),
    ("Lung hypertension", "Hypertension"),
    ("Cardiac arrest", "Heart attack"),
    ("Pulmonary embolism", "Lung cancer"),
    ("Aortic stenosis", "Aortic regurgitation"),
    ("Renal cyst", "Liver cyst"),
]))
def test_other_diagnoses_still_differ(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("FBG", "Fasting blood glucose"),
    ("Glucemia en ayunas", "FBG"),
    ("Liver function test", "LFTs"),
    ("Thyroid blood test", "TFTs"),
    ("Kidney function tests", "Renal function"),
    ("Jab in the knee", "Knee injection"),
]))
def test_a_test_or_an_injection_by_its_letters_or_everyday_name(a: str, b: str) -> None:
    assert main_plans(a, b, "test").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("FBG", "Random blood glucose"),
    ("FBG", "HbA1c"),
    ("Liver function test", "Thyroid function test"),
]))
def test_another_test_still_differs(a: str, b: str) -> None:
    assert main_plans(a, b, "test").status == "different"


def test_a_fasting_glucose_by_its_letters_is_one_result_and_a_random_one_another() -> None:
    [same] = cited(("FBG", "6.1"), ("Fasting glucose", "6.1"))
    assert same.status == "same"
    assert [p.status for p in cited(("FBG", "6.1"), ("Random glucose", "6.1"))] == [
        "only_a", "only_b"]
