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
