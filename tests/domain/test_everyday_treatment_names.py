# SPDX-License-Identifier: GPL-3.0-or-later
"""Treatments as a family writes them down: "anti-sickness tablets" is refined by the
antiemetic the doctor named, and "the morning after pill" is one kind of emergency
contraception. The first read as another plan (the table had no antiemetics), the second as
"the pill, then the morning" (its "after" was taken for the order of two treatments)."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import main_plans


@pytest.mark.parametrize(("broad", "named"), [
    ("anti-sickness tablets", "ondansetron 4 mg three times a day"),
    ("anti-sickness medicine", "metoclopramide 10 mg"),
    ("antiemetic", "cyclizine 50 mg"),
    ("emergency contraception", "the morning after pill"),
])
def test_a_kind_is_refined_by_the_one_named(broad: str, named: str) -> None:
    for a, b in ((broad, named), (named, broad)):
        assert main_plans(a, b, "medication").status == "refined", (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("ondansetron", "metoclopramide"),
    ("anti-sickness tablets", "painkillers"),
    ("the morning after pill", "copper coil"),
    ("chemotherapy after surgery", "chemotherapy before surgery"),
])
def test_two_treatments_stay_two(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "different"
    assert main_plans(b, a, "medication").status == "different"


def test_after_between_two_treatments_still_says_their_order() -> None:
    assert main_plans("chemo after the operation", "surgery then chemotherapy",
                      "other").status == "same"
