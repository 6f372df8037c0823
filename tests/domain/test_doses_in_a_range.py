# SPDX-License-Identifier: GPL-3.0-or-later
"""A dose given as a range ("50-100 mg", "5 to 10 mg", "1-2 puffs", "one or two tablets", "de
400 a 600 mg", "entre 400 y 600 mg") is read as a range. Only its most had been read: "morphine
5-10 mg" against "20 mg" said "Dr Lee wrote 10 mg"; "tramadol 50-100 mg" against "50 mg" said
"Dr Lee wrote 100 mg ... (one is 2 times the other)"; and one range written two ways ("50-100
mg", "50 to 100 mg") read as one said more exactly, its lowest amount left among the words."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Tramadol 50-100 mg every 4-6 hours", "Tramadol 50 to 100 mg every 4 to 6 hours"),
    ("Oxycodone 5 to 10 mg every 4 hours", "Oxycodone 5-10mg 4 hourly"),
    ("Morphine 5 mg to 10 mg every 4 hours as needed", "Morphine 5-10 mg 4-hourly prn"),
    ("Salbutamol one or two puffs as needed", "Salbutamol 1-2 puffs when needed"),
    ("Ibuprofeno 400-600 mg cada 8 horas", "Ibuprofen 400 to 600 mg every 8 hours"),
    ("Ibuprofeno de 400 a 600 mg cada 8 horas", "Ibuprofen 400 to 600 mg every 8 hours"),
    ("Ibuprofeno entre 400 y 600 mg cada 8 horas", "Ibuprofen 400-600 mg every 8 hours"),
    ("Paracetamol 500 mg-1 g every 6 hours", "Paracetamol 0.5 to 1 g every 6 hours"),
]))
def test_one_range_written_two_ways_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Tramadol 50-100 mg every 4-6 hours", "Tramadol 50 mg every 4-6 hours"),
    ("Tramadol 50-100 mg every 4-6 hours", "Tramadol 100 mg every 4-6 hours"),
    ("Morphine 5-10 mg every 4 hours as needed", "Morphine 10 mg every 4 hours as needed"),
    ("Salbutamol 1-2 puffs as needed", "Salbutamol 2 puffs as needed"),
    ("Methotrexate 7.5-15 mg weekly", "Methotrexate 10 mg weekly"),
    ("Lactulose 10-15 ml twice a day", "Lactulose 15 ml twice a day"),
    ("Calpol 120 mg/5 ml 5-10 ml every 6 hours", "Calpol 120 mg/5 ml 10 ml every 6 hours"),
    ("Paracetamol 10-15 mg/kg every 6 hours (child 20 kg)",
     "Paracetamol 300 mg every 6 hours (child 20 kg)"),
]))
def test_an_amount_inside_the_range_says_more_exactly(a: str, b: str) -> None:
    # (no "times the other": the amount is one the range allows)
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("refined", "")


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Morphine 5-10 mg every 4 hours as needed", "Morphine 20 mg every 4 hours as needed",
     "Dr Lee wrote 5 to 10 mg (milligrams), Dr Kim 20 mg (milligrams)"),
    ("Tramadol 50-100 mg every 4-6 hours", "Tramadol 100-200 mg every 4-6 hours",
     "Dr Lee wrote 50 to 100 mg (milligrams), Dr Kim 100 to 200 mg (milligrams)"),
    ("Salbutamol 1-2 puffs as needed", "Salbutamol 4 puffs as needed",
     "Dr Lee wrote 1 to 2 puffs, Dr Kim 4 puffs"),
    ("Paracetamol 10-15 mg/kg every 6 hours (child 20 kg)",
     "Paracetamol 400 mg every 6 hours (child 20 kg)",
     "Dr Lee wrote 200 to 300 mg (milligrams), Dr Kim 400 mg (milligrams)"),
])
def test_an_amount_outside_the_range_differs_and_quotes_the_range(
        a: str, b: str, detail: str) -> None:
    assert (main_plans(a, b, "medication").status, main_plans(a, b, "medication").detail) == (
        "different", detail)
    assert main_plans(b, a, "medication").status == "different"


def test_what_is_no_range_of_a_dose() -> None:
    def lows(text: str) -> list[float]:
        return [d.low for d in units.read(text).doses]
    assert lows("Increase sertraline from 50 to 100 mg") == [0.0]  # a change, not a range
    assert lows("Reduce to 10 mg") == [0.0]
    assert lows("Paracetamol 5 mg - 10 ml") == [0.0, 0.0]  # two measures
    assert lows("Potassium 3.5-5.0 mmol/L") == []  # a level, no dose
    assert lows("Prednisolone 40 mg for 3-5 days") == [0.0]
    assert lows("uno o dos comprimidos") == [1.0]


def test_a_range_in_spanish_words() -> None:
    (dose,) = units.read("Morfina 5-10 mg").doses
    assert dose.words == "5 to 10 mg (milligrams)"
    with using("es"):
        assert dose.words == "de 5 a 10 mg (miligramos)"


def test_two_amounts_either_of_which_may_be_taken_are_both_read() -> None:
    # "50 or 100 mg" had been read as 100 mg alone: against "50 mg" the row said "Dr Lee wrote
    # 100 mg ... (one is 2 times the other)", though Dr Lee had written 50 too
    assert [d.low for d in units.read("Sertraline 50 or 100 mg").doses] == [50.0]
    assert main_plans("Sertraline 50 or 100 mg daily", "Sertraline 50 mg daily",
                      "medication").status == "refined"
    assert main_plans("Amlodipine 5 or 10 mg daily", "Amlodipine 5 mg daily",
                      "medication").status == "refined"
    point = main_plans("Sertraline 50 or 100 mg daily", "Sertraline 200 mg daily", "medication")
    assert (point.status, point.detail) == (
        "different", "Dr Lee wrote 50 to 100 mg (milligrams), Dr Kim 200 mg (milligrams)")


@pytest.mark.parametrize(("a", "b", "status"), [
    # "2hrly", "4-6hrly", as a chart writes every so many hours (11th session: not read, so
    # "Oramorph 2.5-5mg 2hrly PRN" against "every 2 hours when needed" had differed)
    ("paracetamol 1g 4-6hrly PRN", "paracetamol 1 g every 4 to 6 hours when needed", "same"),
    ("oramorph 2.5-5mg 2hrly PRN", "Oramorph 2.5 to 5 mg every 2 hours when needed", "same"),
    ("paracetamol 1g 6hrly", "paracetamol 1 g 4hrly", "different"),
])
def test_so_many_hourly_written_short(a: str, b: str, status: str) -> None:
    assert main_plans(a, b, "medication").status == status
    assert main_plans(b, a, "medication").status == status
