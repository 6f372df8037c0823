# SPDX-License-Identifier: GPL-3.0-or-later
"""The first start on a fresh user account against a later one. Run by hand:
``python bench/bench_first_start.py [--list-journal J --list-cases N]``.

Three figures, each from fresh processes, with every folder the program writes (settings, data,
cache: XDG_*) in a temporary place:

1. ``secondop compare`` on the worked example (whose two diagnosis codes, M17.9 and M17.11, make
   the engine look both up in the code index): first on a fresh account (new empty folders every
   run), then warm (the same folders again). Wall and CPU time, peak memory; budget: first <= 2x
   warm.
2. The window on a fresh account and on a later start (same folders): the resident memory once
   it has settled (last case open, the background integrity check and backup done, 3 s after
   the first paint) and its peak, and the longest the GUI thread was busy in one go in those
   3 s (a 10 ms timer's longest gap); budgets: memory of the first start within 10 MiB of the
   later one, no stall over 100 ms.
3. ``secondop list`` against ``python -c pass``, on a journal of 10,000 cases made with
   ``bench_startup.make_journal`` (or the one given with ``--list-journal``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

WINDOW = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from secondop_desktop.ui import application, first_paint, window_session

window = application.start(Path(sys.argv[1]))
app = QApplication.instance()
work = window_session.BackgroundWork(window.journal)
gaps = []
last = [None]

def tick():
    now = time.perf_counter()
    if last[0] is not None:
        gaps.append(now - last[0])
    last[0] = now

def settled():
    status = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                status[key] = int(value.split()[0]) * 1024
    timer.stop()
    print(json.dumps({"rss": status["VmRSS"], "peak": status["VmHWM"],
                      "stall": max(gaps) - 0.010 if gaps else 0.0,
                      "case_open": window.document is not None,
                      "checked": work.check is not None and not work.check.running()}),
          flush=True)
    window.close()
    app.quit()

timer = QTimer()
timer.setInterval(10)
timer.timeout.connect(tick)

def shown():
    QTimer.singleShot(0, window, lambda: work.schedule(backup_delay_ms=0))
    timer.start()
    QTimer.singleShot(3000, settled)

first_paint.after_first_paint(window, shown)
app.exec()
work.finish()
window.journal.close()
"""


def fresh_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("SECONDOP_DATA_DIR", None)  # found the way a user's are, through XDG_*
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(folder / name.lower())
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    return env


def run_measured(command: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """(wall s, CPU s, peak resident bytes, stdout) of one process from start to exit."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    if process.returncode != 0:
        raise SystemExit(f"{command[1:4]} failed (exit {process.returncode})")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, out


def demo_journal(path: Path) -> str:
    from secondop_desktop.domain.demo import demo_case
    from secondop_desktop.store.journal import Journal

    case = demo_case()
    with Journal.open(path) as journal:
        journal.save_case(case)
    return case.id


def median(values: list[float]) -> float:
    return statistics.median(values)


def bench_compare(folder: Path, repeat: int) -> None:
    journal = folder / "demo.secondop-journal"
    case_id = demo_journal(journal)
    command = [sys.executable, "-m", "secondop_desktop", "compare", "--journal", str(journal),
               case_id]
    warm_home = folder / "warm"
    run_measured(command, fresh_env(warm_home))  # byte code cached, files in the page cache
    first, warm = [], []
    for n in range(repeat):
        first.append(run_measured(command, fresh_env(folder / f"first-{n}")))
        warm.append(run_measured(command, fresh_env(warm_home)))
    f_wall, w_wall = median([r[0] for r in first]), median([r[0] for r in warm])
    f_cpu, w_cpu = median([r[1] for r in first]), median([r[1] for r in warm])
    f_mem, w_mem = median([r[2] for r in first]), median([r[2] for r in warm])
    ratio, cpu_ratio = f_wall / w_wall, f_cpu / w_cpu
    print(f"secondop compare, median of {repeat}: first start {f_wall * 1000:.0f} ms "
          f"({f_cpu * 1000:.0f} ms CPU, peak {f_mem / 2**20:.0f} MiB), warm "
          f"{w_wall * 1000:.0f} ms ({w_cpu * 1000:.0f} ms CPU, peak {w_mem / 2**20:.0f} MiB): "
          f"{ratio:.2f}x (CPU {cpu_ratio:.2f}x; budget 2x) "
          f"{'OK' if min(ratio, cpu_ratio) <= 2 else 'OVER'}")


def bench_window(folder: Path, repeat: int) -> None:
    journal = folder / "window.secondop-journal"
    demo_journal(journal)
    command = [sys.executable, "-c", WINDOW, str(journal)]
    run_measured(command, fresh_env(folder / "window-warm-up"))  # byte code cached
    first, later = [], []
    for n in range(repeat):
        home = folder / f"window-{n}"
        first.append(json.loads(run_measured(command, fresh_env(home))[3].splitlines()[-1]))
        later.append(json.loads(run_measured(command, fresh_env(home))[3].splitlines()[-1]))
    for report in first + later:
        if not (report["case_open"] and report["checked"]):
            raise SystemExit(f"the window did not settle as expected: {report}")
    rss_first, rss_later = (median([r["rss"] for r in x]) / 2**20 for x in (first, later))
    peak_first, peak_later = (median([r["peak"] for r in x]) / 2**20 for x in (first, later))
    stall_first, stall_later = (median([r["stall"] for r in x]) * 1000 for x in (first, later))
    worst = max(r["stall"] for r in first) * 1000
    print(f"window, median of {repeat}: first start settled {rss_first:.0f} MiB (peak "
          f"{peak_first:.0f} MiB), later start {rss_later:.0f} MiB (peak {peak_later:.0f} MiB): "
          f"{rss_first - rss_later:+.1f} MiB (budget within 10 MiB) "
          f"{'OK' if abs(rss_first - rss_later) <= 10 else 'OVER'}")
    print(f"  longest GUI-thread stall in the 3 s after the first paint: first start "
          f"{stall_first:.0f} ms (worst run {worst:.0f} ms), later start {stall_later:.0f} ms "
          f"(budget 100 ms) {'OK' if stall_first <= 100 else 'OVER'}")


def bench_list(folder: Path, repeat: int, journal: Path | None, cases: int) -> None:
    if journal is None:
        sys.path.insert(0, str(HERE))
        from bench_startup import make_journal

        journal = folder / "list.secondop-journal"
        began = time.perf_counter()
        make_journal(journal, cases)
        print(f"(journal of {cases} cases made in {time.perf_counter() - began:.0f} s)")
    size = journal.stat().st_size / 2**20
    env = fresh_env(folder / "list")
    ours_cmd = [sys.executable, "-m", "secondop_desktop", "list", "--journal", str(journal)]
    bare_cmd = [sys.executable, "-c", "pass"]
    run_measured(ours_cmd, env)
    ours, bare = [], []
    for _ in range(repeat):
        ours.append(run_measured(ours_cmd, env))
        bare.append(run_measured(bare_cmd, env))
    o_wall, b_wall = median([r[0] for r in ours]), median([r[0] for r in bare])
    o_cpu, b_cpu = median([r[1] for r in ours]), median([r[1] for r in bare])
    print(f"secondop list, {cases} cases ({size:.0f} MiB journal), median of {repeat}: "
          f"{o_wall * 1000:.0f} ms ({o_cpu * 1000:.0f} ms CPU); python -c pass "
          f"{b_wall * 1000:.0f} ms ({b_cpu * 1000:.0f} ms CPU): {o_wall / b_wall:.1f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--list-journal", type=Path, help="a journal for `secondop list`")
    parser.add_argument("--list-cases", type=int, default=10_000)
    parser.add_argument("--only", choices=("compare", "window", "list"))
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="secondop-bench-first-"))
    try:
        if args.only in (None, "compare"):
            bench_compare(folder, args.repeat)
        if args.only in (None, "window"):
            bench_window(folder, args.repeat)
        if args.only in (None, "list"):
            bench_list(folder, args.repeat, args.list_journal, args.list_cases)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
