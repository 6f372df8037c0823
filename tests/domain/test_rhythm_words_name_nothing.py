# SPDX-License-Identifier: GPL-3.0-or-later
"""When and how often a medicine is taken is no treatment the two doctors share.

"Atorvastatin 20 mg nightly" against "simvastatin 40 mg nightly" shared the word "nightly", so
the two were read as one medicine at two doses: "Dr Lee wrote 20 mg, Dr Kim 40 mg (one is 2 times
the other)", and the question asked which dose of atorvastatin was meant (found on 7 December,
tenth session). The words of a rhythm or a time of day ("nightly", "mane", "four times a day",
"en ayunas", "q8h") and "take" name nothing: two medicines taken alike stay two medicines, and a
label that says only how to take it ("Take TWO tablets at night") is the same as "2 tabs nocte".
"""

from __future__ import annotations

import pytest

from secondop_desktop.domain.plan_match import shares_treatment, words
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("atorvastatin 20 mg nightly", "simvastatin 40 mg nightly"),
    ("metformin 500 mg mane", "gliclazide 80 mg mane"),
    ("paracetamol 1 g four times a day", "ibuprofen 400 mg four times a day"),
    ("amoxicillin 500 mg q8h", "flucloxacillin 500 mg q8h"),
    ("atorvastatina 20 mg por la noche", "simvastatina 40 mg por la noche"),
    ("omeprazol 20 mg en ayunas", "levotiroxina 50 mcg en ayunas"),
]))
def test_two_medicines_taken_alike_are_not_one_medicine_at_two_doses(a: str, b: str) -> None:
    assert not shares_treatment(a, b)
    point = main_plans(a, b, "medication")
    assert point.status == "different"
    assert "mg (milligrams)" not in point.detail  # no dose of one set against the other's


@pytest.mark.parametrize("said", ["nightly", "nocte", "mane", "every evening", "four times a day",
                                  "with breakfast", "alternate days", "q8h", "q4-6h",
                                  "dos veces al día", "por la noche", "en ayunas", "semanal",
                                  "every Monday"])
def test_a_rhythm_names_nothing(said: str) -> None:
    assert words(f"take zanomab {said}") == frozenset({"zanomab"})


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Take ONE tablet TWICE a day", "1 tab BD"),
    ("Take TWO tablets at night", "2 tabs nocte"),
    ("take one tablet every morning", "1 tab mane"),
    ("Sí, en ayunas", "Sí, con el estómago vacío"),
]))
def test_a_label_that_says_only_how_to_take_it_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status in ("same", "refined")


def test_one_medicine_taken_alike_is_still_one_medicine() -> None:
    point = main_plans("atorvastatin 20 mg nightly", "atorvastatin 40 mg nightly", "medication")
    assert point.status == "different"
    assert point.detail.startswith("Dr Lee wrote 20 mg (milligrams), Dr Kim 40 mg")


def test_how_long_each_time_names_nothing_either() -> None:
    # "walk 30 minutes daily" against "swim 45 minutes daily" shared "minutes": "how long each
    # time: Dr Lee wrote 30 minutes, Dr Kim 45 minutes", as if of one activity
    point = main_plans("walk 30 minutes daily", "swim 45 minutes daily", "lifestyle")
    assert (point.status, point.detail) == ("different", "")
    same = main_plans("walk 30 minutes daily", "walk 45 minutes daily", "lifestyle")
    assert same.detail == "how long each time: Dr Lee wrote 30 minutes, Dr Kim 45 minutes"
