# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare view's table: one row per point, the mark column then a column per doctor, drawn
by ``CompareDelegate`` (only the rows on screen are painted).

Rows take the height of their tallest cell at the columns' width, kept up to date when the width,
the text size or a row's content changes: the rows on screen at once, the others in ~12 ms pieces
on later turns of the event loop (a long comparison's texts take a while to lay out), with the
row being looked at (or else the top row) kept where it was on screen meanwhile. The current row
is outlined in the accent colour (a thick line, not a tint); moving to a
row moves the keyboard focus to it, so a screen reader says the point.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

OUTLINE = 3
BATCH_MS = 12
"""Row heights are worked out on later turns of the event loop until this long has passed."""


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
        # Always on, so that the columns keep their widths as rows come; with nothing to
        # scroll it is disabled, and the style sheet draws it without a thumb.
        bar = self.verticalScrollBar()
        bar.setEnabled(False)
        bar.rangeChanged.connect(lambda low, high: bar.setEnabled(high > low))
        self.setMouseTracking(False)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsClickable(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setObjectName("compare_header")
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long name in a narrow column
        # A viewport made here, in Python: for Qt's own, PySide works out its Python type on the
        # first viewport() by loading every widget class it might be (QWizard, QFileDialog…,
        # ~60 enum types): ~15 ms on the first case shown.
        self.setViewport(QWidget())
        self.mark_width = 120
        self._dirty: set[int] = set()
        """Rows whose height is still to be worked out (an estimate until then)."""
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_some)
        self._line_spacing = self.fontMetrics().lineSpacing()
        """At the text size the rows' heights were worked out for."""
        self._pin: tuple[int, int] | None = None
        """The row kept in place while heights are worked out, and its distance from the top."""
        header.sectionResized.connect(self._column_resized)
        # The user scrolling meanwhile: the row then on top is the one to keep in place.
        self.verticalScrollBar().actionTriggered.connect(self._unpin)

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
        if columns and header.sectionSize(0) != self.mark_width:
            header.resizeSection(0, self.mark_width)

    def _column_resized(self, _column: int, old: int, new: int) -> None:
        if old != new:
            self.heights_due()

    def heights_due(self, rows: list[int] | None = None, scale: float | None = None) -> None:
        """Work out again the heights of ``rows`` (None: all): those on screen now, the rest on
        later turns of the event loop. Meanwhile all rows take a guess of three lines, or with
        ``scale`` (a new text size) their present heights times that."""
        model = self.model()
        count = model.rowCount() if model is not None else 0
        if rows is None:
            if self._pin is None:
                self._pin = self._anchor()  # before the guessed heights move anything
            self._dirty = set(range(count))
            vertical = self.verticalHeader()
            if scale is not None:
                # Near enough that the first paint lays out about the rows it will show, not
                # twice as many (a row's cells cost a layout each at a new size).
                for row in range(count):
                    vertical.resizeSection(row, max(1, round(vertical.sectionSize(row) * scale)))
            else:
                guess = 3 * self.fontMetrics().lineSpacing() + 16
                if vertical.defaultSectionSize() != guess:
                    vertical.setDefaultSectionSize(guess)
        else:
            self._dirty |= {r for r in rows if 0 <= r < count}
        # On the next turn: a new text size or width comes with many events in one turn.
        if self._dirty:
            self._fit_timer.start()

    def heights_pending(self) -> bool:
        return bool(self._dirty)

    def _unpin(self, _action: int) -> None:
        self._pin = None

    def _anchor(self) -> tuple[int, int]:
        """The row to keep in place while heights change (the current row, else the top one)
        and how far from the top of the view it is."""
        current = self.currentIndex()
        row = current.row() if current.isValid() else self.rowAt(0)
        if row < 0:
            return -1, 0
        return row, self.verticalHeader().sectionPosition(row) - self.verticalScrollBar().value()

    def _fit(self, rows: list[int]) -> None:
        """Give ``rows`` their heights, keeping the anchor row where it is on screen."""
        model = self.model()
        if model is None or not rows:
            return
        anchor, offset = self._pin if self._pin is not None else self._anchor()
        vertical = self.verticalHeader()
        count = model.rowCount()
        changed = False
        for row in rows:
            self._dirty.discard(row)
            if not 0 <= row < count:
                continue
            height = self.sizeHintForRow(row)
            if vertical.sectionSize(row) != height:
                vertical.resizeSection(row, height)
                changed = True
        if changed and 0 <= anchor < count:
            self.updateGeometries()
            if anchor == self.currentIndex().row():
                # The row looked at stays on screen even where the view got shorter.
                room = self.viewport().height()
                offset = min(offset, max(0, room - min(vertical.sectionSize(anchor), room)))
            self.verticalScrollBar().setValue(vertical.sectionPosition(anchor) - offset)
        if not self._dirty:
            self._pin = None

    def fit_on_screen(self) -> None:
        """The rows on screen first (their number depends on their heights: fit till full)."""
        model = self.model()
        if model is None:
            return
        height = self.viewport().height()
        for _ in range(20):  # a guard; two or three passes settle it
            top = max(self.rowAt(0), 0)
            bottom = self.rowAt(max(height - 1, 0))
            last = bottom if bottom >= 0 else model.rowCount() - 1
            wanted = [r for r in range(top, last + 1) if r in self._dirty]
            current = self.currentIndex()
            if current.isValid() and current.row() in self._dirty:
                wanted.append(current.row())
            if not wanted:
                return
            self._fit(wanted)

    def _fit_some(self) -> None:
        """Heights for the rows left, nearest the anchor first, for about ``BATCH_MS``."""
        start = time.perf_counter()
        self.fit_on_screen()
        anchor, _offset = self._anchor()
        order = sorted(self._dirty, key=lambda r: abs(r - max(anchor, 0)))
        while order and (time.perf_counter() - start) * 1000 < BATCH_MS:
            self._fit(order[:8])
            order = order[8:]
        if self._dirty:
            self._fit_timer.start()

    def _show_row(self, row: int) -> None:
        """Scroll ``row`` into view, from its top when it is taller than the view."""
        model = self.model()
        if model is None:
            return
        tall = self.rowHeight(row) > self.viewport().height()
        self.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop if tall
                      else QAbstractItemView.ScrollHint.EnsureVisible)

    # -- going to a row --------------------------------------------------------------------------

    def go_to(self, row: int, focus: bool = True) -> None:
        """Make ``row`` current, show it (from its top if it is taller than the view) and, with
        ``focus``, give it the keyboard focus so a screen reader says it."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        if row in self._dirty:
            self._fit([row])
        index = model.index(row, 0)
        self.setCurrentIndex(index)
        self._show_row(row)
        if self._dirty:
            self._pin = self._anchor()  # this row stays put while the rest get their heights
            self.fit_on_screen()
            self._show_row(row)
            self._pin = self._anchor() if self._dirty else None
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
        current = self.currentIndex()
        if current.isValid() and event.size().height() < event.oldSize().height():
            # Shorter (the panel under it grew): the row looked at stays in sight.
            top = self.row_rect(current.row()).top()
            header = self.horizontalHeader().height()
            if 0 <= top < event.oldSize().height() - header and top >= self.viewport().height():
                self._show_row(current.row())
        # A new width reaches the rows through the columns' new widths; a new height may
        # uncover rows whose heights are still a guess.
        self.heights_due([])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            line = self.fontMetrics().lineSpacing()
            scale = line / self._line_spacing if self._line_spacing else None
            self._line_spacing = line
            self.heights_due(scale=scale)

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
