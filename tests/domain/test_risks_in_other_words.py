# SPDX-License-Identifier: GPL-3.0-or-later
"""A treatment's risks in a family's words against a letter's (7 December, thirteenth session):
"risk of nerve damage" against "nerve injury", "a small risk of bleeding" against "bleeding
(rare)" had read as two doctors naming different risks."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, risks


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Risk of nerve damage", "Nerve injury"),
    ("Small risk of bleeding", "Bleeding (rare)"),
    ("Blood clots", "Thrombosis"),
    ("Infection, blood clots", "Thrombosis and infection"),
    ("Risk of dying", "Risk of death"),
    ("Bleeding", "Haemorrhage"),
    ("Scarring, numbness", "Scar and loss of feeling"),
    ("Sangrado, infección", "Infection and bleeding"),
    ("Low risk of infection", "Infection (uncommon)"),
    ("Pequeño riesgo de sangrado", "Bleeding (rare)"),
]))
def test_the_same_risks_in_other_words(a: str, b: str) -> None:
    assert risks(a, b).status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Small risk of bleeding", "Bleeding (common)"),  # how often, said otherwise
    ("Risk of bleeding", "Rare risk of bleeding"),  # how often, said by one
    ("Blood clots", "DVT"),  # one kind of clot, named by one
    ("Stiffness", "Infection"),
    ("Infection", "Infection, bleeding"),
    # "small", "low" and "high" say how often only before a risk or a chance
    ("Small bowel obstruction", "Bowel obstruction (rare)"),
    ("Common peroneal nerve damage", "Peroneal nerve injury"),
]))
def test_other_risks_still_differ(a: str, b: str) -> None:
    assert risks(a, b).status == "different"


def test_a_risk_named_in_other_words_is_not_said_to_be_named_by_one() -> None:
    point = risks("Nerve damage, infection", "Infection, nerve injury, stroke")
    assert point.detail == "Dr Kim also names stroke"


@pytest.mark.parametrize(("a", "b"), [
    # side effects as a family notes them (fourteenth session): each had differed
    ("Feeling sick", "Nausea"),
    ("Being sick", "Vomiting"),
    ("Tiredness", "Fatigue"),
    ("Loss of fertility", "Infertility"),
    ("Leaking bladder", "Urinary incontinence"),
    ("Wound infection", "Surgical site infection"),
    # with an apostrophe, as typed (fifteenth session): "can't" had parted the name's words
    ("Can't have children", "Infertility"),
    ("Can’t have children", "Loss of fertility"),
    ("Cannot get pregnant", "Infertility"),
])
def test_a_side_effect_in_a_familys_words(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert risks(x, y).status == "same", (x, y)


@pytest.mark.parametrize(("a", "b", "detail"), [
    # (sixteenth session) a chance in words against one as a figure: perhaps one chance said
    # two ways; the program does not say what "small" is in figures, the doctor does
    ("Small chance of infection", "2% risk of infection",
     "in words and as a figure: Dr Lee “small”, Dr Kim 2%"),
    ("Tiny risk of stroke", "Stroke risk under 1%",
     "in words and as a figure: Dr Lee “tiny”, Dr Kim under 1%"),
    ("1 in 100 risk of infection", "Very small risk of infection",
     "in words and as a figure: Dr Lee 1%, Dr Kim “very small”"),
])
def test_a_chance_in_words_against_a_figure(a: str, b: str, detail: str) -> None:
    point = risks(a, b)
    assert (point.status, point.detail) == ("maybe_same", detail)
    assert detail in point.question


@pytest.mark.parametrize(("a", "b"), [
    ("Small risk of infection", "2% risk of bleeding"),  # another risk
    ("No risk of infection", "2% risk of infection"),  # denied
])
def test_another_risk_or_a_denial_still_differs(a: str, b: str) -> None:
    assert risks(a, b).status == "different"
