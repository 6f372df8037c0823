# SPDX-License-Identifier: GPL-3.0-or-later
"""So many tablets of a strength, as a label or a family writes the dose: "two 500 mg tablets"
is 1 g, "half a 5 mg tablet" 2.5 mg, "dos comprimidos de 500 mg" 1 g. They had read as the
strength alone, and against "paracetamol 1 g" said "Dr Lee wrote 500 mg, Dr Kim 1 g (one is 2
times the other)", a difference the doctors did not have; "2 500mg tablets" had read as 2,500
mg, a space taken for a thousands mark."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("text", "amount"), [
    ("Paracetamol two 500 mg tablets four times a day", 1000.0),
    ("Paracetamol 2 500mg tablets qds", 1000.0),
    ("Bisoprolol half a 5 mg tablet", 2.5),
    ("Bisoprolol 1/2 of a 5 mg tablet", 2.5),
    ("Amlodipine one 10 mg tablet daily", 10.0),  # one: its strength, as before
    ("Paracetamol 2 tablets of 500 mg qds", 1000.0),
    ("Paracetamol dos comprimidos de 500 mg cada 8 horas", 1000.0),
    ("Bisoprolol medio comprimido de 5 mg", 2.5),
    # the medicine named between the form and its strength
    ("Medio comprimido de bisoprolol 5 mg", 2.5),
    ("Half a tablet of bisoprolol 5 mg daily", 2.5),
    ("Two tablets of paracetamol 500 mg qds", 1000.0),
])
def test_a_count_of_tablets_of_a_strength_is_their_total(text: str, amount: float) -> None:
    (dose,) = units.read(text).doses
    assert dose.base == amount and dose.other is None


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Paracetamol two 500 mg tablets four times a day", "Paracetamol 1 g qds"),
    ("Bisoprolol half a 5 mg tablet daily", "Bisoprolol 2.5 mg daily"),
    ("Paracetamol dos comprimidos de 500 mg cada 8 horas", "Paracetamol 1 g cada 8 horas"),
    ("Medio comprimido de bisoprolol 5 mg", "Bisoprolol 2,5 mg"),
]))
def test_the_same_dose_said_as_tablets_agrees(a: str, b: str) -> None:
    # "tablets" says the form too: one said more exactly, never a difference of dose
    assert main_plans(a, b, "medication").status in ("same", "refined")


def test_tablets_of_a_strength_against_another_dose_say_both_amounts() -> None:
    point = main_plans("Paracetamol two 500 mg tablets four times a day",
                       "Paracetamol 500 mg qds", "medication")
    assert point.status == "different"
    assert "1,000 mg (milligrams)" in point.detail and "500 mg (milligrams)" in point.detail


def test_a_strength_then_a_count_stays_unsure() -> None:
    # "500mg 2 tablets": two tablets of 500 mg, or 500 mg as two tablets of 250 mg
    assert main_plans("Paracetamol 500mg 2 tablets qds", "Paracetamol 1 g qds",
                      "medication").status == "maybe_same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Adrenaline auto-injector 2 x 0.3 mg", "Adrenaline auto-injector 2 x 0.15 mg"),
    ("Ibuprofen 2 x 200 mg tds", "Ibuprofen 2 x 400 mg tds"),
]))
def test_one_count_times_two_strengths_differs(a: str, b: str) -> None:
    """Whichever way "2 x" is meant (two tablets, or twice), both doctors mean it alike: the
    strengths differ. They had read as "may be the same", 0.3 mg being one reading of each."""
    point = main_plans(a, b, "medication")
    assert point.status == "different"
    assert "(one is 2 times the other)" in point.detail


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Ibuprofen 2 x 200 mg tds", "Ibuprofen 2x200mg tds"),
    ("carvedilol 3.125 mg twice a day", "Coreg 3.125mg bd"),
]))
def test_one_unclear_amount_written_alike_is_the_same(a: str, b: str) -> None:
    # "2x200mg" had no dose read at all; an amount that can mean two, written alike on both
    # sides, is one fact (it was left to the words, "200mg" against "200 mg")
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Ibuprofen 200mg x2 three times a day", "Ibuprofen 400 mg tds"),
    ("Paracetamol 500 mg x 2 qds", "Paracetamol 1 g four times a day"),
    ("Ibuprofeno 200 mg x2 cada 8 horas", "Ibuprofeno 400 mg cada 8 horas"),
]))
def test_a_count_after_the_strength_before_a_rhythm_is_not_another_dose(a: str, b: str) -> None:
    """"200mg x2 three times a day": two tablets each time, or (as "2 x 200mg" is read) 200 mg;
    against 400 mg it had said "200 mg against 400 mg (one is 2 times the other)"."""
    point = main_plans(a, b, "medication")
    assert point.status == "maybe_same"
    assert "can mean" in point.detail


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Ibuprofen 200mg x2 three times a day", "Ibuprofen 2 x 200 mg tds", "same"),
    ("Ibuprofen 200mg x2 three times a day", "Ibuprofen 600 mg tds", "different"),
    # "x2 daily" is still twice a day; "x3 days" still a course; alone, "x2" the pens given
    ("Metformin 500mg x2 daily", "Metformin 500 mg twice a day", "same"),
    ("Adrenaline auto-injector 0.3 mg x2", "Adrenaline auto-injector 0.15 mg x2", "different"),
])
def test_a_count_after_the_strength_elsewhere(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "medication").status == status


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Senna 2 tabs at night", "Senna 2 tablets at night"),
    ("Amitriptyline 10 mg 2 tabs at night", "Amitriptyline 10 mg 2 tablets at night"),
    ("Omeprazole 20 mg caps daily", "Omeprazole 20 mg capsules daily"),
]))
def test_tabs_and_caps_are_tablets_and_capsules(a: str, b: str) -> None:
    """"Tabs" had not said "by mouth" as "tablets" does (one said more), nor "10 mg 2 tabs" been
    read as "10 mg 2 tablets" is (two readings on one side only: "may be the same")."""
    assert main_plans(a, b, "medication").status == "same"


def test_keeping_tabs_is_no_tablet() -> None:
    assert units.read("Keep tabs on your blood pressure").route == ""


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Paracetamol 2 tablets 4 times a day", "Paracetamol 1 g qds",
     "Dr Lee wrote 2 tablets, Dr Kim 1 g (grams)"),
    ("Senna 2 tablets nocte", "Senna 15 mg at night",
     "Dr Lee wrote 2 tablets, Dr Kim 15 mg (milligrams)"),
    ("Nolotil 1 cápsula cada 8 horas", "Metamizol 575 mg cada 8 horas",
     "Dr Lee wrote 1 capsule, Dr Kim 575 mg (milligrams)"),
])
def test_so_many_tablets_against_an_amount_may_be_the_same(a: str, b: str, detail: str) -> None:
    # what a tablet holds is not said: neither the same nor a difference (it had read as
    # different, with nothing to say how)
    point = main_plans(a, b, "medication")
    assert point.status == "maybe_same" and point.detail == detail
    assert main_plans(b, a, "medication").status == "maybe_same"


def test_so_many_tablets_against_an_amount_at_another_rhythm_still_differs() -> None:
    point = main_plans("Paracetamol 2 tablets qds", "Paracetamol 1 g tds", "medication")
    assert point.status == "different"
    assert point.detail == ("how often: Dr Lee wrote four times a day, Dr Kim three times a day; "
                            "Dr Lee wrote 2 tablets, Dr Kim 1 g (grams)")


@pytest.mark.parametrize(("text", "amount"), [
    # a count said before the medicine's name (6 December, ninth session): "two paracetamol
    # 500 mg" had read as 500 mg, and against "paracetamol 1 g" as "one is 2 times the other"
    ("Two paracetamol 500 mg four times a day", 1000.0),
    ("take 2 paracetamol 500mg tablets every 6 hours", 1000.0),
    ("2 tablets paracetamol 500 mg qds", 1000.0),
    ("Dos paracetamol de 500 mg cada 8 horas", 1000.0),
    ("three ibuprofen 200 mg three times a day", 600.0),
])
def test_a_count_before_the_name_counts_tablets_of_its_strength(text: str,
                                                                  amount: float) -> None:
    doses = [d for d in units.read(text).doses if d.dimension == "mass"]
    assert [(d.base, d.other) for d in doses] == [(amount, None)]


_AGREEING = [
    ("Two paracetamol 500 mg four times a day", "Paracetamol 1 g qds", "same"),
    ("Dos paracetamol de 500 mg cada 8 horas", "Paracetamol 1 g cada 8 horas", "same"),
    ("2 tablets co-codamol 30/500 four times a day", "Co-codamol 30/500 2 tablets qds", "same"),
    # "2 x" before the name is read as "2 x 500 mg" is: two tablets, or twice
    ("2 x paracetamol 500mg qds", "Paracetamol 1 g four times a day", "maybe_same"),
]


@pytest.mark.parametrize(("a", "b", "status"), [
    *_AGREEING, *((b, a, status) for a, b, status in _AGREEING)], ids=str)
def test_a_count_before_the_name_agrees_with_the_dose_it_makes(a: str, b: str,
                                                                 status: str) -> None:
    assert main_plans(a, b, "medication").status == status


@pytest.mark.parametrize(("text", "amount"), [
    ("2 weeks 500 mg amoxicillin", 500.0), ("Two doses 500 mg", 500.0),
    # a count alone before a product of two strengths does not say what it counts
    ("Two co-codamol 30/500 qds", 530.0),
])
def test_a_count_of_something_else_or_of_a_product_is_not_multiplied(text: str,
                                                                      amount: float) -> None:
    assert [d.base for d in units.read(text).doses if d.dimension == "mass"] == [amount]


def test_a_count_before_the_name_against_another_dose_says_both() -> None:
    assert main_plans("Three ibuprofen 200 mg", "Ibuprofen 400 mg", "medication").detail == (
        "Dr Lee wrote 600 mg (milligrams), Dr Kim 400 mg (milligrams) "
        "(one is 1.5 times the other)")


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Co-codamol 30/500 2 tablets qds", "Co-codamol 30/500 2 capsules qds",
     "in what form: Dr Lee wrote 2 tablets, Dr Kim 2 capsules"),
    ("Omeprazole 20 mg one capsule daily", "Omeprazole 20 mg one tablet daily",
     "in what form: Dr Lee wrote 1 capsule, Dr Kim 1 tablet"),
])
def test_tablets_against_capsules_say_so(a: str, b: str, detail: str) -> None:
    # they had differed with nothing to say why
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)


_PLURAL_NAMES = [
    # a medicine's name in the plural, as families write it (7 December, tenth session):
    # "paracetamols" had read as some other medicine, and the row differed with no words
    ("Two paracetamols 500 mg QDS", "Paracetamol 1 g QDS", "same"),
    ("paracetamols 1 g QDS", "paracetamol 1 g QDS", "same"),
    ("2 ibuprofens 200 mg TDS", "Ibuprofen 400 mg TDS", "same"),
    # (a medicine of the lists with no class of the table too)
    ("two aspirins 300 mg daily", "aspirin 600 mg daily", "same"),
    ("two paracetamols 500 mg QDS", "paracetamol 500 mg QDS", "different"),
]


@pytest.mark.parametrize(("a", "b", "status"), [
    *_PLURAL_NAMES, *((b, a, status) for a, b, status in _PLURAL_NAMES)], ids=str)
def test_a_medicine_named_in_the_plural_is_that_medicine(a: str, b: str, status: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status == status
    if status == "different":
        assert "1,000 mg" in point.detail  # the difference said, not left blank
