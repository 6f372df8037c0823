# SPDX-License-Identifier: GPL-3.0-or-later
"""The real window in a process of its own, as the fault tests need it (a crash there must not
take the test run with it): ``python -m tests.ui.window_child JOURNAL [options]``.

It runs ``ui.application.run`` (what ``secondop`` runs) offscreen. The message boxes, which would
wait for a person, are replaced in ``ui.dialogs`` (the one place every dialog goes through): each
prints ``DIALOG <title> | <text>`` on stdout and answers as ``--answer`` says. Options:

--answer yes|no     the answer to every yes/no question (default no: "Quit", "Keep it")
--type TEXT         once the last case is open, type TEXT at the end of its title, print TYPED
--autosave-ms N     the autosave delay (default: the program's)
--settle            close the window once the background check has answered (and any backup
                    it allowed is made), or after 30 s

It prints ``EXIT <code>`` last; the process exits with the same code.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("journal", type=Path)
    parser.add_argument("--answer", choices=("yes", "no"), default="no")
    parser.add_argument("--type", default=None)
    parser.add_argument("--autosave-ms", type=int, default=None)
    parser.add_argument("--settle", action="store_true")
    args = parser.parse_args()
    import faulthandler

    faulthandler.dump_traceback_later(60, exit=True)  # a hang shows where it hangs, then ends

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from secondop_desktop.ui import application, autosaver, dialogs

    def told(kind: str):  # noqa: ANN202 - a stand-in with the dialog's own signature
        def show(_parent: object, title: str, text: str, *_rest: object, **_kw: object) -> bool:
            print(f"DIALOG {kind} {title} | {' '.join(str(text).split())}", flush=True)
            return args.answer == "yes"
        return show

    dialogs.show_error = told("error")
    dialogs.show_info = told("info")
    dialogs.ask_yes_no = told("question")
    if hasattr(dialogs, "show_unexpected_error"):  # the error report's box: print the details
        dialogs.show_unexpected_error = (
            lambda _parent, details, *_a, **_k: print(f"UNEXPECTED {details!r}", flush=True))
    if hasattr(dialogs, "ask_unsaved"):
        dialogs.ask_unsaved = lambda *_a, **_k: "close"
    if args.autosave_ms is not None:
        autosaver.AUTOSAVE_DELAY_MS = args.autosave_ms

    application.make_application()
    state = {"waited": 0}
    backups = args.journal.parent / "backups"
    before = set(backups.iterdir()) if backups.is_dir() else set()

    def window() -> object | None:
        from secondop_desktop.ui.main_window import MainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                return widget
        return None

    def type_when_open() -> None:
        win = window()
        if win is None or win.document is None:  # type: ignore[attr-defined]
            QTimer.singleShot(50, type_when_open)
            return
        from PySide6.QtTest import QTest

        title = win.case_page.overview.title  # type: ignore[attr-defined]
        title.setFocus()
        title.end(False)
        QTest.keyClicks(title, args.type)
        print("TYPED", flush=True)

    def settle() -> None:
        win = window()
        made = backups.is_dir() and any(
            p.name.endswith("-auto.secondop-journal") for p in set(backups.iterdir()) - before)
        state["waited"] += 100
        if win is not None and (made or state["waited"] > 30_000 or _told[0]):
            win.close()  # type: ignore[attr-defined]
            return
        QTimer.singleShot(100, settle)

    _told = [False]
    error = dialogs.show_error
    question = dialogs.ask_yes_no

    def error_then_mark(*a: object, **k: object) -> None:
        _told[0] = True
        error(*a, **k)

    def question_then_mark(*a: object, **k: object) -> bool:
        _told[0] = True
        return question(*a, **k)

    dialogs.show_error = error_then_mark
    dialogs.ask_yes_no = question_then_mark
    if args.type is not None:
        QTimer.singleShot(0, type_when_open)
    if args.settle:
        QTimer.singleShot(100, settle)
    code = application.run(args.journal, demo=False)
    print(f"EXIT {code}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
