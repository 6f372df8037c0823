# SPDX-License-Identifier: GPL-3.0-or-later
"""How long a course lasts, where both doctors say it and say it differently: "amoxicillin for 5
days" against "for 7 days" now says "how long: Dr Lee wrote 5 days, Dr Kim 7 days". It had
read as two plans with no words of their own; the decision page marks the option "Same
medicine, for another length of time"."""

from __future__ import annotations

import pytest

from secondop_desktop import i18n
from secondop_desktop.domain import options, units
from secondop_desktop.domain.model import Case, Opinion, Physician, Recommendation
from tests.domain.two_doctors import both_ways, main_plans, shared_option


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Amoxicillin 500 mg tds for 5 days", "Amoxicillin 500 mg tds for 7 days",
     "how long: Dr Lee wrote 5 days, Dr Kim 7 days"),
    ("Physio twice a week for 6 weeks", "Physio twice a week for 3 months",
     "how long: Dr Lee wrote 6 weeks, Dr Kim 3 months"),
    ("Tamoxifen 20 mg daily for 5 years", "Tamoxifen 20 mg daily for 10 years",
     "how long: Dr Lee wrote 5 years, Dr Kim 10 years"),
    ("Amoxicilina 500 mg cada 8 horas durante 7 días", "Amoxicilina 500 mg cada 8 horas 10 días",
     "how long: Dr Lee wrote 7 days, Dr Kim 10 days"),
    # a week as written, not as the 7 days it counts (ninth session); a week said for
    # something else ("review in 1 week") leaves the course's days as they are
    ("Amoxicillin x 1 week", "Amoxicillin for 5 days",
     "how long: Dr Lee wrote 1 week, Dr Kim 5 days"),
    ("Amoxicillin for 7 days, review in 1 week", "Amoxicillin for 5 days",
     "how long: Dr Lee wrote 7 days, Dr Kim 5 days"),
    ("Tamoxifen for 2 years", "Tamoxifen for 52 weeks",
     "how long: Dr Lee wrote 2 years, Dr Kim 52 weeks"),
])
def test_two_lengths_of_a_course_say_how_long(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Amoxicillin 500 mg tds for 7 days", "Amoxicillin 500 mg tds for a week", "same"),
    ("Amoxicillin 500 mg tds x 7 days", "Amoxicillin 500 mg tds 7/7", "same"),
    # one says how long, the other not: more exact, not another length
    ("Amoxicillin 500 mg tds for 5 days", "Amoxicillin 500 mg tds", "refined"),
])
def test_one_length_or_one_said_is_no_difference(a: str, b: str, status: str) -> None:
    assert main_plans(a, b, "medication").status == status


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Tamoxifen 20 mg daily for 6 months", "Tamoxifen 20 mg daily for 26 weeks"),
    ("Tamoxifen for 1 year", "Tamoxifen for 52 weeks"),
    ("Antibiotics for a month", "Antibiotics for 4 weeks"),
    ("Physio twice a week for 3 months", "Physio twice a week for 12 weeks"),
    ("Physio twice a week for 3 months", "Physio twice a week for 13 weeks"),
    ("Letrozole for 2 months", "Letrozole x 8 wks"),
    ("Tamoxifeno 20 mg al día durante 6 meses", "Tamoxifeno 20 mg al día durante 26 semanas"),
    ("Tamoxifeno durante un año", "Tamoxifeno durante 52 semanas"),
    ("Tamoxifen 20 mg daily for 5 years", "Tamoxifen 20 mg daily for 260 weeks"),
]))
def test_weeks_that_make_the_months_the_other_doctor_gives_are_one_course(a: str, b: str) -> None:
    # A course counts a month as 30 days, so "26 weeks" (182 days) had been another length
    # than "6 months": a major difference, asked about, between two ways of writing one.
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail, point.question) == ("same", "", "")
    assert point.wording_only


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Tamoxifen for 6 months", "Tamoxifen for 24 weeks",
     "how long: Dr Lee wrote 6 months, Dr Kim 24 weeks"),
    ("Letrozole for 2 months", "Letrozole for 6 weeks",
     "how long: Dr Lee wrote 2 months, Dr Kim 6 weeks"),
    ("Tamoxifen for 5 years", "Tamoxifen for 52 weeks",
     "how long: Dr Lee wrote 5 years, Dr Kim 52 weeks"),
])
def test_weeks_that_make_other_months_are_another_length(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)


def test_a_course_in_two_parts_is_not_set_against_one() -> None:
    assert not [f for f in units.differences(
        "Prednisolone 40 mg for 5 days then 30 mg for 5 days", "Prednisolone 40 mg for 7 days")
        if f.kind == "course"]


def test_how_long_in_spanish_and_on_the_decision_page() -> None:
    with i18n.using("es"):
        (found,) = units.differences("Amoxicilina 500 mg cada 8 horas durante 7 días",
                                     "Amoxicilina 500 mg cada 8 horas durante 10 días")
        assert found.words("A", "B") == "cuánto tiempo: A escribió 7 días; B, 10 días"
    lee = Opinion(physician=Physician(name="Dr Lee"), recommendations=[Recommendation(
        treatment="Amoxicillin 500 mg tds for 5 days", category="medication", preferred=True)])
    kim = Opinion(physician=Physician(name="Dr Kim"), recommendations=[Recommendation(
        treatment="Amoxicillin 500 mg tds for 7 days", category="medication", preferred=True)])
    (option,) = options.gather_options(Case(title="Chest", opinions=[lee, kim]),
                                       include_own=False)
    assert option.gap_kind == "course"
    assert option.gap_mark().endswith("Same medicine, for another length of time")
    assert option.label == "Amoxicillin"  # the name both give, without either length


def test_how_soon_is_not_how_long() -> None:
    # "within 6 months" says when, and keeps its own question about waiting
    point = main_plans("Surgery within 24 hours", "Surgery within 6 months", "surgery")
    assert "how long" not in point.detail
    assert units.course_days("Surgery within 6 months") == ()


def test_the_decision_page_reads_weeks_as_the_months_they_make() -> None:
    option = shared_option("Tamoxifen 20 mg daily for 6 months",
                           "Tamoxifen 20 mg daily for 26 weeks")
    assert option.gaps == []
    option = shared_option("Tamoxifen 20 mg daily for 6 months",
                           "Tamoxifen 20 mg daily for 3 months")
    assert [(g.difference.kind, g.difference.a, g.difference.b) for g in option.gaps] == [
        ("course", "6 months", "3 months")]
