# SPDX-License-Identifier: GPL-3.0-or-later
"""A liquid's volume against an amount of its medicine (6 December, eighth session):
"amoxicillin 5 ml three times a day" against "amoxicillin 250 mg three times a day", "Oramorph
5 mg" against "Oramorph 5 ml", "insulin 10 units" against "insulin 10 ml" differed with nothing
to say how. They still differ (two doses in two measures are never read as one:
test_doses_never_confused; one figure in mg and in mL is the slip of a unit a prescription is
checked for, and an insulin's 10 mL is a hundred times its 10 units), and the row now says
what each doctor wrote."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Amoxicillin 5 ml three times a day", "Amoxicillin 250 mg three times a day",
     "Dr Lee wrote 5 mL (millilitres), Dr Kim 250 mg (milligrams)"),
    ("Oramorph 5 mg every 4 hours as needed", "Oramorph 5 ml every 4 hours as needed",
     "Dr Lee wrote 5 mg (milligrams), Dr Kim 5 mL (millilitres)"),
    ("Buccal midazolam 10 ml", "Buccal midazolam 10 mg",
     "Dr Lee wrote 10 mL (millilitres), Dr Kim 10 mg (milligrams)"),
    ("Insulin 10 units at night", "Insulin 10 ml at night",
     "Dr Lee wrote 10 units, Dr Kim 10 mL (millilitres)"),
])
def test_a_volume_against_an_amount_differs_and_says_both(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)
    assert detail in point.question
    assert main_plans(b, a, "medication").status == "different"


def test_two_volumes_still_differ_by_how_much() -> None:
    point = main_plans("Lactulose 15 ml twice daily", "Lactulose 10 ml twice daily", "medication")
    assert point.status == "different" and "one is 1.5 times the other" in point.detail


@pytest.mark.parametrize(("a", "b", "status"), [
    # a suspension's strength written short (6 December, ninth session): "Amoxil 250/5 susp
    # 5 mL" is 250 mg in each 5 mL; it had read as 5 mL against the other's 250 mg
    ("Amoxicillin 250mg/5ml 5ml three times a day", "Amoxil 250/5 susp 5 mL TDS", "refined"),
    ("Calpol 120/5 5 ml every 6 hours", "Paracetamol 120 mg/5 ml 5 ml every 6 hours", "same"),
    ("Calpol 120/5 5 ml every 6 hours", "Paracetamol 120 mg every 6 hours", "same"),
])
def test_a_liquid_strength_written_short_is_its_amount_in_5_ml(a: str, b: str,
                                                                status: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y, "medication")
        assert (point.status, point.detail) == (status, ""), (x, y)


def test_a_product_of_two_strengths_is_no_liquid_strength() -> None:
    # "250/62" is co-amoxiclav's two medicines, "30/500" co-codamol's: read as before
    point = main_plans("Co-amoxiclav 250/62 suspension 5 ml TDS",
                       "Co-amoxiclav 125/31 suspension 5 ml TDS", "medication")
    assert point.status == "different"
    assert "250/62" in point.detail and "125/31" in point.detail


@pytest.mark.parametrize(("a", "b"), both_ways([
    # (seventeenth session) the spoon's 5 mL had been read as the dose: "Dr Kim 100 mg, one is
    # 2 times the other"
    ("ibuprofen 100mg/5ml, 2.5 ml three times a day",
     "Nurofen for Children 100 mg/5 mL, half a 5 ml spoon TID"),
    ("ibuprofen 100mg/5ml, 5 ml three times a day",
     "ibuprofen 100mg/5ml, one 5 ml spoonful three times a day"),
    ("paracetamol 120mg/5ml 10 ml four times a day",
     "paracetamol 120mg/5ml two 5 ml spoonfuls four times a day"),
]))
def test_so_many_measuring_spoons_are_their_millilitres(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_another_number_of_spoons_is_another_dose() -> None:
    point = main_plans("paracetamol 120mg/5ml 5 ml four times a day",
                       "paracetamol 120mg/5ml two 5 ml spoonfuls four times a day", "medication")
    assert point.status == "different"
    assert "240 mg" in point.detail
