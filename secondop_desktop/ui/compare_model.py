# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare view's rows as a Qt table model: a mark column, then one column per doctor.

The model only presents what ``domain.compare`` found; it never judges a difference itself. What a
screen reader hears comes from here too (``AccessibleTextRole`` and ``AccessibleDescriptionRole``):
each doctor's cell names its doctor, a mark reads as its words, and the mark cell, which stands
for the row, reads the whole point as one sentence.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from secondop_desktop.domain.comparison import Comparison, ThreeWay
from secondop_desktop.i18n import fill, inside_sentence
from secondop_desktop.ui import theme, unreadable
from secondop_desktop.ui.compare_rows import CompareRow, rows_for_pair, rows_for_three, short_name
from secondop_desktop.ui.compare_style import (
    SYMBOLS,
    CompareColours,
    colours_from,
    mark_word,
    pair_mark_word,
    severity_word,
    verdict_word,
)

COL_MARK = 0
COL_FIRST = 1
COL_SECOND = 2
COL_THIRD = 3


class Role(IntEnum):
    KEY = Qt.ItemDataRole.UserRole + 1
    """The row's point key (the first point's key in a three-doctor row)."""
    STATUS = Qt.ItemDataRole.UserRole + 2
    """The program's own finding ("same", "different", …); in three-doctor rows, a list."""
    SEVERITY = Qt.ItemDataRole.UserRole + 3
    DIFFERS = Qt.ItemDataRole.UserRole + 4
    """Whether the row counts as a difference, following the user's verdicts."""
    VERDICT = Qt.ItemDataRole.UserRole + 5
    STATE = Qt.ItemDataRole.UserRole + 6
    NOTE = Qt.ItemDataRole.UserRole + 7
    QUESTION = Qt.ItemDataRole.UserRole + 8
    REASON = Qt.ItemDataRole.UserRole + 9
    LABEL = Qt.ItemDataRole.UserRole + 10
    SEGMENTS = Qt.ItemDataRole.UserRole + 11
    """For a doctor column: the text as (words, changed) segments from the engine."""
    PRESENT = Qt.ItemDataRole.UserRole + 12
    """For a doctor column: whether that doctor said anything on this point."""
    MARKS = Qt.ItemDataRole.UserRole + 13
    """The mark column's lines as (symbol, word, status) tuples."""
    ROW = Qt.ItemDataRole.UserRole + 14
    """The whole ``CompareRow``."""
    VERDICT_LINES = Qt.ItemDataRole.UserRole + 15
    """The mark column's lines saying the user's own view ("Your view: the same")."""
    SENTENCE = Qt.ItemDataRole.UserRole + 16
    """The whole point as one sentence (what a screen reader reads for the row)."""
    EXPANDED = Qt.ItemDataRole.UserRole + 17
    """Whether the user asked to see the row's long texts in full."""
    MISSING = Qt.ItemDataRole.UserRole + 18
    """For a doctor column: the words shown where that doctor said nothing."""
    CELL = Qt.ItemDataRole.UserRole + 19
    """Everything the delegate draws in a cell, as one hashable tuple (one call per cell)."""
    ORDER = Qt.ItemDataRole.UserRole + 20
    """The sort key for "most important first": the engine's order, a benefits / risks /
    side-effects row kept under its recommendation."""


class CompareModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CompareRow] = []
        self._ids: list[str] = []
        self._names: dict[str, str] = {}
        self._result: Comparison | ThreeWay | None = None
        self._tips: list[str] = []
        self._expanded: set[str] = set()
        self._marks: dict[int, list[tuple[str, str, str]]] = {}
        self._cells: dict[tuple[int, int], tuple[object, ...]] = {}
        self.colours: CompareColours = colours_from(theme.current())

    # -- filling ---------------------------------------------------------------------------------

    def set_result(self, result: Comparison | ThreeWay | None, names: dict[str, str]) -> None:
        """Show a ``Comparison`` or a ``ThreeWay``; ``names`` maps opinion id → doctor's name."""
        self.beginResetModel()
        self._result = result
        self._names = dict(names)
        if isinstance(result, ThreeWay):
            self._ids = list(result.opinion_ids)
            self._rows = rows_for_three(result)
        elif isinstance(result, Comparison):
            self._ids = [result.a_id, result.b_id]
            self._rows = rows_for_pair(result)
        else:
            self._ids, self._rows = [], []
        keys = {r.key for r in self._rows}
        self._expanded &= keys
        self._marks.clear()
        self._cells.clear()
        self.endResetModel()

    def update_result(self, result: Comparison | ThreeWay) -> bool:
        """The same comparison with the user's verdicts, states or notes changed: the rows keep
        their places (no reset, so the view keeps its scroll and focus). False when the rows do
        not line up with those shown (then ``set_result`` is the way)."""
        if isinstance(result, ThreeWay):
            rows = rows_for_three(result)
        elif isinstance(result, Comparison):
            rows = rows_for_pair(result)
        else:
            return False
        if [r.key for r in rows] != [r.key for r in self._rows]:
            return False

        def said(row: CompareRow) -> list[tuple[object, ...]]:
            return [(p.point.verdict, p.point.state, p.point.note) for p in row.pairs]

        changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True))
                   if said(old) != said(new)]
        self._result = result
        self._rows = rows
        self._marks.clear()
        self._cells.clear()
        # Only the rows whose reviews changed are drawn and measured again.
        last = self.columnCount() - 1
        for i in changed:
            self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        return True

    def set_header_tips(self, tips: list[str]) -> None:
        """More about each doctor's opinion, for the column headings' tooltips."""
        self._tips = list(tips)

    def is_expanded(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].key in self._expanded

    def set_expanded(self, row: int, on: bool) -> None:
        """Show the row's long texts in full (``on``) or folded to a few lines."""
        if not (0 <= row < len(self._rows)):
            return
        key = self._rows[row].key
        if (key in self._expanded) == on:
            return
        if on:
            self._expanded.add(key)
        else:
            self._expanded.discard(key)
        self._cells = {k: v for k, v in self._cells.items() if k[0] != row}
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @property
    def result(self) -> Comparison | ThreeWay | None:
        return self._result

    @property
    def opinion_ids(self) -> list[str]:
        return list(self._ids)

    def doctor(self, opinion_id: str) -> str:
        return self._names.get(opinion_id, "")

    def short(self, opinion_id: str) -> str:
        return short_name(self.doctor(opinion_id))

    def rows(self) -> list[CompareRow]:
        return list(self._rows)

    def row(self, index: int) -> CompareRow:
        return self._rows[index]

    def row_of_key(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def difference_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.differs]

    # -- marks -----------------------------------------------------------------------------------

    def marks(self, row: CompareRow) -> list[tuple[str, str, str]]:
        """The mark lines of a row: (symbol, word, status). Two doctors: one line."""
        found = self._marks.get(id(row))
        if found is None:
            found = self._marks[id(row)] = self._find_marks(row)
        return found

    def _find_marks(self, row: CompareRow) -> list[tuple[str, str, str]]:
        if len(self._ids) <= 2:
            p = row.pairs[0]
            status = p.point.status
            word = mark_word(status, self.short(p.a_id), self.short(p.b_id))
            if status == "same" and getattr(p.point, "wording_only", False):
                word = self.tr("Same, in other words")
            return [(SYMBOLS.get(status, "?"), word, status)]
        return self._three_marks(row)

    def _three_marks(self, row: CompareRow) -> list[tuple[str, str, str]]:
        """Three doctors: say who agrees with whom, from the engine's three pairwise findings."""
        present = [self._ids[i] for i, c in enumerate(row.cells) if c.present]
        if len(present) == 1:
            return [(SYMBOLS["only_a"], mark_word("only_a", self.short(present[0]), ""),
                     "only_a")]
        lines: list[tuple[str, str, str]] = []
        for absent in (i for i in self._ids if i not in present):
            lines.append((SYMBOLS["only_a"], fill(self.tr("Not mentioned by {doctor}"),
                                                   doctor=self.short(absent)), "only_a"))
        status = {frozenset((p.a_id, p.b_id)): p.point.status for p in row.pairs
                  if p.a_id in present and p.b_id in present}
        # Doctors joined by "same" findings form groups; a doctor alone differs from the rest.
        groups: list[list[str]] = []
        for opinion_id in present:
            home = next((g for g in groups if any(
                status.get(frozenset((opinion_id, o))) == "same" for o in g)), None)
            if home is None:
                groups.append([opinion_id])
            else:
                home.append(opinion_id)
        if len(groups) == 1:
            word = self.tr("All the same") if len(present) == len(self._ids) else \
                fill(self.tr("{doctors} agree"), doctors=self.tr(" and ").join(
                    self.short(i) for i in present))
            return lines + [(SYMBOLS["same"], word, "same")]
        if all(len(g) == 1 for g in groups):
            for p in row.pairs:
                if p.a_id in present and p.b_id in present:
                    st = p.point.status
                    lines.append((SYMBOLS.get(st, "?"),
                                  pair_mark_word(st, self.short(p.a_id), self.short(p.b_id)), st))
            return lines
        for group in groups:
            if len(group) >= 2:
                names = self.tr(" and ").join(self.short(i) for i in group)
                agree = fill(self.tr("{doctors} agree"), doctors=names)
                lines.append((SYMBOLS["same"], agree, "same"))
        for group in groups:
            if len(group) == 1:
                alone = group[0]
                found = {st for pair, st in status.items() if alone in pair}
                if found == {"refined"}:
                    lines.append((SYMBOLS["refined"], fill(self.tr("{doctor}: refined"),
                                                           doctor=self.short(alone)), "refined"))
                else:
                    differs = fill(self.tr("{doctor} differs"), doctor=self.short(alone))
                    lines.append((SYMBOLS["different"], differs, "different"))
        return lines

    # -- words -----------------------------------------------------------------------------------

    def pair_title(self, a_id: str, b_id: str) -> str:
        return fill(self.tr("{a} and {b}"), a=self.short(a_id), b=self.short(b_id))

    def verdict_lines(self, row: CompareRow) -> list[str]:
        """The user's own view of the row's points, in words, beside the program's marks."""
        lines = []
        for pair in row.pairs:
            word = verdict_word(pair.point.verdict)
            if not word:
                continue
            if len(self._ids) <= 2:
                lines.append(fill(self.tr("Your view: {view}"), view=word))
            else:
                lines.append(fill(self.tr("Your view of {doctors}: {view}"),
                                  doctors=self.pair_title(pair.a_id, pair.b_id), view=word))
        return lines

    def missing_text(self, opinion_id: str) -> str:
        return fill(self.tr("{doctor} did not mention this"), doctor=self.short(opinion_id))

    def mark_words(self, row: CompareRow) -> str:
        """The mark as a screen reader says it: "Differs, major"."""
        words = "; ".join(word for _s, word, _st in self.marks(row))
        sev = severity_word(row.severity) if row.differs else ""
        return f"{words}, {sev}" if sev else words

    def cell_words(self, row: CompareRow, column: int) -> str:
        """A doctor's cell as a screen reader says it, naming the doctor:
        "Dr Tanaka: Stage: Kellgren-Lawrence grade 3"."""
        opinion_id = self._ids[column - 1]
        cell = row.cells[column - 1]
        text = cell.text if cell.present else self.tr("did not mention this")
        return f"{self.short(opinion_id)}: {row.spoken_label}: {text}"

    def sentence(self, row: CompareRow) -> str:
        """The whole point as one sentence: what the row says, for a screen reader."""
        parts = [f"{row.spoken_label}: {self.mark_words(row)}"]
        if row.detail:
            parts.append(row.detail)
        for column in range(1, len(self._ids) + 1):
            cell = row.cells[column - 1]
            name = self.short(self._ids[column - 1])
            parts.append(f"{name}: {cell.text}" if cell.present
                         else self.missing_text(self._ids[column - 1]))
        if row.reason:
            parts.append(fill(self.tr("Why they may differ: {reason}"),
                              reason=inside_sentence(row.reason)))
        parts += self.verdict_lines(row)
        first = row.first
        if first.note:
            parts.append(fill(self.tr("Your note: {note}"), note=first.note))
        if row.differs and row.question:
            parts.append(fill(self.tr("Suggested question: {question}"), question=row.question))
        # (a part that asks ends in its own "?": no "?." read aloud)
        ends = (p.rstrip(". ") for p in parts)
        return " ".join(p if p.endswith(("?", "!")) else f"{p}." for p in ends)

    def order_key(self, index: int) -> tuple[int, int, int]:
        """Where row ``index`` goes when the most important come first."""
        row = self._rows[index]
        if row.parent:
            parent = self.row_of_key(row.parent)
            if parent >= 0:
                return (self._rows[parent].order, 1, row.order)
        return (row.order, 0, index)

    def _cell(self, row: CompareRow, col: int) -> tuple[object, ...]:
        if col == COL_MARK or not 1 <= col <= len(row.cells):
            return ("mark", tuple(self.marks(row)), row.severity, row.differs,
                    tuple(self.verdict_lines(row)), row.reason, row.detail)
        cell = row.cells[col - 1]
        # A benefits / risks / side-effects row sits under its recommendation: marked so.
        label = f"↳ {row.label}" if row.parent else row.label
        return ("cell", label, cell.text, cell.present, row.differs,
                tuple((s.text, s.changed) for s in cell.segments), row.key in self._expanded,
                self.missing_text(self._ids[col - 1]))

    # -- Qt model --------------------------------------------------------------------------------

    @unreadable.guarded("the comparison", unreadable.zero)
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @unreadable.guarded("the comparison", unreadable.zero)
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._ids else 1 + len(self._ids)

    @unreadable.guarded("the comparison", unreadable.nothing)
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            tip = self._tips[section - 1] if 1 <= section <= len(self._tips) else ""
            return tip or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if section == COL_MARK:
            return self.tr("Finding")
        if 1 <= section <= len(self._ids):
            return self.doctor(self._ids[section - 1])
        return None

    @unreadable.guarded_data("the comparison")
    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        first = row.first
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == COL_MARK:
                return f"{row.spoken_label}: {self.mark_words(row)}"
            return self.cell_words(row, col) if 1 <= col <= len(row.cells) else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if col == COL_MARK:  # the cell that stands for the row: the whole point
                return self.sentence(row)
            if not 1 <= col <= len(row.cells):
                return None
            changed = sum(1 for s in row.cells[col - 1].segments if s.changed and s.text.strip())
            said = f"{row.spoken_label}: {self.mark_words(row)}"
            if row.differs and changed:
                said += ". " + self.tr("%n word(s) differ from the other doctor's", "",
                                        changed)
            return said
        if role == Role.CELL:
            found = self._cells.get((index.row(), col))
            if found is None:
                found = self._cells[(index.row(), col)] = self._cell(row, col)
            return found
        if role == Role.SENTENCE:
            return self.sentence(row)
        if role == Role.ORDER:
            return self.order_key(index.row())
        if role == Role.VERDICT_LINES:
            return self.verdict_lines(row)
        if role == Role.EXPANDED:
            return row.key in self._expanded
        if role == Role.MISSING and 1 <= col <= len(self._ids):
            return self.missing_text(self._ids[col - 1])
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_MARK:
                lines = [f"{symbol} {word}" for symbol, word, _ in self.marks(row)]
                sev = severity_word(row.severity)
                return "\n".join(lines + ([sev] if sev else []))
            cell = row.cells[col - 1] if 1 <= col <= len(row.cells) else None
            if cell is None:
                return None
            return cell.text if cell.present else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_MARK:
            return row.reason or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(self.colours.diff_tint) if row.differs else None
        if role == Role.KEY:
            return row.key
        if role == Role.STATUS:
            return first.status if len(row.pairs) == 1 else [p.point.status for p in row.pairs]
        if role == Role.SEVERITY:
            return row.severity if row.differs else first.severity
        if role == Role.DIFFERS:
            return row.differs
        if role == Role.VERDICT:
            return first.verdict
        if role == Role.STATE:
            return first.state
        if role == Role.NOTE:
            return first.note
        if role == Role.QUESTION:
            return row.question
        if role == Role.REASON:
            return row.reason
        if role == Role.LABEL:
            return row.label
        if role == Role.MARKS:
            return self.marks(row)
        if role == Role.ROW:
            return row
        if role in (Role.SEGMENTS, Role.PRESENT) and 1 <= col <= len(row.cells):
            cell = row.cells[col - 1]
            if role == Role.PRESENT:
                return cell.present
            return [(s.text, s.changed) for s in cell.segments]
        return None

    @unreadable.guarded("the comparison", QAbstractTableModel.flags)
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DifferencesFilter(QSortFilterProxyModel):
    """The rows on show: all of them, or with "Only differences" those where the doctors differ
    (following the user's verdicts); points said the same in other words only when asked for;
    in the engine's order, or the most important first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_differences = False
        self._show_reworded = False
        self._most_important = False
        self._shown: list[int] | None = None
        self.setSortRole(Role.ORDER)
        # The rows on show change when the user changes the filter or the order, or new rows
        # come, not under the user's hands: a row called "the same" with "Only differences" on
        # stays (marked with the user's view) rather than vanishing with the control just used.
        self.setDynamicSortFilter(False)
        for signal in (self.modelReset, self.layoutChanged, self.rowsInserted, self.rowsRemoved):
            signal.connect(self._forget_shown)

    @property
    def only_differences(self) -> bool:
        return self._only_differences

    def set_only_differences(self, on: bool) -> None:
        if on != self._only_differences:
            self.beginFilterChange()
            self._only_differences = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_reworded(self, on: bool) -> None:
        """Show the points the doctors said the same in other words (folded away by default)."""
        if on != self._show_reworded:
            self.beginFilterChange()
            self._show_reworded = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_most_important_first(self, on: bool) -> None:
        self._most_important = on
        self.sort(0 if on else -1)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CompareModel):
            return super().lessThan(left, right)
        return model.order_key(left.row()) < model.order_key(right.row())

    def _accepts(self, row: CompareRow) -> bool:
        """Whether a row is on show under the rules chosen (judged when they are applied)."""
        if self._only_differences and not row.differs:
            return False
        return self._show_reworded or not row.reworded

    @unreadable.guarded("the comparison", unreadable.accept)
    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        return not isinstance(model, CompareModel) or self._accepts(model.row(source_row))

    def _forget_shown(self) -> None:
        self._shown = None

    def source_rows(self) -> list[int]:
        """The model rows on show, in the order shown."""
        if self._shown is None:
            self._shown = [self.mapToSource(self.index(r, 0)).row()
                           for r in range(self.rowCount())]
        return list(self._shown)

    def source_row(self, row: int) -> int:
        return self.mapToSource(self.index(row, 0)).row()

    def row_of_source(self, source_row: int) -> int:
        """Where a row of the model is on show, or -1 (filtered out)."""
        model = self.sourceModel()
        if model is None or source_row < 0:
            return -1
        return self.mapFromSource(model.index(source_row, 0)).row()
