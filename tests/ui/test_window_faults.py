# SPDX-License-Identifier: GPL-3.0-or-later
"""The window on damaged journals, as a real process (issue 18.1, issue 10.6): it checks before
it reads, says "damaged" in plain words with the way back, exits cleanly (never a segmentation
fault), keeps the damaged file, and never backs a damaged file up."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from secondop_desktop.domain.model import Case
from secondop_desktop.store import backups
from tests import damage

ROOT = Path(__file__).resolve().parents[2]


def run_window(journal: Path, *options: str, timeout: int = 90) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path]),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "tests.ui.window_child", str(journal), *options],
                          capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)


def dialogs_of(done: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in done.stdout.splitlines() if line.startswith("DIALOG ")]


def assert_clean(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode >= 0, f"the window crashed (signal {-done.returncode}): {done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    assert "UNEXPECTED" not in done.stdout, done.stdout
    assert f"EXIT {done.returncode}" in done.stdout, done.stdout


@pytest.fixture
def journal(journal_path: Path, demo_case: Case) -> Path:
    return damage.real_journal(journal_path, demo_case)


def test_damaged_cell_pointers_give_the_damaged_message_not_a_crash(journal: Path) -> None:
    damaged = damage.damage_cell_pointers(journal, "cases")
    done = run_window(journal)
    assert_clean(done)
    assert done.returncode == 1
    told = dialogs_of(done)
    assert len(told) == 1 and "is damaged" in told[0] and "left exactly as it was" in told[0]
    assert journal.read_bytes() == damaged


def test_the_way_back_is_the_latest_good_backup_and_the_damaged_file_is_kept(
    journal: Path,
) -> None:
    with __import__("secondop_desktop.store.journal", fromlist=["Journal"]).Journal.open(
            journal) as opened:
        good = opened.auto_backup()
    damaged = damage.damage_cell_pointers(journal, "cases")
    done = run_window(journal, "--answer", "yes", "--settle")
    assert_clean(done)
    assert done.returncode == 0
    told = dialogs_of(done)
    assert "damaged" in told[0] and good.name in told[0]
    kept = [p for p in good.parent.iterdir() if p.name.endswith("-damaged.secondop-journal")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_damage_inside_a_case_found_when_it_is_read(journal: Path) -> None:
    # The case list reads fine; the case the window opens first does not.
    damaged = damage.flip_text(journal, b'"A note to find again number', 0, b"x")
    done = run_window(journal, "--settle")
    assert_clean(done)
    told = dialogs_of(done)
    assert told and "is damaged" in told[0], done.stdout
    assert journal.read_bytes() == damaged
    assert backups.latest_backup(journal) is None


def test_a_changed_letter_only_the_full_check_sees_is_never_backed_up(journal: Path) -> None:
    # One letter of a note changed: every row still reads; the search entries no longer match.
    damage.flip_text(journal, b"A note to find again number 2", 2, b"m")
    done = run_window(journal, "--settle")
    assert_clean(done)
    told = dialogs_of(done)
    assert told and "damaged" in told[0] and "search entries differ" in told[0], done.stdout
    assert backups.latest_backup(journal) is None, "a damaged file was backed up"


def test_a_sound_journal_is_backed_up_after_its_full_check(journal: Path) -> None:
    done = run_window(journal, "--settle")
    assert_clean(done)
    assert dialogs_of(done) == []
    made = backups.latest_backup(journal)
    assert made is not None and made.name.endswith("-auto.secondop-journal")


def test_an_empty_journal_file_is_refused_by_the_window(journal_path: Path) -> None:
    journal_path.touch()
    done = run_window(journal_path)
    assert_clean(done)
    assert done.returncode == 1 and "empty" in dialogs_of(done)[0]
    assert journal_path.read_bytes() == b""
    assert shutil.which("true")  # (nothing else: the file is left as it was)
