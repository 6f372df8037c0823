# SPDX-License-Identifier: GPL-3.0-or-later
"""One plan at another time from now says how soon each doctor said it.

"Repeat MRI in 3 months" against "repeat MRI in 6 months" differed with no line to say what
differs; the row now says "how soon: Dr Lee wrote in 3 months, Dr Kim in 6 months", and its
question asks which is meant."""

from __future__ import annotations

import pytest

from secondop_desktop import i18n
from secondop_desktop.domain import units
from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.model import Case, Opinion, Physician
from tests.domain.two_doctors import answers, main_plans, next_steps


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Repeat MRI in 3 months", "Repeat MRI in 6 months",
     "how soon: Dr Lee wrote in 3 months, Dr Kim in 6 months"),
    ("Review in 2 weeks", "Review in 6 weeks",
     "how soon: Dr Lee wrote in 2 weeks, Dr Kim in 6 weeks"),
    ("Bloods within 48 hours", "Bloods after 48 hours",
     "how soon: Dr Lee wrote within 48 hours, Dr Kim after 48 hours"),
    ("Repeat MRI in 3 months", "Repeat MRI of the right knee in 6 months",
     "how soon: Dr Lee wrote in 3 months, Dr Kim in 6 months"),
])
def test_the_same_plan_at_another_time_says_how_soon(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b)
    assert (point.status, point.detail) == ("different", detail)


def test_the_question_asks_which_time_is_meant() -> None:
    point = main_plans("Repeat MRI in 3 months", "Repeat MRI in 6 months")
    assert "how soon: Dr Lee wrote in 3 months, Dr Kim in 6 months" in point.question


@pytest.mark.parametrize(("a", "b"), [
    ("Repeat MRI in 3 months", "Repeat CT in 6 months"),  # another test as well
    ("Physio for 6 weeks", "Physio for 12 weeks"),  # how long, said so already
])
def test_no_how_soon_where_something_else_differs(a: str, b: str) -> None:
    assert not main_plans(a, b).detail.startswith("how soon")


def test_the_same_span_in_other_words_is_no_difference() -> None:
    assert units.when_difference("review in 6 weeks", "review in a month and a half") is None
    assert units.when_difference("review in 2 weeks", "review within 2 weeks") is None
    assert units.when_difference("review in 2 weeks", "review in 2 weeks, then in 6") is None


def test_the_next_steps_say_how_soon_too() -> None:
    lee = Opinion(physician=Physician(name="Dr Ann Lee"), follow_up="Review in 2 weeks")
    kim = Opinion(physician=Physician(name="Dr Bo Kim"), follow_up="Review in 6 weeks")
    result = compare_opinions(Case(title="Knee", opinions=[lee, kim]), lee.id, kim.id)
    point = result.point("follow_up")
    assert point is not None and point.status == "different"
    assert point.detail == "how soon: Dr Lee wrote in 2 weeks, Dr Kim in 6 weeks"


def test_how_soon_in_spanish() -> None:
    with i18n.using("es"):
        found = units.when_difference("repetir resonancia en 3 meses", "Repeat MRI in 6 months")
        assert found is not None
        assert found.words("la Dra. Ruiz", "el Dr. Paz") == (
            "cuándo: la Dra. Ruiz escribió dentro de 3 meses; el Dr. Paz, dentro de 6 meses")


@pytest.mark.parametrize(("a", "b", "status"), [
    # a next step in other words had differed word for word (11th session): a line is read
    # as a plan is
    ("physio referral", "refer to physiotherapy", "same"),
    ("review in 6 weeks", "see you in a month and a half", "same"),
    ("see you in 6 weeks", "come back in 6 weeks", "same"),
    ("follow up with cardiology", "cardiology follow up", "same"),
    # and another step or another time still differs
    ("review in 6 weeks", "review in 3 months", "different"),
    ("no follow up needed", "follow up needed", "different"),
    ("review if worse", "review in 2 weeks", "different"),
])
def test_next_steps_in_other_words(a: str, b: str, status: str) -> None:
    assert next_steps(a, b).status == status
    assert next_steps(b, a).status == status
    if status == "same":
        assert next_steps(a, b).wording_only


@pytest.mark.parametrize(("question", "a", "b", "detail"), [
    # an answer that is a time alone says how soon or how long each said (11th session)
    ("Can I drive?", "after 6 weeks", "after 3 months",
     "how soon: Dr Lee wrote after 6 weeks, Dr Kim after 3 months"),
    ("When can I drive?", "Yes, after 6 weeks", "Yes, after 3 months",
     "how soon: Dr Lee wrote after 6 weeks, Dr Kim after 3 months"),
    ("How long off work?", "for 6 weeks", "for 12 weeks",
     "how long: Dr Lee wrote 6 weeks, Dr Kim 12 weeks"),
    # something else differs as well: no such line
    ("Can I drive?", "Yes, after 6 weeks", "No, not for 3 months", ""),
])
def test_an_answer_at_another_time_says_how_soon(question: str, a: str, b: str,
                                                 detail: str) -> None:
    point = answers(question, a, b)
    assert (point.status, point.detail) == ("different", detail)


@pytest.mark.parametrize(("a", "b", "detail"), [
    # coming back said alone is the review too (11th session: "see you in 6 weeks" against
    # "review in 3 months" differed with no line)
    ("see you in 6 weeks", "review in 3 months",
     "how soon: Dr Lee wrote in 6 weeks, Dr Kim in 3 months"),
    ("come back in 2 weeks", "review in 6 weeks",
     "how soon: Dr Lee wrote in 2 weeks, Dr Kim in 6 weeks"),
])
def test_coming_back_at_another_time_says_how_soon(a: str, b: str, detail: str) -> None:
    point = next_steps(a, b)
    assert (point.status, point.detail) == ("different", detail)


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Review in 6 weeks", "Review in 6-8 weeks",
     "how soon: Dr Lee wrote in 6 weeks, Dr Kim in 6-8 weeks"),
    ("Repeat MRI in 6 weeks", "Repeat MRI in 6 to 8 weeks",
     "how soon: Dr Lee wrote in 6 weeks, Dr Kim in 6-8 weeks"),
    ("Review in 6-8 weeks", "Review in 2-3 months",
     "how soon: Dr Lee wrote in 6-8 weeks, Dr Kim in 2-3 months"),
    ("Control en 6 semanas", "Control en 6-8 semanas",
     "how soon: Dr Lee wrote in 6 weeks, Dr Kim in 6-8 weeks"),
])
def test_a_time_given_as_a_range_says_how_soon(a: str, b: str, detail: str) -> None:
    # (seventeenth session) the range had differed with nothing said of how, and as next
    # steps "in 6 to 8 weeks" read as "in 6 weeks" said more exactly
    for point in (main_plans(a, b), next_steps(a, b)):
        assert (point.status, point.detail) == ("different", detail)


def test_one_range_in_two_ways_is_the_same() -> None:
    assert main_plans("Review in 6-8 weeks", "Review in 6 to 8 weeks").status == "same"
    assert next_steps("Review in 6-8 weeks", "Review in 6 to 8 weeks").status == "same"
    with i18n.using("es"):
        found = units.when_difference("Control en 6 semanas", "Control en 6-8 semanas")
        assert found is not None
        assert found.words("A", "B") == (
            "cuándo: A escribió dentro de 6 semanas; B, dentro de 6-8 semanas")


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Review in about 6 weeks", "Review in 6-8 weeks",
     "how soon: Dr Lee wrote in about 6 weeks, Dr Kim in 6-8 weeks"),
    ("Follow up in approximately 2 weeks", "Follow up in 4 weeks",
     "how soon: Dr Lee wrote in about 2 weeks, Dr Kim in 4 weeks"),
    ("Repeat MRI in around 6-8 weeks", "Repeat MRI in 3 months",
     "how soon: Dr Lee wrote in about 6-8 weeks, Dr Kim in 3 months"),
    ("Revisión en unas 6 semanas", "Revisión en 3 meses",
     "how soon: Dr Lee wrote in about 6 weeks, Dr Kim in 3 months"),
])
def test_a_time_said_roughly_is_quoted_with_its_about(a: str, b: str, detail: str) -> None:
    # (eighteenth session) "in about 6 weeks" had been quoted "in 6 weeks", which the doctor
    # did not say
    for point in (main_plans(a, b), next_steps(a, b)):
        assert (point.status, point.detail) == ("different", detail)
    # and "about" a time is that time, no difference of its own
    assert main_plans("Review in about 6 weeks", "Review in 6 weeks").status == "same"
    with i18n.using("es"):
        found = units.when_difference("Review in about 6 weeks", "Review in 3 months")
        assert found is not None
        assert found.words("A", "B") == (
            "cuándo: A escribió dentro de aproximadamente 6 semanas; B, dentro de 3 meses")
