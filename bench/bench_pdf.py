# SPDX-License-Identifier: GPL-3.0-or-later
"""How fast is the comparison PDF? Run by hand: ``python bench/bench_pdf.py``.

A three-opinion case (the worked example plus a third doctor) with 200 notes is exported several
times; the median is printed beside the median of reportlab laying out the same text as plain
Paragraphs in a SimpleDocTemplate (same font). Budgets (DESIGN.md): under 2 s, and at most 1.5×
what reportlab itself needs. Options: ``--notes N --repeat N``.
"""

from __future__ import annotations

import argparse
import copy
import io
import random
import statistics
import tempfile
import time
from pathlib import Path

import pypdf

from secondop_desktop.domain.demo import demo_case
from secondop_desktop.domain.model import Case, Note, Physician
from secondop_desktop.report.pdf import PdfOptions, export_comparison_pdf

_WORD_LIST = (
    "the doctor said knee pain stairs walk morning therapy surgery scan week month better worse "
    "exercise swelling sleep grade joint cartilage physiotherapy appointment follow up question"
)
WORDS = _WORD_LIST.split()


def bench_case(notes: int, seed: int = 7) -> Case:
    rng = random.Random(seed)
    case = demo_case()
    third = copy.deepcopy(case.opinions[1])
    third.id = "0f6a4a10-0000-4000-8000-000000000003"
    third.label = "Third opinion"
    third.physician = Physician(name="Dr Amara Osei", specialty="Rheumatology")
    third.diagnosis.stage = "Kellgren-Lawrence grade 3 to 4"
    third.recommendations[0].treatment = "Partial (medial) knee replacement"
    case.opinions.append(third)
    for i in range(notes):
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
        case.notes.append(Note(
            opinion_id=rng.choice([o.id for o in case.opinions] + [None]),
            taken_at=f"2026-10-{1 + i % 28:02d}T{8 + i % 10:02d}:{i % 60:02d}:00+00:00",
            author=rng.choice(["Ana (daughter)", "Walter"]),
            text=words.capitalize() + ".",
            private=(i % 10 == 0),
        ))
    return case


def _comparisons(case: Case, ids: list[str]):
    """The engine's comparisons, made once (only the PDF is timed); hand-made ones without it."""
    try:
        from secondop_desktop.domain.compare import compare_three
    except ImportError:
        from tests.report.fakes import hand_comparisons
        return hand_comparisons(case, ids), "hand-made comparisons (engine not found)"
    return compare_three(case, ids), "engine (domain.compare)"


def _texts(flowables: list) -> list[str]:
    """The plain text of every paragraph in a story, table cells and kept-together blocks too."""
    from reportlab.platypus import KeepTogether, Paragraph, Table

    out: list[str] = []
    for f in flowables:
        if isinstance(f, Paragraph):
            text = f.getPlainText()
            if text.strip():
                out.append(text)
        elif isinstance(f, Table):
            for row in f._cellvalues:
                for cell in row:
                    out += _texts(cell if isinstance(cell, list) else [cell])
        elif isinstance(f, KeepTogether):
            out += _texts(f._content)
        elif isinstance(getattr(f, "content", None), list):  # the PDF's own Block
            out += _texts(f.content)
        elif isinstance(getattr(f, "value", None), str):  # a right-to-left paragraph
            out.append(f.value)
        elif isinstance(f, list):
            out += _texts(f)
    return out


def _capture_paragraphs(case: Case, path: Path, options: PdfOptions, comps) -> list[str]:
    """Export once (warm-up: fonts registered) and keep the text of every paragraph laid out."""
    from secondop_desktop.report import document

    stories: list[list[str]] = []
    build_story = document.build_story

    def keep_story(ctx):
        story = build_story(ctx)
        stories.append(_texts(story))  # before layout: reportlab consumes and splits the story
        return story

    document.build_story = keep_story
    try:
        export_comparison_pdf(case, path, options, comparisons=comps)
    finally:
        document.build_story = build_story
    return stories[-1]


def plain_layout(paragraphs: list[str]) -> None:
    """What reportlab itself needs for the same text: plain Paragraphs, same font and size."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from secondop_desktop.report import fonts

    body, _bold = fonts.body_fonts()
    style = ParagraphStyle("plain", fontName=body, fontSize=10.5, leading=13.6)
    story = [Paragraph(escape(text), style) for text in paragraphs]
    SimpleDocTemplate(io.BytesIO(), pagesize=letter).build(story)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    case = bench_case(args.notes)
    ids = [o.id for o in case.opinions]
    comps, source = _comparisons(case, ids)
    path = Path(tempfile.mkdtemp(prefix="secondop-bench-pdf-")) / "bench.pdf"
    options = PdfOptions(opinion_ids=ids, paper="letter")
    paragraphs = _capture_paragraphs(case, path, options, comps)
    plain_layout(paragraphs)  # warm-up
    # Interleaved, so a busy machine slows both sides alike.
    ours: list[float] = []
    base: list[float] = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        export_comparison_pdf(case, path, options, comparisons=comps)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        plain_layout(paragraphs)
        base.append(time.perf_counter() - start)
    pages = len(pypdf.PdfReader(path).pages)
    ratios = [o / b for o, b in zip(ours, base, strict=True)]
    print(f"comparison from: {source}")
    print(f"case: 3 opinions, {args.notes} notes; PDF: {pages} pages, "
          f"{path.stat().st_size // 1024} KiB, {len(paragraphs)} paragraphs, "
          f"{sum(len(x) for x in paragraphs)} characters")
    print(f"export median of {args.repeat}: {statistics.median(ours) * 1000:.0f} ms "
          "(budget 2000 ms)")
    print(f"reportlab plain paragraphs, same text: {statistics.median(base) * 1000:.0f} ms")
    print(f"ratio (median of paired runs): {statistics.median(ratios):.2f}x (budget 1.5x)")


if __name__ == "__main__":
    main()
