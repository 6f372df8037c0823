# SPDX-License-Identifier: GPL-3.0-or-later
"""A test's reading as a family hears it against the report's words: "X-ray: no break" against
"X-ray: no fracture" had differed ("break" alone stays an everyday word: "take a break")."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import cited


def _read(a: str, b: str) -> list[str]:
    return [p.status for p in cited(("X-ray wrist", a), ("X-ray wrist", b))]


@pytest.mark.parametrize(("a", "b", "status"), [
    ("no break", "no fracture", "same"),
    ("Nothing broken", "no fracture seen", "same"),
    ("No breaks", "No fracture", "same"),
    ("nada roto", "sin fractura", "same"),
    ("no break", "fracture of the distal radius", "different"),
])
def test_an_x_ray_read_in_everyday_words(a: str, b: str, status: str) -> None:
    assert _read(a, b) == _read(b, a) == [status]
