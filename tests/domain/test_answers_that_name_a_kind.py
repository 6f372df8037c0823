# SPDX-License-Identifier: GPL-3.0-or-later
"""Answers that name a kind of what was asked about (7 December, fourteenth session): to "Does
he have diabetes?", "Yes" against "Type 2 diabetes" had been two answers that differ, and "No"
against "Type 2 diabetes" no yes against a no. A kind named as surely as the thing is a yes, and
one doctor naming the kind says more than the other's yes; a kind said with a doubt, a past or
a risk ("suspected", "history of", "borderline") is no yes."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.answer_match import kind_named, said_of_the_thing
from secondop_desktop.domain.compare import MAJOR
from tests.domain.two_doctors import answers


@pytest.mark.parametrize(("question", "a", "b"), [
    ("Does he have diabetes?", "Yes", "Type 2 diabetes"),
    ("Does he have diabetes?", "Diabetes", "Type 2 diabetes"),
    ("Does Mum have arthritis?", "Yes", "Rheumatoid arthritis"),
    ("Is it cancer?", "Yes", "Breast cancer"),
    ("Is it cancer?", "Yes, I'm afraid so", "Breast cancer"),
    ("Is it cancer?", "Yes", "Metastatic breast cancer"),
    ("Is it cancer?", "Breast cancer", "Stage 2 breast cancer"),
    ("Is the lump malignant?", "Yes", "Breast cancer"),
    ("Is it a tumour?", "Yes", "Benign tumour"),
    ("¿Es cáncer?", "Sí", "Cáncer de mama"),
])
def test_a_yes_and_the_kind_named_is_said_more_exactly(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert point.status == "refined" and point.severity != MAJOR, (x, y)


@pytest.mark.parametrize(("question", "a", "b"), [
    ("Does he have diabetes?", "No", "Type 2 diabetes"),
    ("Is it cancer?", "No", "Breast cancer"),
    ("Is the lump malignant?", "No", "Metastatic melanoma"),
    ("Does she have arthritis?", "No", "Osteoarthritis of the knee"),
])
def test_a_no_against_a_kind_named_is_a_major_difference(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert point.status == "different" and point.severity == MAJOR, (x, y)


def test_one_kind_in_other_words_is_the_same_answer() -> None:
    for x, y in (("Type 2 diabetes", "T2DM"), ("T2DM", "Type 2 diabetes")):
        assert answers("Does he have diabetes?", x, y).status == "same"


@pytest.mark.parametrize(("question", "a", "b"), [
    ("Does he have diabetes?", "Type 1 diabetes", "Type 2 diabetes"),  # two kinds
    ("Does he have diabetes?", "Yes", "Pre-diabetes"),  # not yet diabetes
    ("Does he have diabetes?", "No", "Borderline diabetes"),
    ("Is it cancer?", "Yes", "Suspected breast cancer"),  # a doubt, not a yes
    ("Is it cancer?", "Yes", "History of breast cancer"),  # a past cancer
    ("Is it serious?", "Yes", "Breast cancer"),  # not what was asked about
])
def test_kinds_said_unsurely_or_apart_still_differ_with_no_yes_against_no(
        question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert point.status == "different" and point.severity != MAJOR, (x, y)


def test_the_kind_is_read_only_where_the_question_asks_whether_it_is_the_thing() -> None:
    assert kind_named("Does he have diabetes?", "Type 2 diabetes.") == "Type 2 diabetes"
    assert kind_named("Does he have diabetes?", "Diabetes") == ""  # the thing itself
    assert said_of_the_thing("Does he have diabetes?", "Diabetes") == "yes"
    assert said_of_the_thing("Does he have diabetes?", "Not type 1") is None  # no no
    assert kind_named("What should he eat?", "Type 2 diabetes") == ""
    assert said_of_the_thing("What should he eat?", "Type 2 diabetes") is None


@pytest.mark.parametrize(("question", "a", "b", "asked"), [
    ("Does he have diabetes?", "Yes", "Type 2 diabetes",
     "Ask Dr Lee whether they agree with Dr Kim, who answered “Type 2 diabetes” to “Does he "
     "have diabetes?”."),
    ("Has it spread?", "Yes", "Spread to the liver",
     "Ask Dr Lee whether they agree with Dr Kim, who answered “Spread to the liver” to “Has it "
     "spread?”."),
    ("Can I drive?", "Yes, with care", "Yes",
     "Ask Dr Kim whether they agree with Dr Lee, who answered “Yes, with care” to “Can I "
     "drive?”."),
])
def test_an_answer_said_more_asks_the_other_doctor_about_it(question: str, a: str, b: str,
                                                            asked: str) -> None:
    point = answers(question, a, b)
    assert point.status == "refined"
    assert point.question == asked


def test_an_answer_said_more_asked_in_spanish() -> None:
    from secondop_desktop import i18n

    with i18n.using("es"):
        point = answers("¿Tiene diabetes?", "Sí", "Diabetes tipo 2")
    assert point.question == ("Pregúntele al Dr Lee si está de acuerdo con el Dr Kim, que "
                              "respondió «Diabetes tipo 2» a «¿Tiene diabetes?».")
