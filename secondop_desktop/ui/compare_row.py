# SPDX-License-Identifier: GPL-3.0-or-later
"""One aligned row of the compare view: the mark, each doctor's text, and (under a difference)
the suggested question and the user's own view of the point."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain.comparison import Point
from secondop_desktop.domain.model import REVIEW_STATES
from secondop_desktop.ui.compare_rows import CompareRow
from secondop_desktop.ui.compare_style import (
    CompareColours,
    cell_html,
    severity_word,
    status_colour,
    verdict_word,
)

NOTE_DELAY_MS = 600
ROW_MARGIN = 10
ROW_BORDER = 3
COLUMN_GAP = 14


def wrapping_label(object_name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Ignore the text's natural width, so every column gets its equal share and rows line up.
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
    return label


def configure_columns(grid: QGridLayout, doctors: int, mark_width: int) -> None:
    """The same column shares in every row and in the header, so all of them line up."""
    grid.setColumnMinimumWidth(0, mark_width)
    grid.setColumnStretch(0, 0)
    for col in range(1, 1 + doctors):
        grid.setColumnStretch(col, 1)
        grid.setColumnMinimumWidth(col, 0)
    grid.setHorizontalSpacing(COLUMN_GAP)


class CompareRowWidget(QFrame):
    """Signals carry only what the user did; the view turns them into Reviews."""

    clicked = Signal()
    verdictChosen = Signal(str)
    stateChosen = Signal(str)
    noteEdited = Signal(str)
    questionAdded = Signal(str)

    def __init__(self, doctors: int, mark_width: int, reviewable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doctors = doctors
        self.reviewable = reviewable
        self.key = ""
        self.current = False
        self._question = ""
        self._colours: CompareColours | None = None
        self._tinted = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Keep the outline's width clear around the contents, drawn or not, so nothing shifts.
        self.setContentsMargins(ROW_BORDER, ROW_BORDER, ROW_BORDER, ROW_BORDER)

        self.grid = QGridLayout(self)
        configure_columns(self.grid, doctors, mark_width)
        self.grid.setContentsMargins(ROW_MARGIN, 8, ROW_MARGIN, 8)
        self.grid.setVerticalSpacing(6)

        self.mark = wrapping_label("compare_mark", self.tr("Mark"))
        self.grid.addWidget(self.mark, 0, 0)
        self.cells: list[QLabel] = []
        for col in range(doctors):
            cell = wrapping_label(f"compare_cell_{col}", self.tr("Doctor %1").replace(
                "%1", str(col + 1)))
            self.cells.append(cell)
            self.grid.addWidget(cell, 0, col + 1)
        for label in (self.mark, *self.cells):
            label.installEventFilter(self)

        # The question and review controls are made only for rows that show them: most of the
        # time it takes to open a long comparison is spent making widgets.
        self.details: QWidget | None = None
        self.reason_label: QLabel | None = None

    def _build_details(self) -> QWidget:
        if self.details is not None:
            return self.details
        doctors = self.doctors
        self.details = QWidget()
        self.details.setObjectName("compare_details")
        box = QVBoxLayout(self.details)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(6)
        self.grid.addWidget(self.details, 1, 1, 1, doctors)

        self.question_line = QWidget()
        qline = QHBoxLayout(self.question_line)
        qline.setContentsMargins(0, 0, 0, 0)
        self.question_label = wrapping_label("compare_question", self.tr("Suggested question"))
        self.add_question = QPushButton(self.tr("Add to my questions"))
        self.add_question.setObjectName("add_question_button")
        self.add_question.setAccessibleName(self.tr("Add this question to my questions"))
        self.add_question.clicked.connect(lambda: self.questionAdded.emit(self._question))
        qline.addWidget(self.question_label, 1)
        qline.addWidget(self.add_question, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.question_line)

        self.review_line = QWidget()
        rline = QHBoxLayout(self.review_line)
        rline.setContentsMargins(0, 0, 0, 0)
        your_view = QLabel(self.tr("Your view:"))
        self.same_radio = QRadioButton(self.tr("they say the same"))
        self.same_radio.setObjectName("review_same_radio")
        self.same_radio.setAccessibleName(self.tr("Your view: they say the same"))
        self.differ_radio = QRadioButton(self.tr("they differ"))
        self.differ_radio.setObjectName("review_differ_radio")
        self.differ_radio.setAccessibleName(self.tr("Your view: they differ"))
        self.verdict_group = QButtonGroup(self)
        self.verdict_group.addButton(self.same_radio)
        self.verdict_group.addButton(self.differ_radio)
        # clicked, not toggled: only the user's own choice becomes a Review.
        self.same_radio.clicked.connect(lambda: self.verdictChosen.emit("same"))
        self.differ_radio.clicked.connect(lambda: self.verdictChosen.emit("different"))
        rline.addWidget(your_view)
        rline.addWidget(self.same_radio)
        rline.addWidget(self.differ_radio)
        rline.addStretch(1)
        box.addWidget(self.review_line)

        self.state_line = QWidget()
        sline = QHBoxLayout(self.state_line)
        sline.setContentsMargins(0, 0, 0, 0)
        state_label = QLabel(self.tr("State:"))
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("review_state_combo")
        self.state_combo.setAccessibleName(self.tr("Where you are with this difference"))
        names = {"open": self.tr("Open"), "asked": self.tr("Asked"),
                 "explained": self.tr("Explained"), "resolved": self.tr("Resolved")}
        for state in REVIEW_STATES:
            self.state_combo.addItem(names.get(state, state), state)
        state_label.setBuddy(self.state_combo)
        self.state_combo.currentIndexChanged.connect(
            lambda i: self.stateChosen.emit(self.state_combo.itemData(i)))
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("review_note_edit")
        self.note_edit.setAccessibleName(self.tr("Your note on this point"))
        self.note_edit.setPlaceholderText(self.tr("Note: what you learned…"))
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self._emit_note)
        self.note_edit.textEdited.connect(lambda _t: self._note_timer.start())
        self.note_edit.editingFinished.connect(self.flush_note)
        sline.addWidget(state_label)
        sline.addWidget(self.state_combo)
        sline.addWidget(self.note_edit, 1)
        box.addWidget(self.state_line)

        return self.details

    def _build_reason(self) -> QLabel:
        if self.reason_label is None:
            self.reason_label = wrapping_label("compare_reason", self.tr("Why they may differ"))
            self.grid.addWidget(self.reason_label, 2, 1, 1, self.doctors)
        return self.reason_label

    # -- what the user does ----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The texts are selectable, so they take the click: a press on one still picks the row.
        if event.type() == QEvent.Type.MouseButtonPress:
            self.clicked.emit()
        return super().eventFilter(watched, event)

    def _emit_note(self) -> None:
        self.noteEdited.emit(self.note_edit.text())

    def flush_note(self) -> None:
        """Send a note still waiting on its delay (on leaving the field, or before a rebuild)."""
        if self.details is not None and self._note_timer.isActive():
            self._note_timer.stop()
            self._emit_note()

    @property
    def note_busy(self) -> bool:
        """The user is typing a note here: a refresh must not overwrite it."""
        if self.details is None:
            return False
        return self._note_timer.isActive() or self.note_edit.hasFocus()

    # -- showing a row ---------------------------------------------------------------------------

    def show_row(self, row: CompareRow, marks: list[tuple[str, str, str]], missing: list[str],
                 colours: CompareColours, index: int) -> None:
        self.key = row.key
        self._colours = colours
        self.setObjectName(f"compare_row_{index}")
        point = row.first

        lines = []
        for symbol, word, status in marks:
            lines.append(f'<span style="color:{status_colour(colours, status)}"><b>'
                         f"{html.escape(symbol)} {html.escape(word)}</b></span>")
        sev = severity_word(row.severity)
        if sev:
            lines.append(f'<span style="color:{colours.muted}">{html.escape(sev)}</span>')
        if self.reviewable and point.verdict:
            lines.append("<i>" + html.escape(self.tr("Your view: %1").replace(
                "%1", verdict_word(point.verdict))) + "</i>")
        self.mark.setText("<br>".join(lines))
        plain = "; ".join(word for _s, word, _st in marks)
        self.setAccessibleName(f"{row.label}: {plain}" + (f", {sev}" if sev else ""))

        for i, cell in enumerate(self.cells):
            data = row.cells[i] if i < len(row.cells) else None
            if data is None:
                cell.setText("")
                continue
            cell.setText(cell_html(row.label, data.text, data.segments, data.present,
                                   missing[i], colours, row.differs))
            cell.setAccessibleName(f"{row.label}: {data.text if data.present else missing[i]}")

        question = row.question
        self._question = question
        show_question = bool(question) and row.differs
        # The user's view is offered wherever the program found a difference or the user spoke.
        reviewable = self.reviewable and (point.status != "same" or point.verdict is not None)
        if show_question or reviewable:
            self._build_details()
        if self.details is not None:
            self._show_details(point, question, show_question, reviewable)

        reason = row.reason
        if reason:
            self._build_reason()
        if self.reason_label is not None:
            self.reason_label.setVisible(bool(reason))
            self.reason_label.setText(
                f'<span style="color:{colours.muted}"><i>{html.escape(reason)}</i></span>')
        if self._tinted != row.differs:
            self._tinted = row.differs
            self.update()

    def _show_details(self, point: Point, question: str, show_question: bool,
                      reviewable: bool) -> None:
        assert self.details is not None
        self.question_line.setVisible(show_question)
        if show_question:
            self.question_label.setText(f"▸ {html.escape(question)}")
        self.review_line.setVisible(reviewable)
        self.state_line.setVisible(reviewable)
        if reviewable:
            for widget in (self.same_radio, self.differ_radio, self.state_combo):
                widget.blockSignals(True)
            (self.differ_radio if point.differs else self.same_radio).setChecked(True)
            found = self.state_combo.findData(point.state)
            self.state_combo.setCurrentIndex(max(found, 0))
            for widget in (self.same_radio, self.differ_radio, self.state_combo):
                widget.blockSignals(False)
            if not self.note_busy and self.note_edit.text() != point.note:
                self.note_edit.setText(point.note)
        self.details.setVisible(show_question or reviewable)

    def set_current(self, current: bool) -> None:
        """The row being looked at is outlined in the accent colour (a thick line, not a tint)."""
        if current != self.current:
            self.current = current
            self.setAccessibleDescription(self.tr("current row") if current else "")
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Painted here rather than by a style sheet: re-styling every row on each refresh or
        # step was the slowest part of the view.
        c = self._colours
        if c is not None and (self._tinted or self.current):
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            inset = ROW_BORDER / 2
            rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
            painter.setPen(QPen(QColor(c.accent), ROW_BORDER) if self.current
                           else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.diff_tint) if self._tinted else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
            painter.end()
        super().paintEvent(event)
