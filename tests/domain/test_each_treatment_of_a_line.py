# SPDX-License-Identifier: GPL-3.0-or-later
"""A line that names several treatments, each with its own dose and rhythm, is read treatment by
treatment (eighteenth session). Read as one, the line's first rhythm had been set against the
other line's first ("paracetamol 1g qds prn and ibuprofen 400mg tds" against "ibuprofen 400 mg
three times a day, paracetamol 1 g four times a day as needed": "how often: Dr Lee wrote four
times a day, Dr Kim three times a day", though both wrote the same for each), and the doses of
two medicines added up ("5 mg + 10 mg"). What differs now names its treatment."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import plan_match
from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans, shared_option


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("paracetamol 1g qds prn and ibuprofen 400mg tds with food",
     "ibuprofen 400 mg three times a day with meals, paracetamol 1 g four times a day as needed"),
    ("paracetamol 1g qds prn and ibuprofen 400mg tds",
     "ibuprofen 400 mg three times a day, paracetamol 1 g qds prn"),
    ("ramipril 5 mg, amlodipine 10 mg", "amlodipine 10 mg and ramipril 5 mg"),
]))
def test_the_same_treatments_in_another_order_and_words_are_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("ramipril 5 mg daily and amlodipine 10 mg daily",
     "ramipril 5 mg daily and amlodipine 10 mg twice daily",
     "amlodipine: how often: Dr Lee wrote once a day, Dr Kim twice a day"),
    ("ramipril 5 mg, amlodipine 10 mg", "amlodipine 5 mg, ramipril 5 mg",
     "amlodipine: Dr Lee wrote 10 mg (milligrams), Dr Kim 5 mg (milligrams) (one is 2 times "
     "the other)"),
    ("aspirin 75 mg and clopidogrel 75 mg daily",
     "aspirin 75 mg daily and clopidogrel 150 mg daily",
     "clopidogrel: Dr Lee wrote 75 mg (milligrams), Dr Kim 150 mg (milligrams) (one is 2 times "
     "the other)"),
])
def test_what_differs_names_its_treatment(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)
    assert " + " not in point.detail


def test_facts_given_each_to_the_other_treatment_are_still_asked_as_such() -> None:
    for a, b in (("ramipril 5 mg, amlodipine 10 mg", "ramipril 10 mg, amlodipine 5 mg"),
                 ("metformin 500 mg twice daily and gliclazide 80 mg once daily",
                  "metformin 500 mg once daily and gliclazide 80 mg twice daily")):
        assert plan_match.facts_part_by_part(a, b) is None
        assert "each the other way round" in main_plans(a, b, "medication").question


def test_a_line_is_read_whole_where_its_parts_do_not_pair() -> None:
    # a dose in turn, a step, one treatment named by one side only
    for a, b in (("Warfarin 5 mg and 2.5 mg on alternate days", "Warfarin 3.75 mg daily"),
                 ("prednisolone 40 mg then taper", "prednisolone 40 mg, reduce by 5 mg weekly"),
                 ("aspirin 75 mg and clopidogrel 75 mg", "aspirin 75 mg")):
        assert plan_match.parts_paired(a, b) == []


def test_the_options_page_reads_each_treatment_too() -> None:
    option = shared_option("paracetamol 1g qds prn and ibuprofen 400mg tds",
                           "ibuprofen 400 mg three times a day, paracetamol 1 g qds prn")
    assert option.gaps == []
    option = shared_option("ramipril 5 mg daily and amlodipine 10 mg daily",
                           "ramipril 5 mg daily and amlodipine 10 mg twice daily")
    assert [gap.words() for gap in option.gaps] == [
        "Amlodipine: how often: Dr Ann Lee wrote once a day, Dr Bo Kim twice a day"]


def test_the_treatment_is_named_in_spanish_words_too() -> None:
    with using("es"):
        point = main_plans("ramipril 5 mg una vez al día y amlodipino 10 mg una vez al día",
                           "amlodipino 10 mg dos veces al día y ramipril 5 mg una vez al día",
                           "medication")
    assert point.detail == ("amlodipino: con qué frecuencia: el Dr Lee escribió una vez al día; "
                            "el Dr Kim, dos veces al día")


def test_medicines_listed_by_commas_alone_are_each_read() -> None:
    # "ramipril 2.5 mg, aspirin 75 mg, atorvastatin 40 mg" had been one thing (aspirin, with a
    # dose, was no medicine of the table's kinds), so the other line's three medicines read as
    # two it named besides: "Dr Lee also names atorvastatin 80 mg; ramipril 2.5 mg"
    point = main_plans("aspirin 75 mg, atorvastatin 80 mg and ramipril 2.5 mg",
                       "ramipril 2.5 mg, aspirin 75 mg, atorvastatin 40 mg", "medication")
    assert (point.status, point.detail) == (
        "different", "atorvastatin: Dr Lee wrote 80 mg (milligrams), Dr Kim 40 mg (milligrams) "
        "(one is 2 times the other)")
