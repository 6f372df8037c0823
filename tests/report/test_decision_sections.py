# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDF's deciding parts, without Qt: the option grid, the questions per doctor from the
follow-up list, and the decision with what matters only when asked for."""

from __future__ import annotations

from secondop_desktop.domain import followups
from secondop_desktop.domain.model import (
    Answer,
    Case,
    Decision,
    Diagnosis,
    Opinion,
    Physician,
    Question,
    ValueFactor,
)
from secondop_desktop.report.pdf import PdfOptions, render_comparison_pdf


def test_option_grid_questions_for_each_doctor_and_the_decision_when_asked(demo_case,
                                                                          read_pdf) -> None:
    hale, tanaka = demo_case.opinions
    hale.recommendations[0].recovery = "Three months of rehabilitation"
    therapy = tanaka.recommendations[0]
    demo_case.decision = Decision(
        chosen="Supervised physical therapy, 12 weeks", based_on=[tanaka.id],
        values=[ValueFactor("Avoiding surgery", 5, favours=[f"rec:{therapy.id}"])],
        with_whom="My daughter Ana")
    followups.update(demo_case, hale.id, tanaka.id, "stage", state="asked", asked_to=tanaka.id,
                     asked_on="2026-11-02")
    followups.update(demo_case, hale.id, tanaka.id, "diagnosis", state="resolved")

    flat = read_pdf(render_comparison_pdf(demo_case, PdfOptions(paper="a4"))).flat
    grid = flat.split("The options side by side", 1)[1]
    # Only what the comparison table does not show: no benefits or risks rows here.
    assert "Recovery: Three months of rehabilitation" in grid.split("Questions to ask")[0]
    assert "did not name it" in grid and "Benefits" not in grid.split("Questions to ask")[0]
    # What no doctor said for any option is said once, under the grid.
    assert "not said by any doctor): what it involves, cost or coverage." in grid
    assert "not said: recovery" in grid  # said for one option, not for the others
    # The stage was put to Dr Tanaka: it is printed for her, first, whatever its rank.
    for_tanaka = flat.split("Questions for Dr Mei Tanaka", 1)[1]
    assert for_tanaka.split(".", 1)[1].lstrip().startswith("Stage:")
    assert "Questions for Dr Robert Hale" in flat
    questions = flat.split("Questions to ask", 1)[1]
    assert "Diagnosis:" not in questions  # resolved: nothing left to ask
    assert "The decision so far" not in flat and "Deciding with" not in flat

    asked = read_pdf(render_comparison_pdf(demo_case, PdfOptions(paper="a4",
                                                                 include_decision=True))).flat
    assert "Chosen plan: Supervised physical therapy, 12 weeks" in asked
    assert "Supervised physical therapy, 12 weeks: Avoiding surgery (5 of 5)" in asked
    assert "Deciding with: My daughter Ana" in asked


def _metformin(a: str, b: str):
    from secondop_desktop.domain.model import Case, Opinion, Physician, Recommendation

    hale = Opinion(physician=Physician(name="Dr Robert Hale"), recommendations=[
        Recommendation(treatment=a, category="medication", preferred=True)])
    ruiz = Opinion(physician=Physician(name="Dra. Lucía Ruiz"), recommendations=[
        Recommendation(treatment=b, category="medication", preferred=True)])
    return Case(title="Blood sugar", opinions=[hale, ruiz])


def test_one_medicine_at_two_doses_is_marked_in_the_options_grid_with_each_doses(
        read_pdf) -> None:
    case = _metformin("Metformin 500 mg twice daily", "metformin 5 mg daily")
    grid = read_pdf(render_comparison_pdf(case, PdfOptions(paper="a4"))).flat.split(
        "The options side by side", 1)[1].split("Questions to ask")[0]
    assert "≠ Same medicine, different dose" in grid
    assert "As written: Metformin 500 mg twice daily" in grid
    assert "As written: metformin 5 mg daily" in grid
    assert ("Dr Robert Hale wrote 500 mg (milligrams), Dra. Lucía Ruiz 5 mg (milligrams) (one "
            "is 100 times the other)") in grid
    # The option is named by the medicine, not by one doctor's dose.
    assert grid.split("Dr Robert Hale", 1)[0].count("500") == 0

    spanish = read_pdf(render_comparison_pdf(case, PdfOptions(paper="a4", language="es"))).flat
    grid = spanish.split("Las opciones", 1)[1]
    assert "≠ Mismo medicamento, distinta dosis" in grid
    assert "Tal como lo escribió: metformin 5 mg daily" in grid

    # The same dose in other words: nothing marked, nothing repeated.
    same = _metformin("Metformin 500 mg twice daily", "metformin 500mg BID")
    flat = read_pdf(render_comparison_pdf(same, PdfOptions(paper="a4"))).flat
    assert "Same medicine" not in flat and "As written" not in flat


def test_a_dose_that_may_be_a_thousand_or_one_is_never_printed_as_the_same(read_pdf) -> None:
    case = _metformin("Metformin 1.000 mg", "Metformin 1000 mg")
    case.title = ""
    flat = read_pdf(render_comparison_pdf(case, PdfOptions(paper="a4"))).flat
    grid = flat.split("The options side by side", 1)[1]
    assert "? Same medicine, the dose may differ" in grid
    assert "1.000 mg (can mean 1,000 mg or 1 mg)" in grid


def test_a_question_that_asks_both_doctors_is_printed_for_both(demo_case, read_pdf) -> None:
    # "Dr Hale wrote … and Dr Tanaka wrote …: … Ask both doctors why" and "Ask both doctors
    # about …: Dr Tanaka also names it" were printed under the first doctor they name.
    hale, tanaka = demo_case.opinions
    hale.diagnosis.text, tanaka.diagnosis.text = "Pneumonia", "Pneumonia and lung cancer"
    hale.diagnosis.icd10 = tanaka.diagnosis.icd10 = None
    del hale.recommendations[1:], tanaka.recommendations[1:]
    hale.recommendations[0].treatment = "Avoid surgery"
    tanaka.recommendations[0].treatment = "Surgery"
    tanaka.recommendations[0].category = hale.recommendations[0].category
    hale.recommendations[0].preferred = tanaka.recommendations[0].preferred = True
    flat = read_pdf(render_comparison_pdf(demo_case, PdfOptions(paper="a4"))).flat
    for_both = flat.split("Questions for both doctors", 1)[1]
    assert "Ask both doctors about “lung cancer”: Dr Tanaka also names it" in for_both
    assert "one of them advises against, or not yet, what the other recommends" in for_both
    for heading in ("Questions for Dr Robert Hale", "Questions for Dr Mei Tanaka"):
        if heading in flat:
            mine = flat.split(heading, 1)[1].split("Questions for", 1)[0]
            assert "lung cancer" not in mine and "advises against" not in mine


def test_a_word_typed_two_ways_is_asked_of_both_doctors_in_their_words(read_pdf) -> None:
    # The question is printed for the doctors to read: it asks them, it does not tell the
    # patient to check their notes (the compare view says that).
    case = Case(title="Cough", opinions=[
        Opinion(physician=Physician(name="Dr Robert Hale"),
                diagnosis=Diagnosis(text="Pnuemonia, left lower lobe")),
        Opinion(physician=Physician(name="Dra. Elena Ruiz"),
                diagnosis=Diagnosis(text="Pneumonia"))])
    flat = read_pdf(render_comparison_pdf(case, PdfOptions(paper="a4"))).flat
    for_both = flat.split("Questions for both doctors", 1)[1]
    assert ("Ask both doctors which word they used, “Pnuemonia” or “Pneumonia”: if it is one "
            "word typed two ways, Dr Hale and Dra. Ruiz say the same here.") in for_both
    assert "your notes" not in flat.split("Questions to ask", 1)[1]
    spanish = read_pdf(render_comparison_pdf(case, PdfOptions(paper="a4", language="es"))).flat
    assert ("Pregunte a los dos médicos qué palabra usó cada uno, «Pnuemonia» o «Pneumonia»"
            in spanish.split("Preguntas para los dos médicos", 1)[1])


def test_two_answers_in_other_words_are_printed_as_the_same_answer(read_pdf) -> None:
    # "About 6 weeks" and "Roughly a month and a half" look apart on paper: the PDF says they
    # are one answer, as the app does, and still marks a yes against a no
    recovery, driving = Question(text="How long is recovery?"), Question(text="Can I drive?")
    case = Case(title="Knee", questions=[recovery, driving], opinions=[
        Opinion(physician=Physician(name="Dr Robert Hale"),
                answers=[Answer(question_id=recovery.id, text="About 6 weeks"),
                         Answer(question_id=driving.id, text="Yes")]),
        Opinion(physician=Physician(name="Dra. Elena Ruiz"),
                answers=[Answer(question_id=recovery.id, text="Roughly a month and a half"),
                         Answer(question_id=driving.id, text="No, not for 6 weeks")])])
    flat = read_pdf(render_comparison_pdf(case, PdfOptions(paper="a4"))).flat
    asked = flat.split("Questions to ask", 1)[1]
    first, second = asked.split("2. Can I drive?", 1)
    assert "= The same answer in other words." in first
    assert "≠ Their answers differ (major)." in second
    # nothing else was said: no table of the doctors' names alone, no answer folded twice
    assert "Nothing needs a row of its own: what the doctors said is listed below." in flat
    assert "Said the same in other words" not in flat
    # the legend speaks of the marks, not of a table's rows that are not there
    assert "How to read the marks:" in flat and "How to read the table" not in flat
    assert "thick rule" not in flat
    spanish = read_pdf(render_comparison_pdf(case, PdfOptions(paper="a4", language="es"))).flat
    assert "= La misma respuesta con otras palabras." in spanish
    assert "Cómo leer las marcas:" in spanish


def test_an_answer_that_names_the_kind_is_printed_as_more_specific(read_pdf) -> None:
    # "Yes" against "Type 2 diabetes" to "Does he have diabetes?": both say yes, one says
    # which; "No" against it is a yes against a no (fourteenth session)
    diabetes, cancer = Question(text="Does he have diabetes?"), Question(text="Is it cancer?")
    case = Case(title="Dad", questions=[diabetes, cancer], opinions=[
        Opinion(physician=Physician(name="Dr Robert Hale"),
                answers=[Answer(question_id=diabetes.id, text="Yes"),
                         Answer(question_id=cancer.id, text="No")]),
        Opinion(physician=Physician(name="Dra. Elena Ruiz"),
                answers=[Answer(question_id=diabetes.id, text="Type 2 diabetes"),
                         Answer(question_id=cancer.id, text="Prostate cancer")])])
    flat = read_pdf(render_comparison_pdf(case, PdfOptions(paper="a4"))).flat
    first, second = flat.split("Questions to ask", 1)[1].split("2. Is it cancer?", 1)
    assert "~ One answer is more specific (minor)." in first
    assert "≠ Their answers differ (major)." in second


def test_every_kind_of_fact_difference_has_its_mark_in_the_options_grid(read_pdf) -> None:
    # A cream against an ointment, doses in another order, juice against milk: each a
    # difference kind of its own, each marked in the grid (a kind without its mark had made
    # the whole PDF fail to lay out)
    from secondop_desktop.domain.options import GAP_KINDS, GAP_MARKS
    from secondop_desktop.domain.units import DIFFERENCE_TEMPLATES
    assert set(DIFFERENCE_TEMPLATES) <= set(GAP_KINDS)
    assert all((kind, medicine) in GAP_MARKS for kind in GAP_KINDS for medicine in (True, False))
    for a, b, mark, said in (
            ("hydrocortisone 1% cream twice a day", "hydrocortisone 1% ointment twice a day",
             "≠ Same medicine, in another form", "Dr Robert Hale wrote "
             "cream, Dra. Lucía Ruiz ointment"),
            ("hydrocortisone 10mg on waking, 5mg at 2pm",
             "hydrocortisone 5mg on waking, 10mg at 2pm",
             "≠ Same medicine, the doses in another order", "Dr Robert Hale wrote 10 mg, 5 mg"),
            ("ferrous sulfate 200 mg with orange juice", "ferrous sulfate 200 mg with milk",
             "≠ Same medicine, taken with a different food or drink",
             "Dr Robert Hale wrote with juice, Dra. Lucía Ruiz with food"),
            ("simvastatin 40 mg at 2 pm", "simvastatin 40 mg at night",
             "≠ Same medicine, at another time of day",
             "Dr Robert Hale wrote at 2 pm, Dra. Lucía Ruiz at night")):
        flat = read_pdf(render_comparison_pdf(_metformin(a, b), PdfOptions(paper="a4"))).flat
        grid = flat.split("The options side by side", 1)[1].split("Questions to ask")[0]
        assert mark in grid, (a, grid)
        assert said in flat, (a, said)


def test_a_scan_and_one_kind_of_it_are_one_option_marked_so(read_pdf) -> None:
    # "Brain scan" from the family's notes, "MRI brain" from the letter: one option named by
    # both, marked as a kind and one of it (not left as two options, not called the same)
    from secondop_desktop.domain.model import Case, Opinion, Physician, Recommendation

    case = Case(title="Headaches", opinions=[
        Opinion(physician=Physician(name=name), recommendations=[
            Recommendation(treatment=treatment, category="test", preferred=True)])
        for name, treatment in (("Dr Robert Hale", "Brain scan"), ("Dra. Lucía Ruiz",
                                                                    "MRI brain"))])
    grid = read_pdf(render_comparison_pdf(case, PdfOptions(paper="a4"))).flat.split(
        "The options side by side", 1)[1].split("Questions to ask")[0]
    assert "Brain scan / MRI brain ~ A kind of test, and one test of that kind" in grid
    spanish = read_pdf(render_comparison_pdf(case, PdfOptions(paper="a4", language="es"))).flat
    assert "~ Un tipo de prueba, y una prueba de ese tipo" in spanish


def test_a_question_for_the_doctor_who_said_less_is_printed_for_that_doctor(read_pdf) -> None:
    # "Ask Dr Hale whether they agree with Dr Tanaka, who read …": asked of Dr Hale, though it
    # names Dr Tanaka too (it had opened with Dr Tanaka's name and was printed for her).
    from secondop_desktop.domain.model import Evidence

    case = Case(title="Biopsy", opinions=[
        Opinion(physician=Physician(name="Dr Robert Hale"),
                evidence=[Evidence(title="Biopsy", interpretation="cancer")]),
        Opinion(physician=Physician(name="Dr Mei Tanaka"),
                evidence=[Evidence(title="Histology", interpretation="adenocarcinoma")])])
    flat = read_pdf(render_comparison_pdf(case, PdfOptions(paper="a4"))).flat
    for_hale = flat.split("Questions for Dr Robert Hale", 1)[1]
    assert for_hale.split("Questions for", 1)[0].count("who read “Histology” as") == 1
    assert "Questions for Dr Mei Tanaka" not in flat
