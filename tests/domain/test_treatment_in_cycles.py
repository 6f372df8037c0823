# SPDX-License-Identifier: GPL-3.0-or-later
"""A treatment given in cycles, so many days on out of each so many, read as its cycle with
the day's rhythm (domain/cycles.py, eighteenth session). "capecitabine twice daily for 14 days
every 21 days" had read "every 21 days" as its rhythm and "for 14 days" as its course: against
"bd days 1-14 of a 21 day cycle" it said "how often: Dr Lee wrote twice a day, Dr Kim every 21
days; how long: Dr Lee wrote 3 weeks, Dr Kim 14 days", for one and the same plan."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import cycles, units
from secondop_desktop.domain.terms import fold
from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans, shared_option


@pytest.mark.parametrize(("text", "cycle", "rhythm"), [
    ("capecitabine bd days 1-14 of a 21 day cycle", (14, 21), "twice a day"),
    ("capecitabine twice daily for 14 days, then 7 days off, repeat every 3 weeks", (14, 21),
     "twice a day"),
    ("capecitabine 1000 mg/m2 bd for 14 days every 21 days", (14, 21), "twice a day"),
    ("capecitabine bd d1-14 q21d", (14, 21), "twice a day"),
    ("capecitabine 14 days on, 7 days off", (14, 21), ""),
    ("sunitinib 50 mg daily 4 weeks on 2 weeks off", (28, 42), "once a day"),
    ("temozolomide 150 mg/m2 days 1-5 of a 28-day cycle", (5, 28), ""),
    ("capecitabina cada 12 horas durante 14 días cada 21 días", (14, 21), "every 12 hours"),
])
def test_a_cycle_is_read_with_the_days_rhythm(text: str, cycle: tuple[int, int],
                                             rhythm: str) -> None:
    facts = units.read(text)
    assert (facts.cycle, facts.frequency) == (cycle, rhythm)
    assert units.course_days(text) == ()  # its days on are no course
    assert units.without_facts(text).split()[0] == fold(text).split()[0]


@pytest.mark.parametrize("text", [
    "rest for 2 weeks", "take 2 days off school", "ibuprofen 400 mg tds for 5 days",
    "capecitabine 14 days on, 10 days off, every 3 weeks",  # (14 + 10 is no 21: not read)
])
def test_no_cycle_is_read_where_none_is_said(text: str) -> None:
    assert units.read(text).cycle is None


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("capecitabine bd days 1-14 of a 21 day cycle",
     "capecitabine twice daily for 14 days, then 7 days off, repeat every 3 weeks"),
    ("capecitabine bd days 1-14 of a 21 day cycle",
     "capecitabine twice daily for 14 days every 21 days"),
    ("capecitabine bd days 1-14 of a 21 day cycle", "capecitabine bd d1-14 q21d"),
]))
def test_one_cycle_said_two_ways_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_another_cycle_or_rhythm_says_which() -> None:
    point = main_plans("capecitabine bd days 1-14 of a 21 day cycle", "capecitabine bd d1-7 q14d",
                       "medication")
    assert (point.status, point.detail) == (
        "different", "the cycles: Dr Lee wrote days 1-14 of each 21-day cycle, Dr Kim days "
        "1-7 of each 14-day cycle")
    point = main_plans("capecitabine bd days 1-14 of a 21 day cycle",
                       "capecitabine once daily days 1-14 of a 21 day cycle", "medication")
    assert point.detail == "how often: Dr Lee wrote twice a day, Dr Kim once a day"
    # every day against a cycle: said more exactly, not the same
    assert main_plans("capecitabine bd days 1-14 of a 21 day cycle", "capecitabine bd",
                      "medication").status == "refined"


def test_the_options_page_and_spanish_say_the_cycle() -> None:
    option = shared_option("sunitinib 50 mg daily 4 weeks on 2 weeks off",
                           "sunitinib 50 mg daily, 2 weeks on 1 week off")
    [gap] = option.gaps
    assert gap.kind == "cycle"
    with using("es"):
        assert cycles.cycle_words((14, 21)) == "días 1-14 de cada ciclo de 21 días"


def test_a_cycles_length_alone_is_read_too() -> None:
    # "in 3-weekly cycles" had read as every three weeks, against another doctor's twice a day
    assert units.read("capecitabine in 3-weekly cycles").cycle == (0, 21)
    assert main_plans("capecitabine in 3-weekly cycles",
                      "capecitabine 1000 mg/m2 bd days 1 to 14 of each 21-day cycle",
                      "medication").status == "refined"
    point = main_plans("capecitabine in 3-weekly cycles", "capecitabine in 4-weekly cycles",
                       "medication")
    assert point.detail == "the cycles: Dr Lee wrote 21-day cycles, Dr Kim 28-day cycles"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("FOLFOX every 2 weeks for 12 cycles", "FOLFOX fortnightly x 12 cycles"),
    ("docetaxel every 3 weeks for 6 cycles", "docetaxel every 3 weeks, six rounds"),
]))
def test_one_count_of_cycles_said_two_ways_is_the_same(a: str, b: str) -> None:
    # "x 12 cycles" against "for 12 cycles" had differed with nothing said
    assert main_plans(a, b, "medication").status == "same"


def test_another_count_of_cycles_says_how_long() -> None:
    assert units.read("FOLFOX fortnightly x 6 cycles").cycles_counted == 6
    assert units.read("capecitabine bd days 1-14 of a 21 day cycle").cycles_counted == 0
    point = main_plans("FOLFOX every 2 weeks for 12 cycles", "FOLFOX fortnightly x 6 cycles",
                       "medication")
    assert (point.status, point.detail) == (
        "different", "how long: Dr Lee wrote 12 cycles, Dr Kim 6 cycles")
    with using("es"):
        assert cycles.count_words(6) == "6 ciclos"


def test_a_regimens_bare_times_are_its_cycles() -> None:
    # "CAPOX 8 cycles" against "CAPOX x4" must never read as one said more exactly
    point = main_plans("CAPOX 8 cycles", "CAPOX x4", "medication")
    assert (point.status, point.detail) == (
        "different", "how long: Dr Lee wrote 8 cycles, Dr Kim 4 cycles")
    assert main_plans("CAPOX 4 cycles", "CAPOX x4", "medication").status == "same"
    # a dose's "x 5" is left as written: days or doses, it does not say
    assert units.read("amoxicillin 500 mg x 5").cycles_counted == 0
    assert main_plans("amoxicillin 500 mg x 5", "amoxicillin 500 mg x 7",
                      "medication").status == "different"


def test_carbo_is_carboplatin() -> None:
    assert main_plans("carbo-taxol 6 cycles q3w",
                      "carboplatin and paclitaxel, six cycles every 21 days",
                      "medication").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("dexamethasone 8 mg on days 1-3", "dexamethasone 8mg for 3 days"),
    ("ondansetron 8 mg twice daily for 3 days after chemo",
     "ondansetron 8mg bd x3 days post chemo"),
]))
def test_the_days_around_chemotherapy_in_other_words(a: str, b: str) -> None:
    # "on days 1-3" (no cycle after it) had differed from "for 3 days" with nothing said, and
    # "post chemo" from "after chemo"
    assert main_plans(a, b, "medication").status == "same"


def test_g_csf_is_the_kind_of_filgrastim() -> None:
    # "filgrastim daily for 5 days" against "G-CSF injections for 5 days" had been two
    # treatments ("why this treatment first?")
    assert main_plans("filgrastim daily for 5 days", "G-CSF injections for 5 days",
                      "medication").status == "refined"
