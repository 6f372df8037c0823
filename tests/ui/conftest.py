# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures the window's tests share: the user's language kept in the preferences; every
widget handed to ``qtbot`` deleted by Qt, never by Python's garbage collector."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6

from secondop_desktop.ui import settings, translations


@pytest.fixture(autouse=True)
def _widgets_deleted_by_qt(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """pytest-qt holds the widgets a test hands to ``qtbot.addWidget`` by weak reference, and
    closes and deletes them after the test. A test's window (a compare view shown on its own)
    usually sits in a reference cycle, so once the test has returned it waits for the garbage
    collector, which may reach it first; a compare view deleted by the collector crashes PySide
    (seen once in a full run, and every time with ``gc.collect()`` on a dropped top-level
    CompareView; never inside another widget, as the main window has it). So each one is kept
    here until pytest-qt has closed it, and whatever Qt has not deleted by then is deleted
    explicitly."""
    kept: list[Any] = []
    add = qtbot.addWidget

    def add_and_keep(widget: Any, *, before_close_func: Any = None) -> None:
        kept.append(widget)
        add(widget, before_close_func=before_close_func)

    monkeypatch.setattr(qtbot, "addWidget", add_and_keep)
    yield kept
    for widget in kept:
        if shiboken6.isValid(widget):
            shiboken6.delete(widget)
    kept.clear()


def _speaking(language: str) -> Iterator[str]:
    settings.put(settings.LANGUAGE, language)
    translations.install(language)
    yield language
    translations.install(None)


@pytest.fixture
def spanish() -> Iterator[str]:
    """The window as a Spanish speaker starts it: the language kept in the preferences."""
    yield from _speaking("es")


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The test once in English and once in Spanish."""
    yield from _speaking(request.param)
