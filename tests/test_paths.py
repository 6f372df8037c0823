# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the program keeps its files: the XDG folders it reads itself are the ones platformdirs
gives (an existing user's journal and settings must stay where they were)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from secondop_desktop import paths

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the XDG folders are read directly on Linux")

CASES = [
    pytest.param({}, id="nothing set"),
    pytest.param({"XDG_CONFIG_HOME": "/srv/conf", "XDG_DATA_HOME": "/srv/data",
                  "XDG_STATE_HOME": "/srv/state", "XDG_CACHE_HOME": "/srv/cache"}, id="XDG set"),
    pytest.param({"XDG_CONFIG_HOME": "relative/conf", "XDG_DATA_HOME": "relative/data"},
                 id="relative XDG ignored"),
    pytest.param({"XDG_CONFIG_HOME": "", "XDG_DATA_HOME": ""}, id="empty XDG"),
]


@pytest.mark.parametrize("env", CASES)
def test_the_folders_are_the_ones_platformdirs_gives(env: dict[str, str], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert paths.config_dir() == Path(platformdirs.user_config_dir("SecondOp", appauthor=False))
    assert paths.data_dir() == Path(platformdirs.user_data_dir("SecondOp", appauthor=False))
    assert paths.cache_dir() == Path(platformdirs.user_cache_dir("SecondOp", appauthor=False))
    monkeypatch.delenv(paths.LOG_DIR_ENV, raising=False)
    assert paths.log_dir() == Path(platformdirs.user_log_dir("SecondOp", appauthor=False))


def test_a_home_that_is_not_absolute_is_left_to_platformdirs(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", "not/absolute")
    assert paths._xdg_dir("XDG_CONFIG_HOME", ".config") is None
    assert paths.config_dir() == Path(platformdirs.user_config_dir("SecondOp", appauthor=False))


def test_secondop_data_dir_moves_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path))
    assert paths.data_dir() == tmp_path
    assert paths.config_dir() == tmp_path / "config"
    assert paths.cache_dir() == tmp_path / "cache"


def test_the_log_folder_can_be_moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.delenv(paths.LOG_DIR_ENV, raising=False)
    assert paths.log_dir() == tmp_path / "data" / "logs"
    monkeypatch.setenv(paths.LOG_DIR_ENV, str(tmp_path / "logs"))
    assert paths.log_dir() == tmp_path / "logs"
