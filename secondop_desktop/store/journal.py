# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal: every case of one user, in one SQLite file written through sqlite-utils.

How it keeps what the user typed:

- One connection per ``Journal``, used for reads and writes (SQLite's WAL reset race needs
  several writers; we never have two). Every open sets WAL mode, ``foreign_keys=ON`` and
  ``synchronous=FULL`` (a power cut loses no committed save).
- Every change runs in one ``BEGIN IMMEDIATE`` transaction: a case is saved whole or not at all.
- Before anything writes to an existing file it is examined read-only (``preflight``): a damaged
  file, a journal of a newer SecondOp, or another program's database is refused and left as it was.
- A journal of an older schema is copied into the backup folder, then migrated step by step.
- One running SecondOp per journal: ``open(exclusive=True)`` (the window, and the commands that
  write) holds an OS lock on ``<journal>.lock`` until ``close()`` (``instance_lock``). Readers
  take no lock; WAL lets them read beside the window.

The tables are described in ``migrations``; search in ``search``; attachments in ``attachments``;
backups and restore in ``backups`` and ``restore``. A ``Journal`` may be used from several threads
(one at a time, behind a lock), so a background search does not need its own connection;
``backup_if_due`` is the exception: it reads through a connection of its own, so a backup on a
worker thread never holds up the window.
"""

from __future__ import annotations

import collections
import functools
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from secondop_desktop import paths
from secondop_desktop.domain.times import now_iso, parse_time
from secondop_desktop.i18n import _, fill, ngettext
from secondop_desktop.store import backups, instance_lock, migrations, preflight, readback
from secondop_desktop.store.errors import (
    AmbiguousCase,
    AttachmentMissing,
    AttachmentTooLarge,
    CaseNotFound,
    DiskFull,
    JournalBusy,
    JournalDamaged,
    JournalError,
    JournalInUse,
    JournalTooNew,
    MigrationFailed,
    NotAJournal,
    is_disk_full,
    technical,
)
from secondop_desktop.store.files import private_dir, private_file, private_sqlite_files
from secondop_desktop.store.rows import BinnedCase, CaseSummary, HistoryEntry

if TYPE_CHECKING:
    from sqlite_utils import Database

    from secondop_desktop.domain.merge import MergeReport
    from secondop_desktop.domain.model import Case
    from secondop_desktop.store.casefile import LoadedCaseFile
    from secondop_desktop.store.search import IndexEntry, SearchHit

__all__ = [
    "AmbiguousCase",
    "BinnedCase",
    "HistoryEntry",
    "AttachmentMissing",
    "AttachmentTooLarge",
    "CaseNotFound",
    "CaseSummary",
    "DiskFull",
    "Journal",
    "JournalBusy",
    "JournalDamaged",
    "JournalError",
    "JournalInUse",
    "JournalTooNew",
    "MigrationFailed",
    "NotAJournal",
    "SearchHit",
    "latest_backup",
    "needs_upgrade",
    "restore_from",
]

BUSY_TIMEOUT_MS = 5000


# The store's search, attachments and restore modules load on first use: opening the window
# (list the cases, show one) needs none of them, and they cost ~15 ms of start-up.
def _search() -> Any:
    from secondop_desktop.store import search

    return search


def _attachments() -> Any:
    from secondop_desktop.store import attachments

    return attachments


def __getattr__(name: str) -> Any:
    # ``from secondop_desktop.store.journal import SearchHit`` keeps working.
    if name == "SearchHit":
        return _search().SearchHit
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _ChildKind(NamedTuple):
    table: str  # also the Case attribute that holds the list
    index: bool  # whether its rows have search entries (search.ENTRY_MAKERS)

    def entries(self, data: dict[str, Any]) -> list[IndexEntry]:
        if not self.index:
            return []
        maker: Callable[[dict[str, Any]], list[IndexEntry]] = _search().ENTRY_MAKERS[self.table]
        return maker(data)


_CHILDREN = (
    _ChildKind("opinions", True),
    _ChildKind("questions", True),
    _ChildKind("notes", True),
    _ChildKind("records", True),
    _ChildKind("medications", True),
    _ChildKind("reviews", True),
)
assert tuple(k.table for k in _CHILDREN) == migrations.CHILD_TABLES


# A stored row's table and the kind the history calls it by.
_ROW_KIND = {"opinions": "opinion", "questions": "question", "notes": "note",
             "records": "record", "medications": "medication", "reviews": "review"}


def latest_backup(journal_path: Path) -> Path | None:
    """The newest automatic backup of the journal at ``journal_path`` that can be restored."""
    return backups.latest_backup(Path(journal_path))


def needs_upgrade(path: Path | None = None) -> bool:
    """Whether opening the journal at ``path`` (default: the user's) would upgrade it to this
    version's schema: a SecondOp journal of an older schema. Cheap (its header, read-only) and
    changes nothing; a missing, damaged, foreign or too-new file answers False, and opening it
    then says what is wrong. The window asks this to show that an upgrade is under way."""
    path = Path(path).expanduser() if path is not None else paths.default_journal_path()
    try:
        with path.open("rb") as handle:
            header = handle.read(preflight.HEADER_SIZE)
    except OSError:
        return False
    # The file's own header first (every start asks, and a connection costs ~0.6 ms): it says
    # the version the file had when last written through. Only a header that says older is
    # asked again through SQLite, which also reads what the WAL holds.
    if (len(header) < preflight.HEADER_SIZE or not header.startswith(preflight.SQLITE_MAGIC)
            or int.from_bytes(header[68:72], "big") != migrations.APPLICATION_ID
            or int.from_bytes(header[60:64], "big") >= migrations.latest_version()):
        return False
    try:
        conn = preflight.read_only(path)
    except sqlite3.Error:
        return False
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return app_id == migrations.APPLICATION_ID and 0 < int(version) < migrations.latest_version()


# Journals open in this process (resolved path -> how many times), so a restore cannot pull the
# file from under an open connection, which would go on writing to the replaced file.
_OPEN: collections.Counter[Path] = collections.Counter()
_OPEN_LOCK = threading.Lock()


def restore_from(backup: Path, journal_path: Path) -> Path | None:
    """Replace the (closed) journal with ``backup``; returns the safety copy of the old one.

    Refused while this process has the journal open, or another process holds its instance
    lock (``JournalInUse``); the lock is held while the file is replaced, so no window can open
    it half way.
    """
    journal_path = Path(journal_path).expanduser()
    with _OPEN_LOCK:
        if _OPEN[journal_path.resolve()]:
            raise JournalError(
                fill(_("The journal {journal_path} is open; close it before restoring a backup "
                       "over it."),
                     journal_path=journal_path)
            )
        try:
            private_dir(journal_path.parent)
        except OSError as exc:
            raise JournalError(
                fill(_("The folder of {journal_path} cannot be made ({reason}). Choose a folder of "
                       "your own."),
                     journal_path=journal_path, reason=exc.strerror or exc)
            ) from exc
        with instance_lock.acquire(journal_path):
            from secondop_desktop.store import restore

            return restore.restore_from(Path(backup), journal_path)


# A case read or written (docs/internals.md, "Lazy imports"): json, domain.model, domain.history,
# and domain.edits load in the methods that read or save a case, so that `secondop list` and
# the window's first paint, which only list cases, answer without them (~35 ms together).
def _dumps(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _loads(text: str) -> Any:
    import json

    return json.loads(text)


def _title_key(title: str) -> str:
    return unicodedata.normalize("NFC", title).strip().casefold()


def _sort_time(value: str | None) -> str | None:
    parsed = parse_time(value)
    return parsed.astimezone(timezone.utc).isoformat() if parsed else None


T = TypeVar("T")


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    @functools.wraps(method)
    def wrapper(self: Journal, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            self._ensure_open()
            try:
                return method(self, *args, **kwargs)
            except sqlite3.DatabaseError as exc:
                # SQLite's own word for a damaged file (its subclasses: locked, constraint, …
                # mean something else). Said in plain words, with the backup to restore; a
                # journal opened without its quick check meets damage here first.
                if type(exc) is not sqlite3.DatabaseError:
                    raise
                raise JournalDamaged(self._path, str(exc), latest_backup(self._path)) from exc

    return wrapper


def _reading(method: Callable[..., T]) -> Callable[..., T]:
    """A method that only reads: whatever reading a damaged file raises (SQLite's errors, bytes
    that are not UTF-8, JSON cut short, a value of the wrong type) leaves it as one
    ``JournalDamaged``, the same in the command line and the window. "Busy" stays busy."""

    @functools.wraps(method)
    def wrapper(self: Journal, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            self._ensure_open()
            try:
                return method(self, *args, **kwargs)
            except JournalError:
                raise
            except readback.READ_ERRORS as exc:
                if readback.is_busy(exc):
                    raise self._busy(exc) from exc
                raise readback.damaged(self._path, exc) from exc

    return wrapper


class Journal:
    """An open journal. Use ``Journal.open(path)``; close it (or use ``with``) when done."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        held: instance_lock.InstanceLock | None = None,
    ) -> None:
        self._path = path
        self._conn = conn
        self._sqlite_utils_db: Database | None = None
        self._lock = threading.RLock()
        self._instance_lock = held
        self._backup_lock = threading.Lock()
        self._depth = 0
        self._stamp: str | None = None
        self._closed = False
        self._key = path.resolve()
        self._session: str | None = None
        with _OPEN_LOCK:
            _OPEN[self._key] += 1

    # -- opening and closing ------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | None = None, quick_check: bool = True, exclusive: bool = False
    ) -> Journal:
        """Open the journal at ``path`` (default: the user's), creating it if missing.

        An existing file is examined first (read-only): a damaged file, a newer SecondOp's
        journal or another program's database is refused and left as it was. The quick
        integrity check reads the whole file (about 0.3 s for 100 MB); a caller that runs
        ``check()`` in the background anyway may pass ``quick_check=False``.

        ``exclusive=True`` (the window, and commands that write) first takes the journal's
        instance lock and holds it until ``close()``; if another SecondOp holds it,
        ``JournalInUse`` is raised before anything is read or written.
        """
        path = Path(path).expanduser() if path is not None else paths.default_journal_path()
        try:
            private_dir(path.parent)
        except OSError as exc:
            raise JournalError(
                fill(_("The journal {path} cannot be created or read ({reason}). Choose a "
                       "folder of your own on a disk with room."),
                     path=path, reason=exc.strerror or exc)
            ) from exc
        held = instance_lock.acquire(path) if exclusive else None
        try:
            return cls._open_locked(path, quick_check, held)
        except BaseException:
            if held is not None:
                held.release()
            raise

    @classmethod
    def _open_locked(
        cls, path: Path, quick_check: bool, held: instance_lock.InstanceLock | None
    ) -> Journal:
        try:
            version = preflight.examine(path, quick_check=quick_check)
            if version is None:
                private_file(path, create=True)
        except OSError as exc:
            if is_disk_full(exc):
                raise DiskFull(path) from exc
            raise JournalError(
                fill(_("The journal {path} cannot be created or read ({reason}). Choose a "
                       "folder of your own on a disk with room."),
                     path=path, reason=exc.strerror or exc)
            ) from exc
        try:
            conn = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
        except sqlite3.Error as exc:
            raise JournalError(
                fill(_("The journal {path} cannot be opened ({exc}). Check that the folder is "
                       "yours and the disk has room."),
                     path=path, exc=technical(exc))
            ) from exc
        journal = cls(path, conn, held)
        try:
            journal._configure()
            journal._migrate(version or 0)
        except BaseException:
            journal.close()
            raise
        return journal

    @property
    def _db(self) -> Database:
        # Imported on first need: sqlite-utils takes ~150 ms to import, which start-up should not
        # pay when the journal is already at the current schema.
        if self._sqlite_utils_db is None:
            from sqlite_utils import Database

            self._sqlite_utils_db = Database(self._conn)
        return self._sqlite_utils_db

    def _configure(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            # What sqlite-utils' enable_wal() does, without importing it on every open.
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                conn.execute("PRAGMA journal_mode = wal")
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise JournalError(
                    fill(_("The journal {path} cannot be written to ({exc}). Copy it to a "
                           "folder of your own, or make the file writable, and open it again."),
                         path=self._path, exc=technical(exc))
                ) from exc
            if is_disk_full(exc, self._path):
                raise DiskFull(self._path) from exc
            raise self._busy(exc) from exc
        private_sqlite_files(self._path)

    def _migrate(self, current: int) -> None:
        steps = migrations.pending(current)
        if not steps:
            return
        if current > 0 and self._instance_lock is None:
            # An upgrade writes: never under a window that has this journal open.
            with instance_lock.acquire(self._path):
                self._migrate_steps(steps, current)
        else:
            self._migrate_steps(steps, current)

    def _migrate_steps(self, steps: list[migrations.Migration], current: int) -> None:
        safety: Path | None = None
        if current > 0:
            # The user's data as it was, whatever the upgrade does.
            safety = backups.copy_database(
                self._conn, backups.backup_path(self._path, f"before-v{steps[-1].version}")
            )
        # All the steps, and one search rebuild after the last, in one transaction.
        try:
            migrations.apply_all(self._db, steps)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise self._busy(exc) from exc
            raise self._migration_failed(steps[-1], current, safety, exc) from exc
        except JournalError:
            raise
        except Exception as exc:
            raise self._migration_failed(steps[-1], current, safety, exc) from exc

    def _migration_failed(
        self, step: migrations.Migration, current: int, safety: Path | None, exc: Exception
    ) -> MigrationFailed:
        where = " " + fill(_("A copy made just before is at {safety}."),
                           safety=safety) if safety else ""
        return MigrationFailed(
            fill(_("Upgrading the journal {path} to schema {version} failed ({exc}). The "
                   "journal was left at schema {current} and nothing was lost.{where} Please "
                   "report this problem to the SecondOp developers."),
                 path=self._path, version=step.version, exc=technical(exc), current=current,
                 where=where)
        )

    def _busy(self, exc: Exception) -> JournalBusy:
        return JournalBusy(
            fill(_("The journal {path} is in use by another program ({exc}). Close other SecondOp "
                   "windows using this journal and try again."),
                 path=self._path, exc=technical(exc, said=("BUSY", "LOCKED")))
        )

    @property
    def path(self) -> Path:
        return self._path

    @property
    def session(self) -> str:
        """This opening of the journal: the history groups what it changed under it."""
        if self._session is None:
            from secondop_desktop.domain.ids import new_id

            self._session = new_id()
        return self._session

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                try:
                    self._conn.close()
                finally:
                    with _OPEN_LOCK:
                        _OPEN[self._key] -= 1
                        if _OPEN[self._key] <= 0:
                            del _OPEN[self._key]
                    # Only once the connection is gone may another SecondOp take the journal.
                    if self._instance_lock is not None:
                        self._instance_lock.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _ensure_open(self) -> None:
        if self._closed:
            raise JournalError(_("This journal has been closed; open it again to go on."))

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction; nested uses join the outer one (all or nothing)."""
        if self._depth:
            self._depth += 1
            try:
                yield self._conn
            finally:
                self._depth -= 1
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise self._busy(exc) from exc
        self._depth = 1
        self._stamp = None
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, (sqlite3.Error, OSError)) and is_disk_full(exc, self._path):
                raise DiskFull(self._path) from exc
            if isinstance(exc, sqlite3.OperationalError) and "I/O" in str(exc):
                raise JournalError(
                    fill(_("The journal {path} could not be written ({exc}); nothing of this "
                           "change was saved. Free some space on the disk (or check that it is "
                           "still connected) and try again."),
                         path=self._path, exc=technical(exc))
                ) from exc
            raise
        finally:
            self._depth = 0

    # -- cases --------------------------------------------------------------------------------

    @_reading
    def list_cases(self, limit: int | None = None, offset: int = 0) -> list[CaseSummary]:
        """The cases, most recently updated first (never updated last): every one, or ``limit``
        of them from ``offset`` on (the window's list reads a page at a time). A row that
        cannot be read (damage) makes it raise ``JournalDamaged``: the list is never shown half
        true."""
        # DESC puts NULLs last; cases changed at the same moment come in the order they were
        # added (rowid). This is exactly the order of cases_by_update, so SQLite walks that index
        # and stops after the page instead of sorting every case.
        rows = self._conn.execute(
            "SELECT id, title, status, opinion_count, time_sensitive, updated_at, decide_by, "
            "decision FROM cases WHERE deleted_at IS NULL "
            "ORDER BY updated_sort DESC, rowid LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        text, optional = readback.text, readback.optional_text
        return [
            CaseSummary(text(id_, "a case's id"), text(title, "a case's title"),
                        text(status, "a case's status"),
                        readback.integer(count, "a case's number of opinions"),
                        bool(readback.integer(urgent, "a case's time-sensitive mark")),
                        optional(updated, "a case's time of change"),
                        optional(decide_by, "a case's decide-by date"),
                        text(decision, "a case's decision"))
            for id_, title, status, count, urgent, updated, decide_by, decision in rows
        ]

    @_reading
    def case_ids(self) -> set[str]:
        """The ids of the cases in use (not those in the bin)."""
        return {readback.text(row[0], "a case's id")
                for row in self._conn.execute("SELECT id FROM cases WHERE deleted_at IS NULL")}

    @_reading
    def has_case(self, case_id: str) -> bool:
        """Whether a case with this id is in use (not in the bin)."""
        return self._conn.execute("SELECT 1 FROM cases WHERE id = ? AND deleted_at IS NULL",
                                  (case_id,)).fetchone() is not None

    @_reading
    def load_case(self, case_id: str) -> Case:
        from secondop_desktop.domain.edits import repair_references  # not before a case is opened
        from secondop_desktop.domain.model import Case

        case = Case.from_dict(self._checked_case_data(case_id))
        # Mends what an earlier version left pointing at a removed part (a difference put to a
        # doctor whose opinion was removed), which no export would write.
        repair_references(case)
        return case

    def _checked_case_data(self, case_id: str) -> dict[str, Any]:
        """The case's stored JSON, its lists filled in, checked against the model's types
        (``readback``): what ``Case.from_dict`` may trust. (The full check reads every case
        this way, without building the objects.)"""
        from secondop_desktop.domain.model import Case

        row = self._conn.execute("SELECT data FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise CaseNotFound(
                fill(_("There is no case with the id {case_id} in this journal. It may have been "
                       "deleted; list the cases to see what is there."),
                     case_id=case_id)
            )
        data = _loads(row[0])
        for kind in _CHILDREN:
            data[kind.table] = [
                _loads(item)
                for (item,) in self._conn.execute(
                    f"SELECT data FROM {kind.table} WHERE case_id = ? ORDER BY position",
                    (case_id,),
                )
            ]
        readback.check_model(Case, data, "the case")
        return data  # type: ignore[no-any-return]

    @_reading
    def find_case(self, ref: str) -> Case:
        """The case whose id is ``ref``, or whose title is ``ref`` (ignoring case)."""
        wanted = ref.strip()
        if not wanted:
            raise CaseNotFound(_("Give a case's title or id to say which case you mean."))
        if self._conn.execute("SELECT 1 FROM cases WHERE id = ? AND deleted_at IS NULL",
                              (wanted,)).fetchone():
            return self.load_case(wanted)
        rows = self._conn.execute(
            "SELECT id, title FROM cases WHERE title_key = ? AND deleted_at IS NULL "
            "ORDER BY updated_sort DESC",
            (_title_key(wanted),),
        ).fetchall()
        if len(rows) == 1:
            return self.load_case(rows[0][0])
        if len(rows) > 1:
            ids = ", ".join(row[0] for row in rows)
            raise AmbiguousCase(
                fill(_('{count} cases are called "{wanted}". Use the id of the one you mean '
                       "instead ({ids}), or give them different titles."),
                     count=len(rows), wanted=wanted, ids=ids)
            )
        # A unique start of an id, as people copy the first part of what the list prints.
        if len(wanted) >= 8:
            rows = self._conn.execute(
                "SELECT id FROM cases WHERE substr(id, 1, ?) = ? AND deleted_at IS NULL",
                (len(wanted), wanted.lower()),
            ).fetchall()
            if len(rows) == 1:
                return self.load_case(rows[0][0])
        if self._bin_matches(wanted):
            raise CaseNotFound(
                fill(_('The case "{wanted}" is in the bin. Bring it back with "secondop undelete" '
                       "first."),
                     wanted=wanted)
            )
        raise CaseNotFound(
            fill(_('No case in this journal has the title or id "{wanted}". List the cases to see '
                   "their titles and ids."),
                 wanted=wanted)
        )

    @_locked
    def save_case(self, case: Case, reason: str = "typed", source: str = "") -> None:
        """Store the whole case as it is now: rows added, changed and removed, in one go.

        What the save replaces or removes is kept in the history, marked with ``reason``
        (``typed``, ``undo``, ``redo``, ``restore``, …) and this journal's session.
        Timestamps are stored as the case holds them; keeping ``updated_at`` current is the
        editor's job, not the journal's.
        """
        with self._transaction():
            self._write_case(case, (reason, source))

    # -- the bin ------------------------------------------------------------------------------

    @_locked
    def delete_case(self, case_id: str) -> None:
        """Move a case to the bin, whole (its rows, history and attachments stay in the
        journal); ``undelete_case`` brings it back, ``empty_bin`` deletes it for good."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE cases SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                (_utc(now_iso()), case_id),
            )
            if cursor.rowcount == 0:
                if conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone():
                    raise CaseNotFound(fill(_("The case {case_id} is in the bin already."),
                                            case_id=case_id))
                raise CaseNotFound(
                    fill(_("There is no case with the id {case_id} in this journal; nothing was "
                           "deleted."),
                         case_id=case_id)
                )
            conn.execute("DELETE FROM search_index WHERE case_id = ?", (case_id,))

    @_reading
    def bin(self) -> list[BinnedCase]:
        """The cases in the bin, the most recently deleted first."""
        return [
            BinnedCase(*row)
            for row in self._conn.execute(
                "SELECT id, title, deleted_at, opinion_count FROM cases "
                "WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, title_key"
            )
        ]

    def _bin_matches(self, ref: str) -> list[BinnedCase]:
        rows = self._conn.execute(
            "SELECT id, title, deleted_at, opinion_count FROM cases WHERE deleted_at IS NOT NULL "
            "AND (id = ? OR title_key = ? OR (length(?) >= 8 AND substr(id, 1, length(?)) = ?)) "
            "ORDER BY deleted_at DESC",
            (ref, _title_key(ref), ref, ref, ref.lower()),
        ).fetchall()
        exact = [row for row in rows if row[0] == ref]
        return [BinnedCase(*row) for row in (exact or rows)]

    @_reading
    def find_in_bin(self, ref: str) -> BinnedCase:
        """The case in the bin whose id (or unique start of it) or title is ``ref``."""
        wanted = ref.strip()
        matches = self._bin_matches(wanted) if wanted else []
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            ids = ", ".join(m.id for m in matches)
            raise AmbiguousCase(
                fill(_('{count} cases in the bin are called "{wanted}". Use the id of the one you '
                       "mean instead ({ids})."),
                     count=len(matches), wanted=wanted, ids=ids)
            )
        raise CaseNotFound(
            fill(_('No case in the bin has the title or id "{wanted}". List the bin with "secondop '
                   'bin" to see what is there.'),
                 wanted=wanted)
        )

    @_locked
    def undelete_case(self, case_id: str) -> None:
        """Bring a case back from the bin, as it was when it went in."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE cases SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
                (case_id,),
            )
            if cursor.rowcount == 0:
                raise CaseNotFound(fill(_("There is no case with the id {case_id} in the bin."),
                                        case_id=case_id))
            conn.execute("DELETE FROM search_index WHERE case_id = ?", (case_id,))
            self._reindex(case_id, "", [], self._expected_entries(case_id).get(case_id, []))

    @_locked
    def empty_bin(self) -> int:
        """Delete the cases in the bin for good, with their history and the attached files no
        other case (or history) needs; returns how many cases went."""
        with self._transaction() as conn:
            ids = [row[0] for row in
                   conn.execute("SELECT id FROM cases WHERE deleted_at IS NOT NULL")]
            if not ids:
                return 0
            marks = ",".join("?" * len(ids))
            files = _hashes(
                data for (data,) in conn.execute(
                    f"SELECT data FROM records WHERE case_id IN ({marks})", ids))
            files |= _hashes(
                data for (data,) in conn.execute(
                    f"SELECT old FROM history WHERE case_id IN ({marks})", ids))
            conn.execute(f"DELETE FROM cases WHERE id IN ({marks})", ids)
            if files:
                needed = _hashes(data for (data,) in conn.execute("SELECT data FROM records"))
                needed |= _hashes(data for (data,) in conn.execute("SELECT old FROM history"))
                conn.executemany("DELETE FROM attachments WHERE sha256 = ?",
                                 [(digest,) for digest in files - needed])
            return len(ids)

    # -- history ------------------------------------------------------------------------------

    @_reading
    def history(self, case_id: str) -> list[HistoryEntry]:
        """The earlier versions of the case's fields, newest first."""
        return [
            HistoryEntry(*row)
            for row in self._conn.execute(
                "SELECT pk, case_id, session, changed_at, reason, source, kind, object_id, path, "
                "old FROM history WHERE case_id = ? ORDER BY pk DESC",
                (case_id,),
            )
        ]

    @_reading
    def history_size(self) -> tuple[int, int, int]:
        """(earlier versions kept, their size in bytes, cases they belong to)."""
        row = self._conn.execute(
            "SELECT count(*), coalesce(sum(length(CAST(old AS BLOB)) + length(path)), 0), "
            "count(DISTINCT case_id) FROM history"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    @_locked
    def forget_history(self, case_id: str) -> int:
        """Delete the earlier versions of one case's texts (the case itself is not changed):
        only ever when the user asks, having been told what it means. Returns how many."""
        with self._transaction() as conn:
            return conn.execute("DELETE FROM history WHERE case_id = ?", (case_id,)).rowcount

    def _now(self) -> str:
        """One time for all a transaction keeps: the History tells what one save changed
        together by it, so a save that runs across a second's turn must not split."""
        if self._stamp is None:
            self._stamp = _utc(now_iso())
        return self._stamp

    def _keep(self, case_id: str, changes: list[Any], why: tuple[str, str],
              once: bool = False) -> list[Any]:
        """Write earlier versions to the history and return those written. A value equal to the
        latest kept for that field is not written again (``once``: equal to any kept for it, as
        a re-import of the same file must add nothing)."""
        from secondop_desktop.domain.history import encode_path

        conn = self._conn
        stamp = self._now()
        reason, source = why
        written: list[Any] = []
        for change in changes:
            path = encode_path(change.path)
            old = _dumps(change.old)
            if once:
                seen = conn.execute(
                    "SELECT 1 FROM history WHERE case_id = ? AND kind = ? AND object_id = ? "
                    "AND path = ? AND old = ? LIMIT 1",
                    (case_id, change.kind, change.object_id, path, old),
                ).fetchone()
            else:
                seen = conn.execute(
                    "SELECT 1 FROM history WHERE pk = (SELECT max(pk) FROM history WHERE "
                    "case_id = ? AND kind = ? AND object_id = ? AND path = ?) AND old = ?",
                    (case_id, change.kind, change.object_id, path, old),
                ).fetchone()
            if seen:
                continue
            conn.execute(
                "INSERT INTO history (case_id, session, changed_at, reason, source, kind, "
                "object_id, path, old) VALUES (?,?,?,?,?,?,?,?,?)",
                (case_id, self.session, stamp, reason, source, change.kind, change.object_id,
                 path, old),
            )
            written.append(change)
        return written

    def _write_case(self, case: Case, why: tuple[str, str] = ("typed", "")) -> None:
        conn = self._conn
        data = case.to_dict()
        for kind in _CHILDREN:
            data.pop(kind.table, None)
        case_json = _dumps(data)
        columns = (
            case.title,
            _title_key(case.title),
            case.status,
            int(bool(case.time_sensitive)),
            len(case.opinions),
            case.created_at,
            case.updated_at,
            _sort_time(case.updated_at),
            case.decide_by,
            case.decision.chosen.strip() if case.decision else "",
            case_json,
        )
        old = conn.execute(
            "SELECT title, title_key, status, time_sensitive, opinion_count, created_at, "
            "updated_at, updated_sort, decide_by, decision, data FROM cases WHERE id = ?",
            (case.id,),
        ).fetchone()
        if old is None:
            conn.execute(
                "INSERT INTO cases (title, title_key, status, time_sensitive, opinion_count, "
                "created_at, updated_at, updated_sort, decide_by, decision, data, id) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (*columns, case.id),
            )
        elif tuple(old) != columns:
            conn.execute(
                "UPDATE cases SET title = ?, title_key = ?, status = ?, time_sensitive = ?, "
                "opinion_count = ?, created_at = ?, updated_at = ?, updated_sort = ?, "
                "decide_by = ?, decision = ?, data = ? WHERE id = ?",
                (*columns, case.id),
            )
        binned = old is not None and self._conn.execute(
            "SELECT deleted_at IS NOT NULL FROM cases WHERE id = ?", (case.id,)).fetchone()[0]
        if old is not None and old[-1] != case_json:
            self._keep_changes(case.id, "case", case.id, old[-1], data, why)
        if (old is None or old[-1] != case_json) and not binned:
            self._reindex(case.id, "cases", [case.id], _search().case_entries(data))

        for kind in _CHILDREN:
            self._write_children(case, kind, why, index=not binned)

    def _keep_changes(self, case_id: str, kind: str, object_id: str, old_json: str,
                      new: dict[str, Any] | None, why: tuple[str, str]) -> None:
        from secondop_desktop.domain.history import changes_between, normalized

        changes = changes_between(kind, object_id, normalized(kind, _loads(old_json)), new)
        if changes:
            self._keep(case_id, changes, why)

    def _write_children(self, case: Case, kind: _ChildKind, why: tuple[str, str] = ("typed", ""),
                        index: bool = True) -> None:
        conn = self._conn
        table = kind.table
        stored = {
            id_: (position, data)
            for id_, position, data in conn.execute(
                f"SELECT id, position, data FROM {table} WHERE case_id = ?", (case.id,)
            )
        }
        seen: set[str] = set()
        changed: list[str] = []
        entries: list[IndexEntry] = []
        for position, item in enumerate(getattr(case, table)):
            if item.id in seen:
                raise JournalError(
                    fill(_('Two {table} in the case "{title}" have the same id ({id}); nothing was '
                           "saved. Please report this problem to the SecondOp developers."),
                         table=table, title=case.title, id=item.id)
                )
            seen.add(item.id)
            item_data = item.to_dict()
            item_json = _dumps(item_data)
            old = stored.get(item.id)
            if old is None:
                conn.execute(
                    f"INSERT INTO {table} (case_id, id, position, updated_at, data) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (case.id, item.id, position, item.updated_at, item_json),
                )
            elif old != (position, item_json):
                conn.execute(
                    f"UPDATE {table} SET position = ?, updated_at = ?, data = ? "
                    "WHERE case_id = ? AND id = ?",
                    (position, item.updated_at, item_json, case.id, item.id),
                )
                if old[1] != item_json:
                    self._keep_changes(case.id, _ROW_KIND[table], item.id, old[1], item_data,
                                       why)
            if kind.index and (old is None or old[1] != item_json):
                changed.append(item.id)
                entries.extend(kind.entries(item_data))
        gone = [id_ for id_ in stored if id_ not in seen]
        for id_ in gone:
            self._keep_changes(case.id, _ROW_KIND[table], id_, stored[id_][1], None, why)
            conn.execute(f"DELETE FROM {table} WHERE case_id = ? AND id = ?", (case.id, id_))
        if kind.index and index:
            self._reindex(case.id, table, changed + gone, entries)

    def _reindex(
        self, case_id: str, source: str, source_ids: list[str], entries: list[IndexEntry]
    ) -> None:
        """Replace the search entries that came from these rows (the FTS triggers follow)."""
        conn = self._conn
        conn.executemany(
            "DELETE FROM search_index WHERE case_id = ? AND source = ? AND source_id = ?",
            [(case_id, source, id_) for id_ in source_ids],
        )
        search = _search()
        conn.executemany(search.INSERT_SQL, search.insert_rows(case_id, entries))

    # -- search -------------------------------------------------------------------------------

    @_reading
    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Where ``text`` occurs, best first. Any text is safe; the last word is a prefix."""
        hits = _search().run_search(self._conn, text, limit)
        for hit in hits:
            for value in (hit.case_id, hit.case_title, hit.kind, hit.object_id, hit.snippet,
                          hit.label):
                readback.text(value, "a search entry")
            readback.optional_text(hit.opinion_id, "a search entry")
        return list(hits)

    @_locked
    def rebuild_search(self) -> None:
        """Recompute every search entry from the stored cases (the fix when check() says so)."""
        with self._transaction():
            migrations.rebuild_search(self._db)

    def _expected_entries(self, only: str | None = None) -> dict[str, list[IndexEntry]]:
        """The search entries the cases in use should have (cases in the bin have none)."""
        result: dict[str, list[IndexEntry]] = _search().expected_entries(self._conn, only, _loads)
        return result

    # -- attachments --------------------------------------------------------------------------

    @_locked
    def add_attachment(self, data: bytes) -> str:
        """Keep a file's bytes in the journal (once, however often added); returns its SHA-256."""
        with self._transaction() as conn:
            return _attachments().store(conn, bytes(data))

    @_reading
    def read_attachment(self, sha256: str) -> bytes:
        return _attachments().read(self._conn, sha256)

    @_reading
    def has_attachment(self, sha256: str) -> bool:
        return _attachments().has(self._conn, sha256)

    # -- import -------------------------------------------------------------------------------

    @_locked
    def import_case(self, loaded: LoadedCaseFile, source: str = "") -> MergeReport:
        """Bring a read case file in: a new case is added, a known one merged. All or nothing.

        Where both copies hold a different text, the newer one is used and the other is kept in
        the history, marked as coming from the import of ``source`` (the file's name); the
        report's ``replaced`` names each such field. A case found in the bin comes back."""
        from secondop_desktop.domain.edits import merge

        incoming = loaded.casefile.case
        why = ("import", source)
        with self._transaction() as conn:
            known = conn.execute(
                "SELECT deleted_at IS NOT NULL FROM cases WHERE id = ?", (incoming.id,)
            ).fetchone()
            if known:
                result, report = merge(self.load_case(incoming.id), incoming)
            else:
                result, report = incoming, _new_case_report(incoming)
            # Only the files of records the result keeps: an attachment whose record the merge
            # left out (the journal's newer record won) would be stored for nothing.
            kept = {a.sha256.lower() for r in result.records for a in r.attachments}
            for digest, data in loaded.attachments.items():
                if _attachments().sha256_hex(data) != digest.lower():
                    raise JournalError(
                        _("An attachment in the case file does not match its checksum; nothing "
                          "was imported. Ask for the file to be exported again.")
                    )
                if digest.lower() in kept:
                    _attachments().store(conn, data)
            if not known or report.changed:
                self._write_case(result, why)
            if known:
                # The imported side's texts that lost to newer ones here are kept too; a second
                # import of the same file finds them kept already and adds nothing.
                new = self._keep(incoming.id, report.kept_from_import(), ("import-kept", source),
                                 once=True)
                # Opening the same file again must read "Nothing changed", not repeat "kept your
                # newer text" for a text the first import already put in the history.
                report.replaced = [r for r in report.replaced
                                   if r.theirs_won or any(r.change is c for c in new)]
                if known[0]:
                    self.undelete_case(incoming.id)
                    report.from_bin = True
        return report

    # -- backups ------------------------------------------------------------------------------

    @_locked
    def backup_to(self, dest: Path) -> Path:
        """A complete copy of the journal at ``dest`` (one private file), made by SQLite."""
        dest = Path(dest).expanduser()
        if dest.exists() and dest.resolve() == self._path.resolve():
            raise JournalError(_("A backup cannot be written over the journal itself; choose "
                                 "another file name."))
        try:
            return backups.copy_database(self._conn, dest)
        except (OSError, sqlite3.Error) as exc:
            if is_disk_full(exc, dest):
                raise DiskFull(self._path, fill(_("the backup {name} was not made"),
                                                name=dest.name)) from exc
            if isinstance(exc, sqlite3.DatabaseError) and type(exc) is sqlite3.DatabaseError:
                raise readback.damaged(self._path, exc) from exc
            what = exc.strerror if isinstance(exc, OSError) and exc.strerror else technical(exc)
            raise JournalError(
                fill(_("The backup {dest} could not be made ({what}). Choose a folder of your own "
                       "that exists, on a disk with room; the journal itself was not changed."),
                     dest=dest, what=what)
            ) from exc

    @_locked
    def auto_backup(self, keep: int = 10) -> Path:
        """A timestamped backup in the journal's backup folder; the oldest beyond ``keep`` go."""
        return backups.auto_backup(self._conn, self._path, keep)

    def backup_if_due(self, min_hours: float = 20.0, keep: int = 10) -> Path | None:
        """An automatic backup if the newest is ``min_hours`` old or there is none; else None.

        Safe on a worker thread while other threads go on using this journal: the backup reads
        through a read-only connection of its own (WAL: it sees every committed save and holds
        up no writer), never through this journal's connection.
        """
        self._ensure_open()  # not under self._lock: a long save elsewhere must not hold us up
        # One backup at a time: a second caller then finds the first one's and returns None.
        with self._backup_lock:
            if not backups.is_due(self._path, min_hours):
                return None
            try:
                return backups.auto_backup_of_file(self._path, keep)
            except (sqlite3.Error, OSError) as exc:
                if is_disk_full(exc, self._path):
                    raise DiskFull(self._path, _("the automatic backup was not made")) from exc
                raise JournalError(
                    fill(_("The automatic backup of {path} could not be made ({exc}). Check "
                           "that the disk has room; the journal itself was not changed."),
                         path=self._path, exc=technical(exc))
                ) from exc

    @staticmethod
    def latest_backup(journal_path: Path) -> Path | None:
        return latest_backup(journal_path)

    @staticmethod
    def restore_from(backup: Path, journal_path: Path) -> Path | None:
        return restore_from(backup, journal_path)

    # -- health -------------------------------------------------------------------------------

    @_locked
    def check(self) -> list[str]:
        """Everything wrong with the journal, in plain words; an empty list means healthy."""
        conn = self._conn
        problems: list[str] = []
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != migrations.latest_version():
            problems.append(
                fill(_("The journal's schema is {version}; this SecondOp writes {latest}."),
                     version=version, latest=migrations.latest_version())
            )
        if conn.execute("PRAGMA application_id").fetchone()[0] != migrations.APPLICATION_ID:
            problems.append(_("The file is not marked as a SecondOp journal."))
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if rows != ["ok"]:
            detail = " ".join("; ".join(rows[:3]).split())
            problems.append(fill(_("The database file is damaged: {detail}"),
                                 detail=detail[:300]))
            problems.append(_("Restore the latest backup; keep this file until that has worked."))
            return problems  # the checks below would read damaged pages
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            tables = sorted({row[0] for row in orphans})
            problems.append(
                fill(_("{count} stored items belong to no case (in {tables})."),
                     count=len(orphans), tables=", ".join(tables))
            )
        unreadable = self._unreadable_case()
        if unreadable:
            problems.append(unreadable)
        else:  # the checks below read every case's JSON again
            problems += self._search_problems()
            problems += self._column_problems()
        problems += _attachments().problems(conn)
        if problems:
            problems.append(
                _("Restore the latest backup, or export your cases and import them into a new "
                  "journal.")
            )
        return problems

    def _unreadable_case(self) -> str:
        """The first case that cannot be read back as the window would read it, in words."""
        try:
            for case_id in self.case_ids():
                self._checked_case_data(case_id)
        except JournalError as exc:
            return f"A stored case cannot be read ({getattr(exc, 'reason', exc)})."
        except readback.READ_ERRORS as exc:
            return f"A stored case cannot be read ({readback.reason(exc)})."
        return ""

    def _search_problems(self) -> list[str]:
        conn = self._conn
        problems: list[str] = []
        triggers = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
        missing = {"search_index_ai", "search_index_ad", "search_index_au"} - triggers
        if missing:
            problems.append(_("The search index no longer follows changes (its triggers are "
                              "gone)."))
        try:
            conn.execute(
                "INSERT INTO search_index_fts (search_index_fts, rank) "
                "VALUES ('integrity-check', 1)"
            )
        except sqlite3.DatabaseError:
            problems.append(_("The full-text index is out of step with the search entries."))
        try:
            expected = {
                (case_id, e.kind, e.object_id, e.opinion_id, e.text, e.label, e.terms)
                for case_id, entries in self._expected_entries().items()
                for e in entries
            }
        except readback.READ_ERRORS as exc:
            return [*problems, f"A stored case cannot be read ({readback.reason(exc)})."]
        try:
            actual_rows = conn.execute(
                "SELECT case_id, kind, object_id, opinion_id, text, label, terms FROM search_index"
            ).fetchall()
        except readback.READ_ERRORS as exc:  # a damaged entry: rebuilding makes them all again
            return [*problems, f"The search index cannot be read ({readback.reason(exc)}); "
                    "search may miss things until it is rebuilt."]
        actual = set(actual_rows)
        if expected != actual or len(actual_rows) != len(actual):
            problems.append(
                fill(_("The search index is out of step with the cases ({missing} missing, {stale} "
                       "stale); search may miss things until it is rebuilt."),
                     missing=len(expected - actual),
                     stale=len(actual - expected) + len(actual_rows) - len(actual))
            )
        return problems

    def _column_problems(self) -> list[str]:
        wrong = 0
        for row in self._conn.execute(
            "SELECT c.data, c.title, c.status, c.opinion_count, "
            "(SELECT count(*) FROM opinions o WHERE o.case_id = c.id), c.decide_by FROM cases c"
        ):
            data = _loads(row[0])
            if (data.get("title"), data.get("status"), row[3], data.get("decide_by")) != (
                row[1], row[2], row[4], row[5]
            ):
                wrong += 1
        if wrong:
            return [fill(ngettext("The case list is out of step with {n} case.",
                                  "The case list is out of step with {n} cases.", wrong), n=wrong)]
        return []


def _utc(stamp: str) -> str:
    return _sort_time(stamp) or stamp


def _hashes(texts: Any) -> set[str]:
    """The attachment hashes named in stored JSON texts."""
    found: set[str] = set()
    for text in texts:
        found.update(re.findall(r'"sha256":"([0-9a-f]{64})"', text or ""))
    return found


def _new_case_report(case: Case) -> MergeReport:
    from secondop_desktop.domain.merge import MergeReport

    added = [("case", case.id)]
    for table, kind in (("opinions", "opinion"), ("questions", "question"), ("notes", "note"),
                        ("records", "record"), ("medications", "medication"),
                        ("reviews", "review")):
        added += [(kind, item.id) for item in getattr(case, table)]
    if case.decision is not None:
        added.append(("decision", case.id))
    return MergeReport(added=added, updated=[], unchanged=[])
