# SPDX-License-Identifier: GPL-3.0-or-later
"""Names looked up in a text by its runs of words (domain/name_index.py) are found where one
pattern of all of them, ``\\b(?:longest|…|shortest)\\b``, found them: which, where, and what a
replacement makes of the text. Checked for the two tables looked up so (the names a list's piece
may name, the narrower names of a kind) and on made-up names."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secondop_desktop.domain import diagnosis_match, terms
from secondop_desktop.domain.name_index import NameIndex

INDEXES = {"table names": diagnosis_match._table_names(),
           "kinds": diagnosis_match._kinds()[0],
           "made up": NameIndex(["ab", "ab cd", "cd", "b c", "x-ray", "u&e", "e1", "ab cd ef"])}


@cache
def _one_pattern(which: str) -> re.Pattern[str]:
    names = sorted(INDEXES[which].names, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")


def _words(which: str) -> list[str]:
    return sorted({w for name in INDEXES[which].names for w in re.findall(r"\w+", name)})


def _texts(which: str) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(sorted(INDEXES[which].names)),
                      st.sampled_from(_words(which)),
                      st.text(alphabet="abcdeiklmnorstux0123 -/&'.,()_é", max_size=6))
    glue = st.sampled_from([" ", "  ", "", "-", "/", ", ", ".", "&", "_", "'", "\n"])
    return st.lists(st.tuples(piece, glue), max_size=6).map(
        lambda parts: "".join(p + g for p, g in parts))


@pytest.mark.parametrize("which", sorted(INDEXES))
def test_found_where_the_one_pattern_found_them(which: str) -> None:
    index = INDEXES[which]

    @settings(max_examples=250, deadline=None)
    @given(_texts(which))
    def check(text: str) -> None:
        pattern = _one_pattern(which)
        assert list(index.spans(text)) == [m.span() for m in pattern.finditer(text)]
        assert index.holds(text) == bool(pattern.search(text))
        assert (index.sub(lambda name: f"<{name}>", text)
                == pattern.sub(lambda m: f"<{m.group()}>", text))

    check()


def test_the_longest_name_at_a_place_then_on_after_it() -> None:
    index = INDEXES["made up"]
    assert index.sub(str.upper, "ab cd ef, b c; xab cd") == "AB CD EF, B C; xab CD"
    assert index.sub(str.upper, "x-ray u&e e1 e12") == "X-RAY U&E E1 e12"
    assert not index.holds("") and not index.holds("abcd") and index.holds("(ab)")


def test_a_name_must_begin_and_end_with_a_letter_or_digit() -> None:
    for name in ("-ab", "ab.", " ab", ""):
        with pytest.raises(ValueError):
            NameIndex([name])


def test_a_piece_of_a_list_names_the_table_as_before() -> None:
    found = diagnosis_match._table_names().holds
    assert found(terms.canonical("stop smoking")) or found(terms.canonical("knee osteoarthritis"))
    assert not found("3 weeks")
