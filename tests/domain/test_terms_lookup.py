# SPDX-License-Identifier: GPL-3.0-or-later
"""The synonym table's word-by-word look-up replaces exactly what one regular expression of all
the names (longest first, whole words, not after a ".") replaced, which it stands in for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from secondop_desktop.domain import terms


def _one_expression() -> re.Pattern[str]:
    ordered = sorted(terms._TO_CANONICAL, key=lambda p: (-len(p), p))  # longest first
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])")


EXPRESSION = _one_expression()


def _by_expression(text: str) -> str:
    return EXPRESSION.sub(lambda m: terms._TO_CANONICAL[" ".join(m.group(0).split())], text)


# the names' own words, and what stands around them in what people type
WORDS = sorted({w for name in terms._TO_CANONICAL for w in name.split()})
PIECES = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(sorted(terms._TO_CANONICAL)),
    st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", ".", ",", "-", "_", "(", ")", "'", "é",
                     "x", "2", "mi", "heart", "attack", "日本"]),
    st.text(max_size=3))


@given(st.lists(PIECES, max_size=12))
@settings(max_examples=600, deadline=None)
def test_the_look_up_replaces_what_the_one_expression_did(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert terms._replace_names(text) == _by_expression(text)


def test_every_name_and_awkward_places() -> None:
    for name in terms._TO_CANONICAL:
        for text in (name, f"{name} x", f"x {name}", f".{name}", f"a.{name}", f"{name}.",
                     f"{name}s", f"x{name}", name.replace(" ", "  \t"), f"{name} {name}",
                     f"({name})", name.replace(" ", "-"), name.replace(" ", "_")):
            assert terms._replace_names(text) == _by_expression(text), text
