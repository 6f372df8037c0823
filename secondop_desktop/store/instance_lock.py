# SPDX-License-Identifier: GPL-3.0-or-later
"""One running SecondOp per journal: an OS lock on a small file beside it, ``<journal>.lock``.

An OS lock rather than a file that merely exists, because the OS drops the lock when the process
ends, however it ends: a crash never leaves a journal that looks in use. The lock file itself is
never deleted (it only says who last held it, for the message); deleting it would let two
processes each lock a different file of the same name.

POSIX uses ``flock``, which belongs to the open file description, so a second open in the same
process conflicts too. Windows locks one byte well past the holder's line with
``msvcrt.locking`` (its locks are mandatory, so the line itself must stay unlocked to be read).
A set of the locks this process holds refuses a second one even where the OS would not (flock
emulated by byte-range locks on some network file systems).
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

from secondop_desktop.i18n import _, fill
from secondop_desktop.store.errors import JournalError, JournalInUse
from secondop_desktop.store.files import FILE_MODE, private_file

LOCK_SUFFIX = ".lock"
_WINDOWS_LOCK_OFFSET = 1 << 20

_HELD: set[Path] = set()
_HELD_LOCK = threading.Lock()

WINDOW = "window"
holder_name = WINDOW
"""What this process is, for the message another SecondOp shows when it finds the journal held:
"window", or the command (the command line sets "secondop import" and the like)."""


def lock_path(journal_path: Path) -> Path:
    """The lock file of a journal: beside the real file, so a symbolic link shares its lock."""
    real = Path(journal_path).expanduser().resolve()
    return real.with_name(real.name + LOCK_SUFFIX)


class InstanceLock:
    """The held lock of one journal; ``release()`` (or leaving ``with``) gives it up."""

    def __init__(self, journal_path: Path, path: Path, fd: int) -> None:
        self.journal_path = journal_path
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):
                _unlock(fd)
        finally:
            os.close(fd)
            with _HELD_LOCK:
                _HELD.discard(self.path)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def acquire(journal_path: Path) -> InstanceLock:
    """Take the journal's lock without waiting; ``JournalInUse`` if someone holds it.

    The journal's folder must exist. Nothing is written unless the lock is ours.
    """
    journal_path = Path(journal_path).expanduser()
    path = lock_path(journal_path)
    with _HELD_LOCK:
        if path in _HELD:
            raise JournalInUse(journal_path, *_holder(path))
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
        except OSError as exc:
            raise JournalError(
                fill(_("The journal {journal_path} cannot be reserved for this window: its lock"
                       " file {path} cannot be made ({reason}). Choose a folder of your own."),
                     journal_path=journal_path, path=path, reason=exc.strerror or exc)
            ) from exc
        try:
            try:
                locked = _try_lock(fd)
            except OSError as exc:
                raise JournalError(
                    fill(_("The journal {journal_path} cannot be reserved for this window: the "
                           "disk it is on does not allow locking ({reason}). Copy it to a "
                           "folder on this computer's own disk."),
                         journal_path=journal_path, reason=exc.strerror or exc)
                ) from exc
            if not locked:
                raise JournalInUse(journal_path, *_holder(path))
            _HELD.add(path)
        except BaseException:
            os.close(fd)
            raise
    lock = InstanceLock(journal_path, path, fd)
    try:
        private_file(path)
        _write_holder(fd)
    except OSError:
        pass  # who holds it is only for the message; the lock itself is what counts
    return lock


def _write_holder(fd: int) -> None:
    # Line 1: pid and host (what older versions read); line 2: what holds it.
    name = "".join(c for c in holder_name if c.isprintable())[:64]
    line = f"{os.getpid()} {_host_name()}\n{name}\n".encode()
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, line)


def _holder(path: Path) -> tuple[int | None, str | None, str | None]:
    """(pid, host, what) written by the holder, when it can be read."""
    try:
        with path.open("rb") as handle:
            text = handle.read(256).decode("utf-8", "replace")
    except OSError:
        return None, None, None
    lines = text.splitlines()
    parts = lines[0].split(None, 1) if text.strip() else []
    pid = int(parts[0]) if parts and parts[0].isdigit() and len(parts[0]) < 12 else None
    host = parts[1].strip() if len(parts) > 1 else ""
    host = "".join(c for c in host if c.isprintable())[:64] or None
    what = "".join(c for c in lines[1] if c.isprintable())[:64] if len(lines) > 1 else ""
    return pid, host, what or None


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt
    import socket  # only here: POSIX has os.uname, and socket costs a few ms of start-up

    def _host_name() -> str:
        return socket.gethostname()

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _host_name() -> str:
        return os.uname().nodename

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
