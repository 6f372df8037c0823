# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared test set-up. Qt runs offscreen, and no test ever sees the user's real data folder."""

from __future__ import annotations

import os

# Before anything imports Qt: every GUI test draws offscreen, on any machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from secondop_desktop.domain.demo import demo_case_file  # noqa: E402
from secondop_desktop.domain.model import Case  # noqa: E402
from secondop_desktop.resources import resource_path  # noqa: E402

_DEMO = demo_case_file()


@pytest.fixture(scope="session")
def _shared_cache_dir(tmp_path_factory: pytest.TempPathFactory):
    """One cache folder for the whole run: the ICD-10 index is built once, not once a test.

    A separate process starts building it at once, so the first test that compares two sibling
    codes (or drives the code look-up) rarely waits the several seconds a first build takes. A
    test that needs it sooner builds its own copy; the files are replaced atomically.
    """
    cache = tmp_path_factory.mktemp("secondop-cache")
    home = tmp_path_factory.mktemp("secondop-warmup")
    (home / "cache").symlink_to(cache, target_is_directory=True)
    builder = subprocess.Popen(
        [sys.executable, "-c",
         "from secondop_desktop.domain import icd10; icd10.warm_up(search=True)"],
        env={**os.environ, "SECONDOP_DATA_DIR": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    yield cache
    if builder.poll() is None:
        builder.kill()
    builder.wait()


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    _shared_cache_dir: Path,
):
    """Point SecondOp's data and config folders at a fresh temporary folder for every test."""
    data = tmp_path_factory.mktemp("secondop-data")
    (data / "cache").symlink_to(_shared_cache_dir, target_is_directory=True)
    monkeypatch.setenv("SECONDOP_DATA_DIR", str(data))
    # The window warms the ICD-10 index up in the background; tests that need it build it.
    monkeypatch.setenv("SECONDOP_NO_WARMUP", "1")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "xdg-data"))
    yield data


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    """Where a test's journal lives: always under the test's own tmp_path."""
    return tmp_path / "journal.secondop-journal"


@pytest.fixture
def demo_case() -> Case:
    """A fresh copy of the worked example (tests may change it freely)."""
    return copy.deepcopy(_DEMO.case)


@pytest.fixture
def demo_file() -> Path:
    return resource_path("demo", "knee-case.json")
