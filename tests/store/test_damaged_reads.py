# SPDX-License-Identifier: GPL-3.0-or-later
"""Damaged journals meet the store: every read ends in ``JournalDamaged`` (or reads cleanly),
nothing is written, and a full disk is never called damage (issues 10 and 18)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from secondop_desktop.domain.model import Case
from secondop_desktop.store import preflight
from secondop_desktop.store.errors import DiskFull, JournalDamaged, JournalError, is_disk_full
from secondop_desktop.store.journal import Journal
from tests import damage


@pytest.fixture
def journal(journal_path: Path, demo_case: Case) -> Path:
    return damage.real_journal(journal_path, demo_case)


def _every_read(path: Path) -> None:
    """What the command line and the window read, in the order they read it."""
    with Journal.open(path, quick_check=False) as journal:
        for summary in journal.list_cases():
            journal.load_case(summary.id)
            journal.find_case(summary.id)
        journal.search("knee")
        journal.case_ids()


def _unchanged_after(path: Path, reading: object) -> None:
    before = path.read_bytes()
    with pytest.raises(JournalDamaged) as caught:
        reading(path)  # type: ignore[operator]
    assert "damaged" in str(caught.value) and "\n" not in str(caught.value)
    assert path.read_bytes() == before
    wal = path.with_name(path.name + "-wal")  # a reader may leave an empty one, never more
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize("keep", [0, 10, 99, 100, 4096, 4096 * 3, 4096 * 3 + 1000])
def test_a_file_cut_short_is_refused_and_left_alone(journal: Path, keep: int) -> None:
    with journal.open("r+b") as handle:
        handle.truncate(keep)
    _unchanged_after(journal, Journal.open)


def test_random_bytes_behind_a_valid_header_give_the_damaged_message(journal: Path) -> None:
    data = bytearray(journal.read_bytes())
    # The schema table's page (after the header) filled with bytes that are not UTF-8.
    data[100:4096] = bytes((n * 131 + 0x80) % 256 for n in range(3996))
    journal.write_bytes(bytes(data))
    _unchanged_after(journal, Journal.open)


def test_damaged_cell_pointers_in_the_case_list_never_come_back_as_rows(journal: Path) -> None:
    damage.damage_cell_pointers(journal, "cases")
    _unchanged_after(journal, _every_read)


def test_one_byte_changed_in_a_notes_json_is_damage_not_a_json_error(journal: Path) -> None:
    damage.flip_text(journal, b'"A note to find again number 0"', 0, b"x")
    assert preflight.quick_check(journal) is None  # SQLite sees nothing wrong
    _unchanged_after(journal, _every_read)
    with Journal.open(journal, quick_check=False) as opened:
        problems = opened.check()
    assert problems and "cannot be read" in problems[0]


def test_a_missing_title_is_damage(journal: Path) -> None:
    # What SQLite hands back from a damaged row: nothing where the window needs a text.
    conn = sqlite3.connect(journal)
    conn.execute("UPDATE cases SET data = json_set(data, '$.title', NULL)")
    conn.commit()
    conn.close()
    _unchanged_after(journal, _every_read)


def test_a_stored_date_that_is_not_text_is_damage(journal: Path) -> None:
    conn = sqlite3.connect(journal)
    conn.execute("UPDATE opinions SET data = json_set(data, '$.visit_date', 20261002)")
    conn.commit()
    conn.close()
    _unchanged_after(journal, _every_read)


def test_a_journal_without_its_tables_is_damaged_not_new(journal: Path) -> None:
    conn = sqlite3.connect(journal)
    conn.execute("DROP TABLE reviews")
    conn.commit()
    conn.close()
    _unchanged_after(journal, Journal.open)


def test_read_commands_do_not_read_the_whole_file_first(journal: Path) -> None:
    # Issue 13: `list` answers from the case list's pages alone. Damage elsewhere (the notes'
    # page zeroed) does not stop it; the full check finds it, and reading a case says so.
    size = damage.page_size(journal)
    data = bytearray(journal.read_bytes())
    start = (damage.root_page(journal, "notes") - 1) * size
    data[start:start + size] = bytes(size)
    journal.write_bytes(bytes(data))
    assert preflight.quick_check(journal) is not None
    with Journal.open(journal, quick_check=False) as opened:
        cases = opened.list_cases()
        assert len(cases) == 3
        with pytest.raises(JournalDamaged):
            opened.load_case(cases[0].id)


def test_a_full_disk_is_said_as_such_and_the_journal_stays_whole(
    journal: Path, tmp_path: Path
) -> None:
    # RLIMIT_FSIZE: the kernel refuses writes past the limit (EFBIG), as a full disk would.
    script = textwrap.dedent(
        f"""
        import resource, sys
        from pathlib import Path
        from secondop_desktop.store.journal import Journal
        path = Path({str(journal)!r})
        journal = Journal.open(path, quick_check=False)
        case = journal.load_case(journal.list_cases()[0].id)
        case.notes[0].text = "typed while the disk filled " * 40000
        limit = path.stat().st_size + 8192
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
        try:
            journal.save_case(case)
        except Exception as exc:
            print(type(exc).__name__, exc, sep="|")
        else:
            print("saved")
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    kind, _, message = done.stdout.strip().partition("|")
    assert kind == "DiskFull", done.stdout
    assert "disk is full" in message and "intact" in message and "damaged" not in message
    with Journal.open(journal) as reopened:  # with its quick check: sound
        assert reopened.check() == []
        assert len(reopened.list_cases()) == 3


def test_disk_full_errors_are_told_apart_from_damage() -> None:
    import errno

    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert is_disk_full(OSError(errno.EFBIG, "File too large"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert is_disk_full(sqlite3.OperationalError("database or disk is full"))
    assert not is_disk_full(sqlite3.DatabaseError("database disk image is malformed"))
    assert "damaged" not in str(DiskFull(Path("j")))


def test_a_backup_that_cannot_be_written_is_one_plain_error(journal: Path, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    with Journal.open(journal) as opened, pytest.raises(JournalError) as caught:
        opened.backup_to(not_a_folder / "backup.secondop-journal")
    assert "could not be made" in str(caught.value)
