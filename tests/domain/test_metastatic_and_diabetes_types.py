# SPDX-License-Identifier: GPL-3.0-or-later
"""A cancer that has spread, said before or after its name, in English or Spanish, and diabetes
by its type in shorthand: one diagnosis however written. "Cáncer de páncreas metastásico"
against "metastatic pancreatic cancer", "pancreatic cancer with metastases" against
"metastatic pancreatic cancer" and "T1 diabetes" against "type 1 diabetes" had read as two
diagnoses; which cancer spread where still tells two apart."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import diagnoses, read_apart, read_as_one

SPREAD = ("metastatic pancreatic cancer", "pancreatic cancer with metastases",
          "pancreatic cancer, metastatic", "cáncer de páncreas metastásico",
          "cáncer de páncreas con metástasis", "metastatic cancer of the pancreas")
TYPE_1 = ("type 1 diabetes", "T1 diabetes", "T1DM", "type I diabetes", "diabetes tipo 1",
          "T1D")
TYPE_2 = ("type 2 diabetes", "T2 diabetes", "T2DM", "type II diabetes", "diabetes tipo 2",
          "T2D")


@pytest.mark.parametrize("ways", [SPREAD, TYPE_1, TYPE_2])
def test_one_diagnosis_written_many_ways_is_the_same(ways: tuple[str, ...]) -> None:
    assert not read_apart(ways, diagnoses)


def test_the_two_types_of_diabetes_never_read_as_one() -> None:
    assert not read_as_one(TYPE_1, TYPE_2, diagnoses)


@pytest.mark.parametrize(("more", "less"), [
    ("breast cancer metastatic to bone", "metastatic breast cancer"),
    ("breast cancer with bone metastases", "metastatic breast cancer"),
    ("cáncer de próstata con metástasis óseas", "metastatic prostate cancer"),
])
def test_where_it_spread_makes_the_diagnosis_more_exact(more: str, less: str) -> None:
    assert diagnoses(more, less).status == diagnoses(less, more).status == "refined"


@pytest.mark.parametrize(("a", "b"), [
    ("lung cancer metastatic to bone", "bone cancer metastatic to lung"),
    ("lung cancer metastatic to bone", "metastatic bone cancer"),
    ("breast cancer with liver metastases", "breast cancer with bone metastases"),
    ("pancreatic cancer with metastases", "pancreatic cancer without metastases"),
    ("metastatic breast cancer", "breast cancer"),
])
def test_which_cancer_spread_where_tells_two_apart(a: str, b: str) -> None:
    assert diagnoses(a, b).status == diagnoses(b, a).status == "different"


@pytest.mark.parametrize(("a", "b", "status"), [
    # a family's words for the spread (6 December, second session)
    ("bowel cancer that has spread to the liver", "bowel cancer with liver metastases", "same"),
    ("bowel cancer has spread to the liver", "colorectal ca with liver mets", "same"),
    ("breast cancer, spread to the bones", "breast cancer with bone metastases", "same"),
    ("breast cancer that has spread to the liver and lungs",
     "breast cancer with liver and lung metastases", "same"),
    ("the cancer has spread", "metastatic cancer", "same"),
    ("cancer has spread", "cancer has spread to liver and bones", "refined"),
    ("the cancer has not spread", "cancer has spread to the liver", "different"),
    # stage IV of these cancers is their spread (AJCC: M1), and says its stage too
    ("stage 4 bowel cancer", "metastatic colorectal cancer", "refined"),
    ("stage IV breast cancer", "metastatic breast cancer", "refined"),
    ("breast cancer stage 4", "metastatic breast cancer", "refined"),
    ("stage 3 bowel cancer", "metastatic bowel cancer", "different"),
    ("stage IV breast cancer", "stage IV lung cancer", "different"),
    # a stage IV prostate cancer may be nodes near it with no spread
    ("stage IV prostate cancer", "metastatic prostate cancer", "different"),
    ("lung cancer", "stage IV non-small cell lung cancer", "refined"),
    # the stage on one side, where it has spread on the other: each more exact (seventh
    # session: it had differed)
    ("stage 4 lung cancer", "lung cancer with brain metastases", "refined"),
    ("stage IV NSCLC", "NSCLC with brain mets", "refined"),
    ("stage 4 bowel cancer", "bowel cancer that has spread to the liver", "refined"),
    ("stage 3 lung cancer", "lung cancer with brain metastases", "different"),
    ("stage 4 prostate cancer", "prostate cancer with bone metastases", "different"),
    ("stage 4 lung cancer", "lung cancer with liver metastases and pneumonia", "different"),
])
def test_spread_said_in_everyday_words_or_by_its_stage(a: str, b: str, status: str) -> None:
    assert diagnoses(a, b).status == diagnoses(b, a).status == status
