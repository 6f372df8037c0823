# SPDX-License-Identifier: GPL-3.0-or-later
"""Starter sets the user picks from and edits: questions to ask, records to gather, note tags.

The English source text, marked for the catalog: ``starter_groups()`` and ``checklist_records()``
give it in the language in force when the list is offered, and what the user adds is then the
user's text, stored as it reads (never translated again). The questions are the usual
preparation for a further opinion, grouped by what they are about; each group maps to one of
the case format's question topics, so a question picked here is stored like one typed by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from secondop_desktop.domain.model import Question, Record, new_id, now_iso
from secondop_desktop.i18n import N_, _, in_every_language


@dataclass(frozen=True)
class QuestionGroup:
    key: str
    title: str
    topic: str  # one of model.QUESTION_TOPICS
    questions: tuple[str, ...]


STARTER_QUESTIONS: tuple[QuestionGroup, ...] = (
    QuestionGroup("diagnosis", N_("The diagnosis and how sure it is"), "diagnosis", (
        N_("What exactly is my diagnosis, and what does it mean for me?"),
        N_("How sure are you of the diagnosis? What else could it be?"),
        N_("Is there a stage or grade, and what does it tell us?"),
    )),
    QuestionGroup("tests", N_("What the tests showed"), "diagnosis", (
        N_("What did my tests and scans show?"),
        N_("Are any more tests needed before deciding? What would they change?"),
        N_("Did you see the images themselves, or only the reports?"),
    )),
    QuestionGroup("options", N_("The options: benefits, risks and side effects"), "treatment", (
        N_("What are my treatment options?"),
        N_("What is the main benefit of each option, and how likely is it?"),
        N_("What are the risks and side effects of each option, short and long term?"),
        N_("How long is recovery, and what will daily life be like afterwards?"),
    )),
    QuestionGroup("waiting", N_("What happens if I wait"), "risks", (
        N_("What is likely to happen if I wait, or do nothing for now?"),
        N_("Which signs should make me call you before the next visit?"),
    )),
    QuestionGroup("timing", N_("How soon I must decide"), "logistics", (
        N_("How soon do I need to decide?"),
        N_("How soon would treatment start, and where?"),
    )),
    QuestionGroup("trials", N_("Clinical trials"), "trials", (
        N_("Is there a clinical trial that would suit me?"),
    )),
    QuestionGroup("cost", N_("Cost and insurance"), "logistics", (
        N_("What will this cost me, and what does my insurance cover?"),
        N_("Do I need approval from my insurer first?"),
    )),
    QuestionGroup("your_place", N_("What you would do in my place"), "other", (
        N_("What would you do in my place, or advise someone in your family to do?"),
    )),
    QuestionGroup("other_doctor", N_("What the other doctor said"), "other", (
        N_("The other doctor said something different. How do you see it?"),
        N_("Would you be willing to talk to the other doctor about my case?"),
    )),
)


def starter_groups() -> list[QuestionGroup]:
    """The starter questions in the language in force."""
    return [QuestionGroup(g.key, _(g.title), g.topic, tuple(_(q) for q in g.questions))
            for g in STARTER_QUESTIONS]


def already_asked(english: str, have: set[str]) -> bool:
    """Whether a starter question is among ``have`` (case-folded texts) in any language."""
    return any(said.strip().casefold() in have for said in in_every_language(english))


def starter_question(text: str, topic: str) -> Question:
    stamp = now_iso()
    return Question(id=new_id(), text=text, topic=topic, created_at=stamp, updated_at=stamp)


@dataclass(frozen=True)
class RecordTemplate:
    kind: str  # one of model.RECORD_KINDS
    title: str


# What a new doctor needs to see. Imaging twice: the images matter as well as the report.
RECORD_CHECKLIST: tuple[RecordTemplate, ...] = (
    RecordTemplate("pathology_report", N_("Pathology report")),
    RecordTemplate("operative_report", N_("Operative report")),
    RecordTemplate("discharge_summary", N_("Discharge summary")),
    RecordTemplate("treatment_plan", N_("Treatment plan")),
    RecordTemplate("medication_list", N_("Medication list")),
    RecordTemplate("imaging", N_("Imaging report")),
    RecordTemplate("imaging", N_("Imaging: the images themselves (disc or download link)")),
    RecordTemplate("lab_results", N_("Lab results")),
    RecordTemplate("referral_letter", N_("Referral letter")),
)


def checklist_records(existing: list[Record]) -> list[Record]:
    """The checklist's records the case does not have yet: matched by title (ignoring case), or
    by kind (a "Current medication list" is the medication list). Imaging is matched by title
    only: an X-ray report in hand says nothing of the images themselves. The titles are in the
    language in force; one added earlier in another language still counts."""
    have = {r.title.strip().casefold() for r in existing}
    kinds = {r.kind for r in existing} - {"imaging", "other"}
    stamp = now_iso()
    return [Record(kind=t.kind, title=_(t.title), status="needed", updated_at=stamp)
            for t in RECORD_CHECKLIST
            if not any(said.casefold() in have for said in in_every_language(t.title))
            and t.kind not in kinds]


# Quick tags for notes taken in the room, in the order of their keys (Ctrl+1 … Ctrl+5).
NOTE_TAGS: tuple[str, ...] = ("diagnosis", "treatment", "question", "follow_up", "to_check")
