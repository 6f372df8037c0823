# SPDX-License-Identifier: GPL-3.0-or-later
"""Reassurance in the words doctors and families use (7 December, fourteenth session):
"Nothing sinister" against "Benign" was a major difference ("would the doctors review the case
together?"), as were "Nothing serious" and "Nothing to worry about". "Nothing sinister" says no
cancer; "nothing serious", "nothing to worry about" say what was found is harmless."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.compare import MAJOR
from tests.domain.two_doctors import answers, diagnoses


@pytest.mark.parametrize(("a", "b"), [
    ("Nothing sinister", "Benign"),
    ("Nothing sinister found", "Not cancer"),
    ("Nothing serious", "Benign"),
    ("It's nothing to worry about", "Benign"),
    ("Nada grave", "Benigno"),
    ("No es nada maligno", "Benigno"),
])
def test_reassurance_in_other_words_is_the_same_diagnosis(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert diagnoses(x, y).status == "same", (x, y)


@pytest.mark.parametrize(("a", "b"), [
    ("Nothing to worry about", "Benign cyst"),
    ("It's nothing serious", "Benign lump"),
])
def test_the_harmless_thing_named_says_more(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert diagnoses(x, y).status == "refined", (x, y)


@pytest.mark.parametrize(("a", "b"), [
    ("Nothing sinister", "Lung cancer"),
    ("Nothing serious", "Breast cancer"),
    ("Nada grave", "Cáncer de pulmón"),
])
def test_reassurance_against_a_cancer_still_differs(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert diagnoses(x, y).status == "different", (x, y)


@pytest.mark.parametrize(("question", "a", "b", "status"), [
    ("Is it cancer?", "No", "Nothing sinister", "same"),
    ("Is it cancer?", "No", "Nothing to worry about", "same"),
    ("Is it serious?", "No", "Nothing serious", "same"),
    ("¿Es grave?", "No", "Nada grave", "same"),
    ("Is it cancer?", "Yes", "Nothing sinister", "different"),
    ("Is it serious?", "Yes", "Nothing serious", "different"),
])
def test_reassurance_as_an_answer_is_a_no(question: str, a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert point.status == status, (x, y)
        assert (point.severity == MAJOR) == (status == "different")
