# SPDX-License-Identifier: GPL-3.0-or-later
"""Backups and the full check (issue 10.6): a copy that fails its check never becomes a backup,
so rotation never drops the latest good one; the full check never holds up a save."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from secondop_desktop.domain.model import Case
from secondop_desktop.store import backups, health
from secondop_desktop.store.journal import Journal
from tests import damage


@pytest.fixture
def journal(journal_path: Path, demo_case: Case) -> Path:
    return damage.real_journal(journal_path, demo_case)


def test_a_damaged_journal_never_pushes_a_good_backup_out(journal: Path) -> None:
    made = [backups.auto_backup_of_file(journal, keep=2) for _ in range(3)]
    kept = [p for _, reason, p in backups.list_backups(journal) if reason == "auto"]
    assert kept == made[1:]  # the oldest went: two kept
    damage.damage_cell_pointers(journal, "cases")
    with pytest.raises(sqlite3.DatabaseError):
        backups.auto_backup_of_file(journal, keep=2)
    after = [p for _, reason, p in backups.list_backups(journal) if reason == "auto"]
    assert after == kept, "a failed copy took a backup's place"
    assert backups.latest_good_backup(journal) == made[-1]
    assert not [p for p in made[-1].parent.iterdir() if p.name.endswith(".partial")]


def test_the_latest_good_backup_skips_damaged_ones(journal: Path) -> None:
    good = backups.auto_backup_of_file(journal)
    newer = backups.auto_backup_of_file(journal)
    damage.damage_cell_pointers(newer, "cases")  # damaged where it lies, after it was made
    assert backups.latest_backup(journal) == newer
    assert backups.latest_good_backup(journal) == good


def test_the_full_check_never_holds_up_a_save(
    journal: Path, demo_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    reading, release = threading.Event(), threading.Event()
    search_differs = health._search_differs

    def paused(*args: object) -> tuple[bool, int]:
        reading.set()
        release.wait(30)
        return search_differs(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(health, "_search_differs", paused)
    found: list[list[str]] = []
    check = threading.Thread(target=lambda: found.append(health.full_check(journal)))
    check.start()
    try:
        assert reading.wait(30)
        # Mid-check, a writer that will not wait a moment for a lock still writes.
        conn = sqlite3.connect(journal, timeout=0, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE cases SET updated_at = updated_at")
        conn.execute("COMMIT")
        conn.close()
        with Journal.open(journal, quick_check=False) as opened:
            demo_case.concern = "typed while the check ran"
            opened.save_case(demo_case)
    finally:
        release.set()
        check.join()
    assert found == [[]]
