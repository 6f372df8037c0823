# SPDX-License-Identifier: GPL-3.0-or-later
"""Hyphenated words that land on a page break never make the export fail."""

from __future__ import annotations

from secondop_desktop.domain.model import Case, Evidence
from secondop_desktop.report.pdf import PdfOptions, render_comparison_pdf

TITLE = "Management of osteoarthritis of the knee (non-arthroplasty), third well-known edition"


def test_hyphenated_evidence_titles_across_page_breaks(demo_case: Case):
    # Shift the evidence list line by line so some hyphenated title falls on every position
    # a page break can take; each layout must succeed.
    for extra in range(0, 24, 3):
        case = Case.from_dict(demo_case.to_dict())
        case.concern = (case.concern + " ") * (1 + extra // 3)
        case.opinions[0].evidence += [
            Evidence(kind="guideline", title=f"{TITLE} {i}", interpretation="self-reported "
                     "pain-free walking distance re-assessed" * (i % 3 + 1))
            for i in range(12 + extra)
        ]
        data = render_comparison_pdf(case, PdfOptions(large_print=True, paper="a4"))
        assert data.startswith(b"%PDF")
