# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Bin…: the cases moved to the bin, brought back whole with one click, and "Empty the
bin", which alone deletes them for good (it says how many, and asks first)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain.model import parse_time
from secondop_desktop.i18n import fill
from secondop_desktop.store.errors import JournalError
from secondop_desktop.ui import dialogs, fields
from secondop_desktop.ui.date_text import day_words

if TYPE_CHECKING:
    from secondop_desktop.store.journal import BinnedCase, Journal

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _deleted_words(stamp: str) -> str:
    moment = parse_time(stamp)
    if moment is None:
        return stamp
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return day_words(local, time=True)


class BinDialog(QDialog):
    restored = Signal(str)
    """The id of a case brought back: the window lists it and opens it."""
    emptied = Signal(int)

    def __init__(self, journal: Journal | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bin_dialog")
        self.setWindowTitle(self.tr("Bin"))
        self.resize(620, 420)
        self.journal = journal
        self.cases: list[BinnedCase] = []
        layout = QVBoxLayout(self)
        layout.addWidget(fields.Heading(self.tr("Deleted cases"), 1.25, "bin_heading"))
        layout.addWidget(fields.hint_label(self.tr(
            "A deleted case waits here with everything in it: opinions, notes, attached files "
            "and its history. “Bring it back” puts it in your case list again. Only “Empty the "
            "bin” deletes the cases here for good."), "bin_hint"))
        self.model = QStandardItemModel(self)
        self.list = QListView()
        fields.name(self.list, "bin_list", self.tr("Deleted cases"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.list, 1)
        self.empty_label = QLabel(self.tr("The bin is empty."))
        self.empty_label.setObjectName("bin_empty_label")
        self.empty_label.setWordWrap(True)
        # Takes the list's room when the bin is empty, so the words stay at the top.
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty_label, 1)
        row = QHBoxLayout()
        self.restore_button = fields.button("bin_restore", self.tr("Bring it back"),
                                            self.tr("Bring the chosen case back"))
        self.empty_button = fields.button("bin_empty", self.tr("Empty the bin…"))
        self.close_button = fields.button("bin_close", self.tr("Close"))
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.empty_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._sync())
        self.list.doubleClicked.connect(lambda _i: self.restore_current())
        self.restore_button.clicked.connect(self.restore_current)
        self.empty_button.clicked.connect(self.empty_bin)
        self.close_button.clicked.connect(self.close)
        self.refresh()

    def refresh(self) -> None:
        self.model.clear()
        try:
            self.cases = self.journal.bin() if self.journal is not None else []
        except JournalError as exc:
            self.cases = []
            self.empty_label.setText(str(exc))
        for case in self.cases:
            title = case.title.strip() or self.tr("Untitled case")
            item = QStandardItem(fill(self.tr("{title}\nDeleted {when}"),
                                      title=title, when=_deleted_words(case.deleted_at)))
            item.setData(case.id, ID_ROLE)
            item.setData(fill(self.tr("{title}, deleted {when}"),
                              title=title, when=_deleted_words(case.deleted_at)),
                Qt.ItemDataRole.AccessibleTextRole)
            self.model.appendRow(item)
        if self.cases:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.setVisible(bool(self.cases))
        self.empty_label.setVisible(not self.cases)
        count = len(self.cases)
        self.empty_button.setText(fill(self.tr("Empty the bin ({count})…"), count=count)
                                  if count else self.tr("Empty the bin…"))
        self.empty_button.setAccessibleName(
            self.tr("Empty the bin: delete %n case(s) for good", "", count))
        self._sync()

    def _sync(self) -> None:
        self.restore_button.setEnabled(self.current_id() is not None)
        self.empty_button.setEnabled(bool(self.cases))
        index = self.list.currentIndex()
        if index.isValid():
            title = self.cases[index.row()].title
            self.restore_button.setAccessibleName(
                fill(self.tr("Bring back “{title}”"), title=title))

    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_case(self, case_id: str) -> bool:
        for row, case in enumerate(self.cases):
            if case.id == case_id:
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def restore_current(self) -> None:
        case_id = self.current_id()
        if case_id is None or self.journal is None:
            return
        try:
            self.journal.undelete_case(case_id)
        except JournalError as exc:
            dialogs.show_error(self, self.tr("The case was not brought back"), str(exc))
            return
        self.refresh()
        self.restored.emit(case_id)

    def empty_bin(self) -> None:
        count = len(self.cases)
        if not count or self.journal is None:
            return
        if not dialogs.ask_yes_no(
                self, self.tr("Empty the bin?"),
                self.tr("Delete the %n case(s) in the bin for good, with their opinions, "
                        "notes, attached files and history?\n\nThis cannot be undone in SecondOp; "
                        "only an older backup of the journal would still hold them.", "", count),
                yes=fill(self.tr("Delete {count} for good"), count=count),
                no=self.tr("Keep them")):
            return
        try:
            gone = self.journal.empty_bin()
        except JournalError as exc:
            dialogs.show_error(self, self.tr("The bin was not emptied"), str(exc))
            return
        self.refresh()
        self.emptied.emit(gone)
