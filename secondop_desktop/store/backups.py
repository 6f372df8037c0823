# SPDX-License-Identifier: GPL-3.0-or-later
"""Backups of the journal: made with SQLite's backup API, never by copying the file.

A plain copy of a journal in WAL mode can miss committed data that still sits in the ``-wal``
file; the backup API reads through SQLite and gets every committed page. Each backup is one
self-contained file (rollback journal mode), private (0600), written under a temporary name and
renamed into place, so a half-written backup never carries a backup's name.

Automatic backups live in ``paths.backup_dir(journal)``, named
``<journal stem>-<UTC time>-<reason><suffix>``: ``auto`` (the periodic ones, of which the newest
``keep`` are kept), ``before-vN`` (before a schema upgrade to version N), ``before-restore``
(the journal as it was before a restore replaced it) and ``damaged`` (a damaged journal moved
aside by a restore; never offered as a backup).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from secondop_desktop import paths
from secondop_desktop.store import preflight  # a cycle, by module: preflight reads backups
from secondop_desktop.store.errors import JournalError
from secondop_desktop.store.files import SQLITE_SIDE_FILES, private_dir, private_file

BACKUP_SUFFIX = ".secondop-journal"
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NOT_RESTORABLE = {"damaged"}


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime(_STAMP_FORMAT)


def _pattern(journal_path: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(journal_path.stem) + r"-(\d{8}T\d{12}Z)-([a-z0-9-]+)" + re.escape(BACKUP_SUFFIX)
    )


def backup_path(journal_path: Path, reason: str) -> Path:
    """A new, unused name in the journal's backup folder (made, private, if missing)."""
    folder = paths.backup_dir(journal_path)
    private_dir(folder)
    base = f"{journal_path.stem}-{_stamp()}-{reason}"
    candidate = folder / f"{base}{BACKUP_SUFFIX}"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / f"{base}-{counter}{BACKUP_SUFFIX}"
    return candidate


def list_backups(journal_path: Path) -> list[tuple[str, str, Path]]:
    """(time stamp, reason, path) of every backup of this journal, oldest first."""
    folder = paths.backup_dir(journal_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(journal_path)
    found = []
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        if match and entry.is_file():
            found.append((match.group(1), match.group(2), entry))
    return sorted(found)


def latest_backup(journal_path: Path) -> Path | None:
    """The newest backup that can be restored (not a damaged journal moved aside), or None."""
    usable = [p for _, reason, p in list_backups(journal_path) if reason not in _NOT_RESTORABLE]
    return usable[-1] if usable else None


def latest_good_backup(journal_path: Path) -> Path | None:
    """The newest restorable backup that SQLite's quick check finds sound (what the window
    offers in place of a damaged journal); None if there is none."""
    usable = [p for _, reason, p in list_backups(journal_path) if reason not in _NOT_RESTORABLE]
    for candidate in reversed(usable):
        try:
            if preflight.examine(candidate, quick_check=True):
                return candidate
        except JournalError:
            continue
    return None


def copy_database(source: sqlite3.Connection, dest: Path,
                  verify: bool = False) -> Path:
    """Write everything committed in ``source`` to ``dest`` through the backup API (0600).

    A missing folder is made private; an existing one is left as it is (it may be a folder the
    user chose, such as their documents).
    """
    dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    private_file(partial, create=True)
    try:
        target = sqlite3.connect(partial, isolation_level=None)
        try:
            source.backup(target)
            # One self-contained file: no -wal beside it that a copy could leave behind.
            target.execute("PRAGMA journal_mode=DELETE")
            if verify:
                # Checked before it takes a backup's name: a copy that fails never counts as
                # a backup, so it can never push a good one out of the rotation.
                rows = [r[0] for r in target.execute("PRAGMA integrity_check(5)")]
                if rows != ["ok"]:
                    raise sqlite3.DatabaseError("the copy failed its integrity check: "
                                                + "; ".join(map(str, rows[:2])))
        finally:
            target.close()
        _fsync(partial)
        os.replace(partial, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    private_file(dest)
    return dest


def auto_backup(source: sqlite3.Connection, journal_path: Path, keep: int = 10) -> Path:
    """A timestamped backup in the backup folder; only the newest ``keep`` automatic ones stay.

    The copy passes SQLite's integrity check before it is named a backup (else
    ``sqlite3.DatabaseError`` and nothing is pruned), so every automatic backup has passed it
    and the newest, being kept, is always a good one. (The window makes them only of a journal
    that has just passed the full check, ``store.health``.)"""
    dest = copy_database(source, backup_path(journal_path, "auto"), verify=True)
    prune(journal_path, keep)
    return dest


def newest_auto_time(journal_path: Path) -> datetime | None:
    """When the newest automatic backup of the journal was made (UTC), or None."""
    autos = [stamp for stamp, reason, _ in list_backups(journal_path) if reason == "auto"]
    if not autos:
        return None
    return datetime.strptime(autos[-1], _STAMP_FORMAT).replace(tzinfo=timezone.utc)


def is_due(journal_path: Path, min_hours: float, now: datetime | None = None) -> bool:
    """True when there is no automatic backup, or the newest is at least ``min_hours`` old."""
    newest = newest_auto_time(journal_path)
    if newest is None:
        return True
    age_hours = ((now or datetime.now(timezone.utc)) - newest).total_seconds() / 3600
    # A backup "from the future" means the clock was set back: do not wait for it to catch up.
    return age_hours < 0 or age_hours >= min_hours


def auto_backup_of_file(journal_path: Path, keep: int = 10) -> Path:
    """An automatic backup read through a connection of its own, opened read-only.

    For a worker thread while the journal stays in use elsewhere: in WAL mode this reader sees
    every committed save up to its start and never blocks the writer, nor is blocked by it.
    """
    source = sqlite3.connect(
        journal_path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
    )
    try:
        return auto_backup(source, journal_path, keep)
    finally:
        source.close()


def prune(journal_path: Path, keep: int) -> None:
    """Only the newest ``keep`` automatic backups stay (at least one: the newest, which passed
    its check when it was made)."""
    autos = [p for _, reason, p in list_backups(journal_path) if reason == "auto"]
    for old in autos[: max(0, len(autos) - max(keep, 1))]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()


def remove_side_files(path: Path) -> None:
    for suffix in SQLITE_SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
