# SPDX-License-Identifier: GPL-3.0-or-later
"""A test's reading in a family's words against the letter's (7 December, sixteenth session):
"Echo: heart pumping well" against "normal LV function" was a major difference, "Biopsy: it's
cancer" against "adenocarcinoma" and "Scan: all clear" against "CT: no evidence of
malignancy" were two readings that had nothing to do with each other (the scan listed apart
from the CT)."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.diagnosis_match import finds_nothing
from tests.domain.two_doctors import cited, diagnosis_statuses


@pytest.mark.parametrize(("a", "b", "status"), [
    # the heart's pumping as a family hears it
    (("Echo", "heart pumping well"), ("Echo", "normal LV function"), "same"),
    (("Echo", "pumping normally"), ("Echo", "Good LV function"), "same"),
    (("Echo", "El corazón bombea bien"), ("Echo", "normal LV function"), "same"),
    # the words a reading is noted with before what was found
    (("Biopsy", "it's cancer"), ("Biopsy", "adenocarcinoma"), "refined"),
    (("Biopsy", "they found cancer"), ("Biopsy", "adenocarcinoma"), "refined"),
    (("Biopsy", "it is not cancer"), ("Biopsy", "benign"), "same"),
    (("Biopsy", "Salió benigno"), ("Biopsy", "benign"), "same"),
    (("X-ray", "showed a fracture"), ("X-ray", "fracture of the radius"), "refined"),
    # a scan alone is cited beside the CT or MRI the letter names
    (("Scan", "all clear"), ("CT scan", "no evidence of malignancy"), "same"),
    (("Scan", "clear"), ("MRI", "normal"), "same"),
])
def test_a_reading_in_a_familys_words(a: tuple[str, str], b: tuple[str, str],
                                      status: str) -> None:
    for x, y in ((a, b), (b, a)):
        (point,) = cited(x, y)
        assert point.status == status, (x, y)


def test_pumping_well_against_a_weak_heart_is_a_contradiction() -> None:
    (point,) = cited(("Echo", "heart pumping well"),
                                ("Echo", "severely impaired LV function"))
    assert (point.status, point.severity) == ("different", "major")
    assert finds_nothing("heart pumping well")
    assert not finds_nothing("heart not pumping well")


def test_a_hedge_is_no_lead_in() -> None:
    # "looks like" says how sure the doctor was: it is not taken away
    (point,) = cited(("Biopsy", "looks like cancer"), ("Biopsy", "adenocarcinoma"))
    assert point.status != "same"


@pytest.mark.parametrize(("a", "b", "status", "severity"), [
    # a gene test: wild type is no mutation, against one found a contradiction (each had been
    # a minor difference, or said more exactly)
    (("EGFR", "mutation positive"), ("EGFR", "wild type"), "different", "major"),
    (("KRAS", "mutant"), ("KRAS", "wild-type"), "different", "major"),
    (("BRCA1", "mutation found"), ("BRCA1", "no mutation"), "different", "major"),
    (("KRAS", "wild type"), ("KRAS", "no mutation detected"), "same", "none"),
    # pre-cancerous is what dysplasia is a kind of
    (("Biopsy", "pre-cancerous"), ("Biopsy", "high-grade dysplasia"), "refined", "minor"),
])
def test_gene_and_precancer_readings(a: tuple[str, str], b: tuple[str, str], status: str,
                                     severity: str) -> None:
    for x, y in ((a, b), (b, a)):
        (point,) = cited(x, y)
        assert (point.status, point.severity) == (status, severity), (x, y)


def test_a_gene_reading_beside_a_cancer_never_denies_the_cancer() -> None:
    assert diagnosis_statuses("EGFR wild type lung adenocarcinoma",
                              "Lung adenocarcinoma") == ("refined", "refined")
    assert diagnosis_statuses("EGFR mutation positive lung adenocarcinoma",
                              "EGFR mutation negative lung adenocarcinoma") == (
        "different", "different")


@pytest.mark.parametrize(("a", "b", "status"), [
    # normal readings in a letter's words (an ECG's "no acute changes" had been a major
    # difference from "normal")
    (("ECG", "normal"), ("ECG", "sinus rhythm, no acute changes"), "same"),
    (("MRI", "nothing sinister"), ("MRI", "no sinister features"), "same"),
    (("Smear", "normal"), ("Smear", "negative, HPV not detected"), "same"),
    # USS is an ultrasound scan: the two are cited side by side
    (("Ultrasound", "gallstones"), ("USS", "gallstones"), "same"),
])
def test_normal_in_a_letters_words(a: tuple[str, str], b: tuple[str, str],
                                   status: str) -> None:
    for x, y in ((a, b), (b, a)):
        (point,) = cited(x, y)
        assert point.status == status, (x, y)


@pytest.mark.parametrize(("a", "b"), [
    # not a change since the last scan, nor a change on the ECG, nor a tumour
    (("CT", "normal"), ("CT", "no significant change")),
    (("ECG", "normal"), ("ECG", "ST changes")),
    (("MRI", "no sinister features"), ("MRI", "glioma")),
])
def test_what_is_no_normal_reading(a: tuple[str, str], b: tuple[str, str]) -> None:
    (point,) = cited(a, b)
    assert point.status == "different"


@pytest.mark.parametrize(("a", "b", "status"), [
    # in Spanish too, and "malignant" alone is a cancer found
    (("ECG", "normal"), ("ECG", "ritmo sinusal sin alteraciones agudas"), "same"),
    (("ECG", "normal"), ("ECG", "sinus rhythm with no acute changes"), "same"),
    (("Biopsia", "salió maligno"), ("Biopsia", "carcinoma"), "same"),
    (("Biopsy", "malignant"), ("Biopsy", "adenocarcinoma"), "refined"),
    (("ECG", "normal"), ("ECG", "sinus rhythm with ST depression"), "different"),
    (("Biopsy", "malignant"), ("Biopsy", "benign"), "different"),
])
def test_spanish_and_malignant_readings(a: tuple[str, str], b: tuple[str, str],
                                        status: str) -> None:
    for x, y in ((a, b), (b, a)):
        (point,) = cited(x, y)
        assert point.status == status, (x, y)
