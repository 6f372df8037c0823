# SPDX-License-Identifier: GPL-3.0-or-later
"""Which question topic fits a question the compare view suggests for one of its points."""

from __future__ import annotations

from typing import Any

from secondop_desktop.domain.comparison import Comparison, Point, ThreeWay
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


def difference_words(result: Any, point: Point | None, case: Case | None) -> str:
    """The difference a question comes from, in words, to tag the question with: "Diagnosis —
    Dr Lee: … / Dr Tanaka: …" (each side shortened). Empty without a point."""
    if point is None:
        return ""
    pairs = _comparisons(result)
    # The very point shown; else one equal to it (a later run of the same comparison).
    pair = next((c for c in pairs if any(p is point for p in c.points)), None) or next(
        (c for c in pairs if point in c.points), None)
    names = ["A", "B"]
    if pair is not None and case is not None:
        for n, opinion_id in enumerate((pair.a_id, pair.b_id)):
            opinion = case.opinion(opinion_id)
            if opinion is not None:
                names[n] = opinion.doctor

    def short(text: str) -> str:
        text = " ".join(text.split()) or "—"
        return text if len(text) <= 80 else text[:79].rstrip() + "…"

    label = point.label.strip() or point.topic.replace("_", " ").capitalize()
    return f"{label} — {names[0]}: {short(point.a)} / {names[1]}: {short(point.b)}"


def _comparisons(result: Any) -> list[Comparison]:
    if isinstance(result, ThreeWay):
        return list(result.pairs)
    if isinstance(result, Comparison):
        return [result]
    return []
