# SPDX-License-Identifier: GPL-3.0-or-later
"""A course with no end said, for life ("lifelong", "indefinitely", "de por vida", "de forma
indefinida") or long term ("long-term", "a largo plazo"), against one of so many days. "Lifelong"
against "for 2 weeks" had differed with no words to say how; "indefinitely" and "de forma
indefinida" were not read as for life at all."""

from __future__ import annotations

import pytest

from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Prednisolone 5 mg daily lifelong", "Prednisolone 5 mg daily for 2 weeks",
     "how long: Dr Lee wrote for life, Dr Kim 2 weeks"),
    ("Prednisolone 5 mg daily long term", "Prednisolone 5 mg daily for 2 weeks",
     "how long: Dr Lee wrote long term, Dr Kim 2 weeks"),
    ("Clopidogrel 75 mg daily for 12 months", "Clopidogrel 75 mg daily lifelong",
     "how long: Dr Lee wrote 1 year, Dr Kim for life"),
    ("Clopidogrel 75 mg al día durante 12 meses", "Clopidogrel 75 mg al día de por vida",
     "how long: Dr Lee wrote 1 year, Dr Kim for life"),
])
def test_no_end_against_so_many_days_says_how_long(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)
    assert main_plans(b, a, "medication").status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Aspirin 75 mg daily indefinitely", "Aspirin 75 mg daily for life"),
    ("Aspirina 100 mg al día de forma indefinida", "Aspirin 100 mg daily lifelong"),
    ("Aspirina 100 mg al día para siempre", "Aspirin 100 mg daily lifelong"),
]))
def test_for_life_said_three_ways_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_how_long_in_spanish_words() -> None:
    with using("es"):
        point = main_plans("Clopidogrel 75 mg daily for 12 months",
                           "Clopidogrel 75 mg daily lifelong", "medication")
        assert "de por vida" in point.detail
