# SPDX-License-Identifier: GPL-3.0-or-later
"""Which language a doctor's or patient's text is written in, English or Spanish, from its
commonest small words ("the", "and", "daily" against "de", "y", "cada"); ``None`` when the words
do not say (a bare "Metformin 1,000 mg" is in no language). The case format has no field for it,
so the texts are what says it. Used to read how the writer groups the digits of an amount
(``domain/amounts.py``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from secondop_desktop.domain.terms import fold

# Words that are common in one language and not words of the other ("a", "no", "con" would be).
_ENGLISH_WORDS = (
    "the and of with for to is are was be this that it from at as an or on by which after before "
    "daily once twice every each week weeks day days month months mouth tablet tablets times "
    "per night morning take taken should would have has left right knee pain if then than "
    "surgery treatment replacement therapy hours hour dose")
_SPANISH_WORDS = (
    "de del la el los las y que en por para con se su sus una uno cada al dia dias semana semanas "
    "mes meses vez veces comprimido comprimidos tableta tabletas noche manana tomar debe es son "
    "fue este esta izquierda izquierdo derecha derecho rodilla dolor si sin cirugia tratamiento "
    "reemplazo terapia horas hora dosis boca tipo")
_ENGLISH, _SPANISH = frozenset(_ENGLISH_WORDS.split()), frozenset(_SPANISH_WORDS.split())
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def _counts(text: str) -> tuple[int, int]:
    words = _WORD.findall(fold(text))
    return (sum(1 for w in words if w in _ENGLISH), sum(1 for w in words if w in _SPANISH))


def guess_language(texts: Iterable[str]) -> str | None:
    """"en", "es", or None when the texts hold too few telling words (fewer than two) or as
    many of one language as of the other (under twice as many)."""
    english = spanish = 0
    for text in texts:
        if text:
            e, s = _counts(text)
            english, spanish = english + e, spanish + s
    if english >= 2 and english >= 2 * spanish:
        return "en"
    if spanish >= 2 and spanish >= 2 * english:
        return "es"
    return None
