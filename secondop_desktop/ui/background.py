# SPDX-License-Identifier: GPL-3.0-or-later
"""Work the window starts on plain threads after it is shown: the journal's full integrity
check and the automatic backup. Nothing here touches a Qt object;
results go to the log, or (the check's) are handed to the GUI thread by its worker."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from secondop_desktop import paths

if TYPE_CHECKING:
    from secondop_desktop.store.journal import Journal

log = logging.getLogger(__name__)

_OLD_CODE_INDEX = ("icd10cm-*.sqlite", "icd10cm-*.tmp")
"""What versions before the shipped code index built in the cache folder (~40 MB), whole or
cut short by quitting."""


def remove_old_code_index(folder: Path | None = None) -> list[Path]:
    """Delete the code index files earlier versions built in the cache folder (``folder``,
    default ``paths.cache_dir()``), and the folder if nothing else is left; the files removed.
    Failures are logged, never raised: the files only take room."""
    folder = paths.cache_dir() if folder is None else folder
    removed: list[Path] = []
    try:
        for pattern in _OLD_CODE_INDEX:
            for old in sorted(folder.glob(pattern)):
                old.unlink()
                removed.append(old)
        if removed and not any(folder.iterdir()):
            folder.rmdir()
    except OSError:
        log.warning("old code index files in %s could not all be removed", folder, exc_info=True)
    return removed


def _backup_and_tidy(journal: Journal) -> None:
    backup_if_due(journal)
    remove_old_code_index()


def backup_if_due(journal: Journal) -> None:
    """The journal's automatic backup, if one is due; a failure is logged, never raised (the
    journal itself is untouched by a failed backup)."""
    try:
        journal.backup_if_due()
    except Exception:
        log.exception("the automatic backup of %s failed", journal.path)


def start_backup(journal: Journal) -> threading.Thread:
    """``backup_if_due`` on a thread of its own (it reads through a connection of its own), then
    ``remove_old_code_index``; join the thread before closing the journal."""
    thread = threading.Thread(target=_backup_and_tidy, args=(journal,),
                              name="secondop-backup", daemon=False)
    thread.start()
    return thread


class IntegrityCheck:
    """The full check of the journal file (``store.health``): ``run`` goes on a worker thread
    (the caller's ``LatestWorker``) and reads through a read-only connection of its own (the
    journal's connection belongs to the GUI thread). ``damage`` is None while it runs and when
    the file is sound, else what is wrong in words; the caller sets it, and ``done``, when
    ``run`` answers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.damage: str | None = None
        self.done = False

    def run(self) -> str | None:
        """What is wrong with the file in words, or None (on the worker thread)."""
        from secondop_desktop.store import health  # seam: the store's rarer parts

        try:
            # The full check (what `secondop check` finds), not only SQLite's quick check:
            # damage inside rows must stop the automatic backup too.
            return health.damage(self.path)
        except Exception:  # the check itself failing says nothing about the file: log it
            log.exception("the integrity check of %s could not run", self.path)
            return None

    def running(self) -> bool:
        return not self.done
