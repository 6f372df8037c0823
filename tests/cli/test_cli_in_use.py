# SPDX-License-Identifier: GPL-3.0-or-later
"""The "in use" message names what holds the journal: a window, or which command, with its
process and host (issue 10.7)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from secondop_desktop.domain.model import Case
from secondop_desktop.store import instance_lock
from secondop_desktop.store.errors import JournalInUse
from secondop_desktop.store.journal import Journal
from tests.cli.helpers import secondop


def test_a_journal_held_by_a_command_names_the_command(
    journal_path: Path, demo_case: Case, tmp_path: Path
) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
    # Another process holds the lock as `secondop import` would.
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from secondop_desktop.store import instance_lock
            instance_lock.holder_name = "secondop import"
            lock = instance_lock.acquire({str(journal_path)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        backup = tmp_path / "backup.secondop-journal"
        with Journal.open(journal_path) as journal:  # readers take no lock
            journal.backup_to(backup)
        result = secondop("restore", backup, "--journal", journal_path)
        assert result.returncode == 1
        assert f"in use by the command “secondop import” (process {holder.pid}" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def test_the_message_for_a_window_is_unchanged() -> None:
    message = str(JournalInUse(Path("j"), 42, "laptop", instance_lock.WINDOW))
    assert message.startswith("This journal is already open in another SecondOp window "
                              "(process 42 on laptop)")
