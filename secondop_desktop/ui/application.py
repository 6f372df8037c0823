# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts the window: the QApplication, the journal (with a way out when it cannot be opened),
the main window and the event loop; then, in the background, the ICD-10 warm-up and the automatic
backup (and the backup once more on quitting)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from secondop_desktop import APP_NAME, __version__
from secondop_desktop.resources import resource_path
from secondop_desktop.ui import appearance, background, dialogs, settings

if TYPE_CHECKING:
    from secondop_desktop.store.journal import Journal
    from secondop_desktop.ui.main_window import MainWindow

ORGANIZATION = "SecondOp"
WARM_UP_DELAY_MS = 2000  # after the window shows: its first paints and the user come first
BACKUP_DELAY_MS = 1000


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("secondop")
    icon = resource_path("icons", "secondop.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    # The font first: setting it after the style sheet would have every widget styled twice.
    appearance.apply_text_size(settings.text_size())
    appearance.apply_style_sheet()
    return app


def _open_exclusive(path: Path | None) -> Journal:
    """The journal, held for this window alone where the store can do that (a second SecondOp on
    the same journal is refused with ``JournalInUse``)."""
    from secondop_desktop.store.journal import Journal

    return Journal.open(path, exclusive=True)


def open_journal(path: Path | None) -> Journal | None:
    """Open the journal, or explain why not; a damaged or too-new one may be swapped for its
    latest automatic backup if the user agrees (the file it replaces is kept aside)."""
    from secondop_desktop.store.journal import (
        JournalDamaged,
        JournalError,
        JournalTooNew,
        latest_backup,
        restore_from,
    )

    try:
        return _open_exclusive(path)
    except (JournalDamaged, JournalTooNew) as exc:
        journal_path = exc.path
        backup = latest_backup(journal_path)
        if backup is None:
            dialogs.show_error(None, "The journal cannot be opened", str(exc))
            return None
        if not dialogs.ask_yes_no(
                None, "The journal cannot be opened",
                f"{exc}\n\nOpen the latest automatic backup instead ({backup.name})? The "
                "current file is kept aside, not deleted.",
                yes="Open the latest backup", no="Quit"):
            return None
        try:
            kept = restore_from(backup, journal_path)
            journal = _open_exclusive(journal_path)
        except JournalError as again:
            dialogs.show_error(None, "The backup cannot be opened either", str(again))
            return None
        if kept is not None:
            dialogs.show_info(None, "Backup opened",
                              f"The latest backup is open. The file it replaced is kept at "
                              f"{kept}.")
        return journal
    except JournalError as exc:
        # JournalInUse (another SecondOp window has it) comes here too: its message says what to
        # do, and the caller quits with code 1.
        dialogs.show_error(None, "The journal cannot be opened", str(exc))
        return None


def start(journal_path: Path | None, demo: bool = False) -> MainWindow | None:
    """Everything up to the window shown with the journal in it (what bench/bench_startup.py
    times): None, after saying why, when the journal cannot be opened."""
    make_application()
    journal = open_journal(journal_path)
    if journal is None:
        return None
    from secondop_desktop.ui.main_window import MainWindow

    window = MainWindow(journal)
    if demo:
        window.open_example()
    window.show()
    return window


class BackgroundWork:
    """What runs once the window is up: the automatic backup soon after, the ICD-10 warm-up a
    little later (both on plain threads), and the backup once more when the window has closed."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.backup_thread: threading.Thread | None = None
        self.warm_up_thread: threading.Thread | None = None
        self._finished = False

    def schedule(self, backup_delay_ms: int = BACKUP_DELAY_MS,
                 warm_up_delay_ms: int = WARM_UP_DELAY_MS) -> None:
        QTimer.singleShot(backup_delay_ms, self.start_backup)
        QTimer.singleShot(warm_up_delay_ms, self.start_warm_up)

    def start_backup(self) -> None:
        if not self._finished and self.backup_thread is None:
            self.backup_thread = background.start_backup(self.journal)

    def start_warm_up(self) -> None:
        if not self._finished and self.warm_up_thread is None:
            self.warm_up_thread = background.start_code_warm_up()

    def finish(self) -> None:
        """After the window closed, before the journal does: the background backup ends, then
        one more backup if due (the day's changes are in it)."""
        self._finished = True
        if self.backup_thread is not None:
            self.backup_thread.join()
        background.backup_if_due(self.journal)


def run(journal_path: Path | None, demo: bool) -> int:
    """Open the window on ``journal_path`` (the user's journal if None); ``demo`` opens the
    worked example straight away. Returns the exit code (1 when the journal cannot be opened)."""
    window = start(journal_path, demo)
    if window is None:
        return 1
    journal = window.journal
    assert journal is not None
    work = BackgroundWork(journal)
    try:
        work.schedule()
        code = QApplication.exec()
        window.flush()
        work.finish()
    finally:
        journal.close()
    return int(code)
