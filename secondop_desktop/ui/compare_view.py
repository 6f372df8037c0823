# SPDX-License-Identifier: GPL-3.0-or-later
"""The Compare tab: "Where the doctors differ", side by side in aligned rows.

The view draws what ``domain.compare`` found and never judges a difference itself. It does not
change the case either: the user's verdicts, states and notes leave as ``reviewChanged`` Reviews
and questions as ``questionRequested``; the owner applies them (with undo) and calls ``set_case``.

The engine runs on a worker thread (``compare_worker``): the rows already shown stay while a
quiet "Comparing…" shows, and Next / Previous pressed meanwhile wait for the new rows.
"""

from __future__ import annotations

import copy
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
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
from secondop_desktop.ui.compare_style import colours_for
from secondop_desktop.ui.compare_summary import pair_summary, three_summary
from secondop_desktop.ui.compare_worker import Comparer

REFRESH_DELAY_MS = 250
BUSY_DELAY_MS = 150
"""A comparison quicker than this never shows "Comparing…" (no flicker on every edit)."""


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
        self._rows: dict[tuple[int, str], CompareRowWidget] = {}
        self._ordered: list[CompareRowWidget] = []
        self._pending: dict[tuple[str, str, str], Review] = {}
        self._difference_count = -1
        self._building = False
        self._stale = False
        self._previous_choice: list[str | None] = [None, None, None]
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
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_host = QWidget()
        self.rows_host.setObjectName("compare_rows_host")
        # The rows always take the viewport's width and wrap their text in it: nothing in them
        # may push the list wider than the view (there is no sideways scrolling).
        host_policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.rows_host.setSizePolicy(host_policy)
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

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Tabbing into a row's controls makes it the row being looked at, as a click does.
        widget = new
        while widget is not None and widget is not self:
            if isinstance(widget, CompareRowWidget):
                if widget in self._ordered and widget.key != self._current_key:
                    self._make_current(widget.key)
                return
            widget = widget.parentWidget()

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
            for row in self._ordered:
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

    def _clear_rows(self) -> None:
        for widget in self._ordered:
            _discard(widget)
        self._rows.clear()
        self._ordered = []

    def _show_rows(self) -> None:
        model = self.model
        result = model.result
        ids = model.opinion_ids
        colours = model.colours
        rows = model.rows()
        names = [model.doctor(i) for i in ids]
        names_by_id = {i: model.doctor(i) for i in ids}
        mark_width = self._mark_width(len(ids))

        self._fill_header(names, mark_width)
        # With no rows to keep (a first showing, another case or pair), the rows are made while
        # their host is hidden: each row shown in a visible host lays the whole list out again.
        fresh = not self._rows and self.rows_host.isVisible()
        if fresh:
            self.rows_host.hide()
        self.rows_host.setUpdatesEnabled(False)
        wanted: dict[tuple[int, str], CompareRowWidget] = {}
        ordered = []
        for index, row in enumerate(rows):
            slot = (len(ids), row.key)
            widget = self._rows.pop(slot, None)
            if widget is None or wanted.get(slot) is not None:
                widget = self._new_row(len(ids), mark_width)
            missing = [self.tr("%1 did not mention this").replace("%1", model.short(i))
                       for i in ids]
            widget.show_row(row, model.marks(row), missing, colours, index, names_by_id)
            wanted[slot] = widget
            ordered.append(widget)
        for widget in self._rows.values():
            widget.flush_note()
            _discard(widget)
        self._rows = wanted
        self._place_rows(ordered)
        self._ordered = ordered
        self.rows_host.setUpdatesEnabled(True)

        if self._current_key is not None and model.row_of_key(self._current_key) < 0:
            self._current_key = None
        self._apply_filter()
        self._outline()
        if fresh:
            self.rows_host.show()
            # Lay the rows out now rather than on a later turn of the event loop, so every row
            # has its final place at once (the scroll bar that appears narrows them all).
            for _ in range(3):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if isinstance(result, ThreeWay):
            self.summary.setText(three_summary(result, rows, {i: model.doctor(i) for i in ids}))
            count = sum(1 for r in rows if r.differs)
        else:
            assert isinstance(result, Comparison)
            self.summary.setText(pair_summary(result))
            count = result.summary.differ
        self.bar.show()
        self.stack.setCurrentIndex(1)
        self._set_difference_count(count)

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
        widget = CompareRowWidget(doctors, mark_width)
        widget.clicked.connect(lambda w=widget: self._make_current(w.key))
        widget.questionAdded.connect(self._question_added)
        widget.reviewChanged.connect(lambda change, w=widget: self._review(w.key, *change))
        return widget

    def _fill_header(self, names: list[str], mark_width: int) -> None:
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
        case = self._case
        opinions = {o.id: o for o in case.opinions} if case else {}
        for col, opinion_id in enumerate(self.model.opinion_ids):
            opinion = opinions.get(opinion_id)
            label = wrapping_label(f"compare_header_{col}", names[col])
            if opinion is not None:
                # The name alone keeps the heading one line high at large text sizes (the
                # combos above say which opinion it is); the rest waits in the tooltip.
                more = [opinion.label, opinion.physician.specialty,
                        opinion.physician.institution, opinion.visit_date or ""]
                label.setToolTip(" · ".join(b for b in more if b))
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
        # The rows are made again from the result already at hand: no new comparison.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange) \
                and self.model.result is not None and not self._building:
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
        only = self.only_differences.isChecked()
        for widget, row in zip(self._ordered, self.model.rows(), strict=True):
            widget.setVisible(not only or row.differs)
        self._update_buttons()

    def _differing_indexes(self) -> list[int]:
        return self.model.difference_rows()

    def _current_index(self) -> int:
        return self.model.row_of_key(self._current_key) if self._current_key else -1

    def _step(self, direction: int) -> None:
        if self._comparer.busy:
            self._queued_steps.append(direction)  # taken once the new rows are shown
            return
        diffs = self._differing_indexes()
        here = self._current_index()
        if direction > 0:
            target = next((i for i in diffs if i > here), None)
        else:
            target = next((i for i in reversed(diffs) if here < 0 or i < here), None)
        if target is None:
            return
        self._make_current(self.model.row(target).key)
        widget = self._ordered[target]
        # Scroll once the row has its final size (it may just have been laid out).
        self._scroll_to(widget)
        self._scroll_target = widget
        self._scroll_timer.start()

    def _ensure_visible(self) -> None:
        widget = self._scroll_target
        if widget is not None and widget in self._ordered:
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
        for widget in self._ordered:
            widget.set_current(widget.key == self._current_key)

    def _update_buttons(self) -> None:
        diffs = self._differing_indexes()
        here = self._current_index()
        has_next = any(i > here for i in diffs)
        has_previous = any(here < 0 or i < here for i in diffs)
        self.next_button.setEnabled(has_next)
        self.previous_button.setEnabled(has_previous)

    # -- what the user says about a point --------------------------------------------------------

    def _question_added(self, text: str) -> None:
        if text.strip():
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
        self.reviewChanged.emit(review)
