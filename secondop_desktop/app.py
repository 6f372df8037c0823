# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts the window. Kept apart from the command line so that path never loads Qt."""

from __future__ import annotations

from pathlib import Path


def run_gui(journal_path: Path | None, demo: bool = False) -> int:
    from secondop_desktop.ui.application import run

    return run(journal_path, demo)
