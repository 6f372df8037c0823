# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDF draws the engine's real comparison of the worked example, point for point."""

from __future__ import annotations

import copy
import io

import pypdf
import pytest

from secondop_desktop.domain.model import Physician, Review
from secondop_desktop.domain.words import differ_words
from secondop_desktop.report.marks import mark_for, short_names
from secondop_desktop.report.pdf import PdfOptions, render_comparison_pdf

compare = pytest.importorskip("secondop_desktop.domain.compare")


def flat_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_every_difference_of_the_demo_is_in_the_pdf_and_marked(demo_case):
    a, b = demo_case.opinions[0], demo_case.opinions[1]
    comparison = compare.compare_opinions(demo_case, a.id, b.id)
    assert comparison.differences()
    text = flat_text(render_comparison_pdf(demo_case, PdfOptions()))
    names = short_names([a.doctor, b.doctor])
    for point in comparison.points:
        mark = mark_for(point, *names)
        label = " ".join(point.label.split())
        if point.parent:  # benefits, risks, side effects: one row under their recommendation
            said = point.a or point.b
            assert " ".join(said.split()[:3]) in text, point.key
        elif point.topic == "answer":  # marked under the patient's question
            said = point.a or point.b
            assert " ".join(said.split()[:4]) in text and mark.symbol in text, point.key
        elif point.topic == "evidence" and point.status in ("only_a", "only_b"):
            who = names[0] if point.status == "only_a" else names[1]
            assert f"◐ {who}: {' '.join((point.a or point.b).split()[:4])}" in text, point.key
        elif not point.differs and point.topic not in ("diagnosis", "stage", "recommendation"):
            assert label in text.split("= Also the same:")[1], point.key
        else:
            assert f"{label} {mark.text}" in text, point.key
    # every "different" row is marked; answers are marked under their question instead, and
    # benefits, risks and side effects share their recommendation's row
    differing = [p for p in comparison.differences() if p.status == "different"
                 and p.topic != "answer" and not p.parent]
    assert text.count("≠ differs") >= len(differing)
    summary = comparison.summary
    assert f"{differ_words(summary.differ, summary.refined)}, {summary.agree} agree" in text


def test_a_users_verdict_shows_with_the_programs_finding(demo_case):
    a, b = demo_case.opinions[0], demo_case.opinions[1]
    first = compare.compare_opinions(demo_case, a.id, b.id)
    stage = first.point("stage")
    assert stage is not None and stage.differs
    demo_case.reviews.append(Review(opinions=[a.id, b.id], point="stage", verdict="same",
                                    state="explained", note="Same X-ray, read a bit differently."))
    text = flat_text(render_comparison_pdf(demo_case, PdfOptions()))
    assert "Stage = same" in text
    assert "Your view: they say the same thing (the program found: differs)" in text
    assert "Your note: Same X-ray, read a bit differently." in text


def _add_dr_osei(case, like: int, **physician: str):
    """A third doctor, Dr Amara Osei, whose opinion is a copy of opinion ``like``."""
    third = copy.deepcopy(case.opinions[like])
    third.id = "0f6a4a10-0000-4000-8000-000000000003"
    third.physician = Physician(name="Dr Amara Osei", **physician)
    case.opinions.append(third)
    return third


def test_three_doctors_from_the_engine(demo_case):
    third = _add_dr_osei(demo_case, 1, specialty="Rheumatology")
    third.diagnosis.stage = "Kellgren-Lawrence grade 4"
    ids = [o.id for o in demo_case.opinions]
    data = render_comparison_pdf(demo_case, PdfOptions(opinion_ids=ids))
    reader = pypdf.PdfReader(io.BytesIO(data))
    table_page = next(p.extract_text() for p in reader.pages if "Side by side" in
                      p.extract_text())
    for name in ("Dr Robert Hale", "Dr Mei Tanaka", "Dr Amara Osei"):
        assert name in table_page
    text = flat_text(data)
    # Stage: Hale and Osei say grade 4, Tanaka grade 3 — the marks say so, pair by pair.
    assert "Dr Hale – Dr Osei" in text and "Dr Hale – Dr Tanaka" in text


def test_a_bare_case_still_makes_a_pdf():
    from secondop_desktop.domain.model import Case, Opinion

    case = Case(title="", opinions=[Opinion(), Opinion()])
    text = flat_text(render_comparison_pdf(case, PdfOptions(paper="a4", large_print=True)))
    assert "Comparison of medical opinions — Untitled case" in text
    assert "Unnamed doctor" in text
    assert "No questions written down yet." in text
    assert "Page 1 of" in text


def test_three_doctors_summary_says_who_agrees(demo_case):
    _add_dr_osei(demo_case, 0)
    ids = [o.id for o in demo_case.opinions]
    three = compare.compare_three(demo_case, ids)
    assert [ids[0], ids[2]] in three.plan_agreement  # Dr Osei repeats Dr Hale's plan
    text = flat_text(render_comparison_pdf(demo_case, PdfOptions(opinion_ids=ids)))
    # The same words as `secondop compare` and the window (domain/words.agreement_words).
    assert "Diagnosis: all three agree" in text
    assert "Main plan: Dr Hale and Dr Osei agree; Dr Tanaka differs" in text
    said = compare.format_comparison_text(demo_case, three)
    assert "Main plan: Dr Robert Hale and Dr Amara Osei agree; Dr Mei Tanaka differs" in said


def test_three_doctors_summary_says_who_agrees_in_spanish(demo_case):
    from secondop_desktop.i18n import using

    _add_dr_osei(demo_case, 0)
    demo_case.opinions[1].diagnosis.text = "Artritis reumatoide"
    demo_case.opinions[1].diagnosis.icd10 = "M06.9"
    ids = [o.id for o in demo_case.opinions]
    with using("es"):
        text = flat_text(render_comparison_pdf(demo_case, PdfOptions(opinion_ids=ids)))
    # A titled name takes its article inside the sentence, after the heading's colon and the
    # semicolon too, in lower case.
    assert "Diagnóstico: el Dr Hale y el Dr Osei coinciden; el Dr Tanaka no coincide" in text
    assert "Plan principal: el Dr Hale y el Dr Osei coinciden; el Dr Tanaka no coincide" in text
    assert "Quiénes coinciden" not in text
