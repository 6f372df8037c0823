# SPDX-License-Identifier: GPL-3.0-or-later
"""A condition's state, phase or spread as Spanish says it (6 December, ninth session): "angina
estable" against "stable angina", "cáncer localizado" against "localised cancer", "Parkinson
temprano" against "early Parkinson's disease" had read as two conditions, the Spanish word
after the name left as a word of its own. Read as the English words the comparison sets
against each other, so that two states still differ ("angina estable" against "unstable
angina"), and "un principio de Alzheimer" is an early one. Also "dejar de vapear", a plan to
stop vaping, not vaping turned down."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import diagnoses, main_plans

SAME = [
    ("Angina estable", "Stable angina"),
    ("Angina inestable", "Unstable angina"),
    ("Cáncer localizado", "Localised cancer"),
    ("Asma controlada", "Controlled asthma"),
    ("Asma mal controlada", "Poorly controlled asthma"),
    ("Asma bien controlada", "Well controlled asthma"),
    ("Alzheimer avanzado", "Advanced Alzheimer's disease"),
    ("Parkinson temprano", "Early Parkinson's disease"),
    ("Alzheimer incipiente", "Early Alzheimer's disease"),
    ("Principio de Alzheimer", "Early Alzheimer's disease"),
    ("Fase inicial de Alzheimer", "Early Alzheimer's disease"),
    ("Cáncer de mama en remisión", "Breast cancer in remission"),
    ("Hepatitis activa", "Active hepatitis"),
    ("Cardiopatía congénita", "Congenital heart disease"),
]

DIFFERENT = [
    ("Angina estable", "Unstable angina"),
    ("Principio de Alzheimer", "Advanced Alzheimer's disease"),
    ("Cáncer localizado", "Metastatic cancer"),
    ("Hepatitis activa", "Inactive hepatitis"),
]


@pytest.mark.parametrize(("spanish", "english"), SAME, ids=[a for a, _ in SAME])
def test_a_state_said_in_spanish_is_the_one_said_in_english(spanish: str, english: str) -> None:
    for a, b in ((spanish, english), (english, spanish)):
        assert diagnoses(a, b).status == "same", (a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT, ids=[a for a, _ in DIFFERENT])
def test_two_states_still_differ(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert diagnoses(x, y).status == "different", (x, y)


def test_an_early_one_said_in_spanish_is_refined_by_the_plain_name() -> None:
    assert diagnoses("Un principio de Parkinson", "Parkinson's disease").status == "refined"


def test_starting_a_treatment_is_not_an_early_condition() -> None:
    # "inicio de" starts a treatment ("inicio de metformina"): not read as "early"
    assert diagnoses("Inicio de diabetes", "Early diabetes").status != "same"


def test_stopping_vaping_in_spanish_is_a_plan_to_stop() -> None:
    for a, b in (("Dejar de vapear", "Stop vaping"), ("Stop vaping", "Dejar de vapear")):
        assert main_plans(a, b, "lifestyle").status == "same"
    assert main_plans("Dejar de vapear", "Stop smoking", "lifestyle").status == "different"
