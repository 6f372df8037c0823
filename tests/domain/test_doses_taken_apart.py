# SPDX-License-Identifier: GPL-3.0-or-later
"""Doses that are not one amount to multiply. "One and a half tablets of 10 mg" had read as
half a 10 mg tablet (5 mg), "3 times" a plain 15 mg; "un comprimido y medio de 10 mg" as one
tablet and 10 mg. Doses on days of their own ("3 mg and 1 mg on alternate days") had been added
up as if taken together, "2 times" the other's 2 mg; and a day's doses at two times ("300 mg in
the morning and 600 mg at night") "3 times" the other's one dose three times a day, which is
the same 900 mg in a day."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Prednisolone one and a half tablets of 10 mg", "Prednisolone 15 mg"),
    ("Prednisolone 1 and a half tabs of 10 mg", "Prednisolone 15 mg"),
    ("Prednisolone 1½ tablets of 10 mg", "Prednisolone 15 mg"),
    ("Prednisolona un comprimido y medio de 10 mg", "Prednisolone 15 mg"),
    ("Prednisolona comprimido y medio de 10 mg", "Prednisolona 15 mg"),
    ("Prednisolona dos comprimidos y medio de 10 mg", "Prednisolone 25 mg"),
]))
def test_a_tablet_and_a_half_of_a_strength_is_its_amount(a: str, b: str) -> None:
    # (the tablets said make it one said more exactly, as "two 500 mg tablets" is)
    assert main_plans(a, b, "medication").status == "refined"


def test_a_tablet_and_a_half_against_another_amount_quotes_it() -> None:
    point = main_plans("Prednisolone one and a half tablets of 10 mg", "Prednisolone 10 mg",
                       "medication")
    assert point.detail == ("Dr Lee wrote 15 mg (milligrams), Dr Kim 10 mg (milligrams) (one is "
                            "1.5 times the other)")
    assert main_plans("Warfarin one and a half tablets", "Warfarin 1.5 tablets",
                      "medication").status == "same"


@pytest.mark.parametrize(("a", "b"), [
    ("Warfarin 3 mg and 1 mg alternate days", "Warfarin 2 mg daily"),
    ("Levothyroxine 100 mcg Mon-Fri, 50 mcg Sat-Sun", "Levothyroxine 100 micrograms daily"),
    ("Metformin 500 mg in the morning and 1 g at night", "Metformin 500 mg twice a day"),
])
def test_doses_not_taken_together_are_no_times_the_other(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y, "medication")
        assert point.status == "different"
        assert "times the other" not in point.detail


@pytest.mark.parametrize(("a", "b", "day"), [
    ("Gabapentin 300 mg in the morning and 600 mg at night",
     "Gabapentin 300 mg three times a day", "900 mg (milligrams)"),
    ("Metformin 1 g in the morning and 500 mg at night", "Metformin 750 mg twice a day",
     "1,500 mg (milligrams)"),
])
def test_a_days_doses_at_two_times_against_one_dose_say_the_same_day(
        a: str, b: str, day: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y, "medication")
        assert f"(the same in a day: {day})" in point.detail
        assert "times the other" not in point.detail


@pytest.mark.parametrize(("a", "b", "said"), [
    ("Aspirin half a tablet daily", "Aspirin one tablet daily",
     "Dr Lee wrote ½ tablet, Dr Kim 1 tablet"),
    ("Take one and a half tablets", "Take 2 tablets", "Dr Lee wrote 1½ tablets, Dr Kim 2 tablets"),
    ("A quarter of a tablet", "Half a tablet", "Dr Lee wrote ¼ tablet, Dr Kim ½ tablet"),
    ("Medio comprimido de enalapril", "Un comprimido de enalapril", "Dr Lee wrote ½ tablet"),
])
def test_part_of_a_tablet_is_quoted_as_a_fraction(a: str, b: str, said: str) -> None:
    # (fourteenth session) "Half a tablet" had been quoted "0.5 tablets", which neither wrote
    point = main_plans(a, b, "medication")
    assert said in point.detail and "0.5" not in point.detail
