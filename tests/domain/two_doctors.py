# SPDX-License-Identifier: GPL-3.0-or-later
"""Two doctors' opinions that differ in one field, compared: the point the tests look at."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

import pytest

from secondop_desktop.domain import options
from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.comparison import Point
from secondop_desktop.domain.model import (
    Answer,
    Case,
    Diagnosis,
    Evidence,
    Opinion,
    Physician,
    Question,
    Recommendation,
)
from secondop_desktop.domain.options import Option


def both_ways(pairs: Iterable[tuple[str, str]]) -> list[object]:
    """Each pair as two test cases, one each way round (a relation must not depend on which
    doctor wrote which), named by the two texts."""
    return [pytest.param(a, b, id=f"{a}|{b}"[:80]) for x, y in pairs
            for a, b in ((x, y), (y, x))]


def _compared(a: Opinion, b: Opinion, topic: str) -> Point:
    a.physician, b.physician = Physician(name="Dr Ann Lee"), Physician(name="Dr Bo Kim")
    result = compare_opinions(Case(title="Two doctors", opinions=[a, b]), a.id, b.id)
    return next(p for p in result.points if p.topic == topic)


def main_plans(lee: str, kim: str, category: str = "other") -> Point:
    """The point on two doctors' main recommendations, one naming ``lee``, the other ``kim``."""
    return _compared(
        Opinion(recommendations=[Recommendation(treatment=lee, preferred=True,
                                                category=category)]),
        Opinion(recommendations=[Recommendation(treatment=kim, preferred=True,
                                                category=category)]),
        "recommendation")


def shared_option(lee: str, kim: str, category: str = "medication") -> Option:
    """The options page's option that both doctors' recommendations, ``lee`` and ``kim``,
    share."""
    a = Opinion(physician=Physician(name="Dr Ann Lee"),
                recommendations=[Recommendation(treatment=lee, category=category)])
    b = Opinion(physician=Physician(name="Dr Bo Kim"),
                recommendations=[Recommendation(treatment=kim, category=category)])
    return next(o for o in options.gather_options(Case(opinions=[a, b])) if len(o.entries) == 2)


def answers(question: str, lee: str, kim: str) -> Point:
    """The point on two doctors' answers, ``lee`` and ``kim``, to the patient's ``question``."""
    asked = Question(text=question)
    a = Opinion(physician=Physician(name="Dr Ann Lee"),
                answers=[Answer(question_id=asked.id, text=lee)])
    b = Opinion(physician=Physician(name="Dr Bo Kim"),
                answers=[Answer(question_id=asked.id, text=kim)])
    result = compare_opinions(Case(title="Answers", opinions=[a, b], questions=[asked]),
                              a.id, b.id)
    return next(p for p in result.points if p.topic == "answer")


def next_steps(lee: str, kim: str) -> Point:
    """The point on two doctors' next steps (their follow-up)."""
    return _compared(Opinion(follow_up=lee), Opinion(follow_up=kim), "follow_up")


def diagnoses(lee: str, kim: str) -> Point:
    """The point on two doctors' diagnoses."""
    return _compared(Opinion(diagnosis=Diagnosis(text=lee)), Opinion(diagnosis=Diagnosis(text=kim)),
                     "diagnosis")


def risks(lee: str, kim: str) -> Point:
    """The point on the risks two doctors gave for one main treatment, a total knee
    replacement."""
    return _compared(
        Opinion(recommendations=[Recommendation(treatment="Total knee replacement",
                                                preferred=True, risks=lee)]),
        Opinion(recommendations=[Recommendation(treatment="Total knee replacement",
                                                preferred=True, risks=kim)]),
        "risks")


def plan_statuses(a: str, b: str, category: str = "other") -> tuple[str, str]:
    """The status of two main recommendations read each way round (it must not depend on
    which doctor wrote which)."""
    return main_plans(a, b, category).status, main_plans(b, a, category).status


def diagnosis_statuses(a: str, b: str) -> tuple[str, str]:
    """The status of two diagnoses read each way round."""
    return diagnoses(a, b).status, diagnoses(b, a).status


AGREEING = ("same", "refined", "maybe_same")
"""The statuses that say two doctors agree, in full or in part (never for two things)."""


def read_as_one(ways_a: Iterable[str], ways_b: Iterable[str],
                compared: Callable[[str, str], Point]) -> list[tuple[str, str]]:
    """Of every way of writing one thing against every way of writing another, the pairs
    ``compared`` reads as agreeing: none may be, as the two are not one."""
    return [(a, b) for a, b in itertools.product(ways_a, ways_b)
            if compared(a, b).status in AGREEING]


def read_apart(ways: Iterable[str], compared: Callable[[str, str], Point]) -> list[tuple[str, str]]:
    """Of every two ways of writing one thing, the pairs ``compared`` does not read as the
    same: none may be."""
    return [(a, b) for a, b in itertools.combinations(ways, 2) if compared(a, b).status != "same"]


def cited(lee: tuple[str, str], kim: tuple[str, str]) -> list[Point]:
    """The evidence points of two doctors citing one item each, as (title, reading)."""
    a = Opinion(physician=Physician(name="Dr Ann Lee"),
                evidence=[Evidence(title=lee[0], interpretation=lee[1])])
    b = Opinion(physician=Physician(name="Dr Bo Kim"),
                evidence=[Evidence(title=kim[0], interpretation=kim[1])])
    result = compare_opinions(Case(title="Cited", opinions=[a, b]), a.id, b.id)
    return [p for p in result.points if p.topic == "evidence"]
