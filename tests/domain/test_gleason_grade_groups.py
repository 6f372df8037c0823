# SPDX-License-Identifier: GPL-3.0-or-later
"""A prostate cancer's grade group (ISUP 2014, WHO 2016) is a Gleason score: group 1 is 3+3=6,
group 2 is 3+4=7, group 3 is 4+3=7, group 4 is 8, so "Gleason 3+4" against "Grade Group 2" is one
grade and against "Grade Group 3" another. "ISUP grade" also grades a kidney cancer: read only
beside a prostate's words. Group 5 is 9 or 10: either score is group 5 said more exactly
(6 December, seventh session: "Gleason 9" against "grade group 5" had differed)."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import diagnoses


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Prostate cancer Gleason 3+4", "Prostate cancer Grade Group 2", "same"),
    ("Prostate cancer grade group 2", "Prostate cancer ISUP grade 2", "same"),
    ("Cáncer de próstata grupo de grado 2", "Prostate cancer Gleason 3+4=7", "same"),
    ("Prostate cancer Gleason 8", "Prostate cancer grade group 4", "same"),
    ("Prostate cancer Gleason 7", "Prostate cancer GG2", "refined"),
    ("Prostate cancer Gleason 4+3", "Prostate cancer Grade Group 2", "different"),
    ("Prostate cancer Gleason 7 (3+4)", "Prostate cancer ISUP grade group 3", "different"),
    ("Renal cell carcinoma ISUP grade 2", "Renal cell carcinoma ISUP grade 3", "different"),
    ("Prostate cancer, Gleason 9", "Prostate cancer, grade group 5", "refined"),
    ("Prostate cancer, Gleason 4+5=9", "Prostate cancer, ISUP grade group 5", "refined"),
    ("Prostate cancer, Gleason 10", "Prostate cancer, grade group 5", "refined"),
    ("Cáncer de próstata grupo de grado 5", "Prostate cancer, Gleason 9", "refined"),
    ("Prostate cancer, Gleason 9", "Prostate cancer, Gleason 10", "different"),
    ("Prostate cancer, Gleason 4+5", "Prostate cancer, Gleason 5+4", "different"),
    ("Prostate cancer Gleason 8", "Prostate cancer grade group 5", "different"),
    ("Prostate cancer grade group 4", "Prostate cancer grade group 5", "different"),
    ("Prostate cancer Gleason 9", "Prostate cancer Gleason 9 (4+5)", "refined"),
])
def test_a_grade_group_is_its_gleason_score(a: str, b: str, status: str) -> None:
    assert diagnoses(a, b).status == diagnoses(b, a).status == status
