# SPDX-License-Identifier: GPL-3.0-or-later
"""Backups made through SQLite, automatic backups, restore, and the journal's health check."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from secondop_desktop import paths
from secondop_desktop.domain.model import Case, Note
from secondop_desktop.store import backups, migrations
from secondop_desktop.store.journal import (
    Journal,
    JournalDamaged,
    JournalError,
    JournalTooNew,
    NotAJournal,
    latest_backup,
    restore_from,
)


def _cases_in(path: Path) -> set[str]:
    with Journal.open(path) as journal:
        return journal.case_ids()


def test_backup_to_is_complete_private_and_alone(
    journal_path: Path, tmp_path: Path, demo_case: Case
) -> None:
    dest = tmp_path / "elsewhere" / "copy.secondop-journal"
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        # Still open: the last save may sit in the -wal file; the backup must hold it anyway.
        assert journal.backup_to(dest) == dest
    assert not dest.with_name(dest.name + "-wal").exists()
    if os.name == "posix":
        assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    conn = sqlite3.connect(dest)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    with Journal.open(dest) as copy:
        assert copy.load_case(demo_case.id).to_dict() == demo_case.to_dict()
        assert copy.check() == []


def test_backup_over_the_journal_itself_is_refused(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal, pytest.raises(JournalError):
        journal.backup_to(journal_path)


def test_auto_backup_keeps_the_newest(journal_path: Path) -> None:
    made = []
    with Journal.open(journal_path) as journal:
        for n in range(5):
            journal.save_case(Case(title=f"Case {n}"))
            made.append(journal.auto_backup(keep=3))
    folder = paths.backup_dir(journal_path)
    left = sorted(folder.glob("*-auto.secondop-journal"))
    assert left == made[-3:]
    assert latest_backup(journal_path) == made[-1]
    assert Journal.latest_backup(journal_path) == made[-1]
    assert len(_cases_in(made[-1])) == 5
    assert len(_cases_in(made[-3])) == 3
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_no_backup_yet(journal_path: Path) -> None:
    assert latest_backup(journal_path) is None


def test_restore_round_trip_with_safety_copy(journal_path: Path, tmp_path: Path) -> None:
    first = Case(title="Before", notes=[Note(text="kept in the backup")])
    later = Case(title="After")
    backup = tmp_path / "saved.secondop-journal"
    with Journal.open(journal_path) as journal:
        journal.save_case(first)
        journal.backup_to(backup)
        journal.save_case(later)
        journal.delete_case(first.id)
    safety = restore_from(backup, journal_path)
    assert safety is not None and safety.parent == paths.backup_dir(journal_path)
    with Journal.open(journal_path) as journal:
        assert journal.case_ids() == {first.id}
        assert [h.object_id for h in journal.search("backup")] == [first.notes[0].id]
        assert journal.check() == []
    # The journal as it was before the restore can itself be restored.
    assert _cases_in(safety) == {later.id}
    assert latest_backup(journal_path) == safety
    Journal.restore_from(safety, journal_path)
    assert _cases_in(journal_path) == {later.id}


def test_restore_into_a_new_place(tmp_path: Path, journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        backup = journal.auto_backup()
    target = tmp_path / "new-computer" / "journal.secondop-journal"
    assert restore_from(backup, target) is None
    assert _cases_in(target) == {demo_case.id}


def test_restore_refuses_what_is_not_a_journal(journal_path: Path, tmp_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Mine"))
    before = journal_path.read_bytes()
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    with pytest.raises(JournalError, match="damaged"):
        restore_from(text, journal_path)
    with pytest.raises(NotAJournal):
        restore_from(other, journal_path)
    with pytest.raises(JournalError):
        restore_from(empty, journal_path)
    with pytest.raises(JournalError, match="no file"):
        restore_from(tmp_path / "missing.secondop-journal", journal_path)
    assert journal_path.read_bytes() == before
    assert latest_backup(journal_path) is None


def test_restore_refuses_a_newer_journal(journal_path: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.secondop-journal"
    with Journal.open(newer) as journal:
        journal.save_case(Case(title="From the future"))
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.commit()
    conn.close()
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Mine"))
    with pytest.raises(JournalTooNew):
        restore_from(newer, journal_path)
    assert len(_cases_in(journal_path)) == 1


def test_damaged_journal_offers_backup_and_restore_replaces_it(
    journal_path: Path, demo_case: Case
) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        backup = journal.auto_backup()
    journal_path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(JournalDamaged) as caught:
        Journal.open(journal_path)
    assert caught.value.backup == backup
    assert str(backup) in str(caught.value)
    moved = restore_from(backup, journal_path)
    assert moved is not None and moved.name.endswith("-damaged.secondop-journal")
    assert moved.read_bytes() == b"\x00garbage" * 1000
    # A damaged journal set aside is never offered as "the latest backup".
    assert latest_backup(journal_path) == backup
    with Journal.open(journal_path) as journal:
        assert journal.load_case(demo_case.id).to_dict() == demo_case.to_dict()


def test_check_healthy(journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        assert journal.check() == []
        journal.save_case(demo_case)
        journal.add_attachment(b"scan")
        assert journal.check() == []


def _tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (["DELETE FROM cases"], "belong to no case"),
        (["DROP TRIGGER search_index_ad", "DELETE FROM search_index WHERE kind = 'note'"],
         "out of step"),
        (["DELETE FROM search_index WHERE kind = 'answer'"], "search index is out of step"),
        (["UPDATE search_index SET text = 'other words' WHERE kind = 'case'"], "out of step"),
        (["UPDATE cases SET title = 'Not the title in the JSON'"], "case list"),
        (["PRAGMA user_version = 0"], "schema is 0"),
    ],
)
def test_check_finds_tampering(
    journal_path: Path, demo_case: Case, statements: list[str], expected: str
) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        _tamper(journal_path, *statements)
        problems = journal.check()
    assert any(expected in p for p in problems), problems
    assert "Restore the latest backup" in problems[-1]


def test_check_finds_a_damaged_page(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        for n in range(40):
            journal.save_case(Case(title=f"Filler {n}", concern="words " * 300))
    conn = sqlite3.connect(journal_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'cases_by_title'")
    page = root.fetchone()[0]
    conn.close()
    with Journal.open(journal_path) as journal:
        # The disk goes bad under an open journal, on an index page nothing has read yet.
        with journal_path.open("r+b") as handle:
            handle.seek((page - 1) * 4096 + 8)
            handle.write(bytes(range(256)) * 15)
        problems = journal.check()
    assert problems[0].startswith("The database file is damaged")
    assert "\n" not in problems[0]
    with pytest.raises(JournalDamaged, match="integrity check failed"):
        Journal.open(journal_path)


def test_restore_refused_while_the_journal_is_open(journal_path: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.secondop-journal"
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Open"))
        journal.backup_to(backup)
        with pytest.raises(JournalError, match="close it"):
            restore_from(backup, journal_path)
        assert journal.case_ids()
    assert restore_from(backup, journal_path) is not None


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backup_to_leaves_a_chosen_folder_alone(journal_path: Path, tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    os.chmod(documents, 0o755)
    with Journal.open(journal_path) as journal:
        journal.backup_to(documents / "my-journal.secondop-journal")
    assert stat.S_IMODE(documents.stat().st_mode) == 0o755
    assert stat.S_IMODE((documents / "my-journal.secondop-journal").stat().st_mode) == 0o600


def _autos(journal_path: Path) -> list[Path]:
    return sorted(paths.backup_dir(journal_path).glob("*-auto.secondop-journal"))


def test_backup_if_due_makes_one_then_waits(journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        first = journal.backup_if_due()
        assert first is not None and _autos(journal_path) == [first]
        assert journal.backup_if_due() is None
        assert journal.backup_if_due(min_hours=20.0) is None
        second = journal.backup_if_due(min_hours=0)
        assert second is not None and second != first
        assert _autos(journal_path) == [first, second]
    with Journal.open(second) as copy:
        assert copy.load_case(demo_case.id).to_dict() == demo_case.to_dict()
        assert copy.check() == []
    if os.name == "posix":
        assert stat.S_IMODE(second.stat().st_mode) == 0o600


def test_backup_if_due_keeps_only_the_newest(journal_path: Path) -> None:
    made = []
    with Journal.open(journal_path) as journal:
        for n in range(5):
            journal.save_case(Case(title=f"Case {n}"))
            made.append(journal.backup_if_due(min_hours=0, keep=3))
    assert _autos(journal_path) == made[-3:]
    assert len(_cases_in(made[-1])) == 5


def test_backup_if_due_counts_only_automatic_backups(journal_path: Path, tmp_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.backup_to(tmp_path / "mine.secondop-journal")
        journal.backup_to(backups.backup_path(journal_path, "before-restore"))
        assert journal.backup_if_due() is not None


def test_due_follows_the_age_of_the_newest_automatic_backup(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.auto_backup()
    newest = backups.newest_auto_time(journal_path)
    assert newest is not None
    assert not backups.is_due(journal_path, 20.0, now=newest + timedelta(hours=19))
    assert backups.is_due(journal_path, 20.0, now=newest + timedelta(hours=20, seconds=1))
    # The clock was set back a day: wait for nothing, back up now.
    assert backups.is_due(journal_path, 20.0, now=newest - timedelta(days=1))


def test_backup_if_due_from_a_worker_thread_while_saving(journal_path: Path) -> None:
    made: list[Path | None] = []
    failures: list[BaseException] = []
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="First"))

        def back_up() -> None:
            try:
                for _ in range(4):
                    made.append(journal.backup_if_due(min_hours=0, keep=10))
            except BaseException as exc:  # noqa: BLE001 - reported by the main thread
                failures.append(exc)

        worker = threading.Thread(target=back_up)
        worker.start()
        for n in range(40):
            journal.save_case(Case(title=f"Saved while backing up {n}", concern="words " * 50))
        worker.join(timeout=120)
        assert not worker.is_alive()
        assert journal.check() == []
    assert failures == []
    assert len(made) == 4 and all(p is not None for p in made)
    for backup in made:
        assert backup is not None
        with Journal.open(backup) as copy:
            assert copy.check() == []
            assert 1 <= len(copy.case_ids()) <= 41


def test_backup_if_due_uses_its_own_connection(journal_path: Path) -> None:
    """A save in progress on the journal's connection neither blocks the backup nor enters it."""
    saved = Case(title="Committed")
    pending = Case(title="Not yet committed")
    result: list[Path | None] = []
    with Journal.open(journal_path) as journal:
        journal.save_case(saved)
        # The window's thread is in the middle of a save: it holds the journal's lock and an
        # open write transaction on the journal's connection.
        with journal._lock, journal._transaction():
            journal._write_case(pending)
            worker = threading.Thread(target=lambda: result.append(journal.backup_if_due()))
            worker.start()
            worker.join(timeout=120)
            assert not worker.is_alive(), "the backup waited for the journal's own connection"
        assert journal.case_ids() == {saved.id, pending.id}
    assert result and result[0] is not None
    assert _cases_in(result[0]) == {saved.id}


def test_backup_if_due_on_a_closed_journal_says_so(journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    journal.close()
    with pytest.raises(JournalError, match="closed"):
        journal.backup_if_due()


def test_the_check_is_not_fooled_by_a_save_while_it_reads(journal_path: Path, demo_case: Case,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The window checks the journal on a thread while the user types: a save that lands
    between the check reading a case's texts and reading that case's search entries is a new
    version of both, not damage. (The check reads one snapshot of the file.)"""
    from secondop_desktop.store import health

    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
    writer = Journal.open(journal_path)
    real = Journal._expected_entries
    saved: list[bool] = []

    def save_meanwhile(self: Journal, only: str | None = None):  # noqa: ANN202
        entries = real(self, only)
        if self is not writer and not saved:  # the check has read the texts: the user saves
            edited = writer.load_case(demo_case.id)
            edited.title += " and what the surgeon said"
            edited.notes.append(Note(text="Asked about a second scan"))
            writer.save_case(edited)
            saved.append(True)
        return entries

    monkeypatch.setattr(Journal, "_expected_entries", save_meanwhile)
    try:
        assert health.full_check(journal_path) == []
    finally:
        writer.close()
    assert saved
