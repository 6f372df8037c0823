# SPDX-License-Identifier: GPL-3.0-or-later
"""The Compare tab: "Where the doctors differ", side by side in aligned rows.

The view draws what ``domain.compare`` found and never judges a difference itself. It does not
change the case either: the user's verdicts, states and notes leave as ``reviewChanged`` Reviews
and questions as ``questionRequested``; the owner applies them (with undo) and calls ``set_case``.

The engine runs on a worker thread (``compare_worker``): the rows already shown stay while a
quiet "Comparing…" shows, and Next / Previous pressed meanwhile wait for the new rows.

The view coordinates its parts: the bar where the user chooses the doctors (``compare_bar``), the
summary and the doctors' names over the columns (here), and the rows themselves
(``compare_row_list``, which makes them a screenful at a time and keeps the row being looked at).
"""

from __future__ import annotations

import copy
import html
from typing import Any

from PySide6.QtCore import QEvent, QMargins, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain.comparison import Comparison, ThreeWay
from secondop_desktop.domain.model import Case, Review, now_iso
from secondop_desktop.ui.compare_bar import CompareBar
from secondop_desktop.ui.compare_model import CompareModel
from secondop_desktop.ui.compare_row import (
    ROW_BORDER,
    ROW_MARGIN,
    configure_columns,
    wrapping_label,
)
from secondop_desktop.ui.compare_row_list import CompareRowList, discard
from secondop_desktop.ui.compare_style import colours_for
from secondop_desktop.ui.compare_summary import pair_summary, three_summary
from secondop_desktop.ui.compare_worker import Comparer

REFRESH_DELAY_MS = 250
BUSY_DELAY_MS = 150
"""A comparison quicker than this never shows "Comparing…" (no flicker on every edit)."""


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
        self._pending: dict[tuple[str, str, str], Review] = {}
        self._difference_count = -1
        self._building = False
        self._stale = False
        self._header_shown: tuple[object, ...] | None = None
        self.model = CompareModel(self)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_when_shown)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
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

        # Which doctors to compare; the bar steps aside while there is nothing to choose from.
        self.bar = CompareBar()
        outer.addWidget(self.bar)

        summary_box = QFrame()
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
        self.nav_row = nav = QHBoxLayout()
        nav.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignVCenter)
        nav.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignVCenter)
        nav.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)
        nav.addStretch(1)  # under the words, the buttons stay at the left
        srow.addLayout(nav)

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
        self.row_list = CompareRowList(self.model, self._mark_width)
        # The bench and scripts reach the scroll area and the widget holding the rows by these.
        self.scroll = self.row_list
        self.rows_host = self.row_list.host
        pbox.addWidget(self.row_list, 1)
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

    def _wire(self) -> None:
        self.bar.choiceChanged.connect(self._choice_changed)
        self.bar.only_differences.toggled.connect(self._only_differences_toggled)
        self.next_button.clicked.connect(self.next_difference)
        self.previous_button.clicked.connect(self.previous_difference)
        self.next_action.triggered.connect(self.next_difference)
        self.previous_action.triggered.connect(self.previous_difference)
        self.row_list.currentChanged.connect(self._update_buttons)
        self.row_list.rowReviewChanged.connect(self._review)
        self.row_list.questionAdded.connect(self._question_added)
        self.rows_host.installEventFilter(self)
        self.header.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._text_size_changing)

    def _mark_width(self, doctors: int) -> int:
        # Three doctors need room to say who agrees with whom; a narrow window leaves the doctors'
        # own columns most of the width.
        em = self.fontMetrics().horizontalAdvance("M")
        wanted = em * (11 if doctors <= 2 else 14)
        return max(em * 7, min(wanted, int(self.width() * 0.22)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        buttons = (self.previous_button.sizeHint().width() + self.next_button.sizeHint().width()
                   + self.nav_row.spacing())
        # Beside the buttons the words need at least their width again, or they wrap too much.
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= 3 * buttons
                     else QBoxLayout.Direction.TopToBottom)
        if self.summary_row.direction() != direction:
            self.summary_row.setDirection(direction)
        doctors = len(self.model.opinion_ids)
        if not doctors:
            return
        width = self._mark_width(doctors)
        if width != self.header_grid.columnMinimumWidth(0):
            self.header_grid.setColumnMinimumWidth(0, width)
            self.row_list.set_mark_width(width)

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
            self.model.set_result(None, {})
            self.row_list.clear()
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
            self.row_list.forget_current()
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
        return self.row_list.current_key()

    def difference_count(self) -> int:
        return max(self._difference_count, 0)

    def rows_pending(self) -> bool:
        """Whether some rows of the comparison shown are still to be made (on later turns of
        the event loop; scripts and tests wait for them)."""
        return self._restyle_timer.isActive() or self.row_list.rows_pending()

    # -- choosing the doctors --------------------------------------------------------------------

    def _choice_changed(self) -> None:
        # Other doctors: no row of the last pair stays the one being looked at.
        self.row_list.forget_current()
        self._recompute()

    def _only_differences_toggled(self, on: bool) -> None:
        self.row_list.set_only_differences(on)
        self._update_buttons()

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
        elif self.row_list.rows_pending():
            self.row_list.build_rest_later()  # rows left to make while out of sight

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
        ids = self.bar.chosen_ids()
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
        self.row_list.clear()
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
            self.row_list.clear()
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

    def _show_rows(self) -> None:
        model = self.model
        result = model.result
        ids = model.opinion_ids
        names = {i: model.doctor(i) for i in ids}
        self._fill_header([names[i] for i in ids], self._mark_width(len(ids)))
        # The list on show first, so its width is known and each text laid out once, at it.
        self.bar.show()
        self.stack.setCurrentIndex(1)
        self.row_list.show_result()
        self._update_buttons()

        rows = model.rows()
        if isinstance(result, ThreeWay):
            self.summary.setText(three_summary(result, rows, names))
            count = sum(1 for r in rows if r.differs)
        else:
            assert isinstance(result, Comparison)
            self.summary.setText(pair_summary(result))
            count = result.summary.differ
        self._set_difference_count(count)

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
                discard(widget)
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
            self.row_list.flush_notes()
            # Qt may be walking the widgets right now (a new style sheet): none deleted under it.
            self.row_list.clear(at_once=False)
            self._restyle_timer.start()

    def _text_size_changing(self, _font: QFont) -> None:
        """The application's font changed (the View menu's text size): the rows go now, before
        the application styles every widget again for the new size, and are made again after.

        Qt tells this before it goes round the widgets, so they can be deleted at once: a long
        comparison's rows are some 3,000 widgets, which took seconds to style again.
        """
        if self.model.result is None or self._building or self.row_list.is_empty():
            return
        self.row_list.flush_notes()
        self.row_list.clear()
        self._restyle_timer.start()

    def _restyle(self) -> None:
        if self.model.result is None or self._comparer.busy:
            return  # the comparison under way shows its rows when done
        self._building = True
        try:
            self.model.colours = colours_for(self.palette())
            self.row_list.clear()
            self._show_rows()
        finally:
            self._building = False

    def _set_difference_count(self, count: int) -> None:
        if count != self._difference_count:
            self._difference_count = count
            self.differenceCountChanged.emit(count)

    # -- navigation ------------------------------------------------------------------------------

    def _step(self, direction: int) -> None:
        if self._comparer.busy:
            self._queued_steps.append(direction)  # taken once the new rows are shown
            return
        if self._restyle_timer.isActive():  # the rows of a new text size are due: now
            self._restyle_timer.stop()
            self._restyle()
        self.row_list.go_to_difference(direction)

    def _update_buttons(self) -> None:
        self.next_button.setEnabled(self.row_list.has_difference(+1))
        self.previous_button.setEnabled(self.row_list.has_difference(-1))

    # -- what the user says about a point --------------------------------------------------------

    def _question_added(self, text: str) -> None:
        if text.strip():
            self.questionRequested.emit(text.strip())

    def _review(self, row_key: str, change: tuple[str, str, str, dict[str, Any]]) -> None:
        """Turn what the user did on one pair's point into a Review for the owner to keep."""
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
        self.row_list.make_current(row_key)
        self.reviewChanged.emit(review)
