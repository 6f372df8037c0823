# SPDX-License-Identifier: GPL-3.0-or-later
"""Edits that keep a case whole: remove or reorder things, set or clear a review, merge.

A case points at its own parts in several places: a note's ``opinion_id``, a record's
``shared_with``, a medication's ``prescribed_by``, the decision's ``based_on``, a review's two
``opinions`` (and the evidence, recommendation or question its point is about), an answer's
``question_id``. Removing a part by hand leaves those pointers dangling and the case can no longer
be exported. Every edit here mends them in the same step, so each one leaves a case that
validates. The window calls these (through ``CaseDocument.edit``); they change the case in place,
as an edit of the window does, and stamp what they touch with ``updated_at`` so a merge carries
the change to another computer.

Nothing is lost by these edits: the journal keeps the previous version of whatever changed in
its history (see ``domain/history.py``).
"""

from __future__ import annotations

from typing import Any

from secondop_desktop.domain.model import Case, Opinion, Review, now_iso

# The lists of a case, by the kind of thing they hold.
CASE_LISTS = {
    "opinion": "opinions",
    "question": "questions",
    "note": "notes",
    "record": "records",
    "medication": "medications",
    "review": "reviews",
}
# The lists inside an opinion.
OPINION_LISTS = {
    "evidence": "evidence",
    "recommendation": "recommendations",
    "answer": "answers",
}
KINDS = tuple(CASE_LISTS) + tuple(OPINION_LISTS)


def items_of(case: Case, kind: str, opinion_id: str | None = None) -> list[Any] | None:
    """The list that holds things of ``kind`` (an opinion's for evidence, recommendations and
    answers); None if that opinion is not in the case."""
    if kind in CASE_LISTS:
        return getattr(case, CASE_LISTS[kind])  # type: ignore[no-any-return]
    if kind in OPINION_LISTS:
        opinion = case.opinion(opinion_id) if opinion_id else None
        return getattr(opinion, OPINION_LISTS[kind]) if opinion is not None else None
    raise ValueError(f"unknown kind of item: {kind!r}")


# -- removing ------------------------------------------------------------------------------------

def remove_item(case: Case, kind: str, item_id: str, opinion_id: str | None = None) -> bool:
    """Remove one thing of ``kind`` and mend whatever pointed at it. False if it was not there."""
    items = items_of(case, kind, opinion_id)
    if items is None or not any(item.id == item_id for item in items):
        return False
    items[:] = [item for item in items if item.id != item_id]
    if kind in OPINION_LISTS:
        opinion = case.opinion(opinion_id or "")
        if opinion is not None:
            opinion.updated_at = now_iso()
    repair_references(case)
    return True


def remove_opinion(case: Case, opinion_id: str) -> bool:
    return remove_item(case, "opinion", opinion_id)


def remove_evidence(case: Case, opinion_id: str, evidence_id: str) -> bool:
    return remove_item(case, "evidence", evidence_id, opinion_id)


def remove_recommendation(case: Case, opinion_id: str, recommendation_id: str) -> bool:
    return remove_item(case, "recommendation", recommendation_id, opinion_id)


def remove_question(case: Case, question_id: str) -> bool:
    return remove_item(case, "question", question_id)


# -- reordering ----------------------------------------------------------------------------------

def move_item(case: Case, kind: str, item_id: str, step: int,
              opinion_id: str | None = None) -> bool:
    """Move one thing ``step`` places (negative: earlier). False if it cannot go there."""
    items = items_of(case, kind, opinion_id)
    if items is None:
        return False
    at = next((n for n, item in enumerate(items) if item.id == item_id), -1)
    to = at + step
    if at < 0 or step == 0 or not 0 <= to < len(items):
        return False
    items.insert(to, items.pop(at))
    return True


def move_opinion(case: Case, opinion_id: str, step: int) -> bool:
    return move_item(case, "opinion", opinion_id, step)


# -- reviews -------------------------------------------------------------------------------------

def review_is_empty(review: Review) -> bool:
    """A view taken back with nothing else said: no verdict, no state past "open", no note,
    no doctor's reply, not asked of anyone."""
    return (review.verdict is None and review.state == "open" and not review.note.strip()
            and not review.reply.strip() and not review.asked_to and not review.asked_on
            and not review.extra)


def set_review(case: Case, review: Review) -> None:
    """Put the patient's word on a point in place (by id); an empty one is cleared instead.

    A review must name two opinions of this case; one that does not is refused with
    ``ValueError`` (the compare view never makes one)."""
    if review_is_empty(review):
        clear_review(case, review.id)
        return
    known = {o.id for o in case.opinions}
    if len(review.opinions) != 2 or not set(review.opinions) <= known:
        raise ValueError("a review must be about two opinions of this case")
    for n, old in enumerate(case.reviews):
        if old.id == review.id:
            case.reviews[n] = review
            return
    case.reviews.append(review)


def clear_review(case: Case, review_id: str) -> bool:
    before = len(case.reviews)
    case.reviews[:] = [r for r in case.reviews if r.id != review_id]
    return len(case.reviews) != before


# -- merging -------------------------------------------------------------------------------------

def merge(existing: Case, incoming: Case) -> tuple[Case, Any]:
    """``merge_cases`` (see ``domain/merge.py``), its result mended like any other edit."""
    # domain.merge loads with the first merge (a seam, docs/internals.md); at the top it would
    # also close a cycle: merge -> history -> edits.
    from secondop_desktop.domain.merge import merge_cases

    merged, report = merge_cases(existing, incoming)
    repair_references(merged)
    return merged, report


# -- mending -------------------------------------------------------------------------------------

def repair_references(case: Case) -> list[str]:
    """Mend every pointer to a part the case no longer has; returns what was mended, in words.

    Notes and medications forget the doctor (they stay, about the case as a whole); records and
    the decision drop the doctor from their lists, and a difference put to them is put to no
    one; answers to a removed question, and reviews of a removed opinion or of a removed
    evidence item or recommendation, go (the journal's history keeps them)."""
    mended: list[str] = []
    stamp = now_iso()
    opinions = {o.id for o in case.opinions}
    questions = {q.id for q in case.questions}
    parts = {item.id for o in case.opinions for item in (*o.evidence, *o.recommendations)}

    for opinion in case.opinions:
        kept = [a for a in opinion.answers if a.question_id in questions]
        if len(kept) != len(opinion.answers):
            mended.append(f"{len(opinion.answers) - len(kept)} answer(s) of {opinion.doctor}")
            opinion.answers = kept
            opinion.updated_at = stamp
    for note in case.notes:
        if note.opinion_id is not None and note.opinion_id not in opinions:
            note.opinion_id = None
            note.updated_at = stamp
            mended.append("a note's doctor")
    for medication in case.medications:
        if medication.prescribed_by is not None and medication.prescribed_by not in opinions:
            medication.prescribed_by = None
            medication.updated_at = stamp
            mended.append("a medicine's prescriber")
    for record in case.records:
        kept_ids = [ref for ref in record.shared_with if ref in opinions]
        if kept_ids != record.shared_with:
            record.shared_with = kept_ids
            record.updated_at = stamp
            mended.append("a record's doctors")
    if case.decision is not None:
        kept_ids = [ref for ref in case.decision.based_on if ref in opinions]
        if kept_ids != case.decision.based_on:
            case.decision.based_on = kept_ids
            case.decision.updated_at = stamp
            mended.append("the doctors the decision is based on")
    kept_reviews = [r for r in case.reviews if _review_holds(r, opinions, questions, parts)]
    for review in kept_reviews:
        # Put to a doctor whose opinion went: the review stays (the two opinions it compares
        # are here), put to no one now.
        if review.asked_to is not None and review.asked_to not in opinions:
            review.asked_to = None
            review.updated_at = stamp
            mended.append("whom a difference was put to")
    if len(kept_reviews) != len(case.reviews):
        mended.append(f"{len(case.reviews) - len(kept_reviews)} review(s)")
        case.reviews = kept_reviews
    return mended


def _review_holds(review: Review, opinions: set[str], questions: set[str],
                  parts: set[str]) -> bool:
    if not all(ref in opinions for ref in review.opinions):
        return False
    # Points name what they compare: "evidence:A:B", "recommendation:A:-", "answer:Q" (a
    # repeated point gets "#2"). A point about something removed is about nothing now.
    kind, _, rest = review.point.partition(":")
    rest = rest.partition("#")[0]
    if kind in ("evidence", "recommendation", "urgency"):
        return all(ref == "-" or ref in parts for ref in rest.split(":") if ref)
    if kind == "answer":
        return not rest or rest in questions
    return True


def opinion_of(case: Case, kind: str, item_id: str) -> Opinion | None:
    """The opinion that holds an evidence item, recommendation or answer."""
    attr = OPINION_LISTS.get(kind)
    if attr is None:
        return None
    return next((o for o in case.opinions if any(i.id == item_id for i in getattr(o, attr))),
                None)


__all__ = [
    "KINDS",
    "clear_review",
    "items_of",
    "merge",
    "move_item",
    "move_opinion",
    "remove_evidence",
    "remove_item",
    "remove_opinion",
    "remove_question",
    "remove_recommendation",
    "repair_references",
    "review_is_empty",
    "set_review",
]
