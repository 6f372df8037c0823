# SPDX-License-Identifier: GPL-3.0-or-later
"""What a comparison of two opinions produces: the contract shared by the engine, the compare
view, the PDF and ``secondop compare --json``.

The engine (``domain.compare``) builds these; nothing else decides whether two opinions differ.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from secondop_desktop.domain.dataclass_methods import FieldMethods

POINT_STATUSES = ("same", "refined", "different", "only_a", "only_b", "maybe_same")
"""``maybe_same``: the program cannot tell (an abbreviation with two meanings and nothing to decide
it); shown as "may be the same", counted with the differences so the patient asks."""
SEVERITIES = ("major", "minor", "none")
POINT_TOPICS = (
    "diagnosis", "certainty", "stage", "rationale", "evidence", "recommendation", "urgency",
    "answer", "follow_up", "benefits", "risks", "side_effects",
)
DIAGNOSIS_CATEGORIES = ("same", "refined", "different", "unknown", "maybe_same")
PLAN_CATEGORIES = ("same", "partly", "different", "unknown")


@dataclass(eq=False, repr=False)
class Segment(FieldMethods):
    """A run of words in a long text; ``changed`` marks words the other side does not have."""

    text: str
    changed: bool = False


@dataclass(eq=False, repr=False)
class Point(FieldMethods):
    key: str
    topic: str
    status: str
    severity: str
    a: str = ""
    b: str = ""
    question: str = ""
    verdict: str | None = None
    state: str = "open"
    label: str = ""
    """The row's heading in the view and the PDF ("Main recommendation", "Stage")."""
    label_in_full: str = ""
    """The heading uncut, where ``label`` cuts a long treatment or question short with "…":
    what a screen reader says (empty when the label is whole)."""
    note: str = ""
    """The user's note from the matching Review."""
    reason: str = ""
    """A plain-words hint on why the doctors may differ (e.g. they saw different records)."""
    a_segments: list[Segment] = field(default_factory=list)
    b_segments: list[Segment] = field(default_factory=list)
    rank: int = 0
    """How much the point weighs among differences, higher first (diagnosis > main plan >
    urgency > evidence read differently > wording); ``severity`` comes before it."""
    main: bool = False
    """Whether the point is about a doctor's main recommendation (the main plan)."""
    wording_only: bool = False
    """The doctors said the same thing in other words (status "same", texts not equal): a view
    folds these under "said the same in other words" and shows them on request."""
    detail: str = ""
    """What exactly differs, in plain words ("dose: 5 mg against 0.5 mg, 10 times more")."""
    read_two_ways: str = ""
    """With status "maybe_same" on a plan: what one doctor wrote so that it can mean two, one
    of them the other's ("dose": "1.000 mg"; "frequency": "biweekly"), or "limit" for a most
    of sodium set against about as much salt; empty otherwise."""
    parent: str = ""
    """For benefits, risks and side effects: the key of the recommendation point they belong
    to, so a view can show them under it."""
    order: int = 0
    """The point's place when differences are listed most important first (0 = first);
    set by the engine for every point (agreements after differences)."""
    spelling: list[tuple[str, str]] = field(default_factory=list)
    """Words the engine took as one word typed two ways to read this point, each as doctor A's
    and doctor B's notes spell it (``domain.spelling``): with status "maybe_same", the two
    doctors agree here only if they are; on another status, what the finding assumed."""

    @property
    def maybe_same(self) -> bool:
        return self.status == "maybe_same"

    @property
    def differs(self) -> bool:
        """Whether this point counts as a difference, following the user's verdict if given."""
        if self.verdict == "same":
            return False
        if self.verdict == "different":
            return True
        return self.status != "same"

    @property
    def only_in_detail(self) -> bool:
        """A difference that is only one doctor saying the same more precisely (the program's
        "refined", not called a real difference by the user)."""
        return self.status == "refined" and self.verdict is None

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "topic": self.topic,
            "status": self.status,
            "severity": self.severity,
            "a": self.a,
            "b": self.b,
            "question": self.question,
            "verdict": self.verdict,
            "state": self.state,
            "label": self.label,
            "label_in_full": self.label_in_full,
            "rank": self.rank,
            "order": self.order,
            "main": self.main,
            "wording_only": self.wording_only,
            "detail": self.detail,
            "reason": self.reason,
            "parent": self.parent,
            "spelling": [list(pair) for pair in self.spelling],
        }


@dataclass(eq=False, repr=False)
class Summary(FieldMethods):
    diagnosis: str = "unknown"
    plan: str = "unknown"
    agree: int = 0
    differ: int = 0
    wording: int = 0
    """How many of the agreeing points say the same thing in other words."""
    major: int = 0
    """How many of the differences are major."""
    refined: int = 0
    """How many of the differences are only one doctor saying the same more precisely, so a
    summary can say so instead of counting them as plain disagreements."""

    def to_json(self) -> dict[str, Any]:
        return {
            "diagnosis": self.diagnosis,
            "plan": self.plan,
            "agree": self.agree,
            "differ": self.differ,
            "wording": self.wording,
            "major": self.major,
            "refined": self.refined,
        }


@dataclass(eq=False, repr=False)
class Comparison(FieldMethods):
    case_id: str
    a_id: str
    b_id: str
    summary: Summary
    points: list[Point]
    engine_summary: Summary | None = None
    """The program's own summary before the user's verdicts were applied (shown beside it)."""
    reasons: list[str] = field(default_factory=list)
    """Each "why they may differ" fact once (e.g. who saw which records); the engine puts it on
    the most important point it explains and nowhere else."""
    shared: set[str] = field(default_factory=set)
    """Keys of the recommendation points whose two treatments are the same treatment (the plan
    summary needs them again when the user's verdicts change; not part of the JSON)."""

    def differences(self) -> list[Point]:
        return [p for p in self.points if p.differs]

    def ranked(self) -> list[Point]:
        """The differences, most important first (major before minor, then by rank)."""
        return sorted(self.differences(), key=lambda p: p.order)

    def reworded(self) -> list[Point]:
        """Points where the doctors said the same thing in other words (folded in views)."""
        return [p for p in self.points if p.wording_only and not p.differs]

    def point(self, key: str) -> Point | None:
        return next((p for p in self.points if p.key == key), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.case_id,
            "a": self.a_id,
            "b": self.b_id,
            "summary": self.summary.to_json(),
            "points": [p.to_json() for p in self.points],
            "reasons": list(self.reasons),
        }


@dataclass(eq=False, repr=False)
class ThreeWay(FieldMethods):
    """Three opinions: the three pairwise comparisons and who agrees with whom."""

    case_id: str
    opinion_ids: list[str]
    pairs: list[Comparison]
    diagnosis_agreement: list[list[str]] = field(default_factory=list)
    """Groups of opinion ids that agree on the diagnosis (same or refined)."""
    plan_agreement: list[list[str]] = field(default_factory=list)
    """Groups of opinion ids whose main plan is the same."""

    def to_json(self) -> list[dict[str, Any]]:
        return [c.to_json() for c in self.pairs]
