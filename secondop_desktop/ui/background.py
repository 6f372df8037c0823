# SPDX-License-Identifier: GPL-3.0-or-later
"""Work the window starts on plain threads after it is shown: warming up the ICD-10 code set and
the automatic backup. Nothing here touches a Qt object; results only go to the log."""

from __future__ import annotations

import logging
import os
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secondop_desktop.store.journal import Journal

log = logging.getLogger(__name__)

NO_WARMUP_VARIABLE = "SECONDOP_NO_WARMUP"
"""Set to 1 (the tests do) to skip warming up the code set in the background."""


def warm_up_wanted() -> bool:
    return os.environ.get(NO_WARMUP_VARIABLE, "").strip() not in ("1", "true", "yes")


def _warm_up_codes() -> None:
    from secondop_desktop.domain import icd10

    try:
        if not icd10.is_loaded():
            icd10.warm_up(search=True)
    except Exception:  # a warm-up is only a head start: the first real use builds it anyway
        log.exception("warming up the ICD-10 code set failed")


def start_code_warm_up() -> threading.Thread | None:
    """Build (first time) and open the ICD-10 code set on a thread of its own, so the first
    comparison or code look-up does not freeze the window; None when switched off."""
    if not warm_up_wanted():
        return None
    # A daemon: quitting never waits for it (the index file is written whole or not at all).
    thread = threading.Thread(target=_warm_up_codes, name="secondop-icd10-warm-up", daemon=True)
    thread.start()
    return thread


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
