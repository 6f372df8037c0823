# SPDX-License-Identifier: GPL-3.0-or-later
"""The rows of the side-by-side table, taken from the engine's comparisons (no reportlab here).

Two opinions: one row per point, in the engine's order. Three opinions: the three pairwise
comparisons are laid over one another; points that share a doctor's text on the same topic are
one row, and each row carries one mark per pair, saying who differs from whom. Nothing here
decides whether two texts differ: every mark is a point the engine produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from secondop_desktop.domain.comparison import Comparison, Point, Segment
from secondop_desktop.domain.dataclass_methods import FieldMethods
from secondop_desktop.domain.words import ASPECT_WORDS, mid_sentence, word
from secondop_desktop.i18n import _, fill, inside_sentence
from secondop_desktop.report.marks import SHADE_NONE, STATE_WORDS, Mark, mark_for


@dataclass(eq=False, repr=False)
class PairMark(FieldMethods):
    mark: Mark
    who: str = ""
    """For three opinions: the two doctors the mark is about ("Dr Hale – Dr Lee")."""
    severity: str = "none"


@dataclass(eq=False, repr=False)
class Row(FieldMethods):
    label: str
    texts: list[str]
    """One text per doctor column, in column order ("" when that doctor said nothing on it)."""
    segments: list[list[Segment]] = field(default_factory=list)
    """Word-level marks per column (empty list: draw the plain text)."""
    marks: list[PairMark] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    """The user's verdict, state and note, and the engine's hint, in plain words."""
    shade: int = SHADE_NONE
    differs: bool = False


def review_lines(point: Point, mark: Mark, prefix: str = "") -> list[str]:
    lines: list[str] = []
    if point.verdict:
        view = _("they say the same thing") if point.verdict == "same" else _("they differ")
        if mark.overruled:
            view += " " + fill(_("(the program found: {finding})"), finding=mark.overruled)
        lines.append(prefix + fill(_("Your view: {view}"), view=view))
    if point.state and point.state != "open":
        state = _(STATE_WORDS[point.state]) if point.state in STATE_WORDS else point.state
        lines.append(prefix + fill(_("Where you are: {state}"), state=state))
    if point.note:
        lines.append(prefix + fill(_("Your note: {note}"), note=point.note))
    if point.reason and point.differs:
        lines.append(prefix + fill(_("Why they may differ: {reason}"),
                                   reason=inside_sentence(point.reason)))
    return lines


def label_of(point: Point) -> str:
    return point.label or point.topic.replace("_", " ").capitalize()


def _aspect(topic: str) -> str:
    return word(ASPECT_WORDS, topic)


def _aspect_row(children: list[Point], names: list[str]) -> Row:
    """Benefits, risks and side effects of one recommendation row as one row: each doctor's
    cell lists them; only the ones that differ for the same treatment are marked."""
    texts = []
    for side in ("a", "b"):
        lines = [f"{_aspect(c.topic)}: {getattr(c, side)}"
                 for c in children if getattr(c, side).strip()]
        texts.append("\n".join(lines))
    marks: list[PairMark] = []
    review: list[str] = []
    shade = SHADE_NONE
    differs = False
    for child in children:
        if not (child.differs and child.question):
            continue  # two different treatments: set side by side, not a difference
        mark = mark_for(child, names[0], names[1])
        said = f"{mid_sentence(_aspect(child.topic))}: {mark.word}"
        marks.append(PairMark(Mark(mark.symbol, said, mark.shade), severity=child.severity))
        review += review_lines(child, mark)
        shade = max(shade, mark.shade)
        differs = True
    return Row(label=_("Benefits, risks, side effects"), texts=texts, marks=marks, review=review,
               shade=shade, differs=differs)


def folded_agreement(point: Point) -> bool:
    """An agreement on a side matter (how sure, how soon, an answer): one line under the table
    rather than a row. Agreements on the diagnosis, the stage and the main plan stay rows."""
    return (not point.differs and point.status == "same" and not point.wording_only
            and not point.parent and not point.main
            and point.topic not in ("diagnosis", "stage", "recommendation"))


def reworded(comparison: Comparison) -> list[Point]:
    """The rows folded away because the doctors said the same thing in other words (not the
    answers: they are printed with their question, marked as one answer in other words)."""
    return [p for p in comparison.points
            if p.wording_only and not p.differs and not p.parent and p.topic != "answer"]


def cited_by_one(point: Point) -> bool:
    """Evidence only one doctor cited: listed under the table, not a row of it."""
    return point.topic == "evidence" and point.status in ("only_a", "only_b") and (
        point.verdict is None and point.severity != "major")


def two_way_rows(comparison: Comparison, names: list[str]) -> list[Row]:
    """The rows of a comparison, most important first: differences in the engine's ranked
    order, then agreements; benefits, risks and side effects in one row under their
    recommendation; what was said the same in other words left out (``reworded``);
    answers left to the questions section; evidence only one doctor cited listed under the
    table (``cited_by_one``).
    ``names`` are the short names of doctor a and b."""
    children: dict[str, list[Point]] = {}
    for p in comparison.points:
        if p.parent:
            children.setdefault(p.parent, []).append(p)
    # Answers are shown under the patient's questions, with their mark, not as rows.
    top = [p for p in comparison.points
           if not p.parent and not (p.wording_only and not p.differs) and p.topic != "answer"
           and not cited_by_one(p) and not folded_agreement(p)]
    top.sort(key=lambda p: (0, p.order) if p.differs else (1, 0))  # stable: agreements as listed
    rows: list[Row] = []
    for p in top:
        mark = mark_for(p, names[0], names[1])
        rows.append(Row(
            label=label_of(p),
            texts=[p.a, p.b],
            segments=[list(p.a_segments), list(p.b_segments)],
            marks=[PairMark(mark, severity=p.severity)],
            review=review_lines(p, mark),
            shade=mark.shade,
            differs=p.differs,
        ))
        if p.key in children:
            rows.append(_aspect_row(children[p.key], names))
    return rows


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[tuple, tuple] = {}

    def find(self, x: tuple) -> tuple:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: tuple, y: tuple) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[ry] = rx


def _oriented(comparisons: list[Comparison], ids: list[str]) -> list[tuple[int, int, Comparison]]:
    """Each comparison with the column index of its side a and side b."""
    out = []
    for comp in comparisons:
        if comp.a_id in ids and comp.b_id in ids:
            out.append((ids.index(comp.a_id), ids.index(comp.b_id), comp))
    return out


def three_way_rows(comparisons: list[Comparison], ids: list[str], names: list[str]) -> list[Row]:
    """Rows for three doctor columns from the three pairwise comparisons."""
    uf = _UnionFind()
    # A doctor's statement is identified by (column, topic, label, text); a point links the two
    # statements it compares, so the same statement seen from two pairs lands in one row.
    entries: list[tuple[int, int, Point, tuple | None, tuple | None]] = []
    for ia, ib, comp in _oriented(comparisons, ids):
        for p in comp.points:
            label = label_of(p)
            na = (ia, p.topic, label, p.a) if p.a.strip() else None
            nb = (ib, p.topic, label, p.b) if p.b.strip() else None
            if na is None and nb is None:
                na = (ia, p.topic, label, f"\0{comp.a_id}:{p.key}")  # nothing said on either side
            for node in (na, nb):
                if node is not None:
                    uf.find(node)
            if na is not None and nb is not None:
                uf.union(na, nb)
            entries.append((ia, ib, p, na, nb))

    groups: dict[tuple, list[tuple[int, int, Point, tuple | None, tuple | None]]] = {}
    order: list[tuple] = []
    for entry in entries:
        node = entry[3] if entry[3] is not None else entry[4]
        root = uf.find(node)
        if root not in groups:
            groups[root] = []
            order.append(root)
        groups[root].append(entry)

    rows: list[Row] = []
    for root in order:
        group = groups[root]
        texts: list[list[str]] = [[], [], []]
        marks: list[PairMark] = []
        review: list[str] = []
        differs = False
        shade = SHADE_NONE
        for ia, ib, p, na, nb in group:
            for col, node in ((ia, na), (ib, nb)):
                if node is not None and not node[3].startswith("\0") and node[3] not in texts[col]:
                    texts[col].append(node[3])
            mark = mark_for(p, names[ia], names[ib])
            marks.append(PairMark(mark, who=f"{names[ia]} – {names[ib]}", severity=p.severity))
            review.extend(review_lines(p, mark, prefix=f"{names[ia]} – {names[ib]}: "))
            differs = differs or p.differs
            shade = max(shade, mark.shade)
        # No word marks with three doctors: each pair marks different words in the same text.
        rows.append(Row(
            label=label_of(group[0][2]), texts=["\n".join(t) for t in texts], marks=marks,
            review=review, shade=shade, differs=differs,
        ))
    return rows
