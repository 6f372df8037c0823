# SPDX-License-Identifier: GPL-3.0-or-later
"""One course of radiotherapy written its several ways (seventeenth session): "60 Gy in 30
fractions" and "2 Gy a day, weekdays for 6 weeks", "40Gy/15#", "50 Gy en 25 sesiones" against
"2 Gy per day x 25 fractions". Read word by word they had differed, with no reason given, and
"50 Gy" against "2 Gy" was said as one dose 25 times the other; "RT" before a dose had read as
"right" ("which side: left and right")."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import radiotherapy_doses
from secondop_desktop.domain.radiotherapy_doses import Course
from tests.domain.two_doctors import both_ways, main_plans, shared_option


@pytest.mark.parametrize(("text", "course"), [
    ("RT 60 Gy in 30 fractions", Course(60, 30)),
    ("radiotherapy 2 Gy a day, weekdays for 6 weeks", Course(60, 30)),
    ("XRT 40Gy/15# over 3 weeks", Course(40, 15)),
    ("radioterapia 50 Gy en 25 sesiones", Course(50, 25)),
    ("RT 2 Gy per day x 25 fractions", Course(50, 25)),
    ("RT 2 Gy a day for 5 weeks (50 Gy in 25#)", Course(50, 25)),
    ("palliative RT 8 Gy single fraction", Course(8, 1)),
    ("one-off 8 Gy radiotherapy for the pain", Course(8, 1)),
    ("Radiotherapy 5 days a week for 4 weeks", Course(0, 20)),
    ("Radioterapia de lunes a viernes durante 5 semanas, 2 Gy por sesión", Course(50, 25)),
    # a dose a fraction rounded to two decimals adds up to the whole Gy it came from (40.05
    # Gy had been quoted as Dr Kim's); one decimal is as written
    ("left breast radiotherapy 2.67 Gy a day, weekdays for 3 weeks", Course(40, 15)),
    ("RT 1.8 Gy x 28 fractions", Course(50.4, 28)),
])
def test_a_course_as_its_total_and_fractions(text: str, course: Course) -> None:
    assert radiotherapy_doses.course(text) == course


@pytest.mark.parametrize("text", [
    "radiotherapy to the breast",
    "RT 50 Gy",  # the fractions not given
    "Radiotherapy daily for 4 weeks",  # daily may be every day: not counted
    "Physio 5 days a week for 4 weeks",  # no radiotherapy
    "rt knee physio 6 sessions",  # "rt" is the right knee's, as often as radiotherapy
    "RT 2 Gy x 25 fractions, 60 Gy",  # does not add up: as written
    "60 Gy in 30 fractions then a boost of 10 Gy in 5 fractions",  # two courses
])
def test_a_course_not_given_in_full_is_not_read(text: str) -> None:
    assert radiotherapy_doses.course(text) is None
    assert radiotherapy_doses.as_total_in_fractions(text) == text


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("RT 60 Gy in 30 fractions", "radiotherapy 2 Gy a day, weekdays for 6 weeks"),
    ("DXT 40 Gy in 15 fractions", "XRT 40Gy/15# over 3 weeks"),
    ("radioterapia 50 Gy en 25 sesiones", "RT 2 Gy per day x 25 fractions"),
    ("RT 50 Gy in 25 fractions to left breast", "left breast radiotherapy 50Gy/25#"),
    ("Radiotherapy 5 days a week for 4 weeks", "Radiotherapy, 20 fractions"),
    ("RT 40 Gy in 15 fractions to left breast",
     "left breast radiotherapy 2.67 Gy a day, weekdays for 3 weeks"),
]))
def test_one_course_written_two_ways_is_the_same(a: str, b: str) -> None:
    point = main_plans(a, b)
    assert (point.status, point.question) == ("same", "")


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("radiotherapy to the breast", "breast RT 40 Gy in 15 fractions"),
    ("radiotherapy to the prostate", "prostate radiotherapy 60 Gy in 20 fractions"),
]))
def test_a_course_given_by_one_doctor_says_more(a: str, b: str) -> None:
    assert main_plans(a, b).status == "refined"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("RT 2 Gy a day for 5 weeks (50 Gy in 25#)", "40 Gy in 15 fractions",
     "Dr Lee wrote 50 Gy (gray), Dr Kim 40 Gy (gray)"),
    ("radioterapia 50 Gy en 25 sesiones", "radiotherapy 40 Gy in 15 fractions",
     "Dr Lee wrote 50 Gy (gray), Dr Kim 40 Gy (gray)"),
])
def test_two_courses_differ_by_their_totals(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b)
    assert (point.status, point.detail) == ("different", detail)
    assert "25 times" not in point.detail


def test_another_number_of_fractions_still_differs() -> None:
    assert main_plans("Radiotherapy 5 days a week for 4 weeks",
                      "Radiotherapy, 25 fractions").status == "different"
    assert main_plans("radiotherapy to the breast", "radiotherapy to the prostate").status == (
        "different")


@pytest.mark.parametrize(("a", "b", "status"), [
    # (seventeenth session) Spanish "radio" beside chemotherapy is radiotherapy; it had read as
    # the radius, "Dr Lee also names radioterapia"
    ("quimio y luego radioterapia", "quimioterapia seguida de radio", "same"),
    ("radio y quimio", "radioterapia y quimioterapia", "same"),
    ("sesiones de radio", "sesiones de radioterapia", "same"),
    # beside a fracture it stays the bone
    ("fractura de radio", "radioterapia", "different"),
    ("fractura de radio, 10 sesiones de fisioterapia", "radioterapia, 10 sesiones", "different"),
])
def test_spanish_radio_beside_chemotherapy_is_radiotherapy(a: str, b: str, status: str) -> None:
    assert main_plans(a, b).status == status


@pytest.mark.parametrize(("a", "b", "gaps"), [
    ("RT 60 Gy in 30 fractions", "radiotherapy 2 Gy a day, weekdays for 6 weeks", []),
    ("radioterapia 50 Gy en 25 sesiones", "RT 2 Gy per day x 25 fractions", []),
    ("RT 60 Gy in 30 fractions", "RT 66 Gy in 33 fractions",
     [("dose", "60 Gy (gray)", "66 Gy (gray)")]),
])
def test_the_decision_page_reads_a_course_as_the_comparison_does(
        a: str, b: str, gaps: list[tuple[str, str, str]]) -> None:
    option = shared_option(a, b, "radiation")
    assert [(g.difference.kind, g.difference.a, g.difference.b) for g in option.gaps] == gaps
