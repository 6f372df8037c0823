# SPDX-License-Identifier: GPL-3.0-or-later
"""Case → History of this case…: every earlier version of the case's texts, newest first, grouped
by session ("Today 10:12–10:40, typed in the window"; "Import of knee.secondop"), and a button
that puts the chosen text back.

A restore is an ordinary change of the case (``CaseDocument.edit`` with reason ``restore``): Undo
takes it back, and the text it replaces joins the history in turn. The history is shortened only
by "Forget this case's history…", which says what it does and asks first.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain.history import (
    CannotRestore,
    FieldChange,
    apply_earlier,
    current_value,
    decode_path,
    describe_field,
    value_text,
)
from secondop_desktop.domain.model import parse_time
from secondop_desktop.i18n import Rewordable, fill
from secondop_desktop.store.errors import JournalError
from secondop_desktop.ui import date_text, dialogs, fields
from secondop_desktop.ui.step_words import RewordableTr

if TYPE_CHECKING:
    from secondop_desktop.store.journal import HistoryEntry, Journal
    from secondop_desktop.ui.case_document import CaseDocument

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_GAP = timedelta(minutes=30)  # a pause this long in one session starts a new group


@dataclass(frozen=True)
class Version:
    """One earlier version as the view shows it."""

    entry: HistoryEntry
    change: FieldChange
    field: str
    text: str
    moment: datetime | None


def _local(moment: datetime | None) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())) if moment else QDateTime()


def _family(reason: str) -> str:
    return "import" if reason.startswith("import") else reason if reason == "restore" else "typed"


class HistoryDialog(RewordableTr, QDialog):
    restored = Signal(str)
    """A short note for the status bar after a restore."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("History of this case"))
        self.resize(820, 560)
        self.journal: Journal | None = None
        self.document: CaseDocument | None = None
        self._flush: Callable[[], bool] = lambda: True
        self.versions: list[Version] = []
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = fields.Heading("", 1.25, "history_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        layout.addWidget(fields.hint_label(self.tr(
            "Every text this case had before it was changed: by typing, undo, an import or a "
            "restore. Choose one to read it; “Put this text back” makes it the case's text again "
            "(and Undo takes that back)."), "history_hint"))

        split = QSplitter(Qt.Orientation.Vertical)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        fields.name(self.tree, "history_tree", self.tr("Earlier versions, newest first"))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        split.addWidget(self.tree)
        self.text = QPlainTextEdit()
        fields.name(self.text, "history_text", self.tr("The earlier text"))
        self.text.setReadOnly(True)
        split.addWidget(self.text)
        split.setSizes([340, 160])
        layout.addWidget(split, 1)

        self.empty = QLabel(self.tr(
            "No earlier versions yet. When a text of this case is changed, the text it had is "
            "kept here."))
        self.empty.setObjectName("history_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty, 1)

        row = QHBoxLayout()
        self.restore_button = fields.button("history_restore", self.tr("Put this text back"),
                                            self.tr("Put the chosen earlier text back"))
        self.forget_button = fields.button("history_forget",
                                           self.tr("Forget this case's history…"),
                                           self.tr("Forget the earlier versions of this case"))
        self.close_button = fields.button("history_close", self.tr("Close"))
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.forget_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)

        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.tree.doubleClicked.connect(lambda _i: self.restore_current())
        self.restore_button.clicked.connect(self.restore_current)
        self.forget_button.clicked.connect(self.forget)
        self.close_button.clicked.connect(self.close)

    # -- what it shows --------------------------------------------------------------------------

    def set_case(self, journal: Journal | None, document: CaseDocument | None,
                 flush: Callable[[], bool]) -> None:
        self.journal, self.document, self._flush = journal, document, flush
        self.refresh()

    def refresh(self) -> None:
        """Read the history again (after a save, a restore, another case)."""
        keep = self.current_version()
        self.versions = []
        self.model.clear()
        case = self.document.case if self.document else None
        title = (case.title.strip() or self.tr("Untitled case")) if case else ""
        self.heading.setText(fill(self.tr("History of “{title}”"), title=title) if case else "")
        entries: list[HistoryEntry] = []
        if self.journal is not None and case is not None:
            try:
                entries = self.journal.history(case.id)
            except JournalError as exc:
                self.empty.setText(str(exc))
        group: QStandardItem | None = None
        group_key: tuple[str, str, str] | None = None
        group_times: list[datetime] = []
        select: QModelIndex | None = None
        for entry in entries:
            old = json.loads(entry.old)
            change = FieldChange(entry.kind, entry.object_id, decode_path(entry.path), old)
            # The field's name is said again after View → Language (an undo step names it).
            name = partial(describe_field, case, entry.kind, entry.object_id, change.path, old)
            version = Version(entry, change, Rewordable(name(), name), value_text(old),
                              parse_time(entry.changed_at))
            key = (entry.session, _family(entry.reason), entry.source)
            moment = version.moment
            if group is None or key != group_key or (
                    moment and group_times and group_times[-1] - moment > GROUP_GAP):
                if group is not None:
                    group.setText(self._group_words(group_key, group_times))
                group = QStandardItem()
                group.setSelectable(False)
                self.model.appendRow(group)
                group_key, group_times = key, []
            if moment is not None:
                group_times.append(moment)
            item = QStandardItem(self._entry_words(version))
            item.setData(len(self.versions), ENTRY_ROLE)
            item.setToolTip(version.text[:500])
            self.versions.append(version)
            group.appendRow(item)
            if keep is not None and keep.entry.pk == entry.pk:
                select = item.index()
        if group is not None:
            group.setText(self._group_words(group_key, group_times))
        self.tree.expandAll()
        self.empty.setVisible(not self.versions)
        self.tree.setVisible(bool(self.versions))
        self.text.setVisible(bool(self.versions))
        self.forget_button.setEnabled(bool(self.versions))
        if select is None and self.versions:
            select = self.model.index(0, 0, self.model.index(0, 0))
        if select is not None:
            self.tree.setCurrentIndex(select)
        self._show_current()

    def _group_words(self, key: tuple[str, str, str] | None, times: list[datetime]) -> str:
        _session, family, source = key or ("", "typed", "")
        if family == "import":
            what = (fill(self.tr("import of {file}"), file=source) if source
                    else self.tr("an import"))
        elif family == "restore":
            what = self.tr("earlier texts put back")
        else:
            what = self.tr("typed in the window")
        if not times:
            return what[:1].upper() + what[1:]
        newest, oldest = _local(times[0]), _local(times[-1])
        today = QDateTime.currentDateTime().date()
        day = oldest.date()
        if day == today:
            day_words = self.tr("Today")
        elif day == today.addDays(-1):
            day_words = self.tr("Yesterday")
        else:
            day_words = date_text.day_words(day)
        start, end = oldest.toString("HH:mm"), newest.toString("HH:mm")
        span = start if start == end or newest.date() != day else f"{start}–{end}"
        return fill(self.tr("{day} {span}, {what}"), day=day_words, span=span, what=what)

    def _entry_words(self, version: Version) -> str:
        first = " ".join(version.text.split())
        if len(first) > 90:
            first = first[:89].rstrip() + "…"
        when = _local(version.moment).toString("HH:mm") if version.moment else ""
        words = f"{when}  {version.field}: “{first}”" if first else f"{when}  {version.field}"
        if version.entry.reason == "import-kept":
            words += "  " + self.tr("(from the imported file; your newer text was kept)")
        elif version.entry.reason == "undo":
            words += "  " + self.tr("(replaced by Undo)")
        elif version.entry.reason == "redo":
            words += "  " + self.tr("(replaced by Redo)")
        return words

    def current_version(self) -> Version | None:
        index = self.tree.currentIndex() if hasattr(self, "tree") else QModelIndex()
        number = index.data(ENTRY_ROLE) if index.isValid() else None
        return self.versions[number] if isinstance(number, int) and \
            0 <= number < len(self.versions) else None

    def _show_current(self) -> None:
        version = self.current_version()
        self.text.setPlainText(version.text if version else "")
        case = self.document.case if self.document else None
        same = version is not None and case is not None and current_value(
            case, version.change.kind, version.change.object_id,
            version.change.path) == version.change.old
        self.restore_button.setEnabled(version is not None and not same)
        if version is not None:
            self.restore_button.setAccessibleName(
                fill(self.tr("Put back the earlier text of {field}"), field=version.field))
            self.restore_button.setToolTip(
                "" if not same else self.tr("The case has this text now."))

    # -- changing the case ----------------------------------------------------------------------

    def restore_current(self) -> None:
        version = self.current_version()
        if version is None or self.document is None or not self.restore_button.isEnabled():
            return
        companions = self._pointers_removed_with(version)

        def change(case: Any) -> None:
            apply_earlier(case, version.change)
            for other in companions:  # notes, records, … that pointed at it, as they were
                try:
                    apply_earlier(case, other.change)
                except CannotRestore:
                    continue

        try:
            self.document.edit(
                f"history:{version.entry.pk}",
                fill(self.tr("Put back an earlier text of {field}"), field=version.field),
                change, mergeable=False, reason="restore", reload=True)
        except CannotRestore as exc:
            dialogs.show_info(self, self.tr("This text cannot go back yet"), str(exc))
            return
        self._flush()  # the text it replaced is in the history at once
        self.refresh()
        self.restored.emit(fill(self.tr("Put back the earlier text of {field}. Undo (Ctrl+Z) "
                                                "takes it back."), field=version.field))

    def _pointers_removed_with(self, version: Version) -> list[Version]:
        """When a removed thing comes back (an opinion), the pointers to it that were mended in
        the same save (a note's doctor, a record's doctors, a review) come back with it."""
        if version.change.path:
            return []
        entry = version.entry
        return [v for v in self.versions
                if v is not version and v.entry.session == entry.session
                and v.entry.changed_at == entry.changed_at and entry.object_id in v.entry.old]

    def forget(self) -> None:
        if self.journal is None or self.document is None or not self.versions:
            return
        size = sum(len(v.entry.old.encode("utf-8")) for v in self.versions)
        if not dialogs.ask_yes_no(
                self, self.tr("Forget this case's history?"),
                fill(self.tr("Forget the %n earlier version(s) of this case's texts "
                             "({size} KB)?\n\n"
                             "The case as it is now does not change; only the texts it had "
                             "before go, and they cannot be put back after this. Backups made "
                             "earlier still hold them.", "", len(self.versions)),
                     size=max(1, round(size / 1024))),
                yes=self.tr("Forget them"), no=self.tr("Keep them")):
            return
        try:
            self.journal.forget_history(self.document.case_id)
        except JournalError as exc:
            dialogs.show_error(self, self.tr("The history was not changed"), str(exc))
            return
        self.refresh()

    def entry_rows(self) -> list[str]:
        """What the list shows, groups and entries in order (for tests and screen readers)."""
        rows: list[str] = []
        for r in range(self.model.rowCount()):
            group = self.model.item(r)
            rows.append(group.text())
            rows += ["  " + group.child(c).text() for c in range(group.rowCount())]
        return rows

    def select_version(self, predicate: Callable[[Version], Any]) -> Version | None:
        """Choose the newest version for which ``predicate`` holds, as a click would."""
        for r in range(self.model.rowCount()):
            group = self.model.item(r)
            for c in range(group.rowCount()):
                item = group.child(c)
                version = self.versions[item.data(ENTRY_ROLE)]
                if predicate(version):
                    self.tree.setCurrentIndex(item.index())
                    self.tree.scrollTo(item.index())
                    return version
        return None
