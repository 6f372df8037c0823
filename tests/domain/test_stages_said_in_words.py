# SPDX-License-Identifier: GPL-3.0-or-later
"""A cancer's stage said in words, and one illness at two stages (7 December, fourteenth
session). "Early stage breast cancer" against "Stage 1 breast cancer" had been a major
difference asking how each doctor reached the diagnosis; two stages of one illness asked the
same, and were quoted "Stage 1 breast" against "Stage 4 breast"."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.compare import MAJOR, compare_opinions
from secondop_desktop.domain.model import Case, Diagnosis, Opinion, Physician
from tests.domain.two_doctors import diagnoses

_STAGE_QUESTION = "how did you decide the stage or grade"


@pytest.mark.parametrize(("a", "b"), [
    ("Early stage breast cancer", "Stage 1 breast cancer"),
    ("Early breast cancer", "Stage 2A breast cancer"),
    ("Advanced breast cancer", "Stage 4 breast cancer"),
    ("Locally advanced breast cancer", "Stage 3 breast cancer"),
    ("Late stage bowel cancer", "Stage IV bowel cancer"),
])
def test_a_stage_in_words_is_said_more_exactly_by_a_stage_it_covers(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert diagnoses(x, y).status == "refined", (x, y)


@pytest.mark.parametrize(("a", "b"), [
    ("Early breast cancer", "Stage 4 breast cancer"),
    ("Locally advanced breast cancer", "Stage 4 breast cancer"),
])
def test_a_stage_the_words_do_not_cover_is_a_major_difference_about_the_stage(
        a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = diagnoses(x, y)
        assert (point.status, point.severity) == ("different", MAJOR), (x, y)
        assert _STAGE_QUESTION in point.question


@pytest.mark.parametrize(("a", "b"), [
    ("Early stage lung cancer", "Stage 1 breast cancer"),  # another cancer
    ("Early pregnancy", "Pregnancy 8 weeks"),  # no cancer's stage
    ("Advanced osteoarthritis", "Stage 4 osteoarthritis"),
])
def test_stage_words_elsewhere_are_read_as_before(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert diagnoses(x, y).status == "different", (x, y)
        assert _STAGE_QUESTION not in diagnoses(x, y).question


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Stage 1 breast cancer", "Stage 4 breast cancer", "Dr Lee wrote Stage 1, Dr Kim Stage 4"),
    ("Stage 3 CKD", "CKD stage 4", "Dr Lee wrote Stage 3, Dr Kim stage 4"),
    ("Grade 2 ductal carcinoma", "Grade 3 ductal carcinoma",
     "Dr Lee wrote Grade 2, Dr Kim Grade 3"),
    ("Gleason 6 prostate cancer", "Gleason 8 prostate cancer",
     "Dr Lee wrote Gleason 6, Dr Kim Gleason 8"),
])
def test_one_illness_at_two_stages_asks_about_the_stage(a: str, b: str, detail: str) -> None:
    point = diagnoses(a, b)
    assert (point.status, point.severity) == ("different", MAJOR)
    assert point.detail == detail
    assert _STAGE_QUESTION in point.question


def test_two_illnesses_at_two_stages_ask_about_the_diagnosis() -> None:
    point = diagnoses("Stage 1 breast cancer", "Stage 4 lung cancer")
    assert _STAGE_QUESTION not in point.question
    assert "how did you reach this diagnosis" in point.question


@pytest.mark.parametrize(("a", "b", "status"), [
    # the diagnosis's stage field (fourteenth session): each had been a major difference
    ("Stage 2", "II", "same"),
    ("3", "Stage III", "same"),
    ("2a", "Stage IIA", "same"),
    ("Early", "Stage 1", "refined"),
    ("Advanced", "Stage 4", "refined"),
    ("Locally advanced", "Stage 3", "refined"),
    # ... and these still are
    ("Early", "Stage 4", "different"),
    ("Stage 2", "Stage 3", "different"),
])
def test_the_stage_field_as_written(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        lee = Opinion(physician=Physician(name="Dr Lee"),
                      diagnosis=Diagnosis(text="Breast cancer", stage=x))
        kim = Opinion(physician=Physician(name="Dr Kim"),
                      diagnosis=Diagnosis(text="Breast cancer", stage=y))
        point = compare_opinions(Case(title="t", opinions=[lee, kim]), lee.id, kim.id).point(
            "stage")
        assert point is not None and point.status == status, (x, y)
        assert (point.severity == MAJOR) == (status == "different")
