# SPDX-License-Identifier: GPL-3.0-or-later
"""The config and log folders are private (0700) and their files 0600, whatever the umask
(issue 10.7): they name the last case opened and what went wrong."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from secondop_desktop import app_log, paths
from secondop_desktop.ui import settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_settings_and_log_files_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        settings.put(settings.LAST_CASE, "a-case-id")
        settings.put(settings.TEXT_SIZE, 125)
        log = app_log.start_log(tmp_path / "logs")
        app_log.logger.info("written")
    finally:
        app_log.stop_log()
        os.umask(old)
    folder = paths.config_dir()
    assert _mode(folder) == 0o700
    made = list(folder.iterdir())
    assert made and all(_mode(p) == 0o600 for p in made if p.is_file())
    assert _mode(log.parent) == 0o700 and _mode(log) == 0o600
