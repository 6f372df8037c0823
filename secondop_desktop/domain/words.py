# SPDX-License-Identifier: GPL-3.0-or-later
"""The engine's words for the case format's coded values, one table each for the whole program
(the window's ``ui/words.py`` takes them from here). Light on purpose: the window reads them
before its first paint."""

from __future__ import annotations

from secondop_desktop.i18n import N_, _, fill, ngettext

# The one table of these words (the window's words.py takes them from here); each is the
# English source text, translated where it is shown with word().
CATEGORY_WORDS = {
    "surgery": N_("Surgery"), "medication": N_("Medication"),
    "radiation": N_("Radiation therapy"), "chemotherapy": N_("Chemotherapy"),
    "therapy": N_("Therapy"), "procedure": N_("Procedure"), "monitoring": N_("Watch and wait"),
    "lifestyle": N_("Lifestyle"), "clinical_trial": N_("Clinical trial"), "test": N_("More tests"),
    "referral": N_("Referral"), "other": N_("Other"),
}
# What a doctor's opinion rests on: the editor's choices, the comparison's rows and the PDF.
EVIDENCE_WORDS = {
    "guideline": N_("Guideline"), "study": N_("Study"), "test_result": N_("Test result"),
    "imaging": N_("Imaging (X-ray, scan)"), "pathology": N_("Pathology (tissue or slide)"),
    "exam": N_("Examination"), "history": N_("History"), "other": N_("Other"),
}
# How soon a recommendation is to be done: the same words in the opinion editor, the option grid,
# the comparison and the PDF (mid-sentence through mid_sentence()).
URGENCY_WORDS = {"emergency": N_("Emergency"), "soon": N_("Soon"), "routine": N_("Routine"),
                 "elective": N_("When I choose")}
# A recommendation's benefits, risks and side effects, wherever they are set side by side.
ASPECT_WORDS = {"benefits": N_("Benefits"), "risks": N_("Risks"),
                "side_effects": N_("Side effects")}
# How sure a doctor is of the diagnosis (mid-sentence in the comparison's cells).
CERTAINTY_WORDS = {"confirmed": N_("Confirmed"), "probable": N_("Probable"),
                   "uncertain": N_("Uncertain")}
# A record's kind and where it stands (the records table, the PDF, the timeline).
RECORD_KIND_WORDS = {
    "pathology_report": N_("Pathology report"),
    "operative_report": N_("Operative report"),
    "discharge_summary": N_("Discharge summary"),
    "treatment_plan": N_("Treatment plan"),
    "medication_list": N_("Medication list"),
    "imaging": N_("Imaging"),
    "lab_results": N_("Lab results"),
    "referral_letter": N_("Referral letter"),
    "other": N_("Other"),
}
RECORD_STATUS_WORDS = {
    "needed": N_("Needed"),
    "requested": N_("Requested"),
    "received": N_("Received"),
    "shared": N_("Shared"),
}

# What a question is about (the questions table, its filter, the text kept when saving fails).
TOPIC_WORDS = {"diagnosis": N_("Diagnosis"), "treatment": N_("Treatment"),
               "risks": ASPECT_WORDS["risks"], "trials": N_("Clinical trials"),
               "logistics": N_("Practical matters"), "other": N_("Other")}
# The quick tags of notes taken in the room (keys in Note.tags; domain.templates.NOTE_TAGS).
NOTE_TAG_WORDS = {"diagnosis": N_("Diagnosis"), "treatment": N_("Treatment"),
                  "question": N_("Question"), "follow_up": N_("Follow-up"),
                  "to_check": N_("To check")}
# A case's status (the window shows it capitalised, the command line's list in lower case).
CASE_STATUS_WORDS = {"preparing": N_("Preparing"), "gathering": N_("Gathering opinions"),
                     "comparing": N_("Comparing"), "decided": N_("Decided")}
# What the engine found on one point, as a mark or a heading reads it ("≠ differs").
FINDING_WORDS = {"same": N_("same"), "refined": N_("refined"), "different": N_("differs"),
                 "only_a": N_("only one doctor"), "only_b": N_("only one doctor"),
                 "maybe_same": N_("may be the same")}
SEVERITY_WORDS = {"major": N_("major"), "minor": N_("minor")}
# Where the patient is with a difference (a review's state).
REVIEW_STATE_WORDS = {"open": N_("open"), "asked": N_("asked"), "explained": N_("explained"),
                      "resolved": N_("resolved")}
# A comparison's summary: how the diagnoses and the plans relate.
DIAGNOSIS_WORDS = {
    "same": N_("the same"), "refined": N_("refined (one doctor is more specific)"),
    "different": N_("different"), "unknown": N_("not enough to compare"),
    "maybe_same": N_("may be the same (a word in it can be read two ways)"),
}
PLAN_WORDS = {
    "same": N_("the same"), "partly": N_("partly the same"), "different": N_("different"),
    "unknown": N_("not enough to compare"),
}
# The kinds of thing search finds text in.
SEARCH_KIND_WORDS = {"case": N_("case"), "opinion": N_("opinion"), "question": N_("question"),
                     "answer": N_("answer"), "note": N_("note"), "record": N_("record"),
                     "medication": N_("medication"), "decision": N_("decision"),
                     "review": N_("note on a difference"), "reply": N_("doctor's reply")}


def word(table: dict[str, str], key: str | None) -> str:
    """A coded value's word in the language in force; an unknown code is shown as it is."""
    return _(table[key]) if key in table else (key or "")


def mid_sentence(text: str) -> str:
    """A word or heading as it reads inside a sentence: "Soon" → "soon", "When I choose" →
    "when I choose", while a name or an abbreviation ("MRI", "Dr Hale") stays as written."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def differ_words(differ: int, only_in_detail: int) -> str:
    """"3 points differ", saying how many of them are only one doctor being more precise:
    "3 points differ (2 only in detail)", "1 point differs (only in detail)"; a summary that
    counted those as plain disagreements would worry the reader for nothing."""
    said = fill(ngettext("{n} point differs", "{n} points differ", differ), n=differ)
    if only_in_detail <= 0:
        return said
    if only_in_detail >= differ:
        more = _("(only in detail)") if differ == 1 else _("(all of them only in detail)")
    else:
        more = fill(ngettext("({n} only in detail)", "({n} only in detail)", only_in_detail),
                    n=only_in_detail)
    return f"{said} {more}"


def agreement_words(groups: list[list[str]]) -> str:
    """Who agrees with whom among three doctors, from groups of names: "all three agree",
    "Dr A and Dr B agree; Dr C differs", "all three differ", "not known yet" (no groups)."""
    if not groups:
        return _("not known yet")
    if len(groups) == 1 and len(groups[0]) >= 3:
        return _("all three agree")
    together = [g for g in groups if len(g) > 1]
    alone = [g[0] for g in groups if len(g) == 1]
    if not together:
        return _("all three differ")
    parts: list[tuple[str, dict[str, str]]] = [
        (_("{a} and {b} agree"), {"a": ", ".join(g[:-1]), "b": g[-1]}) for g in together]
    if alone:
        parts.append((ngettext("{names} differs", "{names} differ", len(alone)),
                      {"names": ", ".join(alone)}))
    # One sentence: a name after the semicolon is inside it ("…; el Dr Tanaka no coincide").
    return "".join(fill(("; " if i else "") + template, **values)
                   for i, (template, values) in enumerate(parts))


DOCTOR_TITLES = frozenset({
    "dr", "dr.", "doctor", "prof", "prof.", "professor", "mr", "mrs", "ms", "mx",
    "dra", "dra.", "doctora", "sr", "sr.", "sra", "sra.", "srta", "srta."})
"""Words before a doctor's name that a short name keeps ("Dra. Elena Ruiz" → "Dra. Ruiz"):
one table for the engine's questions, the window's compare view and the PDF's marks."""


def titled_short_name(name: str) -> str | None:
    """"Dr Robert Hale" → "Dr Hale", "Dra. Elena Ruiz" → "Dra. Ruiz"; None when the name does
    not start with a title and have at least two more words."""
    words = name.split()
    if len(words) >= 3 and words[0].lower() in DOCTOR_TITLES:
        return f"{words[0]} {words[-1]}"
    return None
