# SPDX-License-Identifier: GPL-3.0-or-later
"""Hand-built comparisons for the compare view's tests (no dependence on the engine's wording).

``FakeEngine`` stands in for ``domain.compare`` with fixed points on the demo case's doctors and
applies the case's reviews the way the contract says: ``status`` keeps the program's finding,
``verdict``/``state``/``note`` come from the reviews, and the summary follows the user.
"""

from __future__ import annotations

import copy
import dataclasses

from secondop_desktop.domain.comparison import Comparison, Point, Segment, Summary, ThreeWay
from secondop_desktop.domain.model import Case


def mri_key(a_id: str, b_id: str, twins: bool = False) -> str:
    """The key of the MRI only the second doctor cites (both cite it when the third is a twin)."""
    if twins:
        return f"evidence:{a_id[:4]}-mri:{b_id[:4]}-mri"
    return f"evidence:-:{b_id[:4]}-mri"


def fixed_points(a_id: str, b_id: str, twins: bool = False) -> list[Point]:
    return [
        Point(key="diagnosis", topic="diagnosis", status="refined", severity="minor",
              label="Diagnosis", a="Osteoarthritis of the knee (M17.9)",
              b="Primary osteoarthritis of the right knee (M17.11)",
              question="Ask both: is it the whole knee or only the inner side?"),
        Point(key="certainty", topic="certainty", status="same", severity="none",
              label="Certainty", a="confirmed", b="confirmed"),
        Point(key="stage", topic="stage", status="different", severity="major", label="Stage",
              a="Kellgren-Lawrence grade 4", b="Kellgren-Lawrence grade 3",
              question="How did you grade the X-ray, and what makes it that grade?",
              reason="Dr Tanaka saw the MRI report; Dr Hale did not.",
              a_segments=[Segment("Kellgren-Lawrence grade "), Segment("4", True)],
              b_segments=[Segment("Kellgren-Lawrence grade "), Segment("3", True)]),
        Point(key=f"recommendation:{a_id[:4]}-main:{b_id[:4]}-main", topic="recommendation",
              status="different", severity="major", label="Main recommendation",
              a="Total knee replacement, right knee · surgery · soon",
              b="Supervised physical therapy, 12 weeks · therapy · routine",
              question="Ask both: why this treatment first rather than the other?"),
        Point(key=f"evidence:{a_id[:4]}-xray:{b_id[:4]}-xray", topic="evidence", status="same",
              severity="none", label="Evidence",
              a="Standing X-ray of both knees, 29 September 2026",
              b="Standing X-ray of both knees, 29 September 2026"),
        Point(key=mri_key(a_id, b_id, twins), topic="evidence", status="only_b", severity="minor",
              label="Evidence", b="MRI of the right knee, 10 October 2026 <b>not bold</b>",
              question="Ask Dr Hale: would the MRI change your advice?"),
        Point(key="follow_up", topic="follow_up", status="same", severity="none",
              label="Next steps", a="See again in six weeks", b="See again in six weeks"),
    ]


THIRD_ID = "third-opinion-id"


class FakeEngine:
    """Counts ``calls`` so tests can tell a recomputation happened."""

    def __init__(self) -> None:
        self.calls = 0

    def compare_opinions(self, case: Case, a_id: str, b_id: str) -> Comparison:
        self.calls += 1
        twins = THIRD_ID in (a_id, b_id) and case.opinions[1].id in (a_id, b_id)
        points = fixed_points(a_id, b_id, twins)
        if twins:
            # The third doctor is a copy of the second: the two agree on everything.
            for p in points:
                p.status, p.severity, p.question, p.reason = "same", "none", "", ""
                p.a = p.b = p.b or p.a
                p.a_segments, p.b_segments = [], []
        engine = _summary(points)
        for review in case.reviews:
            if list(review.opinions) != [a_id, b_id]:
                continue
            for p in points:
                if p.key == review.point:
                    p.verdict, p.state, p.note = review.verdict, review.state, review.note
        summary = _summary(points)
        return Comparison(case.id, a_id, b_id, summary, points, engine_summary=engine)

    def reapply_reviews(self, case: Case, result: Comparison | ThreeWay) -> Comparison | ThreeWay:
        """The case's reviews applied again to a result, nothing compared again (not counted
        in ``calls``), as ``domain.compare.reapply_reviews``."""
        if isinstance(result, ThreeWay):
            pairs = [self.reapply_reviews(case, p) for p in result.pairs]
            return ThreeWay(case.id, list(result.opinion_ids), pairs,  # type: ignore[arg-type]
                            diagnosis_agreement=result.diagnosis_agreement,
                            plan_agreement=result.plan_agreement)
        points = [dataclasses.replace(p, verdict=None, state="open", note="")
                  for p in result.points]
        for review in case.reviews:
            if list(review.opinions) != [result.a_id, result.b_id]:
                continue
            for p in points:
                if p.key == review.point:
                    p.verdict, p.state, p.note = review.verdict, review.state, review.note
        return Comparison(case.id, result.a_id, result.b_id, _summary(points), points,
                          engine_summary=result.engine_summary)

    def compare_three(self, case: Case, ids: list[str]) -> ThreeWay:
        a, b, c = ids
        pairs = [self.compare_opinions(case, x, y) for x, y in ((a, b), (a, c), (b, c))]
        return ThreeWay(case.id, list(ids), pairs, diagnosis_agreement=[[a, b], [c]],
                        plan_agreement=[[a], [b], [c]])


def _summary(points: list[Point]) -> Summary:
    differ = sum(1 for p in points if p.differs)
    diag = next(p for p in points if p.key == "diagnosis")
    diagnosis = "same" if not diag.differs else diag.status
    return Summary(diagnosis=diagnosis, plan="different", agree=len(points) - differ,
                   differ=differ, refined=sum(1 for p in points if p.only_in_detail))


def with_third_opinion(case: Case) -> Case:
    """The demo case with a third doctor (a copy of the second under another name)."""
    case = copy.deepcopy(case)
    third = copy.deepcopy(case.opinions[1])
    third.id = THIRD_ID
    third.label = "Third opinion"
    third.physician.name = "Dr Amara Okafor"
    case.opinions.append(third)
    return case


def _rec(key: str, status: str, a: str = "", b: str = "") -> Point:
    severity = "none" if status == "same" else "minor"
    return Point(key=key, topic="recommendation", status=status, severity=severity,
                 label="Recommendation", a=a, b=b)


def crossed_three(a: str, b: str, c: str, case_id: str = "case") -> ThreeWay:
    """Three doctors where the third's two recommendations were matched, in different pairs,
    with the same one of the second's (c1 with a1, c2 with b1, while a1 goes with b1)."""
    return ThreeWay(case_id, [a, b, c], [
        Comparison(case_id, a, b, Summary(), [
            _rec("recommendation:a1:b1", "different", "Knee replacement", "Physiotherapy")]),
        Comparison(case_id, a, c, Summary(), [
            _rec("recommendation:a1:c1", "same", "Knee replacement", "Knee replacement"),
            _rec("recommendation:-:c2", "only_b", b="Physiotherapy twice a week")]),
        Comparison(case_id, b, c, Summary(), [
            _rec("recommendation:b1:c2", "same", "Physiotherapy", "Physiotherapy twice a week"),
            _rec("recommendation:-:c1", "only_b", b="Knee replacement")]),
    ])
