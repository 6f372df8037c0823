# SPDX-License-Identifier: GPL-3.0-or-later
"""The printed comparison stays short enough to read in a consultation: the worked example's
whole default PDF, option grid included, fits in four Letter pages at normal print, at most
eight generated questions follow the patient's own (none repeating them), each question,
reference and "why they may differ" fact is printed once, wording-only agreements are folded to
one line, and benefits, risks and side effects are printed (in the table, not again in the
grid)."""

from __future__ import annotations

import re

from secondop_desktop.domain.compare_questions import near_duplicate
from secondop_desktop.domain.model import Case, Diagnosis, Opinion, Physician, Recommendation
from secondop_desktop.report.pdf import PdfOptions, export_comparison_pdf, render_comparison_pdf


def _pdf(case: Case, read_pdf, **kw):
    ids = [o.id for o in case.opinions[:2]]
    return read_pdf(render_comparison_pdf(case, PdfOptions(opinion_ids=ids, **kw)))


def test_the_worked_examples_whole_default_pdf_fits_four_letter_pages(demo_case, tmp_path,
                                                                     read_pdf) -> None:
    # The PDF as the app and `secondop export-pdf` make it by default (the first two opinions,
    # normal print), on Letter: the comparison, the option grid, the questions, records,
    # medicines and notes, with nothing left out for the count.
    target = tmp_path / "knee.pdf"
    export_comparison_pdf(demo_case, target, PdfOptions(paper="letter"))
    pdf = read_pdf(target.read_bytes())
    assert len(pdf.pages) <= 4
    flat = pdf.flat
    for section in ("Side by side", "The options side by side", "Questions to ask",
                    "Questions for ", "Records, and which doctors have seen them", "Medicines",
                    "Notes from the consultations"):
        assert section in flat, section
    grid = flat.split("The options side by side", 1)[1].split("Questions to ask", 1)[0]
    for option in ("Total knee replacement, right knee", "Supervised physical therapy, 12 weeks",
                   "Naproxen for pain until the operation", "Weight loss programme"):
        assert option in grid, option
    # Benefits, risks and side effects are printed once, in the table, not again in the grid.
    assert "Lasting pain relief" not in grid and "Risks" not in grid
    assert flat.count("Lasting pain relief for most patients") == 1
    # Each question is printed once, whichever list it belongs to.
    listed = flat.split("Questions to ask", 1)[1].split(" more suggested", 1)[0]
    listed = re.sub(r"Page \d+ of \d+ · [^—]*— not medical advice", " ", listed)
    questions = [item.split(": Ask", 1)[1].split(" Questions for ", 1)[0]
                 for item in re.split(r" \d+\. ", listed) if ": Ask" in item]
    assert len(questions) == 8 and len(set(questions)) == 8
    # A reference is printed once, beside the item it belongs to.
    assert flat.count("doi:10.1056/NEJMoa1911248") == 1


def test_at_most_eight_generated_questions_none_repeating_the_patients(demo_case,
                                                                        read_pdf) -> None:
    flat = _pdf(demo_case, read_pdf).flat
    own = [q.text for q in demo_case.questions if q.text.strip()]
    generated = flat.split("Questions for ", 1)[1]
    numbers = [int(n) for n in re.findall(r"(?<![\d.])(\d+)\. [A-Z][^:]{0,60}: Ask", generated)]
    assert 1 <= len(numbers) <= 8
    assert numbers[0] == len(own) + 1  # right after the patient's own questions
    questions = re.findall(r"\d+\. [^:]+: (Ask .*?)(?= \d+\. |\d+ more suggested|$)",
                           generated)
    for question in questions:
        assert not near_duplicate(question, own), question
    assert "more suggested questions in the app" in flat


def test_why_they_may_differ_is_printed_once(demo_case, read_pdf) -> None:
    flat = _pdf(demo_case, read_pdf).flat
    assert flat.count("Why they may differ: Dr Tanaka saw the MRI report") == 1


def test_benefits_risks_and_side_effects_are_printed(demo_case, read_pdf) -> None:
    flat = _pdf(demo_case, read_pdf).flat
    assert "Benefits, risks, side effects" in flat
    assert "Risks: Infection, blood clots" in flat
    assert "Side effects: Two visits a week plus home exercises." in flat


def _case(dx_a: str, dx_b: str, treat_a: str = "", treat_b: str = "") -> Case:
    def op(name: str, dx: str, treat: str) -> Opinion:
        recs = [Recommendation(treatment=treat, category="medication", preferred=True)] if (
            treat) else []
        return Opinion(physician=Physician(name=name), diagnosis=Diagnosis(text=dx),
                       recommendations=recs)
    return Case(title="Printed", opinions=[op("Dr Ann Lee", dx_a, treat_a),
                                          op("Dr Bo Kim", dx_b, treat_b)])


def test_other_words_fold_to_one_line_and_may_be_the_same_is_marked(read_pdf) -> None:
    flat = _pdf(_case("Kidney stones", "Nephrolithiasis"), read_pdf).flat
    # each with both wordings (6 December, eighth session: four times "Other recommendation"
    # had said nothing of which)
    assert "Said the same in other words: Diagnosis (“Kidney stones” = “Nephrolithiasis”)." in flat
    assert "Diagnosis = same" not in flat  # folded, not a row
    flat = _pdf(_case("MS", "Multiple sclerosis"), read_pdf).flat
    assert "? may be the same" in flat
    assert "“MS”" in flat


def test_a_dose_difference_prints_both_doses_in_its_question(read_pdf) -> None:
    flat = _pdf(_case("Gout", "Gout", "Colchicine 0.5 mg twice daily",
                      "Colchicine 5 mg twice daily"), read_pdf).flat
    assert "≠ differs (major)" in flat
    assert "Dr Lee wrote 0.5 mg (milligrams), Dr Kim 5 mg (milligrams)" in flat
