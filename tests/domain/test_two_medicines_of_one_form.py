# SPDX-License-Identifier: GPL-3.0-or-later
"""Two medicines given in one form are two medicines, not one at two doses.

"Salbutamol inhaler 2 puffs PRN" against "beclometasone inhaler 2 puffs BD" shared the word
"inhaler", so the row said "how often: Dr Lee wrote when needed, Dr Kim twice a day" as if of one
inhaler; "vitamin D 1000 units daily" against "vitamin B12 1 mg daily" said "(one is 40 times the
other)", and two insulins' units were set side by side (7 December, tenth session). Where each
names a medicine of the table and neither is the other or a kind of it, their doses and rhythms
are not compared: the row differs, the two names as written."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.plan_match import shares_treatment, two_medicines
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("salbutamol inhaler 2 puffs PRN", "beclometasone inhaler 2 puffs BD"),
    ("hydrocortisone cream twice daily", "clotrimazole cream three times daily"),
    ("B12 injections every 3 months", "vitamin D injection yearly"),
    ("fentanyl patch 25 mcg/hr", "buprenorphine patch 10 mcg/hr"),
    ("mometasone nasal spray 2 sprays daily", "ipratropium nasal spray 2 sprays TDS"),
    ("vitamin D 1000 units daily", "vitamin B12 1 mg daily"),
    ("insulin glargine 20 units at night", "insulin aspart 6 units with meals"),
]))
def test_two_medicines_of_one_form_are_not_compared_as_one(a: str, b: str) -> None:
    assert two_medicines(a, b)
    assert not shares_treatment(a, b)
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", "")


@pytest.mark.parametrize(("a", "b", "status"), [
    # one medicine, or a kind and one of its kind: compared as before
    ("steroid inhaler 2 puffs BD", "beclometasone inhaler 2 puffs BD", "refined"),
    ("insulin 20 units at night", "insulin glargine 20 units at night", "refined"),
    ("blue inhaler 2 puffs PRN", "salbutamol inhaler 2 puffs PRN", "refined"),
    ("steroid cream BD", "hydrocortisone 1% cream BD", "refined"),
    ("eye drops for glaucoma at night", "latanoprost eye drops at night", "refined"),
    ("vitamin D 1000 units daily", "colecalciferol 800 units daily", "different"),
    ("salbutamol inhaler 2 puffs PRN", "salbutamol inhaler 2 puffs QDS", "different"),
])
def test_one_medicine_or_its_kind_in_one_form_is_still_compared(a: str, b: str,
                                                                status: str) -> None:
    assert not two_medicines(a, b)
    point = main_plans(a, b, "medication")
    assert point.status == status
    if status == "different":
        assert point.detail  # what differs is said: 1,000 against 800 units, how often


def test_the_salt_a_medicine_is_made_as_names_no_medicine() -> None:
    # "morphine sulfate" and "magnesium sulfate" shared "sulfate": "Dr Lee wrote 10 mg, Dr Kim
    # 2 g (one is 200 times the other)"
    point = main_plans("morphine sulfate 10 mg PRN", "magnesium sulfate 2 g IV", "medication")
    assert (point.status, point.detail) == ("different", "")
    assert main_plans("morphine sulfate 10 mg PRN", "morphine 10 mg PRN",
                      "medication").status == "refined"
    assert main_plans("ferrous sulfate 200 mg BD", "ferrous sulphate 200 mg BD",
                      "medication").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # a word for any treatment shared, each naming another: two treatments ("how often: Dr Lee
    # wrote twice a week, Dr Kim once a week" had been said as of one)
    ("physiotherapy twice a week for 6 weeks", "hydrotherapy once a week for 8 weeks"),
    ("cognitive behavioural therapy 12 sessions", "physical therapy 6 sessions"),
]))
def test_a_word_for_any_treatment_shared_is_no_shared_treatment(a: str, b: str) -> None:
    assert not shares_treatment(a, b)
    assert main_plans(a, b, "other").detail == ""


def test_one_treatment_said_with_its_timing_is_still_shared() -> None:
    assert shares_treatment("operación de urgencia esta noche", "emergency surgery tonight")
    assert shares_treatment("knee surgery", "surgery")


@pytest.mark.parametrize(("a", "b"), both_ways([
    # one mineral in two salts: two products ("calcium carbonate 1.25 g" is 500 mg of calcium,
    # "calcium acetate 1 g" 250 mg), whose doses had been set side by side
    ("calcium carbonate 1.25 g BD", "calcium acetate 1 g TDS"),
    ("potassium chloride 600 mg BD", "potassium citrate 3 g TDS"),
    ("magnesium oxide 400 mg daily", "magnesium glycerophosphate 4 mmol BD"),
]))
def test_one_mineral_in_two_salts_is_two_products(a: str, b: str) -> None:
    assert not shares_treatment(a, b)
    assert (main_plans(a, b, "medication").detail) == ""


def test_one_medicine_in_two_salts_or_one_salt_spelt_two_ways_stays_one() -> None:
    assert shares_treatment("metoprolol tartrate 50 mg BD", "metoprolol succinate 100 mg daily")
    assert main_plans("ferrous sulfate 200 mg BD", "ferrous sulphate 200 mg BD",
                      "medication").status == "same"
