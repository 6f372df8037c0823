# SPDX-License-Identifier: GPL-3.0-or-later
"""The full check of a journal file, for a worker thread: what ``secondop check`` finds, read
through a read-only connection of its own, so the window can run it beside its open journal.

SQLite's ``integrity_check`` finds damage to the file's structure (pages, cell pointers, indexes
out of step with their tables). It cannot see a byte changed inside a row: that shows only when
the row is read, so every case is read back as the window would (``readback``), and the search
entries are compared with the texts they were made from (a changed letter in a note makes them
differ). Nothing here writes, not even the full-text index's own check (an INSERT that would take
the write lock and make the window's autosave wait).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from secondop_desktop.i18n import _, fill
from secondop_desktop.store import preflight, readback
from secondop_desktop.store.errors import JournalError, technical
from secondop_desktop.store.journal import Journal


def full_check(path: Path) -> list[str]:
    """Everything wrong with the journal file at ``path``, in plain words; [] when sound."""
    try:
        conn = preflight.read_only(Path(path))
    except sqlite3.Error as exc:
        return [fill(_("The file cannot be opened ({reason})."), reason=technical(exc))]
    # A Journal around the read-only connection, for its reading code; never written through.
    journal = Journal(Path(path), conn)
    try:
        # One read transaction: every read of the check sees the same state of the file. The
        # window checks on a thread while the user types, and a save landing between reading a
        # case's texts and its search entries would otherwise look like damage.
        conn.execute("BEGIN")
        try:
            return _problems(journal, conn)
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    finally:
        journal.close()


def damage(path: Path) -> str | None:
    """What is wrong with the file in one short phrase (for "The journal … is damaged
    (<damage>)"), or None when the full check finds it sound."""
    problems = full_check(path)
    return "; ".join(problems[:2]) if problems else None


def _problems(journal: object, conn: sqlite3.Connection) -> list[str]:
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if rows != ["ok"]:
            detail = " ".join("; ".join(str(r) for r in rows[:3]).split())
            return [fill(_("its integrity check failed: {detail}"), detail=detail[:200])]
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            return [fill(_("{count} stored items belong to no case"), count=len(orphans))]
        # One case at a time: a big journal is never held in memory whole.
        indexed = 0
        for case_id in journal.case_ids():  # type: ignore[attr-defined]
            journal._checked_case_data(case_id)  # type: ignore[attr-defined]
            differs, count = _search_differs(journal, conn, case_id)
            if differs:
                return [_("the search entries differ from the texts they were made from")]
            indexed += count
        if conn.execute("SELECT count(*) FROM search_index").fetchone()[0] != indexed:
            return [_("the search index holds entries of no case")]
        return journal._column_problems()  # type: ignore[attr-defined,no-any-return]
    except JournalError as exc:
        return [getattr(exc, "reason", str(exc))]
    except readback.READ_ERRORS as exc:
        if readback.is_busy(exc):
            return []  # another program holds the file: no verdict, and none is damage
        return [readback.reason(exc)]


def _search_differs(journal: object, conn: sqlite3.Connection, case_id: str) -> tuple[bool, int]:
    """Whether the case's search entries differ from its texts, and how many it has."""
    made = journal._expected_entries(only=case_id).get(case_id, [])  # type: ignore[attr-defined]
    expected = {(e.kind, e.object_id, e.opinion_id, e.text) for e in made}
    rows = conn.execute(
        "SELECT kind, object_id, opinion_id, text FROM search_index WHERE case_id = ?", (case_id,)
    ).fetchall()
    return (set(rows) != expected or len(rows) != len(set(rows))), len(rows)
