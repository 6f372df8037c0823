# SPDX-License-Identifier: GPL-3.0-or-later
"""How long an activity lasts each time, and its time in a week. "Exercise 150 minutes a week"
against "30 minutes 5 days a week" had said "how often: once a week against 5 times a week",
as if one doctor said to exercise once a week; "walk 30 minutes a day" against "45 minutes a
day" differed with nothing to say how."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import options, units
from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("text", "minutes", "week"), [
    ("Walk 30 minutes a day", 30, False),
    ("Walk for half an hour daily", 30, False),
    ("CPAP at least 4 hours a night", 240, False),
    ("Wait 30 seconds between puffs", 0.5, False),
    ("Caminar media hora al día", 30, False),
    ("Exercise 150 minutes a week", 150, True),
    ("150 minutes of moderate exercise a week", 150, True),
    ("Ejercicio 150 minutos a la semana", 150, True),
    ("Swim 60 minutes once a week", 60, False),  # once a week said: each time
    ("Walk 1 hour 30 minutes a day", 90, False),  # an hour and so many minutes: one time
    ("Walk an hour and a half a week", 90, True),
    ("Caminar una hora y media al día", 90, False),
])
def test_a_time_each_time_is_read(text: str, minutes: float, week: bool) -> None:
    facts = units.read(text)
    assert facts.session == pytest.approx(minutes) and facts.session_week == week
    if week:  # the week's time in all: no rhythm of once a week
        assert facts.per_day is None and facts.frequency == ""


@pytest.mark.parametrize("text", [
    "Observations every 15 minutes", "Review within 6 hours", "Review in 2 hours",
    "Switch to oral antibiotics at 6 hours", "Last dose 12 hours before surgery",
    "20-30 minutes of exercise", "Keep the wound dry for 48 hours",
    "1 min run 2 min walk x10",  # two times: none each time
    "Metronidazole 500 mg IV, review in 20 minutes",  # a medicine's: only "over" a time
    "Buccal midazolam 10 mg if seizure lasts over 5 minutes",  # when to give it
])
def test_other_times_are_no_time_each_time(text: str) -> None:
    assert units.read(text).session == 0


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Exercise 150 minutes a week", "Exercise 30 minutes 5 days a week"),
    ("150 minutes of moderate exercise a week", "30 minutes of exercise five times a week"),
    ("Ejercicio 150 minutos a la semana", "Ejercicio 30 minutos 5 días a la semana"),
    ("Walk daily", "Walk 20 minutes every day"),  # a time said by one only
]))
def test_the_weeks_time_and_its_sessions_say_the_same_more_exactly(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Walk for half an hour daily", "Walk 30 minutes a day"),
    ("Caminar 30 minutos al día", "Caminar media hora al día"),
]))
def test_one_time_said_two_ways_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "same"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Walk 30 minutes a day", "Walk 45 minutes a day",
     "how long each time: Dr Lee wrote 30 minutes, Dr Kim 45 minutes"),
    ("CPAP at least 4 hours a night", "CPAP at least 6 hours a night",
     "how long each time: Dr Lee wrote 4 hours, Dr Kim 6 hours"),
    ("Wait 30 seconds between puffs", "Wait 30 minutes between puffs",
     "how long each time: Dr Lee wrote 30 seconds, Dr Kim 30 minutes"),
    ("Exercise 150 minutes a week", "Exercise 75 minutes a week",
     "time in a week: Dr Lee wrote 150 minutes, Dr Kim 75 minutes"),
    ("Exercise 150 minutes a week", "Exercise 30 minutes a day",
     "time in a week: Dr Lee wrote 150 minutes, Dr Kim 210 minutes (30 minutes each time)"),
    ("Walk 30 minutes 5 days a week", "Walk 50 minutes 3 times a week",
     "how often: Dr Lee wrote 5 times a week, Dr Kim three times a week; how long each time: "
     "Dr Lee wrote 30 minutes, Dr Kim 50 minutes (the same in a week: 150 minutes)"),
])
def test_another_time_differs_and_says_how(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "lifestyle")
    assert point.status == "different" and point.detail == detail


def test_each_kind_of_time_has_its_mark_and_spanish_words() -> None:
    assert {"session", "weekly"} <= set(options.GAP_KINDS)
    with using("es"):
        (found,) = units.differences("Caminar 30 minutos al día", "Caminar 45 minutos al día")
        assert found.words("Dr Lee", "Dr Kim") == (
            "cuánto tiempo cada vez: el Dr Lee escribió 30 minutos; el Dr Kim, 45 minutos")
        (found,) = units.differences("Ejercicio 150 minutos a la semana",
                                     "Ejercicio 30 minutos al día")
        assert found.b == "210 minutos (30 minutos cada vez)"


@pytest.mark.parametrize(("a", "b", "status", "detail"), [
    # a medicine given over a time: the time it is given over
    ("Vancomycin 1 g IV over 60 minutes", "Vancomycin 1 g IV over 120 minutes", "different",
     "how long each time: Dr Lee wrote 1 hour, Dr Kim 2 hours"),
    ("Vancomycin 1 g IV over 1 hour", "Vancomycin 1 g IV over 60 minutes", "same", ""),
    ("Iron sucrose 200 mg IV over 30 minutes", "Iron sucrose 200 mg IV", "refined", ""),
    # over an hour, or all at once: another way of giving it
    ("KCl 10 mEq IV over 1 hour", "KCl 10 mEq IV push", "different",
     "how long each time: Dr Lee wrote 1 hour, Dr Kim at once (a push or bolus)"),
])
def test_the_time_a_medicine_is_given_over(a: str, b: str, status: str, detail: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "medication").status == status
    assert main_plans(a, b, "medication").detail == detail


@pytest.mark.parametrize(("a", "b", "status", "detail"), [
    # the time said as the infusion's length: it had read as one saying more than the other,
    # the 60 minutes against 120 hidden
    ("Vancomycin 1 g as a 60-minute infusion", "Vancomycin 1 g IV over 120 minutes",
     "different", "how long each time: Dr Lee wrote 1 hour, Dr Kim 2 hours"),
    ("Vancomycin 1 g as a 60-minute infusion", "Vancomycin 1 g IV over 1 hour", "same", ""),
    ("Infliximab 5 mg/kg infused over 2 hours", "Infliximab 5 mg/kg as a 2 hour infusion",
     "same", ""),
    ("Zoledronic acid 5 mg IV infusion of 15 minutes once a year",
     "Zoledronic acid 5 mg IV over 15 minutes yearly", "same", ""),
    ("Paracetamol 1 g IV 15-minute infusion every 6 hours",
     "Paracetamol 1 g IV over 30 minutes every 6 hours", "different",
     "how long each time: Dr Lee wrote 15 minutes, Dr Kim 30 minutes"),
    ("Vancomicina 1 g IV a pasar en 60 minutos", "Vancomycin 1 g IV over 1 hour", "same", ""),
    ("Vancomicina 1 g en infusión de 2 horas", "Vancomycin 1 g IV over 1 hour", "different",
     "how long each time: Dr Lee wrote 2 hours, Dr Kim 1 hour"),
    # a slow injection is given over a few minutes: neither at once nor over half an hour
    ("Furosemide 40 mg slow IV injection", "Furosemide 40 mg IV push", "different",
     "how long each time: Dr Lee wrote as a slow injection (over a few minutes), Dr Kim at "
     "once (a push or bolus)"),
    ("Iron sucrose 200 mg IV over 30 minutes", "Iron sucrose 200 mg slow IV injection",
     "different", "how long each time: Dr Lee wrote 30 minutes, Dr Kim as a slow injection "
     "(over a few minutes)"),
])
def test_the_time_a_medicine_is_given_over_said_other_ways(a: str, b: str, status: str,
                                                           detail: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "medication").status == status
    assert main_plans(a, b, "medication").detail == detail


@pytest.mark.parametrize(("a", "b"), [
    ("Morphine 10 mg over 24 hours subcutaneous infusion via syringe driver",
     "Morphine 10 mg over 24 hours IV infusion"),
    ("Immunoglobulin 10 g SC infusion weekly", "Immunoglobulin 10 g infusion weekly"),
])
def test_an_infusion_under_the_skin_is_not_one_into_a_vein(a: str, b: str) -> None:
    # an infusion had read as into a vein whatever way the text named: the syringe driver's
    # infusion under the skin read as the IV one said more exactly
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y, "medication")
        assert point.status == "different"
    assert "under the skin (subcutaneous)" in main_plans(a, b, "medication").detail
    assert units.read("Vancomycin 1 g infusion").route == units.read("Vancomycin 1 g IV").route


def test_a_slow_injection_has_spanish_words() -> None:
    with using("es"):
        (found,) = units.differences("Furosemida 40 mg IV lenta en bolo",
                                     "Furosemida 40 mg IV en bolo")
        assert found.words("Dr Lee", "Dr Kim") == (
            "cuánto tiempo cada vez: el Dr Lee escribió en inyección lenta (en unos minutos); "
            "el Dr Kim, de una vez (en bolo)")
