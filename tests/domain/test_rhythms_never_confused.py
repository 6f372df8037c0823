# SPDX-License-Identifier: GPL-3.0-or-later
"""How often, however it is written: two rhythms that are not one never read as the same plan,
and one rhythm written two ways reads as one. Methotrexate "15 mg a week" against "15 mg daily"
had read as the same dose made more exact (no rhythm was read from "a week" after an amount),
"días alternos" and "twice a year" were no rhythm at all, and "semanal" against "dos veces a
la semana" was taken for one word typed two ways."""

from __future__ import annotations

import itertools

import pytest

from secondop_desktop.domain import units
from secondop_desktop.domain.comparison import Point
from tests.domain.two_doctors import main_plans, read_apart, read_as_one

# Each rhythm as doctors, letters and families write it, English and Spanish. The same medicine
# and dose in front of each: only how often differs.
RHYTHMS: dict[str, tuple[str, ...]] = {
    "once a day": ("daily", "once a day", "od", "every day", "once daily", "every 24 hours",
                   "q24h", "al día", "una vez al día", "cada 24 horas"),
    "once a day, said when": ("each morning", "every morning", "mane", "at night", "nocte"),
    "twice a day": ("bd", "bid", "twice a day", "twice daily", "every 12 hours",
                    "2 times a day", "morning and night", "cada 12 horas", "dos veces al día",
                    "2x/day", "q12h", "two times a day"),
    "three times a day": ("tds", "tid", "three times a day", "every 8 hours", "cada 8 horas",
                          "3 times daily", "thrice daily", "q8h", "tres veces al día"),
    "four times a day": ("qds", "qid", "four times a day", "every 6 hours", "cada 6 horas",
                         "q6h", "4 times a day", "cuatro veces al día"),
    "every other day": ("every other day", "alternate days", "on alternate days",
                        "every 2 days", "cada 48 horas", "q48h", "días alternos",
                        "every second day"),
    "once a week": ("weekly", "once a week", "a week", "every week", "per week", "/week",
                    "una vez a la semana", "semanal", "once weekly", "a la semana",
                    "cada semana", "1x/week"),
    "once a week, said which day": ("every Monday", "on Fridays"),
    "twice a week": ("twice a week", "twice weekly", "two times a week",
                     "dos veces a la semana", "2x/week"),
    "every two weeks": ("every 2 weeks", "every two weeks", "fortnightly", "cada 2 semanas",
                        "cada dos semanas", "every other week"),
    "once a month": ("monthly", "once a month", "every month", "cada mes", "al mes",
                     "una vez al mes", "every 4 weeks", "cada 4 semanas", "q4w", "4-weekly"),
    "every three months": ("every 3 months", "every three months", "3-monthly", "cada 3 meses",
                           "quarterly"),
    "twice a year": ("twice a year", "every 6 months", "2 times a year", "dos veces al año",
                     "twice yearly", "6-monthly", "cada 6 meses"),
    "once a year": ("yearly", "once a year", "annually", "every year", "cada año",
                    "una vez al año"),
}
# Said when in the day or of the week: once a day (once a week) as the rest, but morning and
# night, Monday and Friday, are two instructions
_SAID_WHEN = ("once a day, said when", "once a week, said which day")
_ONE_RHYTHM = {"once a day": "once a day, said when", "once a week": "once a week, said which day"}


def _said(rhythm: str) -> str:
    return f"Methotrexate 15 mg{'' if rhythm.startswith('/') else ' '}{rhythm}"


def _compared(a: str, b: str) -> Point:
    return main_plans(_said(a), _said(b), "medication")


@pytest.mark.parametrize(("one", "other"), [
    pair for pair in itertools.combinations(RHYTHMS, 2)
    if _ONE_RHYTHM.get(pair[0]) != pair[1] and _ONE_RHYTHM.get(pair[1]) != pair[0]])
def test_two_rhythms_never_read_as_one(one: str, other: str) -> None:
    assert not read_as_one(RHYTHMS[one], RHYTHMS[other], _compared)


@pytest.mark.parametrize("rhythm", [r for r in RHYTHMS if r not in _SAID_WHEN])
def test_one_rhythm_written_two_ways_is_the_same(rhythm: str) -> None:
    assert not read_apart(RHYTHMS[rhythm], _compared)


def test_a_rhythm_said_when_is_the_same_rhythm_made_more_exact() -> None:
    for plain, said_when in _ONE_RHYTHM.items():
        for a in RHYTHMS[plain][:3]:
            for b in RHYTHMS[said_when]:
                assert _compared(a, b).status in ("same", "refined"), (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Methotrexate 15 mg biweekly", "Methotrexate 15 mg twice a week"),
    ("Adalimumab 40 mg biweekly", "Adalimumab 40 mg every other week"),
    ("Adalimumab 40 mg bi-weekly", "Adalimumab 40 mg every 2 weeks"),
    ("B12 injection 1 mg bimonthly", "B12 injection 1 mg twice a month"),
    ("B12 injection 1 mg bimonthly", "B12 injection 1 mg every 2 months"),
])
def test_a_rhythm_of_two_meanings_is_asked_never_guessed(a: str, b: str) -> None:
    # "biweekly" is every two weeks to some and twice a week to others: it had read as every
    # two weeks, the same as one and different from the other
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y, "medication")
        assert point.status == "maybe_same"
        assert "can mean two rhythms" in point.question
        assert "every two weeks, or twice a week" in point.detail or (
            "every two months, or twice a month" in point.detail)


def test_a_rhythm_of_two_meanings_against_neither_or_itself() -> None:
    assert main_plans("Methotrexate 15 mg biweekly", "Methotrexate 15 mg weekly",
                      "medication").status == "different"
    assert main_plans("Methotrexate 15 mg biweekly", "Methotrexate 15 mg biweekly",
                      "medication").status == "same"


WHEN_NEEDED = ("as needed", "when needed", "prn", "if needed", "as required", "when required",
               "if necessary", "si precisa", "si es necesario", "on bad days", "when you need it",
               "as and when", "if you need it", "p.r.n.", "sos", "a demanda")
REGULARLY = ("regularly", "every day", "daily", "each day", "all the time", "cada día",
             "todos los días", "routinely", "every morning", "regular", "de forma pautada")


def _puffs(a: str, b: str) -> Point:
    return main_plans(f"Salbutamol 2 puffs {a}", f"Salbutamol 2 puffs {b}", "medication")


def test_when_needed_never_reads_as_regularly() -> None:
    # "salbutamol as needed" against "salbutamol regularly" had read as the same made more
    # exact ("regularly" was no rhythm); "when you need it", "as and when", "sos" were not read
    assert not read_as_one(WHEN_NEEDED, REGULARLY, _puffs)
    assert not read_apart(WHEN_NEEDED, _puffs)
    (found,) = units.differences("Salbutamol regularly", "Salbutamol as needed")
    assert (found.kind, found.a, found.b) == ("frequency", "regularly", "when needed")


@pytest.mark.parametrize("written", ["every 4 weeks", "q4w", "4-weekly", "cada 4 semanas"])
def test_a_difference_quotes_every_four_weeks_as_written(written: str) -> None:
    # read as once a month (one rhythm), but never quoted as "once a month": the doctor who
    # wrote "every 4 weeks" did not write that
    point = main_plans(f"Adalimumab 40 mg {written}", "Adalimumab 40 mg every 2 weeks",
                       "medication")
    assert point.status == "different"
    assert "every four weeks" in point.detail and "once a month" not in point.detail


@pytest.mark.parametrize(("a", "b"), [
    ("every 3 months", "every 12 weeks"), ("quarterly", "q12w"), ("3-monthly", "12-weekly"),
    ("cada 3 meses", "cada 12 semanas"), ("every 6 months", "every 24 weeks"),
    ("every 2 months", "every 8 weeks"),
])
def test_months_that_may_be_counted_in_four_weeks_are_asked(a: str, b: str) -> None:
    # injections given every 12 weeks are often said to be every 3 months: "every 3 months"
    # against "every 12 weeks" had read as two rhythms, to the letter
    for x, y in ((a, b), (b, a)):
        point = _compared(x, y)
        assert point.status == "maybe_same", (x, y)
        assert point.read_two_ways == "frequency"
    weeks = b.split()[1] if b.startswith("every") else "12"
    assert f"(or every {weeks} weeks)" in _compared(a, b).detail


@pytest.mark.parametrize(("a", "b"), [
    ("every 3 months", "every 13 weeks"), ("every 6 months", "every 26 weeks"),
    ("twice a year", "every 26 weeks"), ("yearly", "every 52 weeks"), ("q6mo", "every 6 months"),
    ("q12w", "every 12 weeks"), ("q6w", "cada 6 semanas"),
])
def test_one_rhythm_in_months_and_in_weeks_is_the_same(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert _compared(x, y).status == "same", (x, y)


@pytest.mark.parametrize(("a", "b"), [
    ("every 3 months", "every 8 weeks"), ("every 3 months", "every 16 weeks"),
    ("q12w", "every 2 weeks"), ("every 6 months", "every 12 weeks"), ("q3w", "q6w"),
])
def test_rhythms_in_months_and_weeks_that_are_not_one_differ(a: str, b: str) -> None:
    # ("q12w" had read as no rhythm, so against "every 2 weeks" as the same dose said more
    # exactly)
    for x, y in ((a, b), (b, a)):
        assert _compared(x, y).status == "different", (x, y)


@pytest.mark.parametrize(("text", "times"), [
    ("Half an hour of walking daily, 5 days/week", "5 times a week"),
    ("Walk 30 minutes 5 days/week", "5 times a week"),
    ("Swim 3 days/wk", "three times a week"),
    ("Walk 30 min a day, 5 days a week", "5 times a week"),
])
def test_days_a_week_after_a_slash_are_the_rhythm(text: str, times: str) -> None:
    # (eighteenth session) "daily, 5 days/week" had read as once a day, and "30 min walking
    # daily, 5 days/week" as 210 minutes a week against another's 150
    assert units.read(text).frequency == times
    point = main_plans("Half an hour of walking daily, 5 days/week",
                       "Walk 30 minutes 5 days a week", "lifestyle")
    assert point.status == "same"
    assert "210" not in main_plans("30 min walking daily, 5 days/week",
                                   "150 minutes of walking a week", "lifestyle").detail
