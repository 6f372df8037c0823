# SPDX-License-Identifier: GPL-3.0-or-later
"""What keeping the history costs an autosave: N saves of the worked example, each after a few
more words typed into one field (as the window's autosave writes them), and the history's size.

Usage: ``python bench/bench_history.py [N]`` (default 500). Prints milliseconds per save (median
and 95th percentile) and the history's size; asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from secondop_desktop.domain.demo import demo_case
from secondop_desktop.store.journal import Journal


def main(count: int = 500) -> None:
    with tempfile.TemporaryDirectory() as folder, Journal.open(Path(folder) / "j") as journal:
        case = demo_case()
        journal.save_case(case)
        times: list[float] = []
        for n in range(count):
            case.opinions[0].rationale += f" word{n}"  # a long text growing, as typed
            case.concern = f"Concern, draft {n}."
            start = time.perf_counter()
            journal.save_case(case)
            times.append((time.perf_counter() - start) * 1000)
        kept, size, _cases = journal.history_size()
        times.sort()
        print(f"{count} saves: median {statistics.median(times):.2f} ms, "
              f"95th percentile {times[int(len(times) * 0.95)]:.2f} ms per save")
        print(f"history: {kept} earlier versions, {size / 1024:.0f} KB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
