# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers said in words, English and Spanish, as a dose or a reading is dictated and noted:
"six hundred", "one hundred and twenty", "two thousand five hundred", "two point five",
"nought point two", "doscientos cincuenta", "mil", "dos coma cinco". Texts are folded first
(lower case, no accents: ``terms.fold_letters``).

``NUMBER_IN_WORDS`` is a pattern for such a number; ``number_in_words`` reads what it matched,
or gives None for words that are no number as said ("five six", "hundred twenty hundred"), so
that a reader leaves them as they are rather than guess.
"""

from __future__ import annotations

import re

_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9,
         "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
         "siete": 7, "ocho": 8, "nueve": 9}
# Ten to nineteen, and Spanish one word up to twenty-nine
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
          "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
          "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
          "veintiuno": 21, "veintiuna": 21, "veintidos": 22, "veintitres": 23,
          "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27,
          "veintiocho": 28, "veintinueve": 29}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90,
         "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
         "setenta": 70, "ochenta": 80, "noventa": 90}
# Spanish says its hundreds in one word ("quinientos"); "ciento" is a hundred and more
_SPANISH_HUNDREDS = {"cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200,
                     "trescientos": 300, "trescientas": 300, "cuatrocientos": 400,
                     "cuatrocientas": 400, "quinientos": 500, "quinientas": 500,
                     "seiscientos": 600, "seiscientas": 600, "setecientos": 700,
                     "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
                     "novecientos": 900, "novecientas": 900}
_ZEROS = {"zero": 0, "nought": 0, "naught": 0, "cero": 0}
_DIGITS = {**_ZEROS, **{word: value for word, value in _ONES.items() if word not in ("un", "una")}}
_HUNDRED = ("hundred",)
_THOUSAND = ("thousand", "mil")
_POINT = ("point", "punto", "coma")

WORDS = frozenset({*_ONES, *_TEENS, *_TENS, *_SPANISH_HUNDREDS, *_ZEROS, *_HUNDRED,
                   *_THOUSAND})
"""Every word a number in words can begin with but "a" ("a hundred", "a thousand": "a" is in
nearly every text, so a reader looks for these words before it runs the pattern)."""

_WORD = "|".join(sorted(WORDS, key=len, reverse=True))
_DIGIT = "|".join(sorted(_DIGITS, key=len, reverse=True))
# "a" counts only before "hundred" or "thousand"; words are joined by spaces or a hyphen, with
# "and" or "y" between ("one hundred and five", "treinta y cinco")
_WHOLE = (rf"(?:a(?=\s+(?:hundred|thousand)\b)|{_WORD})"
          rf"(?:(?:\s+|-)(?:(?:and|y)\s+)?(?:{_WORD})\b)*")
NUMBER_IN_WORDS = (rf"\b(?:{_WHOLE}(?:\s+(?:{'|'.join(_POINT)})\s+(?:{_DIGIT})"
                   rf"(?:\s+(?:{_DIGIT})\b)*)?|(?:point|punto)\s+(?:{_DIGIT})"
                   rf"(?:\s+(?:{_DIGIT})\b)*)\b")
"""A number in words, whole or with a decimal point ("two point five", "point five")."""

_WORD_SPLIT = re.compile(r"[\s-]+")


def number_in_words(said: str) -> float | None:
    """The value of a number said in words (a match of ``NUMBER_IN_WORDS``), or None where the
    words are no number as people say one."""
    words = [word for word in _WORD_SPLIT.split(said.strip()) if word not in ("and", "y")]
    point = next((i for i, word in enumerate(words) if word in _POINT), None)
    decimals = "" if point is None else "".join(str(_DIGITS[word]) for word in words[point + 1:])
    whole = _whole(words if point is None else words[:point])
    if whole is None:
        return None
    return whole + float(f"0.{decimals}") if decimals else float(whole)


def _whole(words: list[str]) -> int | None:
    if not words:
        return 0  # "point five"
    total = group = 0
    last = ""  # the kind of the word before: "one", "teen", "ten", "hundred", "thousand"
    for word in words:
        if word == "a":
            if last:
                return None
            group, last = 1, "one"
        elif word in _ZEROS:
            if len(words) > 1:
                return None
            last = "one"
        elif word in _ONES:
            if last not in ("", "ten", "hundred", "thousand"):
                return None
            group, last = group + _ONES[word], "one"
        elif word in _TEENS or word in _TENS:
            if last not in ("", "hundred", "thousand"):
                return None
            group += _TEENS.get(word) or _TENS[word]
            last = "teen" if word in _TEENS else "ten"
        elif word in _HUNDRED:
            if last not in ("", "one") or group >= 10:
                return None
            group, last = (group or 1) * 100, "hundred"
        elif word in _SPANISH_HUNDREDS:
            if last not in ("", "thousand"):
                return None
            group, last = group + _SPANISH_HUNDREDS[word], "hundred"
        elif word in _THOUSAND:
            if total or last == "thousand":
                return None
            total, group, last = (group or 1) * 1000, 0, "thousand"
        else:
            return None
    return total + group


_SPOKEN = re.compile(NUMBER_IN_WORDS, re.IGNORECASE)
# A decimal point said between figures, as a reading is noted while it is read out ("PSA 4
# point 5", "potasio 5 coma 9")
_FIGURES_POINT = re.compile(r"\b(\d+)\s+(?:point|punto|coma)\s+(\d+)\b", re.IGNORECASE)
# Words that are numbers in one language and common words in the other ("once" is eleven in
# Spanish), left as words where they stand alone
_ALONE_NOT_A_NUMBER = frozenset({"once", "un", "una"})


def as_figures(text: str) -> str:
    """``text`` with its numbers said in words, or with a decimal point said, as figures: "four
    point five" and "4 point 5" -> "4.5", "one hundred and twenty" -> "120" (a reading as a
    family notes it while the doctor reads it out). Words that are no number as said stay."""
    lowered = text.lower()
    if "point" in lowered or "punto" in lowered or "coma" in lowered:
        text = _FIGURES_POINT.sub(r"\1.\2", text)
        lowered = text.lower()
    if WORDS.isdisjoint(_WORD_SPLIT.split(re.sub(r"[^\w\s-]", " ", lowered))):
        return text
    return _SPOKEN.sub(_as_figure, text)


def _as_figure(match: re.Match[str]) -> str:
    said = match.group()
    if said.lower() in _ALONE_NOT_A_NUMBER:
        return said
    value = number_in_words(said.lower())
    return said if value is None else f"{value:g}"
