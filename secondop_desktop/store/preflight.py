# SPDX-License-Identifier: GPL-3.0-or-later
"""Look at a journal file before anything writes to it.

Everything here reads through a read-only connection, so a file we refuse (damaged, too new, not
ours) is left byte for byte as it was: no WAL switch, no checkpoint, no new tables.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from secondop_desktop.store import backups, migrations
from secondop_desktop.store.errors import JournalDamaged, JournalError, JournalTooNew, NotAJournal

SQLITE_MAGIC = b"SQLite format 3\x00"


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (nor checkpoint its WAL into it)."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)


def examine(path: Path, quick_check: bool = True) -> int | None:
    """The schema version of the journal at ``path``, 0 for an empty database, None if missing.

    Raises ``JournalDamaged`` (not a database, or its quick check fails), ``JournalTooNew`` or
    ``NotAJournal`` (a database of some other program).
    """
    if not path.exists():
        return None
    if path.is_dir():
        raise JournalError(f"{path} is a folder, not a journal file. Choose a file name instead.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise JournalError(
            f"The journal {path} cannot be read ({exc.strerror}). Check that it is yours and that "
            "the disk is connected."
        ) from exc
    if header and header != SQLITE_MAGIC:
        raise JournalDamaged(path, "it is not a database file", backups.latest_backup(path))
    try:
        conn = read_only(path)
    except sqlite3.Error as exc:
        reason = f"it cannot be opened: {exc}"
        raise JournalDamaged(path, reason, backups.latest_backup(path)) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        known = migrations.latest_version()
        if version > known and app_id == migrations.APPLICATION_ID:
            raise JournalTooNew(path, version, known)
        if app_id != migrations.APPLICATION_ID:
            if app_id == 0 and version == 0 and tables == 0:
                return 0  # an empty database: becomes a new journal
            raise NotAJournal(path)
        if quick_check:
            damage = _quick_check(conn)
            if damage is not None:
                raise JournalDamaged(path, damage, backups.latest_backup(path))
        return int(version)
    except sqlite3.DatabaseError as exc:
        raise JournalDamaged(path, str(exc), backups.latest_backup(path)) from exc
    finally:
        conn.close()


def _quick_check(conn: sqlite3.Connection) -> str | None:
    rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    return None if rows == ["ok"] else "its integrity check failed: " + "; ".join(rows[:2])


def quick_check(path: Path) -> str | None:
    """What is wrong with the journal file at ``path`` in words (for "The journal ... is damaged:
    <reason>"), or None when SQLite's quick check finds it sound.

    Reads through a read-only connection of its own, so it may run on a worker thread beside an
    open ``Journal`` (the window opens with ``quick_check=False`` and runs this just after it
    shows: the check reads the whole file, which the first paint should not wait for).
    """
    try:
        conn = read_only(path)
    except sqlite3.Error as exc:
        return f"it cannot be opened: {exc}"
    try:
        return _quick_check(conn)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
