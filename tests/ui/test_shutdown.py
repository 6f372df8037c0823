# SPDX-License-Identifier: GPL-3.0-or-later
"""Logging out with the window open (issue 10.5): SIGTERM or SIGHUP saves what was typed at once,
then quits. A real process: type, then the signal well before the autosave would have run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from secondop_desktop.domain.model import Case
from secondop_desktop.store.journal import Journal

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_within_the_autosave_delay_saves_what_was_typed(
    journal_path: Path, demo_case: Case, number: signal.Signals
) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path]),
           "QT_QPA_PLATFORM": "offscreen"}
    # An autosave delay of ten minutes: only the signal's own save can put the words in.
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.window_child", str(journal_path),
         "--type", " before logging out", "--autosave-ms", "600000"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("TYPED"):
                break
        else:
            pytest.fail(f"the window never typed: {child.stderr.read() if child.stderr else ''}")
        child.send_signal(number)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err
    assert "Traceback" not in err and "DIALOG" not in out
    with Journal.open(journal_path) as journal:
        assert journal.load_case(demo_case.id).title == demo_case.title + " before logging out"
