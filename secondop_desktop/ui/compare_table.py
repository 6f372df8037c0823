# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare view's table: one row per point, the mark column then a column per doctor, drawn
by ``CompareDelegate`` (only the rows on screen are painted).

Rows take the height of their tallest cell at the columns' width, kept up to date when the width,
the text size or a row's content changes, with the row being looked at kept where it was on
screen. The current row is outlined in the accent colour (a thick line, not a tint); moving to a
row moves the keyboard focus to it, so a screen reader says the point.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

OUTLINE = 3


class CompareTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_rows")
        self.setAccessibleName(self.tr("Points compared"))
        self.setAccessibleDescription(self.tr(
            "One row per point the doctors were compared on. Up and Down go from point to "
            "point, Left and Right from doctor to doctor; F7 goes to the next difference."))
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table for the review panel; arrows move within it.
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setMouseTracking(False)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsClickable(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setObjectName("compare_header")
        self.mark_width = 120
        # Row heights are worked out again once a change has gone round (many changes may come
        # in one turn: a new width, then a new font).
        self._heights_timer = QTimer(self)
        self._heights_timer.setSingleShot(True)
        self._heights_timer.setInterval(0)
        self._heights_timer.timeout.connect(self.fit_rows)
        header.sectionResized.connect(self._column_resized)

    # -- columns and row heights -----------------------------------------------------------------

    def set_mark_width(self, width: int) -> None:
        self.mark_width = width
        self.configure_columns()

    def configure_columns(self) -> None:
        """The mark column keeps its width; the doctors share the rest equally."""
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        columns = model.columnCount()
        for column in range(columns):
            mode = (QHeaderView.ResizeMode.Fixed if column == 0
                    else QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(column, mode)
        if columns:
            header.resizeSection(0, self.mark_width)

    def _column_resized(self, _column: int, _old: int, _new: int) -> None:
        self.heights_due()

    def heights_due(self) -> None:
        """Work the row heights out again on the next turn of the event loop."""
        self._heights_timer.start()

    def heights_pending(self) -> bool:
        return self._heights_timer.isActive()

    def fit_rows(self) -> None:
        """Every row as tall as its tallest cell; the row being looked at stays where it was."""
        self._heights_timer.stop()
        model = self.model()
        if model is None:
            return
        current = self.currentIndex()
        bar = self.verticalScrollBar()
        vertical = self.verticalHeader()
        offset = (vertical.sectionPosition(current.row()) - bar.value()
                  if current.isValid() else None)
        for row in range(model.rowCount()):
            height = self.sizeHintForRow(row)
            if vertical.sectionSize(row) != height:
                vertical.resizeSection(row, height)
        if current.isValid() and offset is not None:
            self.updateGeometries()
            bar.setValue(vertical.sectionPosition(current.row()) - offset)
            rect = self.row_rect(current.row())
            if rect.top() < 0 or rect.bottom() > self.viewport().height():
                self._show_row(current.row())

    def _show_row(self, row: int) -> None:
        """Scroll ``row`` into view, from its top when it is taller than the view."""
        model = self.model()
        if model is None:
            return
        tall = self.rowHeight(row) > self.viewport().height()
        self.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop if tall
                      else QAbstractItemView.ScrollHint.EnsureVisible)

    def fit_row(self, row: int) -> None:
        if 0 <= row < (self.model().rowCount() if self.model() else 0):
            self.verticalHeader().resizeSection(row, self.sizeHintForRow(row))

    # -- going to a row --------------------------------------------------------------------------

    def go_to(self, row: int, focus: bool = True) -> None:
        """Make ``row`` current, show it (from its top if it is taller than the view) and, with
        ``focus``, give it the keyboard focus so a screen reader says it."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        if self._heights_timer.isActive():
            self.fit_rows()
        index = model.index(row, 0)
        self.setCurrentIndex(index)
        self._show_row(row)
        if focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def row_rect(self, row: int) -> QRect:
        """Where ``row`` is in the viewport."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return QRect()
        first = self.visualRect(model.index(row, 0))
        last = self.visualRect(model.index(row, model.columnCount() - 1))
        return first.united(last)

    # -- Qt ----------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.heights_due()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.heights_due()

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        # The outline moves with the current row: both rows painted again.
        for index in (current, previous):
            if index.isValid():
                self.viewport().update(self.row_rect(index.row()).adjusted(-2, -2, 2, 2))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        current = self.currentIndex()
        if not current.isValid():
            return
        rect = self.row_rect(current.row())
        if not rect.isValid() or not rect.intersects(event.rect()):
            return
        painter = QPainter(self.viewport())
        accent = getattr(self.itemDelegate(), "accent", None)
        colour = QColor(accent() if callable(accent) else self.palette().highlight().color())
        # Thicker while the table has the keyboard focus: where the focus is stays visible.
        width = OUTLINE if self.hasFocus() else OUTLINE - 1
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width // 2 + 1
        painter.drawRect(rect.adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.end()

    def focusInEvent(self, event: object) -> None:  # type: ignore[override]
        super().focusInEvent(event)  # type: ignore[arg-type]
        current = self.currentIndex()
        if current.isValid():
            self.viewport().update(self.row_rect(current.row()).adjusted(-2, -2, 2, 2))

    def focusOutEvent(self, event: object) -> None:  # type: ignore[override]
        super().focusOutEvent(event)  # type: ignore[arg-type]
        current = self.currentIndex()
        if current.isValid():
            self.viewport().update(self.row_rect(current.row()).adjusted(-2, -2, 2, 2))
