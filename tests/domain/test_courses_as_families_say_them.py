# SPDX-License-Identifier: GPL-3.0-or-later
"""How long a course lasts, as a family writes it down: "a week of antibiotics", "two weeks'
rest", "a couple of days", "for a week then stop". Each had read as another plan than the
doctor's "antibiotics for 7 days" (no detail, "Ask both doctors how they would do this"), a
difference that was only the words. A stop said at the course's end is the course's end, but
set against the same course followed by something else ("then taper", "then review") it is
what differs, and it is said so."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secondop_desktop import i18n
from secondop_desktop.domain import options, units
from tests.domain.two_doctors import main_plans


@pytest.mark.parametrize(("a", "b"), [
    ("A week of antibiotics", "Antibiotics for 7 days"),
    ("Two weeks of antibiotics", "Antibiotics for 14 days"),
    ("A fortnight of antibiotics", "Antibiotics for 14 days"),
    ("Two weeks' antibiotics", "Antibiotics for 14 days"),
    ("Six weeks of physio", "Physiotherapy for 6 weeks"),
    ("Three months of tamoxifen", "Tamoxifen for 3 months"),
    ("Two weeks of rest", "Rest for 2 weeks"),
    ("Rest for a couple of days", "Rest for 2 days"),
    ("A couple of weeks off work", "Two weeks off work"),
    ("Una semana de antibiótico", "Antibiótico durante 7 días"),
    ("Dos semanas de reposo", "Reposo 14 días"),
    # the stop said at the end is the end of the course
    ("Amoxicillin for a week then stop", "Amoxicillin for 7 days"),
    ("Antibiótico durante 7 días y luego suspender", "Antibiótico durante una semana"),
    ("Antibiótico durante 7 días y luego suspenderlo", "Antibiótico durante una semana"),
])
def test_a_length_said_the_familys_way_is_the_doctors_course(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"
    assert main_plans(b, a, "medication").status == "same"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("A week of antibiotics", "Antibiotics for 10 days",
     "how long: Dr Lee wrote 1 week, Dr Kim 10 days"),
    ("Ten days of antibiotics", "A week of antibiotics",
     "how long: Dr Lee wrote 10 days, Dr Kim 1 week"),
    ("Rest for a couple of days", "Rest for a week",
     "how long: Dr Lee wrote 2 days, Dr Kim 1 week"),
])
def test_two_lengths_said_so_still_differ_as_written(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)


@pytest.mark.parametrize("text", [
    "Review after 2 weeks of antibiotics",  # when, not how long
    "6 weeks of symptoms",
    "En 2 semanas de tratamiento, revisar",
    "Scan at 12 weeks of pregnancy",
])
def test_a_time_that_is_no_course_is_not_read_as_one(text: str) -> None:
    assert units.course_days(text) == ()


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Prednisolone for 5 days then stop", "Prednisolone for 5 days then taper",
     "at the end of the course: Dr Lee wrote stop, Dr Kim taper"),
    ("pred 30mg for 5 days then stop", "pred 30mg for 5 days then review",
     "at the end of the course: Dr Lee wrote stop, Dr Kim review"),
])
def test_stop_against_what_else_follows_the_course_differs(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)
    assert main_plans(b, a, "medication").status == "different"


def test_what_follows_the_course_in_spanish_and_on_the_decision_page() -> None:
    (found,) = units.differences("Prednisolone for 5 days then stop",
                                 "Prednisolone for 5 days then taper")
    assert found.kind == "end"
    assert found.kind in options.GAP_KINDS
    assert ("end", True) in options.GAP_MARKS and ("end", False) in options.GAP_MARKS
    with i18n.using("es"):
        (found,) = units.differences("Prednisolone for 5 days then stop",
                                     "Prednisolone for 5 days then taper")
        assert found.words("A", "B") == (
            "al terminar el tratamiento: A escribió suspender; B, taper")


@given(count=st.integers(min_value=2, max_value=30),
       unit=st.sampled_from(["days", "weeks", "months"]),
       treatment=st.sampled_from(["antibiotics", "physio", "rest", "prednisolone"]))
def test_so_long_of_a_thing_is_the_thing_for_so_long(count: int, unit: str,
                                                      treatment: str) -> None:
    assert units.course_days(f"{count} {unit} of {treatment}") == units.course_days(
        f"{treatment} for {count} {unit}") != ()
