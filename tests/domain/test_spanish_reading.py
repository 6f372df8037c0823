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


# As a family member writes a doctor's words down: without accents, with the doctor's own verb,
# and the hedges patients hear.
@pytest.mark.parametrize(("spanish", "english"), [
    (("descartaron fractura", "fractura"), ("ruled out fracture", "fracture")),
    (("negativo para cancer", "cáncer"), ("negative for cancer", "cancer")),
    (("biopsia negativa para cáncer", "cáncer de próstata"),
     ("biopsy negative for cancer", "prostate cancer")),
    (("ausencia de fractura", "fractura"), ("absence of fracture", "fracture")),
    (("no tiene fractura", "fractura"), ("no fracture", "fracture")),
    (("sin signos de infeccion", "infección"), ("no signs of infection", "infection")),
    (("posiblemente apendicitis", "apendicitis"), ("possible appendicitis", "appendicitis")),
    (("se sospecha apendicitis", "apendicitis"), ("suspected appendicitis", "appendicitis")),
    (("apendicitis probable", "apendicitis"), ("probable appendicitis", "appendicitis")),
    (("artrosis rodilla der.", "artrosis rodilla izq."),
     ("right knee osteoarthritis", "left knee osteoarthritis")),
    (("fractura de cadera izquierda", "Fractura de cadera derecha"),
     ("left hip fracture", "right hip fracture")),
    (("artrosis de ambas rodillas", "artrosis de rodilla derecha"),
     ("osteoarthritis of both knees", "osteoarthritis of the right knee")),
    (("presion alta", "hipertensión"), ("high blood pressure", "hypertension")),
    (("infarto", "ataque al corazón"), ("heart attack", "myocardial infarction")),
    (("infarto cerebral", "infarto"), ("ischemic stroke", "heart attack")),
])
def test_patients_spanish_wording_relates_as_the_english_does(spanish, english):
    assert text_relation(*spanish) == text_relation(*english)


@pytest.mark.parametrize(("text", "frequency", "per_day"), [
    ("ibuprofeno 400 mg 3 veces al día", "three times a day", 3.0),  # was read "once a day"
    ("ibuprofen 400 mg 3 times a day", "three times a day", 3.0),
    ("ibuprofen 400 mg 2x daily", "twice a day", 2.0),
    ("naproxeno 500 mg dos veces por día", "twice a day", 2.0),
    ("metotrexato 15 mg 1 vez por semana", "once a week", 1 / 7),
    ("metotrexato 15 mg 1 x semana", "once a week", 1 / 7),
    ("ibuprofeno 400mg c/12 h", "every 12 hours", 2.0),
    ("ibuprofeno 400 mg cada 8 hs", "every 8 hours", 3.0),
    ("naproxeno 500 mg todos los días", "once a day", 1.0),
    ("lisinopril 10 mg cada mañana", "once a day", 1.0),
    ("insulina 10 unidades antes de dormir", "once a day", 1.0),
    ("vitamina D 1000 UI diarias", "once a day", 1.0),
    ("prednisona 5 mg cada tercer día", "every other day", 0.5),
    ("prednisona 5 mg un día sí y un día no", "every other day", 0.5),
])
def test_patients_frequencies_are_read(text, frequency, per_day):
    facts = units.read(text)
    assert facts.frequency == frequency
    assert facts.per_day == pytest.approx(per_day)


COMMA, POINT = frozenset(","), frozenset(".")


@pytest.mark.parametrize(("text", "grouping", "milligrams"), [
    ("paracetamol 0,5 g", frozenset(), 500.0),  # a decimal comma
    # US thousands, as US and Mexican Spanish write them too (was 1 mg), from a writer known to
    # group with the comma (tests/domain/test_dose_separators.py: how that is known)
    ("metformina 1,000 mg", COMMA, 1000.0),
    ("metformin 1,000 mg", COMMA, 1000.0),
    ("metformina 1.000 mg", POINT, 1000.0),  # as Spain writes them
    ("levotiroxina 2,5 mg", frozenset(), 2.5),
    ("paracetamol 1 g", frozenset(), 1000.0),
])
def test_amounts_are_read_as_spanish_and_us_writers_write_them(text, grouping, milligrams):
    (dose,) = units.read(text, grouping).doses
    assert dose.base == milligrams and dose.other is None


def test_three_a_day_against_one_a_day_is_a_difference_in_either_language():
    assert [d.kind for d in units.differences("ibuprofeno 400 mg 3 veces al día",
                                              "ibuprofeno 400 mg una vez al día")] == ["frequency"]
    assert units.same_facts("metformina 1,000 mg dos veces al día", "metformin 1 g twice daily",
                            COMMA)
    assert not units.same_facts("metformina 1,000 mg", "metformina 1 mg", COMMA)
    # Nothing says how the writer groups: neither the same nor a difference (tell-tale unclear).
    assert not units.same_facts("metformina 1,000 mg", "metformin 1 g")
    assert units.differences("metformina 1,000 mg", "metformin 1 g") == []
    assert units.unclear_doses("metformina 1,000 mg", "metformin 1 g")


def test_a_difference_in_dose_rhythm_route_and_side_is_said_in_spanish():
    from secondop_desktop.domain.compare import compare_opinions
    from secondop_desktop.domain.model import Case, Diagnosis, Opinion, Physician, Recommendation
    from secondop_desktop.i18n import using

    def opinion(name: str, treatment: str) -> Opinion:
        return Opinion(physician=Physician(name=name), diagnosis=Diagnosis(text="Artrosis"),
                       recommendations=[Recommendation(treatment=treatment, category="medication",
                                                       preferred=True)])

    ruiz = opinion("Dra. Ana Ruiz", "Naproxeno 500 mg 2 veces al día por boca, rodilla derecha")
    paz = opinion("Dr. Luis Paz", "Naproxeno 250 mg c/24 h intramuscular, rodilla izquierda")
    case = Case(title="Rodilla", opinions=[ruiz, paz])
    with using("es"):
        point = compare_opinions(case, ruiz.id, paz.id).point(
            f"recommendation:{ruiz.recommendations[0].id}:{paz.recommendations[0].id}")
    assert point is not None
    assert point.detail == (
        "La Dra. Ruiz escribió 500 mg (miligramos); el Dr. Paz, 250 mg (miligramos) (una es 2 "
        "veces la otra); con qué frecuencia: la Dra. Ruiz escribió dos veces al día; el Dr. Paz, "
        "cada 24 horas; cómo se da: la Dra. Ruiz escribió por boca; el Dr. Paz, en un músculo "
        "(intramuscular); qué lado: la Dra. Ruiz escribió el derecho; el Dr. Paz, el izquierdo")
    assert point.question.startswith("Pídales a los dos médicos que revisen juntos")
    assert "wrote" not in point.question and "how often" not in point.question


def test_quoted_words_in_the_engines_questions_take_the_languages_quotation_marks() -> None:
    """A Spanish question mixed “…” (written into the code) with «…» (the catalog's)."""
    from secondop_desktop.domain.compare import compare_opinions
    from secondop_desktop.domain.demo import demo_case
    from secondop_desktop.i18n import using

    for language, marks, foreign in (("es", "«»", "“”"), ("en", "“”", "«»")):
        with using(language):
            case = demo_case(language)
            first, second = case.opinions[:2]
            comparison = compare_opinions(case, first.id, second.id)
            texts = [p.question + p.label for p in comparison.points if p.question]
        assert any(marks[0] in text and marks[1] in text for text in texts), language
        assert not any(mark in text for text in texts for mark in foreign), language
