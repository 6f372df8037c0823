# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts the window. Kept apart from the command line so that path never loads Qt."""

from __future__ import annotations

import gc
from pathlib import Path


def pause_collector() -> None:
    """Python's cyclic garbage collector rests until the window's first paint
    (``application.run`` sets it going again): the start makes about a hundred thousand
    objects that live as long as the program (modules, classes, PySide's enums), and the
    collector would walk them forty times over for nothing (~8 ms before the window shows)."""
    gc.disable()


def run_gui(journal_path: Path | None, demo: bool = False, open_file: Path | None = None) -> int:
    """The window; ``open_file`` is a case file to import and show once it is up."""
    pause_collector()
    from secondop_desktop.ui.application import run

    return run(journal_path, demo, open_file=open_file)
