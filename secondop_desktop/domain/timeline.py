# SPDX-License-Identifier: GPL-3.0-or-later
"""The timeline of a case: visits, notes, records received and shared, follow-ups put to a
doctor, answers and the decision, in date order.

Everything here is read from the case as it is; nothing is stored twice. Things with no date at
all come last, so they are not lost from the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from secondop_desktop.domain.model import Case
from secondop_desktop.domain.times import parse_time

KINDS = ("visit", "note", "record", "question", "answer", "follow_up", "decision")
KIND_WORDS = {
    "visit": "Visit",
    "note": "Note",
    "record": "Record",
    "question": "Question",
    "answer": "Answer",
    "follow_up": "Follow-up",
    "decision": "Decision",
}
RECORD_WORDS = {"received": "received", "shared": "shared", "requested": "requested",
                "needed": "needed"}


@dataclass
class Event:
    when: date | None
    at: datetime | None
    """The exact time when known (notes, answers), for the order within one day."""
    kind: str
    title: str
    detail: str = ""
    object_id: str = ""

    def sort_key(self) -> tuple:
        if self.when is None:
            return (1, date.max, "", KINDS.index(self.kind))
        time = self.at.time().isoformat() if self.at else ""
        return (0, self.when, time, KINDS.index(self.kind))


def _day(value: str | None) -> tuple[date | None, datetime | None]:
    """A date ("2026-10-02") or a time ("2026-10-02T10:12:00+02:00") as (day, exact time)."""
    if not value:
        return None, None
    if len(value) == 10:
        try:
            return date.fromisoformat(value), None
        except ValueError:
            return None, None
    moment = parse_time(value)
    # The day as written (the writer's own clock), not moved to UTC.
    return (moment.date(), moment) if moment else (None, None)


_POINT_WORDS = {
    "diagnosis": "the diagnosis", "certainty": "how sure they are", "stage": "the stage",
    "rationale": "their reasoning", "recommendation": "a recommendation",
    "urgency": "how soon", "evidence": "the evidence", "answer": "an answer",
    "follow_up": "the next steps",
}


def _point_words(key: str) -> str:
    return "About " + _POINT_WORDS.get(key.split(":", 1)[0], "a difference")


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def build(case: Case, include_private: bool = True) -> list[Event]:
    events: list[Event] = []

    def add(when: str | None, kind: str, title: str, detail: str = "", ident: str = "") -> None:
        day, moment = _day(when)
        events.append(Event(day, moment, kind, title, _short(detail), ident))

    names = {o.id: o.doctor for o in case.opinions}
    for opinion in case.opinions:
        where = opinion.physician.institution.strip()
        add(opinion.visit_date, "visit", f"Saw {opinion.doctor}" + (f", {where}" if where else ""),
            opinion.diagnosis.text, opinion.id)
        for answer in opinion.answers:
            question = case.question(answer.question_id)
            if answer.text.strip():
                # An answer with no time of its own was most likely given at the visit.
                add(answer.updated_at or opinion.visit_date, "answer", f"{opinion.doctor} answered",
                    (f"{question.text.strip()} — " if question else "") + answer.text, answer.id)
    for question in case.questions:
        add(question.created_at, "question", "Question written down", question.text, question.id)
    for note in case.notes:
        if note.private and not include_private:
            continue
        about = names.get(note.opinion_id or "")
        title = "Note" + (f" about {about}" if about else "") + (f" by {note.author.strip()}"
                                                                  if note.author.strip() else "")
        add(note.taken_at or note.updated_at, "note", title, note.text, note.id)
    for record in case.records:
        if record.status not in ("received", "shared"):
            continue
        title = f"{record.title.strip() or 'A record'} {RECORD_WORDS[record.status]}"
        shared = [names[i] for i in record.shared_with if i in names]
        detail = ("Shared with " + ", ".join(shared)) if shared and record.status == "shared" \
            else record.notes
        # Without a time of its own, a record was received no later than its first file.
        added = sorted(a.added_at for a in record.attachments if a.added_at)
        add(record.updated_at or (added[0] if added else None), "record", title, detail,
            record.id)
    for review in case.reviews:
        if review.state == "open" and not review.asked_on:
            continue
        to = names.get(review.asked_to or "")
        if review.asked_on:
            add(review.asked_on, "follow_up", f"Asked {to}" if to else "Asked about a difference",
                _point_words(review.point), review.id)
        if review.state in ("explained", "resolved") and review.updated_at:
            said = review.reply.strip() or review.note.strip()
            add(review.updated_at, "follow_up", f"Difference {review.state}", said, review.id)
    decision = case.decision
    if decision is not None and decision.chosen.strip():
        add(decision.decided_on or decision.updated_at, "decision",
            f"Decided: {decision.chosen.strip()}", decision.reasons)
    events.sort(key=Event.sort_key)
    return events
