# SPDX-License-Identifier: GPL-3.0-or-later
"""Answers to "Is it cancer?" as doctors give them and families note them (7 December,
thirteenth session): "No" against "Benign" had differed, "Yes" against "Benign" was no yes
against a no, and "Unlikely" against "Probably not" differed (a likely yes or no stays
neither, as tests/domain/test_compare_trust.py has it)."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.compare import MAJOR
from tests.domain.two_doctors import answers


@pytest.mark.parametrize(("question", "a", "b"), [
    ("Is it cancer?", "No", "Benign"),
    ("Is it cancer?", "No", "Not malignant"),
    ("Is it cancer?", "No", "No, benign"),
    ("Is the lump cancer?", "No", "It's benign"),
    ("Is it cancer?", "Yes", "Malignant"),
    ("¿Es cáncer?", "No", "Benigno"),
    ("Does he have diabetes?", "No", "Not diabetic"),
    ("Is it cancer?", "Unlikely", "Probably not"),
    ("Will it come back?", "Possibly", "It might"),
])
def test_one_answer_in_two_ways(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert answers(question, x, y).status == "same"


@pytest.mark.parametrize(("question", "a", "b"), [
    ("Is it cancer?", "Yes", "Benign"),
    ("Is it cancer?", "No", "Cancer"),
    ("¿Es cáncer?", "Sí", "Benigno"),
])
def test_a_yes_against_a_no_however_said_is_a_major_difference(question: str, a: str,
                                                                b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert point.status == "different" and point.severity == MAJOR


@pytest.mark.parametrize(("question", "a", "b"), [
    ("Is it cancer?", "No", "Probably not"),  # one less sure
    # a likely yes or no is neither (tests/domain/test_compare_trust.py)
    ("Is it cancer?", "Yes", "Probably not"),
    ("Is it cancer?", "No", "Probably"),
    ("Is it cancer?", "No", "A tumour"),  # a tumour is not said to be a cancer
    ("Do I need surgery?", "No", "Not at the moment"),
])
def test_answers_that_still_differ_less(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert point.status == "different" and point.severity != MAJOR


@pytest.mark.parametrize(("question", "a", "b", "status"), [
    # asked the other way round (fourteenth session): "Not cancer" opens with a no, and to "Is
    # it benign?" it is a yes; "Yes" against it had been a major difference, "No" refined
    ("Is it benign?", "Yes", "Not cancer", "same"),
    ("Is the lump benign?", "Yes", "Nothing sinister", "same"),
    ("Is it benign?", "No", "Cancer", "same"),
    ("Is it benign?", "No", "Not cancer", "different"),
    ("Is it benign?", "Yes", "Malignant", "different"),
    # "Not benign" to "Is it cancer?" is a yes (it had been read as benign)
    ("Is it cancer?", "Yes", "Not benign", "same"),
    ("Is it cancer?", "No", "Not benign", "different"),
])
def test_a_question_asked_the_other_way_round(question: str, a: str, b: str,
                                              status: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert point.status == status, (x, y)
        assert (point.severity == MAJOR) == (status == "different"), (x, y)


def test_a_maybe_asked_the_other_way_round_is_no_no() -> None:
    point = answers("Is it benign?", "No", "Possible cancer")
    assert point.status == "different" and point.severity != MAJOR


@pytest.mark.parametrize(("question", "a", "b"), [
    # the thing's opposite, denied or said (fourteenth session): each "not" had been read as a
    # no, against a plain "Yes" a major difference
    ("Is it normal?", "Yes", "Not abnormal"),
    ("Is the result normal?", "Yes", "Nothing abnormal"),
    ("Is it normal?", "No", "Abnormal"),
    ("Is it safe?", "Yes", "Not dangerous"),
    ("Is it dangerous?", "No", "Safe"),
    ("Is it dangerous?", "Yes", "Not safe"),
    ("Is the test positive?", "No", "Negative"),
    ("Is the test negative?", "Yes", "Not positive"),
    ("¿Es normal?", "Sí", "No es anormal"),
])
def test_the_opposite_of_the_thing_asked_about(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert answers(question, x, y).status == "same", (x, y)


@pytest.mark.parametrize(("question", "a", "b"), [
    ("Is it normal?", "No", "Not abnormal"),
    ("Is it safe?", "No", "Not dangerous"),
    ("Is the test positive?", "Yes", "Negative"),
])
def test_a_yes_against_the_opposite_denied_is_a_major_difference(question: str, a: str,
                                                                  b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert (point.status, point.severity) == ("different", MAJOR), (x, y)
