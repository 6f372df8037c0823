# SPDX-License-Identifier: GPL-3.0-or-later
"""The case as plain text (what the window saves when the journal cannot) is headed in the
language in force; the case's own texts are written as they are."""

from __future__ import annotations

from secondop_desktop.domain.case_text import case_as_text
from secondop_desktop.domain.model import Case, Diagnosis, Opinion, Physician
from secondop_desktop.i18n import using


def test_the_headings_follow_the_language_and_the_texts_stay_as_typed() -> None:
    case = Case(title="", concern="Me duele la rodilla",
                opinions=[Opinion(physician=Physician(name="Dra. Ruiz"), visit_date="2026-10-02",
                                  diagnosis=Diagnosis(text="Artrosis"))])
    with using("es"):
        text = case_as_text(case)
    assert text.startswith("Caso: Caso sin título\n")
    assert "Opinión 1" in text and "Fecha de la consulta: 2026-10-02" in text
    assert "Me duele la rodilla" in text and "Artrosis" in text
    with using("en"):
        text = case_as_text(case)
    assert text.startswith("Case: Untitled case\n") and "Opinion 1" in text
    assert "Date of the visit: 2026-10-02" in text


def test_the_doctors_words_are_in_the_text() -> None:
    """The case's opinions were left out (their key was skipped as a review's list of ids)."""
    from secondop_desktop.domain.model import Recommendation, Review

    case = Case(title="Knee", opinions=[
        Opinion(physician=Physician(name="Dr Hale"), diagnosis=Diagnosis(text="Gout"),
                rationale="The joint fluid showed crystals",
                recommendations=[Recommendation(treatment="Colchicine 0.5 mg twice a day")])])
    case.reviews = [Review(opinions=[case.opinions[0].id, "x"], point="diagnosis",
                           note="Ask again")]
    text = case_as_text(case)
    for typed in ("Dr Hale", "Gout", "The joint fluid showed crystals",
                  "Colchicine 0.5 mg twice a day", "Ask again"):
        assert typed in text
    assert case.opinions[0].id not in text  # ids are left out


def test_coded_values_are_written_in_words_of_the_language_in_force() -> None:
    """A person reads this file when the window could not save: 'Status: comparing' or
    'Kind: other' are the program's codes, not words (and were English in a Spanish window)."""
    from secondop_desktop.domain.model import Note, Recommendation, Record

    case = Case(title="Rodilla", status="comparing",
                opinions=[Opinion(physician=Physician(name="Dra. Ruiz"),
                                  diagnosis=Diagnosis(text="Artrosis", certainty="probable"),
                                  recommendations=[Recommendation(treatment="Fisioterapia",
                                                                  category="therapy",
                                                                  urgency="elective")])],
                records=[Record(title="Resonancia", kind="lab_results", status="requested")],
                notes=[Note(text="Preguntar por la cirugía", tags=["to_check"])])
    with using("es"):
        text = case_as_text(case)
    for code in ("comparing", "probable\n", "therapy", "elective", "lab_results", "requested",
                 "to_check"):
        assert code not in text, code
    for spanish in ("Comparando", "Probable", "Terapia", "Cuando yo decida", "Resultados de",
                    "Pedido", "Para revisar"):
        assert spanish in text, (spanish, text)
    with using("en"):
        text = case_as_text(case)
    for english in ("Comparing", "Therapy", "When I choose", "Lab results", "Requested",
                    "To check"):
        assert english in text, english
    assert "Preguntar por la cirugía" in text and "Resonancia" in text
