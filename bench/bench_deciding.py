# SPDX-License-Identifier: GPL-3.0-or-later
"""How much the deciding pages cost the window (run by hand; prints figures).

On the worked example: the time to build and show the Decision tab, the time an edit elsewhere
in the case costs the GUI thread while the Decision tab is built (every edit tells it; it must
stay well under a frame, so typing never lags), and the follow-up list worked out in one go.

    python bench/bench_deciding.py [--edits 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=50)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from secondop_desktop.domain.demo import demo_case
    from secondop_desktop.ui.case_document import CaseDocument
    from secondop_desktop.ui.decision_page import DecisionPage
    from secondop_desktop.ui.followup_page import FollowUpPage

    document = CaseDocument(demo_case())
    start = time.perf_counter()
    page = DecisionPage()
    page.set_document(document)
    page.resize(1000, 800)
    page.show()
    app.processEvents()
    built = time.perf_counter() - start

    times = []
    for n in range(args.edits):
        began = time.perf_counter()
        document.edit("bench:concern", "Type", lambda case, n=n: setattr(
            case, "concern", case.concern + "abcdefghij"[n % 10]))
        app.processEvents()
        times.append(time.perf_counter() - began)

    followups = FollowUpPage(synchronous=True)
    began = time.perf_counter()
    followups.set_document(document)
    app.processEvents()
    listed = time.perf_counter() - began
    print(f"Decision tab built and shown: {built * 1000:.0f} ms")
    print(f"an edit elsewhere, with the tab built: median {statistics.median(times) * 1000:.1f} ms,"
          f" worst {max(times) * 1000:.1f} ms over {args.edits}")
    print(f"follow-up list of {followups.model.rowCount()} differences: {listed * 1000:.0f} ms")
    page.worker.cancel()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
