# SPDX-License-Identifier: GPL-3.0-or-later
"""A day's amount against each dose's. "Paracetamol 4 g/day" against "1 g four times a day" had
read as 4 g against 1 g, "one is 4 times the other", at another rhythm; "metformin 2 g once a
day" against "1 g twice a day" said "one is 2 times the other" of two plans that give the same
2 g in a day. A reader takes "times the other" for more medicine, so the day's amounts are set
side by side where that is what the doctors' figures come to."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import options, units
from secondop_desktop.domain.model import Case, Opinion, Physician, Recommendation
from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Paracetamol 4 g/day", "Paracetamol 1 g four times a day"),
    ("Metformin 2 g/day", "Metformin 1 g twice a day"),
    ("Metformin 2000 mg/day", "Metformin 500 mg every 6 hours"),
    ("Amoxicillin 90 mg/kg/day", "Amoxicillin 30 mg/kg three times a day"),
    ("Paracetamol 4 g/día", "Paracetamol 1 g cada 6 horas"),
    # "a day", "per day", "al día" after an amount: the day's total too
    ("Paracetamol 4 g a day", "Paracetamol 1 g four times a day"),
    ("Metformin 2000 mg per day", "Metformin 1000 mg twice daily"),
    ("Paracetamol 3 g al día", "Paracetamol 1 g cada 8 horas"),
]))
def test_a_days_total_and_its_doses_say_the_same_more_exactly(a: str, b: str) -> None:
    # the day's total with no word for how it is split: the other says how it is taken
    assert units.differences(a, b) == []
    assert main_plans(a, b, "medication").status == "refined"


def test_a_days_total_against_fewer_doses_says_the_days_amounts() -> None:
    (dose,) = units.differences("Paracetamol 4 g/day", "Paracetamol 1 g twice a day")
    assert dose.words("Dr Lee", "Dr Kim") == (
        "Dr Lee wrote 4 g (grams) a day in all, Dr Kim 1 g (grams) each dose, 2 g (grams) a "
        "day (one is 2 times the other)")
    point = main_plans("Paracetamol 4 g/day", "Paracetamol 1 g twice a day", "medication")
    assert point.status == "different"
    # each dose beside a day's total given in doses says its own day's amount too
    (dose,) = units.differences("Amoxicillin 40 mg/kg/day tds", "Amoxicillin 10 mg/kg tds")
    assert dose.b == "10 mg per kg of body weight each dose, 30 mg per kg of body weight a day"


@pytest.mark.parametrize(("a", "b", "day"), [
    ("Metformin 2 g once a day", "Metformin 1 g twice a day", "2 g (grams)"),
    ("Metformin 1 g once daily", "Metformin 500 mg twice daily", "1 g (grams)"),
    # "at night" says the day's total is taken at once
    ("Metformin 2 g/day at night", "Metformin 1 g twice a day", "2 g (grams)"),
    ("Metformin 2 g/day once daily", "Metformin 1 g bd", "2 g (grams)"),
])
def test_two_rhythms_with_the_same_days_amount_say_so(a: str, b: str, day: str) -> None:
    for x, y in ((a, b), (b, a)):
        found = {f.kind: f for f in units.differences(x, y)}
        assert set(found) == {"dose", "frequency"}
        assert found["dose"].factor == 0.0 and found["dose"].same_day == day
        line = found["dose"].words("Dr Lee", "Dr Kim")
        assert line.endswith(f"(the same in a day: {day})") and "times the other" not in line
        assert main_plans(x, y, "medication").status == "different"  # one dose or two a day


@pytest.mark.parametrize(("a", "b", "times"), [
    ("Metformin 1 g daily", "Metformin 250 mg twice daily", 4),  # 1 g against 500 mg a day
    ("Metformin 2 g once a day", "Metformin 2 g twice a day", 0),  # only how often differs
])
def test_other_days_amounts_keep_their_factor(a: str, b: str, times: int) -> None:
    doses = [f for f in units.differences(a, b) if f.kind == "dose"]
    assert [round(f.factor) for f in doses] == ([times] if times else [])
    assert not any(f.same_day for f in doses)


@pytest.mark.parametrize("b", [
    "Paracetamol 1 g four times a day when needed",  # when needed: no day's total to share
    "Paracetamol 1 g, 2 g after a week",  # doses one after another
])
def test_a_days_total_is_not_shared_out_over_doses_that_are_no_rhythm(b: str) -> None:
    assert main_plans("Paracetamol 4 g/day", b, "medication").status != "refined"


@pytest.mark.parametrize("b", [
    "Paracetamol 1 g 4-6 hourly", "Paracetamol 1 g four times a day when needed"])
def test_a_days_total_against_doses_of_no_fixed_rhythm_has_no_factor(b: str) -> None:
    # how often says the rest; "one is 4 times the other" read as four times the medicine
    for x, y in (("Paracetamol 4 g/day", b), (b, "Paracetamol 4 g/day")):
        found = {f.kind: f for f in units.differences(x, y)}
        assert found["dose"].factor == 0.0 and "frequency" in found
        assert "times the other" not in found["dose"].words("Dr Lee", "Dr Kim")


def test_the_days_amounts_in_spanish() -> None:
    with using("es"):
        (dose,) = [f for f in units.differences("Metformina 2 g una vez al día",
                                                 "Metformina 1 g dos veces al día")
                   if f.kind == "dose"]
        assert dose.words("Dr Lee", "Dr Kim").endswith("(lo mismo en un día: 2 g (gramos))")
        (dose,) = units.differences("Paracetamol 4 g/día", "Paracetamol 1 g cada 12 horas")
        assert "1 g (gramos) en cada dosis, 2 g (gramos) al día" in dose.words("Dr Lee",
                                                                                "Dr Kim")


def test_the_decision_page_marks_the_same_days_amount_as_another_schedule() -> None:
    # "≠ Same medicine, different dose" read as more medicine; the rhythm is what differs
    lee = Opinion(physician=Physician(name="Dr Ann Lee"), recommendations=[
        Recommendation(treatment="Metformin 2 g once a day", category="medication")])
    kim = Opinion(physician=Physician(name="Dr Bo Kim"), recommendations=[
        Recommendation(treatment="Metformin 1 g twice a day", category="medication")])
    (option, *_own) = options.gather_options(Case(title="Dad", opinions=[lee, kim]))
    assert option.gap_kind == "frequency"
    assert option.gap_mark() == "≠ Same medicine, different schedule"
    assert [g.kind for g in option.gaps] == ["frequency", "dose"]


@pytest.mark.parametrize(("a", "b", "frequency"), [
    ("Paracetamol 4 g/day", "Paracetamol 1 g qds when needed",
     "how often: Dr Lee wrote for the whole day, Dr Kim when needed (at most four times a day)"),
    ("Paracetamol 1 g qds", "Paracetamol 1 g tds prn",
     "how often: Dr Lee wrote four times a day, Dr Kim when needed (at most three times a day)"),
])
def test_another_rhythm_when_needed_says_when_needed(a: str, b: str, frequency: str) -> None:
    # "four times a day" alone read as a regular dose against the other's
    found = [f for f in units.differences(a, b) if f.kind == "frequency"]
    assert [f.words("Dr Lee", "Dr Kim") for f in found] == [frequency]
