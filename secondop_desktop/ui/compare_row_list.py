# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare view's list of aligned rows: one ``CompareRowWidget`` per row, in a scroll area.

A row's widgets take some 20-30 ms to make, so a long comparison (100+ points) is not built in one
go: the first screenful is made at once and the rest a few at a time on later turns of the event
loop, the window answering in between. A row that Next / Previous (or a kept current row) needs
before its turn is made at once; rows made later above the one on screen keep it in place. Tab
follows the rows' order, whatever the order they were made in. An unchanged point keeps its widget
when the comparison is shown again after an edit.

The list shows the rows of the view's ``CompareModel``, keeps which row is being looked at and
filters on "only differences". It never changes the case: what the user does in a row leaves as
``rowReviewChanged`` and ``questionAdded`` for the view.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import delete as delete_now

from secondop_desktop.ui.compare_model import CompareModel
from secondop_desktop.ui.compare_row import CompareRowWidget
from secondop_desktop.ui.compare_rows import CompareRow

BATCH_MS = 12
"""Rows are made on later turns of the event loop until this long has passed (at least one)."""


def discard(widget: QWidget) -> None:
    """Take a widget out of the view at once (not only at the next event loop turn)."""
    widget.hide()
    widget.setParent(None)  # type: ignore[call-overload]
    widget.deleteLater()


def _settle_layout() -> None:
    """Lay the rows out now rather than on a later turn (so their places can be used)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class CompareRowList(QScrollArea):
    currentChanged = Signal()
    """The row being looked at changed: a click, Tab into a row, a review, Next / Previous."""
    rowReviewChanged = Signal(str, object)
    """(the row's key, what its ``reviewChanged`` carried: (a_id, b_id, point key, changes))."""
    questionAdded = Signal(str)
    """The text of a row's suggested question, as the row sent it."""

    def __init__(self, model: CompareModel, mark_width: Callable[[int], int],
                 parent: QWidget | None = None) -> None:
        """``mark_width(doctors)`` is the width of the rows' mark column: the view's, so the rows
        line up with its header."""
        super().__init__(parent)
        self._model = model
        self._mark_width = mark_width
        self._current_key: str | None = None
        self._only_differences = False
        # The row widgets by (doctors, point key), kept to show the same point again after an
        # edit; and by the index of their row, None for a row not made yet.
        self._rows: dict[tuple[int, str], CompareRowWidget] = {}
        self._widgets: list[CompareRowWidget | None] = []
        self._shown_rows: list[CompareRow] = []
        self._fill_args: tuple[list[str], dict[str, str], int] = ([], {}, 0)
        self._answering_row = 0
        """More than 0 while a row's own signal is being answered (its widgets on the stack)."""

        # Scroll again once a row just made has its final height (a timer the list owns, so
        # nothing runs after the list is gone).
        self._scroll_target: CompareRowWidget | None = None
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(0)
        self._scroll_timer.timeout.connect(self._ensure_visible)
        # Makes the rows not made yet, a few each turn of the event loop.
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_some)

        self.setObjectName("compare_rows")
        self.setAccessibleName(self.tr("Points compared"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a bar that comes and goes as rows are made would change the width of
        # every row, and each text would be laid out again.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.host = QWidget()
        self.host.setObjectName("compare_rows_host")
        # The rows always take the viewport's width and wrap their text in it: nothing in them
        # may push the list wider than the view (there is no sideways scrolling).
        host_policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.host.setSizePolicy(host_policy)
        # The list grows as its rows are made: only what is newly uncovered needs painting.
        self.host.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._box = QVBoxLayout(self.host)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(4)
        self._box.addStretch(1)
        self.setWidget(self.host)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    # -- the view's interface --------------------------------------------------------------------

    def show_result(self) -> None:
        """Show the model's rows: a point shown before keeps its widget, the first screenful of
        new ones is made at once (if the list is on screen) and the rest on later turns."""
        model = self._model
        ids = model.opinion_ids
        rows = model.rows()
        missing = [self.tr("%1 did not mention this").replace("%1", model.short(i)) for i in ids]
        self._fill_args = (missing, {i: model.doctor(i) for i in ids}, len(ids))
        if self._current_key is not None and model.row_of_key(self._current_key) < 0:
            self._current_key = None

        fresh = not self._rows  # a first showing, another case or pair, a new text size
        # The same point shown again keeps its widget (refilled only if something changed);
        # rows new to the list are made below, or on later turns.
        old, self._rows = self._rows, {}
        self._shown_rows = rows
        self._widgets = [None] * len(rows)
        for index, row in enumerate(rows):
            key = (len(ids), row.key)
            widget = old.pop(key, None)  # a second row of the same key gets a widget of its own
            if widget is None:
                continue
            self._fill(widget, index)
            self._rows[key] = widget
            self._widgets[index] = widget
        for widget in old.values():
            widget.flush_note()
        self._drop(list(old.values()))
        self._place_rows(self._built())
        self._apply_filter()
        self._outline()
        current = model.row_of_key(self._current_key) if self._current_key else -1
        if fresh and self.isVisible():
            # The first screenful at once, from the row being looked at (after a new text size),
            # laid out now rather than on a later turn, so every row has its final place at
            # once. Out of sight, the rows wait until the view shows.
            self._build_screenful(max(current, 0))
            _settle_layout()
            widget = self._widgets[current] if current >= 0 else None
            if widget is not None:
                self._scroll_to(widget)
        if self.rows_pending():
            self._build_timer.start()

    def clear(self, at_once: bool = True) -> None:
        """No rows. ``at_once=False`` while Qt may be walking the widgets (see ``_drop``)."""
        self._build_timer.stop()
        self._drop(self._built(), at_once)
        self._rows.clear()
        self._widgets = []
        self._shown_rows = []
        self._scroll_target = None

    def flush_notes(self) -> None:
        """Send any note still waiting on its delay (before the rows are taken away)."""
        for widget in self._built():
            widget.flush_note()

    def is_empty(self) -> bool:
        """Whether no rows are shown (neither made nor still to make)."""
        return not self._widgets

    def rows_pending(self) -> bool:
        """Whether some rows shown are still to be made on later turns of the event loop."""
        return any(w is None for w in self._widgets)

    def build_rest_later(self) -> None:
        """Go on making the rows not made yet (they wait while the list is out of sight)."""
        self._build_timer.start()

    def set_mark_width(self, width: int) -> None:
        """A new width of the mark column (the view was resized): the rows made so far take it;
        rows made later ask ``mark_width`` themselves."""
        for row in self._built():
            row.grid.setColumnMinimumWidth(0, width)

    def set_only_differences(self, on: bool) -> None:
        """Show only the rows where the doctors differ, or every row."""
        self._only_differences = on
        self._apply_filter()

    def current_key(self) -> str | None:
        """The key of the row being looked at, if any."""
        return self._current_key

    def forget_current(self) -> None:
        """No row is being looked at any more (another pair of doctors is chosen); the rows
        shown next start with none outlined."""
        self._current_key = None

    def make_current(self, key: str) -> None:
        """The row of ``key`` is the one being looked at: outline it."""
        self._current_key = key
        self._outline()
        self.currentChanged.emit()

    def has_difference(self, direction: int) -> bool:
        """Whether there is a difference after (``+1``) or before (``-1``) the current row."""
        return self._difference_beyond(direction) is not None

    def go_to_difference(self, direction: int) -> None:
        """Make the next (``+1``) or previous (``-1``) difference current and scroll to it,
        making its row first if its turn has not come."""
        target = self._difference_beyond(direction)
        if target is None:
            return
        self.make_current(self._model.row(target).key)
        widget = self._ensure_built(target)
        # Scroll once the row has its final size (it may just have been laid out).
        self._scroll_to(widget)
        self._scroll_target = widget
        self._scroll_timer.start()

    # -- the row being looked at -----------------------------------------------------------------

    def _current_index(self) -> int:
        return self._model.row_of_key(self._current_key) if self._current_key else -1

    def _difference_beyond(self, direction: int) -> int | None:
        """The index of the nearest differing row after or before the current one (from no
        current row: the first, or the last)."""
        diffs = self._model.difference_rows()
        here = self._current_index()
        if direction > 0:
            return next((i for i in diffs if i > here), None)
        return next((i for i in reversed(diffs) if here < 0 or i < here), None)

    def _outline(self) -> None:
        for widget in self._built():
            widget.set_current(widget.key == self._current_key)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Tabbing into a row's controls makes it the row being looked at, as a click does.
        widget = new
        while widget is not None and widget is not self:
            if isinstance(widget, CompareRowWidget):
                if widget in self._widgets and widget.key != self._current_key:
                    self.make_current(widget.key)
                return
            widget = widget.parentWidget()

    # -- what the user does in a row -------------------------------------------------------------

    @contextlib.contextmanager
    def _answering(self) -> Iterator[None]:
        """A row's signal is being answered: its widgets must outlive the answer."""
        self._answering_row += 1
        try:
            yield
        finally:
            self._answering_row -= 1

    def _question_added(self, text: str) -> None:
        with self._answering():
            self.questionAdded.emit(text)

    def _review_changed(self, key: str, change: object) -> None:
        with self._answering():
            self.rowReviewChanged.emit(key, change)

    # -- Tab through the rows --------------------------------------------------------------------

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab go through the rows' controls in the rows' order.

        Qt's own order follows when each widget was made, and rows are made out of order (the
        one Next / Previous goes to first, the rest on later turns; a row's state and note when
        it first needs them).
        """
        if not self._tab_through_rows(forward):
            return super().focusNextPrevChild(forward)
        # As QScrollArea does once the focus has moved: the control now holding it in view.
        focus = self.focusWidget()
        if focus is not None:
            self.ensureWidgetVisible(focus)
        return True

    def _tab_through_rows(self, forward: bool) -> bool:
        """Move the focus to the next control in the rows' order, or past the first or last row
        out of the list; False where the focus is not in a row or has nowhere to go."""
        focus = QApplication.focusWidget()
        row = self._row_holding(focus)
        if focus is None or row < 0:
            return False
        stops = [(index, stop) for index, widget in enumerate(self._widgets)
                 if widget is not None and widget.isVisible() for stop in widget.tab_stops()
                 if stop.isVisible() and stop.isEnabled()
                 and stop.focusPolicy() & Qt.FocusPolicy.TabFocus]
        here = next_stop = None
        for i, (_index, stop) in enumerate(stops):
            if stop == focus:
                here = i
        if here is not None:
            step = here + (1 if forward else -1)
            next_stop = stops[step][1] if 0 <= step < len(stops) else None
        elif forward:  # on a text of the row (a click selects it): on to the row's first control
            next_stop = next((stop for index, stop in stops if index >= row), None)
        else:
            next_stop = next((stop for index, stop in reversed(stops) if index < row), None)
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        if next_stop is not None:
            next_stop.setFocus(reason)
            return True
        return self._leave_rows(focus, forward, reason)

    def _row_holding(self, widget: QWidget | None) -> int:
        """The index of the row a widget is in, or -1."""
        while widget is not None and widget is not self:
            if isinstance(widget, CompareRowWidget):
                return self._widgets.index(widget) if widget in self._widgets else -1
            widget = widget.parentWidget()
        return -1

    def _leave_rows(self, focus: QWidget, forward: bool, reason: Qt.FocusReason) -> bool:
        """Tab past the first or last row: the nearest control outside the rows."""
        widget = focus
        for _ in range(10_000):
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is focus:
                break
            if self.host.isAncestorOf(widget):
                continue
            if widget.isVisible() and widget.isEnabled() \
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(reason)
                return True
        return False

    # -- filter and scrolling --------------------------------------------------------------------

    def _wanted(self, row: CompareRow) -> bool:
        """Whether a row is on show under the "only differences" filter."""
        return not self._only_differences or row.differs

    def _apply_filter(self) -> None:
        for widget, row in zip(self._widgets, self._shown_rows, strict=True):
            if widget is not None:
                widget.setVisible(self._wanted(row))

    def _ensure_visible(self) -> None:
        widget = self._scroll_target
        if widget is not None and widget in self._widgets:
            self._scroll_to(widget)

    def _scroll_to(self, widget: CompareRowWidget) -> None:
        """Bring a row into view; a row taller than the view shows from its top (its mark and
        the doctors' first words), not from its bottom."""
        margin = 24
        if widget.height() + 2 * margin > self.viewport().height():
            bar = self.verticalScrollBar()
            bar.setValue(max(0, widget.y() - margin // 2))
        else:
            self.ensureWidgetVisible(widget, 0, margin)

    # -- making rows, a few at a time ------------------------------------------------------------

    def _built(self) -> list[CompareRowWidget]:
        """The row widgets made so far, in the order of their rows."""
        return [w for w in self._widgets if w is not None]

    def _fill(self, widget: CompareRowWidget, index: int) -> None:
        missing, names, _doctors = self._fill_args
        row = self._shown_rows[index]
        widget.show_row(row, self._model.marks(row), missing, self._model.colours, index, names)

    def _new_row(self, doctors: int, mark_width: int) -> CompareRowWidget:
        widget = CompareRowWidget(doctors, mark_width, self.host)
        widget.clicked.connect(lambda w=widget: self.make_current(w.key))
        widget.questionAdded.connect(self._question_added)
        widget.reviewChanged.connect(lambda change, w=widget: self._review_changed(w.key, change))
        return widget

    def _build_row(self, index: int) -> CompareRowWidget:
        """Make the widget of row ``index`` and put it in its place among those made."""
        doctors = self._fill_args[2]
        row = self._shown_rows[index]
        host = self.host
        widget = self._new_row(doctors, self._mark_width(doctors))
        # Styled in its place before its texts are set: styling a label later lays its text out
        # again (a long text many times over).
        widget.ensurePolished()
        self._fill(widget, index)
        widget.set_current(row.key == self._current_key)
        self._rows.setdefault((doctors, row.key), widget)
        self._widgets[index] = widget
        # At the list's width (its texts laid out once, at the width they will have) and below
        # the list until the layout gives it its place: a new widget's first place is the top
        # of the list, which would then be painted again for nothing.
        width = self.viewport().width()
        widget.setGeometry(0, host.height(), width, widget.heightForWidth(width))
        place = sum(1 for w in self._widgets[:index] if w is not None)
        self._box.insertWidget(place, widget)
        # Shown now, inside this turn's time, not on a later queued call.
        widget.setVisible(self._wanted(row))
        return widget

    def _build_screenful(self, start: int) -> None:
        """Make the rows from ``start`` on until they fill the viewport (about; at least one)."""
        viewport = self.viewport()
        width, room = max(viewport.width(), 100), viewport.height()
        filled = 0
        with self._adding_rows():
            for index in range(start, len(self._widgets)):
                widget = self._widgets[index]
                if widget is None:
                    widget = self._build_row(index)
                if self._wanted(self._shown_rows[index]):
                    filled += widget.heightForWidth(width) + self._box.spacing()
                if filled >= room:
                    break

    @contextlib.contextmanager
    def _adding_rows(self) -> Iterator[None]:
        """Add rows with the list's layout on hold, then lay it out once in its new height.

        Each row shown in a visible list would lay the whole list out in the host's old height
        at once, squeezing the rows already there, and the next pass would stretch them back: a
        5,000-word text laid out and painted twice more for every row added.
        """
        box, host = self._box, self.host
        box.setEnabled(False)
        try:
            yield
        finally:
            box.setEnabled(True)
            if host.isVisible():
                width = self.viewport().width()
                height = max(host.heightForWidth(width), self.viewport().height())
                if (width, height) != (host.width(), host.height()):
                    host.resize(width, height)
            box.activate()

    def _ensure_built(self, index: int) -> CompareRowWidget:
        """Row ``index``'s widget, made at once if its turn has not come, with the rows after it
        to fill the view, and laid out so it can be scrolled to."""
        widget = self._widgets[index]
        if widget is not None:
            return widget
        self._build_screenful(index)
        _settle_layout()
        if self.rows_pending():
            self._build_timer.start()
        widget = self._widgets[index]
        assert widget is not None
        return widget

    def _next_to_build(self) -> int | None:
        """The next row to make: the rows on show under the filter first, each in list order."""
        hidden = None
        for index, widget in enumerate(self._widgets):
            if widget is None:
                if self._wanted(self._shown_rows[index]):
                    return index
                if hidden is None:
                    hidden = index
        return hidden

    def _anchor(self) -> tuple[int, CompareRowWidget, int] | None:
        """The row to keep still on screen while rows are made above it: (index, widget, its
        top minus the scroll). The row being looked at where it is in view, else the first row
        that starts in view, else the first one partly in view."""
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        in_view = [(index, widget, widget.y() - top) for index, widget in enumerate(self._widgets)
                   if widget is not None and widget.isVisible()
                   and widget.geometry().bottom() >= top and widget.y() <= bottom]
        return (next((a for a in in_view if a[1].key == self._current_key), None)
                or next((a for a in in_view if a[2] >= 0), None)
                or next(iter(in_view), None))

    def _build_some(self) -> None:
        """Make rows for about BATCH_MS, keeping the row in view where it is on screen."""
        if not self.isVisible():
            return  # on with it once the view shows
        if self._widgets and all(w is None for w in self._widgets):
            # Nothing on screen yet (the rows were shown out of sight): a screenful at once.
            current = self._current_index()
            self._build_screenful(max(current, 0))
            _settle_layout()
            if current >= 0:
                self._scroll_to(self._ensure_built(current))
            if self._next_to_build() is not None:
                self._build_timer.start()
            return
        _settle_layout()  # the rows made last time in their places, to anchor on
        anchor = self._anchor()
        deadline = time.perf_counter() + BATCH_MS / 1000
        above = False
        with self._adding_rows():
            while True:
                index = self._next_to_build()
                if index is None:
                    break
                self._build_row(index)
                above = above or (anchor is not None and index < anchor[0])
                if time.perf_counter() >= deadline:
                    break
        if above and anchor is not None:
            # Rows made above the one in view would push it down: scroll by as much.
            _settle_layout()
            _index, widget, offset = anchor
            self.verticalScrollBar().setValue(widget.y() - offset)
        if self._next_to_build() is not None:
            self._build_timer.start()

    def _place_rows(self, ordered: list[CompareRowWidget]) -> None:
        """Put the rows in the layout in this order, touching it only when the order changed.

        removeWidget/insertWidget, not takeAt: an item taken out through Python outlives its
        place, and Qt then keeps asking that stale item for the row's height, so a row that
        shrinks (say, once the user calls it "the same") keeps its old, taller size.
        """
        box = self._box
        placed = [box.itemAt(i).widget() for i in range(box.count())]
        placed = [w for w in placed if w is not None]
        if placed == ordered:
            return
        for widget in placed:
            box.removeWidget(widget)
        for index, widget in enumerate(ordered):
            box.insertWidget(index, widget)

    def _drop(self, widgets: list[CompareRowWidget], at_once: bool = True) -> None:
        """Take rows out of the view for good.

        Deleting them at once, with the list's layout on hold, takes a fifth of the time of
        taking each out of the window first (every widget taken out is styled again). Not while
        one of their own signals is being answered, nor while Qt walks the widgets
        (``at_once=False``): then they leave the window and are deleted on a later turn.
        """
        if not widgets:
            return
        if self._answering_row or not at_once:
            for widget in widgets:
                discard(widget)
            return
        self._box.setEnabled(False)
        try:
            for widget in widgets:
                delete_now(widget)
        finally:
            self._box.setEnabled(True)
