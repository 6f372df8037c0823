# SPDX-License-Identifier: GPL-3.0-or-later
"""The Compare tab: "Where the doctors differ", side by side in aligned rows.

The view draws what ``domain.compare`` found and never judges a difference itself. It does not
change the case either: the user's verdicts, states and notes leave as ``reviewChanged`` Reviews
and questions as ``questionRequested``; the owner applies them (with undo) and calls ``set_case``.

The engine runs on a worker thread (``compare_worker``): the rows already shown stay while a
quiet "Comparing…" shows, and Next / Previous pressed meanwhile wait for the new rows.

A row's widgets take some 20-30 ms to make, so a long comparison (100+ points) is not built in one
go: the first screenful is made at once and the rest a few at a time on later turns of the event
loop, the window answering in between. A row that Next / Previous (or a kept current row) needs
before its turn is made at once; rows made later above the one on screen keep it in place. Tab
follows the rows' order, whatever the order they were made in.
"""

from __future__ import annotations

import contextlib
import copy
import html
import time
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import delete as delete_now

from secondop_desktop.domain.comparison import Comparison, ThreeWay
from secondop_desktop.domain.model import Case, Opinion, Review, now_iso
from secondop_desktop.ui.compare_flow import FlowLayout
from secondop_desktop.ui.compare_model import CompareModel
from secondop_desktop.ui.compare_row import (
    ROW_BORDER,
    ROW_MARGIN,
    CompareRowWidget,
    configure_columns,
    wrapping_label,
)
from secondop_desktop.ui.compare_rows import CompareRow
from secondop_desktop.ui.compare_style import colours_for
from secondop_desktop.ui.compare_summary import pair_summary, three_summary
from secondop_desktop.ui.compare_worker import Comparer

REFRESH_DELAY_MS = 250
BUSY_DELAY_MS = 150
"""A comparison quicker than this never shows "Comparing…" (no flicker on every edit)."""
BATCH_MS = 12
"""Rows are made on later turns of the event loop until this long has passed (at least one)."""


def _pair(label: QLabel, field: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(label)
    row.addWidget(field)
    return box


def _discard(widget: QWidget) -> None:
    """Take a widget out of the view at once (not only at the next event loop turn)."""
    widget.hide()
    widget.setParent(None)  # type: ignore[call-overload]
    widget.deleteLater()


def _codes_ready() -> bool:
    """Whether the engine's index of diagnosis codes is there already (else the first
    comparison on this computer builds it, which takes a few seconds)."""
    from secondop_desktop.domain import icd10

    try:
        return icd10.is_loaded() or icd10.index_path().exists()
    except OSError:
        return True


class CompareView(QWidget):
    reviewChanged = Signal(object)
    """A ``Review`` (new, or an edited copy of the case's) for the shown pair and one point."""
    questionRequested = Signal(str)
    """The text of a question the user wants added to the case's questions."""
    differenceCountChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, engine: Any = None,
                 synchronous: bool = False) -> None:
        """``engine`` stands in for ``domain.compare``; ``synchronous`` runs it on this thread
        (tests and scripts), else it runs on a worker thread."""
        super().__init__(parent)
        self.setObjectName("compare_view")
        self._engine = engine
        self._comparer = Comparer(engine, synchronous, self)
        self._comparer.finished.connect(self._compared)
        self._names: dict[str, str] = {}
        self._queued_steps: list[int] = []
        self._case: Case | None = None
        self._current_key: str | None = None
        # The row widgets by (doctors, point key), kept to show the same point again after an
        # edit; and by the index of their row, None for a row not made yet.
        self._rows: dict[tuple[int, str], CompareRowWidget] = {}
        self._widgets: list[CompareRowWidget | None] = []
        self._shown_rows: list[CompareRow] = []
        self._fill_args: tuple[list[str], dict[str, str], int] = ([], {}, 0)
        self._pending: dict[tuple[str, str, str], Review] = {}
        self._difference_count = -1
        self._building = False
        self._answering_row = 0
        """More than 0 while a row's own signal is being answered (its widgets on the stack)."""
        self._stale = False
        self._previous_choice: list[str | None] = [None, None, None]
        self._header_shown: tuple[object, ...] | None = None
        self.model = CompareModel(self)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_when_shown)
        # Scroll again once a row just made has its final height (a timer the view owns, so
        # nothing runs after the view is gone).
        self._scroll_target: CompareRowWidget | None = None
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(0)
        self._scroll_timer.timeout.connect(self._ensure_visible)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        # Makes the rows not made yet, a few each turn of the event loop.
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_some)
        # A new text size or theme: the rows are made again once the change has gone round.
        self._restyle_timer = QTimer(self)
        self._restyle_timer.setSingleShot(True)
        self._restyle_timer.setInterval(0)
        self._restyle_timer.timeout.connect(self._restyle)

        self._build()
        self._wire()
        self._show_message(self.tr("Open a case to compare its doctors' opinions."))

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)

        bar = FlowLayout(spacing=8)
        title = QLabel(self.tr("Compare"))
        title.setObjectName("compare_title")
        self.first_combo = self._combo("compare_first_combo", self.tr("First doctor to compare"))
        with_label = QLabel(self.tr("with"))
        self.second_combo = self._combo("compare_second_combo",
                                        self.tr("Second doctor to compare"))
        self.and_label = QLabel(self.tr("and"))
        self.third_combo = self._combo("compare_third_combo", self.tr("Third doctor to compare"))
        self.third_button = QPushButton(self.tr("+ third"))
        self.third_button.setObjectName("compare_third_button")
        self.third_button.setAccessibleName(self.tr("Add a third doctor to the comparison"))
        self.third_button.setCheckable(True)
        self.only_differences = QCheckBox(self.tr("Only differences"))
        self.only_differences.setObjectName("compare_only_differences")
        self.only_differences.setAccessibleName(self.tr("Show only the points that differ"))
        title.setBuddy(self.first_combo)
        with_label.setBuddy(self.second_combo)
        self.and_label.setBuddy(self.third_combo)
        # Each word stays with its combo when the bar wraps at large text sizes.
        self.third_group = _pair(self.and_label, self.third_combo)
        for widget in (_pair(title, self.first_combo), _pair(with_label, self.second_combo),
                       self.third_group, self.third_button, self.only_differences):
            bar.addWidget(widget)
        self.third_group.hide()
        # The bar lives in a widget of its own so it can step aside while there is nothing
        # to choose from.
        self.bar = QWidget()
        self.bar.setObjectName("compare_bar")
        self.bar.setLayout(bar)
        outer.addWidget(self.bar)

        summary_box = QFrame()
        summary_box.setObjectName("compare_summary_box")
        summary_box.setFrameShape(QFrame.Shape.StyledPanel)
        srow = QHBoxLayout(summary_box)
        srow.setContentsMargins(10, 8, 10, 8)
        self.summary = QLabel()
        self.summary.setObjectName("compare_summary")
        self.summary.setAccessibleName(self.tr("Summary of the comparison"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.summary.setSizePolicy(policy)
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setObjectName("compare_previous")
        self.previous_button.setAccessibleName(self.tr("Previous difference"))
        self.previous_button.setToolTip(self.tr("Previous difference (Shift+F7)"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setObjectName("compare_next")
        self.next_button.setAccessibleName(self.tr("Next difference"))
        self.next_button.setToolTip(self.tr("Next difference (F7)"))
        texts = QVBoxLayout()
        texts.addWidget(self.summary)
        srow.addLayout(texts, 1)
        # A calm sign that a comparison is under way; the rows shown stay meanwhile.
        self.busy = QWidget()
        self.busy.setObjectName("compare_busy")
        self.busy.setAccessibleName(self.tr("Comparing the opinions"))
        brow = QHBoxLayout(self.busy)
        brow.setContentsMargins(0, 0, 0, 0)
        self.busy_label = busy_label = QLabel(self.tr("Comparing…"))
        busy_label.setObjectName("compare_busy_label")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("compare_busy_bar")
        self.busy_bar.setAccessibleName(self.tr("Comparing the opinions"))
        self.busy_bar.setRange(0, 0)  # indeterminate: no promise of how long
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 6)
        brow.addWidget(busy_label)
        brow.addWidget(self.busy_bar)
        self.busy.hide()
        srow.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignVCenter)
        srow.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignVCenter)
        srow.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.stack = QStackedWidget()
        self.message = QLabel()
        self.message.setObjectName("compare_message")
        self.message.setAccessibleName(self.tr("Comparison message"))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        bigger = self.message.font()
        if bigger.pointSizeF() > 0:
            bigger.setPointSizeF(bigger.pointSizeF() * 1.2)
            self.message.setFont(bigger)
        self.stack.addWidget(self.message)

        page = QWidget()
        pbox = QVBoxLayout(page)
        pbox.setContentsMargins(0, 0, 0, 0)
        pbox.setSpacing(10)
        pbox.addWidget(summary_box)
        self.header = QWidget()
        self.header.setObjectName("compare_header")
        self.header_grid = QGridLayout(self.header)
        pbox.addWidget(self.header)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("compare_rows")
        self.scroll.setAccessibleName(self.tr("Points compared"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a bar that comes and goes as rows are made would change the width of
        # every row, and each text would be laid out again.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_host = QWidget()
        self.rows_host.setObjectName("compare_rows_host")
        # The rows always take the viewport's width and wrap their text in it: nothing in them
        # may push the list wider than the view (there is no sideways scrolling).
        host_policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.rows_host.setSizePolicy(host_policy)
        # The list grows as its rows are made: only what is newly uncovered needs painting.
        self.rows_host.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.rows_box = QVBoxLayout(self.rows_host)
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows_box.setSpacing(4)
        self.rows_box.addStretch(1)
        self.scroll.setWidget(self.rows_host)
        pbox.addWidget(self.scroll, 1)
        self.stack.addWidget(page)
        outer.addWidget(self.stack, 1)

        self.next_action = QAction(self.tr("Next difference"), self)
        self.next_action.setObjectName("compare_next_action")
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_F7))
        self.previous_action = QAction(self.tr("Previous difference"), self)
        self.previous_action.setObjectName("compare_previous_action")
        self.previous_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F7))
        for action in (self.next_action, self.previous_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _wire(self) -> None:
        self.first_combo.currentIndexChanged.connect(lambda _i: self._pair_chosen(0))
        self.second_combo.currentIndexChanged.connect(lambda _i: self._pair_chosen(1))
        self.third_combo.currentIndexChanged.connect(lambda _i: self._pair_chosen(2))
        self.third_button.toggled.connect(self._third_toggled)
        self.only_differences.toggled.connect(lambda _on: self._apply_filter())
        self.next_button.clicked.connect(self.next_difference)
        self.previous_button.clicked.connect(self.previous_difference)
        self.next_action.triggered.connect(self.next_difference)
        self.previous_action.triggered.connect(self.previous_difference)
        self.rows_host.installEventFilter(self)
        self.header.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
            app.fontChanged.connect(self._text_size_changing)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Tabbing into a row's controls makes it the row being looked at, as a click does.
        widget = new
        while widget is not None and widget is not self:
            if isinstance(widget, CompareRowWidget):
                if widget in self._widgets and widget.key != self._current_key:
                    self._make_current(widget.key)
                return
            widget = widget.parentWidget()

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab go through the rows' controls in the rows' order.

        Qt's own order follows when each widget was made, and rows are made out of order (the
        one Next / Previous goes to first, the rest on later turns; a row's state and note when
        it first needs them).
        """
        focus = QApplication.focusWidget()
        row = self._row_holding(focus)
        if focus is None or row < 0:
            return super().focusNextPrevChild(forward)
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
        return self._leave_rows(focus, forward, reason) or super().focusNextPrevChild(forward)

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
            if self.rows_host.isAncestorOf(widget):
                continue
            if widget.isVisible() and widget.isEnabled() \
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(reason)
                return True
        return False

    def _mark_width(self, doctors: int) -> int:
        # Three doctors need room to say who agrees with whom; a narrow window leaves the doctors'
        # own columns most of the width.
        em = self.fontMetrics().horizontalAdvance("M")
        wanted = em * (11 if doctors <= 2 else 14)
        return max(em * 7, min(wanted, int(self.width() * 0.22)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        doctors = len(self.model.opinion_ids)
        if not doctors:
            return
        width = self._mark_width(doctors)
        if width != self.header_grid.columnMinimumWidth(0):
            self.header_grid.setColumnMinimumWidth(0, width)
            for row in self._built():
                row.grid.setColumnMinimumWidth(0, width)

    # -- the owner's interface -------------------------------------------------------------------

    def set_case(self, case: Case | None) -> None:
        """Show a case, or refresh after the owner changed it (keeping chosen doctors and row)."""
        same_case = case is not None and self._case is not None and case.id == self._case.id
        self._case = case
        self._pending.clear()
        self._fill_combos()
        if case is None or len(case.opinions) < 2:
            self._refresh_timer.stop()
            self._stop_comparing()
            self.model.set_result(None, {})
            self._clear_rows()
            self._set_difference_count(0)
            self._show_message(
                self.tr("Open a case to compare its doctors' opinions.") if case is None
                else self.tr("Add a second doctor's opinion to compare. Once two doctors' "
                             "views are in, this page shows where they agree and where "
                             "they differ."))
            return
        if same_case and self.model.result is not None:
            self._refresh_timer.start()  # an edit: wait for typing to pause
        else:
            # Another case: its doctors' rows only, never the last case's while it is compared.
            self._current_key = None
            self._queued_steps.clear()
            self.model.set_result(None, {})
            self._recompute()

    def refresh_now(self) -> None:
        """Recompute at once instead of after the short pause."""
        if self._refresh_timer.isActive() or self._stale:
            self._refresh_timer.stop()
            self._recompute()

    def is_busy(self) -> bool:
        """Whether a comparison is under way (its rows not shown yet)."""
        return self._comparer.busy

    def wait_until_compared(self, timeout_ms: int = 30_000) -> bool:
        """Wait for a comparison under way to be shown (scripts; True when it was)."""
        return self._comparer.wait(timeout_ms)

    def next_difference(self) -> None:
        self._step(+1)

    def previous_difference(self) -> None:
        self._step(-1)

    def current_key(self) -> str | None:
        return self._current_key

    def difference_count(self) -> int:
        return max(self._difference_count, 0)

    def rows_pending(self) -> bool:
        """Whether some rows of the comparison shown are still to be made (on later turns of
        the event loop; scripts and tests wait for them)."""
        return self._restyle_timer.isActive() or any(w is None for w in self._widgets)

    # -- choosing the doctors --------------------------------------------------------------------

    def _opinion_name(self, opinion: Opinion) -> str:
        label = opinion.label.strip()
        if label and label != opinion.doctor:
            return f"{opinion.doctor} ({label})"
        return opinion.doctor

    def _fill_combos(self) -> None:
        opinions = self._case.opinions if self._case else []
        ids = [o.id for o in opinions]
        chosen = [c.currentData() for c in self._combos()]
        defaults = ids[:3] + [None] * 3
        combos = self._combos()
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
            for opinion in opinions:
                combo.addItem(self._opinion_name(opinion), opinion.id)
        # Keep what the user chose where it still exists, else the doctors in the order seen.
        picked: list[str | None] = []
        for i, combo in enumerate(combos):
            want = chosen[i] if chosen[i] in ids and chosen[i] not in picked else None
            if want is None:
                want = next((d for d in defaults if d is not None and d not in picked), None)
            picked.append(want)
            combo.setCurrentIndex(combo.findData(want) if want is not None else -1)
            combo.blockSignals(False)
        self._previous_choice = [c.currentData() for c in combos]
        enough_for_three = len(ids) >= 3
        self.third_button.setEnabled(enough_for_three)
        self.third_button.setToolTip("" if enough_for_three else self.tr(
            "Add a third doctor's opinion for a three-way view"))
        if not enough_for_three and self.third_button.isChecked():
            self.third_button.setChecked(False)
        self.first_combo.setEnabled(len(ids) >= 2)
        self.second_combo.setEnabled(len(ids) >= 2)

    def _combos(self) -> list[QComboBox]:
        return [self.first_combo, self.second_combo, self.third_combo]

    def _pair_chosen(self, which: int) -> None:
        combos = self._combos()
        new = combos[which].currentData()
        old = self._previous_choice[which]
        # Choosing a doctor already shown elsewhere swaps the two, so a doctor never faces itself.
        for i, combo in enumerate(combos):
            if i != which and combo.currentData() == new and old is not None:
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(old))
                combo.blockSignals(False)
        self._previous_choice = [c.currentData() for c in combos]
        self._current_key = None
        self._recompute()

    def _third_toggled(self, on: bool) -> None:
        self.third_group.setVisible(on)
        self.third_button.setText(self.tr("− third") if on else self.tr("+ third"))
        self.third_button.setAccessibleName(
            self.tr("Remove the third doctor from the comparison") if on
            else self.tr("Add a third doctor to the comparison"))
        self._current_key = None
        self._recompute()

    def _chosen_ids(self) -> list[str]:
        ids = [self.first_combo.currentData(), self.second_combo.currentData()]
        if self.third_button.isChecked():
            ids.append(self.third_combo.currentData())
        return [i for i in ids if i]

    # -- computing and showing -------------------------------------------------------------------

    def _refresh_when_shown(self) -> None:
        # Edits elsewhere in the case arrive while this tab is hidden: recompute when it shows.
        if self.isVisible():
            self._recompute()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._share_shortcuts()
        if self._stale:
            self._recompute()
        elif any(w is None for w in self._widgets):
            self._build_timer.start()  # rows left to make while out of sight

    def _share_shortcuts(self) -> None:
        """Stand back where the window already has F7 / Shift+F7 (e.g. in its Case menu).

        Two actions on one key in the same window cancel each other out (Qt calls the key
        ambiguous and runs neither); the window's own action forwards to this view anyway.
        """
        mine = {self.next_action: QKeySequence(Qt.Key.Key_F7),
                self.previous_action: QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F7)}
        others = [a for a in self.window().findChildren(QAction) if a not in mine]
        for action, keys in mine.items():
            taken = any(keys in other.shortcuts() for other in others)
            action.setShortcut(QKeySequence() if taken else keys)

    def _recompute(self) -> None:
        self._refresh_timer.stop()
        self._stale = False
        case = self._case
        if case is None or len(case.opinions) < 2:
            return
        ids = self._chosen_ids()
        if len(ids) < 2 or len(set(ids)) != len(ids):
            return
        self._names = {o.id: o.doctor for o in case.opinions}
        first = self.model.result is None
        self._comparer.compare(case, ids)
        if self._comparer.busy:  # on the worker thread: the answer comes later
            if first:
                self._show_first_wait()
            elif not self._busy_timer.isActive() and not self.busy.isVisible():
                self._busy_timer.start()

    def _show_first_wait(self) -> None:
        """Nothing shown yet: say at once that the comparison is under way."""
        text = self.tr("Comparing the doctors' opinions…")
        if not _codes_ready():
            text += " " + self.tr("The first comparison on this computer takes a few seconds, "
                                  "while the list of diagnosis codes is prepared.")
        self._clear_rows()
        self.summary.setText(text)
        self.next_button.setEnabled(False)
        self.previous_button.setEnabled(False)
        self.bar.show()
        self.stack.setCurrentIndex(1)
        self.busy_label.hide()  # the summary says it already
        self._show_busy()

    def _show_busy(self) -> None:
        if self._comparer.busy:
            self.busy.show()

    def _stop_comparing(self) -> None:
        self._comparer.cancel()
        self._busy_timer.stop()
        self.busy.hide()
        self._queued_steps.clear()

    def _compared(self, result: Comparison | ThreeWay | None, error: str) -> None:
        """The latest comparison is done: show its rows, then any Next / Previous pressed
        while it ran."""
        self._busy_timer.stop()
        self.busy.hide()
        self.busy_label.show()
        steps, self._queued_steps = self._queued_steps, []
        if result is None:
            self.model.set_result(None, {})
            self._clear_rows()
            self._show_message(self.tr("These opinions could not be compared: %1").replace(
                "%1", error), keep_bar=True)
            return
        self.model.colours = colours_for(self.palette())
        self.model.set_result(result, self._names)
        self._show_rows()
        for direction in steps:
            self._step(direction)

    def _show_message(self, text: str, keep_bar: bool = False) -> None:
        """A message instead of rows; the bar stays only if there are doctors to choose from."""
        self.bar.setVisible(keep_bar)
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.summary.setText("")
        self.next_button.setEnabled(False)
        self.previous_button.setEnabled(False)

    def _clear_rows(self, at_once: bool = True) -> None:
        self._build_timer.stop()
        self._drop(self._built(), at_once)
        self._rows.clear()
        self._widgets = []
        self._shown_rows = []
        self._scroll_target = None

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
                _discard(widget)
            return
        self.rows_box.setEnabled(False)
        try:
            for widget in widgets:
                delete_now(widget)
        finally:
            self.rows_box.setEnabled(True)

    def _built(self) -> list[CompareRowWidget]:
        """The row widgets made so far, in the order of their rows."""
        return [w for w in self._widgets if w is not None]

    def _show_rows(self) -> None:
        model = self.model
        result = model.result
        ids = model.opinion_ids
        rows = model.rows()
        names = [model.doctor(i) for i in ids]
        missing = [self.tr("%1 did not mention this").replace("%1", model.short(i)) for i in ids]
        self._fill_args = (missing, {i: model.doctor(i) for i in ids}, len(ids))
        self._fill_header(names, self._mark_width(len(ids)))
        if self._current_key is not None and model.row_of_key(self._current_key) < 0:
            self._current_key = None

        # The list on show first, so its width is known and each text laid out once, at it.
        self.bar.show()
        self.stack.setCurrentIndex(1)
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
            self._settle_layout()
            widget = self._widgets[current] if current >= 0 else None
            if widget is not None:
                self._scroll_to(widget)
        if any(w is None for w in self._widgets):
            self._build_timer.start()

        if isinstance(result, ThreeWay):
            self.summary.setText(three_summary(result, rows, {i: model.doctor(i) for i in ids}))
            count = sum(1 for r in rows if r.differs)
        else:
            assert isinstance(result, Comparison)
            self.summary.setText(pair_summary(result))
            count = result.summary.differ
        self._set_difference_count(count)

    # -- making rows, a few at a time ------------------------------------------------------------

    def _fill(self, widget: CompareRowWidget, index: int) -> None:
        missing, names, _doctors = self._fill_args
        row = self._shown_rows[index]
        widget.show_row(row, self.model.marks(row), missing, self.model.colours, index, names)

    def _wanted(self, row: CompareRow) -> bool:
        """Whether a row is on show under the "only differences" filter."""
        return not self.only_differences.isChecked() or row.differs

    def _build_row(self, index: int) -> CompareRowWidget:
        """Make the widget of row ``index`` and put it in its place among those made."""
        doctors = self._fill_args[2]
        row = self._shown_rows[index]
        host = self.rows_host
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
        width = self.scroll.viewport().width()
        widget.setGeometry(0, host.height(), width, widget.heightForWidth(width))
        place = sum(1 for w in self._widgets[:index] if w is not None)
        self.rows_box.insertWidget(place, widget)
        # Shown now, inside this turn's time, not on a later queued call.
        widget.setVisible(self._wanted(row))
        return widget

    def _build_screenful(self, start: int) -> None:
        """Make the rows from ``start`` on until they fill the viewport (about; at least one)."""
        viewport = self.scroll.viewport()
        width, room = max(viewport.width(), 100), viewport.height()
        filled = 0
        with self._adding_rows():
            for index in range(start, len(self._widgets)):
                widget = self._widgets[index]
                if widget is None:
                    widget = self._build_row(index)
                if self._wanted(self._shown_rows[index]):
                    filled += widget.heightForWidth(width) + self.rows_box.spacing()
                if filled >= room:
                    break

    @contextlib.contextmanager
    def _adding_rows(self) -> Iterator[None]:
        """Add rows with the list's layout on hold, then lay it out once in its new height.

        Each row shown in a visible list would lay the whole list out in the host's old height
        at once, squeezing the rows already there, and the next pass would stretch them back: a
        5,000-word text laid out and painted twice more for every row added.
        """
        box, host = self.rows_box, self.rows_host
        box.setEnabled(False)
        try:
            yield
        finally:
            box.setEnabled(True)
            if host.isVisible():
                width = self.scroll.viewport().width()
                height = max(host.heightForWidth(width), self.scroll.viewport().height())
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
        self._settle_layout()
        if any(w is None for w in self._widgets):
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
        top = self.scroll.verticalScrollBar().value()
        bottom = top + self.scroll.viewport().height()
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
            self._settle_layout()
            if current >= 0:
                self._scroll_to(self._ensure_built(current))
            if self._next_to_build() is not None:
                self._build_timer.start()
            return
        self._settle_layout()  # the rows made last time in their places, to anchor on
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
            self._settle_layout()
            _index, widget, offset = anchor
            self.scroll.verticalScrollBar().setValue(widget.y() - offset)
        if self._next_to_build() is not None:
            self._build_timer.start()

    def _settle_layout(self) -> None:
        """Lay the rows out now rather than on a later turn (so their places can be used)."""
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _place_rows(self, ordered: list[CompareRowWidget]) -> None:
        """Put the rows in the layout in this order, touching it only when the order changed.

        removeWidget/insertWidget, not takeAt: an item taken out through Python outlives its
        place, and Qt then keeps asking that stale item for the row's height, so a row that
        shrinks (say, once the user calls it "the same") keeps its old, taller size.
        """
        box = self.rows_box
        placed = [box.itemAt(i).widget() for i in range(box.count())]
        placed = [w for w in placed if w is not None]
        if placed == ordered:
            return
        for widget in placed:
            box.removeWidget(widget)
        for index, widget in enumerate(ordered):
            box.insertWidget(index, widget)

    def _new_row(self, doctors: int, mark_width: int) -> CompareRowWidget:
        widget = CompareRowWidget(doctors, mark_width, self.rows_host)
        widget.clicked.connect(lambda w=widget: self._make_current(w.key))
        widget.questionAdded.connect(self._question_added)
        widget.reviewChanged.connect(lambda change, w=widget: self._review(w.key, *change))
        return widget

    def _fill_header(self, names: list[str], mark_width: int) -> None:
        case = self._case
        opinions = {o.id: o for o in case.opinions} if case else {}
        tips = []
        for opinion_id in self.model.opinion_ids:
            opinion = opinions.get(opinion_id)
            # The name alone keeps the heading one line high at large text sizes (the combos
            # above say which opinion it is); the rest waits in the tooltip.
            more = [opinion.label, opinion.physician.specialty, opinion.physician.institution,
                    opinion.visit_date or ""] if opinion is not None else []
            tips.append(" · ".join(b for b in more if b))
        shown = (tuple(names), tuple(tips), mark_width)
        if shown == self._header_shown:
            return  # an edit elsewhere: the same heading stays (no layout, no repaint)
        self._header_shown = shown
        for widget in [self.header_grid.itemAt(i).widget()
                       for i in range(self.header_grid.count())]:
            if widget is not None:
                self.header_grid.removeWidget(widget)
                _discard(widget)
        for col in range(self.header_grid.columnCount()):
            self.header_grid.setColumnStretch(col, 0)
            self.header_grid.setColumnMinimumWidth(col, 0)
        configure_columns(self.header_grid, len(names), mark_width)
        self._align_header()
        for col, tip in enumerate(tips):
            label = wrapping_label(f"compare_header_{col}", names[col])
            label.setToolTip(tip)
            label.setText(f"<b>{html.escape(names[col])}</b>")
            self.header_grid.addWidget(label, 0, col + 1)
        spacer = QWidget()
        spacer.setObjectName("compare_header_mark")
        self.header_grid.addWidget(spacer, 0, 0)

    def _align_header(self) -> None:
        """Keep the header's columns over the rows' columns, with or without a scroll bar."""
        host = self.rows_host
        if not self.header.parentWidget():
            return
        left = host.mapTo(self.header.parentWidget(), host.rect().topLeft()).x() - self.header.x()
        right = self.header.width() - (left + host.width())
        # The rows' own inner margin plus their outline's width.
        inset = ROW_MARGIN + ROW_BORDER
        margins = (left + inset, 0, max(0, right) + inset, 0)
        if self.header_grid.contentsMargins() != QMargins(*margins):
            self.header_grid.setContentsMargins(*margins)
            self.header_grid.activate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.rows_host, self.header) and event.type() == QEvent.Type.Resize:
            self._align_header()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A bigger text size or another theme: lay the rows out again with new widths and colours.
        # The rows are made again from the result already at hand: no new comparison. The old
        # ones go at once (so the application does not restyle them all for the new size), the
        # new ones once the change has gone round every widget, a screenful at a time.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange) \
                and self.model.result is not None and not self._building:
            for widget in self._built():
                widget.flush_note()
            # Qt may be walking the widgets right now (a new style sheet): none deleted under it.
            self._clear_rows(at_once=False)
            self._restyle_timer.start()

    def _text_size_changing(self, _font: QFont) -> None:
        """The application's font changed (the View menu's text size): the rows go now, before
        the application styles every widget again for the new size, and are made again after.

        Qt tells this before it goes round the widgets, so they can be deleted at once: a long
        comparison's rows are some 3,000 widgets, which took seconds to style again.
        """
        if self.model.result is None or self._building or not self._widgets:
            return
        for widget in self._built():
            widget.flush_note()
        self._clear_rows()
        self._restyle_timer.start()

    def _restyle(self) -> None:
        if self.model.result is None or self._comparer.busy:
            return  # the comparison under way shows its rows when done
        self._building = True
        try:
            self.model.colours = colours_for(self.palette())
            self._clear_rows()
            self._show_rows()
        finally:
            self._building = False

    def _set_difference_count(self, count: int) -> None:
        if count != self._difference_count:
            self._difference_count = count
            self.differenceCountChanged.emit(count)

    # -- filter and navigation -------------------------------------------------------------------

    def _apply_filter(self) -> None:
        for widget, row in zip(self._widgets, self._shown_rows, strict=True):
            if widget is not None:
                widget.setVisible(self._wanted(row))
        self._update_buttons()

    def _differing_indexes(self) -> list[int]:
        return self.model.difference_rows()

    def _current_index(self) -> int:
        return self.model.row_of_key(self._current_key) if self._current_key else -1

    def _step(self, direction: int) -> None:
        if self._comparer.busy:
            self._queued_steps.append(direction)  # taken once the new rows are shown
            return
        if self._restyle_timer.isActive():  # the rows of a new text size are due: now
            self._restyle_timer.stop()
            self._restyle()
        diffs = self._differing_indexes()
        here = self._current_index()
        if direction > 0:
            target = next((i for i in diffs if i > here), None)
        else:
            target = next((i for i in reversed(diffs) if here < 0 or i < here), None)
        if target is None:
            return
        self._make_current(self.model.row(target).key)
        widget = self._ensure_built(target)
        # Scroll once the row has its final size (it may just have been laid out).
        self._scroll_to(widget)
        self._scroll_target = widget
        self._scroll_timer.start()

    def _ensure_visible(self) -> None:
        widget = self._scroll_target
        if widget is not None and widget in self._widgets:
            self._scroll_to(widget)

    def _scroll_to(self, widget: CompareRowWidget) -> None:
        """Bring a row into view; a row taller than the view shows from its top (its mark and
        the doctors' first words), not from its bottom."""
        margin = 24
        if widget.height() + 2 * margin > self.scroll.viewport().height():
            bar = self.scroll.verticalScrollBar()
            bar.setValue(max(0, widget.y() - margin // 2))
        else:
            self.scroll.ensureWidgetVisible(widget, 0, margin)

    def _make_current(self, key: str) -> None:
        self._current_key = key
        self._outline()
        self._update_buttons()

    def _outline(self) -> None:
        for widget in self._built():
            widget.set_current(widget.key == self._current_key)

    def _update_buttons(self) -> None:
        diffs = self._differing_indexes()
        here = self._current_index()
        has_next = any(i > here for i in diffs)
        has_previous = any(here < 0 or i < here for i in diffs)
        self.next_button.setEnabled(has_next)
        self.previous_button.setEnabled(has_previous)

    # -- what the user says about a point --------------------------------------------------------

    @contextlib.contextmanager
    def _answering(self) -> Iterator[None]:
        """A row's signal is being answered: its widgets must outlive the answer."""
        self._answering_row += 1
        try:
            yield
        finally:
            self._answering_row -= 1

    def _question_added(self, text: str) -> None:
        if text.strip():
            with self._answering():
                self.questionRequested.emit(text.strip())

    def _review(self, row_key: str, a_id: str, b_id: str, key: str,
                changes: dict[str, Any]) -> None:
        """Turn what the user did on one pair's point into a Review for the owner to keep."""
        if self._case is None:
            return
        slot = (a_id, b_id, key)
        base = self._pending.get(slot)
        if base is None:
            base = next((r for r in self._case.reviews
                         if list(r.opinions) == [a_id, b_id] and r.point == key), None)
        review = (Review(opinions=[a_id, b_id], point=key) if base is None
                  else copy.deepcopy(base))
        for name, value in changes.items():
            setattr(review, name, value)
        review.updated_at = now_iso()
        # Remember it until the owner hands back the updated case, so quick successive changes
        # build on each other instead of on the stale review.
        self._pending[slot] = review
        self._make_current(row_key)
        with self._answering():
            self.reviewChanged.emit(review)
