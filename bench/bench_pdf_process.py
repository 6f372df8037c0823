# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison PDF as a whole process. Run by hand: ``python bench/bench_pdf_process.py``.

For each size (default 20, 200 and 2,000 notes on a three-opinion case, ``bench_pdf.bench_case``)
a journal is made in a temporary folder, then three fresh processes are timed, alternating:

- ``secondop export-pdf --journal J --opinions 1,2,3 -o out.pdf CASE`` (``python -m
  secondop_desktop``), from process start to exit: start-up, reading the case, the engine, the
  layout and the file written;
- a plain reportlab script laying out the same paragraphs (the text of every paragraph of the
  PDF, captured once beforehand) as Paragraphs in a SimpleDocTemplate with one TrueType font
  (DejaVu Sans, the PDF's body font), written to a file; the user's text escaped for the
  Paragraph markup with ``xml.sax.saxutils.escape``, the standard library's way;
- the same script escaping with ``str.replace`` ("lean"): ``xml.sax.saxutils`` imports
  ``urllib.request`` and with it http, email, ssl and socket (~20 ms), which SecondOp no longer
  loads, so the ratio against this one is the stricter: it counts only reportlab's own work.

Prints the medians, their ratio (budget 1.5x), the median of each round's own ratio (the three
processes of a round run one after the other, so a slow spell of the machine slows all three), the
export time per note between sizes (linear means about the same cost per note at every size) and
whether 2,000 notes stay under 2 s. Both sides run with their byte code cached. Options: ``--notes
20 200 2000 --repeat N``; ``--instructions`` also counts each process's machine instructions
once under valgrind's callgrind, a ratio that does not move with the machine's load (minutes:
each count runs ~50 times slower than the process).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_pdf import _capture_paragraphs, bench_case  # noqa: E402
from callgrind import count_instructions  # noqa: E402

from secondop_desktop.report.pdf import PdfOptions  # noqa: E402
from secondop_desktop.resources import resource_path  # noqa: E402
from secondop_desktop.store.journal import Journal  # noqa: E402

PLAIN = """
import json, sys
paragraphs_file, font, out, escaping = sys.argv[1:5]
if escaping == "saxutils":
    from xml.sax.saxutils import escape
else:
    def escape(text):
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

with open(paragraphs_file, encoding="utf-8") as f:
    paragraphs = json.load(f)
pdfmetrics.registerFont(TTFont("Body", font))
style = ParagraphStyle("plain", fontName="Body", fontSize=10.5, leading=13.6)
SimpleDocTemplate(out, pagesize=letter).build([Paragraph(escape(t), style) for t in paragraphs])
"""


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one process from start to exit. The CPU
    figure is the steadier one on a shared machine: waiting for a core is not in it."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.stderr is not None
    error = process.stderr.read()
    process.stderr.close()
    if process.returncode != 0:
        raise SystemExit(f"{command[2:4]} failed: {error.strip()}")
    return elapsed, usage.ru_utime + usage.ru_stime


# wall ours, wall plain, CPU ours, CPU plain, wall lean plain, CPU lean plain; then the medians
# of the rounds' own CPU ratios (ours / plain, ours / lean)
Figures = tuple[float, float, float, float, float, float, float, float]


def measure(notes: int, repeat: int, folder: Path, env: dict[str, str],
            counts: dict[int, tuple[int, int, int]] | None = None) -> Figures:
    """Medians in seconds (wall and CPU, secondop export-pdf and plain reportlab) for a case
    with ``notes``; with ``counts``, also each side's instructions, counted once (ours,
    plain, lean)."""
    case = bench_case(notes)
    journal_path = folder / f"bench-{notes}.secondop-journal"
    with Journal.open(journal_path) as journal:
        journal.save_case(case)
    ids = [o.id for o in case.opinions]
    ours_pdf, plain_pdf = folder / f"ours-{notes}.pdf", folder / f"plain-{notes}.pdf"
    paragraphs = _capture_paragraphs(case, ours_pdf, PdfOptions(opinion_ids=ids, paper="letter"),
                                     None)
    paragraphs_file = folder / f"paragraphs-{notes}.json"
    paragraphs_file.write_text(json.dumps(paragraphs), encoding="utf-8")
    ours_cmd = [sys.executable, "-m", "secondop_desktop", "export-pdf", "--journal",
                str(journal_path), "--opinions", "1,2,3", "--paper", "letter", "-o",
                str(ours_pdf), case.id]
    plain_cmd = [sys.executable, "-c", PLAIN, str(paragraphs_file),
                 str(resource_path("fonts", "DejaVuSans.ttf")), str(plain_pdf), "saxutils"]
    lean_cmd = [*plain_cmd[:-1], "replace"]
    warm_env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    _run(ours_cmd, warm_env)  # byte code cached, files in the page cache
    _run(plain_cmd, warm_env)
    _run(lean_cmd, warm_env)
    ours: list[tuple[float, float]] = []
    plain: list[tuple[float, float]] = []
    lean: list[tuple[float, float]] = []
    for _ in range(repeat):  # alternating, so a busy machine slows every side alike
        ours.append(_run(ours_cmd, env))
        plain.append(_run(plain_cmd, env))
        lean.append(_run(lean_cmd, env))
    if counts is not None:
        counts[notes] = (count_instructions(ours_cmd, warm_env)[0],
                         count_instructions(plain_cmd, warm_env)[0],
                         count_instructions(lean_cmd, warm_env)[0])
    print(f"  {notes:5d} notes: {len(paragraphs):5d} paragraphs, "
          f"{sum(len(p) for p in paragraphs):7d} characters, "
          f"{ours_pdf.stat().st_size // 1024:5d} KiB")
    return (statistics.median(w for w, _ in ours), statistics.median(w for w, _ in plain),
            statistics.median(c for _, c in ours), statistics.median(c for _, c in plain),
            statistics.median(w for w, _ in lean), statistics.median(c for _, c in lean),
            statistics.median(o[1] / p[1] for o, p in zip(ours, plain, strict=True)),
            statistics.median(o[1] / p[1] for o, p in zip(ours, lean, strict=True)))


def _verdict(ratio: float) -> str:
    return "OK" if ratio <= 1.5 else "OVER"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, nargs="+", default=[20, 200, 2000])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--instructions", action="store_true",
                        help="also count each process's machine instructions once (valgrind's "
                        "callgrind: the same on a busy machine as on a quiet one; minutes)")
    args = parser.parse_args(argv)
    results: dict[int, Figures] = {}
    counts: dict[int, tuple[int, int, int]] | None = {} if args.instructions else None
    with tempfile.TemporaryDirectory(prefix="secondop-bench-pdf-") as name:
        folder = Path(name)
        env = dict(os.environ)
        env["SECONDOP_DATA_DIR"] = str(folder / "data")  # never the user's settings
        env["PYTHONPATH"] = os.pathsep.join(
            [str(HERE.parent), *filter(None, [env.get("PYTHONPATH")])])
        for notes in args.notes:
            results[notes] = measure(notes, args.repeat, folder, env, counts)
    print(f"whole process, median of {args.repeat} (secondop export-pdf vs plain reportlab, "
          "one TrueType font, same paragraphs); wall clock, then CPU time (user + system):")
    previous: tuple[int, float, float] | None = None
    for notes, (ours, plain, ours_cpu, plain_cpu, _lean, lean_cpu, paired,
                paired_lean) in results.items():
        ratio, cpu_ratio = ours / plain, ours_cpu / plain_cpu
        line = (f"  {notes:5d} notes: export-pdf {ours * 1000:6.0f} ms, reportlab "
                f"{plain * 1000:6.0f} ms, ratio {ratio:.2f}x {_verdict(ratio)} | CPU "
                f"{ours_cpu * 1000:6.0f} ms vs {plain_cpu * 1000:6.0f} ms, ratio {cpu_ratio:.2f}x "
                f"{_verdict(cpu_ratio)} (budget 1.5x); against the lean script "
                f"{lean_cpu * 1000:.0f} ms CPU, ratio {ours_cpu / lean_cpu:.2f}x "
                f"{_verdict(ours_cpu / lean_cpu)}; the rounds' own CPU ratios (steadier on a "
                f"busy machine) {paired:.2f}x and {paired_lean:.2f}x")
        if previous is not None:
            step = notes - previous[0]
            line += (f"; per added note {(ours - previous[1]) / step * 1000:.2f} ms wall, "
                     f"{(ours_cpu - previous[2]) / step * 1000:.2f} ms CPU")
        print(line)
        previous = (notes, ours, ours_cpu)
    for notes, (ours_ir, plain_ir, lean_ir) in (counts or {}).items():
        print(f"  {notes:5d} notes, instructions (callgrind): export-pdf {ours_ir / 1e6:.0f} M, "
              f"plain {plain_ir / 1e6:.0f} M, lean {lean_ir / 1e6:.0f} M; ratio "
              f"{ours_ir / plain_ir:.3f}x {_verdict(ours_ir / plain_ir)}, against the lean "
              f"script {ours_ir / lean_ir:.3f}x {_verdict(ours_ir / lean_ir)}")
    if 2000 in results:
        ours, _, ours_cpu, *_ = results[2000]
        print(f"2,000 notes: {ours:.2f} s wall {'OK' if ours < 2 else 'OVER'}, {ours_cpu:.2f} s "
              f"CPU {'OK' if ours_cpu < 2 else 'OVER'} (budget 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
