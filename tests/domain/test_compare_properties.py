# SPDX-License-Identifier: GPL-3.0-or-later
"""Properties of the engine on generated opinions: self-comparison, symmetry, never raising."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondop_desktop.domain.compare import compare_opinions, compare_three, format_comparison_text
from secondop_desktop.domain.comparison import Comparison, Point
from secondop_desktop.domain.model import (
    CERTAINTIES,
    EVIDENCE_KINDS,
    RECOMMENDATION_CATEGORIES,
    URGENCIES,
    Answer,
    Case,
    Diagnosis,
    Evidence,
    Opinion,
    Physician,
    Question,
    Recommendation,
    Record,
    Review,
)
from tests.strategies import cases

DIAGNOSES = (
    "Osteoarthritis of the knee", "Primary osteoarthritis of the right knee",
    "osteoarthritis of the left knee", "Rheumatoid arthritis", "Type 2 diabetes",
    "type II diabetes mellitus", "no evidence of malignancy", "Stage IIIA lung cancer",
    "stage 3 lung cancer", "suspected appendicitis", "", "   ", "!!!", "III",
)
CODES = (None, "", "M17.9", "M17.11", "M1712", "E11.9", "E11", "C34.90", "zz", "M17")
TREATMENTS = (
    "Total knee replacement", "Supervised physical therapy, 12 weeks", "Physical therapy",
    "Naproxen 500 mg", "Naproxen only on bad days", "Metformin", "Weight loss programme",
    "Active surveillance", "Lumpectomy", "", "Biopsy",
)
TITLES = (
    "Standing X-ray of both knees, 29 September 2026", "MRI of the right knee", "CT chest",
    "AAOS guideline", "Biopsy slides", "PSA 2024", "PSA 2025", "",
)
READINGS = ("grade 4", "grade 3", "normal", "small tear of the meniscus", "", "No lesion seen")
QUESTION_IDS = ("q1", "q2", "q3")

_free_text = st.text(max_size=40)


def _mixed(pool: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(pool), _free_text)


@st.composite
def recommendations(draw: st.DrawFn) -> Recommendation:
    return Recommendation(
        treatment=draw(_mixed(TREATMENTS)),
        category=draw(st.sampled_from(RECOMMENDATION_CATEGORIES)),
        urgency=draw(st.one_of(st.none(), st.sampled_from(URGENCIES))),
        preferred=draw(st.booleans()),
    )


@st.composite
def evidence(draw: st.DrawFn) -> Evidence:
    return Evidence(
        kind=draw(st.sampled_from(EVIDENCE_KINDS)), title=draw(_mixed(TITLES)),
        reference=draw(st.sampled_from(("", "doi:10.1/x", "https://doi.org/10.1/X", "pmid 1"))),
        interpretation=draw(_mixed(READINGS)),
    )


@st.composite
def opinions(draw: st.DrawFn) -> Opinion:
    return Opinion(
        physician=Physician(name=draw(st.one_of(st.sampled_from(("Dr Ann Lee", "Mei", "")),
                                                _free_text))),
        diagnosis=Diagnosis(
            text=draw(_mixed(DIAGNOSES)), icd10=draw(st.sampled_from(CODES)),
            certainty=draw(st.one_of(st.none(), st.sampled_from(CERTAINTIES))),
            stage=draw(st.one_of(st.none(), st.sampled_from(("grade 3", "Grade III", "4", ""))),
                       ),
        ),
        rationale=draw(st.text(max_size=120)),
        evidence=draw(st.lists(evidence(), max_size=4)),
        recommendations=draw(st.lists(recommendations(), max_size=5)),
        follow_up=draw(_mixed(("Review in 3 months", "review in three months", ""))),
        answers=[Answer(question_id=q, text=draw(_mixed(("Yes.", "No", "yes"))))
                 for q in draw(st.lists(st.sampled_from(QUESTION_IDS), max_size=3))],
    )


def _case(*ops: Opinion) -> Case:
    return Case(title="Generated", opinions=list(ops),
                questions=[Question(id=q, text=f"Question {q}?") for q in QUESTION_IDS[:2]])


def _flip_key(key: str) -> str:
    parts = key.split(":")
    if len(parts) == 3:
        return f"{parts[0]}:{parts[2]}:{parts[1]}"
    return key


_FLIP_STATUS = {"only_a": "only_b", "only_b": "only_a"}


def _by_key(result: Comparison) -> dict[str, Point]:
    return {p.key: p for p in result.points}


SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(opinions())
def test_an_opinion_compared_with_itself_shows_no_difference(opinion: Opinion) -> None:
    case = _case(opinion)
    result = compare_opinions(case, opinion.id, opinion.id)
    assert [p.key for p in result.points if p.status != "same"] == []
    assert result.summary.differ == 0
    assert result.summary.diagnosis in ("same", "unknown")
    assert result.summary.plan in ("same", "unknown")


@SETTINGS
@given(opinions())
def test_an_opinion_compared_with_a_copy_of_itself_shows_no_difference(opinion: Opinion) -> None:
    twin = copy.deepcopy(opinion)
    twin.id = "twin"
    for item in twin.recommendations + twin.evidence:
        item.id = f"twin-{item.id}"
    result = compare_opinions(_case(opinion, twin), opinion.id, twin.id)
    assert result.summary.differ == 0, [(p.key, p.status) for p in result.points]


@SETTINGS
@given(opinions(), opinions())
def test_swapping_a_and_b_swaps_only_the_sides(a: Opinion, b: Opinion) -> None:
    case = _case(a, b)
    forward = compare_opinions(case, a.id, b.id)
    backward = _by_key(compare_opinions(case, b.id, a.id))
    assert len(backward) == len(forward.points)
    for point in forward.points:
        other = backward[_flip_key(point.key)]
        assert other.topic == point.topic
        assert other.status == _FLIP_STATUS.get(point.status, point.status), point.key
        assert other.severity == point.severity, point.key
        assert (other.a, other.b) == (point.b, point.a)
    back_summary = compare_opinions(case, b.id, a.id).summary
    assert (back_summary.diagnosis, back_summary.plan) == (forward.summary.diagnosis,
                                                           forward.summary.plan)
    assert (back_summary.agree, back_summary.differ) == (forward.summary.agree,
                                                         forward.summary.differ)


@SETTINGS
@given(opinions(), opinions(), opinions(), st.lists(st.sampled_from(
    ("diagnosis", "stage", "certainty", "rationale", "follow_up")), max_size=3),
    st.sampled_from(("same", "different", None)))
def test_compare_never_raises(a: Opinion, b: Opinion, c: Opinion, reviewed: list[str],
                              verdict: str | None) -> None:
    case = _case(a, b, c)
    case.records = [Record(title="Scan", shared_with=[a.id]), Record(shared_with=[b.id, c.id])]
    case.reviews = [Review(opinions=[a.id, b.id], point=key, verdict=verdict) for key in reviewed]
    result = compare_opinions(case, a.id, b.id)
    assert result.summary.agree + result.summary.differ == len(result.points)
    engine = result.engine_summary
    assert engine is not None and engine.agree + engine.differ == len(result.points)
    for point in result.points:
        for side, segments in ((point.a, point.a_segments), (point.b, point.b_segments)):
            assert not segments or "".join(s.text for s in segments) == side
    three = compare_three(case, [a.id, b.id, c.id])
    text = format_comparison_text(case, three)
    assert all(len(line) <= 80 for line in text.splitlines())
    format_comparison_text(case, result)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(cases())
def test_any_valid_case_compares(case: Case) -> None:
    """Every case the format allows (from the shared strategies) compares without error, and
    its JSON keeps to the contract's values."""
    ids = [o.id for o in case.opinions]
    if len(set(ids)) < 2:
        return
    result = compare_opinions(case, ids[0], ids[1])
    data = result.to_json()
    assert data["summary"]["diagnosis"] in ("same", "refined", "different", "unknown")
    assert data["summary"]["plan"] in ("same", "partly", "different", "unknown")
    assert {p["status"] for p in data["points"]} <= {"same", "refined", "different", "only_a",
                                                      "only_b"}
    if len(set(ids)) >= 3 and len(set(ids[:3])) == 3:
        assert len(compare_three(case, ids[:3]).pairs) == 3
