# SPDX-License-Identifier: GPL-3.0-or-later
"""Read commands answer without reading the whole journal first (issue 13.4), and what the full
check costs (the window runs it on a thread; `secondop check` runs it in front of you).

    PYTHONPATH=. python bench/bench_read_commands.py [CASES]

Builds a journal of CASES copies of the worked example (default 3,000) in a temporary folder,
then prints medians of five runs: `secondop list` as a whole process (against `python -c pass`),
opening with and without SQLite's quick check, and the full check (store.health).
"""

from __future__ import annotations

import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from secondop_desktop.domain.demo import demo_case
from secondop_desktop.store import health
from secondop_desktop.store.journal import Journal


def median_of(run, times: int = 5) -> float:  # noqa: ANN001 - any callable
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        spent.append(time.perf_counter() - start)
    return statistics.median(spent)


def main() -> None:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.secondop-journal"
        base = demo_case()
        with Journal.open(path) as journal:
            for n in range(cases):
                case = copy.deepcopy(base)
                case.id = str(uuid.uuid4())
                case.title = f"{base.title} {n}"
                journal.save_case(case)
        size = path.stat().st_size / 1e6
        env = {**os.environ, "SECONDOP_DATA_DIR": folder}
        command = [sys.executable, "-m", "secondop_desktop", "list", "--journal", str(path)]
        bare = median_of(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))
        listed = median_of(lambda: subprocess.run(command, check=True, env=env,
                                                  stdout=subprocess.DEVNULL))

        def opened(check: bool) -> None:
            with Journal.open(path, quick_check=check) as journal:
                journal.list_cases()

        print(f"journal: {cases:,} cases, {size:.0f} MB")
        print(f"secondop list (whole process): {listed * 1000:7.0f} ms "
              f"({listed / bare:.1f}x python -c pass at {bare * 1000:.0f} ms)")
        print(f"open + list, cheap check:      {median_of(lambda: opened(False)) * 1000:7.0f} ms")
        print(f"open + list, quick check:      {median_of(lambda: opened(True)) * 1000:7.0f} ms")
        full = median_of(lambda: health.full_check(path), times=3)
        print(f"full check (store.health):     {full * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
