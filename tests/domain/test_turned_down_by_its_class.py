# SPDX-License-Identifier: GPL-3.0-or-later
"""A medicine turned down by its class (7 December, fourteenth session): "Do not start a
statin" against "Start atorvastatin 20 mg" had read as two treatments of another kind ("why
this treatment first?"), not as one doctor advising against what the other recommends."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.compare import MAJOR
from tests.domain.two_doctors import main_plans


@pytest.mark.parametrize(("a", "b"), [
    ("Do not start a statin", "Start atorvastatin 20 mg"),
    ("No beta blocker", "Bisoprolol 2.5 mg"),
    ("Avoid NSAIDs", "Ibuprofen 400 mg three times a day"),
    ("Stop the blood thinner", "Continue apixaban 5 mg twice daily"),
])
def test_a_class_turned_down_against_one_of_it_is_a_major_contradiction(a: str,
                                                                         b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y, "medication")
        assert (point.status, point.severity) == ("different", MAJOR), (x, y)
        assert "one of them advises against, or not yet, what the other recommends" in (
            point.question)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Statin", "Atorvastatin 20 mg", "refined"),  # the class made more exact
    ("Atorvastatin 20 mg", "Simvastatin 40 mg", "different"),  # two of one class
])
def test_a_class_and_its_members_otherwise_read_as_before(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y, "medication")
        assert point.status == status
        assert "advises against" not in point.question
