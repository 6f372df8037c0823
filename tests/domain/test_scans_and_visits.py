# SPDX-License-Identifier: GPL-3.0-or-later
"""A family's word for a test or a visit against the doctor's: "brain scan" against "MRI brain"
(an MRI, a CT, an ultrasound and a PET are kinds of scan), "scan of the tummy" against
"abdominal ultrasound", "keyhole surgery on the knee" against "knee arthroscopy" (keyhole
surgery on a joint, not a laparoscopy), "sleep test" against "polysomnography", "come back in
2 weeks" against "review in 2 weeks": each had differed."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Brain scan", "MRI brain"),
    ("Knee scan", "MRI of the knee"),
    ("Chest scan", "CT chest"),
    ("Scan of the tummy", "Abdominal ultrasound"),
    ("Repeat scan in 3 months", "Repeat MRI in 3 months"),
]))
def test_a_scan_is_refined_by_its_kind(a: str, b: str) -> None:
    assert main_plans(a, b).status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Keyhole surgery on the knee", "Knee arthroscopy"),
    ("Knee keyhole surgery", "Arthroscopy of the knee"),
    ("Keyhole surgery", "Laparoscopic surgery"),
    ("Sleep test", "Polysomnography"),
    ("Come back in 2 weeks", "Review in 2 weeks"),
    ("Vuelva a consulta en 2 semanas", "Follow-up in 2 weeks"),
]))
def test_a_familys_word_for_a_test_or_a_visit_is_the_doctors(a: str, b: str) -> None:
    assert main_plans(a, b).status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("MRI brain", "CT brain"),
    ("Brain scan", "CT chest"),
    ("Keyhole surgery on the shoulder", "Knee arthroscopy"),
    ("Come back in 2 weeks", "Review in 6 weeks"),
    ("Return to work in 2 weeks", "Review in 2 weeks"),
]))
def test_another_kind_place_or_time_still_differs(a: str, b: str) -> None:
    assert main_plans(a, b).status == "different"
