# SPDX-License-Identifier: GPL-3.0-or-later
"""Machine instructions a process runs, counted by valgrind's callgrind: unlike the clocks, the
same figure on a busy machine as on a quiet one (a count is one run, ~50 times slower than the
process itself). Used by the benches' ``--instructions``."""

from __future__ import annotations

import shutil
import subprocess


def count_instructions(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    """(instructions, what the process printed) for ``command`` run once under callgrind."""
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind (Debian: apt-get install valgrind)")
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        env=env, capture_output=True, text=True, check=False)
    counted = [line for line in result.stderr.splitlines() if "Collected :" in line]
    if not counted:
        raise SystemExit(f"callgrind counted nothing: {result.stderr[-500:]}")
    return int(counted[-1].rsplit(":", 1)[1].strip()), result.stdout
