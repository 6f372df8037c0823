# SPDX-License-Identifier: GPL-3.0-or-later
"""Doses one after another ("sertraline 50 mg, increase to 100 mg after 2 weeks", "500 mg on day
1, then 250 mg daily") are steps of one course: never added up. They had been quoted as "50 mg +
100 mg" against "100 mg", "one is 1.5 times the other", a dose nobody wrote."""

from __future__ import annotations

import pytest

from secondop_desktop import i18n
from secondop_desktop.domain import units
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("lee", "kim", "detail"), [
    ("Sertraline 50 mg, increase to 100 mg after 2 weeks", "Sertraline 100 mg",
     "Dr Lee wrote 50 mg (milligrams) then 100 mg (milligrams), Dr Kim 100 mg "
     "(milligrams)"),
    ("Sertraline 50 mg for 2 weeks then 100 mg", "Sertraline 50 mg",
     "Dr Lee wrote 50 mg (milligrams) then 100 mg (milligrams), Dr Kim 50 mg "
     "(milligrams)"),
    ("Azithromycin 500 mg on day 1, then 250 mg daily for 4 days",
     "Azithromycin 500 mg daily for 3 days",
     "Dr Lee wrote 500 mg (milligrams) then 250 mg (milligrams), Dr Kim 500 mg "
     "(milligrams)"),
    ("Amitriptyline 10 mg at night, titrate up to 30 mg", "Amitriptyline 10 mg at night",
     "Dr Lee wrote 10 mg (milligrams) then 30 mg (milligrams), Dr Kim 10 mg "
     "(milligrams)"),
])
def test_doses_in_steps_are_quoted_as_steps_with_no_times_the_other(
        lee: str, kim: str, detail: str) -> None:
    point = main_plans(lee, kim, "medication")
    assert point.status == "different"
    assert detail in point.detail
    assert "times the other" not in point.detail and "+" not in point.detail


def test_the_same_steps_to_another_dose_differ_in_the_last() -> None:
    point = main_plans("Sertraline 50 mg, increase to 100 mg after 2 weeks",
                       "Sertraline 50 mg, increase to 150 mg after 2 weeks", "medication")
    assert point.status == "different"
    assert "then 100 mg (milligrams)" in point.detail
    assert "then 150 mg (milligrams)" in point.detail


@pytest.mark.parametrize("text", [
    "Sertraline 50 mg, increase to 100 mg after 2 weeks",
    "Sertraline 50 mg then 100 mg",
    "Gabapentin 300 mg, going up to 600 mg",
    "Sertralina 50 mg, subir a 100 mg a las 2 semanas",
])
def test_a_step_is_read_as_one(text: str) -> None:
    assert units.read(text).stepped


@pytest.mark.parametrize("text", [
    # the day's doses at two times, both taken each day
    "Metformin 500 mg in the morning then 500 mg at night",
    "Paracetamol 1 g and ibuprofen 400 mg",
    # a step's size, not a dose
    "Prednisolone 40 mg reducing by 5 mg a week",
    "Sertraline 50 mg",
])
def test_what_is_no_step_is_not(text: str) -> None:
    assert not units.read(text).stepped


def test_steps_in_spanish() -> None:
    with i18n.using("es"):
        (found,) = units.differences("Sertralina 50 mg, subir a 100 mg a las 2 semanas",
                                     "Sertralina 100 mg")
        assert "50 mg (miligramos) y luego 100 mg (miligramos)" in found.words("A", "B")


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Prednisone 30 mg then taper", "Prednisone 30 mg tapering"),
    ("Prednisone 30 mg reducing course", "Prednisone 30 mg then taper"),
    ("Prednisona 30 mg en pauta descendente", "Prednisone 30 mg tapering"),
    ("Prednisona 30 mg con descenso de 5 mg cada semana",
     "Prednisone 30 mg then reduce by 5 mg weekly"),
]))
def test_a_taper_said_two_ways_is_one(a: str, b: str) -> None:
    # "then taper" against "tapering" had differed (the "then" left in the words), and the
    # Spanish "pauta descendente" and "descenso de 5 mg" were no steps at all
    assert main_plans(a, b, "medication").status == "same"


def test_a_spanish_step_of_another_size_differs_and_says_so() -> None:
    point = main_plans("Prednisona 30 mg con descenso de 5 mg cada semana",
                       "Prednisone 30 mg then reduce by 10 mg weekly", "medication")
    assert point.status == "different"
    assert point.detail == ("the dose in steps: Dr Lee wrote lower by 5 mg (milligrams) once a "
                            "week, Dr Kim lower by 10 mg (milligrams) once a week")
    # "from 10 mg to 5 mg" is a new dose, no step of 10 mg
    assert not units.read("prednisona bajar de 10 mg a 5 mg").step


@pytest.mark.parametrize(("a", "b"), both_ways([
    # a change to a dose in another form of the word, or in Spanish (6 December, fourth
    # session: "increasing to 100 mg" against "increase to 100 mg" had read as two plans)
    ("Sertraline 50 mg, increase to 100 mg after 2 weeks",
     "Sertraline 50 mg increasing to 100 mg after 2 weeks"),
    ("Prednisolone 40 mg reducing to 20 mg after a week",
     "Prednisolone 40 mg reduce to 20 mg after a week"),
    ("Prednisolona bajar a 20 mg", "Prednisolone reduce to 20 mg"),
]))
def test_a_change_to_a_dose_said_two_ways_is_one(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_changes_the_other_way_stay_apart_in_spanish() -> None:
    assert main_plans("Subir ramipril a 10 mg", "Bajar ramipril a 2,5 mg",
                      "medication").status == "different"
    assert main_plans("Parche de nicotina", "Nicotine patch", "medication").status == "same"
