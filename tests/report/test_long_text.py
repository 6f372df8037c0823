# SPDX-License-Identifier: GPL-3.0-or-later
"""Long texts in the PDF (issue 18.3): split into paragraphs reportlab lays out in linear time,
nothing cut, every piece valid markup, a word longer than a line still wrapped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from secondop_desktop.domain.model import Case, Note
from secondop_desktop.report.long_text import CHUNK, split_markup, split_plain
from secondop_desktop.report.markup import inline
from secondop_desktop.report.pdf import PdfOptions, render_comparison_pdf

STYLE = ParagraphStyle("t")


def _plain(markup: str) -> str:
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]*>", "", markup))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12000),
       st.integers(min_value=40, max_value=3000))
def test_pieces_are_valid_markup_and_keep_every_character(text: str, limit: int) -> None:
    markup = f"<b>Note:</b> <i>{inline(text)}</i>"
    pieces = split_markup(markup, limit)
    for piece in pieces:
        Paragraph(piece, STYLE)  # raises on broken markup
    joined = "".join(_plain(p) for p in pieces)
    # Only spaces at a split and line breaks at a split may go; no other character.
    assert joined.replace(" ", "").replace("\n", "") == _plain(markup).replace(
        " ", "").replace("\n", "")


def test_plain_pieces_keep_the_text() -> None:
    text = ("שלום עולם " * 2000).strip()
    pieces = split_plain(text)
    assert all(len(p) <= CHUNK for p in pieces)
    assert "".join(pieces) == text


def test_a_pdf_with_a_very_long_note_holds_all_of_it(demo_case: Case, read_pdf) -> None:
    words = "the knee was examined again and the swelling is less than in spring " * 3000
    demo_case.notes.append(Note(text=words + "THE-VERY-LAST-WORDS", author="Walter"))
    pdf = read_pdf(render_comparison_pdf(demo_case, PdfOptions()))
    assert len(pdf.pages) > 20
    assert "THE-VERY-LAST-WORDS" in pdf.flat
    assert pdf.flat.count("examined") == 3000  # (a page's footer may sit inside a phrase)


def test_a_word_longer_than_a_line_still_wraps(demo_case: Case, read_pdf) -> None:
    word = "".join(chr(ord("a") + n % 26) for n in range(1500))  # ~20 lines, one page
    demo_case.notes.append(Note(text=f"Start {word} end", author="Walter"))
    pdf = read_pdf(render_comparison_pdf(demo_case, PdfOptions()))
    assert "".join(pdf.text.split()).count(word) == 1  # every letter printed, in order
    longest = max(len(line) for page in pdf.pages for line in page.splitlines())
    assert longest < 200  # broken across lines, not run off the page
