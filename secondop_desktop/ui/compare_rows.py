# SPDX-License-Identifier: GPL-3.0-or-later
"""Lay the engine's points out as aligned rows, one column per doctor.

Nothing here decides whether two opinions differ: every status, severity and marked word comes
from ``domain.compare``. For three doctors this only groups the three pairwise comparisons' points
that speak of the same thing (the same point key, or the same item of one doctor) into one row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from secondop_desktop.domain.comparison import Comparison, Point, Segment, ThreeWay
from secondop_desktop.domain.words import titled_short_name


@dataclass
class PairPoint:
    """One engine point inside a row, with the two opinions it compares (in that order)."""

    a_id: str
    b_id: str
    point: Point


@dataclass
class Cell:
    """What one doctor said on a row's point; ``present`` is False where the doctor said nothing."""

    text: str = ""
    segments: list[Segment] = field(default_factory=list)
    present: bool = False


@dataclass
class CompareRow:
    key: str
    label: str
    topic: str
    cells: list[Cell]
    pairs: list[PairPoint]

    @property
    def differs(self) -> bool:
        """A row differs when any of its pairwise points does (following the user's verdicts)."""
        return any(p.point.differs for p in self.pairs)

    @property
    def only_in_detail(self) -> bool:
        """A row that differs only where one doctor is more precise than another."""
        differing = [p.point for p in self.pairs if p.point.differs]
        return bool(differing) and all(p.only_in_detail for p in differing)

    @property
    def reviewed(self) -> bool:
        return any(p.point.verdict is not None for p in self.pairs)

    @property
    def first(self) -> Point:
        return self.pairs[0].point

    @property
    def spoken_label(self) -> str:
        """The heading as a screen reader says it: uncut where the shown one cuts a long
        treatment or question short."""
        return self.first.label_in_full or self.label

    @property
    def question(self) -> str:
        """The engine's suggested question, from the first pair that differs (else the first)."""
        for pair in self.pairs:
            if pair.point.differs and pair.point.question:
                return pair.point.question
        return next((p.point.question for p in self.pairs if p.point.question), "")

    @property
    def reason(self) -> str:
        return next((p.point.reason for p in self.pairs if p.point.reason), "")

    @property
    def reworded(self) -> bool:
        """The doctors said the same thing in other words (the engine's ``wording_only``), on
        every pair: such rows are folded away until the user asks for them."""
        return not self.differs and all(getattr(p.point, "wording_only", False)
                                        for p in self.pairs)

    @property
    def detail(self) -> str:
        """What exactly differs, in plain words, from the first pair that differs."""
        for pair in self.pairs:
            if pair.point.differs and getattr(pair.point, "detail", ""):
                return str(pair.point.detail)
        return ""

    @property
    def parent(self) -> str:
        """The key of the recommendation point a benefits / risks / side-effects row belongs
        to ("" for a row of its own)."""
        return str(getattr(self.first, "parent", "") or "")

    @property
    def order(self) -> int:
        """The engine's rank of the point among all, most important first (0)."""
        return min(int(getattr(p.point, "order", 0) or 0) for p in self.pairs)

    @property
    def severity(self) -> str:
        """The strongest severity among the row's differing points ("none" when none differ)."""
        order = {"major": 2, "minor": 1, "none": 0}
        found = [p.point.severity for p in self.pairs if p.point.differs]
        return max(found, key=lambda s: order.get(s, 0), default="none")


def rows_for_pair(comparison: Comparison) -> list[CompareRow]:
    """Two doctors: one row per point, in the engine's order."""
    rows = []
    for point in comparison.points:
        cells = [
            Cell(point.a, list(point.a_segments), point.status != "only_b"),
            Cell(point.b, list(point.b_segments), point.status != "only_a"),
        ]
        rows.append(CompareRow(
            key=point.key, label=point.label or point.topic, topic=point.topic, cells=cells,
            pairs=[PairPoint(comparison.a_id, comparison.b_id, point)],
        ))
    return rows


@dataclass
class _Group:
    """The points of one row while rows are being formed, and the doctors' items they name."""

    keys: set[str] = field(default_factory=set)
    items: dict[tuple[str, str], str] = field(default_factory=dict)
    """(opinion id, kind) -> that doctor's item in this row: at most one each."""
    members: list[tuple[int, int]] = field(default_factory=list)

    def fits(self, items: dict[tuple[str, str], str]) -> bool:
        return all(self.items.get(slot, item) == item for slot, item in items.items())


def _group_points(three: ThreeWay) -> list[list[tuple[int, int]]]:
    """The (pair, point) indexes of each row, rows in the order their first point comes.

    A row holds at most one item of each doctor: when Dr C's two recommendations were matched,
    in different pairs, with the same one of Dr B's, each gets its own row (Dr B's item is
    shown in both), so none of Dr C's is hidden.
    """
    groups: list[_Group] = []
    for pi, comparison in enumerate(three.pairs):
        for qi, point in enumerate(comparison.points):
            items = {(opinion_id, kind): item for _tag, opinion_id, kind, item in
                     _items(point.key, comparison.a_id, comparison.b_id)}
            near = [g for g in groups if point.key in g.keys
                    or any(g.items.get(slot) == item for slot, item in items.items())]
            target: _Group | None = None
            for group in near:
                if not group.fits(items):
                    continue
                if target is None:
                    target = group
                elif target.fits(group.items):
                    # This point joins two rows that so far looked apart: one row now.
                    target.keys |= group.keys
                    target.items.update(group.items)
                    target.members += group.members
                    groups.remove(group)
            if target is None:
                target = _Group()
                groups.append(target)
            target.keys.add(point.key)
            target.items.update(items)
            target.members.append((pi, qi))
    # A merged row keeps its place; its points in the engine's order.
    return [sorted(g.members) for g in groups]


def rows_for_three(three: ThreeWay) -> list[CompareRow]:
    """Three doctors: points of the pairwise comparisons that concern the same thing share a row.

    Two points concern the same thing when they have the same key (e.g. ``diagnosis`` or
    ``answer:<question id>``), or when they name the same item of the same doctor (keys of the
    form ``kind:<item in a>:<item in b>``, "-" for none): Dr A's recommendation compared once with
    Dr B's and once with Dr C's.
    """
    ids = list(three.opinion_ids)
    rows = []
    for found in _group_points(three):
        pairs = []
        cells = [Cell() for _ in ids]
        for pi, qi in found:
            comparison = three.pairs[pi]
            point = comparison.points[qi]
            pairs.append(PairPoint(comparison.a_id, comparison.b_id, point))
            sides = (
                (comparison.a_id, point.a, point.a_segments, point.status != "only_b"),
                (comparison.b_id, point.b, point.b_segments, point.status != "only_a"),
            )
            for opinion_id, text, segments, present in sides:
                if opinion_id not in ids or not present:
                    continue
                cell = cells[ids.index(opinion_id)]
                # Prefer the marked words of a pair that differs, so the cell shows what differs.
                if not cell.present or (point.differs and not cell.segments and segments):
                    cells[ids.index(opinion_id)] = Cell(text, list(segments), True)
        first = pairs[0].point
        rows.append(CompareRow(
            key=first.key, label=first.label or first.topic, topic=first.topic, cells=cells,
            pairs=pairs,
        ))
    return rows


def _items(key: str, a_id: str, b_id: str) -> list[tuple[str, str, str, str]]:
    """The doctors' items a pairwise point key names: ``kind:<id in a>:<id in b>``."""
    parts = key.split(":")
    if len(parts) != 3:
        return []
    kind, in_a, in_b = parts
    found = []
    if in_a and in_a != "-":
        found.append(("item", a_id, kind, in_a))
    if in_b and in_b != "-":
        found.append(("item", b_id, kind, in_b))
    return found


def short_name(name: str) -> str:
    """"Dr Robert Hale" -> "Dr Hale"; names of other shapes are kept whole."""
    return titled_short_name(name) or name
