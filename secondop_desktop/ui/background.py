# SPDX-License-Identifier: GPL-3.0-or-later
"""Work the window starts on plain threads after it is shown: the journal's quick integrity
check and the automatic backup. Nothing here touches a Qt object;
results go to the log, or (the check) are read by the GUI thread once the thread has ended."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secondop_desktop.store.journal import Journal

log = logging.getLogger(__name__)

def backup_if_due(journal: Journal) -> None:
    """The journal's automatic backup, if one is due; a failure is logged, never raised (the
    journal itself is untouched by a failed backup)."""
    try:
        journal.backup_if_due()
    except Exception:
        log.exception("the automatic backup of %s failed", journal.path)


def start_backup(journal: Journal) -> threading.Thread:
    """``backup_if_due`` on a thread of its own (it reads through a connection of its own);
    join the thread before closing the journal."""
    thread = threading.Thread(target=backup_if_due, args=(journal,),
                              name="secondop-backup", daemon=False)
    thread.start()
    return thread


class IntegrityCheck:
    """SQLite's quick check of the journal file, on a thread, through a read-only connection of
    its own (the journal's connection belongs to the GUI thread). ``damage`` is None while it
    runs and when the file is sound, else what is wrong in words."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.damage: str | None = None
        # A daemon: it only reads, so quitting need not wait for it.
        self.thread = threading.Thread(target=self._run, name="secondop-integrity-check",
                                       daemon=True)

    def _run(self) -> None:
        from secondop_desktop.store import preflight

        try:
            self.damage = preflight.quick_check(self.path)
        except Exception:  # the check itself failing says nothing about the file: log it
            log.exception("the integrity check of %s could not run", self.path)

    def running(self) -> bool:
        return self.thread.is_alive()


def start_integrity_check(path: Path) -> IntegrityCheck:
    check = IntegrityCheck(path)
    check.thread.start()
    return check
