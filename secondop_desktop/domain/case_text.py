# SPDX-License-Identifier: GPL-3.0-or-later
"""A case as plain text, for a person to read: what the window saves when the journal cannot
(a full disk, a damaged file) so nothing typed is lost. Every text the case holds is written,
under plain headings; ids, times of change and empty fields are left out."""

from __future__ import annotations

from typing import Any

from secondop_desktop.domain import words
from secondop_desktop.domain.history import key_words
from secondop_desktop.domain.model import Case
from secondop_desktop.i18n import N_, _, fill

_SKIP = frozenset({"id", "updated_at", "created_at", "question_id", "opinion_id", "sha256",
                   "opinions", "based_on", "shared_with", "prescribed_by", "file", "extra"})
# The headings are in the language in force (the text is for the person who lost the window).
_LISTS = {
    "opinions": N_("Opinion"), "evidence": N_("Evidence item"),
    "recommendations": N_("Recommendation"),
    "answers": N_("Answer"), "questions": N_("Question"), "notes": N_("Note"),
    "records": N_("Record"), "attachments": N_("Attached file"), "medications": N_("Medicine"),
    "reviews": N_("Review"), "values": N_("What matters"), "reasons": N_("Reason"),
    "tags": N_("Tag"),
}
# Coded values are written in words (a person reads this file, not the program): the key is the
# list or object the field sits in ("" for the case itself) and the field's name.
_CODED = {
    ("", "status"): words.CASE_STATUS_WORDS,
    ("diagnosis", "certainty"): words.CERTAINTY_WORDS,
    ("evidence", "kind"): words.EVIDENCE_WORDS,
    ("recommendations", "category"): words.CATEGORY_WORDS,
    ("recommendations", "urgency"): words.URGENCY_WORDS,
    ("questions", "topic"): words.TOPIC_WORDS,
    ("records", "kind"): words.RECORD_KIND_WORDS,
    ("records", "status"): words.RECORD_STATUS_WORDS,
    ("reviews", "state"): words.REVIEW_STATE_WORDS,
    ("reviews", "verdict"): words.FINDING_WORDS,
    ("tags", ""): words.NOTE_TAG_WORDS,
}


def case_as_text(case: Case, heading: str = "") -> str:
    """The case's texts, one field a line (long texts as they are, line breaks kept)."""
    lines: list[str] = []
    if heading:
        lines += [heading, ""]
    lines.append(fill(_("Case: {title}"), title=case.title.strip() or _("Untitled case")))
    data = case.to_dict()
    data.pop("title", None)
    _write(data, lines, "", "")
    return "\n".join(lines).rstrip() + "\n"


def _label(key: str) -> str:
    said = key_words(key)
    if said:
        return said[0].upper() + said[1:]
    return key.replace("_", " ").capitalize()


def _shown(within: str, key: str, item: Any) -> str:
    table = _CODED.get((within, key))
    if table is not None and isinstance(item, str) and item in table:
        return words.word(table, item)
    return str(item)


def _write(value: Any, lines: list[str], indent: str, within: str) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if item in (None, "", [], {}, False):
                continue
            # A review's "opinions" are ids; the case's own "opinions" are the doctors' words.
            ids_only = not (isinstance(item, list) and isinstance(item[0], dict))
            if key in _SKIP and (key != "opinions" or ids_only):
                continue
            if isinstance(item, list) and key in _LISTS:
                for n, element in enumerate(item, 1):
                    if isinstance(element, dict):
                        lines.append("")
                        lines.append(f"{indent}{_(_LISTS[key])} {n}")
                        _write(element, lines, indent + "  ", key)
                    else:
                        lines.append(f"{indent}{_(_LISTS[key])}: {_shown(key, '', element)}")
            elif isinstance(item, dict):
                lines.append(f"{indent}{_label(key)}:")
                _write(item, lines, indent + "  ", key)
            else:
                text = _shown(within, key, item)
                if "\n" in text:
                    lines.append(f"{indent}{_label(key)}:")
                    lines.extend(f"{indent}  {line}" for line in text.splitlines())
                else:
                    lines.append(f"{indent}{_label(key)}: {text}")
