# SPDX-License-Identifier: GPL-3.0-or-later
"""Not stopping a medicine is going on with it. "Do not stop aspirin" against "continue
aspirin" read as one doctor advising against what the other recommends, a disagreement the
two never had: the "not" was read as turning down the aspirin."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Do not stop aspirin", "continue aspirin"),
    ("Don't stop the aspirin", "keep taking aspirin"),
    ("Don’t stop the aspirin", "carry on with aspirin"),
    ("do not stop taking your aspirin", "continue aspirin"),
    ("must not come off the aspirin", "stay on aspirin"),
    ("no deje de tomar la aspirina", "continuar con la aspirina"),
    ("No suspenda la aspirina", "seguir tomando la aspirina"),
]))
def test_not_stopping_is_continuing(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Don't stop the aspirin", "stop the aspirin"),
    ("no deje de tomar la aspirina", "suspender la aspirina"),
]))
def test_not_stopping_against_stopping_is_one_turning_down_the_other(a: str, b: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status == "different"
    assert "one of them advises against, or not yet, what the other recommends" in (
        point.question)


def test_a_manner_of_stopping_is_no_continuing() -> None:
    # "do not stop it suddenly": taper it; not "continue" (nor the same as "stop")
    assert main_plans("Do not stop prednisolone suddenly", "continue prednisolone",
                      "medication").status != "same"
    assert main_plans("Do not stop prednisolone suddenly", "stop prednisolone",
                      "medication").status != "same"
