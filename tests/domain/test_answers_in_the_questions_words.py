# SPDX-License-Identifier: GPL-3.0-or-later
"""Answers that say the question's own words again (7 December, fourteenth session). To "Does
he need surgery?", "Yes" against "Surgery recommended" or "An operation is needed" had
differed, and "No" against them was no yes against a no; so were "Avoid flying" to "Is it safe
to fly?", "Localised" to "Has it spread?" and "Chemotherapy not needed" to "Does he need
chemo?". "Every 6 months" against "Twice a year" differed by a day's rounding."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.compare import MAJOR
from tests.domain.two_doctors import answers


@pytest.mark.parametrize(("question", "a", "b"), [
    ("Does he need surgery?", "Yes", "Surgery recommended"),
    ("Does he need surgery?", "Yes", "An operation is needed"),
    ("Does he need chemo?", "No", "Chemotherapy not needed"),
    ("Does he need chemo?", "Yes", "Chemo recommended"),
    ("Has it spread?", "No", "Localised"),
    ("Is it contagious?", "No", "Not infectious"),
    ("Is it hereditary?", "No", "Not inherited"),
    ("Is it curable?", "Yes", "It can be cured"),
    ("Is it safe to fly?", "Yes", "Fine to fly"),
    ("Is it safe to fly?", "No", "Avoid flying"),
    ("Should he stop smoking?", "Yes", "Must stop"),
    ("Will it come back?", "Unlikely", "Low chance"),
    ("How often are check-ups?", "Every 6 months", "Twice a year"),
    ("¿Necesita cirugía?", "Sí", "Cirugía recomendada"),
])
def test_the_questions_words_said_again_are_its_yes_or_no(question: str, a: str,
                                                           b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert answers(question, x, y).status == "same", (x, y)


@pytest.mark.parametrize(("question", "a", "b"), [
    ("Does he need surgery?", "No", "Surgery recommended"),
    ("Does he need surgery?", "No", "An operation is needed"),
    ("Is it safe to fly?", "Yes", "Avoid flying"),
    ("Should she have chemo?", "Yes", "Chemo not advised"),
    ("Has it spread?", "No", "Spread to lymph nodes"),
    ("Has it spread?", "Yes", "Not spread"),
    ("Can he drive?", "Yes", "Avoid driving for 6 weeks"),  # a yes against a no for now
    ("¿Necesita cirugía?", "No", "Cirugía recomendada"),
])
def test_a_yes_against_such_a_no_is_a_major_difference(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert (point.status, point.severity) == ("different", MAJOR), (x, y)


@pytest.mark.parametrize(("question", "a", "b"), [
    ("Has it spread?", "Yes", "Spread to the liver"),
    ("Does he need a biopsy?", "Yes", "Biopsy in 2 weeks"),
    ("Is it serious?", "No", "Not life threatening"),
])
def test_a_yes_or_no_and_more_is_said_more_exactly(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert answers(question, x, y).status == "refined", (x, y)


@pytest.mark.parametrize(("question", "a", "b"), [
    ("Does he need surgery?", "No", "Not at this stage"),  # a no for now
    ("Does he need surgery?", "Yes", "Surgery only if it grows"),  # put off
    ("Does he need surgery?", "Yes", "Physio first, surgery later"),
    ("Is it curable?", "Yes", "Treatable"),  # not the word asked about
    ("Is it cancer?", "Yes", "Suspected breast cancer"),  # a doubt
    ("Will he need a stent?", "No", "Bypass surgery"),
])
def test_answers_put_off_unsure_or_in_other_words_still_differ_less(question: str, a: str,
                                                                    b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert (point.status, point.severity) == ("different", "minor"), (x, y)


@pytest.mark.parametrize(("question", "a", "b"), [
    # a growth or a worsening against none (fourteenth session): "Not stable" to "Has it
    # grown?" had been a no, against a plain "Yes" a major difference
    ("Has it grown?", "No", "Stable"),
    ("Has it grown?", "Yes", "Not stable"),
    ("Has it got bigger?", "No", "Unchanged"),
    ("Is it getting worse?", "No", "Improving"),
    ("Is it stable?", "Yes", "Not growing"),
    ("Is it permanent?", "No", "Temporary"),
])
def test_the_opposite_of_the_questions_word(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert answers(question, x, y).status == "same", (x, y)


def test_a_no_against_a_growth_denied_otherwise_is_a_major_difference() -> None:
    for x, y in (("No", "Not stable"), ("Not stable", "No")):
        point = answers("Has it grown?", x, y)
        assert (point.status, point.severity) == ("different", MAJOR)


@pytest.mark.parametrize(("question", "b"), [
    # nothing stands in the way (fourteenth session): each had been read as a no, against a
    # plain "Yes" a major difference
    ("Can I fly?", "No problem"),
    ("Can I fly?", "Not a problem"),
    ("Can I fly?", "No reason why not"),
    ("Can I fly?", "I don't see why not"),
    ("Can I exercise?", "No restrictions"),
    ("¿Puedo viajar?", "Ningún problema"),
])
def test_nothing_in_the_way_is_a_yes_to_may_i(question: str, b: str) -> None:
    yes = "Sí" if question.startswith("¿") else "Yes"
    for x, y in ((yes, b), (b, yes)):
        assert answers(question, x, y).status == "same", (x, y)
    point = answers(question, "No", b)
    assert (point.status, point.severity) == ("different", MAJOR)


def test_no_problem_is_a_no_to_a_question_that_is_no_permission() -> None:
    assert answers("Is there a problem with the scan?", "No", "No problem").status == "same"
    assert answers("Can I fly?", "Yes", "No problem, but not for 2 weeks").severity != MAJOR


@pytest.mark.parametrize(("question", "a", "b"), [
    # to a question of when, "in" a time is when, not a yes put off (fourteenth session)
    ("When is the next scan?", "In 3 months", "3 months"),
    ("When can I drive?", "In 6 weeks", "After 6 weeks"),
    ("When can I drive?", "Not for 6 weeks", "In 6 weeks"),
])
def test_a_time_to_a_question_of_when(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert answers(question, x, y).status == "same", (x, y)
    assert answers(question, a, "In 6 months").status == "different"


@pytest.mark.parametrize(("question", "a", "b"), [
    # going on against stopping (fourteenth session): "Don't stop it" and "Continue aspirin" to
    # "Should I stop the aspirin?" had been read as yes, against a plain "No" a major difference
    ("Should I stop the aspirin?", "No", "Don't stop it"),
    ("Should I stop the aspirin?", "No", "Keep taking it"),
    ("Should I stop the aspirin?", "No", "Continue aspirin"),
    ("Can I stop the aspirin?", "No", "Carry on taking it"),
    ("Should he keep taking metformin?", "Yes", "Don't stop it"),
    ("Should he keep taking metformin?", "No", "Stop it"),
    ("Should I stop the aspirin?", "Yes", "Don't continue it"),
])
def test_going_on_against_stopping(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert answers(question, x, y).status == "same", (x, y)


@pytest.mark.parametrize(("a", "b"), [("Yes", "Continue aspirin"), ("Yes", "Don't stop it"),
                                      ("No", "Stop it")])
def test_a_yes_against_going_on_is_a_major_difference(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers("Should I stop the aspirin?", x, y)
        assert (point.status, point.severity) == ("different", MAJOR), (x, y)


@pytest.mark.parametrize(("question", "a", "b"), [
    # the question's word said again with a judgement of it is no yes nor no: none of these is
    # a yes against a no (the first reading of this session had made each a major difference)
    ("Does he need surgery?", "No", "Surgery is an option"),
    ("Does he need surgery?", "No", "Surgery as a last resort"),
    ("Does he need surgery?", "No", "Surgery would be risky"),
    ("Does he need surgery?", "Yes", "Surgery would not help"),
    ("Does he need chemo?", "No", "Chemo is optional"),
    ("Is it safe to fly?", "No", "Fly with compression socks"),
    ("Has it spread?", "No", "Spread is unlikely"),
    ("Can he drive?", "No", "Driving depends on the DVLA"),
])
def test_a_judgement_of_the_thing_is_no_yes_nor_no(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert (point.status, point.severity) == ("different", "minor"), (x, y)


@pytest.mark.parametrize(("question", "a", "b"), [
    ("Can he drive?", "No", "Driving is fine"),
    ("Can he drive?", "Yes", "Driving is not allowed"),
])
def test_a_plain_judgement_of_yes_or_no_still_counts(question: str, a: str, b: str) -> None:
    point = answers(question, a, b)
    assert (point.status, point.severity) == ("different", MAJOR)


@pytest.mark.parametrize(("question", "a", "b"), [
    # a no that denies something else than what was asked, and not knowing (fourteenth
    # session): each had been a no, against a plain "Yes" a major difference
    ("Does he need surgery?", "Yes", "No spread"),
    ("Has it spread?", "Yes", "No surgery needed"),
    ("Is it cancer?", "Yes", "Not sure"),
    ("Does he need chemo?", "Yes", "Don't know"),
    ("Will it come back?", "Yes", "Not serious"),
])
def test_no_of_something_else_or_not_knowing_is_no_no(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert (point.status, point.severity) == ("different", "minor"), (x, y)


@pytest.mark.parametrize(("question", "b"), [
    ("Does he need surgery?", "No, surgery isn't necessary"),
    ("Does he need surgery?", "Not needed"),
    ("Does he need surgery?", "Not at the moment"),
    ("Has it spread?", "No spread"),
])
def test_a_no_of_the_thing_asked_still_says_no(question: str, b: str) -> None:
    point = answers(question, "Yes", b)
    assert (point.status, point.severity) == ("different", MAJOR)


def test_a_rank_asked_about_is_not_said_by_the_rest_of_the_words() -> None:
    # "Surgery is an option" to "Is surgery the best option?" had read as a yes
    assert answers("Is surgery the best option?", "Yes", "Surgery is an option").status == (
        "different")
    assert answers("Is surgery the best option?", "Yes",
                   "Surgery is the best option").status == "same"
