# SPDX-License-Identifier: GPL-3.0-or-later
"""Look at a journal file before anything writes to it.

Everything here reads through a read-only connection, so a file we refuse (damaged, too new, not
ours) is left byte for byte as it was: no WAL switch, no checkpoint, no new tables.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from secondop_desktop.i18n import _, fill
from secondop_desktop.store import backups, migrations
from secondop_desktop.store.errors import JournalDamaged, JournalError, JournalTooNew, NotAJournal

SQLITE_MAGIC = b"SQLite format 3\x00"


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (nor checkpoint its WAL into it)."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)


HEADER_SIZE = 100
# Every journal of every schema has at least these (later versions add tables, never drop these).
REQUIRED_TABLES = frozenset({"cases", *migrations.CHILD_TABLES, "search_index", "attachments"})


def examine(path: Path, quick_check: bool = True) -> int | None:
    """The schema version of the journal at ``path``, 0 for an empty database, None if missing.

    Cheap by default for what it reads: the file's 100-byte header and size, then SQLite's
    schema table through a read-only connection (``header_problem`` and ``schema_problem``).
    With ``quick_check`` SQLite's quick check follows, which reads the whole file (the commands
    that write run it; the read commands do not, and their reads are total instead: damage met
    while reading is reported as ``JournalDamaged`` too).

    Raises ``JournalDamaged`` (not a database, empty or cut short, unreadable schema, or its
    quick check fails), ``JournalTooNew`` or ``NotAJournal`` (a database of some other program).
    """
    if not path.exists():
        return None
    if path.is_dir():
        raise JournalError(fill(_("{path} is a folder, not a journal file. Choose a file name "
                                  "instead."),
                                path=path))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as exc:
        raise JournalError(
            fill(_("The journal {path} cannot be read ({strerror}). Check that it is yours and "
                   "that the disk is connected."),
                 path=path, strerror=exc.strerror)
        ) from exc
    problem = header_problem(header, size, _has_side_file(path))
    if problem is not None:
        raise JournalDamaged(path, problem, backups.latest_backup(path))
    try:
        conn = read_only(path)
    except sqlite3.Error as exc:
        reason = fill(_("it cannot be opened: {exc}"),
                      exc=exc)
        raise JournalDamaged(path, reason, backups.latest_backup(path)) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = _table_names(conn)
        known = migrations.latest_version()
        if version > known and app_id == migrations.APPLICATION_ID:
            raise JournalTooNew(path, version, known)
        if app_id != migrations.APPLICATION_ID:
            if app_id == 0 and version == 0 and not tables:
                return 0  # an empty database: becomes a new journal
            raise NotAJournal(path)
        missing = schema_problem(tables, version)
        if missing is not None:
            raise JournalDamaged(path, missing, backups.latest_backup(path))
        if quick_check:
            damage = _quick_check(conn)
            if damage is not None:
                raise JournalDamaged(path, damage, backups.latest_backup(path))
        return int(version)
    except JournalError:
        raise
    except (sqlite3.Error, ValueError, TypeError, OverflowError) as exc:
        # ValueError covers UnicodeDecodeError: random bytes where SQLite keeps its schema text.
        raise JournalDamaged(path, _reason(exc), backups.latest_backup(path)) from exc
    finally:
        conn.close()


def header_problem(header: bytes, size: int, side_file: bool = False) -> str | None:
    """What is wrong with a journal file, judged from its first 100 bytes and its size alone
    (in words, for "The journal ... is damaged (<reason>)"), or None when they look right.

    ``side_file``: a ``-wal`` or ``-journal`` file with content sits beside it, whose pages SQLite
    adds when it reads; the file may then be shorter than its header says."""
    if size == 0:
        return _("the file is empty (0 bytes), so it holds no journal")
    if not header.startswith(SQLITE_MAGIC[: len(header)]) or len(header) < len(SQLITE_MAGIC):
        if header.startswith(SQLITE_MAGIC[: len(header)]):
            return fill(_("the file is only {size} bytes long, too short to be a journal"),
                        size=size)
        return _("it is not a database file")
    if len(header) < HEADER_SIZE:
        return fill(_("the file is only {size} bytes long, too short to be a journal"), size=size)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or header[21:24] != b"\x40\x20\x20":
        return _("its header is damaged")
    if size < page_size:
        return fill(_("the file is only {size} bytes long, shorter than one page of a database"),
                    size=size)
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    if not side_file:
        if size % page_size:
            return _("the file ends in the middle of a page: it was cut short")
        if counter_valid and pages and size < pages * page_size:
            return fill(_("the file was cut short: it has {count} of its {pages} pages"),
                        count=size // page_size, pages=pages)
    return None


def schema_problem(tables: set[str], version: int) -> str | None:
    """Which tables a journal of this schema must have and this one lacks, in words."""
    if version < 1:
        return None
    missing = sorted(REQUIRED_TABLES - tables)
    if missing:
        return fill(_("its table of contents is damaged (missing: {tables})"),
                    tables=", ".join(missing))
    return None


def _table_names(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    names = set()
    for (name,) in rows:
        if not isinstance(name, str):
            raise ValueError("a table's name in the schema is not text")
        names.add(name)
    return names


def _has_side_file(path: Path) -> bool:
    for suffix in ("-wal", "-journal"):
        try:
            if path.with_name(path.name + suffix).stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UnicodeError):
        return "its table of contents holds bytes that are not text"
    return str(exc) or type(exc).__name__


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
    except (sqlite3.Error, ValueError) as exc:
        return _reason(exc)
    finally:
        conn.close()
