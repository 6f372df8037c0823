# SPDX-License-Identifier: GPL-3.0-or-later
"""Where SecondOp keeps its files. One place, so tests and portable use can move all of it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "SecondOp"
JOURNAL_FILE_NAME = "journal.secondop-journal"
DATA_DIR_ENV = "SECONDOP_DATA_DIR"
LOG_DIR_ENV = "SECONDOP_LOG_DIR"


def _xdg_dir(variable: str, under_home: str) -> Path | None:
    """Our folder under ``$variable`` (or ``~/under_home``), as the XDG Base Directory spec
    places it on Linux and the BSDs, and as platformdirs gives it there (a test compares the
    two). Read here because importing platformdirs costs ~10 ms of the window's start. None
    where platformdirs must decide: other systems, Android, a home that is not absolute."""
    if sys.platform in ("win32", "darwin", "cygwin", "emscripten", "wasi", "ios") or (
            os.environ.get("ANDROID_DATA")):
        return None
    value = os.environ.get(variable, "")
    if os.path.isabs(value):
        return Path(value) / APP_DIR_NAME
    home = os.environ.get("HOME", "")
    if not os.path.isabs(home):
        return None
    return Path(home) / under_home / APP_DIR_NAME


def data_dir() -> Path:
    """The folder that holds the journal: ``$SECONDOP_DATA_DIR`` if set, else the platform's."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    xdg = _xdg_dir("XDG_DATA_HOME", ".local/share")
    if xdg is not None:
        return xdg
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser() / "config"
    xdg = _xdg_dir("XDG_CONFIG_HOME", ".config")
    if xdg is not None:
        return xdg
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def log_dir() -> Path:
    """Where the program's log goes: ``$SECONDOP_LOG_DIR``, else ``logs`` beside the journal when
    ``$SECONDOP_DATA_DIR`` moves everything, else platformdirs' user log folder (on Linux
    ``$XDG_STATE_HOME/SecondOp/log``, i.e. ``~/.local/state/SecondOp/log``)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    data = os.environ.get(DATA_DIR_ENV)
    if data:
        return Path(data).expanduser() / "logs"
    xdg = _xdg_dir("XDG_STATE_HOME", ".local/state")
    if xdg is not None:
        return xdg / "log"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def cache_dir() -> Path:
    """The user's cache folder for SecondOp (``cache`` under ``$SECONDOP_DATA_DIR``, else the
    platform's). It holds the style sheet's images (``ui/theme.Theme.image_files``). Versions
    before the shipped code index built it there (``ui/background.remove_old_code_index``
    clears what they left)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser() / "cache"
    xdg = _xdg_dir("XDG_CACHE_HOME", ".cache")
    if xdg is not None:
        return xdg
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))


def default_journal_path() -> Path:
    return data_dir() / JOURNAL_FILE_NAME


def backup_dir(journal_path: Path) -> Path:
    """Automatic backups live beside the journal they protect, in a folder of their own."""
    return journal_path.parent / "backups"
