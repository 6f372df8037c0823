# SPDX-License-Identifier: GPL-3.0-or-later
"""A test's reading as a family hears it against the report's words: "X-ray: no break" against
"X-ray: no fracture" had differed ("break" alone stays an everyday word: "take a break")."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.model import Case, Evidence, Opinion, Physician


def _read(a: str, b: str) -> list[str]:
    lee = Opinion(physician=Physician(name="Dr Ann Lee"),
                  evidence=[Evidence(title="X-ray wrist", interpretation=a)])
    kim = Opinion(physician=Physician(name="Dr Bo Kim"),
                  evidence=[Evidence(title="X-ray wrist", interpretation=b)])
    result = compare_opinions(Case(title="t", opinions=[lee, kim]), lee.id, kim.id)
    return [p.status for p in result.points if p.topic == "evidence"]


@pytest.mark.parametrize(("a", "b", "status"), [
    ("no break", "no fracture", "same"),
    ("Nothing broken", "no fracture seen", "same"),
    ("No breaks", "No fracture", "same"),
    ("nada roto", "sin fractura", "same"),
    ("no break", "fracture of the distal radius", "different"),
])
def test_an_x_ray_read_in_everyday_words(a: str, b: str, status: str) -> None:
    assert _read(a, b) == _read(b, a) == [status]
