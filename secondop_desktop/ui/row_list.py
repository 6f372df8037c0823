# SPDX-License-Identifier: GPL-3.0-or-later
"""A list of rows the user adds, edits, removes and reorders: evidence, recommendations,
questions, notes, records.

The list is a ``QListView`` over ``ItemListModel``; below it, the details of the selected row.
Nothing here holds on to a domain object: rows are found by id in the document's current case
each time, so an undo (which puts a fresh copy of the case in place) just means ``load()`` again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain import edits
from secondop_desktop.domain.model import Case, now_iso
from secondop_desktop.i18n import fill
from secondop_desktop.ui import case_items, fields, form_fields, unreadable
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.case_items import ItemSelection
from secondop_desktop.ui.words import word

_Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class FieldSpec:
    attr: str
    label: str
    kind: str = "line"  # line | text | combo | check | doctor (a combo of the case's doctors)
    choices: dict[Any, str] = field(default_factory=dict)
    placeholder: str = ""


@dataclass(frozen=True)
class ListSpec:
    prefix: str  # objectName prefix: "evidence" -> evidence_list, evidence_add, evidence_title
    title: str  # the section heading
    noun: str  # "evidence item", for button words and undo texts
    items: Callable[[Case], list[Any] | None]
    make: Callable[[], Any]
    describe: Callable[[Any], str]
    fields: tuple[FieldSpec, ...]
    hint: str = ""
    empty: str = "Nothing here yet."
    opinion_id: str | None = None  # the opinion whose list this is (evidence, recommendations)


class ItemListModel(QAbstractListModel):
    """The rows of one list of the current case (found through ``ListSpec.items``)."""

    def __init__(self, spec: ListSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self._document: CaseDocument | None = None
        self._ids: list[str] = []

    def set_document(self, document: CaseDocument | None) -> None:
        self._document = document
        self.sync(force_reset=True)

    def items(self) -> list[Any]:
        if self._document is None:
            return []
        return self._spec.items(self._document.case) or []

    def sync(self, force_reset: bool = False) -> None:
        """Follow the case: a reset when rows came or went, else a repaint of every row."""
        ids = [item.id for item in self.items()]
        if force_reset or ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            self.dataChanged.emit(self.index(0), self.index(len(ids) - 1))

    def row_of(self, item_id: str) -> int:
        return self._ids.index(item_id) if item_id in self._ids else -1

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    @unreadable.guarded("a list of the opinion", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def roleNames(self) -> dict[int, bytes]:
        return {int(Qt.ItemDataRole.DisplayRole): b"display", int(ID_ROLE): b"itemId"}

    @unreadable.guarded_data("a list of the opinion")
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        items = self.items()
        if not index.isValid() or not 0 <= index.row() < len(items):
            return None
        item = items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self._spec.describe(item)
        if role == ID_ROLE:
            return item.id
        return None


class RowListEditor(ItemSelection, QWidget):
    """Heading, list, Add / Remove / Move up / Move down, and the selected row's details."""

    def __init__(self, spec: ListSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"{spec.prefix}_editor")
        self.document: CaseDocument | None = None
        self.model = ItemListModel(spec, self)
        self.inputs: dict[str, QWidget] = {}
        self._build()
        self._wire()
        self._show_selected()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        spec = self.spec
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        outer.addWidget(fields.Heading(spec.title, 1.15, f"{spec.prefix}_heading"))
        if spec.hint:
            outer.addWidget(form_fields.hint_label(spec.hint, f"{spec.prefix}_hint"))

        self.list_view = QListView()
        fields.name(self.list_view, f"{spec.prefix}_list", spec.title)
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.list_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.list_view)

        # Specs carry translated text already; this catches the English default.
        self.empty_label = form_fields.hint_label(self.tr(spec.empty), f"{spec.prefix}_empty")
        outer.addWidget(self.empty_label)

        noun = spec.noun
        self.add_button = fields.button(f"{spec.prefix}_add",
                                        fill(self.tr("+ Add {noun}"), noun=noun),
                                        fill(self.tr("Add {noun}"), noun=noun))
        self.remove_button = fields.button(
            f"{spec.prefix}_remove", self.tr("Remove"),
            fill(self.tr("Remove the selected {noun}"), noun=noun))
        self.up_button = fields.button(
            f"{spec.prefix}_up", self.tr("Move up ▲"),
            fill(self.tr("Move the selected {noun} up"), noun=noun))
        self.down_button = fields.button(
            f"{spec.prefix}_down", self.tr("Move down ▼"),
            fill(self.tr("Move the selected {noun} down"), noun=noun))
        outer.addWidget(case_items.button_row(
            f"{spec.prefix}_buttons", self.add_button, self.remove_button, self.up_button,
            self.down_button))

        self.details = QGroupBox(fill(self.tr("The selected {noun}"), noun=noun))
        self.details.setObjectName(f"{spec.prefix}_details")
        form = form_fields.wrapping_form()
        self.details.setLayout(form)
        for spec_field in spec.fields:
            widget = self._make_input(spec_field)
            self.inputs[spec_field.attr] = widget
            if spec_field.kind == "check":
                form.addRow("", widget)
            else:
                label = QLabel(fill(self.tr("{label}:"), label=spec_field.label))
                label.setBuddy(widget)
                label.setWordWrap(True)
                form.addRow(label, widget)
        outer.addWidget(self.details)

    def _make_input(self, spec_field: FieldSpec) -> QWidget:
        object_name = f"{self.spec.prefix}_{spec_field.attr}"
        # Read aloud with the list it belongs to: "Kind of the evidence", not a bare "Kind"
        # that the recommendations' list has too.
        spoken = fill(self.tr("{label} of the {noun}"), label=spec_field.label,
                                                          noun=self.spec.noun)
        if spec_field.kind == "text":
            return form_fields.text_edit(object_name, spoken, spec_field.placeholder, 2)
        if spec_field.kind in ("combo", "doctor"):
            return form_fields.combo(object_name, spoken, spec_field.choices)
        if spec_field.kind == "check":
            return form_fields.check(object_name, spec_field.label)
        return fields.line_edit(object_name, spoken, spec_field.placeholder)

    def _wire(self) -> None:
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        for attr, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda text, a=attr: self._set(a, text))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(
                    lambda a=attr, w=widget: self._set(a, w.toPlainText()))
            elif isinstance(widget, QComboBox):
                widget.activated.connect(
                    lambda _i, a=attr, w=widget: self._set(a, w.currentData()))
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(lambda on, a=attr: self._set(a, bool(on)))

    # -- the document --------------------------------------------------------------------------

    def _item_view(self) -> QListView:
        return self.list_view

    def _item(self, case: Case, item_id: str | None) -> Any:
        if item_id is None:
            return None
        return next((i for i in (self.spec.items(case) or []) if i.id == item_id), None)

    def selected_item(self) -> Any:
        if self.document is None:
            return None
        return self._item(self.document.case, self._selected_id)

    def _show_selected(self) -> None:
        item = self.selected_item()
        self._show_rows(item)
        if item is None:
            return
        self._fill_doctor_choices()
        for attr, widget in self.inputs.items():
            form_fields.set_value(widget, getattr(item, attr, None))

    def _fill_doctor_choices(self) -> None:
        """A "doctor" field offers the case's doctors as they are named now."""
        if self.document is None:
            return
        for spec_field in self.spec.fields:
            if spec_field.kind != "doctor":
                continue
            box = self.inputs[spec_field.attr]
            assert isinstance(box, QComboBox)
            wanted = [(word(spec_field.choices.get(None, "None")), None)] + [
                (o.doctor, o.id) for o in self.document.case.opinions]
            shown = [(box.itemText(i), box.itemData(i)) for i in range(box.count())]
            if shown != wanted:
                box.blockSignals(True)
                box.clear()
                for words, value in wanted:
                    box.addItem(words, value)
                box.blockSignals(False)

    # -- changes -------------------------------------------------------------------------------

    def _set(self, attr: str, value: Any) -> None:
        item_id = self._selected_id
        if self.document is None or item_id is None:
            return

        def change(case: Case) -> None:
            item = self._item(case, item_id)
            if item is not None and getattr(item, attr) != value:
                setattr(item, attr, value)
                if hasattr(item, "updated_at"):
                    item.updated_at = now_iso()

        label = next((f.label for f in self.spec.fields if f.attr == attr), attr)
        self._edit(f"{self.spec.prefix}:{item_id}:{attr}",
                   fill(self.tr("Change {noun}: {field}"), noun=self.spec.noun,
                        field=label.lower()), change, mergeable=True)

    def add_row(self) -> None:
        if self.document is None:
            return
        item = self.spec.make()

        def change(case: Case) -> None:
            items = self.spec.items(case)
            if items is not None:
                items.append(item)

        self._add_items(f"{self.spec.prefix}:add",
                        fill(self.tr("Add {noun}"), noun=self.spec.noun), change, item.id)
        first = self.inputs.get(self.spec.fields[0].attr) if self.spec.fields else None
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_row(self) -> None:
        def remove(case: Case, item_id: str) -> None:
            # The domain's edit mends whatever pointed at the row (answers, reviews, …).
            if self.spec.prefix in edits.KINDS:
                edits.remove_item(case, self.spec.prefix, item_id, self.spec.opinion_id)
                return
            items = self.spec.items(case)
            if items is not None:
                items[:] = [i for i in items if i.id != item_id]
                edits.repair_references(case)

        self._remove_selected(f"{self.spec.prefix}:remove",
                              fill(self.tr("Remove {noun}"), noun=self.spec.noun), remove)

    def move_row(self, step: int) -> None:
        def move(case: Case, item_id: str) -> None:
            if self.spec.prefix in edits.KINDS:
                edits.move_item(case, self.spec.prefix, item_id, step, self.spec.opinion_id)
                return
            items = self.spec.items(case)
            at = next((n for n, i in enumerate(items or []) if i.id == item_id), -1)
            if items is not None and at >= 0 and 0 <= at + step < len(items):
                items.insert(at + step, items.pop(at))

        self._move_selected(f"{self.spec.prefix}:move",
                            fill(self.tr("Move {noun}"), noun=self.spec.noun), move)
