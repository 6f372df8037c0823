# SPDX-License-Identifier: GPL-3.0-or-later
"""How long Enter takes in the note-taking screen (run by hand; prints figures).

Opens the window offscreen on a temporary journal with the worked example, opens "In the room"
and adds notes one after another as Enter does (the note into the case, then the journal written
at once), timing each. Prints the median and the slowest for the first and the last tenth, so a
long visit's slowdown shows.

    python bench/bench_room.py [--notes 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=300)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SECONDOP_NO_WARMUP"] = "1"
    with tempfile.TemporaryDirectory(prefix="secondop-bench-room-") as folder:
        os.environ["SECONDOP_DATA_DIR"] = folder
        from PySide6.QtWidgets import QApplication

        from secondop_desktop.store.journal import Journal
        from secondop_desktop.ui.main_window import MainWindow

        app = QApplication(sys.argv[:1])
        journal = Journal.open(Path(folder) / "journal.secondop-journal")
        window = MainWindow(journal)
        window.open_example()
        window.show()
        app.processEvents()
        room = window.open_room()
        times: list[float] = []
        for n in range(args.notes):
            room.note_box.setPlainText(f"Note {n}: Dr Müller says the échographie looks calm.")
            start = time.perf_counter()
            room.add_note()
            times.append(time.perf_counter() - start)
            app.processEvents()
        room.accept()
        window.close()
        journal.close()
    tenth = max(1, len(times) // 10)
    for label, part in (("first tenth", times[:tenth]), ("last tenth", times[-tenth:])):
        print(f"{label}: median {statistics.median(part) * 1000:.1f} ms, "
              f"slowest {max(part) * 1000:.1f} ms")
    print(f"{len(times)} notes, each saved at Enter: median "
          f"{statistics.median(times) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
