# SPDX-License-Identifier: GPL-3.0-or-later
"""The search rebuild's shortcuts give the same terms as the plain way: ``_runs`` asks ``_joins``
only where it can say yes, ``joined_terms`` skips a text with no place where parts could meet,
and ``index_terms`` remembers recent texts."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from secondop_desktop.store import search

# Letters (one and several), accents written apart, digits and every gap ``_joins`` looks at.
PIECES = st.sampled_from([
    "x", "X", "e", "a", "y", "ray", "coli", "E", "H", "pylori", "COVID", "19", "3", "4", "s",
    "Crohn", "don", "t", "é", "e\u0301", "ñ", "guided", "up", "follow", "haemorrhage", "broke",
    "arm", "-", "\u2010", "\u2011", "'", "\u2019", " ", "  ", ". ", ".", "_", ", ", "\n", "/",
])


def _plain_runs(text: str, tokens) -> Iterator[tuple[int, int]]:
    """``_runs`` as it was: ``_joins`` asked for every pair of neighbouring tokens."""
    start = 0
    for i in range(1, len(tokens) + 1):
        if i < len(tokens) and search._joins(text, tokens[i - 1], tokens[i]):
            continue
        if i - start >= 2:
            yield start, i
        start = i


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_the_shortcuts_find_the_same_words_in_parts(text: str) -> None:
    tokens = search._tokens(text)
    plain = list(_plain_runs(text, tokens))
    assert list(search._runs(text, tokens)) == plain
    if not search._MAY_JOIN.search(text):
        assert plain == []  # what joined_terms' early return relies on
    expected = " ".join(dict.fromkeys(
        "".join(search._fold(t.group()) for t in tokens[a:b])
        for first, end in plain for a in range(first, end)
        for b in range(a + 2, min(end, a + search._MAX_PARTS) + 1)))
    assert search.joined_terms(text) == expected
    assert search.index_terms(text) == search.index_terms.__wrapped__(text)


def test_known_words_in_parts() -> None:
    assert search.index_terms("An X-ray, an x ray and E. coli") == "xray ecoli"
    assert search.index_terms("A typical day, 3-4 times") == ""
