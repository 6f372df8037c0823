# SPDX-License-Identifier: GPL-3.0-or-later
"""One running SecondOp per journal: the exclusive open, its lock file, and who is refused."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from secondop_desktop.domain.model import Case
from secondop_desktop.store import instance_lock
from secondop_desktop.store.journal import Journal, JournalError, JournalInUse, restore_from

# A stand-in for the window: holds the journal open exclusively until its stdin is closed.
_HOLDER = """
import sys
from pathlib import Path
from secondop_desktop.store.journal import Journal
journal = Journal.open(Path(sys.argv[1]), exclusive=True)
print("ready", flush=True)
sys.stdin.read()
journal.close()
"""


@contextmanager
def held_by_another_process(journal_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A separate process with the journal open exclusively, ready when this yields.

    Leaving the block closes its stdin (it then closes the journal and exits) unless the test
    already ended it, for example with ``kill()``.
    """
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(journal_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline().strip() == "ready", "the holder process did not start"
        yield proc
    finally:
        if proc.poll() is None and proc.stdin is not None:
            proc.stdin.close()
        proc.wait(timeout=60)


def test_exclusive_open_makes_a_private_lock_file_naming_the_holder(journal_path: Path) -> None:
    with Journal.open(journal_path, exclusive=True):
        lock = journal_path.with_name(journal_path.name + ".lock")
        assert lock.is_file()
        assert instance_lock.lock_path(journal_path) == lock.resolve()
        first, what = lock.read_text().splitlines()
        assert first.split() == [str(os.getpid()), socket.gethostname()]
        assert what == "window"
        if os.name == "posix":
            assert stat.S_IMODE(lock.stat().st_mode) == 0o600


def test_second_exclusive_open_in_the_same_process_is_refused(
    journal_path: Path, demo_case: Case
) -> None:
    with Journal.open(journal_path, exclusive=True) as first:
        first.save_case(demo_case)
        with pytest.raises(JournalInUse) as caught:
            Journal.open(journal_path, exclusive=True)
        message = str(caught.value)
        assert message.startswith("This journal is already open in another SecondOp window")
        assert "Switch to that window, or close it and try again." in message
        assert f"process {os.getpid()}" in message and "\n" not in message
        assert isinstance(caught.value, JournalError)
        # The refused open took nothing away from the one that holds the journal.
        assert first.case_ids() == {demo_case.id}
        # Readers take no lock.
        with Journal.open(journal_path) as reader:
            assert reader.case_ids() == {demo_case.id}
    with Journal.open(journal_path, exclusive=True) as again:
        assert again.case_ids() == {demo_case.id}


@pytest.mark.skipif(os.name != "posix", reason="flock is POSIX")
def test_the_os_lock_itself_conflicts_within_one_process(journal_path: Path) -> None:
    """flock belongs to the open file description: a second open() in this process conflicts."""
    import fcntl

    held = instance_lock.acquire(journal_path)
    try:
        fd = os.open(held.path, os.O_RDWR)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)
        # Without the process's own record of held locks, the OS lock alone still refuses.
        instance_lock._HELD.discard(held.path)
        with pytest.raises(JournalInUse):
            instance_lock.acquire(journal_path)
        instance_lock._HELD.add(held.path)
    finally:
        held.release()
    instance_lock.acquire(journal_path).release()


def test_refused_open_touches_nothing(journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
    before = journal_path.read_bytes()
    mtime = journal_path.stat().st_mtime_ns
    with instance_lock.acquire(journal_path) as held:
        lock_text = held.path.read_bytes()
        with pytest.raises(JournalInUse):
            Journal.open(journal_path, exclusive=True)
        assert held.path.read_bytes() == lock_text
    assert journal_path.read_bytes() == before
    assert journal_path.stat().st_mtime_ns == mtime
    for suffix in ("-wal", "-shm"):
        assert not journal_path.with_name(journal_path.name + suffix).exists()


def test_a_failed_exclusive_open_lets_go_of_the_lock(journal_path: Path) -> None:
    journal_path.write_bytes(b"not a database at all" * 10)
    with pytest.raises(JournalError):
        Journal.open(journal_path, exclusive=True)
    instance_lock.acquire(journal_path).release()


def test_another_process_holding_the_journal_refuses_us(journal_path: Path) -> None:
    with held_by_another_process(journal_path) as holder:
        with pytest.raises(JournalInUse, match=f"process {holder.pid}"):
            Journal.open(journal_path, exclusive=True)
        with Journal.open(journal_path) as reader:
            assert reader.case_ids() == set()
    with Journal.open(journal_path, exclusive=True) as journal:
        journal.save_case(Case(title="Mine now"))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_holder_leaves_no_stale_lock(journal_path: Path) -> None:
    with held_by_another_process(journal_path) as holder:
        holder.kill()
        holder.wait(timeout=60)
    assert journal_path.with_name(journal_path.name + ".lock").exists()
    with Journal.open(journal_path, exclusive=True) as journal:
        journal.save_case(Case(title="After the crash"))
        assert len(journal.case_ids()) == 1


def test_restore_refused_while_another_process_holds_the_journal(
    journal_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "b.secondop-journal"
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="In the backup"))
        journal.backup_to(backup)
        journal.save_case(Case(title="Only in the journal"))
    with held_by_another_process(journal_path):
        with pytest.raises(JournalInUse):
            restore_from(backup, journal_path)
        with Journal.open(journal_path) as reader:
            assert len(reader.case_ids()) == 2
    assert restore_from(backup, journal_path) is not None
    with Journal.open(journal_path) as journal:
        assert len(journal.case_ids()) == 1


def test_restore_holds_the_lock_while_it_works_and_lets_go(
    journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secondop_desktop.store import restore

    backup = tmp_path / "b.secondop-journal"
    with Journal.open(journal_path) as journal:
        journal.backup_to(backup)
    real = restore.restore_from
    seen = []

    def watching(source: Path, target: Path) -> Path | None:
        # A window opening now would see a half-replaced file: it must be refused.
        with pytest.raises(JournalInUse):
            Journal.open(target, exclusive=True)
        seen.append(target)
        return real(source, target)

    monkeypatch.setattr(restore, "restore_from", watching)
    restore_from(backup, journal_path)
    assert seen == [journal_path]
    with Journal.open(journal_path, exclusive=True):
        pass


def test_an_upgrade_waits_for_no_window_but_is_refused_beside_one(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader that would upgrade the schema writes: never under a window holding the journal."""
    from secondop_desktop.store import migrations

    with Journal.open(journal_path):
        pass
    upgrades: list[int] = []
    real_pending = migrations.pending
    monkeypatch.setattr(
        migrations, "pending", lambda current, *a: ["pretend step"] if current else real_pending(0)
    )
    monkeypatch.setattr(
        Journal, "_migrate_steps", lambda self, steps, current: upgrades.append(current)
    )
    with instance_lock.acquire(journal_path):
        with pytest.raises(JournalInUse):
            Journal.open(journal_path)
        assert upgrades == []
    with Journal.open(journal_path):
        assert upgrades == [migrations.latest_version()]
