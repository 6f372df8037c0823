# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish read as well as its English counterpart: negations, uncertainty, sides, frequencies."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from secondop_desktop.domain.diagnosis_match import text_relation


@pytest.mark.parametrize(("spanish", "english"), [
    (("se descarta fractura", "fractura"), ("ruled out fracture", "fracture")),
    (("fractura descartada", "fractura"), ("fracture excluded", "fracture")),
    (("sin evidencia de cáncer", "cáncer"), ("no evidence of cancer", "cancer")),
    (("sospecha de apendicitis", "apendicitis"), ("suspected appendicitis", "appendicitis")),
    (("probable apendicitis", "apendicitis"), ("probable appendicitis", "appendicitis")),
    (("artrosis de rodilla derecha", "artrosis de rodilla izquierda"),
     ("osteoarthritis of the right knee", "osteoarthritis of the left knee")),
    (("artrosis de rodilla derecha", "artrosis de la rodilla derecha"),
     ("osteoarthritis of the right knee", "right knee osteoarthritis")),
])
def test_spanish_diagnoses_relate_as_the_english_ones_do(spanish, english):
    assert text_relation(*spanish) == text_relation(*english)


@pytest.mark.parametrize(("text", "frequency", "per_day"), [
    ("ibuprofeno 400 mg cada 12 horas", "every 12 hours", 2.0),
    ("metotrexato 15 mg una vez por semana", "once a week", 1 / 7),
    ("metotrexato 15 mg una vez a la semana", "once a week", 1 / 7),
    ("fisioterapia tres veces por semana", "three times a week", 3 / 7),
    ("paracetamol 500 mg dos veces al día", "twice a day", 2.0),
])
def test_spanish_frequencies_are_read(text, frequency, per_day):
    facts = units.read(text)
    assert facts.frequency == frequency
    assert facts.per_day == pytest.approx(per_day)


def test_a_weekly_dose_against_a_daily_one_differs_in_spanish_too():
    assert not units.same_facts("metotrexato 15 mg una vez por semana",
                                "metotrexato 15 mg una vez al día")
    assert [d.kind for d in units.differences("metotrexato 15 mg una vez por semana",
                                              "metotrexato 15 mg una vez al día")] == ["frequency"]
    assert units.same_facts("metotrexato 15 mg una vez por semana",
                            "methotrexate 15 mg once weekly")
