# SPDX-License-Identifier: GPL-3.0-or-later
"""Two short lists of things (a treatment's risks, benefits or side effects: "infection,
bleeding" against "infection, bleeding and nerve damage"): what each doctor names that the
other does not, for a row that differs and says nothing else of what."""

from __future__ import annotations

import re

from secondop_desktop.domain.diagnosis_match import text_relation
from secondop_desktop.domain.plan_match import normal_text, words
from secondop_desktop.domain.terms import fold

# Where one thing of a list ends: a comma, a semicolon, "and", "or" (English and Spanish)
_BETWEEN = re.compile(r"\s*(?:[,;]|\band\b|\bor\b|\by\b|\bo\b|\be\b)\s*", re.IGNORECASE)
# Words before the things that are no thing themselves ("risks: ...", "risk of ...")
_LEAD_IN = re.compile(r"^(?:(?:the\s+)?(?:main\s+)?(?:risks?|side effects?|benefits?|"
                      r"riesgos?|efectos secundarios|beneficios?)\s*(?:are|include|:|of|de)?\s*"
                      r"|(?:a\s+)?(?:small\s+|rare\s+)?(?:risk|chance)\s+of\s+)",
                      re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_MOST = 8  # things in a list at most; a longer account is compared word by word
_WORDS = 5  # words of a thing at most ("blood clots in the legs")
# words of a list read thing by thing for its meaning at most ("a small risk of infection,
# bleeding and nerve damage"): longer, it is compared as words
_LIST_WORDS = 12


# How often a thing is said to happen, where a list says it ("a small risk of bleeding",
# "bleeding (rare)", "common: bruising"): low or high. "Small", "low" and "high" only before a
# risk or a chance: "small bowel obstruction", "low mood" and "high blood pressure" are things.
_HOW_OFTEN = {
    "low": re.compile(r"\b(?:(?:small|low|slight|tiny|minimal|very small|very low)\s+"
                      r"(?=risk|chance)|rare|rarely|uncommon|unlikely|raro|rara|poco frecuente"
                      r"|infrecuente"
                      r"|(?:pequeno|bajo)\s+(?=riesgo)|(?<=riesgo )(?:pequeno|bajo))\b",
                      re.IGNORECASE),
    "high": re.compile(r"\b(?:high\s+(?=risk|chance)|common|commonly|frequent|often|likely"
                       r"|frecuente|comun|alto\s+(?=riesgo)|(?<=riesgo )alto)\b", re.IGNORECASE),
}
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")


def _things(text: str) -> list[str]:
    said = _LEAD_IN.sub("", text.strip().rstrip("."))
    return [thing for thing in (p.strip(" .") for p in _BETWEEN.split(said)) if thing]


def named_by_one(a: str, b: str) -> tuple[list[str], list[str]] | None:
    """The things only ``a`` names and those only ``b`` names, as written, where each text is
    a list of a few things with no figure (a chance is said as such elsewhere) and at least one
    thing is named by both; None otherwise."""
    if _DIGIT.search(a) or _DIGIT.search(b) or max(len(a.split()), len(b.split())) > (
            _MOST * _WORDS):
        return None
    things_a, things_b = _things(a), _things(b)
    if not things_a or not things_b or max(len(things_a), len(things_b)) > _MOST or any(
            len(t.split()) > _WORDS for t in things_a + things_b):
        return None  # (sentences, not a list of things: compared as words)

    # at least one thing written alike on both (read cheaply: most accounts that differ are
    # sentences, and reading each thing's words costs tens of ms on a long case)
    if not {normal_text(t) for t in things_a} & {normal_text(t) for t in things_b}:
        return None
    # one thing in either's words: the same telling words once the table's names are one
    # ("thrombosis" and "trombosis"), not read as a diagnosis is
    said_a, said_b = [words(t) for t in things_a], [words(t) for t in things_b]
    only_a = [t for t, w in zip(things_a, said_a, strict=True)
              if not w or (w not in said_b and not _named_in(t, things_b))]
    only_b = [t for t, w in zip(things_b, said_b, strict=True)
              if not w or (w not in said_a and not _named_in(t, things_a))]
    shared = len(things_a) - len(only_a)
    if not shared or not (only_a or only_b):
        return None
    return only_a, only_b


def _named_in(thing: str, things: list[str]) -> bool:
    """Whether one of ``things`` is ``thing`` in other words ("nerve damage" among "infection,
    nerve injury")."""
    return any(text_relation(thing, other) == "same" for other in things)


def same_things(a: str, b: str) -> bool:
    """Whether two short lists name the same things, each thing in either's words and the
    lists in any order ("risk of nerve damage" = "nerve injury", "a small risk of bleeding" =
    "bleeding (rare)", "infection, blood clots" = "thrombosis and infection"), and say alike
    how often, where they say it; a figure is a chance, read as such elsewhere."""
    if _DIGIT.search(a) or _DIGIT.search(b) or max(len(a.split()), len(b.split())) > _LIST_WORDS:
        return False
    a, b = fold(a), fold(b)  # ("pequeño riesgo" as the words below are written)
    often_a, often_b = _how_often(a), _how_often(b)
    if often_a != often_b or "both" in (often_a, often_b):
        return False
    things_a, things_b = _things(_without_how_often(a)), _things(_without_how_often(b))
    if (not things_a or len(things_a) != len(things_b) or len(things_a) > _MOST
            or any(len(t.split()) > _WORDS for t in things_a + things_b)):
        return False
    return text_relation(", ".join(things_a), ", ".join(things_b)) == "same"


def _how_often(text: str) -> str:
    said = {name for name, pattern in _HOW_OFTEN.items() if pattern.search(text)}
    return "both" if len(said) > 1 else next(iter(said), "")


def _without_how_often(text: str) -> str:
    for pattern in _HOW_OFTEN.values():
        text = pattern.sub(" ", text)
    return " ".join(_EMPTY_BRACKETS.sub(" ", text).split())
