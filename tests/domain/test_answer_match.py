# SPDX-License-Identifier: GPL-3.0-or-later
"""Two doctors' answers to one of the patient's questions that say the same in other words, and
answers that must stay apart however alike they look (domain/answer_match.py)."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.answer_match import polarity, same_answer
from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.model import Answer, Case, Opinion, Physician, Question
from tests.domain.two_doctors import answers

SAME = [
    # a chance however said (chances.as_per_cents, shared with the risks' comparison)
    ("What is the risk of infection?", "One in a hundred", "1%"),
    ("What is the risk of infection?", "About 1 in 100", "around one per cent"),
    ("¿Qué riesgo hay?", "uno de cada cien", "1%"),
    ("Can I keep driving?", "Yes", "Yes, you can keep driving."),
    ("Do I need surgery?", "No", "No, surgery isn't necessary."),
    ("Will I need a cast?", "No need", "It's not necessary"),
    ("How long is recovery?", "About 6 weeks", "Roughly a month and a half"),
    ("When should I come back?", "In 3 months", "In 12 weeks"),
    ("How long do I take the antibiotics?", "14 days", "Two weeks"),
    ("How often do I need a mammogram?", "Once a year", "Annually"),
    ("What is my risk of complications?", "About 10%", "Around one in ten"),
    ("How many tablets per day?", "Two", "2 tablets a day"),
    ("Is it safe to exercise?", "Yes, light exercise is fine", "Light exercise is safe, yes"),
    ("¿Cuánto dura la recuperación?", "Unas seis semanas", "Alrededor de mes y medio"),
    ("¿Necesito operarme?", "No", "No, no hace falta operar"),
    ("¿Puedo bañarme en la piscina?", "No, de momento no", "Por ahora no"),
    # the question's verb in its "-ing" form (11th session: "driving" was no form of "drive")
    ("Can I drive?", "Not for 6 weeks", "No driving for 6 weeks"),
    ("When can I leave hospital?", "After 3 days", "Leaving after 3 days"),
    # a no for a time only is a yes put off ("Not for 6 weeks" against "Yes, after 6 weeks"
    # had been a no against a yes, a major difference; 12th session), and a maybe a maybe
    ("Can I drive?", "Not for 6 weeks", "Yes, after 6 weeks"),
    ("Can I drive?", "No driving for six weeks", "After 6 weeks"),
    ("Can I fly?", "No, not until 2 weeks", "Yes, in 2 weeks"),
    ("¿Puedo conducir?", "No hasta dentro de 6 semanas", "Sí, después de 6 semanas"),
    ("Will it come back?", "Maybe", "Possibly"),
    ("¿Volverá a salir?", "Quizás", "Puede ser"),
]

APART = [
    ("Do I need surgery?", "Yes", "Yes, in 2 weeks"),  # one says when
    ("Can I swim?", "No", "Not for now"),
    ("What is the risk?", "Under 5%", "5%"),
    ("What is the risk of infection?", "1 in 100", "1 in 10"),
    ("What is the risk of infection?", "one per cent", "one in a thousand"),
    ("How long?", "At least 6 weeks", "6 weeks"),
    ("How long?", "6 weeks", "6 to 8 weeks"),
    ("How long?", "About 6 weeks", "6 months"),
    ("¿Cuándo vuelvo?", "En 3 meses", "En 3 semanas"),
    ("Which knee?", "Yes, the left one", "Yes, the right one"),
    ("How many tablets?", "2 tablets", "2 tablets twice a day"),
    ("Can I eat before?", "Yes, with food", "Yes, without food"),
    ("Is it benign?", "No, it is cancer", "No, it is not cancer"),
    ("Is it serious?", "No, it is not serious", "No, it is serious"),
    ("Do I need chemotherapy?", "Yes", "Yes, but not yet"),
    ("Is it cancer?", "Low risk", "High risk"),
    ("What dose?", "500 mg", "5 mg"),
    ("Can I drive?", "Not for 6 weeks", "No flying for 6 weeks"),
    ("Can I drive?", "Not for 6 weeks", "Yes, after 3 months"),
    ("Can I drive?", "Not for 6 weeks", "Yes"),
    ("Can I drive?", "Not for 6 weeks", "No"),
    ("Will it come back?", "Maybe", "Yes"),
]


@pytest.mark.parametrize(("question", "a", "b"), SAME, ids=[f"{a}|{b}" for _, a, b in SAME])
def test_two_answers_in_other_words_are_the_same(question: str, a: str, b: str) -> None:
    assert same_answer(question, a, b) and same_answer(question, b, a)


@pytest.mark.parametrize(("question", "a", "b"), APART, ids=[f"{a}|{b}" for _, a, b in APART])
def test_answers_that_say_more_or_otherwise_stay_apart(question: str, a: str, b: str) -> None:
    assert not same_answer(question, a, b) and not same_answer(question, b, a)


def test_a_yes_or_no_leading_in_or_closing_the_answer() -> None:
    assert polarity("It's not necessary") == "no"
    assert polarity("Por ahora no") == "no"
    assert polarity("Light exercise is safe, yes") == "yes"
    assert polarity("Yes, but not yet") is None
    assert polarity("Maybe, but probably not") is None


def test_the_comparison_shows_them_as_said_in_other_words() -> None:
    question = Question(text="How long is recovery?")
    lee = Opinion(physician=Physician(name="Dr Ann Lee"),
                  answers=[Answer(question_id=question.id, text="About 6 weeks")])
    kim = Opinion(physician=Physician(name="Dr Bo Kim"),
                  answers=[Answer(question_id=question.id, text="Roughly a month and a half")])
    result = compare_opinions(Case(title="t", opinions=[lee, kim], questions=[question]),
                              lee.id, kim.id)
    point = next(p for p in result.points if p.topic == "answer")
    assert (point.status, point.wording_only, point.differs) == ("same", True, False)


def test_a_yes_put_off_is_read_as_such() -> None:
    assert polarity("Not for 6 weeks") == "not yet"
    assert polarity("Yes, after 6 weeks") == "later"
    assert polarity("Maybe.") == "maybe"
    assert polarity("No") == "no" and polarity("Yes") == "yes"


@pytest.mark.parametrize(("question", "a", "b", "status"), [
    # (a yes now against a yes after a time had read as one yes said more exactly)
    ("Can I drive?", "Yes", "Yes, after 6 weeks", "different"),
    ("¿Puedo conducir?", "Sí", "Sí, después de 6 semanas", "different"),
    ("Is it safe to fly?", "Yes", "Yes, after 2 weeks", "different"),
    # ... not where the question asks what is needed: the time is more detail
    ("Do I need surgery?", "Yes", "Yes, in 2 weeks", "refined"),
])
def test_may_i_yes_now_against_yes_later(question: str, a: str, b: str, status: str) -> None:
    assert answers(question, a, b).status == answers(question, b, a).status == status
