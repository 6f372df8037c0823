# SPDX-License-Identifier: GPL-3.0-or-later
"""Conditions the code set files under a disease they are no kind of: "refined" would tell the
family that two doctors agree where one names the disease and the other only a risk of it or
another condition (diagnosis_match.only_suspected)."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.diagnosis_match import diagnosis_relation, only_suspected
from secondop_desktop.domain.model import Diagnosis
from tests.domain.two_doctors import diagnoses, main_plans


def _both_ways(a: str, b: str) -> tuple[str, str]:
    return diagnoses(a, b).status, diagnoses(b, a).status


@pytest.mark.parametrize(("a", "b"), [
    ("ocular hypertension", "glaucoma"),
    ("raised IOP", "glaucoma"),
    ("high pressure in the eyes", "open-angle glaucoma"),
    ("adenomyosis", "endometriosis"),
])
def test_a_risk_or_another_condition_filed_under_a_disease_is_not_a_kind_of_it(
        a: str, b: str) -> None:
    assert _both_ways(a, b) == ("different", "different")


@pytest.mark.parametrize(("a", "b"), [
    ("glaucoma", "open angle glaucoma"),
    ("endometriosis", "endometriosis of the ovary"),
])
def test_a_true_kind_under_the_same_disease_still_refines_it(a: str, b: str) -> None:
    assert _both_ways(a, b) == ("refined", "refined")


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("H40.05", "H40.9", True),    # ocular hypertension, unspecified glaucoma
    ("H40.05", "H40", True),
    ("H40.05", "H40.0", False),   # ocular hypertension is a glaucoma suspect
    ("H40.11", "H40", False),     # primary open-angle glaucoma
    ("H53.04", "H53.00", True),   # amblyopia suspect, unspecified amblyopia
    ("N80.03", "N80", True),      # adenomyosis, endometriosis
    ("N80.1", "N80", False),      # endometriosis of the ovary
    ("O35.0", "O35", False),      # every code of O35 says "(suspected)": none apart
])
def test_which_codes_are_filed_apart(a: str, b: str, apart: bool) -> None:
    assert only_suspected(a, b) is apart
    assert only_suspected(b, a) is apart


def test_two_coded_diagnoses_a_suspect_and_the_disease_differ() -> None:
    suspect = Diagnosis(text="ocular hypertension", icd10="H40.05")
    disease = Diagnosis(text="glaucoma", icd10="H40.9")
    assert diagnosis_relation(suspect, disease) == "different"
    assert diagnosis_relation(Diagnosis(icd10="H40.11"), Diagnosis(icd10="H40")) == "refined"


@pytest.mark.parametrize(("a", "b", "status"), [
    ("fluid limit 1 litre/day", "fluid limit 1.5 litres/day", "different"),
    ("limit fluids to 1.5 liters", "limit fluids to 1500 mL", "same"),
    ("beber 2 litros al día", "beber 3 litros al día", "different"),
])
def test_litres_in_the_plural_are_an_amount(a: str, b: str, status: str) -> None:
    assert main_plans(a, b).status == main_plans(b, a).status == status
