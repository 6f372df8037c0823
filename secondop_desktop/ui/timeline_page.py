# SPDX-License-Identifier: GPL-3.0-or-later
"""The Timeline tab: what happened in the case, in date order, and a way to print it.

The list is read from the case each time it changes (``domain.timeline``); nothing is stored
twice. Printing lays the same lines out as a simple document (Qt's own text layout, so any
script prints), to the printer or to a PDF file.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTableView, QVBoxLayout, QWidget

from secondop_desktop.domain import timeline
from secondop_desktop.domain.timeline import Event
from secondop_desktop.i18n import fill
from secondop_desktop.ui import date_text, dialogs, fields, form_fields, unreadable
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.rows_when_shown import fit_rows_when_shown

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = (QT_TRANSLATE_NOOP("TimelinePage", "Date"), QT_TRANSLATE_NOOP("TimelinePage", "What"),
           QT_TRANSLATE_NOOP("TimelinePage", "Details"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelinePage", text)


def day_words(event: Event) -> str:
    if event.when is None:
        return _tr("No date")
    day = QDate(event.when.year, event.when.month, event.when.day)
    return date_text.day_words(day, "MMM")


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.events: list[Event] = []

    def set_events(self, events: list[Event]) -> None:
        self.beginResetModel()
        self.events = events
        self.endResetModel()

    @unreadable.guarded("the timeline", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    @unreadable.guarded("the timeline", unreadable.zero)
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    @unreadable.guarded_data("the timeline")
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.events):
            return None
        event = self.events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return day_words(event)
            if index.column() == 1:
                return event.title
            return event.detail
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{day_words(event)}. {event.title}. {event.detail}"
        return None

    @unreadable.guarded("the timeline", unreadable.nothing)
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return _tr(COLUMNS[section])
        return None


def timeline_html(title: str, events: list[Event]) -> str:
    rows = "".join(
        f"<tr><td style='padding:3px 8px 3px 0'>{html.escape(day_words(e))}</td>"
        f"<td style='padding:3px 8px'>{html.escape(e.title)}</td><td style='padding:3px 0 3px 8px'>"
        f"{html.escape(e.detail)}</td></tr>"
        for e in events)
    heading = html.escape(fill(_tr("Timeline: {title}"), title=title))
    return (f"<h2>{heading}</h2><table cellspacing='0' width='100%'>"
            f"<tr><th align='left'>{html.escape(_tr('Date'))}</th>"
            f"<th align='left'>{html.escape(_tr('What'))}</th>"
            f"<th align='left'>{html.escape(_tr('Details'))}</th></tr>{rows}</table>")


class TimelinePage(QWidget):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_page")
        self.document: CaseDocument | None = None
        self._stale = False
        self.model = TimelineModel(self)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(fields.Heading(self.tr("Timeline"), 1.3, "timeline_heading"))
        layout.addWidget(form_fields.hint_label(self.tr(
            "Visits, notes, records received and shared, answers, follow-ups and your decision, "
            "in date order. Private notes are left out of the printed copy.")))
        buttons = QHBoxLayout()
        self.print_button = fields.button("timeline_print", self.tr("&Print…"),
                                          self.tr("Print the timeline"))
        self.save_button = fields.button("timeline_save_pdf", self.tr("Save as PDF…"),
                                         self.tr("Save the timeline as a PDF"))
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.table = QTableView()
        fields.readable_headers(self.table)
        fields.name(self.table, "timeline_table", self.tr("The case's timeline"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Rows as tall as their wrapped words, at any text size and width (measured when shown).
        fit_rows_when_shown(self.table)
        layout.addWidget(self.table, 1)
        self.print_button.clicked.connect(self.print_timeline)
        self.save_button.clicked.connect(self.save_pdf)

    def set_document(self, document: CaseDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._changed)
        self.document = document
        if document is not None:
            document.changed.connect(self._changed)
        self.load()

    def _changed(self) -> None:
        # Typing elsewhere in the case need not rebuild a list nobody is looking at.
        if self.isVisible():
            self.load()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        case = self.document.case if self.document else None
        self.setEnabled(case is not None)
        self.model.set_events(timeline.build(case) if case else [])

    def printable(self) -> QTextDocument:
        case = self.document.case if self.document else None
        events = timeline.build(case, include_private=False) if case else []
        doc = QTextDocument(self)
        doc.setHtml(timeline_html(case.title if case else "", events))
        return doc

    def print_timeline(self) -> None:
        from PySide6.QtPrintSupport import QPrinter  # seam: the PDF (printing)

        from secondop_desktop.ui import export_pdf

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if export_pdf.ask_print(printer, self):
            self.printable().print_(printer)

    def save_pdf(self, path: Path | None = None) -> Path | None:
        from PySide6.QtPrintSupport import QPrinter  # seam: the PDF

        case = self.document.case if self.document else None
        if path is None:
            suggested = Path.home() / f"{(case.title if case else 'case')[:60]} - timeline.pdf"
            path = dialogs.ask_save_path(self, self.tr("Save the timeline as a PDF"), suggested,
                                         self.tr("PDF files (*.pdf)"))
            if path is None:
                return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.printable().print_(printer)
        self.message.emit(fill(self.tr("Saved the timeline to {path}"), path=path))
        return path
