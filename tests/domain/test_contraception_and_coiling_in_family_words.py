# SPDX-License-Identifier: GPL-3.0-or-later
"""Contraception, HRT and an aneurysm's treatment in a family's words (7 December, sixteenth
session): "Hormone coil" against "Levonorgestrel intrauterine system", "The coil" against
"Mirena IUS", "Contraceptive jab" against "Depo-Provera", "HRT patches" against "Estradiol
patch", "Coil the aneurysm" against "Endovascular coiling" had read as two treatments. A coil
for an aneurysm is never a contraceptive coil, and coiling is never clipping."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import terms
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Hormone coil", "Levonorgestrel intrauterine system"),
    ("Hormonal coil", "Mirena IUS"),
    ("Mirena coil", "Mirena IUS"),
    ("Depo-Provera", "Medroxyprogesterone"),
    ("Contraceptive jab", "Contraceptive injection"),
    ("Contraceptive implant", "Nexplanon"),
    ("Coil it", "Endovascular coil embolisation"),
    ("Clipping", "Surgical clipping of the aneurysm"),
]))
def test_one_treatment_in_two_wordings(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status in ("same", "refined")


@pytest.mark.parametrize(("a", "b"), [
    # the family's broader word, the doctor's exact one
    ("The coil", "Mirena IUS"),
    ("IUD", "Mirena"),
    ("fit a coil", "fit Mirena coil"),
    ("Coil fitting", "Mirena insertion"),
    ("Contraceptive jab every 3 months", "Depo-Provera injection every 3 months"),
    ("HRT patches", "Estradiol patch"),
    ("HRT", "Estradiol 50 micrograms patch twice weekly"),
    ("Contraceptive implant in the arm", "Nexplanon"),
    ("Coil the aneurysm", "Endovascular coiling of the aneurysm"),
])
def test_a_broad_word_is_refined_by_the_doctors_exact_one(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "refined"
    assert main_plans(b, a, "medication").status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Coiling", "Clipping"),
    ("Copper coil", "Mirena coil"),
    ("Contraceptive implant", "Contraceptive injection"),
]))
def test_two_treatments_stay_two(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "different"


def test_an_aneurysms_coil_and_a_steroid_injection_keep_their_names() -> None:
    assert "intrauterine" not in terms.canonical("Coil the aneurysm")
    assert "medroxyprogesterone" not in terms.canonical("Depo-Medrone injection into the knee")
    # HRT's dose in pumps is no dose of estradiol by weight ("Oestrogel 2 pumps")
    assert main_plans("Oestrogel 3 pumps a day", "Oestrogel 4 pumps a day",
                      "medication").detail == (
        "Dr Lee wrote Oestrogel 3 pumps, Dr Kim Oestrogel 4 pumps")
