# SPDX-License-Identifier: GPL-3.0-or-later
"""The Records tab: the reports and images a new doctor needs, where each stands, which doctor
has seen it, and the files themselves.

Files are attached with "Attach a file…" or by dropping them on the tab. Their bytes go into the
journal at once (one copy however often attached); the record lists them with name, size and
date. "Open" shows a file with the system's viewer through a private temporary copy. A record
that came in a case file without its file says "file not included" and offers to attach it.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QLabel,
    QListView,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain import edits
from secondop_desktop.domain.model import Attachment, Case, Record, now_iso
from secondop_desktop.domain.templates import checklist_records
from secondop_desktop.i18n import fill
from secondop_desktop.store.errors import JournalError
from secondop_desktop.ui import attachment_viewer, case_items, dialogs, fields, form_fields
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.case_items import ItemSelection
from secondop_desktop.ui.medicines_page import MedicinesSection
from secondop_desktop.ui.narrow_columns import NarrowColumns
from secondop_desktop.ui.records_model import (
    COLUMN_RECORD,
    FIRST_DOCTOR,
    MISSING_ROLE,
    AttachmentsModel,
    RecordsTableModel,
    record_title,
    size_words,
)
from secondop_desktop.ui.words import RECORD_KIND_WORDS, RECORD_STATUS_WORDS, word

if TYPE_CHECKING:
    from secondop_desktop.store.journal import Journal


class _DropArea(QWidget):
    """The page's body: files dropped anywhere on it are attached (see ``RecordsPage``)."""

    def __init__(self, page: RecordsPage) -> None:
        super().__init__()
        self.setObjectName("records_drop_area")
        self.setAcceptDrops(True)
        self._page = page

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self._page.document is not None and any(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            self._page.attach_files(files)
        else:
            event.ignore()


class RecordsPage(ItemSelection, QScrollArea):
    _select_column = COLUMN_RECORD  # the record's name, not a doctor's "seen" tick
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("records_page")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document: CaseDocument | None = None
        self._journal: Callable[[], Journal | None] = lambda: None
        self.model = RecordsTableModel(self)
        self.files = AttachmentsModel(self._is_stored, self)
        self._build()
        self._wire()
        self._show_selected()

    def set_journal_getter(self, getter: Callable[[], Journal | None]) -> None:
        """Where attached files are kept (the window's journal, whichever is open)."""
        self._journal = getter

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        body = self.drop_area = _DropArea(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(16, 12, 16, 16)
        outer.setSpacing(8)
        outer.addWidget(fields.Heading(self.tr("Medical records"), 1.15, "record_heading"))
        outer.addWidget(form_fields.hint_label(self.tr(
            "What a new doctor needs to see, where each one stands, and which doctor has seen "
            "it. Attach the files here (or drop them on this page) to keep them with the case. "
            "Your medicines are listed further down."), "record_hint"))

        self.add_button = fields.button("record_add", self.tr("+ Add record"),
                                        self.tr("Add record"))
        self.checklist_button = fields.button(
            "record_checklist", self.tr("Add the usual checklist"),
            self.tr("Add the records a new doctor usually needs"))
        self.remove_button = fields.button("record_remove", self.tr("Remove"),
                                           self.tr("Remove the selected record"))
        self.up_button = fields.button("record_up", self.tr("Move up ▲"),
                                       self.tr("Move the selected record up"))
        self.down_button = fields.button("record_down", self.tr("Move down ▼"),
                                         self.tr("Move the selected record down"))
        outer.addWidget(case_items.button_row(
            "record_buttons", self.add_button, self.checklist_button, self.remove_button,
            self.up_button, self.down_button))

        self.empty_label = form_fields.hint_label(self.tr(
            "No records yet. “Add the usual checklist” lists what a new doctor needs: pathology "
            "and operative reports, discharge summary, treatment plan, medication list, the "
            "imaging report and the images themselves, lab results and the referral letter."),
            "record_empty")
        outer.addWidget(self.empty_label)

        self.table = case_items.item_table(
            "records_table", self.tr("Records, where each stands, and which doctor has seen it"),
            self.model, self.fontMetrics(), lines=12, column_chars=10, wrap_headings=True)
        # Where the table is narrow for its text, which doctor has seen a record is left to the
        # form under it, so the records' names and where they stand are read whole (four
        # columns of 141 px at 200 % in a 1024 px window cut every heading: "Visto po…").
        self.narrow_columns = NarrowColumns(
            self.table, lambda: range(FIRST_DOCTOR, self.model.columnCount()),
            lambda: self.table.fontMetrics().averageCharWidth() * 16 * self.model.columnCount())
        outer.addWidget(self.table, 1)

        self.details = QGroupBox(self.tr("The selected record"))
        self.details.setObjectName("record_details")
        form = form_fields.wrapping_form()
        self.details.setLayout(form)
        self.title = fields.line_edit("record_title", self.tr("What it is"),
                                      self.tr("e.g. MRI report, March"))
        self.kind = form_fields.combo("record_kind", self.tr("Kind"),
                                      {k: word(v) for k, v in RECORD_KIND_WORDS.items()})
        self.status = form_fields.combo("record_status", self.tr("Where it stands"),
                                        {k: word(v) for k, v in RECORD_STATUS_WORDS.items()})
        self.notes = form_fields.text_edit("record_notes", self.tr("Notes on this record"),
                                           self.tr("e.g. asked the hospital on 3 March"), 2)
        # One tick per doctor, as in the table's "Seen by" columns (which a narrow table
        # leaves to this form).
        self.seen_box = QWidget()
        self.seen_box.setObjectName("record_seen_by")
        self.seen_layout = QVBoxLayout(self.seen_box)
        self.seen_layout.setContentsMargins(0, 0, 0, 0)
        self.seen_boxes: list[QCheckBox] = []
        self.seen_label = QLabel(self.tr("Seen by:"))
        form_fields.add_rows(form, ((self.tr("What it is:"), self.title),
                                    (self.tr("Kind:"), self.kind),
                                    (self.tr("Where it stands:"), self.status),
                                    (self.seen_label, self.seen_box),
                                    (self.tr("Notes:"), self.notes)))
        outer.addWidget(self.details)

        self.files_box = QGroupBox(self.tr("Files of the selected record"))
        self.files_box.setObjectName("record_files")
        files_column = QVBoxLayout(self.files_box)
        self.files_view = QListView()
        fields.name(self.files_view, "record_files_list", self.tr("Files of the selected record"))
        self.files_view.setModel(self.files)
        self.files_view.setWordWrap(True)
        self.files_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        files_column.addWidget(self.files_view)
        self.files_hint = form_fields.hint_label(
            self.tr("No files yet. Attach one, or drop files on this page."), "record_files_hint")
        files_column.addWidget(self.files_hint)
        self.attach_button = fields.button("attachment_add", self.tr("Attach a file…"),
                                           self.tr("Attach a file to the selected record"))
        self.open_button = fields.button("attachment_open", self.tr("Open"),
                                         self.tr("Open the selected file"))
        self.supply_button = fields.button(
            "attachment_supply", self.tr("Attach the missing file…"),
            self.tr("Attach the file that did not come with the case"))
        self.detach_button = fields.button("attachment_remove", self.tr("Remove file"),
                                           self.tr("Remove the selected file from the record"))
        files_column.addWidget(case_items.button_row(
            "record_file_buttons", self.attach_button, self.open_button, self.supply_button,
            self.detach_button))
        outer.addWidget(self.files_box)
        self.medicines = MedicinesSection()
        outer.addWidget(self.medicines)
        self.setWidget(body)

    def _wire(self) -> None:
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.model.dataChanged.connect(lambda *_: self._show_seen())
        self.model.modelReset.connect(self._show_seen)
        self.model.modelReset.connect(self.narrow_columns.fit)  # a doctor added: a column more
        self.files_view.selectionModel().currentChanged.connect(lambda *_: self._show_files())
        self.files_view.doubleClicked.connect(lambda _index: self.open_attachment())
        self.add_button.clicked.connect(lambda: self.add_record())
        self.checklist_button.clicked.connect(self.add_checklist)
        self.remove_button.clicked.connect(self.remove_record)
        self.up_button.clicked.connect(lambda: self.move_record(-1))
        self.down_button.clicked.connect(lambda: self.move_record(+1))
        self.title.textEdited.connect(lambda text: self._set("title", text, self.tr("title")))
        self.kind.activated.connect(
            lambda _i: self._set("kind", self.kind.currentData(), self.tr("kind")))
        self.status.activated.connect(
            lambda _i: self._set("status", self.status.currentData(), self.tr("status")))
        self.notes.textChanged.connect(
            lambda: self._set("notes", self.notes.toPlainText(), self.tr("notes")))
        self.attach_button.clicked.connect(self.choose_and_attach)
        self.open_button.clicked.connect(self.open_attachment)
        self.supply_button.clicked.connect(self.supply_missing)
        self.detach_button.clicked.connect(self.remove_attachment)

    # -- the document --------------------------------------------------------------------------

    def _item_view(self) -> QTableView:
        return self.table

    def set_document(self, document: CaseDocument | None) -> None:
        self.medicines.set_document(document)
        super().set_document(document)

    def load(self) -> None:
        self.medicines.load()
        super().load()

    def _case(self) -> Case | None:
        return self.document.case if self.document is not None else None

    def selected_record(self) -> Record | None:
        case = self._case()
        if case is None or self._selected_id is None:
            return None
        return next((r for r in case.records if r.id == self._selected_id), None)

    def _show_selected(self) -> None:
        record = self.selected_record()
        count = self.model.rowCount()
        case = self._case()
        missing = len(checklist_records(case.records)) if case is not None else 0
        self._show_rows(record)
        self.files_box.setVisible(record is not None)
        self.checklist_button.setEnabled(self.document is not None and missing > 0)
        if count == 0:
            words = self.tr("Add the usual checklist")
        elif missing:
            words = fill(self.tr("Complete the checklist ({n})"), n=missing)
        else:
            words = self.tr("Checklist complete")
        self.checklist_button.setText(words)
        if record is not None:
            fields.set_line(self.title, record.title)
            form_fields.set_combo_value(self.kind, record.kind)
            form_fields.set_combo_value(self.status, record.status)
            form_fields.set_text(self.notes, record.notes)
        self.files.show_record(self.document, self._selected_id)
        self._show_seen()
        self._show_files()

    def _show_seen(self) -> None:
        """A tick box per doctor for the selected record: ticked when that doctor has seen it."""
        record = self.selected_record()
        columns = range(FIRST_DOCTOR, self.model.columnCount())
        while len(self.seen_boxes) > len(columns):
            self.seen_boxes.pop().deleteLater()
        while len(self.seen_boxes) < len(columns):
            box = QCheckBox()
            box.setObjectName(f"record_seen_{len(self.seen_boxes)}")
            column = FIRST_DOCTOR + len(self.seen_boxes)
            box.clicked.connect(lambda checked, c=column: self._set_seen(c, checked))
            self.seen_layout.addWidget(box)
            self.seen_boxes.append(box)
        row = self.model.row_of(record.id) if record is not None else -1
        for box, column in zip(self.seen_boxes, columns, strict=True):
            doctor = self.model.doctor(column)
            box.setText(doctor)
            box.setAccessibleName(fill(self.tr("{doctor} has seen “{record}”"), doctor=doctor,
                                       record=record_title(record)) if record else doctor)
            state = self.model.index(row, column).data(Qt.ItemDataRole.CheckStateRole)
            box.setChecked(state == Qt.CheckState.Checked.value)
        visible = bool(self.seen_boxes) and record is not None
        self.seen_box.setVisible(visible)
        self.seen_label.setVisible(visible)

    def _set_seen(self, column: int, checked: bool) -> None:
        row = self.model.row_of(self._selected_id) if self._selected_id else -1
        if row >= 0:
            state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            self.model.setData(self.model.index(row, column), state,
                               Qt.ItemDataRole.CheckStateRole)

    def _show_files(self) -> None:
        record = self.selected_record()
        has_files = self.files.rowCount() > 0
        self.files_view.setVisible(has_files)
        self.files_hint.setVisible(not has_files)
        index = self.files_view.currentIndex()
        chosen = index.isValid()
        missing = bool(index.data(MISSING_ROLE)) if chosen else False
        self.attach_button.setEnabled(record is not None and self._journal() is not None)
        self.open_button.setEnabled(chosen and not missing)
        self.supply_button.setVisible(chosen and missing)
        self.detach_button.setEnabled(chosen)

    # -- records -------------------------------------------------------------------------------

    def _set(self, attr: str, value: Any, what: str) -> None:
        record_id = self._selected_id
        if record_id is None:
            return

        def change(case: Case) -> None:
            record = next((r for r in case.records if r.id == record_id), None)
            if record is not None and getattr(record, attr) != value:
                setattr(record, attr, value)
                record.updated_at = now_iso()

        self._edit(f"record:{record_id}:{attr}",
                   fill(self.tr("Change a record's {what}"), what=what), change,
                   mergeable=True)

    def add_record(self, title: str = "") -> Record:
        record = Record(title=title, updated_at=now_iso())
        self._add_items("records:add", self.tr("Add record"),
                        lambda case: case.records.append(record), record.id)
        if not title:
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        return record

    def add_checklist(self) -> None:
        case = self._case()
        if case is None:
            return
        made = checklist_records(case.records)
        if not made:
            return
        self._add_items("records:checklist",
                        self.tr("Add %n record(s) from the usual checklist", "", len(made)),
                        lambda case: case.records.extend(made), made[0].id)

    def remove_record(self) -> None:
        self._remove_selected("records:remove", self.tr("Remove record"),
                              lambda case, record_id: edits.remove_item(case, "record",
                                                                        record_id))

    def move_record(self, step: int) -> None:
        self._move_selected("records:move", self.tr("Move record"),
                            lambda case, record_id: edits.move_item(case, "record", record_id,
                                                                    step))

    # -- files ---------------------------------------------------------------------------------

    def _is_stored(self, sha256: str) -> bool:
        journal = self._journal()
        if journal is None:
            return False
        try:
            return journal.has_attachment(sha256)
        except Exception:  # a journal being closed or damaged: say "not included", not crash
            return False

    def choose_and_attach(self) -> None:
        path = dialogs.ask_open_path(self, fill(self.tr("Attach a file to “{record}”"),
                                                record=record_title(self.selected_record()
                                                                    or Record())))
        if path is not None:
            self.attach_files([path])

    def attach_files(self, paths: list[Path], replace: str | None = None) -> int:
        """Keep each file in the journal and list it on the selected record (a new record named
        after the first file when none is selected). ``replace`` is the sha256 of a listed file
        whose bytes the case came without. Returns how many were attached."""
        from secondop_desktop.store.attachments import MAX_ATTACHMENT_BYTES  # rarer store parts

        journal = self._journal()
        if journal is None or self.document is None or not paths:
            return 0
        attached: list[Attachment] = []
        for path in paths:
            try:
                size = path.stat().st_size
                if size > MAX_ATTACHMENT_BYTES:
                    dialogs.show_error(self, self.tr("File too large"), fill(self.tr(
                        "“{name}” is {size}; SecondOp keeps files up to {limit} in the journal. "
                        "Nothing was attached. A smaller copy (a PDF of the report, fewer "
                        "images) will fit."), name=path.name, size=size_words(size),
                                                    limit=size_words(MAX_ATTACHMENT_BYTES)))
                    continue
                data = path.read_bytes()
                digest = journal.add_attachment(data)
            except OSError as exc:
                dialogs.show_error(self, self.tr("Could not attach the file"), fill(self.tr(
                    "“{name}” could not be read ({reason}). Nothing was attached."),
                    name=path.name, reason=exc.strerror or exc))
                continue
            except JournalError as exc:
                dialogs.show_error(self, self.tr("Could not attach the file"), str(exc))
                continue
            media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            attached.append(Attachment(file=f"attachments/{digest}-{path.name}", name=path.name,
                                       sha256=digest, size=len(data), media_type=media,
                                       added_at=now_iso()))
        if not attached:
            return 0
        if self.selected_record() is None:
            self.add_record(Path(attached[0].name).stem)
        record_id = self._selected_id

        def change(case: Case) -> None:
            record = next((r for r in case.records if r.id == record_id), None)
            if record is None:
                return
            if replace is not None:
                record.attachments[:] = [a for a in record.attachments if a.sha256 != replace]
            have = {a.sha256 for a in record.attachments}
            record.attachments.extend(a for a in attached if a.sha256 not in have)
            if record.status in ("needed", "requested"):
                record.status = "received"  # a file in hand is a record received
            record.updated_at = now_iso()

        self._edit("records:attach", self.tr("Attach a file"), change)
        self._show_selected()
        self.files_view.setCurrentIndex(self.files.index(self.files.rowCount() - 1))
        return len(attached)

    def selected_attachment(self) -> Attachment | None:
        index = self.files_view.currentIndex()
        return self.files.attachment(index.row()) if index.isValid() else None

    def open_attachment(self) -> Path | None:
        """Show the selected file with the system's viewer (a private copy); the copy's path."""
        item, journal = self.selected_attachment(), self._journal()
        if item is None or journal is None:
            return None
        try:
            data = journal.read_attachment(item.sha256)
        except JournalError as exc:
            dialogs.show_error(self, self.tr("Could not open the file"), str(exc))
            return None
        path = attachment_viewer.open_copy(item.name or "attachment", data)
        if path is None:
            dialogs.show_error(self, self.tr("Could not open the file"), fill(self.tr(
                "No program on this computer opened “{name}”. Install a viewer for this kind of "
                "file, then try again."), name=item.name))
        return path

    def supply_missing(self) -> None:
        item = self.selected_attachment()
        if item is None:
            return
        path = dialogs.ask_open_path(self, fill(self.tr("Attach “{name}”"), name=item.name))
        if path is not None:
            self.attach_files([path], replace=item.sha256)

    def remove_attachment(self) -> None:
        item, record_id = self.selected_attachment(), self._selected_id
        if item is None or record_id is None:
            return

        def change(case: Case) -> None:
            record = next((r for r in case.records if r.id == record_id), None)
            if record is not None:
                record.attachments[:] = [a for a in record.attachments
                                         if a.sha256 != item.sha256]
                record.updated_at = now_iso()

        self._edit("records:detach", self.tr("Remove a file from a record"), change)
        self._show_selected()
