# SPDX-License-Identifier: GPL-3.0-or-later
"""Row headings of the side-by-side table never break inside a word, even in large print."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from secondop_desktop.domain.model import Case
from secondop_desktop.report.pdf import PdfOptions, export_comparison_pdf


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_long_row_headings_stay_whole_in_large_print(demo_case: Case, tmp_path, paper: str):
    out = tmp_path / "large.pdf"
    export_comparison_pdf(demo_case, out, PdfOptions(paper=paper, large_print=True))
    words = " ".join(page.extract_text() for page in PdfReader(out).pages).split()
    assert "recommendation" in words or "recommendation)" in words
    broken = [w for w in words if w.startswith("recomme") and not w.startswith("recommend")]
    assert broken == []
