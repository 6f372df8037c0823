# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDF for people who read it on paper or with a reader: the body at 11 pt or more (14 pt in
large print), a bookmark for each section that opens on the section's page, a legend naming
every mark the table uses, marks that stay apart in a grey print, the title and language set."""

from __future__ import annotations

import io
from collections import Counter

import pdfplumber
import pypdf
import pytest

from secondop_desktop.report import document
from secondop_desktop.report.marks import SHADE_SOFT, SHADE_STRONG, SYMBOLS
from secondop_desktop.report.pdf import PdfOptions, render_comparison_pdf


def _render(case, large_print: bool) -> bytes:
    ids = [o.id for o in case.opinions[:2]]
    return render_comparison_pdf(
        case, PdfOptions(opinion_ids=ids, paper="letter", large_print=large_print))


def _body_size(data: bytes) -> float:
    """The size most of the document's letters are set in."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        sizes = Counter(round(ch["size"], 1) for page in pdf.pages for ch in page.chars
                        if not ch["text"].isspace())
    return sizes.most_common(1)[0][0]


def _outline(reader: pypdf.PdfReader) -> list[tuple[int, str, int]]:
    found: list[tuple[int, str, int]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found


@pytest.mark.parametrize(("large_print", "least"), [(False, 11.0), (True, 14.0)])
def test_the_body_text_is_large_enough(demo_case, large_print, least) -> None:
    assert _body_size(_render(demo_case, large_print)) >= least


@pytest.mark.parametrize("large_print", [False, True])
def test_each_section_has_a_bookmark_to_its_page(demo_case, large_print) -> None:
    reader = pypdf.PdfReader(io.BytesIO(_render(demo_case, large_print)))
    pages = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    outline = _outline(reader)
    titles = [title for _, title, _ in outline]
    for section in ("Side by side", "The options side by side", "Questions to ask",
                    "Records, and which doctors have seen them", "Medicines",
                    "Notes from the consultations"):
        assert section in titles, (section, titles)
    assert titles[0] == reader.metadata.title
    for depth, title, page in outline:
        assert depth in (0, 1)
        assert title in pages[page], (title, page)  # the bookmark opens on its heading's page
    # Questions for one doctor sit under "Questions to ask", one level down.
    assert any(depth == 1 and title.startswith("Questions for ") for depth, title, _ in outline)
    # The reader opens with the bookmarks shown; the title and language stay set.
    root = reader.trailer["/Root"]
    assert root["/PageMode"] == "/UseOutlines"
    assert root["/Lang"] == "en"
    assert reader.metadata.title.startswith("Comparison of medical opinions — ")


def test_the_legend_names_every_mark_the_table_uses(demo_case, read_pdf) -> None:
    flat = read_pdf(_render(demo_case, False)).flat
    legend = flat.split("How to read the table:", 1)[1][:600]
    for symbol in SYMBOLS.values():
        assert f"{symbol} " in legend, symbol
    for words in ("the same", "refined", "differs", "only one doctor", "may be the same",
                  "(major)", "(minor)", "left edge", "shaded", "darker", "lighter",
                  "Underlined bold words"):
        assert words in legend, words


def _grey(colour) -> float:
    """How dark a fill prints on a black-and-white printer (0 black, 255 white)."""
    return 255 * (0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue)


def test_a_grey_print_tells_the_shades_apart() -> None:
    white, soft, strong = 255.0, _grey(document.SHADES[SHADE_SOFT]), _grey(
        document.SHADES[SHADE_STRONG])
    # At least ~8 % of the grey scale between no shade, the light and the darker shade.
    assert white - soft >= 20
    assert soft - strong >= 20
    # Text on the darker shade still reads (black text, well above 4.5:1).
    assert strong > 180
    # The symbols themselves differ, so the mark is never told by the shade alone.
    assert len(set(SYMBOLS.values())) == len(SYMBOLS)
