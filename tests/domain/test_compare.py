# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison engine on the worked example and on hand-made opinions."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from secondop_desktop.domain.compare import (
    CompareError,
    compare_opinions,
    compare_three,
    format_comparison_text,
    reapply_reviews,
)
from secondop_desktop.domain.comparison import (
    DIAGNOSIS_CATEGORIES,
    PLAN_CATEGORIES,
    POINT_STATUSES,
    POINT_TOPICS,
    SEVERITIES,
    Comparison,
)
from secondop_desktop.domain.model import (
    Answer,
    Case,
    Diagnosis,
    Evidence,
    Opinion,
    Physician,
    Question,
    Recommendation,
    Record,
    Review,
)

HALE = "19331738-6f62-539f-8d35-73eee0562182"
TANAKA = "5ca1b44e-76d5-5136-b5f2-e5ed76a43b3e"
HALE_TKR = "c6d784b8-cc94-5e2c-8dfb-9cf26c8aa685"
TANAKA_PT = "84f623f1-e831-5514-9fa1-6949bddee6ce"
HALE_XRAY = "3e886266-6ed4-5483-b1a8-b8150872d361"
TANAKA_XRAY = "21cb9595-56c0-5e01-920d-bb94f393712e"
TANAKA_MRI = "6a9d8101-0fb2-55b8-bc8e-d7af116bc7e6"
Q_GRADE = "353f9c03-f2f8-5b45-ba37-128859039e99"
Q_TRIAL = "47932aff-1992-54a8-b477-878e866c0e3f"
Q_DOG = "cc748d9e-f0f1-5cbf-b5b1-ad307f837c76"


# --- the worked example ---------------------------------------------------------------------


@pytest.fixture
def demo(demo_case: Case) -> Comparison:
    return compare_opinions(demo_case, HALE, TANAKA)


def test_demo_diagnosis_is_refined(demo: Comparison) -> None:
    point = demo.point("diagnosis")
    assert point is not None
    assert point.status == "refined"
    assert "M17.9" in point.a and "M17.11" in point.b
    assert demo.summary.diagnosis == "refined"
    assert point.label == "Diagnosis"


def test_demo_stage_differs_and_is_major(demo: Comparison) -> None:
    point = demo.point("stage")
    assert point is not None
    assert (point.status, point.severity) == ("different", "major")
    assert "grade 4" in point.a and "grade 3" in point.b
    assert "stage or grade" in point.question


def test_demo_main_plan_surgery_vs_therapy(demo: Comparison) -> None:
    point = demo.point(f"recommendation:{HALE_TKR}:{TANAKA_PT}")
    assert point is not None
    assert (point.status, point.severity, point.main) == ("different", "major", True)
    assert point.label == "Main recommendation"
    assert "surgery" in point.a and "therapy" in point.b
    assert "advised others" in point.question
    assert demo.summary.plan == "different"


def test_demo_urgency_soon_vs_routine(demo: Comparison) -> None:
    point = demo.point(f"urgency:{HALE_TKR}:{TANAKA_PT}")
    assert point is not None
    assert point.topic == "urgency"
    assert point.status == "different"
    assert point.a.startswith("soon") and point.b.startswith("routine")
    assert point.severity == "major"


def test_demo_xray_read_differently_ranks_high(demo: Comparison) -> None:
    point = demo.point(f"evidence:{HALE_XRAY}:{TANAKA_XRAY}")
    assert point is not None
    assert (point.status, point.severity) == ("different", "major")
    assert "how they read" in point.question
    assert any(s.changed for s in point.a_segments)
    assert "".join(s.text for s in point.a_segments) == point.a
    # Ranked above everything else that is not the diagnosis, stage, main plan or urgency.
    others = [p for p in demo.points if p.topic in ("answer", "rationale", "follow_up")]
    assert all(point.rank > p.rank for p in others)


def test_demo_evidence_cited_by_one_only(demo: Comparison) -> None:
    only_a = [p for p in demo.points if p.topic == "evidence" and p.status == "only_a"]
    only_b = [p for p in demo.points if p.topic == "evidence" and p.status == "only_b"]
    assert {p.key.split(":")[1] for p in only_a} == {
        "f436e377-a528-5e42-95d4-7c413ae36996", "441fe263-1a80-5c9c-a3df-025e5e0e5ded"}
    assert f"evidence:-:{TANAKA_MRI}" in {p.key for p in only_b}
    guideline = demo.point("evidence:f436e377-a528-5e42-95d4-7c413ae36996:-")
    assert guideline is not None and "guideline or study" in guideline.question


def test_demo_answers_compared_and_gap_found(demo: Comparison) -> None:
    grade = demo.point(f"answer:{Q_GRADE}")
    assert grade is not None and grade.status == "different"
    assert grade.a_segments and grade.b_segments
    trial = demo.point(f"answer:{Q_TRIAL}")
    assert trial is not None and trial.status == "only_b"
    assert trial.question.startswith("Ask Dr Hale this question too")
    assert demo.point(f"answer:{Q_DOG}") is None  # nobody answered it: nothing to compare


def test_why_they_may_differ_is_said_once_on_the_most_important_point(
        demo: Comparison) -> None:
    expected = "Dr Tanaka saw the MRI report, right knee (10 Oct 2026); Dr Hale did not."
    assert demo.reasons == [expected]
    carrying = [p for p in demo.points if p.reason]
    assert len(carrying) == 1 and carrying[0].reason == expected
    # the first difference it may explain, in the ranked order (the stage, a major point)
    assert carrying[0] is next(p for p in demo.ranked() if p.topic in (
        "diagnosis", "stage", "certainty", "recommendation", "urgency", "evidence"))
    certainty = demo.point("certainty")
    assert certainty is not None and certainty.status == "same" and certainty.reason == ""


def test_demo_point_order_is_stable_and_documented(demo: Comparison, demo_case: Case) -> None:
    topics = [p.topic for p in demo.points]
    order = ["diagnosis", "certainty", "stage", "rationale", "recommendation", "urgency",
             "evidence", "answer", "follow_up"]
    # benefits, risks and side effects follow their recommendation
    topics = ["recommendation" if t in ("benefits", "risks", "side_effects") else t
              for t in topics]
    assert topics == sorted(topics, key=order.index)
    again = compare_opinions(demo_case, HALE, TANAKA)
    assert [p.key for p in again.points] == [p.key for p in demo.points]
    assert demo.points[4].main  # the main-plan row leads the recommendations


def test_keys_survive_edits_of_unrelated_fields(demo_case: Case) -> None:
    before = [p.key for p in compare_opinions(demo_case, HALE, TANAKA).points]
    demo_case.opinions[0].rationale += " Also the weather."
    demo_case.opinions[1].recommendations[1].benefits = "Changed."
    demo_case.opinions[0].physician.name = "Dr R. Hale"
    after = [p.key for p in compare_opinions(demo_case, HALE, TANAKA).points]
    assert after == before


# --- reviews --------------------------------------------------------------------------------


def test_review_same_lowers_differ_count_but_keeps_the_finding(demo_case: Case) -> None:
    plain = compare_opinions(demo_case, HALE, TANAKA)
    demo_case.reviews.append(Review(opinions=[HALE, TANAKA], point="stage", verdict="same",
                                    state="explained",
                                    note="Dr Tanaka: grade 3 because the lateral side is spared"))
    reviewed = compare_opinions(demo_case, HALE, TANAKA)
    stage = reviewed.point("stage")
    assert stage is not None
    assert stage.status == "different"  # the engine's own finding stays
    assert (stage.verdict, stage.state) == ("same", "explained")
    assert stage.note.startswith("Dr Tanaka")
    assert not stage.differs
    assert reviewed.summary.differ == plain.summary.differ - 1
    assert reviewed.summary.agree == plain.summary.agree + 1
    assert reviewed.engine_summary == plain.engine_summary
    assert reviewed.engine_summary.differ == plain.summary.differ


def test_review_verdicts_move_the_summary_categories(demo_case: Case) -> None:
    demo_case.reviews += [
        Review(opinions=[HALE, TANAKA], point="diagnosis", verdict="same"),
        Review(opinions=[HALE, TANAKA], point=f"recommendation:{HALE_TKR}:{TANAKA_PT}",
               verdict="same"),
    ]
    result = compare_opinions(demo_case, HALE, TANAKA)
    assert result.summary.diagnosis == "same"
    assert result.summary.plan == "partly"
    assert result.engine_summary is not None
    assert (result.engine_summary.diagnosis, result.engine_summary.plan) == (
        "refined", "different")


def test_reviews_reapplied_match_a_fresh_comparison(demo_case: Case) -> None:
    """A verdict, state or note given after the comparison: applied to its points by key, the
    result is what comparing again would give, and the earlier result is left as it was."""
    before = compare_opinions(demo_case, HALE, TANAKA)
    demo_case.reviews += [
        Review(opinions=[HALE, TANAKA], point="diagnosis", verdict="same", note="Same knee"),
        Review(opinions=[HALE, TANAKA], point="certainty", verdict="different", state="asked"),
        Review(opinions=[TANAKA, HALE], point="stage", verdict="same"),  # the other order
    ]
    again = reapply_reviews(demo_case, before)
    fresh = compare_opinions(demo_case, HALE, TANAKA)
    assert isinstance(again, Comparison)
    assert again.summary == fresh.summary
    assert again.engine_summary == fresh.engine_summary
    assert [(p.key, p.verdict, p.state, p.note) for p in again.points] == [
        (p.key, p.verdict, p.state, p.note) for p in fresh.points]
    assert all(p.verdict is None for p in before.points)  # not changed under its holder
    # A review taken away again: the point is back to the program's finding.
    demo_case.reviews = []
    assert reapply_reviews(demo_case, again).summary == before.summary


def test_reviews_reapplied_to_three_doctors(demo_case: Case) -> None:
    third = Opinion(physician=Physician(name="Dr Amara Okafor"),
                    diagnosis=Diagnosis(text="Knee osteoarthritis"))
    demo_case.opinions.append(third)
    ids = [HALE, TANAKA, third.id]
    before = compare_three(demo_case, ids)
    demo_case.reviews.append(Review(opinions=[HALE, TANAKA], point="diagnosis", verdict="same"))
    again = reapply_reviews(demo_case, before)
    fresh = compare_three(demo_case, ids)
    assert [c.summary for c in again.pairs] == [c.summary for c in fresh.pairs]
    assert again.diagnosis_agreement == fresh.diagnosis_agreement
    assert again.plan_agreement == fresh.plan_agreement


def test_review_different_on_an_agreeing_point(demo_case: Case) -> None:
    demo_case.reviews.append(Review(opinions=[HALE, TANAKA], point="certainty",
                                    verdict="different", state="asked"))
    result = compare_opinions(demo_case, HALE, TANAKA)
    point = result.point("certainty")
    assert point is not None and point.status == "same" and point.differs
    assert result.summary.differ == result.engine_summary.differ + 1


def test_reviews_belong_to_the_ordered_pair(demo_case: Case) -> None:
    demo_case.reviews.append(Review(opinions=[TANAKA, HALE], point="stage", verdict="same"))
    forward = compare_opinions(demo_case, HALE, TANAKA)
    stage = forward.point("stage")
    assert stage is not None and stage.verdict is None and stage.state == "open"
    backward = compare_opinions(demo_case, TANAKA, HALE)
    stage = backward.point("stage")
    assert stage is not None and stage.verdict == "same"


def test_odd_review_values_are_ignored(demo_case: Case) -> None:
    demo_case.reviews.append(Review(opinions=[HALE, TANAKA], point="stage", verdict="maybe",
                                    state="pondering"))
    stage = compare_opinions(demo_case, HALE, TANAKA).point("stage")
    assert stage is not None and (stage.verdict, stage.state) == (None, "open")


# --- the JSON contract ----------------------------------------------------------------------


def test_json_has_exactly_the_contract_keys_and_values(demo_case: Case) -> None:
    demo_case.reviews.append(Review(opinions=[HALE, TANAKA], point="stage", verdict="same",
                                    state="asked"))
    data = json.loads(json.dumps(compare_opinions(demo_case, HALE, TANAKA).to_json()))
    assert set(data) == {"case", "a", "b", "summary", "points", "reasons"}
    assert (data["case"], data["a"], data["b"]) == (demo_case.id, HALE, TANAKA)
    assert set(data["summary"]) == {"diagnosis", "plan", "agree", "differ", "wording", "major",
                                    "refined"}
    assert data["summary"]["diagnosis"] in DIAGNOSIS_CATEGORIES
    assert data["summary"]["plan"] in PLAN_CATEGORIES
    # (a benefit, risk or side effect counts where the same treatment's differ: it asks then)
    assert data["summary"]["agree"] + data["summary"]["differ"] == len(
        [p for p in data["points"] if not p["parent"] or (
            p["question"] and p["status"] != "same")])
    for point in data["points"]:
        assert set(point) == {"key", "topic", "status", "severity", "a", "b", "question",
                              "verdict", "state", "label", "label_in_full", "rank", "order", "main",
                              "wording_only", "detail", "reason", "parent", "spelling"}
        assert all(isinstance(pair, list) and len(pair) == 2 for pair in point["spelling"])
        assert point["topic"] in POINT_TOPICS
        assert point["status"] in POINT_STATUSES
        assert point["severity"] in SEVERITIES
        assert point["verdict"] in (None, "same", "different")
        assert point["state"] in ("open", "asked", "explained", "resolved")
        assert all(isinstance(point[k], str) for k in ("key", "a", "b", "question"))
    stage = next(p for p in data["points"] if p["key"] == "stage")
    assert (stage["verdict"], stage["state"]) == ("same", "asked")


def test_three_way_json_is_the_list_of_pairs(demo_case: Case) -> None:
    third = _opinion("Dr Ines Okafor", "Osteoarthritis of the knee", "M17.9",
                     [_rec("Total knee replacement", "surgery", preferred=True)])
    demo_case.opinions.append(third)
    data = compare_three(demo_case, [HALE, TANAKA, third.id]).to_json()
    assert [(d["a"], d["b"]) for d in data] == [(HALE, TANAKA), (HALE, third.id),
                                                 (TANAKA, third.id)]


# --- three doctors --------------------------------------------------------------------------


def test_three_way_agreement_groups(demo_case: Case) -> None:
    third = _opinion("Dr Ines Okafor", "Osteoarthritis of the knee", "M17.9",
                     [_rec("Total knee replacement, right knee", "surgery", preferred=True,
                           urgency="soon")])
    demo_case.opinions.append(third)
    three = compare_three(demo_case, [HALE, TANAKA, third.id])
    assert len(three.pairs) == 3
    assert three.opinion_ids == [HALE, TANAKA, third.id]
    assert three.diagnosis_agreement == [[HALE, TANAKA, third.id]]
    assert [HALE, third.id] in three.plan_agreement
    assert [TANAKA] in three.plan_agreement
    text = format_comparison_text(demo_case, three)
    assert "Dr Robert Hale and Dr Ines Okafor agree" in text
    assert "Dr Mei Tanaka differs" in text


def test_three_way_needs_three_different_opinions(demo_case: Case) -> None:
    with pytest.raises(CompareError):
        compare_three(demo_case, [HALE, TANAKA])
    with pytest.raises(CompareError):
        compare_three(demo_case, [HALE, TANAKA, HALE])


def test_unknown_opinion_is_a_clear_error(demo_case: Case) -> None:
    with pytest.raises(CompareError, match="No opinion"):
        compare_opinions(demo_case, HALE, "nobody")


# --- the terminal form ----------------------------------------------------------------------


def test_text_summary_first_differences_before_agreements(demo_case: Case) -> None:
    text = format_comparison_text(demo_case, compare_opinions(demo_case, HALE, TANAKA))
    lines = text.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert "Dr Robert Hale compared with Dr Mei Tanaka" in text
    summary = next(i for i, line in enumerate(lines) if line.startswith("Diagnosis:"))
    differ = lines.index("Where the doctors differ")
    agree = lines.index("Where they agree")
    assert summary < differ < agree
    # Most important first: the stage (major) comes before the wording of the rationale.
    assert text.index("Stage: differs") < text.index("Why (their reasoning)")
    assert "Dr Tanaka saw the MRI report" in text
    assert "not medical advice" in text


def test_text_shows_the_users_view(demo_case: Case) -> None:
    demo_case.reviews.append(Review(opinions=[HALE, TANAKA], point="stage", verdict="same",
                                    state="resolved", note="Both fine with grade 3."))
    text = format_comparison_text(demo_case, compare_opinions(demo_case, HALE, TANAKA))
    flowing = " ".join(text.split())  # lines wrap at 80 columns
    assert "you marked this the same" in flowing
    assert "Both fine with grade 3." in flowing
    assert "Before your own verdicts" in flowing


# --- hand-made opinions ---------------------------------------------------------------------


def _rec(treatment: str, category: str, preferred: bool = False,
         urgency: str | None = None) -> Recommendation:
    return Recommendation(treatment=treatment, category=category, preferred=preferred,
                          urgency=urgency)


def _opinion(name: str, text: str = "", code: str | None = None,
             recs: list[Recommendation] | None = None, **kwargs) -> Opinion:  # noqa: ANN003
    return Opinion(physician=Physician(name=name), diagnosis=Diagnosis(text=text, icd10=code),
                   recommendations=recs or [], **kwargs)


def _pair(a: Opinion, b: Opinion, **case_fields) -> Comparison:  # noqa: ANN003
    case = Case(title="Test", opinions=[a, b], **case_fields)
    return compare_opinions(case, a.id, b.id)


# (A's recommendations, B's recommendations, expected plan category)
PLANS = [
    pytest.param([_rec("Total knee replacement", "surgery", True)],
                 [_rec("Total knee replacement", "surgery", True)], "same", id="same surgery"),
    pytest.param([_rec("Physical therapy", "therapy", True)],
                 [_rec("Physical therapy, 12 weeks", "therapy", True)], "same",
                 id="same therapy, more detail"),
    pytest.param([_rec("Total knee replacement", "surgery", True)],
                 [_rec("Supervised physical therapy", "therapy", True)], "different",
                 id="surgery vs therapy"),
    pytest.param([_rec("Lumpectomy", "surgery", True), _rec("Radiotherapy", "radiation")],
                 [_rec("Lumpectomy", "surgery", True)], "partly",
                 id="same main, one extra"),
    pytest.param([_rec("Chemotherapy (AC-T)", "chemotherapy", True)],
                 [_rec("Active surveillance", "monitoring", True)], "different",
                 id="treat vs watch"),
    pytest.param([_rec("Metformin", "medication", True), _rec("Walking daily", "lifestyle")],
                 [_rec("Walking daily", "lifestyle", True), _rec("Metformin", "medication")],
                 "different", id="same items, other main one"),
    pytest.param([_rec("Metformin", "medication"), _rec("Statin", "medication")],
                 [_rec("Statin", "medication"), _rec("Low-salt diet", "lifestyle")], "partly",
                 id="no main flagged, share some"),
    pytest.param([_rec("Total knee replacement", "surgery", True)],
                 [_rec("Partial knee replacement", "surgery", True)], "partly",
                 id="same kind of main treatment, another type"),
    pytest.param([_rec("Physical therapy", "therapy", True, urgency="soon")],
                 [_rec("Physical therapy", "therapy", True, urgency="routine")], "partly",
                 id="same main, other urgency"),
    pytest.param([_rec("Metformin", "medication")], [], "unknown", id="one has none"),
    pytest.param([], [], "unknown", id="neither has any"),
]


@pytest.mark.parametrize(("recs_a", "recs_b", "expected"), PLANS)
def test_plan_categories(recs_a: list[Recommendation], recs_b: list[Recommendation],
                         expected: str) -> None:
    result = _pair(_opinion("Dr A", recs=recs_a), _opinion("Dr B", recs=recs_b))
    assert result.summary.plan == expected
    swapped = _pair(_opinion("Dr B", recs=recs_b), _opinion("Dr A", recs=recs_a))
    assert swapped.summary.plan == expected


def test_surgery_never_pairs_with_therapy() -> None:
    a = _opinion("Dr A", recs=[_rec("Knee surgery", "surgery"), _rec("Knee exercises", "therapy")])
    b = _opinion("Dr B", recs=[_rec("Knee physiotherapy", "therapy")])
    result = _pair(a, b)
    surgery = a.recommendations[0]
    assert result.point(f"recommendation:{surgery.id}:-") is not None
    pair = result.point(f"recommendation:{a.recommendations[1].id}:{b.recommendations[0].id}")
    assert pair is not None and pair.status == "different" and pair.severity == "minor"


def test_medicines_pair_by_name() -> None:
    a = _opinion("Dr A", recs=[_rec("Naproxen 500 mg", "medication"),
                               _rec("Omeprazole", "medication")])
    b = _opinion("Dr B", recs=[_rec("Omeprazole 20 mg", "medication"),
                               _rec("Naproxen 500 mg", "medication")])
    result = _pair(a, b)
    na, oa = a.recommendations
    ob, nb = b.recommendations
    assert result.point(f"recommendation:{na.id}:{nb.id}").status == "same"
    assert result.point(f"recommendation:{oa.id}:{ob.id}").status == "refined"


def test_main_versus_alternative_is_a_major_difference() -> None:
    a = _opinion("Dr A", recs=[_rec("Total knee replacement", "surgery", True)])
    b = _opinion("Dr B", recs=[_rec("Physical therapy", "therapy", True),
                               _rec("Total knee replacement", "surgery")])
    result = _pair(a, b)
    pair = result.point(f"recommendation:{a.recommendations[0].id}:{b.recommendations[1].id}")
    assert pair is not None and (pair.status, pair.severity) == ("different", "major")
    only = result.point(f"recommendation:-:{b.recommendations[0].id}")
    assert only is not None and (only.status, only.severity) == ("only_b", "major")
    assert result.summary.plan == "different"


def test_urgency_of_matched_recommendations() -> None:
    a = _opinion("Dr A", recs=[_rec("Biopsy of the lump", "procedure", urgency="emergency")])
    b = _opinion("Dr B", recs=[_rec("Biopsy of the lump", "procedure", urgency="routine")])
    result = _pair(a, b)
    point = result.point(f"urgency:{a.recommendations[0].id}:{b.recommendations[0].id}")
    assert point is not None and (point.status, point.severity) == ("different", "major")
    c = _opinion("Dr C", recs=[_rec("Biopsy of the lump", "procedure")])
    one = _pair(a, c).point(f"urgency:{a.recommendations[0].id}:{c.recommendations[0].id}")
    assert one is not None and one.status == "only_a"


def test_evidence_read_the_same_and_differently() -> None:
    scan_a = Evidence(kind="imaging", title="CT chest 3 March", interpretation="8 mm nodule")
    scan_b = Evidence(kind="imaging", title="CT of the chest, 3 March",
                      interpretation="8 mm nodule.")
    slide_a = Evidence(kind="pathology", title="Biopsy slides", interpretation="Benign")
    slide_b = Evidence(kind="pathology", title="Biopsy slides", interpretation="Malignant")
    study_a = Evidence(kind="study", title="Trial A", reference="https://doi.org/10.1/ABC")
    study_b = Evidence(kind="study", title="The A trial", reference="doi:10.1/abc")
    lab_a = Evidence(kind="test_result", title="PSA", interpretation="Slightly raised, repeat")
    lab_b = Evidence(kind="test_result", title="PSA", interpretation="Raised; needs MRI soon")
    a = _opinion("Dr A", evidence=[scan_a, slide_a, study_a, lab_a])
    b = _opinion("Dr B", evidence=[study_b, slide_b, scan_b, lab_b])
    result = _pair(a, b)
    scan = result.point(f"evidence:{scan_a.id}:{scan_b.id}")
    assert scan is not None and scan.status == "same"
    slide = result.point(f"evidence:{slide_a.id}:{slide_b.id}")
    assert slide is not None and (slide.status, slide.severity) == ("different", "major")
    study = result.point(f"evidence:{study_a.id}:{study_b.id}")
    assert study is not None and study.status == "same"  # the same reference
    lab = result.point(f"evidence:{lab_a.id}:{lab_b.id}")
    assert lab is not None and (lab.status, lab.severity) == ("different", "minor")
    assert lab.rank == slide.rank == 70


def test_different_scans_of_one_kind_do_not_pair() -> None:
    old = Evidence(kind="imaging", title="MRI brain 2021", interpretation="Normal")
    new = Evidence(kind="imaging", title="MRI brain 2024", interpretation="Small lesion")
    result = _pair(_opinion("Dr A", evidence=[old]), _opinion("Dr B", evidence=[new]))
    assert result.point(f"evidence:{old.id}:-") is not None
    assert result.point(f"evidence:-:{new.id}") is not None


def test_missing_fields_become_one_sided_points() -> None:
    a = _opinion("Dr A", "Migraine", rationale="Typical story.", follow_up="Diary for a month")
    a.diagnosis.certainty = "probable"
    a.diagnosis.stage = "Chronic"
    b = _opinion("Dr B")
    result = _pair(a, b)
    statuses = {p.key: p.status for p in result.points}
    assert statuses == {"diagnosis": "only_a", "certainty": "only_a", "stage": "only_a",
                        "rationale": "only_a", "follow_up": "only_a"}
    assert result.summary.diagnosis == "unknown"
    assert "Ask Dr B what the diagnosis is" in result.point("diagnosis").question


def test_two_empty_opinions_have_nothing_to_compare() -> None:
    result = _pair(Opinion(), Opinion())
    assert result.points == []
    assert result.summary.to_json() == {"diagnosis": "unknown", "plan": "unknown", "agree": 0,
                                        "differ": 0, "wording": 0, "major": 0,
                                        "refined": 0}
    case = Case(title="Empty", opinions=[Opinion(), Opinion()])
    text = format_comparison_text(case, compare_opinions(case, case.opinions[0].id,
                                                         case.opinions[1].id))
    assert "Neither opinion has anything to compare yet." in text


def test_records_reason_in_both_directions() -> None:
    a, b = _opinion("Dr Ann Lee", "Asthma"), _opinion("Dr Bo Kim", "COPD")
    records = [Record(title="Lung function test", shared_with=[a.id]),
               Record(title="Chest X-ray", shared_with=[b.id]),
               Record(title="Allergy panel", shared_with=[b.id]),
               Record(title="Blood count", shared_with=[a.id, b.id])]
    point = _pair(a, b, records=records).point("diagnosis")
    assert point is not None and point.status == "different"
    assert point.reason == ("Dr Lee saw the Lung function test; Dr Kim did not. "
                            "Dr Kim saw the Chest X-ray and Allergy panel; Dr Lee did not.")


def test_answers_to_unlisted_questions_are_still_compared() -> None:
    q = Question(text="Can I drive?")
    a = _opinion("Dr A", answers=[Answer(question_id=q.id, text="Yes."),
                                  Answer(question_id="gone", text="Old answer")])
    b = _opinion("Dr B", answers=[Answer(question_id=q.id, text="yes")])
    result = _pair(a, b, questions=[q])
    assert result.point(f"answer:{q.id}").status == "same"
    assert result.point("answer:gone").status == "only_a"


def test_long_texts_get_word_segments() -> None:
    a = _opinion("Dr A", rationale="The scan shows a small stone in the left kidney.")
    b = _opinion("Dr B", rationale="The scan shows a large stone in the left kidney.")
    point = _pair(a, b).point("rationale")
    assert point is not None and point.status == "different"
    assert [s.text for s in point.a_segments if s.changed] == ["small "]
    assert [s.text for s in point.b_segments if s.changed] == ["large "]


# --- the code set stays off the start-up path -----------------------------------------------


def test_importing_the_engine_does_not_load_the_code_set() -> None:
    code = (
        "import sys\n"
        "import secondop_desktop.domain.compare\n"
        "import secondop_desktop.domain.icd10\n"
        "print('simple_icd_10_cm' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


def test_comparing_by_words_does_not_load_the_code_set(tmp_path) -> None:
    code = (
        "import sys\n"
        "from secondop_desktop.domain.compare import compare_opinions\n"
        "from secondop_desktop.domain.model import Case, Opinion, Diagnosis\n"
        "a = Opinion(diagnosis=Diagnosis(text='Gout', icd10='M10.9'))\n"
        "b = Opinion(diagnosis=Diagnosis(text='Pseudogout', icd10='M11.20'))\n"
        "c = Case(title='t', opinions=[a, b])\n"
        "print(compare_opinions(c, a.id, b.id).summary.diagnosis)\n"
        "print('simple_icd_10_cm' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={"SECONDOP_DATA_DIR": str(tmp_path),
                                           "PATH": "/usr/bin:/bin"})
    assert done.stdout.split() == ["different", "False"]


def test_keys_are_unique_even_with_repeated_ids() -> None:
    twin = [Recommendation(id="same-id", treatment="Rest", category="lifestyle"),
            Recommendation(id="same-id", treatment="Ice", category="other")]
    q = Question(text="Why?")
    a = _opinion("Dr A", recs=twin)
    b = _opinion("Dr B", answers=[Answer(question_id=q.id, text="Because.")])
    keys = [p.key for p in _pair(a, b, questions=[q, q]).points]
    assert len(keys) == len(set(keys))
    assert "recommendation:same-id:-" in keys and "recommendation:same-id:-#2" in keys


def test_user_saying_the_main_plan_differs_makes_the_plan_different() -> None:
    a = _opinion("Dr A", recs=[_rec("Physical therapy", "therapy", True)])
    b = _opinion("Dr B", recs=[_rec("Physical therapy", "therapy", True)])
    case = Case(title="t", opinions=[a, b])
    key = f"recommendation:{a.recommendations[0].id}:{b.recommendations[0].id}"
    assert compare_opinions(case, a.id, b.id).summary.plan == "same"
    case.reviews.append(Review(opinions=[a.id, b.id], point=key, verdict="different",
                               note="Dr B means twice as many sessions"))
    result = compare_opinions(case, a.id, b.id)
    assert result.summary.plan == "different"
    assert result.engine_summary.plan == "same"
