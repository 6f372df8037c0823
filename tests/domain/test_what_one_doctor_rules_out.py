# SPDX-License-Identifier: GPL-3.0-or-later
"""A diagnosis with what the doctor ruled out besides: "Pneumonia" against "Pneumonia, no
effusion", "Asthma" against "Asthma, no COPD", "Angina" against "Angina, heart attack ruled
out". The second says more, and nothing against the first: refined. They had differed, with
the question for two doctors who disagree on the diagnosis ("how did you reach it ... review
the case together?"), or with a thing ruled out asked about as one found ("what showed it")."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.diagnosis_match import ruled_out_besides
from tests.domain.two_doctors import both_ways, diagnoses, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Pneumonia", "Pneumonia, no effusion"),
    ("Gallstones", "Cholelithiasis, no cholecystitis"),
    ("Asthma", "Asthma, no COPD"),
    ("Diabetes", "Diabetes, no retinopathy"),
    ("Angina", "Angina, heart attack ruled out"),
    ("Breast cancer", "Breast cancer, no spread"),
    ("Breast cancer", "Breast cancer without metastases"),
    ("Head injury", "Minor head injury, no loss of consciousness"),
    ("Migraine", "Migraine without aura"),
    ("Back pain", "Mechanical lower back pain, no red flags"),
    ("Infección urinaria", "Cistitis aguda no complicada"),
    ("Sprain", "No fracture, sprain"),
]))
def test_what_one_doctor_also_rules_out_says_more(a: str, b: str) -> None:
    point = diagnoses(a, b)
    assert point.status == "refined"
    assert "review the case together" not in point.question
    assert "what showed it" not in point.question


@pytest.mark.parametrize(("a", "b"), both_ways([
    # what one rules out, the other names: a contradiction, as before
    ("Pneumonia", "No pneumonia"),
    ("Fracture", "No fracture, sprain"),
    ("COPD", "Asthma, no COPD"),
    ("Metastatic breast cancer", "Breast cancer, no spread"),
    ("Lung cancer", "No malignancy"),
    ("Heart attack", "Angina, heart attack ruled out"),
    # ... in other words ("infected", "infection")
    ("Infected leg ulcer", "Leg ulcer, no signs of infection"),
    # what the other adds may be what is ruled out: no more said, another cause
    ("Heavy menstrual bleeding due to fibroids",
     "Heavy menstrual bleeding, no structural cause found"),
    ("Migraine with typical aura", "Typical aura without headache"),
    # each rules out another thing
    ("Pneumonia, no effusion", "Pneumonia, no abscess"),
]))
def test_what_one_rules_out_against_what_the_other_names_still_differs(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "different"


@pytest.mark.parametrize(("a", "b"), [
    ("Physio", "Physio, no surgery"),
    ("Drink plenty of fluids", "Drink plenty of fluids and avoid alcohol"),
])
def test_a_plan_that_turns_something_down_still_names_it(a: str, b: str) -> None:
    # a plan's "no surgery" turns surgery down, which one doctor says and the other does not
    point = main_plans(a, b)
    assert point.status == "different"
    assert "also" in point.question


def test_only_a_diagnosis_sets_aside_what_is_ruled_out() -> None:
    assert ruled_out_besides("Pneumonia", "Pneumonia, no effusion") == "refined"
    assert ruled_out_besides("Pneumonia", "Pneumonia") == ""
    assert ruled_out_besides("Heart attack", "Angina, heart attack ruled out") == ""
