# SPDX-License-Identifier: GPL-3.0-or-later
"""User text to Paragraph markup: escaped, right-to-left runs reordered, CJK fonts switched."""

from __future__ import annotations

from secondop_desktop.domain.comparison import Segment
from secondop_desktop.report import fonts
from secondop_desktop.report.markup import inline, marked, segments_match


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
