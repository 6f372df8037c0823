# SPDX-License-Identifier: GPL-3.0-or-later
"""A chance however it is said, as a per cent: "1 in 100" = "1%" = "one per cent" = "uno de
cada cien"; "9 out of 10" = "90%"; "2 to 3 percent" = "2-3%". Doctors give risks and chances of
success in both ways, often to the same family; read as per cents, two doctors who gave one
risk two ways read as saying the same, and two who gave different risks differ by number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from secondop_desktop.domain.terms import fold
from secondop_desktop.domain.units import COUNT_WORDS

_COUNTS = {**COUNT_WORDS, "hundred": 100, "thousand": 1000, "mil": 1000, "cien": 100,
           "ciento": 100, "a hundred": 100, "a thousand": 1000, "cincuenta": 50, "fifty": 50}
_COUNT = (r"(\d+(?:\.\d+)?|" + "|".join(sorted(map(re.escape, _COUNTS), key=len, reverse=True))
          + r")")
# "1 in 100", "one in a hundred", "9 out of 10", "1/100", "2 in 100", "uno de cada cien",
# "9 de cada 10"
_ONE_IN = re.compile(rf"\b{_COUNT}\s+(?:in|out of|of every|de cada|en)\s+(?:a\s+|every\s+)?"
                     rf"{_COUNT}\b(?!\s*(?:days?|weeks?|months?|years?|hours?|dias|semanas|"
                     rf"meses|anos))")
_SLASH = re.compile(r"(?<![\d/])(\d{1,3})\s*/\s*(10|20|50|100|1000|10000)(?![\d/])")
_PER_CENT_WORDS = re.compile(r"\s*(?:per ?cent|percent|por ?ciento|pc)\b")
_HALF_A_PER_CENT = re.compile(r"\b(?:a |one )?half (?:a |of a |of one |of 1 )?"
                              r"(?:per ?cent|percent)\b|\bmedio por ?ciento\b")
# half of the people it is said of: "half of patients get nausea" = "nausea in about 50%", "la
# mitad de los pacientes"
_HALF_OF = re.compile(r"\b(?:about |around |roughly )?(?:a |one )?half (?:of )?(?:the |all )?"
                      r"(?=(?:patients|people|cases|women|men|children)\b)|"
                      r"\b(?:la )?mitad de (?:los |las )?(?=(?:pacientes|personas|casos)\b)")
_COUNT_PER_CENT = re.compile(rf"\b{_COUNT}\s*%")
# a range of per cents: "2 to 3%", "2-3 %", "del 2 al 3%", "between 2 and 3%"
_RANGE = re.compile(r"\b(?:between\s+|entre\s+|del?\s+)?(\d+(?:\.\d+)?)\s*%?\s*"
                    r"(?:to|-|–|and|al|a|y)\s*(\d+(?:\.\d+)?)\s*%")


def _number(said: str) -> float:
    return float(_COUNTS[said]) if said in _COUNTS else float(said)


def _per_cent(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") + "%"


def _one_in(match: re.Match[str]) -> str:
    part, whole = _number(match.group(1)), _number(match.group(2))
    if whole <= 0 or part > whole:
        return match.group()
    return " " + _per_cent(100 * part / whole) + " "


@lru_cache(maxsize=2048)
def as_per_cents(text: str) -> str:
    """``text`` folded, with each chance written as a per cent (above)."""
    folded = fold(text or "")
    # each rewrite only where its words are (most risks are said in words only)
    if "cent" in folded or "ciento" in folded or " pc" in folded:
        if "half" in folded or "medio" in folded:
            folded = _HALF_A_PER_CENT.sub(" 0.5% ", folded)  # "half a percent" = "1 in 200"
        folded = _PER_CENT_WORDS.sub("%", folded)
    if "half" in folded or "mitad" in folded:
        folded = _HALF_OF.sub(" 50% of ", folded)
    if "%" in folded:
        folded = _COUNT_PER_CENT.sub(lambda m: _per_cent(_number(m.group(1))), folded)
    if "/" in folded:
        folded = _SLASH.sub(lambda m: " " + _per_cent(100 * int(m.group(1)) / int(m.group(2)))
                            + " ", folded)
    if any(word in folded for word in (" in ", "out of", "de cada", "of every", " en ")):
        folded = _ONE_IN.sub(_one_in, folded)
    if "%" in folded:
        folded = _RANGE.sub(lambda m: f" {m.group(1)}-{m.group(2)}% ", folded)
    return " ".join(folded.split())


# Words that frame a chance without saying what it is of: "risk of", "chance that", "about",
# "in ... people", "riesgo de".
_FRAME_WORDS = frozenset({
    "risk", "risks", "chance", "chances", "probability", "likelihood", "rate", "odds", "about",
    "around", "approximately", "approx", "roughly", "some", "of", "the", "a", "an", "in", "is",
    "are", "it", "that", "for", "people", "patients", "cases", "person", "patient", "case",
    "riesgo", "riesgos", "probabilidad", "posibilidad", "de", "del", "el", "la", "los", "las",
    "en", "un", "una", "es", "pacientes", "personas", "casos", "persona", "paciente", "caso",
    "aproximadamente", "alrededor", "unos", "unas", "and", "y", "e", "get", "gets",
    "has", "have", "tiene", "tienen", "being", "become", "becomes",
})
# Words that deny or all but deny what follows them (also what compare reads as a denial one
# side adds to the other's words)
DENIALS = frozenset({"no", "not", "never", "without", "none", "nothing", "sin", "nunca",
                     "ningun", "ninguno", "ninguna", "nadie", "ni", "cannot", "can't", "don't",
                     "doesn't", "won't", "isn't", "aren't", "unlikely", "rarely", "rare"})
# a few words of the same thing ("dying" and "death", Spanish names of common complications)
_ONE_WORD = {"dying": "death", "die": "death", "dies": "death", "muerte": "death",
             "morir": "death", "fallecer": "death", "sangrado": "bleeding",
             "hemorragia": "bleeding", "ictus": "stroke", "infeccion": "infection",
             "exito": "success", "successful": "success", "works": "success", "work": "success",
             "funciona": "success", "recurring": "recurrence", "recurs": "recurrence",
             "comes": "recurrence", "vuelve": "recurrence", "operation": "surgery",
             "op": "surgery", "cirugia": "surgery", "operacion": "surgery"}
_WORD = re.compile(r"[<>]?\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?%|[^\W\d_]+")
# A bound said before a chance ("under 1%", "less than 1 in 100", "<1%", "at least 5%", "menos
# del 1%", "más del 5%"): kept with it as "<1%" or ">5%", so "under 1%" is no 1% (and no 1%
# quoted where a doctor wrote "<1%")
_BOUND = re.compile(
    r"(?:(?P<under><=?|≤|\bunder|\bless than|\bbelow|\bup to|\bat most|\bmenos del?|"
    r"\binferior al?)|(?P<over>>=?|≥|\bover|\bmore than|\babove|\bat least|\bmas del?|"
    r"\bsuperior al?))\s*(?=\d+(?:\.\d+)?%)")
# what comes back recurs: "20% chance the hernia comes back" = "1 in 5 chance of it recurring"
# (its "back" is no other thing the chance is of)
_COMES_BACK = re.compile(r"\b(?:comes?|coming|came) back\b")


@lru_cache(maxsize=2048)
def _said(text: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(the words of what the chance is of, the per cents in order of size, the denials)."""
    said = as_per_cents(text)
    if "%" in said:
        said = _BOUND.sub(lambda m: "<" if m.group("under") else ">", said)
    if "back" in said:
        said = _COMES_BACK.sub(" recurs ", said)
    words = _WORD.findall(said)
    chances = tuple(sorted(w for w in words if w.endswith("%")))
    named = frozenset(_ONE_WORD.get(w, w) for w in words
                      if not w.endswith("%") and w not in _FRAME_WORDS and w not in DENIALS)
    return named, chances, frozenset(w for w in words if w in DENIALS)


def same_chances(a: str, b: str) -> bool:
    """Whether two texts give the same chances of the same things, each said in its own way
    ("1 in 100 risk of infection" and "infection risk about 1%"), or name the same things in
    another order, with the same denials."""
    named_a, chances_a, denied_a = _said(a)
    named_b, chances_b, denied_b = _said(b)
    # without numbers: the same things in another order ("infection, bleeding, blood clots")
    return (bool(chances_a or named_a) and chances_a == chances_b and named_a == named_b
            and denied_a == denied_b)


def _bounded(chance: str) -> tuple[str, float]:
    """"<1%" -> ("<", 1.0), "0.5%" -> ("", 0.5)."""
    bound = chance[0] if chance[0] in "<>" else ""
    return bound, float(chance[len(bound):-1])


def _one_chance_each(a: str, b: str) -> tuple[str, str] | None:
    """The one chance each text gives of the same thing, with the same denials; else None."""
    named_a, chances_a, denied_a = _said(a)
    named_b, chances_b, denied_b = _said(b)
    if (len(chances_a) != 1 or len(chances_b) != 1 or named_a != named_b
            or denied_a != denied_b or not named_a or "-" in chances_a[0] + chances_b[0]):
        return None  # (a range: its words say it)
    return chances_a[0], chances_b[0]


def per_cents_apart(a: str, b: str) -> tuple[tuple[str, float], tuple[str, float]] | None:
    """Where two texts give one chance each of the same thing, of two sizes, and one at least
    is not written as a per cent ("1% risk of infection" against "1 in 1,000"): the two as per
    cents, each with its bound ("<", ">" or ""), to set side by side (one in a thousand is a
    tenth of one in a hundred, which the words alone do not show); else None."""
    one_each = _one_chance_each(a, b)
    if one_each is None or one_each[0] == one_each[1]:
        return None
    if all("%" in x or _PER_CENT_WORDS.search(fold(x)) for x in (a, b)):
        return None  # both per cents already: the words say it
    return _bounded(one_each[0]), _bounded(one_each[1])


def within_the_bound(a: str, b: str) -> bool:
    """Whether one text bounds a chance ("under 1%") and the other gives the same chance
    inside that bound ("1 in 200"): the second says it more exactly, and no other risk."""
    one_each = _one_chance_each(a, b)
    if one_each is None:
        return False
    (bound_a, value_a), (bound_b, value_b) = map(_bounded, one_each)
    if bool(bound_a) == bool(bound_b):
        return False
    bound, limit, value = (bound_a, value_a, value_b) if bound_a else (bound_b, value_b, value_a)
    return value < limit if bound == "<" else value > limit


# How big a chance is, said in words ("a small risk of infection", "a good chance it works",
# "riesgo bajo"): words a figure can stand for, not a figure (the program does not turn one
# into the other: what "small" means is the doctor's to say)
_SIZE_WORDS = frozenset({
    "small", "tiny", "low", "slight", "minimal", "minor", "high", "big", "large", "good",
    "great", "rare", "uncommon", "common", "remote", "negligible", "very", "really", "quite",
    "fairly", "extremely", "pequeno", "pequena", "bajo", "baja", "alto", "alta", "raro", "rara",
    "poco", "poca", "minimo", "minima", "muy", "bastante", "buena", "buen", "elevado",
    "elevada"})


def words_against_a_figure(
        a: str, b: str) -> tuple[str | tuple[str, float], str | tuple[str, float]] | None:
    """Where one text gives a chance in words ("small chance of infection") and the other the
    same thing's chance as a figure ("2% risk of infection"): the words as written, and the
    figure as its bound and per cent (``_bounded``), each on its side, to say both (the two may
    be one chance said two ways); else None."""
    named_a, chances_a, denied_a = _said(a)
    named_b, chances_b, denied_b = _said(b)
    if denied_a != denied_b or len(chances_a) + len(chances_b) != 1:
        return None
    sized_a, sized_b = named_a & _SIZE_WORDS, named_b & _SIZE_WORDS
    words, figures = (sized_a, chances_b) if chances_b else (sized_b, chances_a)
    if not words or (named_a - _SIZE_WORDS) != (named_b - _SIZE_WORDS) or (
            sized_a and sized_b):
        return None
    said = _size_said(a if chances_b else b, words)
    figure = _bounded(figures[0])
    return (said, figure) if chances_b else (figure, said)


def _size_said(text: str, sizes: frozenset[str]) -> str:
    """The words of ``text`` that say a chance's size ("very small"), as written."""
    kept = [w for w in re.findall(r"[^\W\d_]+", text) if fold(w) in sizes]
    return " ".join(kept).lower()
