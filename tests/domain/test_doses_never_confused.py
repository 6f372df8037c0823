# SPDX-License-Identifier: GPL-3.0-or-later
"""A dose, however it is written: two amounts that are not one never read as the same plan,
and one amount written two ways reads as one. A dose in Spanish words ("cien microgramos", "un
gramo") or as a half ("half a gram", "medio gramo") had read as no dose at all, and so against
any other dose as the same made more exact: "levothyroxine cien microgramos" against
"levothyroxine 100 mg"."""

from __future__ import annotations

import itertools

import pytest

from secondop_desktop.domain import units
from secondop_desktop.domain.comparison import Point
from tests.domain.two_doctors import main_plans, read_apart, read_as_one

DOSES: dict[str, tuple[str, ...]] = {
    "100 mcg": ("100 mcg", "100 micrograms", "100 µg", "100 ug", "0.1 mg", "0.1 milligrams",
                "100mcg", "cien microgramos", "100 microgramos"),
    "100 mg": ("100 mg", "100mg", "0.1 g", "100 milligrams", "cien miligramos",
               "100 miligramos"),
    "1 g": ("1 g", "1000 mg", "1 gram", "1 gm", "1g", "un gramo", "1000mg"),
    "1 mg": ("1 mg", "1mg", "1000 mcg", "1 milligram", "un miligramo"),
    "500 mg": ("500 mg", "0.5 g", "half a gram", "500 milligrams", "500mg", "medio gramo"),
    "5 mg": ("5 mg", "5mg", "5 milligrams", "cinco miligramos", "5.0 mg"),
    "50 mg": ("50 mg", "50mg", "fifty mg", "cincuenta mg"),
    "0.5 mg": ("0.5 mg", "half a milligram", "500 mcg", "0.5mg", ".5 mg"),
    "10 units": ("10 units", "10 IU", "10 U", "diez unidades", "ten units"),
    "10 mg": ("10 mg", "10mg", "ten mg", "diez mg"),
    "10 mL": ("10 ml", "10 mL", "2 teaspoons", "10 cc", "10 millilitres"),
    "5 mL": ("5 ml", "1 teaspoon", "5 cc", "one teaspoon", "una cucharadita"),
}


def _said(dose: str) -> str:
    return f"Levothyroxine {dose} daily"


def _compared(a: str, b: str) -> Point:
    return main_plans(_said(a), _said(b), "medication")


@pytest.mark.parametrize(("one", "other"), list(itertools.combinations(DOSES, 2)))
def test_two_doses_never_read_as_one(one: str, other: str) -> None:
    assert not read_as_one(DOSES[one], DOSES[other], _compared)


@pytest.mark.parametrize("dose", list(DOSES))
def test_one_dose_written_two_ways_is_the_same(dose: str) -> None:
    assert not read_apart(DOSES[dose], _compared)


def test_a_figure_grouped_by_a_writer_not_known_is_asked() -> None:
    # "1,000 mg" is a thousand milligrams, or one, for a writer who groups with a point:
    # asked, never taken as either
    for other in ("1 mg", "1000 mg"):
        assert _compared("1,000 mg", other).status == "maybe_same"


@pytest.mark.parametrize("said", ["Levothyroxine a few mg daily", "Insulin dose in ml as advised"])
def test_a_unit_with_no_amount_read_is_a_dose_no_fact_stands_for(said: str) -> None:
    assert units.read(said).unread_dose
    other = said.replace("a few", "100").replace("dose in ml as advised", "10 ml")
    assert not units.facts_agree(said, other) and not units.same_facts(said, other)


@pytest.mark.parametrize("said", [
    "transfuse if Hb below 7 g/dL", "Levothyroxine 100 mcg daily", "2 x 500 mg",
    "Paracetamol 120 mg/5 ml, 5 ml qds", "Dalsy 20 mg/ml, 5 ml cada 8 horas",
    "Intensive care unit", "Stroke units"])
def test_an_amount_read_or_a_concentration_is_no_unread_dose(said: str) -> None:
    assert not units.read(said).unread_dose
