# SPDX-License-Identifier: GPL-3.0-or-later
"""A course of radiotherapy's dose, however it is written, as its total and its fractions.

Doctors write one course many ways: "60 Gy in 30 fractions", "2 Gy a day, weekdays for 6
weeks", "40Gy/15#", "50 Gy en 25 sesiones", "2 Gy per day x 25 fractions", "8 Gy single
fraction" and "one-off 8 Gy". Read word by word they had differed, and "50 Gy" against "2 Gy"
was even said as one dose 25 times the other. ``as_total_in_fractions`` writes a line whose
course is fully given as "<total> gy in <n> fractions", the rest of its words kept, so two ways
of writing one course compare as one and two courses compare by their figures. Only what the
line says is counted: "daily" alone is not taken for five days a week.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from secondop_desktop.domain.terms import fold

_NUMBER = r"(\d{1,3}(?:\.\d{1,2})?)"
_GRAY = re.compile(_NUMBER + r"\s*gy\b")
# A dose that is each fraction's: "2 Gy a day", "2 Gy per fraction", "2 Gy x 25", "2 Gy por
# sesión"
_EACH = re.compile(r"\s*(?:(?:per|a|each|every|/|por|cada|al)\s*(?:day|fraction|fx|session|"
                   r"treatment|dia|fraccion|sesion)\b|daily\b|al dia\b|(?=\s*x\s*\d))")
# So many fractions: "in 30 fractions", "x 25 fractions", "/15#", "15 fx", "en 25 sesiones"
_FRACTIONS = re.compile(
    r"(?:\b(?:in|en|over|x)\s*|/\s*|x\s*)?(\d{1,2})\s*(?:#|fx\b|fractions?\b|fracciones\b|"
    r"sessions?\b|sesiones\b|treatments\b|tratamientos\b)"
    r"|(?<=gy)\s*/\s*(\d{1,2})\b(?!\s*(?:weeks?|days?|semanas|dias)\b)")
_ONE_FRACTION = re.compile(r"\b(?:(?:in\s+)?(?:a\s+)?single(?:\s+fraction|\s+dose)?|one[\s-]off|"
                           r"(?:in\s+)?one fraction|(?:en\s+)?una sola (?:sesion|fraccion|dosis)|"
                           r"(?:en\s+)?dosis unica)\b")
# Five days a week, as said: "weekdays", "Monday to Friday", "5 days a week", "de lunes a
# viernes" (not "daily", which may mean every day)
_WEEKDAYS = re.compile(r"\b(?:on\s+)?(?:weekdays|mon(?:day)?\s*(?:-|to)\s*fri(?:day)?|"
                       r"(?:5|five) (?:days|times) (?:a|per) week|de lunes a viernes|"
                       r"(?:5|cinco) (?:dias|veces) (?:a|por) (?:la )?semana)\b")
_WEEKS = re.compile(r"\b(?:for|over|durante|en)\s+(\d{1,2})\s*(?:weeks?|semanas?)\b")


# Radiotherapy by name, where a line gives fractions but no dose in Gy (not "rt", folded: it
# is "right" as often, "rt knee physio 6 sessions"; "RT" as written is read below)
_RADIOTHERAPY = re.compile(r"\b(?:radiotherapy|radiation therapy|dxt|xrt|imrt|sbrt|sabr|"
                           r"radioterapia)\b")


class Course(NamedTuple):
    total: float  # in Gy; 0 where only the fractions are given
    fractions: int


def course(text: str) -> Course | None:
    """The course ``text`` gives in full (its total and its fractions, said or worked out from
    a dose a fraction), or None where it gives less, or says two things that do not agree."""
    read = _read(fold(text or ""), _RT_FOR_RADIOTHERAPY.search(text or "") is not None)
    return read[0] if read else None


@lru_cache(maxsize=4096)
def as_total_in_fractions(text: str) -> str:
    """``text`` with its course written "<total> gy in <n> fractions" (or "<n> fractions" where
    no dose is given) where it gives one in full; else ``text`` as it is."""
    folded = fold(text or "")
    read = _read(folded, _RT_FOR_RADIOTHERAPY.search(text or "") is not None)
    if read is None:
        return text
    given, spans = read
    # the rest as written where the folded text lines up with it ("RT" is radiotherapy, "rt"
    # may be right)
    shown = text if len(text) == len(folded) else folded
    kept = "".join(shown[start:end] for start, end in _between(spans, len(folded)))
    rest = _EMPTY_BRACKETS.sub(" ", " ".join(kept.split())).replace(" ,", ",").strip(" ,;")
    # "RT" before a course is radiotherapy, not "right" ("RT 60 Gy", "breast RT 40 Gy", "RT
    # to the chest"; "RT breast" stays as it is)
    rest = _RT_FOR_RADIOTHERAPY.sub("radiotherapy", rest)
    fractions = f"{given.fractions} fraction{'s' if given.fractions != 1 else ''}"
    said = f"{given.total:g} gy in {fractions}" if given.total else fractions
    return f"{rest} {said}".strip()


_RT_FOR_RADIOTHERAPY = re.compile(r"\bRT\b(?=\s*(?:$|[\d,;.(]|to\b|for\b|with\b|of\b|x\b))")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")


def _read(folded: str, rt: bool = False) -> tuple[Course, list[tuple[int, int]]] | None:
    """The course ``folded`` gives, and the stretches that say it; ``rt``: the text names
    radiotherapy by its letters."""
    if "gy" not in folded and not rt and not _RADIOTHERAPY.search(folded):
        return None
    totals, each, spans = [], [], []
    for match in _GRAY.finditer(folded):
        after = _EACH.match(folded, match.end())
        if after:
            each.append(float(match.group(1)))
            spans.append((match.start(), after.end()))
        else:
            totals.append(float(match.group(1)))
            spans.append(match.span())
    counts = []
    for match in _FRACTIONS.finditer(folded):
        counts.append(int(match.group(1) or match.group(2)))
        spans.append(match.span())
    for match in _ONE_FRACTION.finditer(folded):
        counts.append(1)
        spans.append(match.span())
    if len(totals) > 1 or len(each) > 1 or len(set(counts)) > 1:
        return None  # two courses, or one said twice over: nothing to add up
    weeks = [(int(m.group(1)), m.span()) for m in _WEEKS.finditer(folded)]
    weekdays = [m.span() for m in _WEEKDAYS.finditer(folded)]
    fractions = counts[0] if counts else 0
    if len(weeks) == 1 and (weekdays or fractions == 5 * weeks[0][0]):
        # "weekdays for 6 weeks" is 30 fractions; "15 fractions over 3 weeks" says no more
        if fractions and fractions != 5 * weeks[0][0]:
            return None
        fractions = 5 * weeks[0][0]
        spans += [weeks[0][1], *weekdays]
    total = totals[0] if totals else 0.0
    if each and not fractions and total and (total / each[0]).is_integer():
        fractions = int(total / each[0])
    if each and fractions:
        added = _added_up(each[0], fractions)
        if total and abs(total - added) > 0.01:
            return None  # "2 Gy x 25 = 60 Gy" does not add up: as written
        total = added
    if not fractions:
        return None
    return Course(round(total, 2), fractions), spans


def _added_up(each: float, fractions: int) -> float:
    """The course's total of so many fractions of ``each``: a dose a fraction rounded to two
    decimals adds up to the whole Gy it was worked out from ("2.67 Gy" is 40 Gy over 15
    fractions, not 40.05, which no doctor wrote)."""
    total = each * fractions
    two_decimals = round(each, 1) != each  # (the pattern reads at most two)
    if two_decimals and abs(total - round(total)) <= 0.005 * fractions:
        return float(round(total))
    return round(total, 2)


def _between(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches of a text of ``length`` outside every span."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start > at:
            out.append((at, start))
        at = max(at, end)
    if at < length:
        out.append((at, length))
    return out
