# SPDX-License-Identifier: GPL-3.0-or-later
"""Where a medicine is put, with "into" or "onto": "steroid injection into the knee" is the
"steroid injection in the knee" of another doctor, "cream onto the rash" "cream on the rash".
Each had read as one doctor saying more ("into" is also a word that links two things whose
order counts, "bleeding into the brain", and stays one there)."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import terms
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Steroid injection into the knee", "Steroid injection in the knee"),
    ("Cream onto the rash twice a day", "Cream on the rash twice a day"),
    ("1 drop into each eye", "1 drop in both eyes"),
]))
def test_into_is_in(a: str, b: str) -> None:
    assert main_plans(a, b).status == "same"


def test_another_place_still_differs() -> None:
    assert main_plans("Steroid injection into the knee",
                      "Steroid injection in the shoulder").status == "different"
    point = main_plans("Steroid injection into the left knee",
                       "Steroid injection in the right knee")
    assert (point.status, point.detail) == (
        "different", "which side: Dr Lee wrote left, Dr Kim right")


def test_into_links_elsewhere() -> None:
    assert terms.canonical("bleeding into the brain") == "bleeding into the brain"
