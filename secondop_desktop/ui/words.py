# SPDX-License-Identifier: GPL-3.0-or-later
"""The plain words the window uses for the case format's coded values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secondop_desktop.domain.compare import CATEGORY_WORDS as ENGINE_CATEGORY_WORDS

# The tables keep the English source text; callers show it through word(), which translates.

STATUS_WORDS = {
    "preparing": "Preparing",
    "gathering": "Gathering opinions",
    "comparing": "Comparing",
    "decided": "Decided",
}

# What the comparison engine found on one point, for any compare view (domain.comparison).
FINDING_WORDS = {
    "same": "Same",
    "refined": "Refined",
    "different": "Differs",
    "maybe_same": "May be the same",
    "only_a": "Only one doctor",
    "only_b": "Only one doctor",
}
WORDING_ONLY_WORDS = "Said the same in other words"
MAYBE_SAME_HINT = ("The same letters can name two different conditions; ask both doctors what "
                   "they meant.")
SEVERITY_WORDS = {"major": "Major", "minor": "Minor", "none": ""}

CERTAINTY_WORDS = {
    None: "Not said",
    "confirmed": "Confirmed",
    "probable": "Probable",
    "uncertain": "Uncertain",
}

EVIDENCE_KIND_WORDS = {
    "guideline": "Guideline",
    "study": "Study",
    "test_result": "Test result",
    "imaging": "Imaging (X-ray, scan)",
    "pathology": "Pathology",
    "exam": "Examination",
    "history": "History",
    "other": "Other",
}

# The engine's table: one list of these words for the whole program.
CATEGORY_WORDS = ENGINE_CATEGORY_WORDS

URGENCY_WORDS = {
    None: "Not said",
    "emergency": "Emergency",
    "soon": "Soon",
    "routine": "Routine",
    "elective": "When I choose",
}

TOPIC_WORDS = {
    "diagnosis": "Diagnosis",
    "treatment": "Treatment",
    "risks": "Risks",
    "trials": "Clinical trials",
    "logistics": "Practical matters",
    "other": "Other",
}

RECORD_KIND_WORDS = {
    "pathology_report": "Pathology report",
    "operative_report": "Operative report",
    "discharge_summary": "Discharge summary",
    "treatment_plan": "Treatment plan",
    "medication_list": "Medication list",
    "imaging": "Imaging",
    "lab_results": "Lab results",
    "referral_letter": "Referral letter",
    "other": "Other",
}

# The quick tags of notes taken in the room (keys in Note.tags; domain.templates.NOTE_TAGS).
NOTE_TAG_WORDS = {
    "diagnosis": "Diagnosis",
    "treatment": "Treatment",
    "question": "Question",
    "follow_up": "Follow-up",
    "to_check": "To check",
}

RECORD_STATUS_WORDS = {
    "needed": "Needed",
    "requested": "Requested",
    "received": "Received",
    "shared": "Shared",
}


def word(text: str) -> str:
    """One of the words in these tables, in the user's language (unchanged without a translator)."""
    return QCoreApplication.translate("Words", text)


def lookup(table: dict, key: object, default: str | None = None) -> str:
    """The translated word for ``key`` in ``table``; ``default`` (as is, it is data) if missing."""
    if key in table:
        return word(table[key])
    return default if default is not None else str(key)


def status_words(status: str) -> str:
    if status in STATUS_WORDS:
        return word(STATUS_WORDS[status])
    return status.capitalize() if status else ""


def doctors_words(count: int) -> str:
    if count == 0:
        return word("no doctors yet")
    return word("1 doctor") if count == 1 else word("{n} doctors").format(n=count)


# The checklist of reasons for a further opinion (keys stored in Case.reasons; other reasons are
# kept as the user's own words).
REASON_WORDS = {
    "major_surgery_recommended": "A major operation or treatment was recommended",
    "serious_or_rare_diagnosis": "The diagnosis is serious or rare",
    "diagnosis_uncertain": "The diagnosis is uncertain",
    "treatment_not_working": "The treatment is not working",
    "want_to_know_all_options": "I want to know all my options",
    "not_confident": "I do not feel sure about the plan",
    "insurance_requires": "My insurance asks for a second opinion",
}
