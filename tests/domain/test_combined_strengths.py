# SPDX-License-Identifier: GPL-3.0-or-later
"""A strength of two medicines in one product: "co-codamol 30/500 mg", "co-amoxiclav 500/125
mg", "Sinemet 25/100 mg". Only the second number had been read as the dose, so "co-amoxiclav
500/125 mg" against "625 mg" (the same tablet by its total) said "125 mg against 625 mg (one
is 5 times the other)", and "30/500 mg" against "8/500 mg" differed with nothing to say how."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("text", "parts", "words"), [
    ("Co-codamol 30/500 mg", (30, 500), "30/500 mg (milligrams)"),
    ("Co-amoxiclav 500/125mg tds", (500, 125), "500/125 mg (milligrams)"),
    ("Sinemet 12.5/50 mg", (12.5, 50), "12.5/50 mg (milligrams)"),
])
def test_a_strength_of_two_is_read_whole(text: str, parts: tuple[float, ...],
                                         words: str) -> None:
    (dose,) = units.read(text).doses
    assert dose.parts == parts and dose.amount == sum(parts) and dose.words == words
    assert "/" not in units.without_facts(text)


@pytest.mark.parametrize("text", ["Amoxicillin 125 mg/5 ml", "Gentamicin 5 mg/kg",
                                  "Metformin 2000 mg/day"])
def test_a_strength_by_volume_weight_or_day_is_no_strength_of_two(text: str) -> None:
    assert not any(d.parts for d in units.read(text).doses)


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Co-amoxiclav 500/125 mg tds", "Co-amoxiclav 625 mg tds"),  # the tablet by its total
    ("Augmentin 625mg tds for 7 days", "co-amoxiclav 500/125 mg three times daily for one week"),
    ("Co-codamol 30/500 mg two tablets qds", "Co-codamol 30/500 mg 2 tablets four times a day"),
]))
def test_one_strength_of_two_said_two_ways_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Co-codamol 30/500 mg", "Co-codamol 8/500 mg",
     "Dr Lee wrote 30/500 mg (milligrams), Dr Kim 8/500 mg (milligrams)"),
    ("Co-codamol 30/500 mg two tablets qds", "Co-codamol 8/500 mg two tablets qds",
     "Dr Lee wrote 2 × 30/500 mg (milligrams), Dr Kim 2 × 8/500 mg (milligrams)"),
    ("Sinemet 25/100 mg tds", "Sinemet 12.5/50 mg tds",
     "Dr Lee wrote 25/100 mg (milligrams), Dr Kim 12.5/50 mg (milligrams) (one is 2 times the "
     "other)"),
    # one part alone is as often the one medicine alone as the product: another dose
    ("Augmentin 875 mg bd", "Co-amoxiclav 875/125 mg bd",
     "Dr Lee wrote 875 mg (milligrams), Dr Kim 875/125 mg (milligrams)"),
    # the same total in other parts is another product
    ("Co-codamol 30/500 mg", "Co-codamol 15/515 mg",
     "Dr Lee wrote 30/500 mg (milligrams), Dr Kim 15/515 mg (milligrams)"),
])
def test_another_strength_of_two_differs_and_says_how(a: str, b: str, detail: str) -> None:
    for x, y, said in ((a, b, detail), (b, a, None)):
        point = main_plans(x, y, "medication")
        assert point.status == "different"
        if said:
            assert point.detail == said


@pytest.mark.parametrize(("a", "b"), [
    ("Amoxicillin 500 mg three times daily for 7 days",
     "Co-amoxiclav 500/125 mg three times daily for 7 days"),
    ("Subutex 8 mg sublingual daily", "Suboxone 8/2 mg sublingual daily"),
])
def test_one_medicine_alone_against_a_product_of_two_stays_apart(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "different"
    assert main_plans(b, a, "medication").status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # a product of two named with its strength but no unit, as a prescription names it (6
    # December, eighth session): "30/500" had stayed words, so against "30/500 mg" the two
    # differed with nothing to say how
    ("Co-codamol 30/500 two tablets QDS", "Co-codamol 30/500mg 2 tabs four times a day"),
    ("Co-amoxiclav 500/125 three times a day for 5 days", "Co-amoxiclav 625 mg TDS for 5 days"),
    ("Sinemet 25/100 three times a day", "Co-careldopa 25/100 mg TDS"),
]))
def test_a_strength_of_two_without_its_unit_is_in_milligrams(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_a_strength_of_two_without_its_unit_still_differs_from_another() -> None:
    point = main_plans("Co-codamol 30/500", "Co-codamol 8/500", "medication")
    assert (point.status, point.detail) == (
        "different", "Dr Lee wrote 30/500 mg (milligrams), Dr Kim 8/500 mg (milligrams)")
    # a ratio after any other word is no strength ("7/7" is a week, "20/40" an eye's sight)
    assert not units.read("Amoxicillin 7/7").doses


def test_so_many_of_one_strength_against_it_once_may_be_the_same() -> None:
    # "two co-codamol 30/500" is not read as two tablets: the count is asked, not guessed
    point = main_plans("Co-codamol 30/500 2 tabs QDS PRN",
                       "two co-codamol 30/500 up to four times a day if needed", "medication")
    assert (point.status, point.detail) == (
        "maybe_same", "Dr Lee wrote 2 × 30/500 mg (milligrams), Dr Kim 30/500 mg (milligrams)")


@pytest.mark.parametrize(("a", "b"), both_ways([
    # the unit written twice ("30 mg/500 mg") had read as two doses, 30 mg + 500 mg
    ("co-codamol 30/500 two tablets qds", "co-codamol 30 mg/500 mg 2 tablets four times a day"),
    ("co-amoxiclav 500 mg/125 mg tds", "co-amoxiclav 625 mg tds"),
]))
def test_a_strength_of_two_with_its_unit_twice_is_that_strength(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_a_strength_by_volume_with_a_unit_each_side_stays_a_liquid() -> None:
    (dose,) = [d for d in units.read("amoxicillin 250 mg/5 ml").doses if d.dimension == "mass"]
    assert not dose.parts
