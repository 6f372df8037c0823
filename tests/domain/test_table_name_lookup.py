# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether a piece of a list names something of the table is looked up by runs of words, not by
one pattern of every name: the answer must be the pattern's on any text."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from secondop_desktop.domain import diagnosis_match, terms


@cache
def _one_pattern() -> re.Pattern[str]:
    """How the lookup was written before: each name as whole words, tried at each place."""
    names, _longest = diagnosis_match._table_names()
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                      + r")\b")


def test_every_name_begins_and_ends_with_a_letter_or_digit() -> None:
    # What looking up by runs of words relies on: a name's edges are edges of words.
    names, longest = diagnosis_match._table_names()
    assert names and longest == max(map(len, names))
    assert all(re.match(r"\w", name) and re.search(r"\w$", name) for name in names)


_NAMES = sorted(diagnosis_match._table_names()[0])
_WORDS = sorted({word for name in _NAMES for word in re.findall(r"\w+", name)})
_PIECES = st.one_of(
    st.sampled_from(_NAMES), st.sampled_from(_WORDS),
    st.sampled_from(["", "x", "3", "left", "knee", "total", "2 weeks", "é", "_", "no"]),
    st.text(alphabet="abcdeiklmnorstu0123 -/&'.,()_", max_size=8))
_GLUE = st.sampled_from([" ", "  ", "", "-", "/", ", ", ".", "&", "_", "'", "\n"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GLUE), max_size=6))
def test_the_lookup_answers_as_the_pattern_did(pieces: list[tuple[str, str]]) -> None:
    text = "".join(piece + glue for piece, glue in pieces)
    assert diagnosis_match._holds_a_table_name(text) == bool(_one_pattern().search(text))


def test_names_found_and_not_found_in_the_words_people_write() -> None:
    found = diagnosis_match._holds_a_table_name
    for text in ("knee osteoarthritis", "stop smoking, no alcohol", "walking aid"):
        assert found(terms.canonical(text)) == bool(_one_pattern().search(terms.canonical(text)))
    assert not found("")
    assert not found("3 weeks")
    # a name of one word, within another word (a name only as whole words)
    name = next(n for n in _NAMES if n.isalpha() and not _one_pattern().search(f"x{n}x"))
    assert found(name) and found(f"({name})") and found(f"2 {name}, left")
    assert not found(f"x{name}") and not found(f"{name}x")
