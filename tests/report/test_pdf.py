# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison PDF read back with pypdf: what a person holding the paper would find on it."""

from __future__ import annotations

import copy
import re
from collections import Counter
from pathlib import Path

import pypdf
import pytest

from secondop_desktop import __version__
from secondop_desktop.domain.model import Note, Opinion, Physician
from secondop_desktop.i18n import using
from secondop_desktop.report.marks import mark_for
from secondop_desktop.report.pdf import (
    PdfExportError,
    PdfOptions,
    export_comparison_pdf,
    render_comparison_pdf,
)
from tests.report.fakes import hand_comparisons


def render(case, read_pdf, **kw):
    ids = kw.pop("ids", None) or [o.id for o in case.opinions[:2]]
    options = PdfOptions(opinion_ids=ids, **kw)
    return read_pdf(render_comparison_pdf(case, options, comparisons=hand_comparisons(case, ids)))


def third_opinion(case) -> Opinion:
    third = copy.deepcopy(case.opinions[1])
    third.id = "0f6a4a10-0000-4000-8000-000000000003"
    third.label = "Third opinion"
    third.physician = Physician(name="Dr Amara Osei", specialty="Rheumatology")
    case.opinions.append(third)
    return third


def test_title_header_summary_and_footer_on_every_page(demo_case, read_pdf):
    pdf = render(demo_case, read_pdf, paper="letter")
    assert "Comparison of medical opinions — Right knee pain: replacement or therapy?" in pdf.flat
    assert "Prepared for: Walter Brennan" in pdf.flat
    assert "Dr Robert Hale" in pdf.pages[0] and "Dr Mei Tanaka" in pdf.pages[0]
    assert "Orthopaedic surgery" in pdf.pages[0] and "2 October 2026" in pdf.pages[0]
    assert "Diagnosis: refined" in pdf.flat and "Plan: different" in pdf.flat
    assert "5 points differ (1 only in detail), 2 agree" in pdf.flat
    # two doctors: the heading starts the line of findings (one line less on the first page)
    assert "Summary: Diagnosis: refined" in pdf.flat
    # The user overruled one point: the program's own finding is named beside the summary.
    assert "The program on its own found" in pdf.flat
    total = len(pdf.pages)
    assert total >= 2
    for number, page in enumerate(pdf.pages, start=1):
        flat = " ".join(page.split())
        assert f"Page {number} of {total}" in flat
        assert "Prepared by the patient to support a conversation — not medical advice" in flat


def test_every_difference_is_marked_with_symbol_and_word(demo_case, read_pdf):
    ids = [o.id for o in demo_case.opinions[:2]]
    comparison = hand_comparisons(demo_case, ids)[0]
    pdf = render(demo_case, read_pdf)
    flat = pdf.flat
    names = ["Dr Hale", "Dr Tanaka"]
    for point in comparison.differences():
        mark = mark_for(point, *names)
        if point.topic == "answer":  # marked under the patient's question
            assert any(f"{mark.symbol} {said}" in flat for said in (
                "Their answers differ", "Answered by", "One answer is more specific")), point.key
            continue
        if point.topic == "evidence" and point.status in ("only_a", "only_b"):
            assert f"◐ {names[0] if point.status == 'only_a' else names[1]}:" in flat
            continue
        # The label, then its mark (symbol and word) in the label cell.
        assert re.search(re.escape(point.label) + r"\s+" + re.escape(mark.text), flat), point.key
    assert flat.count("≠ differs") >= sum(
        1 for p in comparison.differences() if p.status == "different"
    )
    assert "◐ only Dr Tanaka" in flat or "◐ Dr Tanaka:" in flat
    assert "~ refined" in flat
    # The overruled point: shown as the same, with the user's word and the program's finding.
    assert "Next steps = same" in flat
    assert "Your view: they say the same thing (the program found: differs)" in flat
    assert "Where you are: explained" in flat and "Your note: Both want to see me again." in flat


def test_questions_answers_evidence_records_medicines_and_notes(demo_case, read_pdf):
    pdf = render(demo_case, read_pdf)
    flat = pdf.flat
    assert "Questions to ask" in flat
    assert "1. How did you grade the X-ray, and what makes it that grade?" in flat
    assert "Dr Robert Hale: The inner side has no cartilage left on the X-ray" in flat
    # Suggested questions of open differences, but not of the one already explained, as
    # questions for the doctor seen first; not one about what the patient's own question 1
    # already asks (the grade).
    assert "Questions for Dr Robert Hale" in flat
    assert "Stage: How did you grade the X-ray?" not in flat
    assert "Why this treatment first?" in flat
    assert "Physical therapy versus glucocorticoid injection" in flat
    assert "MRI report, right knee (10 Oct 2026)" in flat and "– not seen" in flat
    assert "Naproxen" in flat and "500 mg" in flat and "twice a day with food" in flat
    assert "the waiting list for surgery is about four months" in flat


def test_a_dose_typed_with_its_unit_is_printed_once(demo_case, read_pdf):
    naproxen = next(m for m in demo_case.medications if m.name == "Naproxen")
    naproxen.dose, naproxen.unit = "500 mg", "mg"  # the unit typed in both boxes
    flat = render(demo_case, read_pdf).flat
    assert "500 mg" in flat and "mg mg" not in flat


def test_private_notes_only_when_asked(demo_case, read_pdf):
    private = "Worried about the cost of 24 physio visits"
    assert private not in render(demo_case, read_pdf).flat
    with_private = render(demo_case, read_pdf, include_private=True).flat
    assert private in with_private and "private" in with_private


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595.28, 841.89))])
def test_page_size(demo_case, read_pdf, paper, size):
    pdf = render(demo_case, read_pdf, paper=paper)
    for page in pdf.reader.pages:
        box = page.mediabox
        assert abs(float(box.width) - size[0]) < 1
        assert abs(float(box.height) - size[1]) < 1


def _body_font_size(pdf) -> float:
    """The font size of most printed characters: the size of the body text."""
    sizes: Counter[float] = Counter()

    def visit(text, cm, tm, font_dict, font_size):
        sizes[round(float(font_size) * abs(float(tm[3])), 1)] += len(text.strip())

    for page in pdf.reader.pages:
        page.extract_text(visitor_text=visit)
    return sizes.most_common(1)[0][0]


def test_large_print_is_larger(demo_case, read_pdf):
    normal = render(demo_case, read_pdf)
    large = render(demo_case, read_pdf, large_print=True)
    assert _body_font_size(normal) <= 11
    assert _body_font_size(large) >= 14
    assert len(large.pages) > len(normal.pages)


def test_metadata(demo_case, read_pdf):
    meta = render(demo_case, read_pdf).reader.metadata
    assert meta.title == "Comparison of medical opinions — Right knee pain: replacement or therapy?"
    assert meta.author == "Walter Brennan"
    assert meta.creator == f"SecondOp {__version__}"
    assert "Dr Robert Hale" in meta.subject and "Dr Mei Tanaka" in meta.subject


def test_three_opinions_give_three_doctor_columns(demo_case, read_pdf):
    third_opinion(demo_case)
    ids = [o.id for o in demo_case.opinions]
    pdf = render(demo_case, read_pdf, ids=ids)
    table_page = next(p for p in pdf.pages if "Side by side" in p)
    for name in ("Dr Robert Hale", "Dr Mei Tanaka", "Dr Amara Osei"):
        assert name in table_page
    # Marks say who differs from whom.
    assert "Dr Hale – Dr Osei" in pdf.flat and "Dr Tanaka – Dr Osei" in pdf.flat


SCRIPTS = {
    "latin": "José Müller",
    "greek": "Νίκος Παπαδόπουλος",
    "cyrillic": "Иван Петров",
    "hebrew": "רחל כהן",
    "chinese": "张伟",
    "japanese": "山田太郎",
    "korean": "김민수",
}


def test_names_in_every_script_come_back_as_text(demo_case, read_pdf):
    case = demo_case
    case.patient_name = SCRIPTS["hebrew"]
    case.opinions[0].physician.name = SCRIPTS["latin"]
    case.opinions[1].physician.name = SCRIPTS["cyrillic"]
    for key in ("greek", "chinese", "japanese", "korean", "hebrew"):
        case.notes.append(Note(author=SCRIPTS[key], text=f"Spoke with {SCRIPTS[key]} today."))
    pdf = render(case, read_pdf)
    for script, name in SCRIPTS.items():
        assert name in pdf.text, script
    # The Hebrew name reads right to left: never its reversed (visual) form.
    assert SCRIPTS["hebrew"][::-1] not in pdf.text


def test_user_text_is_not_markup(demo_case, read_pdf):
    demo_case.opinions[0].diagnosis.text = "Grade <b>4</b> & worse < 5 > 3"
    pdf = render(demo_case, read_pdf)
    assert "Grade <b>4</b> & worse < 5 > 3" in pdf.flat


def test_long_tables_repeat_their_header_row(demo_case, read_pdf):
    ids = [o.id for o in demo_case.opinions[:2]]
    comps = hand_comparisons(demo_case, ids)
    long_text = " ".join(["The doctor explained a great deal about the knee."] * 60)
    for point in comps[0].points:
        point.a = long_text
    pdf = read_pdf(render_comparison_pdf(demo_case, PdfOptions(opinion_ids=ids),
                                         comparisons=comps))
    table_pages = [p for p in pdf.pages if "The doctor explained" in p]
    assert len(table_pages) >= 3
    for page in table_pages:
        assert "Dr Robert Hale" in page and "Dr Mei Tanaka" in page


def test_progress_reaches_the_end(demo_case, tmp_path):
    seen: list[tuple[int, int]] = []
    ids = [o.id for o in demo_case.opinions[:2]]
    export_comparison_pdf(demo_case, tmp_path / "c.pdf", PdfOptions(opinion_ids=ids),
                          progress=lambda done, total: seen.append((done, total)),
                          comparisons=hand_comparisons(demo_case, ids))
    assert seen[-1][0] == seen[-1][1]
    dones = [d for d, _ in seen]
    assert dones == sorted(dones)
    assert len(seen) > 3


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: PdfOptions(opinion_ids=[c.opinions[0].id, "nope"]), "no opinion with id"),
        (lambda c: PdfOptions(opinion_ids=[c.opinions[0].id]), "two or three"),
        (lambda c: PdfOptions(opinion_ids=[c.opinions[0].id] * 2), "same opinion"),
        (lambda c: PdfOptions(paper="legal"), "paper size"),
    ],
)
def test_bad_options_are_refused_clearly(demo_case, tmp_path, change, message):
    with pytest.raises(PdfExportError, match=message):
        export_comparison_pdf(demo_case, tmp_path / "x.pdf", change(demo_case),
                              comparisons=hand_comparisons(demo_case, [o.id for o in
                                                                       demo_case.opinions]))
    assert not (tmp_path / "x.pdf").exists()


def test_one_opinion_is_not_enough(demo_case, tmp_path):
    del demo_case.opinions[1:]
    with pytest.raises(PdfExportError, match="at least two"):
        export_comparison_pdf(demo_case, tmp_path / "x.pdf", PdfOptions())


def _export(case, path: Path) -> None:
    ids = [o.id for o in case.opinions[:2]]
    export_comparison_pdf(case, path, PdfOptions(opinion_ids=ids),
                          comparisons=hand_comparisons(case, ids))


def test_export_replaces_an_old_file_whole(demo_case, tmp_path):
    target = tmp_path / "Comparison.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    _export(demo_case, target)
    assert target.stat().st_mode & 0o777 == 0o640
    assert target.read_bytes().startswith(b"%PDF")
    assert pypdf.PdfReader(target).pages
    assert [p.name for p in tmp_path.iterdir()] == ["Comparison.pdf"]


def test_failed_write_leaves_the_old_file_and_no_temp_file(demo_case, tmp_path, monkeypatch):
    target = tmp_path / "Comparison.pdf"
    target.write_bytes(b"the old comparison")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("secondop_desktop.report.pdf.os.replace", broken_replace)
    with pytest.raises(PdfExportError, match="No space left on device"):
        _export(demo_case, target)
    assert target.read_bytes() == b"the old comparison"
    assert [p.name for p in tmp_path.iterdir()] == ["Comparison.pdf"]


def test_folder_that_cannot_be_written_is_named(demo_case, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("secondop_desktop.report.pdf.tempfile.mkstemp", refuse)
    with pytest.raises(PdfExportError, match="may not write in the folder"):
        _export(demo_case, tmp_path / "c.pdf")
    with pytest.raises(PdfExportError, match="does not exist"):
        _export(demo_case, tmp_path / "missing" / "c.pdf")


def test_word_marks_only_where_a_few_words_differ(demo_case):
    from datetime import date

    from secondop_desktop.domain.comparison import Segment
    from secondop_desktop.report import document
    from secondop_desktop.report.pdf import selected_opinions

    ids = [o.id for o in demo_case.opinions[:2]]
    comps = hand_comparisons(demo_case, ids)
    stage = comps[0].point("stage")
    stage.a = "grade 4 on both sides"
    stage.a_segments = [Segment("grade "), Segment("4", True), Segment(" on both sides")]
    stage.b = "entirely other words"
    stage.b_segments = [Segment("entirely other words", True)]
    ctx = document.Context(
        case=demo_case, opinions=selected_opinions(demo_case, PdfOptions()), comparisons=comps,
        styles=document.make_styles(False), width=450, include_private=False, for_doctor=None,
        prepared_on=date(2026, 11, 23),
    )
    row = next(r for r in document.table_rows(ctx) if r.label == "Stage")
    cells = [document.doctor_cell(row, i, ctx).text for i in (0, 1)]
    assert "<u><b>4</b></u>" in cells[0]
    assert "<u>" not in cells[1]


def test_decision_worksheet_when_filled(demo_case, read_pdf):
    from secondop_desktop.domain.model import Decision, SureCheck, ValueFactor

    assert "The decision so far" not in render(demo_case, read_pdf).flat
    demo_case.decision = Decision(
        chosen="Supervised physical therapy first",
        based_on=[demo_case.opinions[1].id],
        reasons="Surgery stays possible later.",
        values=[ValueFactor(factor="Walking the dog soon", importance=5),
                ValueFactor(factor="Avoiding an operation", importance=3)],
        decided_on="2026-11-01",
        sure=SureCheck(sure=True, understand=True, risks_benefits=False, encouragement=True),
    )
    assert "The decision so far" not in render(demo_case, read_pdf).flat  # not asked for
    flat = render(demo_case, read_pdf, for_doctor="Dr Robert Hale", include_decision=True).flat
    assert "To discuss with Dr Robert Hale" in flat
    assert "Chosen plan: Supervised physical therapy first" in flat
    assert "Based on the opinion of: Dr Mei Tanaka" in flat
    assert "Why: Surgery stays possible later." in flat
    assert "Walking the dog soon ●●●●● 5 of 5" in flat
    assert "Avoiding an operation ●●●○○ 3 of 5" in flat
    assert "I feel sure about the best choice for me. ✓ yes" in flat
    assert "matter most to me. ✗ not yet" in flat


def test_a_long_hebrew_note_reads_in_order_line_by_line(demo_case, read_pdf):
    words = ["אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר"] * 8
    words[0], words[-1] = "בראשית", "סוף"
    demo_case.notes.append(Note(author="רחל כהן", text=" ".join(words) + "."))
    text = render(demo_case, read_pdf).text
    lines = [line for line in text.splitlines() if any(w in line for w in words)]
    assert len(lines) >= 3  # the note wraps
    first = next(i for i, line in enumerate(lines) if "בראשית" in line)
    last = next(i for i, line in enumerate(lines) if "סוף" in line)
    assert first < last
    assert "אחת שתיים שלוש" in text  # words within a line in reading order


def test_a_note_longer_than_a_page_flows_onto_the_next(demo_case, read_pdf):
    words = [f"word{i}" for i in range(2500)]
    demo_case.notes.append(Note(author="Ana", text=" ".join(words)))
    demo_case.questions[0].text = " ".join(["Why"] * 900)
    pdf = render(demo_case, read_pdf)
    assert "word0 " in pdf.flat and "word2499" in pdf.flat
    pages_with_note = [p for p in pdf.pages if "word1" in p]
    assert len(pages_with_note) >= 2


def test_progress_never_goes_back_when_rows_must_split(demo_case, tmp_path):
    ids = [o.id for o in demo_case.opinions[:2]]
    comps = hand_comparisons(demo_case, ids)
    comps[0].points[3].a = " ".join(["A very long answer."] * 700)  # taller than a page
    seen: list[float] = []
    export_comparison_pdf(demo_case, tmp_path / "c.pdf", PdfOptions(opinion_ids=ids),
                          progress=lambda done, total: seen.append(done / total),
                          comparisons=comps)
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_a_spanish_title_stays_in_a_doctor_s_short_name(demo_case, read_pdf):
    """'Dra. Elena Márquez' is 'Dra. Márquez' in the marks, as 'Dr Robert Hale' is 'Dr Hale'
    (it was printed 'Márquez', the title dropped, beside 'Dr Hale')."""
    third = third_opinion(demo_case)
    third.physician = Physician(name="Dra. Elena Márquez", specialty="Reumatología")
    pdf = render(demo_case, read_pdf, ids=[o.id for o in demo_case.opinions])
    assert "Dr Hale – Dra. Márquez" in pdf.flat
    assert "Dr Tanaka – Dra. Márquez" in pdf.flat


def test_a_doctor_with_no_name_is_named_in_the_pdf_s_language(demo_case, read_pdf):
    """An opinion with neither a doctor's name nor a label: 'Médico sin nombre' in a Spanish
    PDF (it was the English 'Unnamed doctor' in every language)."""
    demo_case.opinions[1].physician = Physician(name="")
    demo_case.opinions[1].label = ""
    with using("es"):
        pdf = render(demo_case, read_pdf)
    assert "Médico sin nombre" in pdf.flat
    assert "Unnamed doctor" not in pdf.flat
