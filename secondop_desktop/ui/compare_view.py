# SPDX-License-Identifier: GPL-3.0-or-later
"""The Compare tab: "Where the doctors differ", side by side in aligned rows.

The view draws what ``domain.compare`` found and never judges a difference itself. It does not
change the case either: the user's verdicts, states and notes leave as ``reviewChanged`` Reviews
and questions as ``questionRequested``; the owner applies them (with undo) and calls ``set_case``.

Qt's model/view: the rows come from one ``CompareModel`` over the engine's result, filtered by
``DifferencesFilter`` ("Only differences") and drawn by ``CompareTable`` with ``CompareDelegate``.
The controls for the row being looked at sit in one ``ReviewPanel`` under the table. A verdict,
state or note is applied to the rows shown by the point's key (``reapply_reviews``): the engine
does not run again for it. Anything else the owner changes is compared again on a worker thread
(``compare_worker``): the rows already shown stay while a quiet "Comparing…" shows, and Next /
Previous pressed meanwhile wait for the new rows.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
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
from secondop_desktop.domain.model import Case, Review, now_iso
from secondop_desktop.i18n import fill
from secondop_desktop.ui.announce import announce
from secondop_desktop.ui.compare_bar import CompareBar
from secondop_desktop.ui.compare_delegate import CompareDelegate
from secondop_desktop.ui.compare_model import COL_MARK, CompareModel, DifferencesFilter
from secondop_desktop.ui.compare_review import ReviewPanel, state_word
from secondop_desktop.ui.compare_rows import CompareRow
from secondop_desktop.ui.compare_style import colours_for, verdict_word
from secondop_desktop.ui.compare_summary import counts_text, pair_summary, three_summary
from secondop_desktop.ui.compare_table import CompareTable
from secondop_desktop.ui.compare_worker import Comparer, fingerprint
from secondop_desktop.ui.date_text import iso_day_words

REFRESH_DELAY_MS = 250
BUSY_DELAY_MS = 150
"""A comparison quicker than this never shows "Comparing…" (no flicker on every edit)."""


class _PageScroll(QScrollArea):
    """The summary, the rows and the review panel, scrolling as one only where the window is
    too short for all of them (large text in a small window): the rows then keep half the
    height, and the panel is below them, not squeezed."""

    def __init__(self, page: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("compare_page_scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)
        self._table: QWidget | None = None

    def set_table(self, table: QWidget) -> None:
        self._table = table

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._table is None:
            return
        lines = self._table.fontMetrics().lineSpacing()
        wanted = max(event.size().height() // 2, 8 * lines)
        if self._table.minimumHeight() != wanted:
            self._table.setMinimumHeight(wanted)


class CompareView(QWidget):
    reviewChanged = Signal(object)
    """A ``Review`` (new, or an edited copy of the case's) for the shown pair and one point."""
    questionRequested = Signal(str, object)
    """The text of a question the user wants added to the case's questions, and the ``Point``
    it comes from (its topic gives the question's)."""
    differenceCountChanged = Signal(int)
    announced = Signal(str)
    """What was just said to a screen reader (``QAccessibleAnnouncementEvent``)."""

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
        self._asked: tuple[list[str], bytes] | None = None
        """The doctors and the case's fingerprint (without reviews) of the rows shown."""
        self._asked_ids: list[str] = []
        """The doctors last asked to compare."""
        self._pending: dict[tuple[str, str, str], Review] = {}
        self._difference_count = -1
        self._stale = False
        self._current_key: str | None = None
        self._bring_into_sight = False  # the kept row (keep_current) is scrolled to when shown
        self._panel_shown: tuple[object, ...] = ()
        self.model = CompareModel(self)
        self.filter = DifferencesFilter(self)
        self.filter.setSourceModel(self.model)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_when_shown)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)

        self._build()
        self._wire()
        self._show_message(self.tr("Open a case to compare its doctors' opinions."))

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        # Built from the outside in, each widget made in its parent: a widget moved into
        # another takes its styles, fonts and palettes again with everything in it (under the
        # style sheet ~5 ms each time the rows' page was moved, three times over).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)

        # Which doctors to compare; the bar steps aside while there is nothing to choose from.
        self.bar = CompareBar(self)
        outer.addWidget(self.bar)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        page = QWidget()
        self.page_scroll = _PageScroll(page, self.stack)

        summary_box = QFrame(page)
        summary_box.setObjectName("compare_summary_box")
        summary_box.setFrameShape(QFrame.Shape.StyledPanel)
        # The summary beside Previous / Next, or above them when the box is narrow (large
        # text in a small window), so the words keep the box's width.
        self.summary_row = srow = QBoxLayout(QBoxLayout.Direction.LeftToRight, summary_box)
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
        # A calm sign that a comparison is under way; the rows shown stay meanwhile. It has a
        # line of its own under the words: beside Previous / Next it made the page wider than a
        # small window at large text while a comparison ran (the buttons cut off at the right).
        self.busy = QWidget()
        self.busy.setObjectName("compare_busy")
        brow = QHBoxLayout(self.busy)
        brow.setContentsMargins(0, 0, 0, 0)
        self.busy_label = busy_label = QLabel(self.tr("Comparing…"))
        busy_label.setObjectName("compare_busy_label")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("compare_busy_bar")
        self.busy_bar.setAccessibleName(self.tr("Comparing the opinions"))
        self.busy_bar.setRange(0, 0)  # indeterminate: no promise of how long
        self.busy_bar.setTextVisible(False)
        self._size_busy_bar()
        brow.addWidget(busy_label)
        brow.addWidget(self.busy_bar)
        brow.addStretch(1)
        self.busy.hide()
        texts.addWidget(self.busy)
        self.nav_row = nav = QHBoxLayout()
        nav.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignVCenter)
        nav.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)
        nav.addStretch(1)  # under the words, the buttons stay at the left
        srow.addLayout(nav)

        self.message = QLabel(self.stack)
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

        pbox = QVBoxLayout(page)
        pbox.setContentsMargins(0, 0, 0, 0)
        pbox.setSpacing(10)
        pbox.addWidget(summary_box)
        self.table = CompareTable(page)
        self.delegate = CompareDelegate(self._toggle_folded, self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setModel(self.filter)
        # Scripts and the bench reach the scrolling list by this name.
        self.scroll = self.table
        pbox.addWidget(self.table, 1)
        self.panel = ReviewPanel(page)
        pbox.addWidget(self.panel, 0)
        self.page_scroll.set_table(self.table)
        self.stack.addWidget(self.page_scroll)

        self.next_action = QAction(self.tr("Next difference"), self)
        self.next_action.setObjectName("compare_next_action")
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_F7))
        self.previous_action = QAction(self.tr("Previous difference"), self)
        self.previous_action.setObjectName("compare_previous_action")
        self.previous_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F7))
        for action in (self.next_action, self.previous_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _wire(self) -> None:
        self.bar.choiceChanged.connect(self._choice_changed)
        self.bar.only_differences.toggled.connect(self._only_differences_toggled)
        self.bar.most_important.toggled.connect(self._most_important_toggled)
        self.bar.show_reworded.toggled.connect(self._show_reworded_toggled)
        self.next_button.clicked.connect(self.next_difference)
        self.previous_button.clicked.connect(self.previous_difference)
        self.next_action.triggered.connect(self.next_difference)
        self.previous_action.triggered.connect(self.previous_difference)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.model.dataChanged.connect(self._rows_changed)
        for signal in (self.filter.rowsInserted, self.filter.rowsRemoved,
                       self.filter.layoutChanged):
            signal.connect(self._rows_moved)
        self.panel.changed.connect(self._review)
        self.panel.questionAdded.connect(self._question_added)
        self.panel.showAllToggled.connect(self._show_all_toggled)

    def _mark_width(self, doctors: int) -> int:
        # The finding says what differs in words ("which side: Dr Lee wrote right, Dr Kim
        # left", "how many doses: ..."): at 11 em it ran to six lines beside one-line notes.
        # Three doctors need room to say who agrees with whom; a narrow window leaves the
        # doctors' own columns most of the width.
        em = self.fontMetrics().horizontalAdvance("M")
        wanted = em * (16 if doctors <= 2 else 18)
        share = 0.26 if self.width() >= 80 * em else 0.22  # large text: the notes first
        return max(em * 7, min(wanted, int(self.width() * share)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        buttons = (self.previous_button.sizeHint().width() + self.next_button.sizeHint().width()
                   + self.nav_row.spacing())
        # Beside the buttons the words need at least their width again, or they wrap too much.
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= 3 * buttons
                     else QBoxLayout.Direction.TopToBottom)
        if self.summary_row.direction() != direction:
            self.summary_row.setDirection(direction)
        self.table.set_mark_width(self._mark_width(len(self.model.opinion_ids)))

    # -- the owner's interface -------------------------------------------------------------------

    def set_case(self, case: Case | None) -> None:
        """Show a case, or refresh after the owner changed it (keeping chosen doctors and row)."""
        same_case = case is not None and self._case is not None and case.id == self._case.id
        self._case = case
        self._pending.clear()
        self.bar.fill(case.opinions if case else [])
        if case is None or len(case.opinions) < 2:
            self._refresh_timer.stop()
            self._stop_comparing()
            self._asked = None
            self.model.set_result(None, {})
            self._set_difference_count(0)
            self._show_message(
                self.tr("Open a case to compare its doctors' opinions.") if case is None
                else self.tr("Add a second doctor's opinion to compare. Once two doctors' "
                             "views are in, this page shows where they agree and where "
                             "they differ."))
            return
        if same_case and self.model.result is not None:
            if self._only_reviews_changed(case):
                self._refresh_timer.stop()
                self._show_reviews(case)  # the user's own view: no need to compare again
            else:
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

    def keep_current(self, key: str | None) -> None:
        """Make the point ``key`` the one looked at, and in sight, now or once the comparison
        under way is shown (the window built again in another language keeps the user's row)."""
        self._current_key = key
        self._bring_into_sight = bool(key)
        if key and self.model.row_of_key(key) >= 0:
            self._restore_current(focus=False)
            self._show_kept_row()
            self._show_panel()
            self._update_buttons()

    def _show_kept_row(self) -> None:
        if self._bring_into_sight:
            self._bring_into_sight = False
            row = self.filter.row_of_source(self.current_row())
            if row >= 0:
                self.table.go_to(row, focus=False)

    def current_row(self) -> int:
        """The model row being looked at, or -1."""
        return self.model.row_of_key(self._current_key) if self._current_key else -1

    def difference_count(self) -> int:
        return max(self._difference_count, 0)

    def rows_pending(self) -> bool:
        """Whether the rows' heights are still to be worked out (on the next turn of the event
        loop; scripts and tests wait for them)."""
        return self.table.heights_pending()

    def shown_rows(self) -> list[int]:
        """The model rows on show, in order (all, or only the differences)."""
        return self.filter.source_rows()

    # -- choosing the doctors --------------------------------------------------------------------

    def _choice_changed(self) -> None:
        # Other doctors: no row of the last pair stays the one being looked at.
        self._current_key = None
        self._recompute()

    def _only_differences_toggled(self, on: bool) -> None:
        self.filter.set_only_differences(on)
        self._rows_reshown()

    def _most_important_toggled(self, on: bool) -> None:
        self.filter.set_most_important_first(on)
        self._rows_reshown()

    def _show_reworded_toggled(self, on: bool) -> None:
        self.filter.set_show_reworded(on)
        self._rows_reshown()

    def _rows_reshown(self) -> None:
        """Other rows on show, or in another order: the row looked at stays looked at."""
        self._restore_current(focus=False)
        self.table.heights_due()
        current = self.filter.row_of_source(self.current_row())
        if current >= 0:
            self.table.go_to(current, focus=False)
        self._update_buttons()

    # -- computing and showing -------------------------------------------------------------------

    def _refresh_when_shown(self) -> None:
        # Edits elsewhere in the case arrive while this tab is hidden: recompute when it shows.
        if self.isVisible():
            self._recompute()
        else:
            self._stale = True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._comparer.painted()  # a first comparison waits for "Comparing…" to be on screen

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

    def _only_reviews_changed(self, case: Case) -> bool:
        """Whether ``case`` differs from the one last compared only in the user's reviews (and
        the same doctors are chosen), so the rows shown only need the reviews applied."""
        if self._asked is None or self._comparer.busy:
            return False
        ids, compared = self._asked
        return ids == self.bar.chosen_ids() and fingerprint(case) == compared

    def _engine_module(self) -> Any:
        return self._engine or importlib.import_module("secondop_desktop.domain.compare")

    def _show_reviews(self, case: Case) -> None:
        """Apply the case's reviews to the rows shown, by each point's key."""
        result = self.model.result
        reapply = getattr(self._engine_module(), "reapply_reviews", None)
        if result is None or reapply is None:
            self._recompute()
            return
        result = reapply(case, result)
        if not self.model.update_result(result):
            self.model.set_result(result, self._names)
            self._restore_current(focus=False)
        self._show_counts()
        self._update_buttons()
        self._show_panel()

    def _recompute(self) -> None:
        self._refresh_timer.stop()
        self._stale = False
        case = self._case
        if case is None or len(case.opinions) < 2:
            return
        ids = self.bar.chosen_ids()
        if len(ids) < 2 or len(set(ids)) != len(ids):
            return
        self._names = {o.id: o.doctor for o in case.opinions}
        first = self.model.result is None
        # The digest of the case compared comes with the answer (worked out off this thread).
        self._asked, self._asked_ids = None, list(ids)
        waiting = first and not self._comparer.synchronous
        if waiting:
            # Shown and painted before the engine starts (``after_paint``): the two would share
            # the interpreter's lock, and every call from Qt into Python would wait for the
            # engine's thread to let go of it.
            self._show_first_wait()
        self._comparer.compare(case, ids, after_paint=waiting)
        if self._comparer.busy:  # on the worker thread: the answer comes later
            if first:
                self._show_busy()
            elif not self._busy_timer.isActive() and not self.busy.isVisible():
                self._busy_timer.start()

    def _show_first_wait(self) -> None:
        """Nothing shown yet: say at once that the comparison is under way."""
        text = self.tr("Comparing the doctors' opinions…")
        self.model.set_result(None, {})
        self._set_summary(text)
        self.next_button.setEnabled(False)
        self.previous_button.setEnabled(False)
        self.bar.show()
        self.stack.setCurrentIndex(1)
        self.panel.show_row(None)
        self.busy_label.hide()  # the summary says it already

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
            self._asked = None
            self.model.set_result(None, {})
            self._show_message(fill(self.tr("These opinions could not be compared: {error}"),
                                    error=error), keep_bar=True)
            return
        if self._comparer.fingerprint is not None:
            self._asked = (self._asked_ids, self._comparer.fingerprint)
        self.model.colours = self.delegate.colours = colours_for(self.palette())
        self.model.set_result(result, self._names)
        self._show_rows()
        for direction in steps:
            self._step(direction)

    def _show_message(self, text: str, keep_bar: bool = False) -> None:
        """A message instead of rows; the bar stays only if there are doctors to choose from."""
        self.bar.setVisible(keep_bar)
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._set_summary("")
        self.panel.show_row(None)
        self.next_button.setEnabled(False)
        self.previous_button.setEnabled(False)

    def _show_rows(self) -> None:
        model = self.model
        case = self._case
        opinions = {o.id: o for o in case.opinions} if case else {}
        tips = []
        for opinion_id in model.opinion_ids:
            opinion = opinions.get(opinion_id)
            # The name alone keeps the heading one line high at large text sizes (the combos
            # above say which opinion it is); the rest waits in the tooltip.
            more = [opinion.label, opinion.physician.specialty, opinion.physician.institution,
                    iso_day_words(opinion.visit_date) if opinion.visit_date else ""
                    ] if opinion is not None else []
            tips.append(" · ".join(b for b in more if b))
        model.set_header_tips(tips)
        self.bar.show()
        self.stack.setCurrentIndex(1)
        self.table.set_mark_width(self._mark_width(len(model.opinion_ids)))
        self.table.configure_columns()
        self.table.heights_due()
        self.table.fit_on_screen()  # the first paint shows the rows on screen at their heights
        self._restore_current(focus=False)
        self._show_kept_row()
        self._show_counts()
        self._update_buttons()
        self._show_panel()
        self.bar.set_reworded_count(sum(1 for r in model.rows() if r.reworded))

    def _show_counts(self) -> None:
        model = self.model
        result = model.result
        rows = model.rows()
        names = {i: model.doctor(i) for i in model.opinion_ids}
        if isinstance(result, ThreeWay):
            self._set_summary(three_summary(result, rows, names))
            count = sum(1 for r in rows if r.differs)
        elif isinstance(result, Comparison):
            self._set_summary(pair_summary(result))
            count = result.summary.differ
        else:
            return
        self._set_difference_count(count)

    def _set_summary(self, text: str) -> None:
        self.summary.setText(text)
        # The summary reads its counts to a screen reader, not only "Summary".
        self.summary.setAccessibleName(
            fill(self.tr("Summary of the comparison: {summary}"), summary=text) if text
            else self.tr("Summary of the comparison"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Another theme: the rows' colours follow (their sizes follow the font in the table).
        if event.type() == QEvent.Type.PaletteChange and self.model.result is not None:
            self.model.colours = self.delegate.colours = colours_for(self.palette())
            self.table.viewport().update()
            self._show_panel()
        elif event.type() == QEvent.Type.FontChange:
            self.table.set_mark_width(self._mark_width(len(self.model.opinion_ids)))
            self._size_busy_bar()

    def _size_busy_bar(self) -> None:
        # Six letters wide at the text size of the moment (another size: another width).
        self.busy_bar.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 6)

    def _set_difference_count(self, count: int) -> None:
        if count != self._difference_count:
            self._difference_count = count
            self.differenceCountChanged.emit(count)

    # -- the row being looked at -----------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = None
        if current.isValid():
            source = self.filter.mapToSource(current).row()
            if 0 <= source < self.model.rowCount():
                key = self.model.row(source).key
        if key != self._current_key:
            self.panel.flush_note()
        if key is None and self.filter.rowCount() and self._current_key is not None \
                and self.model.row_of_key(self._current_key) >= 0:
            return  # a reset under way: the row comes back in _restore_current
        self._current_key = key
        self._show_panel()
        self._update_buttons()

    def _restore_current(self, focus: bool) -> None:
        """Make the row of the kept key current again (after new rows or a new filter)."""
        source = self.current_row()
        row = self.filter.row_of_source(source)
        selection = self.table.selectionModel()
        if row < 0:
            # Gone, or not on show any more ("Only differences"): no row is looked at, and the
            # panel says how to choose one rather than acting on a row out of sight.
            self._current_key = None
            selection.clearCurrentIndex()
            selection.clearSelection()
            self._show_panel()
            return
        index = self.filter.index(row, COL_MARK)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        if focus:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_panel(self) -> None:
        source = self.current_row()
        row = self.model.row(source) if source >= 0 else None
        folds = self._folds(source) if row is not None else (False, False)
        shown = (row, folds, self.model.colours, tuple(self.model.opinion_ids))
        before = self._panel_shown
        # The same row object, folded the same way: nothing to show again (a row's content
        # changes only with a new row object from the model).
        if before and before[0] is row and before[1:] == shown[1:]:
            return
        self._panel_shown = shown
        if row is None:
            self.panel.show_row(None)
        else:
            self.panel.show_row(row, {i: self.model.doctor(i) for i in self.model.opinion_ids},
                                len(self.model.opinion_ids), self.model.colours.muted, folds)

    def _folds(self, source: int) -> tuple[bool, bool]:
        """Whether the row's texts are folded (some cell shows "Show all"), or shown in full and
        long enough to fold again."""
        row = self.filter.row_of_source(source)
        if row < 0:
            return False, False
        folded = can_fold = False
        font = self.table.font()
        for column in range(1, self.filter.columnCount()):
            index = self.filter.index(row, column)
            f, c = self.delegate.folds(index, font, self.table.columnWidth(column))
            folded, can_fold = folded or f, can_fold or c
        return folded, can_fold

    def _rows_changed(self, first: QModelIndex, last: QModelIndex) -> None:
        shown = [self.filter.row_of_source(row) for row in range(first.row(), last.row() + 1)]
        self.table.heights_due([row for row in shown if row >= 0])
        self._show_panel()

    def _rows_moved(self) -> None:
        self.table.heights_due()

    # -- folding long texts ----------------------------------------------------------------------

    def _toggle_folded(self, index: QModelIndex) -> None:
        source = self.filter.mapToSource(index).row()
        self.model.set_expanded(source, not self.model.is_expanded(source))
        self._show_panel()

    def _show_all_toggled(self, on: bool) -> None:
        source = self.current_row()
        if source >= 0:
            self.model.set_expanded(source, on)
            self.table.go_to(self.filter.row_of_source(source), focus=False)

    # -- navigation ------------------------------------------------------------------------------

    def _step(self, direction: int) -> None:
        if self._comparer.busy:
            self._queued_steps.append(direction)  # taken once the new rows are shown
            return
        target = self._difference_beyond(direction)
        if target is None:
            return
        self._current_key = self.model.row(target).key
        self.table.go_to(self.filter.row_of_source(target), focus=True)
        self.page_scroll.ensureWidgetVisible(self.table, 0, 0)  # where the page scrolls
        self._show_panel()
        self._update_buttons()

    def _difference_beyond(self, direction: int) -> int | None:
        """The model row of the nearest difference on show after or before the current one
        (from no current row: the first, or the last)."""
        shown = self.shown_rows()
        here = self.current_row()
        position = shown.index(here) if here in shown else -1
        differing = [(i, r) for i, r in enumerate(shown) if self.model.row(r).differs]
        if direction > 0:
            return next((r for i, r in differing if i > position), None)
        return next((r for i, r in reversed(differing) if position < 0 or i < position), None)

    def _update_buttons(self) -> None:
        self.next_button.setEnabled(self._difference_beyond(+1) is not None)
        self.previous_button.setEnabled(self._difference_beyond(-1) is not None)

    # -- what the user says about a point --------------------------------------------------------

    def _question_added(self, text: str, point: object) -> None:
        if text.strip():
            self.questionRequested.emit(text.strip(), point)

    def _review(self, change: tuple[str, str, str, dict[str, Any]]) -> None:
        """Turn what the user did on one pair's point into a Review for the owner to keep, and
        show it on the rows at once."""
        if self._case is None:
            return
        a_id, b_id, key, changes = change
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
        row = self._row_holding(key)
        if self.model.result is not None:
            merged = {(tuple(r.opinions), r.point): r for r in self._case.reviews}
            for (a, b, point), pending in self._pending.items():
                merged[((a, b), point)] = pending
            self._show_reviews(dataclasses.replace(self._case, reviews=list(merged.values())))
        self.reviewChanged.emit(review)
        if row is not None and ("verdict" in changes or "state" in changes):
            self._announce_review(row, review, changes)

    def _row_holding(self, key: str) -> CompareRow | None:
        return next((r for r in self.model.rows() if any(p.point.key == key for p in r.pairs)),
                    None)

    def _announce_review(self, row: CompareRow, review: Review, changes: dict[str, Any]) -> None:
        """Say what changed to a screen reader: the new verdict or state and the new count."""
        label = row.label
        if "verdict" in changes:
            if review.verdict is None:
                said = fill(self.tr("{point}: your view taken back; the program's finding "
                                     "stands"), point=label)
            else:
                said = fill(self.tr("{point}: your view is now “{view}”"), point=label,
                            view=verdict_word(review.verdict))
            result = self.model.result
            if isinstance(result, Comparison):
                said += ". " + counts_text(result.summary.differ, result.summary.agree,
                                           result.summary.refined)
            elif isinstance(result, ThreeWay):
                rows = self.model.rows()
                differ = sum(1 for r in rows if r.differs)
                said += ". " + counts_text(differ, len(rows) - differ,
                                           sum(1 for r in rows if r.only_in_detail))
        else:
            said = fill(self.tr("{point}: state is now {state}"), point=label,
                        state=state_word(review.state).lower())
        announce(self, said)
        self.announced.emit(said)
