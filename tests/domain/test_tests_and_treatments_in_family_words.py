# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests and treatments in a family's words against a letter's (7 December, fourteenth
session): "Scope of the stomach" against "OGD", "Blood test for cholesterol" against "Lipid
profile", "Wee sample" against "Urine sample", "Painkillers as needed" against "Analgesia PRN"
had differed."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Scope of the stomach", "OGD"),
    ("Blood test for cholesterol", "Lipid profile"),
    ("Wee sample", "Urine sample"),
    ("Stool sample", "Faecal test"),
    ("Painkillers as needed", "Analgesia PRN"),
    # (fifteenth session)
    ("Sleep apnoea machine", "CPAP"),
    ("Urine dipstick", "Urinalysis"),
]))
def test_one_test_or_treatment_in_two_wordings(a: str, b: str) -> None:
    assert main_plans(a, b).status == "same"


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Water sample", "Urinalysis", "refined"),
    # counselling may be genetic or dietary: no talking therapy by that word alone
    ("Counselling", "Talking therapy", "different"),
    ("Water sample", "Water tablets", "different"),
])
def test_kinds_and_look_alikes(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y).status == status, (x, y)


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Warfarin as per INR", "Warfarin dose according to INR"),
    ("Warfarin as per INR", "Warfarin according to INR"),
    ("Catch-up immunisations as per national schedule",
     "Catch up immunizations according to national schedule"),
]))
def test_a_dose_set_by_a_result_however_said(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b", "status"), [
    # (sixteenth session) keyhole surgery in the belly is laparoscopic; a heart catheter test
    # is a cardiac catheterisation, of which a coronary angiogram is one kind
    ("Keyhole gallbladder op", "Laparoscopic cholecystectomy", "same"),
    ("Keyhole hernia op", "Laparoscopic inguinal hernia repair", "refined"),
    ("Keyhole knee op", "Knee arthroscopy", "same"),
    ("Cardiac catheterisation", "Coronary angiogram", "refined"),
    ("Heart catheter test", "Coronary angiography", "refined"),
    # ... and not the other way of doing it, nor what may follow it
    ("Keyhole gallbladder op", "Open cholecystectomy", "different"),
    ("Cardiac catheterisation", "PCI", "different"),
])
def test_keyhole_and_catheter_words(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y).status == status, (x, y)


@pytest.mark.parametrize(("a", "b", "status"), [
    # (sixteenth session) cancer medicines by their kind, as a family notes them
    ("Hormone tablets", "Letrozole 2.5 mg daily", "refined"),
    ("Hormone injections", "Zoladex", "refined"),
    ("Targeted therapy", "Osimertinib", "refined"),
    ("Tagrisso", "Osimertinib", "same"),
    ("Steroids", "Dexamethasone 4 mg", "refined"),
    # two of a kind stay two
    ("Osimertinib", "Erlotinib", "different"),
    ("Targeted therapy", "Chemotherapy", "different"),
])
def test_cancer_medicines_by_their_kind(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "medication").status == status, (x, y)


@pytest.mark.parametrize(("a", "b", "status"), [
    # (sixteenth session) fluid drained, a camera in a joint
    ("Fluid drained from the knee", "Knee aspiration", "same"),
    ("Fluid drained from the knee", "Joint aspiration", "refined"),
    ("Drain the fluid from the lungs", "Pleural tap", "refined"),
    ("Drain the fluid from the lungs", "Chest drain", "refined"),
    ("Camera into the joint", "Arthroscopy", "same"),
    # a needle and a tube are two ways; draining a knee is no injection into it
    ("Pleural tap", "Chest drain", "different"),
    ("Knee aspiration", "Knee injection", "different"),
])
def test_procedures_a_family_describes(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y).status == status, (x, y)
