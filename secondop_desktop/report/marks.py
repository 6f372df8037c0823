# SPDX-License-Identifier: GPL-3.0-or-later
"""How a point of a comparison is marked on paper: a symbol, a word and a shade.

The engine decides whether a point differs; this only names its finding for the reader, so the
meaning survives black-and-white printing and colour blindness (symbol + word, shade as a bonus).
"""

from __future__ import annotations

from dataclasses import dataclass

from secondop_desktop.domain.comparison import Point
from secondop_desktop.domain.dataclass_methods import FrozenFieldMethods
from secondop_desktop.domain.words import FINDING_WORDS, REVIEW_STATE_WORDS, titled_short_name
from secondop_desktop.i18n import _, fill

SYMBOLS = {"same": "=", "refined": "~", "different": "≠", "only": "◐", "maybe_same": "?"}

# Shade levels the PDF maps to light fills that stay distinct in grayscale.
SHADE_NONE, SHADE_SOFT, SHADE_STRONG = 0, 1, 2

_STATUS_WORDS = FINDING_WORDS
STATE_WORDS = REVIEW_STATE_WORDS


@dataclass(frozen=True, eq=False, repr=False)
class Mark(FrozenFieldMethods):
    symbol: str
    word: str
    shade: int
    overruled: str = ""
    """When the user's verdict differs from the program's finding: the program's finding."""

    @property
    def text(self) -> str:
        return f"{self.symbol} {self.word}"


def mark_for(point: Point, name_a: str, name_b: str) -> Mark:
    """The mark of one point between doctor ``name_a`` (side a) and ``name_b`` (side b)."""
    engine_word = _(_STATUS_WORDS[point.status]) if point.status in _STATUS_WORDS else point.status
    if point.status == "only_a":
        engine_word = fill(_("only {doctor}"), doctor=name_a)
    elif point.status == "only_b":
        engine_word = fill(_("only {doctor}"), doctor=name_b)
    if not point.differs:
        overruled = "" if point.status == "same" else engine_word
        if point.wording_only and not overruled:
            return Mark(SYMBOLS["same"], _("same, in other words"), SHADE_NONE)
        return Mark(SYMBOLS["same"], _("same"), SHADE_NONE, overruled)
    if point.status == "same":  # the user says they differ where the program saw no difference
        return Mark(SYMBOLS["different"], _("differs"), SHADE_STRONG, _("same"))
    if point.status == "refined":
        return Mark(SYMBOLS["refined"], _("refined"), SHADE_SOFT)
    if point.status == "maybe_same":
        return Mark(SYMBOLS["maybe_same"], _("may be the same"), SHADE_SOFT)
    if point.status in ("only_a", "only_b"):
        return Mark(SYMBOLS["only"], engine_word, SHADE_SOFT)
    return Mark(SYMBOLS["different"], _("differs"), SHADE_STRONG)


def short_names(full_names: list[str]) -> list[str]:
    """Short, still distinct names for marks: "Dr Robert Hale" → "Dr Hale".

    Names without spaces (山田太郎) stay whole; if shortening would make two doctors look alike,
    the full names are kept.
    """
    shorts = [_short(n) for n in full_names]
    if len(set(shorts)) < len(shorts):
        return list(full_names)
    return shorts


def _short(name: str) -> str:
    words = name.split()
    if len(words) <= 2:
        return name
    return titled_short_name(name) or words[-1]
