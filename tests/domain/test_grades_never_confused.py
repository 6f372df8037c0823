# SPDX-License-Identifier: GPL-3.0-or-later
"""How bad, how long, how far, which type, how sure: a diagnosis's grade said every way
against every other grade, none read as the same diagnosis. "Moderately severe" (a grade of
its own between moderate and severe, as depression scores are graded) had read as severe made
more exact."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import diagnoses, read_as_one

GRADES: list[tuple[str, dict[str, tuple[str, ...]]]] = [
    ("{} asthma", {"mild": ("mild", "leve", "mild persistent"),
                   "moderate": ("moderate", "moderada"),
                   "moderately severe": ("moderately severe", "moderadamente grave"),
                   "severe": ("severe", "grave", "severa")}),
    ("{} kidney injury", {"acute": ("acute", "aguda", "sudden"),
                          "chronic": ("chronic", "crónica", "long-term", "longstanding")}),
    ("Breast cancer {}", {"1": ("stage 1", "stage I", "stage one", "estadio I"),
                          "2": ("stage 2", "stage II", "stage two", "estadio II"),
                          "3": ("stage 3", "stage III", "stage three", "estadio III"),
                          "4": ("stage 4", "stage IV", "stage four", "estadio IV", "metastatic")}),
    ("{} diabetes", {"type 1": ("type 1", "type I", "type one", "tipo 1", "insulin-dependent"),
                     "type 2": ("type 2", "type II", "type two", "tipo 2", "adult-onset")}),
    ("{} tumour of the kidney", {"benign": ("benign", "benigno", "non-cancerous"),
                                 "malignant": ("malignant", "maligno", "cancerous")}),
    ("{} pneumonia", {"confirmed": ("confirmed", "definite", "proven"),
                      "suspected": ("suspected", "possible", "query", "?", "probable",
                                    "sospecha de"),
                      "excluded": ("no", "ruled out", "excluded", "not")}),
    ("Grade {} astrocytoma", {"1": ("1", "I", "one"), "2": ("2", "II", "two"),
                              "3": ("3", "III", "three"), "4": ("4", "IV", "four")}),
]


@pytest.mark.parametrize(("said", "one", "other"), [
    (said, one, other) for said, grades in GRADES
    for i, one in enumerate(grades) for other in list(grades)[i + 1:]])
def test_two_grades_never_read_as_one(said: str, one: str, other: str) -> None:
    grades = dict(GRADES)[said]
    assert not read_as_one(grades[one], grades[other],
                           lambda a, b: diagnoses(said.format(a), said.format(b)))
