# SPDX-License-Identifier: GPL-3.0-or-later
"""Which question topic fits a question the compare view suggests for one of its points."""

from __future__ import annotations

from secondop_desktop.domain.comparison import Point
from secondop_desktop.domain.model import QUESTION_TOPICS, Case

# A compare point's topic → the topic of a question about it ("answer" takes the question's own).
_TOPIC_OF_POINT = {
    "diagnosis": "diagnosis",
    "certainty": "diagnosis",
    "stage": "diagnosis",
    "evidence": "diagnosis",
    "recommendation": "treatment",
    "urgency": "treatment",
}


def topic_for_point(point: Point | None, case: Case | None) -> str:
    """The question topic for a question raised by ``point`` (``other`` when unsure)."""
    if point is None:
        return "other"
    if point.topic == "answer" and case is not None:
        question_id = point.key.partition(":")[2]
        asked = next((q for q in case.questions if q.id == question_id), None)
        if asked is not None and asked.topic in QUESTION_TOPICS:
            return asked.topic
        return "other"
    return _TOPIC_OF_POINT.get(point.topic, "other")
