# SPDX-License-Identifier: GPL-3.0-or-later
"""How long until the main window shows, with a 1,000-case journal? Run by hand:
``python bench/bench_startup.py``.

Builds a journal of 1,000 cases (copies of the worked example) in a temporary folder. Then, in
fresh processes, times from process start to the window's first paint on screen: once for a bare
PySide6 window and once for SecondOp's main window with that journal open in it (its cases listed),
started as the desktop launcher starts it (``secondop`` with no arguments, the journal in the
user's data folder, found through XDG_DATA_HOME), alternating, several times each. "Shown" is the
same moment in both: just after the window's first expose event was handled. SecondOp fills in its
menus' commands and opens the last case right after that; the time until that case is on screen is
printed too, as a second figure. Prints the medians and their ratio (budget: at most 1.3x with
1,000 cases, 1.5x with 10,000), the same ratio on CPU time used until shown (steadier on a shared
machine), the median of each round's own ratio (a round starts the two one after the other),
the resident memory of SecondOp with the journal and the case open (budget: under 250 MB), and
whether any heavy module was loaded at start (it should not be). The journal's quick
integrity check is not in the time: the program runs it on a thread once the window shows
(``window_session.BackgroundWork``), as it does the backup.

With ``--instructions`` it also counts, once each under valgrind's callgrind, the machine
instructions both processes run until their window is painted: a figure that does not move
with the machine's load, where the clocks scatter by a third between runs on a shared machine.

With ``--floor`` it also times, in the same rounds, the window's visible widgets built by Qt
alone (``QT_ALONE``): what drawing them costs over the bare window, and so how much of the
ratio is SecondOp's own Python.

Both processes run with their byte code cached, as an installed program does (the installer
compiles it): a first warm-up run of each writes the cache even where PYTHONDONTWRITEBYTECODE is
set in the calling shell. Options: ``--cases N --repeat N``. Uses the offscreen platform unless
QT_QPA_PLATFORM is set.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from callgrind import count_instructions

from secondop_desktop.domain.demo import demo_case
from secondop_desktop.domain.model import new_id
from secondop_desktop.store.journal import Journal

HEAVY = ("reportlab", "simple_icd_10_cm", "secondop_desktop.domain.compare",
         "secondop_desktop.report.pdf")

# Both processes say SHOWN at the same moment of their life: just after their window's first
# expose event has been handled, that is when the window has been painted on screen.
FIRST_PAINT = """
import os, time
STOP_AT_SHOWN = bool(os.environ.get("SECONDOP_BENCH_STOP_AT_SHOWN"))
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow

class FirstPaint(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.at = None
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Expose and isinstance(watched, QWindow)
                and watched.isExposed()):
            # The first expose only (X11 sends more than one); queued after it, as the window
            # queues its own work.
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.painted)
        return False

    def painted(self):
        self.at = time.perf_counter()
        print("SHOWN", time.process_time(), flush=True)
        if STOP_AT_SHOWN:  # --instructions: the count ends at the first paint
            os._exit(0)

def wait_for(condition, app, seconds=30.0):
    end = time.perf_counter() + seconds
    while not condition():
        if time.perf_counter() > end:
            raise SystemExit("timed out")
        app.processEvents()
"""

BARE = FIRST_PAINT + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
paint = FirstPaint(window.windowHandle())
wait_for(lambda: paint.at is not None, app)
"""

# What `secondop` does, as the desktop launcher runs it (no arguments: the journal in the user's
# data folder), up to its event loop: the entry point's module loaded (before Qt, as there), the
# garbage collector paused as app.run_gui does, then what ui.application.run does first: the
# error reporter installed, and start: the journal
# opened, the window made on it (its cases listed) and shown; the menus' commands and the last
# case come once the window is on screen.
SECONDOP = """
import sys
from secondop_desktop import cli  # the entry point's module: `secondop` runs cli.main
try:
    from secondop_desktop.app import pause_collector
except ImportError:  # the program before it had one (to measure it against the code before)
    pause_collector = lambda: None
pause_collector()  # what app.run_gui does first, before it loads the window
""" + FIRST_PAINT + """
from PySide6.QtWidgets import QApplication
from secondop_desktop.ui import error_report
from secondop_desktop.ui.application import start
if STOP_AT_SHOWN:
    # Under valgrind a start takes ~50 times as long: the window's fallback for a window never
    # painted (1 s) must not run its after-paint work before the first paint is counted.
    from secondop_desktop.ui import main_window
    main_window.FIRST_PAINT_FALLBACK_MS = 10**9
reporter = error_report.install()  # as run() does, before anything else
window = start(None)
app = QApplication.instance()
paint = FirstPaint(window.windowHandle())
wait_for(lambda: paint.at is not None, app)
listed = window.case_model.rowCount()
more = window.case_model.canFetchMore(window.case_model.index(-1, -1))
wait_for(lambda: window.document is not None and window.case_page.isVisible(), app)
print("CASE", flush=True)
import json  # not before: the bare window does not load it either
journal = window.journal
rss = 0
with open("/proc/self/status") as status:
    for line in status:
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) * 1024
heavy = [name for name in HEAVY if name in sys.modules]
print(json.dumps({"rss": rss, "heavy": heavy, "cases": listed, "more": more,
                  "journal": str(window.journal.path),
                  "visible": window.isVisible(), "case_open": window.document is not None}),
      flush=True)
window.close()
journal.close()
reporter.uninstall()
""".replace("HEAVY", repr(HEAVY))


# With --floor: the same visible window built by Qt alone, none of SecondOp's modules: the menu
# bar's five menus, the search box, the first page of the journal's cases (read with sqlite3)
# in a list with uniform rows, the button under it, a page on the right, the status bar, and
# the program's own style sheet with one grey for every colour. What it costs over the bare
# window is what drawing these widgets costs (fonts, the sheet, the list); SecondOp's own
# Python (its modules, the journal's checks, the theme, its list model) is the rest.
QT_ALONE = FIRST_PAINT + """
import re, sqlite3
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QListView, QMainWindow,
                               QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget)
app = QApplication([])
with open(STYLE_SHEET, encoding="utf-8") as sheet_file:
    sheet = re.sub(r"[\\w-]+:\\s*url\\(@\\w+\\);", "", sheet_file.read())
app.setStyleSheet(re.sub(r"@\\w+", "#808080", sheet))
journal = os.path.join(os.environ["XDG_DATA_HOME"], "SecondOp", "journal.secondop-journal")
with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as db:
    rows = [f"{title}\\nComparing {count} opinions" for title, count in db.execute(
        "SELECT title, opinion_count FROM cases WHERE deleted_at IS NULL "
        "ORDER BY updated_sort DESC, rowid LIMIT 50")]
window = QMainWindow()
window.resize(1200, 800)
for title in ("&File", "&Edit", "&Case", "&View", "&Help"):
    window.menuBar().addMenu(title)
left = QWidget()
column = QVBoxLayout(left)
search = QLineEdit()
search.setPlaceholderText("Search all cases")
column.addWidget(search)
cases = QListView()
cases.setObjectName("case_list")
cases.setUniformItemSizes(True)
model = QStringListModel(rows)
cases.setModel(model)
cases.setCurrentIndex(model.index(0))
column.addWidget(cases)
column.addWidget(QPushButton("+ New case"))
pages = QStackedWidget()
pages.addWidget(QLabel("Choose a case on the left, or start a new one."))
splitter = QSplitter()
splitter.addWidget(left)
splitter.addWidget(pages)
splitter.setSizes([320, 880])
window.setCentralWidget(splitter)
window.statusBar().addPermanentWidget(QLabel("All changes saved"))
window.show()
paint = FirstPaint(window.windowHandle())
wait_for(lambda: paint.at is not None, app)
""".replace("STYLE_SHEET", repr(str(Path(__file__).resolve().parent.parent / "resources"
                                      / "style.qss")))


def make_journal(path: Path, cases: int) -> None:
    template = demo_case()
    with Journal.open(path) as journal:
        for number in range(cases):
            case = copy.deepcopy(template)
            case.id = new_id()
            case.title = f"{template.title} #{number + 1}"
            for item in (*case.opinions, *case.questions, *case.notes, *case.records,
                         *case.medications, *case.reviews):
                item.id = new_id()
            journal.save_case(case)


def time_to_shown(code: str, args: list[str],
                  env: dict[str, str]) -> tuple[float, float | None, str, float]:
    """Seconds from starting the process to its "SHOWN" line (window painted) and to its "CASE"
    line (the last case on screen, if it says so), what it printed after, and the CPU seconds
    the process had used when shown (steadier than the wall clock on a shared machine)."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               text=True, env=env)
    assert process.stdout is not None
    shown = case = None
    cpu = float("nan")
    rest: list[str] = []
    for line in process.stdout:
        if line.startswith("SHOWN") and shown is None:
            shown = time.perf_counter() - start
            cpu = float(line.split()[1])
        elif line.strip() == "CASE" and case is None:
            case = time.perf_counter() - start
        else:
            rest.append(line)
    if process.wait() != 0 or shown is None:
        raise SystemExit(f"the measured process failed (exit {process.returncode})")
    return shown, case, "".join(rest), cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start-up time and memory of the main window.")
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--journal", type=Path,
                        help="copy this journal instead of making one (making 10,000 cases "
                        "takes minutes); --cases must say how many it holds")
    parser.add_argument("--instructions", action="store_true",
                        help="also count the machine instructions each process runs until its "
                        "window is painted (valgrind's callgrind; one run each, ~1 minute): "
                        "unlike the clocks, the same on a busy machine as on a quiet one")
    parser.add_argument("--floor", action="store_true",
                        help="also time the same visible window built by Qt alone (none of "
                        "SecondOp's modules): how much of the ratio is drawing those widgets")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="secondop-bench-") as folder:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Settings and caches of the run stay in here, found the way the program finds the
        # user's own folders (SECONDOP_DATA_DIR would skip that).
        env.pop("SECONDOP_DATA_DIR", None)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(Path(folder) / name.lower())
        warm_env = dict(env)
        warm_env.pop("PYTHONDONTWRITEBYTECODE", None)
        # Where the program looks when started with no arguments (paths.default_journal_path).
        journal_path = Path(env["XDG_DATA_HOME"]) / "SecondOp" / "journal.secondop-journal"
        began = time.perf_counter()
        if args.journal:
            journal_path.parent.mkdir(parents=True)
            shutil.copyfile(args.journal, journal_path)
        else:
            make_journal(journal_path, args.cases)
        print(f"journal of {args.cases} cases made in {time.perf_counter() - began:.1f} s")
        # Warm the file cache for both, and cache their byte code as an installed program has.
        time_to_shown(BARE, [], warm_env)
        time_to_shown(SECONDOP, [], warm_env)
        if args.floor:
            time_to_shown(QT_ALONE, [], warm_env)
        floor: list[float] = []
        floor_cpu: list[float] = []
        bare: list[float] = []
        ours: list[float] = []
        bare_cpu: list[float] = []
        ours_cpu: list[float] = []
        ours_case: list[float] = []
        report: dict[str, object] = {}
        for _ in range(args.repeat):
            shown, _, _, cpu = time_to_shown(BARE, [], env)
            bare.append(shown)
            bare_cpu.append(cpu)
            shown, case, rest, cpu = time_to_shown(SECONDOP, [], env)
            ours.append(shown)
            ours_cpu.append(cpu)
            ours_case.append(case if case is not None else float("nan"))
            report = json.loads(rest.strip().splitlines()[-1])
            if args.floor:
                shown, _, _, cpu = time_to_shown(QT_ALONE, [], env)
                floor.append(shown)
                floor_cpu.append(cpu)
        bare_median = statistics.median(bare)
        ours_median = statistics.median(ours)
        ratio = ours_median / bare_median
        # The list reads a page of cases at first, the rest as it is scrolled.
        listed_ok = report["cases"] == args.cases or (report["more"] and report["cases"] > 0)
        if (not listed_ok or not report["visible"] or not report["case_open"]
                or report["journal"] != str(journal_path)):
            raise SystemExit(f"the window did not show the journal as expected: {report}")
        rss_mb = int(report["rss"]) / (1024 * 1024)  # type: ignore[call-overload]
        print(f"bare PySide6 window shown:    {bare_median * 1000:7.0f} ms (median of "
              f"{args.repeat})")
        print(f"SecondOp main window shown with a journal of {args.cases} cases "
              f"({report['cases']} listed at first, the rest as scrolled): "
              f"{ours_median * 1000:7.0f} ms")
        budget = 1.3 if args.cases <= 1000 else 1.5
        print(f"ratio (window shown): {ratio:.2f}x (budget {budget}x) "
              f"{'OK' if ratio <= budget else 'OVER'}")
        cpu_ratio = statistics.median(ours_cpu) / statistics.median(bare_cpu)
        print(f"CPU time until shown: {statistics.median(bare_cpu) * 1000:.0f} ms bare, "
              f"{statistics.median(ours_cpu) * 1000:.0f} ms SecondOp, ratio {cpu_ratio:.2f}x "
              f"{'OK' if cpu_ratio <= budget else 'OVER'}")
        # Each round starts the two one after the other: a slow spell of the machine slows both.
        paired = statistics.median(o / b for o, b in zip(ours, bare, strict=True))
        paired_cpu = statistics.median(o / b for o, b in zip(ours_cpu, bare_cpu, strict=True))
        print(f"the rounds' own ratios (median): {paired:.2f}x wall, {paired_cpu:.2f}x CPU")
        case_median = statistics.median(ours_case)
        print(f"... and its last case on screen: {case_median * 1000:7.0f} ms "
              f"({case_median / bare_median:.2f}x the bare window)")
        print(f"resident memory: {rss_mb:.0f} MB (budget 250 MB) "
              f"{'OK' if rss_mb < 250 else 'OVER'}")
        heavy = report["heavy"]
        print(f"heavy modules loaded at start: {', '.join(heavy) if heavy else 'none'}")  # type: ignore[arg-type]
        if args.floor:
            floor_median = statistics.median(floor)
            floor_cpu_median = statistics.median(floor_cpu)
            print(f"the same widgets by Qt alone shown: {floor_median * 1000:7.0f} ms "
                  f"({floor_median / bare_median:.2f}x the bare window, CPU "
                  f"{floor_cpu_median / statistics.median(bare_cpu):.2f}x); SecondOp "
                  f"{ours_median / floor_median:.2f}x it "
                  f"(+{(ours_median - floor_median) * 1000:.0f} ms)")
        if args.instructions:
            bare_ir = instructions_to_shown(BARE, warm_env)
            ours_ir = instructions_to_shown(SECONDOP, warm_env)
            ir_ratio = ours_ir / bare_ir
            print(f"instructions until shown (callgrind): {bare_ir / 1e6:.0f} M bare, "
                  f"{ours_ir / 1e6:.0f} M SecondOp, ratio {ir_ratio:.3f}x "
                  f"{'OK' if ir_ratio <= budget else 'OVER'}")
            if args.floor:
                floor_ir = instructions_to_shown(QT_ALONE, warm_env)
                print(f"instructions until shown by Qt alone: {floor_ir / 1e6:.0f} M "
                      f"({floor_ir / bare_ir:.3f}x the bare window)")
    return 0


def instructions_to_shown(code: str, env: dict[str, str]) -> int:
    """Instructions the process runs from its start to its window's first paint, counted by
    valgrind's callgrind (the process ends there)."""
    counted, printed = count_instructions(
        [sys.executable, "-c", code], {**env, "SECONDOP_BENCH_STOP_AT_SHOWN": "1"})
    if "SHOWN" not in printed:
        raise SystemExit("the counted process did not show its window")
    return counted


if __name__ == "__main__":
    sys.exit(main())
