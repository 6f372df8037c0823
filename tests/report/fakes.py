# SPDX-License-Identifier: GPL-3.0-or-later
"""Hand-made comparisons for report tests, so they do not depend on the engine's wording.

The PDF must draw whatever the engine gives it; these fixtures pin down what it was given.
"""

from __future__ import annotations

from secondop_desktop.domain.comparison import Comparison, Point, Segment, Summary
from secondop_desktop.domain.model import Case


def hand_comparison(case: Case, a_id: str, b_id: str) -> Comparison:
    a, b = case.opinion(a_id), case.opinion(b_id)
    assert a is not None and b is not None
    points = [
        Point(key="diagnosis", topic="diagnosis", status="refined", severity="minor",
              label="Diagnosis", a=a.diagnosis.text, b=b.diagnosis.text,
              question="Which part of the knee is affected?"),
        Point(key="certainty", topic="certainty", status="same", severity="none",
              label="Certainty", a=a.diagnosis.certainty or "", b=b.diagnosis.certainty or ""),
        Point(key="stage", topic="stage", status="different", severity="major", label="Stage",
              a=a.diagnosis.stage or "", b=b.diagnosis.stage or "",
              question="How did you grade the X-ray?",
              a_segments=[Segment("Kellgren-Lawrence grade "), Segment("4", True)],
              b_segments=[Segment("Kellgren-Lawrence grade "), Segment("3", True)]),
        Point(key="rationale", topic="rationale", status="different", severity="minor",
              label="Why", a=a.rationale, b=b.rationale,
              question="What would change your mind?"),
        Point(key=f"recommendation:{a.id}:{b.id}", topic="recommendation", status="different",
              severity="major", label="Main recommendation",
              a=a.recommendations[0].treatment, b=b.recommendations[0].treatment,
              question="Why this treatment first?"),
        Point(key=f"evidence::{b.id}", topic="evidence", status="only_b", severity="minor",
              label="Evidence", a="", b="MRI of the right knee"),
        Point(key="follow_up", topic="follow_up", status="different", severity="minor",
              label="Next steps", a=a.follow_up, b=b.follow_up,
              verdict="same", state="explained", note="Both want to see me again.",
              reason="They saw different records."),
    ]
    differ = sum(1 for p in points if p.differs)
    return Comparison(
        case_id=case.id, a_id=a_id, b_id=b_id,
        summary=Summary(diagnosis="refined", plan="different", agree=len(points) - differ,
                        differ=differ, refined=sum(1 for p in points if p.only_in_detail)),
        points=points,
        engine_summary=Summary(diagnosis="refined", plan="different",
                               agree=len(points) - differ - 1, differ=differ + 1),
    )


def hand_comparisons(case: Case, ids: list[str]) -> list[Comparison]:
    if len(ids) == 2:
        return [hand_comparison(case, ids[0], ids[1])]
    return [hand_comparison(case, ids[0], ids[1]), hand_comparison(case, ids[0], ids[2]),
            hand_comparison(case, ids[1], ids[2])]
