# SPDX-License-Identifier: GPL-3.0-or-later
"""A regular expression tried only on texts that hold one of its hints.

Reading a diagnosis or a plan runs a hundred rewritings, each trying every place of the text,
and most texts hold none of what a rewriting looks for: "Walking aid, 3 weeks" has no "over", no
"+" and no "triple". A hint is a piece of text that every match must contain ("than" for "more
than 2 cm"); a text holding none of the hints is left as it is without trying the pattern, which
is what trying it would give. tests/domain/test_hinted_patterns.py proves of every ``Hinted``,
from the pattern itself, that each of its matches contains one of its hints.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

EVERY: list[Hinted] = []
"""Every hinted pattern made (what the test checks)."""


class Hinted:
    """``pattern`` with the ``hints`` one of which each of its matches contains."""

    __slots__ = ("_one_hint", "hints", "pattern")

    def __init__(self, pattern: str, *hints: str, flags: int = 0) -> None:
        if not hints or flags & re.IGNORECASE:
            # (a hint is looked for as written: a pattern blind to case could match without)
            raise ValueError("a hinted pattern needs hints, and cannot ignore case")
        self.pattern = re.compile(pattern, flags)
        self.hints = hints
        # (most have one hint, looked for without a loop; one search for any of several costs
        # more than the loop, counted with callgrind)
        self._one_hint = hints[0] if len(hints) == 1 else None
        EVERY.append(self)

    def may_match(self, text: str) -> bool:
        hint = self._one_hint
        if hint is not None:
            return hint in text
        for hint in self.hints:  # noqa: SIM110 - the loop costs fewer instructions than any()
            if hint in text:
                return True
        return False

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        # (written out: the common call, on most texts of a comparison)
        hint = self._one_hint
        if hint is not None:
            return self.pattern.sub(repl, text) if hint in text else text
        for hint in self.hints:
            if hint in text:
                return self.pattern.sub(repl, text)
        return text

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.may_match(text) else None

    def findall(self, text: str) -> list[Any]:
        return self.pattern.findall(text) if self.may_match(text) else []

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())


def words_of(*alternations: str) -> tuple[str, ...]:
    """The words of ``"a|b|c"`` alternations as hints, without those holding a shorter one (a
    text holding "grandson" holds "son")."""
    words = sorted({word for alternation in alternations for word in alternation.split("|")},
                   key=lambda word: (len(word), word))
    kept: list[str] = []
    for word in words:
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return tuple(kept)


def any_of(alternatives: Iterable[str], before: str = "", after: str = "") -> re.Pattern[str]:
    """One pattern that finds a match wherever one of ``alternatives`` (pattern texts, each
    within ``before`` and ``after``) does, to look for a list once before trying each of its
    members. The boundaries are written once, around the alternation: tried at every place for
    each alternative, they cost a cold comparison 7 % more."""
    return re.compile(before + "(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")" + after)
