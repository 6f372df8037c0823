# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare view's rows as a Qt table model: a mark column, then one column per doctor.

The model only presents what ``domain.compare`` found; it never judges a difference itself.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from secondop_desktop.domain.comparison import Comparison, ThreeWay
from secondop_desktop.ui.compare_rows import CompareRow, rows_for_pair, rows_for_three, short_name
from secondop_desktop.ui.compare_style import (
    LIGHT,
    SYMBOLS,
    CompareColours,
    mark_word,
    pair_mark_word,
    severity_word,
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


class CompareModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CompareRow] = []
        self._ids: list[str] = []
        self._names: dict[str, str] = {}
        self._result: Comparison | ThreeWay | None = None
        self.colours: CompareColours = LIGHT

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
        self.endResetModel()

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
        if len(self._ids) <= 2:
            p = row.pairs[0]
            status = p.point.status
            return [(SYMBOLS.get(status, "?"),
                     mark_word(status, self.short(p.a_id), self.short(p.b_id)), status)]
        return self._three_marks(row)

    def _three_marks(self, row: CompareRow) -> list[tuple[str, str, str]]:
        """Three doctors: say who agrees with whom, from the engine's three pairwise findings."""
        present = [self._ids[i] for i, c in enumerate(row.cells) if c.present]
        if len(present) == 1:
            return [(SYMBOLS["only_a"], mark_word("only_a", self.short(present[0]), ""),
                     "only_a")]
        lines: list[tuple[str, str, str]] = []
        for absent in (i for i in self._ids if i not in present):
            lines.append((SYMBOLS["only_a"], self.tr("Not mentioned by %1").replace(
                "%1", self.short(absent)), "only_a"))
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
                self.tr("%1 agree").replace("%1", self.tr(" and ").join(
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
                lines.append((SYMBOLS["same"], self.tr("%1 agree").replace("%1", names), "same"))
        for group in groups:
            if len(group) == 1:
                alone = group[0]
                found = {st for pair, st in status.items() if alone in pair}
                if found == {"refined"}:
                    lines.append((SYMBOLS["refined"], self.tr("%1: refined").replace(
                        "%1", self.short(alone)), "refined"))
                else:
                    lines.append((SYMBOLS["different"], self.tr("%1 differs").replace(
                        "%1", self.short(alone)), "different"))
        return lines

    # -- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._ids else 1 + len(self._ids)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if section == COL_MARK:
            return self.tr("Where they differ")
        if 1 <= section <= len(self._ids):
            return self.doctor(self._ids[section - 1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        first = row.first
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
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

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
