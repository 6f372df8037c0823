# SPDX-License-Identifier: GPL-3.0-or-later
"""Starter sets the user picks from and edits: questions to ask, records to gather, note tags.

Pure data in English (the window translates what it shows). The questions are the usual
preparation for a further opinion, grouped by what they are about; each group maps to one of
the case format's question topics, so a question picked here is stored like one typed by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from secondop_desktop.domain.model import Question, Record, new_id, now_iso


@dataclass(frozen=True)
class QuestionGroup:
    key: str
    title: str
    topic: str  # one of model.QUESTION_TOPICS
    questions: tuple[str, ...]


STARTER_QUESTIONS: tuple[QuestionGroup, ...] = (
    QuestionGroup("diagnosis", "The diagnosis and how sure it is", "diagnosis", (
        "What exactly is my diagnosis, and what does it mean for me?",
        "How sure are you of the diagnosis? What else could it be?",
        "Is there a stage or grade, and what does it tell us?",
    )),
    QuestionGroup("tests", "What the tests showed", "diagnosis", (
        "What did my tests and scans show?",
        "Are any more tests needed before deciding? What would they change?",
        "Did you see the images themselves, or only the reports?",
    )),
    QuestionGroup("options", "The options: benefits, risks and side effects", "treatment", (
        "What are my treatment options?",
        "What is the main benefit of each option, and how likely is it?",
        "What are the risks and side effects of each option, short and long term?",
        "How long is recovery, and what will daily life be like afterwards?",
    )),
    QuestionGroup("waiting", "What happens if I wait", "risks", (
        "What is likely to happen if I wait, or do nothing for now?",
        "Which signs should make me call you before the next visit?",
    )),
    QuestionGroup("timing", "How soon I must decide", "logistics", (
        "How soon do I need to decide?",
        "How soon would treatment start, and where?",
    )),
    QuestionGroup("trials", "Clinical trials", "trials", (
        "Is there a clinical trial that would suit me?",
    )),
    QuestionGroup("cost", "Cost and insurance", "logistics", (
        "What will this cost me, and what does my insurance cover?",
        "Do I need approval from my insurer first?",
    )),
    QuestionGroup("your_place", "What you would do in my place", "other", (
        "What would you do in my place, or advise someone in your family to do?",
    )),
    QuestionGroup("other_doctor", "What the other doctor said", "other", (
        "The other doctor said something different. How do you see it?",
        "Would you be willing to talk to the other doctor about my case?",
    )),
)


def starter_question(text: str, topic: str) -> Question:
    stamp = now_iso()
    return Question(id=new_id(), text=text, topic=topic, created_at=stamp, updated_at=stamp)


@dataclass(frozen=True)
class RecordTemplate:
    kind: str  # one of model.RECORD_KINDS
    title: str


# What a new doctor needs to see. Imaging twice: the images matter as well as the report.
RECORD_CHECKLIST: tuple[RecordTemplate, ...] = (
    RecordTemplate("pathology_report", "Pathology report"),
    RecordTemplate("operative_report", "Operative report"),
    RecordTemplate("discharge_summary", "Discharge summary"),
    RecordTemplate("treatment_plan", "Treatment plan"),
    RecordTemplate("medication_list", "Medication list"),
    RecordTemplate("imaging", "Imaging report"),
    RecordTemplate("imaging", "Imaging: the images themselves (disc or download link)"),
    RecordTemplate("lab_results", "Lab results"),
    RecordTemplate("referral_letter", "Referral letter"),
)


def checklist_records(existing: list[Record]) -> list[Record]:
    """The checklist's records the case does not have yet: matched by title (ignoring case), or
    by kind (a "Current medication list" is the medication list). Imaging is matched by title
    only: an X-ray report in hand says nothing of the images themselves."""
    have = {r.title.strip().casefold() for r in existing}
    kinds = {r.kind for r in existing} - {"imaging", "other"}
    stamp = now_iso()
    return [Record(kind=t.kind, title=t.title, status="needed", updated_at=stamp)
            for t in RECORD_CHECKLIST
            if t.title.casefold() not in have and t.kind not in kinds]


# Quick tags for notes taken in the room, in the order of their keys (Ctrl+1 … Ctrl+5).
NOTE_TAGS: tuple[str, ...] = ("diagnosis", "treatment", "question", "follow_up", "to_check")
