# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts the window: the QApplication, the journal (with a way out when it cannot be opened),
the main window and the event loop."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from secondop_desktop import APP_NAME, __version__
from secondop_desktop.resources import resource_path
from secondop_desktop.ui import appearance, dialogs, settings

if TYPE_CHECKING:
    from secondop_desktop.store.journal import Journal

ORGANIZATION = "SecondOp"


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
    appearance.apply_style_sheet()
    appearance.apply_text_size(settings.text_size())
    return app


def open_journal(path: Path | None) -> Journal | None:
    """Open the journal, or explain why not; a damaged or too-new one may be swapped for its
    latest automatic backup if the user agrees (the file it replaces is kept aside)."""
    from secondop_desktop.store.journal import (
        Journal,
        JournalDamaged,
        JournalError,
        JournalTooNew,
        latest_backup,
        restore_from,
    )

    try:
        return Journal.open(path)
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
            journal = Journal.open(journal_path)
        except JournalError as again:
            dialogs.show_error(None, "The backup cannot be opened either", str(again))
            return None
        if kept is not None:
            dialogs.show_info(None, "Backup opened",
                              f"The latest backup is open. The file it replaced is kept at "
                              f"{kept}.")
        return journal
    except JournalError as exc:
        dialogs.show_error(None, "The journal cannot be opened", str(exc))
        return None


def run(journal_path: Path | None, demo: bool) -> int:
    """Open the window on ``journal_path`` (the user's journal if None); ``demo`` opens the
    worked example straight away."""
    app = make_application()
    from secondop_desktop.ui.main_window import MainWindow

    # The window shows first; the journal (and the storage modules) load right after, so the
    # person sees the program answer at once.
    window = MainWindow(None)
    window.show()
    app.processEvents()
    journal = open_journal(journal_path)
    if journal is None:
        window.close()
        return 1
    try:
        window.set_journal(journal)
        if demo:
            window.open_example()
        code = app.exec()
        window.flush()
    finally:
        journal.close()
    return int(code)
