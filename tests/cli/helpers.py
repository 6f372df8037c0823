# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs ``secondop`` as a user would: a separate process, its output and exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def secondop(*args: str | Path, cwd: Path | None = None,
             env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``env_extra``: variables to set for this run (``{"LANGUAGE": "es"}``)."""
    env = dict(os.environ)
    env.update(env_extra or {})
    env.pop("DISPLAY", None)  # the command line must never need a screen
    return subprocess.run(
        [sys.executable, "-m", "secondop_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
    )
