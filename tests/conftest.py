# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared test set-up. Qt runs offscreen, and no test ever sees the user's real data folder."""

from __future__ import annotations

import os

# Before anything imports Qt: every GUI test draws offscreen, on any machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

from secondop_desktop.domain.demo import demo_case_file  # noqa: E402
from secondop_desktop.domain.model import Case  # noqa: E402
from secondop_desktop.resources import resource_path  # noqa: E402

# CI replays the same generated examples on every run (a failure there can be run again as it
# was); a developer's run keeps exploring new ones.
hypothesis_settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

_DEMO = demo_case_file("en")  # the English original, whatever the machine speaks


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
):
    """Point SecondOp's data and config folders at a fresh temporary folder for every test."""
    data = tmp_path_factory.mktemp("secondop-data")
    monkeypatch.setenv("SECONDOP_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "xdg-data"))
    yield data


@pytest.fixture(autouse=True)
def _window_words(request: pytest.FixtureRequest):
    """A test with a QApplication speaks as the app does after start-up: the catalog of the
    system's language installed (English has one too, for its plural forms: "1 opinion")."""
    if "qapp" in request.fixturenames:
        request.getfixturevalue("qapp")
        from secondop_desktop.ui import translations

        if not translations.installed():
            translations.install(None)
    yield


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
