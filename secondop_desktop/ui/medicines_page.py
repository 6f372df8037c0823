# SPDX-License-Identifier: GPL-3.0-or-later
"""The medicines, on the Records tab below the records: what the patient takes (or took), with
dose, how often, since when, who prescribed it and why; a printable list to take along.

(A section of the Records tab rather than a tab of its own: the medication list is one of the
records a new doctor asks for, and a tenth tab no longer fitted beside the case list.)"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain import edits
from secondop_desktop.domain.model import Case, Medication, now_iso
from secondop_desktop.domain.units import dose_with_unit
from secondop_desktop.i18n import fill
from secondop_desktop.report.options import PdfExportError
from secondop_desktop.ui import case_items, dialogs, fields, form_fields, unreadable
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.case_items import ItemSelection
from secondop_desktop.ui.decide_by import date_words

_Index = QModelIndex | QPersistentModelIndex

# Columns of the table, in order: (heading, how a medicine shows in it).
SOMEONE_ELSE = "__someone_else__"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MedicinesPage", text)


def dose_words(medicine: Medication) -> str:
    return dose_with_unit(medicine.dose, medicine.unit)


def prescriber_words(medicine: Medication, case: Case) -> str:
    opinion = case.opinion(medicine.prescribed_by) if medicine.prescribed_by else None
    return opinion.doctor if opinion is not None else medicine.prescriber.strip()


def _columns() -> list[tuple[str, Callable[[Medication, Case], str]]]:
    return [
        (_tr("Medicine"), lambda m, _c: m.name.strip() or _tr("Unnamed medicine")),
        (_tr("Dose"), lambda m, _c: dose_words(m)),
        (_tr("How often"), lambda m, _c: m.schedule.strip()),
        (_tr("Started"), lambda m, _c: date_words(m.started) if m.started else ""),
        (_tr("Stopped"), lambda m, _c: date_words(m.stopped) if m.stopped else ""),
        (_tr("Prescribed by"), prescriber_words),
        (_tr("Why"), lambda m, _c: m.reason.strip()),
    ]


class MedicinesTableModel(QAbstractTableModel):
    """One row per medicine, read from the document's case on every call."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._document: CaseDocument | None = None
        self._ids: list[str] = []
        self._columns = _columns()

    def set_document(self, document: CaseDocument | None) -> None:
        self._document = document
        self.sync(force_reset=True)

    def sync(self, force_reset: bool = False) -> None:
        ids = [m.id for m in self._document.case.medications] if self._document else []
        if force_reset or ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(ids) - 1, len(self._columns) - 1))

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, medicine_id: str) -> int:
        return self._ids.index(medicine_id) if medicine_id in self._ids else -1

    @unreadable.guarded("the medicines", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    @unreadable.guarded("the medicines", unreadable.zero)
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    @unreadable.guarded("the medicines", unreadable.nothing)
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self._columns[section][0] if 0 <= section < len(self._columns) else None

    @unreadable.guarded_data("the medicines")
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._document is None or not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        case = self._document.case
        medicine_id = self.id_at(index.row())
        medicine = next((m for m in case.medications if m.id == medicine_id), None)
        if medicine is None:
            return None
        heading, show = self._columns[index.column()]
        value = show(medicine, case)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{heading}: {value or _tr('not given')}"
        return value


class MedicinesSection(ItemSelection, QWidget):
    _select_flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("medicines_section")
        self.document: CaseDocument | None = None
        self.model = MedicinesTableModel(self)
        self._build()
        self._wire()
        self._show_selected()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 16, 0, 0)
        outer.setSpacing(8)
        outer.addWidget(fields.Heading(self.tr("Medicines"), 1.15, "medicine_heading"))
        outer.addWidget(form_fields.hint_label(self.tr(
            "Everything you take, prescribed or not, with the dose and how often. A new doctor "
            "will ask for this list; “Print the list…” gives you a copy to take along."),
            "medicine_hint"))

        self.add_button = fields.button("medicine_add", self.tr("+ Add medicine"),
                                        self.tr("Add medicine"))
        self.remove_button = fields.button("medicine_remove", self.tr("Remove"),
                                           self.tr("Remove the selected medicine"))
        self.up_button = fields.button("medicine_up", self.tr("Move up ▲"),
                                       self.tr("Move the selected medicine up"))
        self.down_button = fields.button("medicine_down", self.tr("Move down ▼"),
                                         self.tr("Move the selected medicine down"))
        self.print_button = fields.button("medicine_print", self.tr("Print the list…"),
                                          self.tr("Print the list of medicines"))
        self.save_button = fields.button("medicine_save_pdf", self.tr("Save the list as PDF…"),
                                         self.tr("Save the list of medicines as a PDF file"))
        outer.addWidget(case_items.button_row(
            "medicine_buttons", self.add_button, self.remove_button, self.up_button,
            self.down_button, self.print_button, self.save_button))

        self.empty_label = form_fields.hint_label(self.tr(
            "No medicines yet. Use “Add medicine” for each one, including vitamins and anything "
            "bought without a prescription."), "medicine_empty")
        outer.addWidget(self.empty_label)

        self.table = case_items.item_table(
            "medicines_table", self.tr("Medicines"), self.model, self.fontMetrics(), lines=8,
            column_chars=8, behaviour=QAbstractItemView.SelectionBehavior.SelectRows)
        outer.addWidget(self.table, 1)

        self.details = QGroupBox(self.tr("The selected medicine"))
        self.details.setObjectName("medicine_details")
        form = form_fields.wrapping_form()
        self.details.setLayout(form)
        self.name = fields.line_edit("medicine_name", self.tr("Medicine"),
                                     self.tr("e.g. Ibuprofen"))
        self.dose = fields.line_edit("medicine_dose", self.tr("Dose"), self.tr("e.g. 400"))
        self.unit = fields.line_edit("medicine_unit", self.tr("Unit of the dose"),
                                     self.tr("e.g. mg, drops, puffs"))
        self.schedule = fields.line_edit("medicine_schedule", self.tr("How often"),
                                         self.tr("e.g. twice a day with food"))
        self.started = form_fields.DateField("medicine_started", self.tr("Started"))
        self.stopped = form_fields.DateField("medicine_stopped", self.tr("Stopped"))
        self.prescribed_by = form_fields.combo("medicine_prescribed_by",
                                               self.tr("Prescribed by"), {})
        self.prescriber = fields.line_edit("medicine_prescriber", self.tr("Who prescribed it"),
                                           self.tr("e.g. my family doctor, Dr Weber"))
        self.reason = fields.line_edit("medicine_reason", self.tr("Why you take it"),
                                       self.tr("e.g. for the knee pain"))
        self.notes = form_fields.text_edit("medicine_notes", self.tr("Notes on this medicine"),
                                           self.tr("e.g. upsets my stomach"), 2)
        self.prescriber_caption = QLabel(self.tr("Who prescribed it:"))
        form_fields.add_rows(form, (
            (self.tr("Medicine:"), self.name), (self.tr("Dose:"), self.dose),
            (self.tr("Unit:"), self.unit), (self.tr("How often:"), self.schedule),
            (self.tr("Started:"), self.started), (self.tr("Stopped:"), self.stopped),
            (self.tr("Prescribed by:"), self.prescribed_by),
            (self.prescriber_caption, self.prescriber),
            (self.tr("Why:"), self.reason), (self.tr("Notes:"), self.notes)))
        outer.addWidget(self.details)

    def _wire(self) -> None:
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.add_button.clicked.connect(lambda: self.add_medicine())
        self.remove_button.clicked.connect(self.remove_medicine)
        self.up_button.clicked.connect(lambda: self.move_medicine(-1))
        self.down_button.clicked.connect(lambda: self.move_medicine(+1))
        self.print_button.clicked.connect(self.print_list)
        self.save_button.clicked.connect(self.save_list)
        for attr, edit in (("name", self.name), ("dose", self.dose), ("unit", self.unit),
                           ("schedule", self.schedule), ("prescriber", self.prescriber),
                           ("reason", self.reason)):
            edit.textEdited.connect(lambda text, a=attr: self._set(a, text))
        self.notes.textChanged.connect(lambda: self._set("notes", self.notes.toPlainText()))
        self.started.edited.connect(lambda value: self._set("started", value))
        self.stopped.edited.connect(lambda value: self._set("stopped", value))
        self.prescribed_by.activated.connect(lambda _i: self._prescriber_chosen())

    # -- the document --------------------------------------------------------------------------

    def _item_view(self) -> QTableView:
        return self.table

    def selected_medicine(self) -> Medication | None:
        if self.document is None or self._selected_id is None:
            return None
        return next((m for m in self.document.case.medications if m.id == self._selected_id),
                    None)

    def _fill_prescribers(self) -> None:
        case = self.document.case if self.document else None
        wanted = [(self.tr("Not said"), None)]
        wanted += [(o.doctor, o.id) for o in case.opinions] if case is not None else []
        wanted.append((self.tr("Someone else (write who)"), SOMEONE_ELSE))
        shown = [(self.prescribed_by.itemText(i), self.prescribed_by.itemData(i))
                 for i in range(self.prescribed_by.count())]
        if shown != wanted:
            self.prescribed_by.blockSignals(True)
            self.prescribed_by.clear()
            for words, value in wanted:
                self.prescribed_by.addItem(words, value)
            self.prescribed_by.blockSignals(False)

    def _show_selected(self) -> None:
        medicine = self.selected_medicine()
        self._show_rows(medicine)
        for button in (self.print_button, self.save_button):
            button.setEnabled(self.model.rowCount() > 0)
        if medicine is None:
            return
        self._fill_prescribers()
        fields.set_line(self.name, medicine.name)
        fields.set_line(self.dose, medicine.dose)
        fields.set_line(self.unit, medicine.unit)
        fields.set_line(self.schedule, medicine.schedule)
        fields.set_line(self.prescriber, medicine.prescriber)
        fields.set_line(self.reason, medicine.reason)
        form_fields.set_text(self.notes, medicine.notes)
        self.started.set_value(medicine.started)
        self.stopped.set_value(medicine.stopped)
        someone_else = medicine.prescribed_by is None and bool(medicine.prescriber.strip())
        form_fields.set_combo_value(self.prescribed_by,
                                    SOMEONE_ELSE if someone_else else medicine.prescribed_by)
        self._show_prescriber_box()

    def _show_prescriber_box(self) -> None:
        other = self.prescribed_by.currentData() == SOMEONE_ELSE
        self.prescriber.setVisible(other)
        self.prescriber_caption.setVisible(other)

    # -- changes -------------------------------------------------------------------------------

    def _set(self, attr: str, value: Any) -> None:
        medicine_id = self._selected_id
        if medicine_id is None:
            return

        def change(case: Case) -> None:
            medicine = next((m for m in case.medications if m.id == medicine_id), None)
            if medicine is not None and getattr(medicine, attr) != value:
                setattr(medicine, attr, value)
                medicine.updated_at = now_iso()

        self._edit(f"medicine:{medicine_id}:{attr}", self.tr("Change a medicine"), change,
                   mergeable=True)

    def _prescriber_chosen(self) -> None:
        value = self.prescribed_by.currentData()
        self._set("prescribed_by", None if value == SOMEONE_ELSE else value)
        self._show_prescriber_box()
        if value == SOMEONE_ELSE:
            self.prescriber.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_medicine(self) -> Medication:
        medicine = Medication(updated_at=now_iso())
        self._add_items("medicines:add", self.tr("Add medicine"),
                        lambda case: case.medications.append(medicine), medicine.id)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        return medicine

    def remove_medicine(self) -> None:
        self._remove_selected("medicines:remove", self.tr("Remove medicine"),
                              lambda case, medicine_id: edits.remove_item(case, "medication",
                                                                          medicine_id))

    def move_medicine(self, step: int) -> None:
        self._move_selected("medicines:move", self.tr("Move medicine"),
                            lambda case, medicine_id: edits.move_item(case, "medication",
                                                                      medicine_id, step))

    # -- the printable list ----------------------------------------------------------------------

    def _list_pdf(self) -> bytes | None:
        from secondop_desktop.report.medicines import render_medicines_pdf  # seam: the PDF

        if self.document is None:
            return None
        try:
            return render_medicines_pdf(self.document.case)
        except PdfExportError as exc:
            dialogs.show_error(self, self.tr("Could not make the list"), str(exc))
            return None

    def save_list(self) -> None:
        from secondop_desktop.report.pdf import write_atomically  # seam: the PDF
        from secondop_desktop.ui.export_pdf import documents_folder

        data = self._list_pdf()
        if data is None or self.document is None:
            return
        title = self.document.case.title.strip() or self.tr("case")
        safe_title = "".join(ch for ch in title if ch not in '/\\:*?"<>|')[:60]
        suggested = documents_folder() / fill(self.tr("Medicines - {title}.pdf"), title=safe_title)
        path = dialogs.ask_save_path(self, self.tr("Save the list of medicines"), suggested,
                                     self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_atomically(path, data)
        except PdfExportError as exc:
            dialogs.show_error(self, self.tr("Could not save the list"), str(exc))

    def print_list(self) -> bool:
        from secondop_desktop.ui.export_pdf import print_pdf_file  # seam: the PDF (printing)

        data = self._list_pdf()
        if data is None:
            return False
        with tempfile.TemporaryDirectory(prefix="secondop-print-") as folder:
            path = Path(folder) / "medicines.pdf"
            path.write_bytes(data)
            return print_pdf_file(path, self)
