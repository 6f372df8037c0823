# SPDX-License-Identifier: GPL-3.0-or-later
"""The records checklist as Qt models: the records with a "has seen it" tick per doctor, and the
files attached to one record.

Like the other models of the case, these read the document's current case on every call and keep
only ids, so an undo (a fresh copy of the case) needs only ``sync()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from secondop_desktop.domain.model import Attachment, Case, Record, now_iso
from secondop_desktop.i18n import fill
from secondop_desktop.ui import step_words, unreadable
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.list_pages import when
from secondop_desktop.ui.words import RECORD_KIND_WORDS, RECORD_STATUS_WORDS, lookup

_Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMN_RECORD, COLUMN_STATUS = 0, 1
FIRST_DOCTOR = 2


def _tr(text: str, n: int = -1) -> str:
    """The window's words; with ``n``, Qt's plural form of a "%n" message. Said again after
    View → Language (an undo step's name is made here)."""
    return step_words.translate("RecordsModel", text, None, n)


def record_title(record: Record) -> str:
    return record.title.strip() or lookup(RECORD_KIND_WORDS, record.kind, record.kind)


def size_words(size: int) -> str:
    """"512 bytes", "48 KB", "3.2 MB" in the user's number format."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class RecordsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._document: CaseDocument | None = None
        self._shape: tuple[list[str], list[str]] = ([], [])

    def set_document(self, document: CaseDocument | None) -> None:
        self._document = document
        self.sync(force_reset=True)

    def case(self) -> Case | None:
        return self._document.case if self._document is not None else None

    def sync(self, force_reset: bool = False) -> None:
        case = self.case()
        shape = ([r.id for r in case.records], [o.id for o in case.opinions]) if case else ([], [])
        if force_reset or shape != self._shape:
            self.beginResetModel()
            self._shape = shape
            self.endResetModel()
        elif shape[0]:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(shape[0]) - 1, self.columnCount() - 1))

    def record_id(self, row: int) -> str | None:
        ids = self._shape[0]
        return ids[row] if 0 <= row < len(ids) else None

    id_at = record_id  # the name ``case_items.ItemSelection`` asks by

    def row_of(self, record_id: str) -> int:
        ids = self._shape[0]
        return ids.index(record_id) if record_id in ids else -1

    def opinion_id(self, column: int) -> str | None:
        ids = self._shape[1]
        at = column - FIRST_DOCTOR
        return ids[at] if 0 <= at < len(ids) else None

    def _record(self, row: int) -> Record | None:
        case, record_id = self.case(), self.record_id(row)
        if case is None or record_id is None:
            return None
        return next((r for r in case.records if r.id == record_id), None)

    def doctor(self, column: int) -> str:
        """The name of the doctor of a "seen" column."""
        case, opinion_id = self.case(), self.opinion_id(column)
        opinion = case.opinion(opinion_id) if case is not None and opinion_id else None
        return opinion.doctor if opinion is not None else ""

    @unreadable.guarded("the records", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shape[0])

    @unreadable.guarded("the records", unreadable.zero)
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_DOCTOR + len(self._shape[1])

    @unreadable.guarded("the records", unreadable.nothing)
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == COLUMN_RECORD:
            return _tr("Record")
        if section == COLUMN_STATUS:
            return _tr("Where it stands")
        return fill(_tr("Seen by {doctor}"), doctor=self.doctor(section))

    @unreadable.guarded("the records", QAbstractTableModel.flags)
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= FIRST_DOCTOR:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    @unreadable.guarded_data("the records")
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self._record(index.row()) if index.isValid() else None
        if record is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return record.id
        if column >= FIRST_DOCTOR:
            seen = self.opinion_id(column) in record.shared_with
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if seen else Qt.CheckState.Unchecked).value
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr("Has seen it") if seen else _tr("Not yet")
            if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
                return fill(_tr("{doctor} has seen “{record}”") if seen
                            else _tr("{doctor} has not seen “{record}” yet"),
                            doctor=self.doctor(column), record=record_title(record))
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if column == COLUMN_STATUS:
            return lookup(RECORD_STATUS_WORDS, record.status, record.status)
        lines = [record_title(record)]
        if record.attachments:
            count = len(record.attachments)
            lines.append(_tr("%n file(s)", count))
        return "\n".join(lines)

    @unreadable.guarded("the records", unreadable.refuse)
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or self._document is None
                or not index.isValid() or index.column() < FIRST_DOCTOR):
            return False
        record_id, opinion_id = self.record_id(index.row()), self.opinion_id(index.column())
        if record_id is None or opinion_id is None:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, True)

        def change(case: Case) -> None:
            record = next((r for r in case.records if r.id == record_id), None)
            if record is None:
                return
            has = opinion_id in record.shared_with
            if checked and not has:
                record.shared_with.append(opinion_id)
            elif has and not checked:
                record.shared_with.remove(opinion_id)
            else:
                return
            record.updated_at = now_iso()

        self._document.edit(f"record:{record_id}:seen:{opinion_id}",
                            _tr("Tick who has seen a record"), change, mergeable=False)
        self.sync()
        return True


class AttachmentsModel(QAbstractListModel):
    """The files of one record: name, size and when attached; "file not included" when the case
    came without the file's bytes (``is_stored`` says whether the journal has them)."""

    def __init__(self, is_stored: Callable[[str], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._is_stored = is_stored
        self._document: CaseDocument | None = None
        self._record_id: str | None = None
        self._count = 0

    def show_record(self, document: CaseDocument | None, record_id: str | None) -> None:
        self.beginResetModel()
        self._document, self._record_id = document, record_id
        self._count = len(self._attachments())
        self.endResetModel()

    def _attachments(self) -> list[Attachment]:
        if self._document is None or self._record_id is None:
            return []
        record = next((r for r in self._document.case.records if r.id == self._record_id), None)
        return list(record.attachments) if record is not None else []

    def attachment(self, row: int) -> Attachment | None:
        items = self._attachments()
        return items[row] if 0 <= row < len(items) else None

    @unreadable.guarded("the records", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    @unreadable.guarded_data("the records")
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.attachment(index.row()) if index.isValid() else None
        if item is None:
            return None
        missing = not self._is_stored(item.sha256)
        if role == MISSING_ROLE:
            return missing
        if role == ID_ROLE:
            return item.sha256
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        name = item.name or item.file.rpartition("/")[2] or _tr("Unnamed file")
        if missing:
            return fill(_tr("{name} — file not included (the case came without it)"), name=name)
        parts = [name, size_words(item.size)]
        if item.added_at:
            parts.append(fill(_tr("added {when}"), when=when(item.added_at)))
        return " · ".join(parts)
