# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists in a plan read item by item: a list with one item more is not the same list made
more exact, a course length at the end of a list belongs to every item, advice that says "no"
to one item is still a list, and a broad note is refined by a list of its kinds (found by the
held-out set "lists in other orders" of 5 December, docs/comparison.md)."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from secondop_desktop.domain.diagnosis_match import listed
from tests.domain.two_doctors import main_plans
from tests.domain.two_doctors import plan_statuses as _plans


@pytest.mark.parametrize(("a", "b", "status"), [
    # one test more on one side
    ("FBC, U&E, LFT", "FBC, U&E, LFT and TFT", "different"),
    ("FBC, U&E, LFT", "FBC, U&E", "different"),
    # the same tests in another order, or the letters written out
    ("FBC, U&E, LFT", "LFT, FBC, U&E", "same"),
    ("repeat U&Es in 2 weeks", "repeat urea and electrolytes in two weeks", "same"),
    ("TFTs", "thyroid function tests", "same"),
    # a broad note against a list of its kinds
    ("bloods", "FBC, U&E and LFT", "refined"),
    ("chemo", "carboplatin and paclitaxel", "refined"),
    # ... not a list with something of another kind
    ("surgery", "surgery and chemo", "different"),
])
def test_a_list_of_tests_item_by_item(a: str, b: str, status: str) -> None:
    assert _plans(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("stop smoking, no alcohol, more exercise", "more exercise and no alcohol", "different"),
    ("no smoking, no alcohol", "no alcohol", "different"),
    ("no smoking, no alcohol", "no alcohol, no smoking", "same"),
    # what follows a biopsy is no list: the plan after it, a little more exact
    ("avoid strenuous exercise", "avoid strenuous exercise for two weeks after the biopsy",
     "refined"),
])
def test_advice_that_says_no_to_one_item_is_still_a_list(a: str, b: str, status: str) -> None:
    assert _plans(a, b, "lifestyle") == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("omeprazole 20 mg and amoxicillin 1 g for 7 days",
     "amoxicillin 1g and omeprazole 20mg for 14 days", "different"),
    ("omeprazole 20 mg and amoxicillin 1 g for 7 days",
     "amoxicillin 1g and omeprazole 20mg for a week", "same"),
    ("omeprazole 20 mg and amoxicillin 1 g for 7 days",
     "omeprazole 20 mg and amoxicillin 1 g for 14 days", "different"),
])
def test_a_course_length_at_the_end_of_a_list_is_every_items(a: str, b: str,
                                                             status: str) -> None:
    assert _plans(a, b, "medication") == (status, status)


@pytest.mark.parametrize(("text", "parts"), [
    ("FBC, U&E, LFT", ("FBC", "U&E", "LFT")),
    ("stop smoking, no alcohol, more exercise", ("stop smoking", "no alcohol", "more exercise")),
    ("Omeprazole 20 mg, amoxicillin 1 g", ("Omeprazole 20 mg", "amoxicillin 1 g")),
    # a comma that adds detail, a place or a schedule to one thing
    ("Breast cancer, ductal carcinoma in situ", ("Breast cancer, ductal carcinoma in situ",)),
    ("Salmon patch (naevus simplex), nape of neck",
     ("Salmon patch (naevus simplex), nape of neck",)),
    ("R-CHOP, 6 cycles every 21 days", ("R-CHOP, 6 cycles every 21 days",)),
    ("warfarin, INR 2-3", ("warfarin, INR 2-3",)),
    ("Salbutamol 100 micrograms inhaler, 2 puffs PRN",
     ("Salbutamol 100 micrograms inhaler, 2 puffs PRN",)),
    # "no" said once for the whole list
    ("no pneumonia or effusion", ("no pneumonia or effusion",)),
    # a range's "and" is no list's ("beber" being "drink", "Beber entre 2" had named a plan)
    ("Beber entre 2 y 3 litros al día", ("Beber entre 2 y 3 litros al día",)),
    ("Drink between 2 and 3 litres a day", ("Drink between 2 and 3 litres a day",)),
    ("entre 2 y 3 litros y caminar", ("entre 2 y 3 litros", "caminar")),
])
def test_what_a_comma_cuts(text: str, parts: tuple[str, ...]) -> None:
    assert listed(text).parts == parts


@pytest.mark.parametrize(("text", "days"), [
    ("amoxicillin 1 g for 7 days", (7,)),
    ("amoxicillin 1 g for a week", (7,)),
    ("amoxicillin tds x5d", (5,)),
    ("amoxicillin 500 mg tds", ()),
    ("review in 7 days", ()),
])
def test_course_days(text: str, days: tuple[int, ...]) -> None:
    assert units.course_days(text) == days


@pytest.mark.parametrize(("a", "b"), [
    ("chest x-ray, ECG and bloods", "bloods, ECG, CXR"),
    ("Type 2 diabetes and hypertension", "HTN, T2DM"),
])
def test_a_list_by_commas_in_another_order(a: str, b: str) -> None:
    assert _plans(a, b) == ("same", "same")


@pytest.mark.parametrize(("a", "b", "turned_down"), [
    # the "if" of a medicine when needed puts nothing off
    ("EpiPen 0.3mg IM outer thigh if anaphylaxis",
     "epinephrine 0.3 mg EpiPen to lateral thigh for anaphylaxis", False),
    # "later" against a time the other gives
    ("repeat the scan later", "repeat MRI brain in 6 months", False),
    ("surgery later", "surgery", True),
    ("surgery if physio fails", "surgery", True),
    ("Warfarin as needed only if physio fails", "Warfarin as needed", True),
])
def test_what_puts_a_plan_off(a: str, b: str, turned_down: bool) -> None:
    point = main_plans(a, b, "medication")
    assert ("advises against" in point.question) == turned_down, point.question


@pytest.mark.parametrize(("a", "b", "status"), [
    ("stop smoking, it worsens thyroid eye disease",
     "quit smoking as it makes Graves eye disease worse", "same"),
    ("quit smoking, worsens RA", "stop smoking, it makes rheumatoid arthritis worse", "refined"),
])
def test_why_a_plan_is_advised_is_no_thing_named_besides(a: str, b: str, status: str) -> None:
    # (eighteenth session) "it makes rheumatoid arthritis worse" after a comma had been a
    # thing one doctor "also names"
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y, "lifestyle")
        assert point.status == status
        assert "also names" not in point.detail
