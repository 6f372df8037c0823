# SPDX-License-Identifier: GPL-3.0-or-later
"""Operations and procedures in a family's words against a letter's (7 December, thirteenth
session): each "same" and "more exact" pair had read as two different plans."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Keyhole knee surgery", "Knee arthroscopy"),
    ("Key hole knee surgery", "Knee arthroscopy"),
    ("Camera up the bottom", "Colonoscopy"),
    ("Cardiac ablation", "Heart ablation"),
]))
def test_the_same_operation_in_other_words(a: str, b: str) -> None:
    assert main_plans(a, b, "procedure").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Heart ablation", "Catheter ablation for AF"),
    ("Prostate op", "TURP"),
    ("Prostate surgery", "Radical prostatectomy"),
]))
def test_a_broad_name_made_exact(a: str, b: str) -> None:
    assert main_plans(a, b, "procedure").status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("TURP", "Radical prostatectomy"),
    ("Keyhole left knee op", "Right knee arthroscopy"),
    ("Camera up the bottom", "Camera down the throat"),
]))
def test_other_operations_still_differ(a: str, b: str) -> None:
    assert main_plans(a, b, "procedure").status == "different"
