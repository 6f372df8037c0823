# SPDX-License-Identifier: GPL-3.0-or-later
"""A count of tablets beside a tablet's strength. One tablet of 40 mg is 40 mg: "furosemide 40 mg
one tablet in the morning" against "furosemide 40 mg once daily in the morning" had differed
with no words (the count of one stood as a second dose). Eight tablets of 5 mg may be 40 mg:
"prednisolone 5 mg x 8 tablets" against "prednisolone 40 mg" had said "Dr Lee wrote 5 mg ...
(one is 8 times the other)", the count left out (only two to six tablets were counted). Read now
as "500 mg two tablets" always was: that many times the strength, or the strength itself, which
the note does not say."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from secondop_desktop.domain.options import bare_name
from tests.domain.two_doctors import both_ways, main_plans, shared_option


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Furosemide 40 mg one tablet in the morning", "Furosemide 40 mg once daily in the morning"),
    ("Furosemida 40 mg un comprimido por la mañana",
     "Furosemide 40 mg once daily in the morning"),
]))
def test_one_tablet_of_the_strength_is_the_strength(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Prednisolone 5 mg x 8 tablets", "Prednisolone 40 mg"),
    ("Prednisolone 8 tablets of 5 mg", "Prednisolone 40 mg"),
    ("Prednisolona 5 mg 8 comprimidos", "Prednisolone 40 mg once daily"),
]))
def test_many_tablets_may_be_their_total(a: str, b: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status == "maybe_same"
    assert "8 × 5 mg (can mean 40 mg or 5 mg)" in point.detail


def test_counts_and_strengths_that_differ_still_differ() -> None:
    point = main_plans("Prednisolone 5 mg x 8 tablets", "Prednisolone 30 mg", "medication")
    assert point.status == "different"
    assert "one is" not in point.detail  # no "8 times" of the strength alone
    assert main_plans("Furosemide 40 mg one tablet", "Furosemide 80 mg",
                      "medication").status == "different"
    assert main_plans("Furosemide 40 mg one tablet", "Furosemide 40 mg two tablets",
                      "medication").status == "different"


def test_days_are_no_tablets() -> None:
    assert [d.base for d in units.read("Prednisolone 5 mg x 5 days").doses] == [5.0]


def test_the_x_of_a_count_goes_with_it() -> None:
    # the options page had named the option "Prednisolone x"
    assert bare_name("Prednisolone 5 mg x 8 tablets once daily") == "Prednisolone"
    assert shared_option("Prednisolone 5 mg x 8 tablets once daily",
                         "Prednisolone 40 mg once daily").label == "Prednisolone"
    assert units.without_facts("chest x-ray") == "chest x ray"  # an X-ray keeps its x


@pytest.mark.parametrize(("a", "b"), both_ways([
    # the count both give, the strength of each tablet only one (6 December, eighth session):
    # "paracetamol two tablets four times a day" against "paracetamol 500 mg 2 tablets QDS"
    # had differed with nothing to say how (the strength was taken for a second dose)
    ("Paracetamol two tablets four times a day", "Paracetamol 500 mg 2 tablets QDS"),
    ("Ibuprofen 2 tablets three times a day", "Ibuprofen 200 mg 2 tablets TDS"),
    ("Co-codamol two tablets four times a day", "Co-codamol 30/500 2 tablets QDS"),
]))
def test_a_strength_beside_the_same_count_is_more_detail(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "refined"


def test_a_strength_beside_another_count_still_differs() -> None:
    point = main_plans("Ibuprofen 3 tablets three times a day", "Ibuprofen 200 mg 2 tablets TDS",
                       "medication")
    assert (point.status, point.detail) == (
        "different", "Dr Lee wrote 3 tablets, Dr Kim 2 tablets (one is 1.5 times the other)")
    # a measure besides the amount both give is no strength of a count ("per 3 litres")
    assert main_plans("8 g albumin per litre of ascites drained",
                      "8 g albumin per 3 litres of ascites drained",
                      "medication").status == "different"
