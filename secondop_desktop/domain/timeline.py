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
from secondop_desktop.i18n import N_, _, fill

KINDS = ("visit", "note", "record", "question", "answer", "follow_up", "decision")
# The English source text; the events' titles are written in the language in force.
KIND_WORDS = {
    "visit": N_("Visit"),
    "note": N_("Note"),
    "record": N_("Record"),
    "question": N_("Question"),
    "answer": N_("Answer"),
    "follow_up": N_("Follow-up"),
    "decision": N_("Decision"),
}
# "{record} received": only received and shared records are on the timeline.
RECORD_EVENTS = {"received": N_("{record} received"), "shared": N_("{record} shared")}


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
    "diagnosis": N_("About the diagnosis"), "certainty": N_("About how sure they are"),
    "stage": N_("About the stage"), "rationale": N_("About their reasoning"),
    "recommendation": N_("About a recommendation"), "urgency": N_("About how soon"),
    "evidence": N_("About the evidence"), "answer": N_("About an answer"),
    "follow_up": N_("About the next steps"),
}


def _point_words(key: str) -> str:
    return _(_POINT_WORDS.get(key.split(":", 1)[0], N_("About a difference")))


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
        saw = (fill(_("Saw {doctor}, {place}"), doctor=opinion.doctor, place=where) if where
               else fill(_("Saw {doctor}"), doctor=opinion.doctor))
        add(opinion.visit_date, "visit", saw, opinion.diagnosis.text, opinion.id)
        for answer in opinion.answers:
            question = case.question(answer.question_id)
            if answer.text.strip():
                # An answer with no time of its own was most likely given at the visit.
                add(answer.updated_at or opinion.visit_date, "answer",
                    fill(_("{doctor} answered"), doctor=opinion.doctor),
                    (f"{question.text.strip()} — " if question else "") + answer.text, answer.id)
    for question in case.questions:
        add(question.created_at, "question", _("Question written down"), question.text,
            question.id)
    for note in case.notes:
        if note.private and not include_private:
            continue
        about = names.get(note.opinion_id or "")
        author = note.author.strip()
        if about and author:
            title = fill(_("Note about {doctor} by {author}"), doctor=about, author=author)
        elif about:
            title = fill(_("Note about {doctor}"), doctor=about)
        elif author:
            title = fill(_("Note by {author}"), author=author)
        else:
            title = _("Note")
        add(note.taken_at or note.updated_at, "note", title, note.text, note.id)
    for record in case.records:
        if record.status not in ("received", "shared"):
            continue
        title = fill(_(RECORD_EVENTS[record.status]),
                     record=record.title.strip() or _("A record"))
        shared = [names[i] for i in record.shared_with if i in names]
        detail = (fill(_("Shared with {doctors}"), doctors=", ".join(shared))
                  if shared and record.status == "shared" else record.notes)
        # Without a time of its own, a record was received no later than its first file.
        added = sorted(a.added_at for a in record.attachments if a.added_at)
        add(record.updated_at or (added[0] if added else None), "record", title, detail,
            record.id)
    for review in case.reviews:
        if review.state == "open" and not review.asked_on:
            continue
        to = names.get(review.asked_to or "")
        if review.asked_on:
            add(review.asked_on, "follow_up",
                fill(_("Asked {doctor}"), doctor=to) if to else _("Asked about a difference"),
                _point_words(review.point), review.id)
        if review.state in ("explained", "resolved") and review.updated_at:
            said = review.reply.strip() or review.note.strip()
            title = (_("Difference explained") if review.state == "explained"
                     else _("Difference resolved"))
            add(review.updated_at, "follow_up", title, said, review.id)
    decision = case.decision
    if decision is not None and decision.chosen.strip():
        add(decision.decided_on or decision.updated_at, "decision",
            fill(_("Decided: {choice}"), choice=decision.chosen.strip()), decision.reasons)
    events.sort(key=Event.sort_key)
    return events
