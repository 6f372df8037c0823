# SPDX-License-Identifier: GPL-3.0-or-later
"""The Follow-ups tab: every difference between the opinions, and where following it up stands.

One row per difference the engine finds (pair by pair), with its state (open, asked, explained,
resolved), whom it was put to, when, and what they said. The rows are the case's reviews, the
record the compare view reads too: a difference resolved here shows as resolved there, and back.
The engine runs off the GUI thread; the list keeps showing the last result meanwhile.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from secondop_desktop.domain import followups
from secondop_desktop.domain.followups import FollowUp
from secondop_desktop.domain.model import REVIEW_STATES, Case
from secondop_desktop.i18n import fill
from secondop_desktop.ui import fields, form_fields, unreadable
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.compare_review import state_word
from secondop_desktop.ui.date_text import iso_day_words
from secondop_desktop.ui.latest_worker import LatestWorker
from secondop_desktop.ui.narrow_columns import NarrowColumns
from secondop_desktop.ui.rows_when_shown import fit_rows_when_shown

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("FollowUpPage", "Difference"),
    QT_TRANSLATE_NOOP("FollowUpPage", "Between"),
    QT_TRANSLATE_NOOP("FollowUpPage", "State"),
    QT_TRANSLATE_NOOP("FollowUpPage", "Put to"),
    QT_TRANSLATE_NOOP("FollowUpPage", "When"),
    QT_TRANSLATE_NOOP("FollowUpPage", "What they said"),
)
StateRole = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpPage", text)


def _collect_job(data: dict[str, Any]) -> list[FollowUp]:
    """On a worker thread, for a copy of the case: its follow-up list."""
    return followups.collect(Case.from_dict(data))


class FollowUpModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[FollowUp] = []
        self.names: dict[str, str] = {}

    def set_items(self, items: list[FollowUp], names: dict[str, str]) -> None:
        if [i.key for i in items] == [i.key for i in self.items] and self.items:
            self.items, self.names = items, names
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(items) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.items, self.names = items, names
        self.endResetModel()

    @unreadable.guarded("the follow-up list", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    @unreadable.guarded("the follow-up list", unreadable.zero)
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def item(self, row: int) -> FollowUp | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, key: tuple[str, str, str]) -> int:
        return next((n for n, i in enumerate(self.items) if i.key == key), -1)

    @unreadable.guarded_data("the follow-up list")
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == StateRole:
            return item.state
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                detail = item.point.a or item.point.b
                return f"{item.label}: {detail}" if role == Qt.ItemDataRole.ToolTipRole \
                    else item.label
            if column == 1:
                return fill(_tr("{a} and {b}"), a=item.doctor_a, b=item.doctor_b)
            if column == 2:
                return state_word(item.state)
            if column == 3:
                return self.names.get(item.asked_to or "", "")
            if column == 4:
                return iso_day_words(item.asked_on) if item.asked_on else ""
            if column == 5:
                return item.reply
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return fill(_tr("{label}, between {a} and {b}: {state}"),
                        label=item.label, a=item.doctor_a, b=item.doctor_b,
                state=state_word(item.state))
        return None

    @unreadable.guarded("the follow-up list", unreadable.nothing)
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return _tr(COLUMNS[section])
        return None


class OpenOnlyProxy(QSortFilterProxyModel):
    """The follow-ups, or only those still open (open or asked, not yet answered)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.open_only = False

    def set_open_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.open_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @unreadable.guarded("the follow-up list", unreadable.accept)
    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        if not self.open_only:
            return True
        state = self.sourceModel().index(row, 0, parent).data(StateRole)
        return state in ("open", "asked")


class FollowUpPage(form_fields.FormPage):
    """A scrolling page (the list, then the chosen difference's details): at large text in a
    small window the list keeps a useful height and the page scrolls instead."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, synchronous: bool = False) -> None:
        super().__init__("followups_page", parent)
        self.document: CaseDocument | None = None
        self._stale = False
        # The difference to choose once the list under way is shown (``keep_selected``).
        self._wanted: tuple[str, str, str] | None = None
        self.model = FollowUpModel(self)
        self.proxy = OpenOnlyProxy(self)
        self.proxy.setSourceModel(self.model)
        self.worker = LatestWorker(self, synchronous=synchronous, name="secondop-followups")
        self.worker.finished.connect(self._collected)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0 if synchronous else 300)
        self._timer.timeout.connect(self.refresh_now)
        self._build()

    def _build(self) -> None:
        body, layout, form = form_fields.page_body(
            self.tr("Following up the differences"), "followups_heading",
            self.tr("Every point where the doctors differ. Mark each as you put it to a doctor "
                    "and hear back. The open ones print as questions for the doctor in the PDF."))
        self.open_only = form_fields.check("followups_open_only", self.tr("Only open ones"))
        self.count_label = QLabel("")
        self.count_label.setObjectName("followups_count")
        # It wraps rather than widen the page ("22 de 22 todavía pendientes" at 200 %).
        self.count_label.setWordWrap(True)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout.addLayout(top)

        self.table = QTableView()
        fields.readable_headers(self.table)
        fields.name(self.table, "followups_table", self.tr("The differences to follow up"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # Where the table is narrow for its text, whom and when a point was put to is left to
        # the form under it, so the points' names and the replies are read whole ("Main
        # recomme…" at 200 %).
        self.narrow_columns = NarrowColumns(
            self.table, lambda: (3, 4), lambda: self.table.fontMetrics().averageCharWidth() * 70)
        self.table.verticalHeader().hide()
        fit_rows_when_shown(self.table)  # rows as tall as their words, measured when shown
        self._fit_table()
        layout.addWidget(self.table, 1)

        self.detail = QLabel("")
        self.detail.setObjectName("followup_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.detail)
        self.state = form_fields.combo("followup_state", self.tr("Where this stands"),
                                       {s: state_word(s) for s in REVIEW_STATES})
        self.asked_to = form_fields.combo("followup_asked_to", self.tr("Put to"), {"": ""})
        self.asked_on = form_fields.DateField("followup_asked_on", self.tr("Put to them on"))
        self.reply = form_fields.text_edit("followup_reply", self.tr("What they said"),
                                           self.tr("What the doctor said about it"))
        for label, widget in ((self.tr("Where this stands:"), self.state),
                              (self.tr("Put to:"), self.asked_to),
                              (self.tr("On:"), self.asked_on),
                              (self.tr("What they said:"), self.reply)):
            caption = QLabel(label)
            caption.setBuddy(widget.date_edit if widget is self.asked_on else widget)
            form.addRow(caption, widget)
        layout.addLayout(form)
        self.empty = QLabel(self.tr("No differences to follow up: add a second opinion, or the "
                                    "doctors agree on everything so far."))
        self.empty.setObjectName("followups_empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.form = form
        self.setWidget(body)

        self.open_only.toggled.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.state.activated.connect(lambda _: self._edit(state=self.state.currentData()))
        self.asked_to.activated.connect(
            lambda _: self._edit(asked_to=self.asked_to.currentData() or None))
        self.asked_on.edited.connect(lambda value: self._edit(asked_on=value))
        self.reply.textChanged.connect(self._reply_typed)

    def _fit_table(self) -> None:
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 14)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_table()

    # -- the document ---------------------------------------------------------------------

    def set_document(self, document: CaseDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._changed)
        self.document = document
        if document is not None:
            document.changed.connect(self._changed)
        self.load()

    def _changed(self) -> None:
        # The engine runs again only for a list in sight; a hidden one catches up when shown.
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_now()

    def load(self) -> None:
        self.refresh_now()

    def refresh_now(self) -> None:
        self._stale = False
        self._timer.stop()
        case = self.document.case if self.document else None
        self.setEnabled(case is not None)
        if case is None or len(case.opinions) < 2:
            self._collected([], "")
            return
        self.worker.request(functools.partial(_collect_job, case.to_dict()))

    def _collected(self, items: Any, error: str) -> None:
        if error:
            self.message.emit(fill(self.tr("The differences could not be worked out: {error}"),
                                   error=error))
            return
        current = self.current_item()
        case = self.document.case if self.document else None
        names = {o.id: o.doctor for o in case.opinions} if case else {}
        self.model.set_items(list(items or []), names)
        # With two doctors every row is between the same two: the column would only repeat.
        self.table.setColumnHidden(1, len(names) <= 2)
        self.asked_to.blockSignals(True)
        self.asked_to.clear()
        self.asked_to.addItem(self.tr("No one yet"), "")
        for opinion_id, doctor in names.items():
            self.asked_to.addItem(doctor, opinion_id)
        self.asked_to.blockSignals(False)
        wanted, self._wanted = self._wanted, None
        if wanted is not None and self._choose(wanted):
            pass
        elif current is not None:
            self.select(current.key)
        elif self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._show_current()

    # -- choosing -------------------------------------------------------------------------

    def _filter(self, on: bool) -> None:
        current = self.current_item()
        self.proxy.set_open_only(on)
        if current is not None:
            self.select(current.key)
        self._show_current()

    def current_item(self) -> FollowUp | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.item(index.row()) if index.isValid() else None

    def select(self, key: tuple[str, str, str]) -> bool:
        row = self.model.row_of(key)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.table.setCurrentIndex(index)
            return True
        return False

    def keep_selected(self, key: tuple[str, str, str]) -> None:
        """Choose the difference ``key`` (a search result's), now or once the list being worked
        out is shown."""
        self._wanted = key
        if self.model.row_of(key) >= 0 and self._choose(key):
            self._wanted = None
            self._show_current()

    def _choose(self, key: tuple[str, str, str]) -> bool:
        """Choose ``key``'s row, showing every difference when "Only open ones" hides it."""
        if self.model.row_of(key) < 0:
            return False
        if not self.select(key):
            self.open_only.setChecked(False)  # the filter follows (``_filter``)
        return self.select(key)

    def visible_labels(self) -> list[str]:
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    def _show_current(self) -> None:
        item = self.current_item()
        total = self.model.rowCount()
        still = sum(1 for i in self.model.items if i.is_open())
        self.count_label.setText(fill(self.tr("{open} of {total} still open"),
                                      open=still, total=total))
        self.empty.setVisible(total == 0)
        for widget in (self.state, self.asked_to, self.asked_on, self.reply):
            widget.setEnabled(item is not None)
        if item is None:
            self.detail.setText("")
            return
        point = item.point
        lines = [item.label, f"{item.doctor_a}: {point.a or _tr('(not said)')}",
                 f"{item.doctor_b}: {point.b or _tr('(not said)')}"]
        if point.question:
            lines.append(fill(_tr("To ask: {question}"), question=point.question))
        self.detail.setText("\n".join(lines))
        form_fields.set_combo_value(self.state, item.state)
        form_fields.set_combo_value(self.asked_to, item.asked_to or "")
        self.asked_on.set_value(item.asked_on)
        form_fields.set_text(self.reply, item.reply)
        # A listener hears which point each field acts on, not just "Put to".
        self.state.setAccessibleName(fill(self.tr("Where “{label}” stands"), label=item.label))
        self.asked_to.setAccessibleName(fill(self.tr("Who “{label}” was put to"),
                                             label=item.label))
        self.asked_on.date_edit.setAccessibleName(
            fill(self.tr("When “{label}” was put to them"), label=item.label))
        self.reply.setAccessibleName(fill(self.tr("What they said about “{label}”"),
                                          label=item.label))

    # -- changes --------------------------------------------------------------------------

    def _reply_typed(self) -> None:
        item = self.current_item()
        if item is not None and self.reply.toPlainText() != item.reply:
            self._edit(reply=self.reply.toPlainText())

    def _edit(self, **changes: Any) -> None:
        item = self.current_item()
        if item is None or self.document is None:
            return
        a_id, b_id, key = item.key
        if changes.get("asked_to") and item.state == "open" and "state" not in changes:
            changes["state"] = "asked"  # putting it to a doctor is asking it

        def change(case: Case) -> None:
            followups.update(case, a_id, b_id, key, **changes)

        mergeable = list(changes) == ["reply"]
        self.document.edit(f"followup:{a_id}:{b_id}:{key}:{','.join(changes)}",
                           self.tr("Follow up a difference"), change, mergeable=mergeable)
        # Show the change at once; the engine's next run confirms it.
        case = self.document.case
        item.review = case.review_for(a_id, b_id, key)
        row = self.model.row_of(item.key)
        if row >= 0:
            self.model.dataChanged.emit(self.model.index(row, 0),
                                        self.model.index(row, len(COLUMNS) - 1))
        if self.proxy.open_only:
            self.proxy.refilter()
        self._show_current()
