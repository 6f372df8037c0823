# SPDX-License-Identifier: GPL-3.0-or-later
"""How long the comparison PDF of a case with one very long note takes (issue 18: a 1 MB note
must print in under 5 s; before the split into paragraphs it had not finished after 20 s).

    PYTHONPATH=. python bench/bench_pdf_long_note.py [CHARACTERS ...]

Prints, for each size (default 10,000, 100,000 and 1,000,000 characters of ordinary words, then
1,000,000 characters without a single space), the median of three runs and the page count.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from secondop_desktop.domain.demo import demo_case
from secondop_desktop.domain.model import Note
from secondop_desktop.report.pdf import PdfOptions, export_comparison_pdf

WORDS = ("the knee was examined again and the swelling is less than in the spring; Dr Hale "
         "repeated that the cartilage is worn and physiotherapy may still help for a while. ")


def note_text(size: int, spaces: bool = True) -> str:
    if not spaces:
        return ("x" * size)[:size]
    return (WORDS * (size // len(WORDS) + 1))[:size]


def run(size: int, spaces: bool = True) -> tuple[float, int]:
    case = demo_case()
    case.notes.append(Note(text=note_text(size, spaces), author="Walter"))
    times = []
    pages = 0
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "long.pdf"
        for _ in range(3):
            start = time.perf_counter()
            export_comparison_pdf(case, out, PdfOptions())
            times.append(time.perf_counter() - start)
        pages = out.read_bytes().count(b"/Type /Page") - out.read_bytes().count(b"/Type /Pages")
    return statistics.median(times), pages


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [10_000, 100_000, 1_000_000]
    for size in sizes:
        seconds, pages = run(size)
        print(f"note of {size:>9,} characters (words):    {seconds:6.2f} s, {pages} pages")
    seconds, pages = run(max(sizes), spaces=False)
    print(f"note of {max(sizes):>9,} characters (one word): {seconds:6.2f} s, {pages} pages")


if __name__ == "__main__":
    main(sys.argv[1:])
