# SPDX-License-Identifier: GPL-3.0-or-later
"""A test's reading and a cancer's spread in a family's words (7 December, fourteenth session):
an ECG read "Normal" against "Sinus rhythm" had read as two readings that contradict each
other, a bone scan's "No spread" against "No evidence of metastases" as two readings, and
"Prostate cancer, no spread" against "Prostate cancer, no metastases" as two diagnoses."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.diagnosis_match import finds_nothing, readings_contradict
from tests.domain.two_doctors import both_ways, diagnoses


@pytest.mark.parametrize("reading", ["Sinus rhythm", "Normal sinus rhythm", "NSR",
                                     "No spread", "No evidence of metastases",
                                     "No metastases seen"])
def test_readings_that_find_nothing(reading: str) -> None:
    assert finds_nothing(reading)


@pytest.mark.parametrize(("a", "b", "contradict"), [
    ("Normal", "Sinus rhythm", False),
    ("No spread", "No evidence of metastases", False),
    ("Sinus rhythm", "Atrial fibrillation", True),
    ("No spread", "Liver metastases", True),
    ("No spread", "Spread to the spine", True),
])
def test_readings_of_one_test_contradict_only_where_they_do(a: str, b: str,
                                                            contradict: bool) -> None:
    assert readings_contradict(a, b) is contradict
    assert readings_contradict(b, a) is contradict


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Prostate cancer, no spread", "Prostate cancer, no metastases"),
    ("Breast cancer that hasn't spread", "Breast cancer, no metastases"),
    ("Breast cancer that has not spread", "Breast cancer without metastases"),
    ("Cáncer de próstata, no se ha extendido", "Prostate cancer, no metastases"),
    ("Cáncer de mama sin diseminación", "Cáncer de mama sin metástasis"),
]))
def test_a_cancer_said_not_to_have_spread(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "same"


def test_a_cancer_not_spread_against_one_spread_still_differs() -> None:
    assert diagnoses("Prostate cancer, no spread", "Metastatic prostate cancer").status == (
        "different")
