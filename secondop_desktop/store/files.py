# SPDX-License-Identifier: GPL-3.0-or-later
"""Private files and folders: the journal holds health information, so only its owner may read it.

The journal and its backups are made 0600 and their folders 0700, also when they already existed
and belong to the current user. A folder that belongs to someone else, and the user's home folder
itself, are left alone. On systems without POSIX permissions (Windows) these are no-ops: there the
per-user data folder is already private.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def _posix() -> bool:
    return os.name == "posix"


def _ours(path: Path) -> bool:
    try:
        return path.stat().st_uid == os.getuid()
    except OSError:
        return False


def private_dir(path: Path) -> None:
    """Create ``path`` (and parents) if missing; make it 0700 when it is ours."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if not _posix() or not _ours(path):
        return
    if path.resolve() == Path.home().resolve():
        return
    os.chmod(path, DIR_MODE)


def private_file(path: Path, create: bool = False) -> None:
    """Make ``path`` 0600 (creating it empty first when asked and missing)."""
    if create and not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        os.close(fd)
    if _posix() and path.exists() and _ours(path):
        os.chmod(path, FILE_MODE)


def private_sqlite_files(path: Path) -> None:
    """The database and its side files (SQLite creates those with the database's mode)."""
    private_file(path)
    for suffix in SQLITE_SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            private_file(side)
