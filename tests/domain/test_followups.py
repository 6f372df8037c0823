# SPDX-License-Identifier: GPL-3.0-or-later
"""The follow-up list, the timeline and the third-opinion suggestion, without Qt."""

from __future__ import annotations

import copy

import pytest

from secondop_desktop.domain import followups, third_opinion, timeline
from secondop_desktop.domain.compare import compare_opinions, compare_three
from secondop_desktop.domain.model import Case, Decision, Diagnosis, Opinion, Physician


def test_every_difference_is_listed_open_then_moves_through_its_states(demo_case: Case) -> None:
    items = followups.collect(demo_case)
    assert items and all(i.state == "open" for i in items)
    first = items[0]
    hale, tanaka = demo_case.opinions[0].id, demo_case.opinions[1].id
    assert (first.a_id, first.b_id) == (hale, tanaka)

    followups.update(demo_case, hale, tanaka, first.point.key, state="asked", asked_to=hale,
                     asked_on="2026-11-02")
    again = followups.collect(demo_case)[0]
    assert (again.state, again.asked_to, again.asked_on) == ("asked", hale, "2026-11-02")
    # The engine, and so the compare view, reads the same review.
    point = compare_opinions(demo_case, hale, tanaka).point(first.point.key)
    assert point.state == "asked"

    followups.update(demo_case, hale, tanaka, first.point.key, state="resolved",
                     reply="The MRI shows it is the inner part only.")
    assert compare_opinions(demo_case, hale, tanaka).point(first.point.key).state == "resolved"
    assert not followups.collect(demo_case)[0].is_open()


def test_a_follow_up_taken_back_to_nothing_leaves_no_review(demo_case: Case) -> None:
    item = followups.collect(demo_case)[0]
    followups.update(demo_case, item.a_id, item.b_id, item.point.key, state="asked")
    assert len(demo_case.reviews) == 1
    assert followups.update(demo_case, item.a_id, item.b_id, item.point.key,
                            state="open") is None
    assert demo_case.reviews == []


def test_bad_state_is_refused_and_nothing_written(demo_case: Case) -> None:
    item = followups.collect(demo_case)[0]
    before = copy.deepcopy(demo_case.to_dict())
    with pytest.raises(ValueError):
        followups.update(demo_case, item.a_id, item.b_id, item.point.key, state="done")
    assert demo_case.to_dict()["reviews"] == before["reviews"]


def test_open_follow_ups_become_questions_for_the_original_doctor(demo_case: Case) -> None:
    items = followups.collect(demo_case)
    hale, tanaka = demo_case.opinions[0], demo_case.opinions[1]
    followups.update(demo_case, hale.id, tanaka.id, items[1].point.key, state="asked",
                     asked_to=tanaka.id)
    followups.update(demo_case, hale.id, tanaka.id, items[2].point.key, state="resolved")
    grouped = dict(followups.questions_by_doctor(demo_case, followups.collect(demo_case)))
    assert set(grouped) == {hale.doctor, tanaka.doctor}
    assert (items[1].label, items[1].question) in grouped[tanaka.doctor]
    assert (items[2].label, items[2].question) not in grouped[hale.doctor]
    assert (items[0].label, items[0].question) in grouped[hale.doctor]


def test_timeline_is_in_date_order_with_visits_notes_records_and_the_decision(
        demo_case: Case) -> None:
    demo_case.decision = Decision(chosen="Physical therapy first", decided_on="2026-11-20")
    demo_case.records[1].updated_at = "2026-10-11T09:00:00+01:00"
    events = timeline.build(demo_case)
    dated = [e for e in events if e.when is not None]
    assert [e.sort_key() for e in dated] == sorted(e.sort_key() for e in dated)
    visits = [e for e in dated if e.kind == "visit"]
    assert [v.title.split(",")[0] for v in visits] == ["Saw Dr Robert Hale", "Saw Dr Mei Tanaka"]
    mri = next(e for e in dated if e.kind == "record")
    assert mri.title == "MRI report, right knee (10 Oct 2026) received"
    assert dated.index(visits[0]) < dated.index(mri) < dated.index(visits[1])
    answers = [e for e in dated if e.kind == "answer"]
    assert answers and all(a.when.isoformat() in ("2026-10-02", "2026-10-16") for a in answers)
    assert dated[-1].kind == "decision" and dated[-1].title == "Decided: Physical therapy first"
    # Records with no date are kept, after the dated things.
    assert [e.kind for e in events[len(dated):]] == ["record", "record"]
    assert len(timeline.build(demo_case, include_private=False)) == len(events) - 1


def _two_doctors(diag_a: str, diag_b: str) -> Case:
    return Case(title="x", opinions=[
        Opinion(physician=Physician(name="Dr A"), diagnosis=Diagnosis(text=diag_a)),
        Opinion(physician=Physician(name="Dr B"), diagnosis=Diagnosis(text=diag_b)),
    ])


def test_third_opinion_is_suggested_for_different_diagnoses_not_refined_ones() -> None:
    case = _two_doctors("Rheumatoid arthritis", "Gout")
    a, b = case.opinions[0].id, case.opinions[1].id
    assert compare_opinions(case, a, b).summary.diagnosis == "different"
    suggestion = third_opinion.suggest(case, compare_opinions(case, a, b))
    assert suggestion is not None and "different illnesses" in suggestion.reason
    assert suggestion.waiting == ""
    refined = _two_doctors("Osteoarthritis of the knee", "Osteoarthritis of the right knee")
    ra, rb = refined.opinions[0].id, refined.opinions[1].id
    assert third_opinion.suggest(refined, compare_opinions(refined, ra, rb)) is None


def test_third_opinion_for_different_plans_only_when_the_user_cannot_choose(
        demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    result = compare_opinions(demo_case, a, b)
    assert result.summary.plan in ("different", "partly")
    if result.summary.diagnosis == "different":
        pytest.skip("the demo's diagnoses read as different")
    assert third_opinion.suggest(demo_case, result) is None
    demo_case.decision = Decision(cannot_choose=True)
    demo_case.time_sensitive = True
    demo_case.extra["decide_by"] = "2026-12-14"
    suggestion = third_opinion.suggest(demo_case, result)
    assert suggestion is not None and "cannot choose" in suggestion.reason
    assert "14 December 2026" in suggestion.waiting


def test_three_way_agreement_names_who_agrees(demo_case: Case) -> None:
    third = copy.deepcopy(demo_case.opinions[1])
    third.id = "00000000-0000-4000-8000-000000000003"
    third.physician.name = "Dr Osei"
    demo_case.opinions.append(third)
    ids = [o.id for o in demo_case.opinions]
    rows = third_opinion.agreement_by_point(demo_case, compare_three(demo_case, ids))
    diagnosis = rows[0]
    assert diagnosis.label == "Diagnosis"
    words = third_opinion.agreement_words(diagnosis)
    assert "Dr Osei" in words or words == "all three agree"
    assert "Dr Mei Tanaka and Dr Osei agree" in " | ".join(
        third_opinion.agreement_words(r) for r in rows)


def test_the_timeline_speaks_the_language_in_force(demo_case: Case) -> None:
    from secondop_desktop.i18n import using

    demo_case.decision = Decision(chosen="Fisioterapia primero", decided_on="2026-11-20")
    demo_case.records[1].updated_at = "2026-10-11T09:00:00+01:00"
    with using("es"):
        events = timeline.build(demo_case)
    titles = [e.title for e in events]
    assert any(t.startswith("Consulta con el Dr Robert Hale") for t in titles)
    assert "MRI report, right knee (10 Oct 2026): recibido" in titles  # the record's own name
    assert "Decidió: Fisioterapia primero" in titles
    assert any(t.startswith("Nota") for t in titles)
    for english in ("Saw ", " answered", "Question written down", "Decided", " received"):
        assert not [t for t in titles if english in t], english


def test_the_third_opinion_and_a_follow_up_speak_the_language_in_force() -> None:
    from secondop_desktop.domain.comparison import Point
    from secondop_desktop.i18n import using

    case = _two_doctors("Artritis reumatoide", "Gota")
    case.time_sensitive = True
    case.extra["decide_by"] = "2026-12-14"
    a, b = case.opinions[0].id, case.opinions[1].id
    with using("es"):
        suggestion = third_opinion.suggest(case, compare_opinions(case, a, b))
        assert suggestion is not None
        assert suggestion.reason.startswith("Los dos médicos nombran enfermedades distintas")
        assert suggestion.advice[0].startswith("Una tercera opinión")
        assert suggestion.waiting.endswith("Usted pensaba decidir antes del 14 de diciembre de "
                                           "2026.")
        stage = Point(key="stage", topic="stage", status="different", severity="minor",
                      label="Etapa")
        item = followups.FollowUp(a, b, "Dr A", "Dr B", stage, None)
        assert item.question == "¿Por qué no coinciden los médicos en «Etapa»?"


def test_a_text_too_long_is_refused_in_the_language_in_force() -> None:
    from secondop_desktop.domain.text_limits import LONG_TEXT_MAX, text_problem
    from secondop_desktop.i18n import using

    document = {"case": {"title": "x", "notes": [{"text": "a" * (LONG_TEXT_MAX + 1)}]}}
    with using("es"):
        problem = text_problem(document)
    assert problem is not None and " caracteres; este campo admite como máximo " in problem
    with using("en"):
        assert " characters; this field holds at most " in (text_problem(document) or "")
