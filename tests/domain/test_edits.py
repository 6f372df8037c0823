# SPDX-License-Identifier: GPL-3.0-or-later
"""Edits as domain operations: each leaves a case that validates and exports."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secondop_desktop.domain import edits
from secondop_desktop.domain.model import (
    Answer,
    Case,
    CaseFile,
    Decision,
    Medication,
    Note,
    Opinion,
    Question,
    Record,
    Review,
)
from secondop_desktop.domain.validation import validate_case_document
from secondop_desktop.store.casefile import read_case_file, write_case_file
from tests.strategies import CASE_SETTINGS, case_bundles


def _validates(case: Case) -> None:
    validate_case_document(CaseFile(case=case).to_dict())


def _pointing_at_first_opinion(case: Case) -> Case:
    """The worked example with every kind of pointer aimed at its first opinion."""
    first, second = case.opinions[0], case.opinions[1]
    question = Question(text="What happens if I wait?")
    case.questions.append(question)
    second.answers.append(Answer(question_id=question.id, text="Not much, for a year."))
    case.notes.append(Note(text="Dr Hale was in a hurry.", opinion_id=first.id))
    case.medications.append(Medication(name="Ibuprofen", prescribed_by=first.id))
    case.records.append(Record(title="X-ray", shared_with=[first.id, second.id]))
    case.decision = Decision(chosen="Therapy", based_on=[first.id, second.id])
    case.reviews.append(Review(opinions=[first.id, second.id], point="diagnosis",
                               verdict="same"))
    return case


def test_removing_an_opinion_mends_every_pointer_to_it(demo_case: Case) -> None:
    case = _pointing_at_first_opinion(demo_case)
    first, second = case.opinions[0].id, case.opinions[1].id
    assert edits.remove_opinion(case, first)
    assert [o.id for o in case.opinions] == [second]
    assert all(n.opinion_id != first for n in case.notes)
    assert all(m.prescribed_by != first for m in case.medications)
    assert all(first not in r.shared_with for r in case.records)
    assert case.records[-1].shared_with == [second]
    assert case.decision is not None and case.decision.based_on == [second]
    assert all(first not in r.opinions for r in case.reviews)
    _validates(case)
    assert not edits.remove_opinion(case, first)  # gone already: nothing to do


def test_a_difference_put_to_a_removed_doctor_is_put_to_no_one(demo_case: Case) -> None:
    # The difference compares the other two opinions, so it stays, with its reply; only whom
    # it was put to goes. Before, the case kept the removed doctor's id and could no longer be
    # exported.
    case = demo_case
    third = Opinion(label="Third opinion")
    case.opinions.append(third)
    first, second = case.opinions[0].id, case.opinions[1].id
    case.reviews.append(Review(opinions=[second, third.id], point="diagnosis", state="asked",
                               asked_to=first, reply="She would operate."))
    assert edits.remove_opinion(case, first)
    (review,) = case.reviews
    assert review.asked_to is None
    assert (review.opinions, review.state, review.reply) == (
        [second, third.id], "asked", "She would operate.")
    _validates(case)
    with tempfile.TemporaryDirectory() as folder:
        write_case_file(case, Path(folder) / "case.secondop", lambda sha: b"")
        loaded = read_case_file(Path(folder) / "case.secondop").casefile.case
    assert loaded.reviews[0].asked_to is None


def test_removing_a_question_removes_its_answers(demo_case: Case) -> None:
    case = _pointing_at_first_opinion(demo_case)
    question = case.questions[-1]
    case.reviews.append(Review(opinions=[case.opinions[0].id, case.opinions[1].id],
                               point=f"answer:{question.id}", verdict="different"))
    assert edits.remove_question(case, question.id)
    assert all(a.question_id != question.id for o in case.opinions for a in o.answers)
    assert all(r.point != f"answer:{question.id}" for r in case.reviews)
    _validates(case)


def test_removing_evidence_drops_reviews_of_its_point(demo_case: Case) -> None:
    a, b = demo_case.opinions[0], demo_case.opinions[1]
    assert a.evidence and b.evidence
    point = f"evidence:{a.evidence[0].id}:{b.evidence[0].id}"
    demo_case.reviews.append(Review(opinions=[a.id, b.id], point=point, verdict="same"))
    assert edits.remove_evidence(demo_case, a.id, a.evidence[0].id)
    assert all(r.point != point for r in demo_case.reviews)
    _validates(demo_case)


def test_moving_keeps_every_item(demo_case: Case) -> None:
    ids = [o.id for o in demo_case.opinions]
    assert edits.move_opinion(demo_case, ids[0], +1)
    assert [o.id for o in demo_case.opinions] == [ids[1], ids[0], *ids[2:]]
    assert not edits.move_opinion(demo_case, ids[1], -1)  # first already
    rec = demo_case.opinions[1].recommendations
    if len(rec) > 1:
        first = rec[0].id
        assert edits.move_item(demo_case, "recommendation", first, 1, demo_case.opinions[1].id)
        assert demo_case.opinions[1].recommendations[1].id == first


def test_set_and_clear_review(demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    review = Review(opinions=[a, b], point="diagnosis", verdict="different")
    edits.set_review(demo_case, review)
    assert review in demo_case.reviews
    edits.set_review(demo_case, Review(id=review.id, opinions=[a, b], point="diagnosis"))
    assert all(r.id != review.id for r in demo_case.reviews)  # an empty view is cleared
    with pytest.raises(ValueError):
        edits.set_review(demo_case, Review(opinions=[a, "nobody"], verdict="same"))


# -- any sequence of edits leaves a case that validates and exports ------------------------------

_KIND_LISTS = ("opinion", "question", "note", "record", "medication", "review")


@st.composite
def _edit(draw: st.DrawFn) -> tuple[str, Any]:
    return draw(st.sampled_from(("remove", "move", "remove_nested", "move_nested", "review",
                                 "clear_review", "merge"))), draw(st.integers(0, 1000)), \
        draw(st.integers(-2, 2)), draw(st.sampled_from(_KIND_LISTS)), \
        draw(st.sampled_from(("evidence", "recommendation", "answer")))


def _apply(case: Case, step: tuple[Any, ...], earlier: list[Case]) -> Case:
    """``case`` after one edit (a merge gives a new case; the others change it in place)."""
    what, pick, offset, kind, nested = step
    if what == "merge":
        # Another computer's copy: an earlier state of the same case, edited on there too.
        other = copy.deepcopy(earlier[pick % len(earlier)])
        if other.opinions:
            other.opinions[0].rationale += " (their words)"
            other.opinions[0].updated_at = "2100-01-01T00:00:00+00:00"
        merged, _report = edits.merge(case, other) if offset >= 0 else edits.merge(other, case)
        return merged
    if what in ("remove", "move"):
        items = edits.items_of(case, kind) or []
        if not items:
            return case
        item = items[pick % len(items)]
        if what == "remove":
            assert edits.remove_item(case, kind, item.id)
        else:
            edits.move_item(case, kind, item.id, offset)
    elif what in ("remove_nested", "move_nested"):
        if not case.opinions:
            return case
        opinion = case.opinions[pick % len(case.opinions)]
        items = edits.items_of(case, nested, opinion.id) or []
        if not items:
            return case
        item = items[(pick // 7) % len(items)]
        if what == "remove_nested":
            assert edits.remove_item(case, nested, item.id, opinion.id)
        else:
            edits.move_item(case, nested, item.id, offset, opinion.id)
    elif what == "review":
        if len(case.opinions) < 2:
            return case
        a = case.opinions[pick % len(case.opinions)]
        b = case.opinions[(pick + 1) % len(case.opinions)]
        edits.set_review(case, Review(opinions=[a.id, b.id], point="diagnosis",
                                      verdict=("same", "different", None)[pick % 3],
                                      note="asked" if offset > 0 else ""))
    elif what == "clear_review" and case.reviews:
        edits.clear_review(case, case.reviews[pick % len(case.reviews)].id)
    return case


@CASE_SETTINGS
@given(bundle=case_bundles(), steps=st.lists(_edit(), min_size=1, max_size=12))
def test_any_edits_leave_a_case_that_validates_and_exports(
    bundle: tuple[dict[str, Any], dict[str, bytes]], steps: list[tuple[Any, ...]],
) -> None:
    document, attachments = bundle
    case = CaseFile.from_dict(copy.deepcopy(document)).case
    earlier = [copy.deepcopy(case)]
    with tempfile.TemporaryDirectory() as folder:
        for n, step in enumerate(steps):
            case = _apply(case, step, earlier)
            earlier.append(copy.deepcopy(case))
            _validates(case)
            target = Path(folder) / f"after-{n}.secondop"
            write_case_file(case, target, lambda digest: attachments[digest])
            assert read_case_file(target).casefile.case.to_dict()["id"] == case.id
