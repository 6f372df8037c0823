# SPDX-License-Identifier: GPL-3.0-or-later
"""A chance said as "1 in 100", "1%", "one per cent" or "uno de cada cien" is one chance ("half
of patients" is 50%; what "comes back" recurs); two doctors who gave different chances, or
chances of different things, never read as the same."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.chances import as_per_cents, same_chances
from tests.domain.two_doctors import risks


@pytest.mark.parametrize(("said", "as_written"), [
    ("1 in 100 risk of infection", "1% risk of infection"),
    ("one in a hundred", "1%"),
    ("9 out of 10 people", "90% people"),
    ("uno de cada cien", "1%"),
    ("1 in 1000", "0.1%"),
    ("1 in 200", "0.5%"),
    ("one percent", "1%"),
    ("2 to 3 percent", "2-3%"),
    ("del 2 al 3%", "2-3%"),
    ("1/100", "1%"),
    ("1 in 3 days", "1 in 3 days"),  # a rhythm, not a chance
    ("5 out of 4", "5 out of 4"),  # more than the whole: left as written
])
def test_a_chance_is_written_as_a_per_cent(said: str, as_written: str) -> None:
    assert as_per_cents(said) == as_written


@pytest.mark.parametrize(("a", "b"), [
    ("1 in 100 risk of infection", "infection risk about 1%"),
    ("risk of stroke is 1 in 200", "0.5% risk of stroke"),
    ("riesgo de infección del 1%", "1 in 100 chance of infection"),
    ("risk of bleeding 2-3%", "bleeding risk 2 to 3 percent"),
    ("risks: infection, bleeding, blood clots",
     "blood clots, bleeding and infection are the risks"),
    # what comes back recurs
    ("20% chance the hernia comes back", "1 in 5 chance of the hernia recurring"),
    ("1 in 5 chance of recurrence", "20% risk of it coming back"),
    # half of the people it is said of
    ("half of patients get nausea", "nausea in about 50%"),
    ("la mitad de los pacientes tiene náuseas", "náuseas en el 50%"),
    # half a per cent (fifteenth session: it had read as 1%)
    ("risk of death half a percent", "1 in 200 risk of death"),
    ("riesgo de muerte del medio por ciento", "riesgo de muerte de 1 de cada 200"),
])
def test_one_chance_said_two_ways_is_the_same(a: str, b: str) -> None:
    assert same_chances(a, b) and same_chances(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("1 in 100 risk of infection", "1 in 10 risk of infection"),
    ("1% risk of stroke", "1% risk of infection"),
    ("0.5% risk of death", "5% risk of death"),
    ("risk of bleeding 2-3%", "risk of bleeding 8%"),
    ("infection, bleeding, nerve damage", "infection, bleeding"),
    ("la mayoría no tiene complicaciones", "la mayoría tiene complicaciones"),
    ("up to 5% risk of infection", "5% risk of infection"),
    ("high risk of infection", "low risk of infection"),
    ("10% chance the cancer comes back", "20% risk of the cancer recurring"),
    ("10% chance the pain comes back", "10% chance of back pain"),
    ("5% risk of back pain", "5% risk of pain"),
    ("half of patients get nausea", "nausea in 25%"),
    ("half a percent risk of death", "1% risk of death"),
])
def test_two_chances_never_read_as_the_same(a: str, b: str) -> None:
    assert not same_chances(a, b) and not same_chances(b, a)


def _risks(lee: str, kim: str) -> str:
    return risks(lee, kim).status


def test_a_risk_one_doctor_adds_or_denies_is_a_difference_to_ask_about() -> None:
    assert _risks("1 in 100 risk of infection", "infection risk about 1%") == "same"
    # one more risk named: not "more detail", a risk to ask the other doctor about
    assert _risks("infection, bleeding, nerve damage", "infection, bleeding") == "different"
    # one word more, and it denies what the other says (the word diff had read it as refined)
    assert _risks("la mayoría no tiene complicaciones",
                  "la mayoría tiene complicaciones") == "different"


@pytest.mark.parametrize(("lee", "kim", "detail"), [
    # two sizes of one chance, one not said as a per cent: the row says each as one (11th
    # session: "1% risk of infection" against "1 in 1000" differed with nothing to show that
    # one is a tenth of the other)
    ("1% risk of infection", "1 in 1000 risk of infection",
     "as a per cent: Dr Lee 1%, Dr Kim 0.1%"),
    ("risk of death 1 in 200", "risk of death 1 in 1000",
     "as a per cent: Dr Lee 0.5%, Dr Kim 0.1%"),
    ("1 in 8 chance of stiffness", "10% chance of stiffness",
     "as a per cent: Dr Lee 12.5%, Dr Kim 10%"),
    # both per cents already, a range, or chances of two things: the words say it
    ("2% risk of infection", "5% risk of infection", ""),
    ("infection 1-2%", "infection 1 in 20", ""),
    ("1 in 100 risk of infection", "1 in 1000 risk of bleeding", ""),
])
def test_two_sizes_of_one_chance_are_set_side_by_side_as_per_cents(
        lee: str, kim: str, detail: str) -> None:
    point = risks(lee, kim)
    assert (point.status, point.detail) == ("different", detail)
    if detail:  # and its question says it (the PDF and "secondop compare" print the question)
        assert f": {detail}. What do they expect for you?" in point.question


def test_as_a_per_cent_in_spanish() -> None:
    from secondop_desktop import i18n

    with i18n.using("es"):
        point = risks("1 in 8 chance of stiffness", "10% chance of stiffness")
    # (the United States' Spanish, the program's first readers: a decimal point)
    assert point.detail == "en porcentaje: el Dr Lee 12.5 %, el Dr Kim 10 %"


@pytest.mark.parametrize(("lee", "kim", "status", "detail"), [
    # (fourteenth session) "<1%" had been quoted "1%", and "1 in 200" set against it as
    # another risk; a bound is kept with its chance
    ("Risk of death <1%", "Risk of death 1 in 200", "refined",
     "as a per cent: Dr Lee under 1%, Dr Kim 0.5%"),
    ("Risk of death under 1%", "1 in 200 chance of dying", "refined",
     "as a per cent: Dr Lee under 1%, Dr Kim 0.5%"),
    ("Risk of infection under 2%", "Risk of infection 1%", "refined", ""),
    ("Risk of death under 1%", "1 in 50 chance of dying", "different",
     "as a per cent: Dr Lee under 1%, Dr Kim 2%"),
    ("Less than 1 in 100 risk of stroke", "1% risk of stroke", "different",
     "as a per cent: Dr Lee under 1%, Dr Kim 1%"),
    ("More than 1 in 10 risk of infection", "5% risk of infection", "different",
     "as a per cent: Dr Lee over 10%, Dr Kim 5%"),
])
def test_a_bound_on_a_chance_is_kept_with_it(lee: str, kim: str, status: str,
                                            detail: str) -> None:
    for x, y, said in ((lee, kim, detail), (kim, lee, _swapped(detail))):
        point = risks(x, y)
        assert (point.status, point.detail) == (status, said), (x, y)


def _swapped(detail: str) -> str:
    if not detail:
        return ""
    head, rest = detail.split(": ", 1)
    lee, kim = rest.split(", ")
    return f"{head}: Dr Lee {kim.removeprefix('Dr Kim ')}, Dr Kim {lee.removeprefix('Dr Lee ')}"


def test_a_bound_said_two_ways_is_one_chance() -> None:
    assert same_chances("Under 1%", "Under 1 in 100")
    assert same_chances("less than 1% risk of death", "risk of death below 1 in 100")
    assert not same_chances("Under 1%", "1%")


def test_a_bound_in_spanish() -> None:
    from secondop_desktop import i18n

    with i18n.using("es"):
        point = risks("Riesgo de muerte menos del 1%", "Riesgo de muerte 1 de cada 200")
    assert point.status == "refined"
    assert point.detail == "en porcentaje: el Dr Lee menos del 1 %, el Dr Kim 0.5 %"
