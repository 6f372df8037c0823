# SPDX-License-Identifier: GPL-3.0-or-later
"""User text to Paragraph markup: escaped, right-to-left runs reordered, CJK fonts switched."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secondop_desktop.domain.comparison import Segment
from secondop_desktop.report import fonts
from secondop_desktop.report.markup import (
    SPECIAL_RANGES,
    _has_special,
    escape,
    inline,
    marked,
    segments_match,
)


def test_markup_characters_are_escaped():
    assert inline("a <b> & c") == "a &lt;b&gt; &amp; c"
    assert inline("one\ntwo") == "one<br/>two"


def test_right_to_left_runs_are_put_in_drawing_order():
    # reportlab draws left to right, so a Hebrew run is stored reversed; Latin stays as it is.
    assert inline("Dr רחל כהן, MD") == "Dr ןהכ לחר, MD"
    assert inline("שלום 123 end") == "םולש 123 end"


def test_cjk_and_korean_runs_switch_font():
    assert inline("Dr 张伟 x") == f'Dr <font name="{fonts.CJK}">张伟</font> x'
    assert inline("김민수") == f'<font name="{fonts.HANGUL}">김민수</font>'
    assert inline("山田 太郎") == f'<font name="{fonts.CJK}">山田 太郎</font>'


def test_changed_words_are_underlined_bold():
    segs = [Segment("grade "), Segment("4", True)]
    assert marked(segs) == "grade <u><b>4</b></u>"
    assert segments_match(segs, "grade 4")
    assert not segments_match(segs, "grade 3")


def _special_by_hand(text: str) -> bool:
    return any(first <= ord(ch) <= last for ch in text for first, last in SPECIAL_RANGES)


@pytest.mark.parametrize("code", sorted({c + d for pair in SPECIAL_RANGES for c in pair
                                         for d in (-1, 0, 1)}))
def test_the_edges_of_the_special_ranges(code):
    ch = chr(code)
    assert _has_special(f"dose – {ch} ≠") == _special_by_hand(ch)


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2FFFF,
                                      blacklist_categories=("Cs",)), max_size=40))
def test_special_characters_are_found_in_any_text(text):
    assert _has_special(text) == _special_by_hand(text)


@given(st.text())
def test_escape_does_what_the_standard_library_does(text):
    from xml.sax.saxutils import escape as standard

    assert escape(text) == standard(text)
