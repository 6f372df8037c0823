# SPDX-License-Identifier: GPL-3.0-or-later
"""A purpose, however it is said, is what a treatment keeps away: "to prevent a stroke", "so
you don't have a stroke", "to lower the risk of stroke", "for stroke prevention", "CMV
prophylaxis", "para prevenir el herpes". Said two ways by two doctors it is one purpose; it
had read as two plans, and "so you don't" or "to avoid" as one doctor advising against the
other's plan. What is kept away is a condition, not a plan turned down, unless it is a
treatment ("physio to avoid surgery" against "surgery")."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import diagnosis_match
from tests.domain.two_doctors import diagnosis_statuses, main_plans, plan_statuses


@pytest.mark.parametrize(("a", "b"), [
    ("Statin so you don't have a stroke", "Statin to prevent stroke"),
    ("Statin to prevent stroke", "Statin for stroke prevention"),
    ("Valganciclovir for CMV prophylaxis", "Valganciclovir to prevent CMV"),
    ("Valganciclovir to prevent CMV", "Valganciclovir for prevention of CMV"),
    ("Cotrimoxazole PCP prophylaxis", "Cotrimoxazole to prevent PCP"),
    ("Aspirin to prevent a heart attack", "Aspirin to reduce the risk of heart attack"),
    ("Aspirin to stop another heart attack", "Aspirin to prevent a second heart attack"),
    ("Antibiotics to avoid infections", "Antibiotics to lower infection risk"),
    ("frequent handwashing to avoid infections", "frequent handwashing to lower infection risk"),
    ("Hydroxyurea daily so you dont get a crisis", "Hydroxyurea daily to prevent crises"),
    ("Aciclovir para prevenir el herpes", "Aciclovir to prevent herpes"),
    ("Hidroxiurea para que no le den crisis", "Hidroxiurea para prevenir las crisis"),
])
def test_one_purpose_said_two_ways_is_the_same(a: str, b: str) -> None:
    assert plan_statuses(a, b, "medication") == ("same", "same")


@pytest.mark.parametrize(("a", "b"), [
    # the purposes the held-out sets found asked as one doctor advising against the other
    ("stay well hydrated to prevent sickle crises",
     "drink plenty of water so you dont get a sickle cell crisis"),
    ("wash hands often to lower infection risk", "frequent handwashing to avoid infections"),
    # another purpose is another plan, but nobody recommends the stroke
    ("Statin to prevent stroke", "Statin to treat stroke"),
    ("Folic acid to prevent neural tube defects",
     "Folic acid so the baby does not get spina bifida"),
    # a bare "avoid" and a purpose keep the same thing away
    ("avoid mosquito bites", "wear long sleeves and trousers at dusk to avoid mosquito bites"),
])
def test_a_purpose_never_reads_as_advising_against(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert "advises against" not in main_plans(x, y).question


@pytest.mark.parametrize(("a", "b"), [
    # a treatment kept away is turned down
    ("Physio to avoid surgery", "Surgery"),
    ("Physio to prevent surgery", "Surgery"),
    ("Diuretics to prevent an admission", "Admission to hospital"),
    # and a plan turned down is still asked so beside the other's purpose
    ("Anticoagulation to prevent stroke", "No anticoagulation"),
    ("Statin so you don't have a stroke", "Do not start a statin"),
])
def test_a_plan_turned_down_beside_a_purpose_is_still_asked_so(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y)
        assert point.status == "different" and "advises against" in point.question


def test_a_purpose_kept_away_is_no_plan_turned_down() -> None:
    assert not diagnosis_match.turns_down("Statin to prevent stroke", "Statin to treat stroke")
    assert diagnosis_match.turns_down("Physio to avoid surgery", "Surgery")
    assert diagnosis_match.turns_down("Avoid alcohol", "Alcohol in moderation")


@pytest.mark.parametrize(("a", "b"), [
    ("Liver metastases", "Liver metastasis"),
    ("bilateral carotid stenoses", "bilateral carotid stenosis"),
    ("sickle cell crises", "sickle cell crisis"),
])
def test_a_greek_plural_is_its_singular(a: str, b: str) -> None:
    assert diagnosis_statuses(a, b) == ("same", "same")


def test_a_short_word_in_oses_keeps_its_own_singular() -> None:
    # "doses" is the plural of "dose", not of a "dosis"
    assert diagnosis_match._singular("doses") == "dose"
    assert diagnosis_match._singular("noses") == "nose"
    assert diagnosis_match._singular("diagnoses") == "diagnosis"
