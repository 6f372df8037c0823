# SPDX-License-Identifier: GPL-3.0-or-later
"""Work the window starts on plain threads after it is shown: the journal's quick integrity
check and the automatic backup. Nothing here touches a Qt object;
results go to the log, or (the check's) are handed to the GUI thread by its worker."""

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
    """SQLite's quick check of the journal file: ``run`` goes on a worker thread (the caller's
    ``LatestWorker``) and reads through a read-only connection of its own (the journal's
    connection belongs to the GUI thread). ``damage`` is None while it runs and when the file is
    sound, else what is wrong in words; the caller sets it, and ``done``, when ``run`` answers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.damage: str | None = None
        self.done = False

    def run(self) -> str | None:
        """What is wrong with the file in words, or None (on the worker thread)."""
        from secondop_desktop.store import preflight

        try:
            return preflight.quick_check(self.path)
        except Exception:  # the check itself failing says nothing about the file: log it
            log.exception("the integrity check of %s could not run", self.path)
            return None

    def running(self) -> bool:
        return not self.done
