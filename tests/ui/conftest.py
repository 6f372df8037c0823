# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures the window's tests share: the user's language kept in the preferences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from secondop_desktop.ui import settings, translations


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
