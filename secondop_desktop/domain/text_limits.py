# SPDX-License-Identifier: GPL-3.0-or-later
"""How much text each field of a case may hold, and text that is not text at all.

The numbers are part of case format 1 (docs/case-format.md, "How long a text may be"): a reader
refuses a file with a longer text, with one line naming the field. They are generous on purpose:
a whole pathology report pasted into a note fits, and so does anything a person types; what they
rule out is a text no page, screen or PDF could show in reasonable time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from secondop_desktop.i18n import _, fill, number

LONG_TEXT_MAX = 1_000_000
"""Characters in a text people write at length (notes, rationale, questions, answers, …)."""

SHORT_TEXT_MAX = 1_000
"""Characters in a name, label, code or other short text (a doctor's name, a tag, a dose)."""

# The fields that hold text written at length; every other text is short. Unknown keys (a newer
# SecondOp's fields) get the long limit: we cannot know what they hold.
LONG_FIELDS = frozenset({
    "concern", "reasons", "rationale", "follow_up", "interpretation", "benefits", "risks",
    "side_effects", "text", "notes", "note", "chosen", "treatment",
})
SHORT_FIELDS = frozenset({
    "id", "title", "patient_name", "status", "created_at", "updated_at", "label", "visit_date",
    "name", "specialty", "institution", "credentials", "contact", "icd10", "certainty", "stage",
    "kind", "source", "reference", "category", "urgency", "question_id", "topic", "opinion_id",
    "taken_at", "author", "tags", "file", "sha256", "media_type", "shared_with", "dose",
    "schedule", "started", "stopped", "prescribed_by", "factor", "based_on", "decided_on",
    "opinions", "point", "verdict", "state", "format", "exported_at",
})


def limit_for(field: str) -> int:
    """The most characters the field named ``field`` may hold."""
    return SHORT_TEXT_MAX if field in SHORT_FIELDS else LONG_TEXT_MAX


def text_problem(document: Any) -> str | None:
    """The first text in ``document`` (a case file's JSON) that no reader accepts, as
    ``path: what is wrong``; None when every text is fine. Two things are looked for: a lone
    UTF-16 surrogate (JSON can spell one, ``"\\ud800"``, but it is no character and cannot be
    stored or printed) and a text longer than its field's limit."""
    for path, field, value in _texts(document, "", ""):
        bad = _lone_surrogate(value)
        if bad is not None:
            return fill(_("{field}: holds a broken character ({code}, half of a character "
                          "pair); the file was damaged or made by a faulty program"),
                        field=path or _("a key"), code=f"U+{ord(bad):04X}")
        limit = limit_for(field)
        if len(value) > limit:
            return fill(_("{field}: {length} characters; this field holds at most {limit} (see "
                          "docs/case-format.md)"), field=path, length=number(len(value)),
                        limit=number(limit))
    return None


def _texts(value: Any, path: str, field: str) -> Iterator[tuple[str, str, str]]:
    if isinstance(value, str):
        yield path, field, value
    elif isinstance(value, dict):
        for key, item in value.items():
            key_path = f"{path}.{key}" if path else str(key)
            if isinstance(key, str):
                yield key_path, "", key  # keys: no length rule of their own, but no surrogates
            yield from _texts(item, key_path, key if isinstance(key, str) else "")
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from _texts(item, f"{path}[{n}]", field)


def _lone_surrogate(text: str) -> str | None:
    # Fast path: nearly every text encodes; only a failure needs the character found.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return text[exc.start]
    return None
