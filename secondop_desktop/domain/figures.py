# SPDX-License-Identifier: GPL-3.0-or-later
"""Two notes alike in all but their figures ("target INR 2-3" against "target INR 2.5-3.5",
"radiotherapy 60 Gy in 30 fractions" against "in 20 fractions"): the figures each doctor
wrote, with the words around them, for a row that differs and says nothing else of what
differs."""

from __future__ import annotations

import re

from secondop_desktop.domain.terms import fold

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_DIGIT = re.compile(r"\d")
_EDGES = ".,;:()[]\"'"
# "more than 4 hours": the word before "than" says which way
_TWO_BEFORE = frozenset({"than", "que"})
# Words after a figure that say nothing of it ("INR 2-3 and stop aspirin", "day 2 to 26")
_NOT_AFTER = frozenset({
    "a", "an", "the", "and", "or", "if", "at", "in", "on", "of", "to", "for", "from", "by",
    "with", "before", "after", "during", "until", "till", "between", "every", "each", "per",
    "post", "over", "under", "below", "above", "then", "when", "while", "once", "twice", "one",
    "two", "three", "four", "five", "six", "y", "o", "de", "del", "en", "con", "cada", "por",
    "que", "al", "la", "el", "los", "las", "un", "una"})
# Signs before a figure that say which way ("< 7 g/dL")
_SIGNS = frozenset({"<", ">", "<=", ">=", "≤", "≥", "~", "≈"})
# A word after a figure, or its measure ("weeks", "mg/dL", "kcal/kg/day")
_WORD_OR_MEASURE = re.compile(r"[^\W\d_]+(?:/[^\W_]+)*")
_MOST = 3  # groups of figures said at most; more and the row's own words say it better
# Words that name the figure after them: the word after it is no measure of it ("Stage 1
# breast cancer" against "Stage 4 breast cancer" had been quoted "Stage 1 breast")
_NAMES_THE_FIGURE = frozenset({"stage", "grade", "type", "class", "estadio", "grado", "tipo",
                               "clase", "cin", "nyha", "gleason"})


def _shape(token: str) -> str:
    """A word as compared: folded, its edges' punctuation off, its numbers as "#"."""
    return _NUMBER.sub("#", fold(token).strip(_EDGES))


def _values(token: str) -> list[float]:
    return [float(n.replace(",", ".")) for n in _NUMBER.findall(fold(token))]


def _groups(apart: list[int], words: list[str]) -> list[tuple[int, int]]:
    """Positions of the words that differ, as runs (a word or two between two figures, the
    "to" of "2 to 3", "sets of" in "2 sets of 10", keep them in one run; not a clause's end,
    "in 2 weeks, INR 2-3")."""
    runs: list[tuple[int, int]] = []
    for i in apart:
        if runs and i - runs[-1][1] <= 3 and not any(
                w.endswith((",", ";", ":", ".")) for w in words[runs[-1][1]:i]):
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _said(words: list[str], shapes: list[str], start: int, end: int, around: bool) -> str:
    """The words ``start``..``end`` as written, with the word before them ("HbA1c 8.2%", not
    a bare number, and only ``around``) and the word after (a word or a measure, not a
    figure)."""
    first, last = start, end
    if start > 0 and shapes[start - 1] in _NAMES_THE_FIGURE:  # "stage 3", wherever it stands
        return " ".join(words[start - 1:last + 1]).strip(_EDGES)
    # (not a word that ends a clause before it: "tamoxifen 20mg od, 10 years")
    if around and first > 0 and (any(ch.isalpha() for ch in shapes[first - 1])
                                 or shapes[first - 1] in _SIGNS) and not words[
            first - 1].endswith((",", ";", ":")):
        first -= 1
        if shapes[first] in _TWO_BEFORE and first > 0 and "#" not in shapes[first - 1]:
            first -= 1
    # "2 of 14", "3 out of 10": the whole of which it is part, and nothing after
    for of in (("of",), ("de",), ("out", "of")):
        if shapes[last + 1:last + 1 + len(of)] == list(of) and last + len(of) + 1 < len(
                words) and "#" in shapes[last + len(of) + 1]:
            return " ".join(words[first:last + len(of) + 2]).strip(_EDGES)
    if not words[last].endswith((",", ";", ":", ".")) and last + 1 < len(words) and (
            _WORD_OR_MEASURE.fullmatch(shapes[last + 1])) and shapes[last + 1] not in _NOT_AFTER:
        last += 1
    return " ".join(words[first:last + 1]).strip(_EDGES)


def figures_apart(a: str, b: str) -> tuple[str, str] | None:
    """The figures in which two texts differ, each with the word before it and the word after
    it, where the texts are otherwise the same words: ("INR 2-3", "INR 2.5-3.5"); None where
    the words differ too, or nothing or too much differs."""
    if not _DIGIT.search(a) or not _DIGIT.search(b):
        return None
    words_a, words_b = a.split(), b.split()
    shapes_a, shapes_b = [_shape(w) for w in words_a], [_shape(w) for w in words_b]
    if shapes_a == shapes_b:
        apart = [i for i, (x, y) in enumerate(zip(words_a, words_b, strict=True))
                 if "#" in shapes_a[i] and _values(x) != _values(y)]
        runs = _groups(apart, words_a)
        if not runs or len(runs) > _MOST:
            return None
        return (" … ".join(_said(words_a, shapes_a, s, e, True) for s, e in runs),
                " … ".join(_said(words_b, shapes_b, s, e, True) for s, e in runs))
    # one figure each, the words around it in another order ("target INR 2-3" against "INR
    # target 2.5-3.5"): the figures alone
    figured_a = [i for i, shape in enumerate(shapes_a) if "#" in shape]
    figured_b = [i for i, shape in enumerate(shapes_b) if "#" in shape]
    if (len(figured_a) != 1 or len(figured_b) != 1 or sorted(shapes_a) != sorted(shapes_b)
            or _values(words_a[figured_a[0]]) == _values(words_b[figured_b[0]])):
        return None
    return (_said(words_a, shapes_a, figured_a[0], figured_a[0], False),
            _said(words_b, shapes_b, figured_b[0], figured_b[0], False))
