# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts the window. Kept apart from the command line so that path never loads Qt."""

from __future__ import annotations

from pathlib import Path


def run_gui(journal_path: Path | None, demo: bool = False, open_file: Path | None = None) -> int:
    """The window; ``open_file`` is a case file to import and show once it is up."""
    from secondop_desktop.ui.application import run

    return run(journal_path, demo, open_file=open_file)
