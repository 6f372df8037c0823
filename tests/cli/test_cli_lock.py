# SPDX-License-Identifier: GPL-3.0-or-later
"""While a window holds the journal, commands that write are refused and commands that read work."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from secondop_desktop.domain.model import Case
from secondop_desktop.store.casefile import write_case_file
from secondop_desktop.store.journal import Journal
from tests.cli.helpers import secondop
from tests.store.test_instance_lock import held_by_another_process

DEMO_TITLE = "Right knee pain: replacement or therapy?"
REFUSAL = (
    "secondop: This journal is already open in another SecondOp window (process {pid}"
)


@pytest.fixture
def loaded_journal(journal_path: Path, demo_file: Path) -> Path:
    result = secondop("import", demo_file, "--journal", journal_path)
    assert result.returncode == 0, result.stderr
    return journal_path


@pytest.fixture
def new_case_file(tmp_path: Path) -> tuple[Path, Case]:
    case = Case(title="A new case from the GP")
    path = tmp_path / "new.json"
    write_case_file(case, path, lambda digest: b"")
    return path, case


def _titles(journal_path: Path) -> list[str]:
    result = secondop("list", "--journal", journal_path)
    assert result.returncode == 0, result.stderr
    return sorted(line.split("\t")[1] for line in result.stdout.splitlines())


def _assert_refused(result: subprocess.CompletedProcess[str], pid: int) -> None:
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(REFUSAL.format(pid=pid))
    assert lines[0].endswith("Switch to that window, or close it and try again.")


def test_writes_refused_and_reads_work_while_a_window_has_the_journal(
    loaded_journal: Path, new_case_file: tuple[Path, Case], tmp_path: Path
) -> None:
    case_file, case = new_case_file
    backup = tmp_path / "copy.secondop-journal"
    with held_by_another_process(loaded_journal) as window:
        _assert_refused(secondop("import", case_file, "--journal", loaded_journal), window.pid)
        # Every command that only reads works beside the window.
        assert _titles(loaded_journal) == [DEMO_TITLE]
        for args in (
            ("search", "knee"),
            ("export", DEMO_TITLE, "-o", tmp_path / "knee.secondop"),
            ("compare", DEMO_TITLE),
            ("export-pdf", DEMO_TITLE, "-o", tmp_path / "knee.pdf"),
            ("check",),
            ("backup", "-o", backup),
        ):
            result = secondop(*args, "--journal", loaded_journal)
            assert result.returncode == 0, (args, result.stderr)
        _assert_refused(secondop("restore", backup, "--journal", loaded_journal), window.pid)
        assert _titles(loaded_journal) == [DEMO_TITLE]
    # The window closed: writing works again.
    result = secondop("import", case_file, "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    assert _titles(loaded_journal) == sorted([DEMO_TITLE, case.title])
    result = secondop("restore", backup, "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    assert _titles(loaded_journal) == [DEMO_TITLE]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_import_works_after_the_window_was_killed(
    loaded_journal: Path, new_case_file: tuple[Path, Case]
) -> None:
    case_file, case = new_case_file
    with held_by_another_process(loaded_journal) as window:
        _assert_refused(secondop("import", case_file, "--journal", loaded_journal), window.pid)
        window.kill()
        window.wait(timeout=60)
    result = secondop("import", case_file, "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    assert _titles(loaded_journal) == sorted([DEMO_TITLE, case.title])


def test_import_refused_while_this_machine_has_it_open_in_process(
    loaded_journal: Path, new_case_file: tuple[Path, Case]
) -> None:
    """The test process itself plays the window: the command, another process, is refused."""
    case_file, _ = new_case_file
    with Journal.open(loaded_journal, exclusive=True):
        _assert_refused(
            secondop("import", case_file, "--journal", loaded_journal), os.getpid()
        )
