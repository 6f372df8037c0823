# SPDX-License-Identifier: GPL-3.0-or-later
"""Where SecondOp keeps its files. One place, so tests and portable use can move all of it."""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "SecondOp"
JOURNAL_FILE_NAME = "journal.secondop-journal"
DATA_DIR_ENV = "SECONDOP_DATA_DIR"


def data_dir() -> Path:
    """The folder that holds the journal: ``$SECONDOP_DATA_DIR`` if set, else the platform's."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # only here: a test or a portable set-up never needs it

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser() / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def default_journal_path() -> Path:
    return data_dir() / JOURNAL_FILE_NAME


def backup_dir(journal_path: Path) -> Path:
    """Automatic backups live beside the journal they protect, in a folder of their own."""
    return journal_path.parent / "backups"
