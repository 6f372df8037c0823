# SPDX-License-Identifier: GPL-3.0-or-later
"""A set of names found in a text as whole words, by looking up its runs of words.

One regular expression of a thousand names (``\\b(?:name|name|…)\\b``) tries every name at every
place of the text: ~15 us a short text, and tens of milliseconds to compile on first use. Here
each word of the text that a name begins with is looked up with the words after it, as many as
the names beginning so have: what the expression finds, found the same way (the leftmost name,
the longest there, then on after it), as tests/domain/test_name_index.py checks against it.
Each name must begin and end with a letter or digit, as such an expression needs them to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

_WORD_RUN = re.compile(r"\w+")


def _word_edged(name: str) -> bool:
    return bool(name) and all(ch.isalnum() or ch == "_" for ch in (name[0], name[-1]))


class NameIndex:
    """``names``, looked up in texts as whole words."""

    __slots__ = ("_lengths", "names")

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(names)
        if not all(map(_word_edged, self.names)):
            raise ValueError("each name must begin and end with a letter or a digit")
        # a name's first word -> how many words its names have, most first: a word no name
        # begins with is passed over with one look-up
        lengths: dict[str, set[int]] = {}
        for name in self.names:
            words = _WORD_RUN.findall(name)
            lengths.setdefault(words[0], set()).add(len(words))
        self._lengths = {first: tuple(sorted(counts, reverse=True))
                         for first, counts in lengths.items()}

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Where the names stand in ``text``, left to right: at each place the longest name
        there, and the next looked for after it."""
        runs = [(m.start(), m.end()) for m in _WORD_RUN.finditer(text)]
        i = 0
        while i < len(runs):
            start, end = runs[i]
            for count in self._lengths.get(text[start:end], ()):
                last = i + count - 1
                if last < len(runs) and text[start:runs[last][1]] in self.names:
                    yield start, runs[last][1]
                    i = last
                    break
            i += 1

    def holds(self, text: str) -> bool:
        return next(self.spans(text), None) is not None

    def sub(self, replace: Callable[[str], str], text: str) -> str:
        """``text`` with each name found replaced by ``replace(name)``."""
        out: list[str] = []
        done = 0
        for start, end in self.spans(text):
            out += [text[done:start], replace(text[start:end])]
            done = end
        if not out:
            return text
        out.append(text[done:])
        return "".join(out)
