# SPDX-License-Identifier: GPL-3.0-or-later
"""A diagnosis noted as what a test showed ("the scan showed arthritis in both knees") against
the diagnosis itself: the words saying how it was found are no part of what was found. "The
scan showed arthritis in both knees" against "bilateral knee osteoarthritis" had differed."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import diagnoses


@pytest.mark.parametrize(("a", "b", "status"), [
    ("The scan showed knee osteoarthritis", "knee osteoarthritis", "same"),
    ("MRI shows a torn meniscus", "meniscal tear", "same"),
    ("La resonancia muestra una rotura de menisco", "meniscal tear", "same"),
    ("the scan showed arthritis in both knees", "bilateral knee osteoarthritis", "refined"),
    ("Biopsy showed cancer", "benign", "different"),
    ("X-ray shows arthritis in the left knee", "right knee osteoarthritis", "different"),
])
def test_what_a_test_showed_is_the_diagnosis(a: str, b: str, status: str) -> None:
    assert diagnoses(a, b).status == status
    assert diagnoses(b, a).status == status

