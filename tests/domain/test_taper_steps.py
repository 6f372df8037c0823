# SPDX-License-Identifier: GPL-3.0-or-later
"""A dose lowered or raised by so much at a time: "then reduce by 5 mg weekly", "increase by
25 mg every 2 weeks", "bajar 5 mg cada semana". The step's size had been read as a second dose
and its rhythm as the dose's: "prednisolone 30 mg for 1 week then reduce by 5 mg weekly"
against "30 mg daily for 7 days" said "30 mg then 5 mg; how often: once a week against once a
day", as if one doctor gave 5 mg a week."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("text", "step"), [
    ("Prednisolone 30 mg for 1 week then reduce by 5 mg weekly", "down|5|mass|once a week"),
    ("Prednisolone 30 mg, taper by 2.5 mg every 2 weeks", "down|2.5|mass|every two weeks"),
    ("Sertraline 50 mg, increase by 25 mg each week", "up|25|mass|once a week"),
    ("Levothyroxine 50 mcg, increase by 25 mcg every 6 weeks", "up|0.025|mass|every 6 weeks"),
    ("Prednisolona 30 mg y luego bajar 5 mg cada semana", "down|5|mass|once a week"),
    ("Prednisolona 30 mg, reducir en 5 mg a la semana", "down|5|mass|once a week"),
    ("Prednisolona 30 mg, bajar 5 mg cada 2 semanas", "down|5|mass|every two weeks"),
])
def test_a_step_is_read_as_a_step(text: str, step: str) -> None:
    facts = units.read(text)
    assert facts.step.startswith(step + "|")
    # the step's size is no dose, and its rhythm no rhythm of the dose
    assert [d.base for d in facts.doses] == [facts.doses[0].base] and not facts.stepped
    assert facts.frequency in ("", "once a day")


@pytest.mark.parametrize("text", [
    "Sertraline 50 mg, increase to 100 mg after 2 weeks",  # a new dose, not a step's size
    "Reduce salt by 2 g a day",  # no medicine beside it
    "Prednisolone 40 mg then taper",  # a taper with no size: nothing to read
])
def test_other_changes_are_no_sized_step(text: str) -> None:
    assert units.read(text).step == ""


def test_a_taper_against_none_says_so() -> None:
    point = main_plans("Prednisolone 30 mg for 1 week then reduce by 5 mg weekly",
                       "Prednisolone 30 mg daily for 7 days", "medication")
    assert point.status == "different"
    assert point.detail == ("the dose in steps: Dr Lee wrote lower by 5 mg (milligrams) once a "
                            "week, Dr Kim no steps written")


@pytest.mark.parametrize(("a", "b", "words"), [
    ("Prednisolone 30 mg, reduce by 5 mg weekly", "Prednisolone 30 mg, reduce by 2.5 mg weekly",
     "Dr Lee wrote lower by 5 mg (milligrams) once a week, Dr Kim lower by 2.5 mg (milligrams) "
     "once a week"),
    ("Sertraline 50 mg, increase by 25 mg every 2 weeks",
     "Sertraline 50 mg, increase by 25 mg every 4 weeks",
     "Dr Lee wrote raise by 25 mg (milligrams) every two weeks, Dr Kim raise by 25 mg "
     "(milligrams) every four weeks"),
    ("Prednisolone 40 mg then taper", "Prednisolone 40 mg, reduce by 5 mg weekly",
     "Dr Lee wrote steps, with no size written, Dr Kim lower by 5 mg (milligrams) once a week"),
])
def test_two_steps_are_set_against_each_other(a: str, b: str, words: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status == "different"
    assert point.detail == f"the dose in steps: {words}"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Prednisolone 30 mg for 1 week then reduce by 5 mg weekly",
     "Prednisolone 30 mg for 1 week, then taper by 5 mg every week"),
    ("Prednisolona 30 mg y luego bajar 5 mg cada semana",
     "Prednisolona 30 mg y luego reducir en 5 mg a la semana"),
]))
def test_one_step_said_two_ways_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_the_step_in_spanish() -> None:
    with using("es"):
        point = main_plans("Prednisolona 30 mg, bajar 5 mg cada semana",
                           "Prednisolona 30 mg al día durante 7 días", "medication")
    assert point.detail == ("la dosis por pasos: el Dr Lee escribió bajar 5 mg (miligramos) una "
                            "vez por semana; el Dr Kim, ningún paso escrito")


@pytest.mark.parametrize(("a", "b", "words"), [
    ("Sertraline 50 mg daily", "Sertraline 50 mg daily, increase to 100 mg if needed",
     "Dr Lee wrote 50 mg (milligrams), Dr Kim 50 mg (milligrams) then 100 mg (milligrams)"),
    ("Sertralina 50 mg al día", "Sertralina 50 mg al día, subir a 100 mg si hace falta",
     "Dr Lee wrote 50 mg (milligrams), Dr Kim 50 mg (milligrams) then 100 mg (milligrams)"),
])
def test_a_change_if_needed_leaves_the_dose_regular(a: str, b: str, words: str) -> None:
    """"Increase to 100 mg if needed": the increase is if needed, each dose is not; it had read
    as "how often: Dr Lee wrote once a day, Dr Kim when needed"."""
    assert not units.read(b).as_needed
    assert main_plans(a, b, "medication").detail == words


def test_up_to_so_many_times_if_needed_stays_when_needed() -> None:
    assert units.read("Oxycodone 5 mg, up to 4 times a day if needed").as_needed
