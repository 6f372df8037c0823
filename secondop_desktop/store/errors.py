# SPDX-License-Identifier: GPL-3.0-or-later
"""Errors of the journal that a person can act on.

Every one is a ``JournalError``; its message says what is wrong and what to do, in plain words,
so the command line can print it as one line and the window can show it as is.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from secondop_desktop.i18n import N_, _, fill, number

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

# What a write that found no room says: the disk or the user's quota is full, or the file hit
# the size a process may write (RLIMIT_FSIZE, a file system's own limit).
DISK_FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None), errno.EFBIG) if code
)


# SQLite's result codes (``sqlite3.Error.sqlite_errorname``, without the "SQLITE_" and any
# extended part), and the words of its messages when the code is not there, by the kind of
# problem a person can understand.
_SQLITE_KINDS = (
    ("FULL", "disk is full", N_("the disk is full")),
    ("BUSY", "is locked", N_("another program is using the journal file")),
    ("LOCKED", "is locked", N_("another program is using the journal file")),
    ("READONLY", "readonly", N_("the journal file can only be read here, not changed")),
    ("CORRUPT", "malformed", N_("the journal file is damaged")),
    ("NOTADB", "not a database", N_("the journal file is damaged")),
    ("IOERR", "disk i/o error", N_("the disk could not be read or written")),
    ("CANTOPEN", "unable to open", N_("the journal file cannot be opened in its folder")),
    ("PERM", "access permission denied", N_("this user is not allowed to use the journal file")),
)


def _kind(exc: BaseException) -> tuple[str, str]:
    """SQLite's result code (as ``_SQLITE_KINDS`` names it) and the kind of problem, untranslated;
    ("", "") when SQLite's words say nothing a person could act on."""
    name = (getattr(exc, "sqlite_errorname", "") or "").removeprefix("SQLITE_").split("_")[0]
    said = str(exc).casefold()
    for code, words, kind in _SQLITE_KINDS:
        if name == code or (not name and words in said):
            return code, kind
    return "", ""


def problem_kind(exc: BaseException) -> str:
    """What kind of problem a SQLite error is, in the user's language ("the disk is full"); ""
    when SQLite's words say nothing a person could act on."""
    kind = _kind(exc)[1]
    return _(kind) if kind else ""


def technical(exc: BaseException, said: tuple[str, ...] = ()) -> str:
    """A SQLite error as an error message shows it: the kind of problem in plain words, then
    SQLite's own text as it is (what a helper searching the web needs): "another program is
    using the journal file — SQLite: database is locked". ``said``: the result codes the
    message says in its own words already ("BUSY", "LOCKED"), for which only SQLite's text is
    added."""
    code, kind = _kind(exc)
    raw = " ".join(str(exc).split()) or type(exc).__name__
    if code and code in said:
        return f"SQLite: {raw}"
    return fill(_("{kind} — SQLite: {raw}"), kind=_(kind), raw=raw) if kind else raw


class JournalError(Exception):
    """Something about the journal the user can act on; the message says what and how."""


class JournalTooNew(JournalError):
    """The journal was written by a newer SecondOp whose schema this version does not know."""

    def __init__(self, path: Path, found: int, known: int) -> None:
        self.path = path
        self.found = found
        self.known = known
        super().__init__(
            fill(_("This journal was written by a newer SecondOp (schema {found}); this version"
                   " reads up to {known}. Install the newer SecondOp, or restore an older "
                   "backup. The journal ({path}) was not changed."),
                 found=found, known=known, path=path)
        )


class JournalDamaged(JournalError):
    """The file is not a readable SQLite database, or its integrity check fails."""

    def __init__(self, path: Path, reason: str, backup: Path | None) -> None:
        self.path = path
        # One line, short: SQLite's own report can run to pages.
        reason = " ".join(reason.split())
        self.reason = reason if len(reason) <= 160 else reason[:159] + "…"
        self.backup = backup
        if backup is not None:
            advice = (
                fill(_("The latest automatic backup is {backup}; restore it (secondop restore "
                       '"{backup}", or Restore… under Help → How SecondOp keeps your notes).'),
                     backup=backup)
            )
        else:
            advice = (
                _("No automatic backup was found beside it. Keep the file as it is and restore "
                  "a backup of your own if you have one.")
            )
        super().__init__(
            fill(_("The journal {path} is damaged ({reason}). It was left exactly as it was. "
                   "{advice}"),
                 path=path, reason=self.reason, advice=advice)
        )


class DiskFull(JournalError):
    """A write failed for want of room. Never damage: what was saved before is intact."""

    def __init__(self, path: Path | None, detail: str = "") -> None:
        self.path = path
        where = f" ({path})" if path is not None else ""
        said = f" [{detail}]" if detail else ""
        super().__init__(
            fill(_("The disk is full: free some space, then try again. Your journal{where} is "
                   "intact; only the change being written was not saved.{said}"),
                 where=where, said=said)
        )


def is_disk_full(exc: BaseException, path: Path | None = None) -> bool:
    """True for an error that means "no room to write" (not damage, not a missing disk);
    ``path``: the file being written, whose disk is looked at when SQLite says only "I/O"."""
    if isinstance(exc, OSError):
        return exc.errno in DISK_FULL_ERRNOS
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name == "SQLITE_FULL" or "database or disk is full" in str(exc):
            return True
        # SQLite reports a refused write (EFBIG, EDQUOT) as an I/O error; its errno is gone
        # by then, so the process's file size limit is looked at instead.
        return name.startswith("SQLITE_IOERR") and (_file_size_limited() or _no_room(path))
    return False


def _no_room(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def _file_size_limited() -> bool:
    if resource is None:
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY


class NotAJournal(JournalError):
    """A SQLite file that is not a SecondOp journal (we never add our tables to someone's file)."""

    def __init__(self, path: Path, what: str | None = None) -> None:
        self.path = path
        super().__init__(
            fill(_("{path} is {what}, not a SecondOp journal. It was not changed. Choose a "
                   "SecondOp journal or a new file name."),
                 path=path, what=what or _("a SQLite database of another program"))
        )


class MigrationFailed(JournalError):
    """A schema upgrade failed; it was rolled back and the journal keeps its old schema."""


class JournalBusy(JournalError):
    """Another program holds the journal's write lock for longer than we wait."""


class JournalInUse(JournalError):
    """Another SecondOp (a window, or a command that writes) holds the journal's instance lock."""

    def __init__(self, path: Path, pid: int | None = None, host: str | None = None,
                 what: str | None = None) -> None:
        self.path = path
        self.pid = pid
        self.host = host
        self.what = what
        holder = ""
        if pid is not None:
            holder = " " + (fill(_("(process {pid} on {host})"), pid=pid, host=host) if host
                            else fill(_("(process {pid})"), pid=pid))
        if what and what != "window":
            # A command that writes (an import, a restore): it ends by itself.
            super().__init__(
                fill(_("This journal is in use by the command “{what}”{holder}. Wait for it to "
                       "finish and try again."),
                     what=what, holder=holder)
            )
            return
        super().__init__(
            fill(_("This journal is already open in another SecondOp window{holder}. Switch to "
                   "that window, or close it and try again."),
                 holder=holder)
        )


class CaseNotFound(JournalError):
    """No case matches the id or title the user gave."""


class AmbiguousCase(JournalError):
    """Several cases carry the title the user gave."""


class AttachmentTooLarge(JournalError):
    """An attachment above the size the journal accepts."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            fill(_("This file is {size}; the journal keeps attachments up to {limit}. Attach a "
                   "smaller copy (for example a PDF of the report rather than a scan at full "
                   "resolution), or keep the file in a folder of your own and note where it is."),
                 size=_megabytes(size), limit=_megabytes(limit))
        )


class AttachmentMissing(JournalError):
    """An attachment the case refers to is not stored in this journal."""


def _megabytes(size: int) -> str:
    return fill(_("{n} MB"), n=number(size / (1024 * 1024), 1))
