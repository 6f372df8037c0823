# SPDX-License-Identifier: GPL-3.0-or-later
"""Following up the differences: every difference the engine finds between a case's opinions,
with where the patient has got to with it (open, asked, explained, resolved), whom it was put
to, when, and what they said.

The reviews of the case are the one shared record: the compare view reads and writes the same
``Review`` (keyed by the ordered pair of opinions and the point's key), so a difference resolved
here shows as resolved there, and back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.comparison import Comparison, Point
from secondop_desktop.domain.dataclass_methods import FieldMethods
from secondop_desktop.domain.model import REVIEW_STATES, Case, Review, new_id, now_iso
from secondop_desktop.i18n import _, fill

STATE_WORDS = {
    "open": "Open",
    "asked": "Asked",
    "explained": "Explained",
    "resolved": "Resolved",
}


@dataclass(eq=False, repr=False)
class FollowUp(FieldMethods):
    a_id: str
    b_id: str
    doctor_a: str
    doctor_b: str
    point: Point
    review: Review | None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.a_id, self.b_id, self.point.key)

    @property
    def state(self) -> str:
        state = self.review.state if self.review else self.point.state
        return state if state in REVIEW_STATES else "open"

    @property
    def asked_to(self) -> str | None:
        return self.review.asked_to if self.review else None

    @property
    def asked_on(self) -> str | None:
        return self.review.asked_on if self.review else None

    @property
    def reply(self) -> str:
        return self.review.reply if self.review else ""

    @property
    def label(self) -> str:
        return self.point.label or self.point.topic.replace("_", " ").capitalize()

    @property
    def question(self) -> str:
        return self.point.question or fill(_("Why do the doctors differ on “{point}”?"),
                                           point=self.label)

    def is_open(self) -> bool:
        return self.state in ("open", "asked")


def pairs(case: Case) -> list[tuple[str, str]]:
    """Every pair of opinions, each in the order the doctors were seen (as the compare view)."""
    ids = [o.id for o in case.opinions]
    return [(ids[i], ids[j]) for i in range(len(ids)) for j in range(i + 1, len(ids))]


def collect(case: Case, comparisons: Sequence[Comparison] | None = None) -> list[FollowUp]:
    """Every difference between the case's opinions, pair by pair, most weighty first.

    Pass ``comparisons`` when the engine's results are at hand; otherwise each pair is compared.
    """
    results = list(comparisons) if comparisons is not None else [
        compare_opinions(case, a, b) for a, b in pairs(case)]
    out: list[FollowUp] = []
    for result in results:
        a, b = case.opinion(result.a_id), case.opinion(result.b_id)
        if a is None or b is None:
            continue
        for point in result.differences():
            out.append(FollowUp(result.a_id, result.b_id, a.doctor, b.doctor, point,
                                case.review_for(result.a_id, result.b_id, point.key)))
    return out


def update(case: Case, a_id: str, b_id: str, point_key: str, **changes: object) -> Review | None:
    """Change the review of one difference (state, asked_to, asked_on, reply, note), making it
    if there is none; a review left saying nothing at all is removed. Returns the review."""
    for name, value in changes.items():  # refused before anything is touched
        if name not in ("state", "asked_to", "asked_on", "reply", "note"):
            raise ValueError(f"A follow-up has no field {name!r}.")
        if name == "state" and value not in REVIEW_STATES:
            raise ValueError(f"{value!r} is not one of {', '.join(REVIEW_STATES)}.")
    review = case.review_for(a_id, b_id, point_key)
    if review is None:
        review = Review(id=new_id(), opinions=[a_id, b_id], point=point_key)
        case.reviews.append(review)
    for name, value in changes.items():
        setattr(review, name, value)
    review.updated_at = now_iso()
    if (review.verdict is None and review.state == "open" and not review.note.strip()
            and not review.reply.strip() and not review.asked_to and not review.asked_on
            and not review.extra):
        case.reviews.remove(review)
        return None
    return review


def questions_by_doctor(
    case: Case, followups: Sequence[FollowUp]
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The open follow-ups as (point label, question), grouped by the doctor to ask: the one a
    difference was put to, else the pair's first doctor (seen first, usually the original)."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for item in followups:
        if not item.is_open():
            continue
        target = item.asked_to if item.asked_to and case.opinion(item.asked_to) else item.a_id
        opinion = case.opinion(target)
        name = opinion.doctor if opinion else item.doctor_a
        texts = groups.setdefault(name, [])
        if all(item.question != q for _, q in texts):
            texts.append((item.label, item.question))
    return list(groups.items())
