# SPDX-License-Identifier: GPL-3.0-or-later
"""Putting a backup back in place of the journal.

The backup is checked first (a SecondOp journal, not damaged, not from a newer SecondOp); the
current journal is then copied aside (``before-restore``), or moved aside whole when it is too
damaged to copy (``damaged``), and only then is the backup copied in through SQLite's backup API.
No ``Journal`` may be open on ``journal_path`` while this runs: ``journal.restore_from``
checks that, and holds the journal's instance lock meanwhile so no window opens it half way.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from secondop_desktop.i18n import _, fill
from secondop_desktop.store import backups, preflight
from secondop_desktop.store.errors import JournalDamaged, JournalError, NotAJournal
from secondop_desktop.store.files import SQLITE_SIDE_FILES, private_dir, private_sqlite_files


def restore_from(backup: Path, journal_path: Path) -> Path | None:
    """Replace the journal at ``journal_path`` with ``backup``.

    Returns the safety copy of the journal as it was before (None when there was none).
    """
    backup = Path(backup).expanduser()
    journal_path = Path(journal_path).expanduser()
    try:
        version = preflight.examine(backup)
    except JournalDamaged as exc:
        raise JournalError(
            fill(_("The backup {backup} is damaged ({reason}) and cannot be restored. Choose "
                   "another backup; the journal was not changed."),
                 backup=backup, reason=exc.reason)
        ) from exc
    if version is None:
        raise JournalError(fill(_("There is no file {backup}. Choose an existing backup file."),
                                backup=backup))
    if version == 0:
        raise NotAJournal(backup, "an empty database")
    if journal_path.exists() and backup.resolve() == journal_path.resolve():
        raise JournalError(fill(_("{backup} is the journal itself; choose a backup of it instead."),
                                backup=backup))

    private_dir(journal_path.parent)
    safety = _set_aside(journal_path)

    restored = journal_path.with_name(f".{journal_path.name}.restoring")
    source = preflight.read_only(backup)
    try:
        backups.copy_database(source, restored)
    finally:
        source.close()
    # The old journal's -wal belongs to the old file; left beside the new one it would be
    # replayed into it. Its content is in the safety copy.
    backups.remove_side_files(journal_path)
    os.replace(restored, journal_path)
    private_sqlite_files(journal_path)
    return safety


def _set_aside(journal_path: Path) -> Path | None:
    """Keep the current journal: a copy through SQLite, or the file itself if it is damaged."""
    if not journal_path.exists():
        return None
    try:
        # The whole file is read: a damaged one is moved aside as it is (byte for byte), not
        # copied through SQLite, which would pass on only what it can still read.
        preflight.examine(journal_path, quick_check=True)
    except JournalDamaged:
        return _move_aside(journal_path)
    except NotAJournal as exc:
        raise NotAJournal(
            journal_path, _("a database of another program, so a backup will not replace it")
        ) from exc
    # A journal too new for us is still copied: the user may be going back on purpose.
    except JournalError:
        pass
    dest = backups.backup_path(journal_path, "before-restore")
    try:
        source = preflight.read_only(journal_path)
        try:
            return backups.copy_database(source, dest)
        finally:
            source.close()
    except sqlite3.DatabaseError:
        return _move_aside(journal_path)


def _move_aside(journal_path: Path) -> Path:
    dest = backups.backup_path(journal_path, "damaged")
    private_dir(dest.parent)
    os.replace(journal_path, dest)
    for suffix in SQLITE_SIDE_FILES:
        side = journal_path.with_name(journal_path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            os.replace(side, dest.with_name(dest.name + suffix))
    return dest
