# SPDX-License-Identifier: GPL-3.0-or-later
"""How long the Compare tab keeps the window waiting on a very long comparison (run by hand;
prints figures, asserts nothing).

Two opinions as in ``bench_compare.py`` (5,000-word rationales, 30 recommendations, 20 evidence
items and 10 answers each: well over 100 aligned rows), shown in a ``CompareView`` of 1400x900
with the engine on its worker thread, as in the program. For each step it prints the time until
the first rows are on screen, until every row is built, and the longest single stall of the GUI
thread meanwhile (the largest gap between beats of a 1 ms timer: what the user feels as a frozen
window), and the most CPU time the GUI thread spent in one such stall (the same without the
time spent waiting for a core on a busy machine, or for the interpreter's lock).

Steps: opening the case; an edit (one recommendation changed, the view refreshed); Shift+F7
from the top (to the last difference, at the far end of the list); the text size set to 200 %;
a verdict given on the row looked at (applied to the rows by its key, no second engine run);
then, in a new view, Shift+F7 pressed as soon as the first rows show, with how far that row
moved on screen while the rest of the rows got their heights.

    python bench/bench_compare_view.py [--runs 3] [--independent] [--window]

``--independent`` compares independently written rationales instead of an edited copy;
``--window`` also opens the Compare tab on the long case in the whole window (a new window
each run, so the view is built as on a user's first visit), then steps the text size to 200 %
and back in the whole window on the worked example (the Compare tab shown; then again with
every page built). Uses the offscreen platform unless QT_QPA_PLATFORM is set; never touches
the user's data folder.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETTLE_S = 0.3
"""A step counts as done once the wanted state holds and the window has been idle this long."""
TIMEOUT_S = 60.0


@dataclass
class Step:
    shown_ms: float = -1.0
    built_ms: float = -1.0
    stall_ms: float = 0.0
    stall_cpu_ms: float = 0.0
    """The most CPU time the GUI thread spent between two beats: the longest stall without the
    time spent waiting for a core (a shared machine's noise) or for the interpreter's lock."""
    moved_px: int = 0
    """How far the row the user moved to was pushed on screen meanwhile."""


class Heartbeat:
    """Beats every millisecond on the GUI thread; the largest gap between beats is the longest
    time the window could not answer the user."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.max_gap = 0.0
        self.max_cpu_gap = 0.0
        self.checks: list[Callable[[], None]] = []

    def start(self) -> None:
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.max_gap = 0.0
        self.max_cpu_gap = 0.0
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        cpu = time.thread_time()  # this thread's CPU time: the GUI thread's
        self.max_gap = max(self.max_gap, now - self.last)
        self.max_cpu_gap = max(self.max_cpu_gap, cpu - self.last_cpu)
        for check in self.checks:
            check()
        self.last = time.perf_counter()  # the checks themselves are not the view's stall
        self.last_cpu = time.thread_time()


def _all_built(view) -> bool:  # noqa: ANN001 - a CompareView
    """Every row has its height (the table lays rows out on the next turn after a change), at
    the application's text size (a new size reaches the widgets on the next turn too)."""
    from PySide6.QtWidgets import QApplication

    return (not view.rows_pending()
            and view.table.font().pointSizeF() == QApplication.font().pointSizeF())


def _shown(view) -> bool:  # noqa: ANN001
    if view.is_busy() or view.model.result is None or view.stack.currentIndex() != 1:
        return False
    table = view.table
    return table.model().rowCount() > 0 and table.isVisible() and table.row_rect(0).isValid()


def _row_top(view, source_row: int) -> int:  # noqa: ANN001
    return view.table.row_rect(view.filter.row_of_source(source_row)).top()


def measure(app, beat: Heartbeat, action: Callable[[], None],  # noqa: ANN001
            shown: Callable[[], bool], built: Callable[[], bool]) -> Step:
    """Run ``action`` on the event loop, then wait until ``shown`` and ``built`` hold and the
    window has been idle for a moment."""
    from PySide6.QtCore import QEventLoop, QTimer

    step = Step()
    loop = QEventLoop()
    start = [0.0]
    quiet_since = [0.0]

    def check() -> None:
        now = time.perf_counter()
        if step.shown_ms < 0 and shown():
            step.shown_ms = (now - start[0]) * 1000
        if step.shown_ms >= 0 and step.built_ms < 0 and built():
            step.built_ms = (now - start[0]) * 1000
            quiet_since[0] = now
        if step.built_ms >= 0 and now - quiet_since[0] > SETTLE_S:
            loop.quit()
        if now - start[0] > TIMEOUT_S:
            loop.quit()

    def go() -> None:
        start[0] = time.perf_counter()
        beat.start()
        action()
        check()

    beat.checks = [check]
    QTimer.singleShot(0, go)
    loop.exec(QEventLoop.ProcessEventsFlag.AllEvents)
    beat.timer.stop()
    beat.checks = []
    step.stall_ms = beat.max_gap * 1000
    step.stall_cpu_ms = beat.max_cpu_gap * 1000
    app.processEvents()
    return step


def _edited(case):  # noqa: ANN001, ANN202 - a Case
    import copy

    changed = copy.deepcopy(case)
    rec = changed.opinions[1].recommendations[3]
    rec.treatment += " (twice a week)"
    return changed


def run_once(app, case) -> dict[str, Step]:  # noqa: ANN001

    from secondop_desktop.ui import appearance
    from secondop_desktop.ui.compare_view import CompareView

    appearance.apply_text_size(100)
    view = CompareView()
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    beat = Heartbeat()
    steps: dict[str, Step] = {}

    steps["open the case"] = measure(app, beat, lambda: view.set_case(case),
                                     lambda: _shown(view), lambda: _all_built(view))
    edited = _edited(case)

    def edit() -> None:
        view.set_case(edited)
        view.refresh_now()

    steps["an edit, refreshed"] = measure(app, beat, edit, lambda: _shown(view),
                                          lambda: _all_built(view))

    def last_difference() -> None:
        view.scroll.verticalScrollBar().setValue(0)
        view.previous_difference()  # from no current row: the last difference

    target = view.model.difference_rows()[-1]

    def at_last() -> bool:
        if view.current_row() != target:
            return False
        top = _row_top(view, target)
        return 0 <= top < view.table.viewport().height()

    steps["Shift+F7 to the last difference"] = measure(app, beat, last_difference, at_last,
                                                       lambda: True)
    def at_new_size() -> bool:
        return _shown(view) and view.table.font().pointSizeF() == app.font().pointSizeF()

    steps["text size 200 %"] = measure(app, beat, lambda: appearance.apply_text_size(200),
                                       at_new_size, lambda: _all_built(view))
    summary_before = view.summary.text()

    def verdict() -> None:
        view.panel.lines[0].same_radio.click()

    steps["a verdict, shown"] = measure(app, beat, verdict,
                                        lambda: view.summary.text() != summary_before,
                                        lambda: _all_built(view))
    _discard(view)
    appearance.apply_text_size(100)

    view = CompareView()
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    steps["open, first rows only"] = measure(app, beat, lambda: view.set_case(case),
                                             lambda: _shown(view), lambda: True)
    steps["Shift+F7 at once"] = measure(app, beat, last_difference, at_last, lambda: True)
    before = _row_top(view, target)
    steps["the rest of the rows"] = measure(app, beat, lambda: None, lambda: True,
                                            lambda: _all_built(view))
    after = _row_top(view, target)
    steps["the rest of the rows"].moved_px = after - before
    _discard(view)
    return steps


def _discard(widget) -> None:  # noqa: ANN001
    """Close and delete ``widget`` now, and collect what it leaves (its Python side holds
    reference cycles): the program never throws a compare view away while the user works (only
    when the window is built again in another language), so its garbage must not land in the
    next step measured, where a full collection of it took 30-140 ms."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()


def window_text_size(app, runs: int, folder: str) -> None:  # noqa: ANN001
    """The text size stepped to 200 % and back in the whole window (1280x800, the worked example
    on the Compare tab), first with only the pages seen so far built, then with every page."""
    from pathlib import Path

    from secondop_desktop.store.journal import Journal
    from secondop_desktop.ui.case_page import TAB_COMPARE
    from secondop_desktop.ui.main_window import MainWindow

    journal = Journal.open(Path(folder) / "bench.secondop-journal")
    window = MainWindow(journal)
    window.resize(1280, 800)
    window.show()
    window.open_example()
    page = window.case_page

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()

    page.show_tab(TAB_COMPARE)
    settle(1.5)
    beat = Heartbeat()
    for label in ("Compare tab only", "every page built"):
        if label == "every page built":
            for index in range(page.tabs.count()):
                page.show_tab(index)
                settle(0.3)
            page.show_tab(TAB_COMPARE)
            settle(0.5)
        stalls: dict[int, list[float]] = {200: [], 100: []}
        cpus: dict[int, list[float]] = {200: [], 100: []}
        for _ in range(runs):
            for percent in (200, 100):
                step = measure(app, beat, lambda p=percent: window.set_text_size(p),
                               lambda: True, lambda: True)
                stalls[percent].append(step.stall_ms)
                cpus[percent].append(step.stall_cpu_ms)
        for percent, found in stalls.items():
            print(f"  whole window, {label}, text size {percent} %: longest stall "
                  f"{statistics.median(found):.0f} ms (max {max(found):.0f}), its CPU "
                  f"{statistics.median(cpus[percent]):.0f} ms (max {max(cpus[percent]):.0f})")
    window.close()
    journal.close()


def window_open_compare(app, runs: int, folder: str, case) -> None:  # noqa: ANN001
    """The Compare tab opened on the long case in the whole window (1280x800), as a user does:
    the case open on its Overview, then a click on the tab (the compare view is built then).
    A new window each run, so the view is built each time."""
    from secondop_desktop.store.journal import Journal
    from secondop_desktop.ui.case_page import TAB_COMPARE, TAB_OVERVIEW
    from secondop_desktop.ui.main_window import MainWindow

    journal = Journal.open(Path(folder) / "bench-long.secondop-journal")
    journal.save_case(case)
    steps: list[Step] = []
    for _ in range(runs):
        window = MainWindow(journal)
        window.resize(1280, 800)
        window.show()
        window.open_case(case.id)
        page = window.case_page
        page.show_tab(TAB_OVERVIEW)
        end = time.perf_counter() + 1.0
        while time.perf_counter() < end:
            app.processEvents()

        def shown(page=page) -> bool:  # noqa: ANN001
            view = page.compare
            return view is not None and _shown(view)

        def built(page=page) -> bool:  # noqa: ANN001
            return page.compare is not None and _all_built(page.compare)

        steps.append(measure(app, Heartbeat(), lambda page=page: page.show_tab(TAB_COMPARE),
                             shown, built))
        _discard(window)
    journal.close()
    shown_ms = statistics.median(s.shown_ms for s in steps)
    built_ms = statistics.median(s.built_ms for s in steps)
    stall = statistics.median(s.stall_ms for s in steps)
    cpu = statistics.median(s.stall_cpu_ms for s in steps)
    print(f"  whole window, Compare tab opened on the long case: rows shown {shown_ms:.0f}, "
          f"all built {built_ms:.0f}, longest stall {stall:.0f} ms "
          f"(max {max(s.stall_ms for s in steps):.0f}), its CPU {cpu:.0f} ms "
          f"(max {max(s.stall_cpu_ms for s in steps):.0f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--independent", action="store_true",
                        help="independently written rationales instead of an edited copy")
    parser.add_argument("--window", action="store_true",
                        help="also open the Compare tab on the long case in the whole "
                             "window, and step the text size on the worked example")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="secondop-bench-") as folder:
        os.environ["SECONDOP_DATA_DIR"] = folder  # never the user's settings or code index
        sys.path.insert(0, str(HERE))
        from bench_compare import build_case

        from secondop_desktop.domain.compare import compare_opinions
        from secondop_desktop.ui.application import make_application

        app = make_application([sys.argv[0]])
        case = build_case(7, args.independent)
        a, b = case.opinions
        start = time.perf_counter()
        # Once first, so the engine's one-off set-up (the code index) is not in the figures.
        points = len(compare_opinions(case, a.id, b.id).points)
        print(f"engine warmed up in {time.perf_counter() - start:.1f} s; {points} points, "
              f"rationales {len(a.rationale.split())}/{len(b.rationale.split())} words")
        results: dict[str, list[Step]] = {}
        for _ in range(args.runs):
            for name, step in run_once(app, case).items():
                results.setdefault(name, []).append(step)
        print(f"median of {args.runs} runs (ms):")
        print(f"  {'step':34} {'rows shown':>11} {'all built':>10} {'longest stall':>14}"
              f"   {'its CPU':>8}")
        for name, steps in results.items():
            shown = statistics.median(s.shown_ms for s in steps)
            built = statistics.median(s.built_ms for s in steps)
            stall = statistics.median(s.stall_ms for s in steps)
            worst = max(s.stall_ms for s in steps)
            moved = max(abs(s.moved_px) for s in steps)
            cpu = statistics.median(s.stall_cpu_ms for s in steps)
            print(f"  {name:34} {shown:11.0f} {built:10.0f} {stall:9.0f} "
                  f"(max {worst:.0f})  {cpu:5.0f} (max {max(s.stall_cpu_ms for s in steps):.0f})"
                  + (f"  row in view moved {moved} px" if moved else ""))
        if args.window:
            window_open_compare(app, args.runs, folder, case)
            window_text_size(app, args.runs, folder)


if __name__ == "__main__":
    main()
