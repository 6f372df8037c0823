# SPDX-License-Identifier: GPL-3.0-or-later
"""The plain words the window uses for the case format's coded values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secondop_desktop.domain.words import CASE_STATUS_WORDS
from secondop_desktop.domain.words import CATEGORY_WORDS as ENGINE_CATEGORY_WORDS
from secondop_desktop.domain.words import CERTAINTY_WORDS as ENGINE_CERTAINTY_WORDS
from secondop_desktop.domain.words import EVIDENCE_WORDS as ENGINE_EVIDENCE_WORDS
from secondop_desktop.domain.words import NOTE_TAG_WORDS as ENGINE_NOTE_TAG_WORDS
from secondop_desktop.domain.words import RECORD_KIND_WORDS as RECORD_KIND_WORDS  # re-exported
from secondop_desktop.domain.words import RECORD_STATUS_WORDS as RECORD_STATUS_WORDS
from secondop_desktop.domain.words import TOPIC_WORDS as ENGINE_TOPIC_WORDS
from secondop_desktop.domain.words import URGENCY_WORDS as ENGINE_URGENCY_WORDS
from secondop_desktop.i18n import N_, _, fill, ngettext

# The tables keep the English source text; callers show it through word(), which translates.

STATUS_WORDS = CASE_STATUS_WORDS

# What the comparison engine found on one point, for any compare view (domain.comparison).
FINDING_WORDS = {
    "same": N_("Same"),
    "refined": N_("Refined"),
    "different": N_("Differs"),
    "maybe_same": N_("May be the same"),
    "only_a": N_("Only one doctor"),
    "only_b": N_("Only one doctor"),
}
WORDING_ONLY_WORDS = N_("Said the same in other words")
SEVERITY_WORDS = {"major": N_("Major"), "minor": N_("Minor"), "none": ""}

# The engine's tables: one list of these words for the whole program.
CERTAINTY_WORDS = {None: N_("Not said"), **ENGINE_CERTAINTY_WORDS}
EVIDENCE_KIND_WORDS = ENGINE_EVIDENCE_WORDS

# The engine's table: one list of these words for the whole program.
CATEGORY_WORDS = ENGINE_CATEGORY_WORDS

# The engine's table too (the option grid and the PDF say the same), with the editor's blank.
URGENCY_WORDS = {None: N_("Not said"), **ENGINE_URGENCY_WORDS}

# What a question is about, and the quick tags of notes: the engine's tables as well.
TOPIC_WORDS = ENGINE_TOPIC_WORDS
NOTE_TAG_WORDS = ENGINE_NOTE_TAG_WORDS


def word(text: str) -> str:
    """One of the words in these tables, in the user's language: from the window's Qt
    translation when it has one, else from the gettext catalog the engine and the PDF use (the
    tables are marked N_ for it)."""
    translated = QCoreApplication.translate("Words", text)
    return translated if translated != text else _(text)


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
        return _("no doctors yet")
    return fill(ngettext("{n} doctor", "{n} doctors", count), n=count)


# The checklist of reasons for a further opinion (keys stored in Case.reasons; other reasons are
# kept as the user's own words).
REASON_WORDS = {
    "major_surgery_recommended": N_("A major operation or treatment was recommended"),
    "serious_or_rare_diagnosis": N_("The diagnosis is serious or rare"),
    "diagnosis_uncertain": N_("The diagnosis is uncertain"),
    "treatment_not_working": N_("The treatment is not working"),
    "want_to_know_all_options": N_("I want to know all my options"),
    "not_confident": N_("I do not feel sure about the plan"),
    "insurance_requires": N_("My insurance asks for a second opinion"),
}
