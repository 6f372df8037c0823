# SPDX-License-Identifier: GPL-3.0-or-later
"""A cancer as a family describes it against the letter's words (7 December, sixteenth
session). Each pair had differed, with "how did you reach this diagnosis?": slow-growing
against low-grade, kept in the prostate against organ-confined, spread to the lymph glands
against node-positive, come back against recurrent, terminal against end-stage, inoperable
against unresectable, a fatty lump against a lipoma, cancer of the blood against myeloma,
early bowel cancer against stage 1 colon cancer."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import diagnosis_statuses, main_plans


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Slow growing prostate cancer", "Low-grade prostate cancer", "same"),
    ("Aggressive prostate cancer", "High-grade prostate cancer", "same"),
    ("Prostate cancer contained in the prostate", "Organ-confined prostate cancer", "same"),
    ("Breast cancer that has spread to the lymph glands", "Node-positive breast cancer",
     "same"),
    ("Node-negative breast cancer", "Breast cancer, no spread to the lymph nodes", "same"),
    ("Node-negative breast cancer", "Breast cancer, no lymph node metastases", "same"),
    ("Cancer has come back", "Recurrent cancer", "same"),
    ("Terminal cancer", "End-stage cancer", "same"),
    ("Stomach cancer, inoperable", "Unresectable gastric cancer", "same"),
    ("Fatty lump", "Lipoma", "same"),
    ("Cancer of the blood", "Multiple myeloma", "refined"),
    ("Pre-cancer of the cervix", "CIN 3", "refined"),
    ("Polyp in the bowel", "Colonic polyp", "refined"),
    ("Early bowel cancer", "Stage 1 colon cancer", "refined"),
    ("node positive colon cancer", "colon adenocarcinoma, 3 of 15 lymph nodes positive",
     "refined"),
])
def test_a_cancer_in_a_familys_words(a: str, b: str, status: str) -> None:
    assert diagnosis_statuses(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b"), [
    # another grade, another spread, another stage, a new cancer: still apart
    ("Slow growing prostate cancer", "High-grade prostate cancer"),
    ("Node-positive breast cancer", "Node-negative breast cancer"),
    ("Early bowel cancer", "Stage 4 colon cancer"),
    ("Early breast cancer", "Stage 1 lung cancer"),
    ("Cancer has come back", "New cancer"),
])
def test_what_stays_apart(a: str, b: str) -> None:
    assert diagnosis_statuses(a, b) == ("different", "different")


def test_the_terminal_ileum_is_no_end_stage() -> None:
    # Crohn's disease of the last part of the small bowel keeps its word
    assert diagnosis_statuses("Terminal ileal Crohn's disease",
                              "End stage Crohn's disease") == ("different", "different")


def test_a_fast_track_referral_is_the_two_week_wait() -> None:
    assert main_plans("Fast-track referral", "2WW referral").status == "same"
    assert main_plans("Urgent cancer referral", "Two week wait referral").status == "same"


@pytest.mark.parametrize(("a", "b", "status"), [
    # Spanish: spread to the glands, node involvement; a stroke and its bleeds; sleep apnoea
    ("Cáncer de mama que se ha extendido a los ganglios", "Node-positive breast cancer",
     "same"),
    ("Cáncer de mama con afectación ganglionar", "Breast cancer with lymph node metastases",
     "same"),
    ("Stroke", "Intracerebral haemorrhage", "refined"),
    ("Derrame cerebral", "Hemorragia intracerebral", "refined"),
    ("Stroke", "Subarachnoid haemorrhage", "refined"),
    ("Apnea del sueño", "SAOS", "refined"),
    # a bleed under the brain's covering is no stroke
    ("Stroke", "Subdural haematoma", "different"),
])
def test_in_spanish_and_a_strokes_kinds(a: str, b: str, status: str) -> None:
    assert diagnosis_statuses(a, b) == (status, status)
