# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs every read command and the window on one journal file after another, in a process of
its own, for the damage property test (tests/test_damaged_journals.py): a crash here ends this
process, not the test run, and is reported as what it is.

Reads journal paths from stdin, one a line; for each prints one line of JSON:
``{"commands": [[args, code, stdout, stderr], ...], "window": {...}, "errors": [...]}``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TITLE = "Right knee pain: replacement or therapy?"
ERRORS: list[str] = []


def _hook(kind: type[BaseException], error: BaseException, tb: object) -> None:
    # PySide hands an exception raised inside a Qt virtual or slot here: a failure of the test.
    ERRORS.append("".join(traceback.format_exception(kind, error, tb))[-2000:])


def commands(path: Path, out: Path) -> list[list[object]]:
    from secondop_desktop import cli

    runs = [
        ["list"], ["search", "knee"], ["compare", TITLE],
        ["export", TITLE, "-o", str(out / "x.secondop")],
        ["export-pdf", TITLE, "-o", str(out / "x.pdf")], ["check"],
    ]
    results: list[list[object]] = []
    for args in runs:
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code: object = cli.main([*args, "--journal", str(path)])
            except SystemExit as exc:
                code = exc.code
            except BaseException:  # noqa: BLE001 - exactly what the test looks for
                code = "traceback"
                stderr.write(traceback.format_exc())
        results.append([args[0], code, stdout.getvalue()[-500:], stderr.getvalue()[-3000:]])
    return results


def window(path: Path) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer

    from secondop_desktop.ui import application, dialogs, window_session

    told: list[str] = []

    def show(_parent: object, title: str, text: str, *_a: object, **_k: object) -> bool:
        told.append(f"{title} | {' '.join(str(text).split())}")
        return False  # "Quit", "Keep it": nothing is restored, nothing written

    dialogs.show_error = show
    dialogs.show_info = show
    dialogs.ask_yes_no = show
    dialogs.show_unexpected_error = lambda _p, details, *_a, **_k: ERRORS.append(details)
    application.make_application()
    win = application.start(path)
    if win is None:
        return {"opened": False, "told": told}
    work = window_session.BackgroundWork(win.journal)  # type: ignore[arg-type]
    work.on_damage = lambda reason: application.reopen_damaged(win, reason)
    win.on_damage = work.on_damage
    work.schedule(backup_delay_ms=0)
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < 30_000 and (work.check is None or not work.check.done):
        QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    if work.backup_thread is not None:
        work.backup_thread.join()
    win.close()
    work.finish()
    if win.journal is not None:
        win.journal.close()
    win.deleteLater()
    QCoreApplication.processEvents()
    return {"opened": True, "told": told, "checked": bool(work.check and work.check.done),
            "damage": work.check.damage if work.check else None}


def main() -> None:
    sys.excepthook = _hook
    for line in sys.stdin:
        path = Path(line.strip())
        ERRORS.clear()
        result: dict[str, object] = {"commands": commands(path, path.parent)}
        try:
            result["window"] = window(path)
        except BaseException:  # noqa: BLE001
            ERRORS.append(traceback.format_exc()[-3000:])
        result["errors"] = list(ERRORS)
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
