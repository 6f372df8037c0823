# SPDX-License-Identifier: GPL-3.0-or-later
"""Two short lists of things (a treatment's risks, benefits or side effects: "infection,
bleeding" against "infection, bleeding and nerve damage"): what each doctor names that the
other does not, for a row that differs and says nothing else of what."""

from __future__ import annotations

import re

from secondop_desktop.domain.diagnosis_match import text_relation

# Where one thing of a list ends: a comma, a semicolon, "and", "or" (English and Spanish)
_BETWEEN = re.compile(r"\s*(?:[,;]|\band\b|\bor\b|\by\b|\bo\b|\be\b)\s*", re.IGNORECASE)
# Words before the things that are no thing themselves ("risks: ...", "risk of ...")
_LEAD_IN = re.compile(r"^(?:(?:the\s+)?(?:main\s+)?(?:risks?|side effects?|benefits?|"
                      r"riesgos?|efectos secundarios|beneficios?)\s*(?:are|include|:|of|de)?\s*"
                      r"|(?:a\s+)?(?:small\s+|rare\s+)?(?:risk|chance)\s+of\s+)",
                      re.IGNORECASE)
_MOST = 8  # things in a list at most; a longer account is compared word by word


def _things(text: str) -> list[str]:
    said = _LEAD_IN.sub("", text.strip().rstrip("."))
    return [thing for thing in (p.strip(" .") for p in _BETWEEN.split(said)) if thing]


def named_by_one(a: str, b: str) -> tuple[list[str], list[str]] | None:
    """The things only ``a`` names and those only ``b`` names, as written, where each text is
    a list of a few things with no figure (a chance is said as such elsewhere) and at least one
    thing is named by both; None otherwise."""
    if any(ch.isdigit() for ch in a + b):
        return None
    things_a, things_b = _things(a), _things(b)
    if not things_a or not things_b or max(len(things_a), len(things_b)) > _MOST:
        return None

    def found_in(thing: str, others: list[str]) -> bool:
        return any(text_relation(thing, other) == "same" for other in others)

    only_a = [t for t in things_a if not found_in(t, things_b)]
    only_b = [t for t in things_b if not found_in(t, things_a)]
    shared = len(things_a) - len(only_a)
    if not shared or not (only_a or only_b):
        return None
    return only_a, only_b
