# SPDX-License-Identifier: GPL-3.0-or-later
"""One aligned row of the compare view: the mark, each doctor's text, the suggested question
(under a difference) and the user's own view of the point (under every point: one light line where
the program found the doctors agree)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.ui.compare_review import ReviewLine
from secondop_desktop.ui.compare_rows import CompareRow, PairPoint, short_name
from secondop_desktop.ui.compare_style import (
    CompareColours,
    cell_html,
    severity_word,
    status_colour,
    verdict_word,
)

ROW_MARGIN = 10
ROW_BORDER = 3
COLUMN_GAP = 14


class WrappingLabel(QLabel):
    """A word-wrapped label whose column, not its text, sets its width, and whose height comes
    from heightForWidth.

    QLabel's own size hints lay the whole text out three more times (on one line, one word a
    line, and at a pleasing ratio): some 80 ms for a 5,000-word text, for figures that the
    layouts here never use (the width is ignored, the height asked for at the column's width).
    And QLabel lays its text out again for every height it is asked for, at any width, so the
    answers are kept until the text or the font changes.
    """

    def __init__(self) -> None:
        super().__init__()
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 8:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.ContentsRectChange):
            self._heights.clear()
        super().changeEvent(event)

    def _margins(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right() + 2 * self.margin(),
                     m.top() + m.bottom() + 2 * self.margin())

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("M") * 10, metrics.lineSpacing()) + self._margins()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().lineSpacing()) + self._margins()


def wrapping_label(object_name: str, accessible: str) -> QLabel:
    label = WrappingLabel()
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


class QuestionLine(QWidget):
    """The suggested question with its button beside it, or under it where the row is too
    narrow for both (a large text size, a narrow window)."""

    def __init__(self, label: QLabel, button: QPushButton) -> None:
        super().__init__()
        self.label = label
        self.button = button
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(label, 1)
        self.box.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

    def _direction(self, width: int) -> QBoxLayout.Direction:
        # Side by side only while the question keeps a readable width of its own.
        text_room = width - self.button.sizeHint().width() - self.box.spacing()
        readable = self.label.fontMetrics().horizontalAdvance("M") * 12
        return (QBoxLayout.Direction.LeftToRight if text_room >= readable
                else QBoxLayout.Direction.TopToBottom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        direction = self._direction(event.size().width())
        if direction != self.box.direction():
            self.box.setDirection(direction)
            # Left-aligned under the question, not stretched across the row.
            top = Qt.AlignmentFlag.AlignTop
            self.box.setAlignment(self.button, top | Qt.AlignmentFlag.AlignLeft
                                  if direction == QBoxLayout.Direction.TopToBottom else top)


class CompareRowWidget(QFrame):
    """Signals carry only what the user did; the view turns them into Reviews."""

    clicked = Signal()
    reviewChanged = Signal(object)
    """(a_id, b_id, point key, {field: value}) from one of the row's review lines."""
    questionAdded = Signal(str)

    def __init__(self, doctors: int, mark_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doctors = doctors
        self.key = ""
        self.current = False
        self._question = ""
        self._colours: CompareColours | None = None
        self._tinted = False
        self._shown: tuple[object, ...] | None = None
        self.names: dict[str, str] = {}
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Keep the outline's width clear around the contents, drawn or not, so nothing shifts.
        self.setContentsMargins(ROW_BORDER, ROW_BORDER, ROW_BORDER, ROW_BORDER)

        self.grid = QGridLayout(self)
        configure_columns(self.grid, doctors, mark_width)
        self.grid.setContentsMargins(ROW_MARGIN, 8, ROW_MARGIN, 8)
        self.grid.setVerticalSpacing(6)
        # Any spare height (for a moment, while the row shrinks) goes below the contents,
        # never between the texts and the controls under them.
        self.grid.setRowStretch(3, 1)

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

        self.question_label = wrapping_label("compare_question", self.tr("Suggested question"))
        self.add_question = QPushButton(self.tr("Add to my questions"))
        self.add_question.setObjectName("add_question_button")
        self.add_question.setAccessibleName(self.tr("Add this question to my questions"))
        self.add_question.clicked.connect(lambda: self.questionAdded.emit(self._question))
        self.question_label.installEventFilter(self)
        self.question_line = QuestionLine(self.question_label, self.add_question)
        box.addWidget(self.question_line)

        self.reviews_box = QVBoxLayout()
        self.reviews_box.setSpacing(10)
        box.addLayout(self.reviews_box)
        self.review_lines: list[ReviewLine] = []
        return self.details

    def _build_reason(self) -> QLabel:
        if self.reason_label is None:
            self.reason_label = wrapping_label("compare_reason", self.tr("Why they may differ"))
            self.grid.addWidget(self.reason_label, 2, 1, 1, self.doctors)
        return self.reason_label

    # -- size --------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        # The list lays its rows out by their height at its own width; the grid's own hint
        # would lay every text out again at some narrow width nobody uses.
        width = max(self.width(), 1)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.grid.columnMinimumWidth(0), 0)

    # -- what the user does ----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The texts are selectable, so they take the click: a press on one still picks the row.
        if event.type() == QEvent.Type.MouseButtonPress:
            self.clicked.emit()
        return super().eventFilter(watched, event)

    def _user_changed(self, change: object) -> None:
        # What the user did shows in the controls before the owner hands the case back: show
        # the row again in full then, even if the owner kept the point as it was.
        self._shown = None
        self.reviewChanged.emit(change)

    def tab_stops(self) -> list[QWidget]:
        """The controls Tab visits in this row, in the order they read (Qt's own order follows
        when each was made, and a row's controls are made as it needs them)."""
        if self.details is None:
            return []
        stops: list[QWidget] = [self.add_question]
        for line in self.review_lines:
            stops += line.tab_stops()
        return stops

    def flush_note(self) -> None:
        """Send any note still waiting on its delay (before the row is taken away)."""
        for line in self.review_lines if self.details is not None else []:
            line.flush_note()

    # -- showing a row ---------------------------------------------------------------------------

    def show_row(self, row: CompareRow, marks: list[tuple[str, str, str]], missing: list[str],
                 colours: CompareColours, index: int, names: dict[str, str]) -> None:
        """Show ``row``; ``names`` maps opinion id to the doctor's name."""
        # The same point unchanged after an edit elsewhere: nothing to redo (setting a long
        # text again would lay it out again).
        shown = (row, marks, missing, colours, index, names)
        if shown == self._shown:
            return
        self._shown = shown
        self.key = row.key
        self.names = names
        self._colours = colours
        self.setObjectName(f"compare_row_{index}")
        lines = []
        for symbol, word, status in marks:
            lines.append(f'<span style="color:{status_colour(colours, status)}"><b>'
                         f"{html.escape(symbol)} {html.escape(word)}</b></span>")
        sev = severity_word(row.severity)
        if sev:
            lines.append(f'<span style="color:{colours.muted}">{html.escape(sev)}</span>')
        for pair in row.pairs:
            if pair.point.verdict:
                lines.append("<i>" + html.escape(self._verdict_text(row, pair)) + "</i>")
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
        # The user's view is offered on every point, those the program calls the same too: the
        # user may see a difference the program missed.
        pairs = list(row.pairs)
        if show_question or pairs:
            self._build_details()
        if self.details is not None:
            self._show_details(row, question, show_question, pairs)

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

    def _pair_title(self, pair: PairPoint) -> str:
        return self.tr("%1 and %2").replace("%1", short_name(self.names.get(pair.a_id, ""))) \
            .replace("%2", short_name(self.names.get(pair.b_id, "")))

    def _verdict_text(self, row: CompareRow, pair: PairPoint) -> str:
        word = verdict_word(pair.point.verdict)
        if len(row.pairs) == 1 and self.doctors == 2:
            return self.tr("Your view: %1").replace("%1", word)
        return self.tr("Your view of %1: %2").replace("%1", self._pair_title(pair)).replace(
            "%2", word)

    def _finding(self, pair: PairPoint) -> str:
        """The program's own finding on one pair's point, in words."""
        status = pair.point.status
        if status == "only_a" or status == "only_b":
            who = pair.a_id if status == "only_a" else pair.b_id
            return self.tr("only %1 mentions it").replace(
                "%1", short_name(self.names.get(who, "")))
        if status == "same" and pair.point.wording_only:
            return self.tr("they say the same in other words")
        return {"same": self.tr("they say the same"), "refined": self.tr(
            "one is more precise"), "different": self.tr("they differ"),
            "maybe_same": self.tr("they may mean the same: an abbreviation with two meanings"),
        }.get(status, status)

    def _show_details(self, row: CompareRow, question: str, show_question: bool,
                      pairs: list[PairPoint]) -> None:
        assert self.details is not None
        self.question_line.setVisible(show_question)
        if show_question:
            self.question_label.setText(f"▸ {html.escape(question)}")
        while len(self.review_lines) < len(pairs):
            line = ReviewLine()
            line.changed.connect(self._user_changed)
            self.review_lines.append(line)
            self.reviews_box.addWidget(line)
        for i, line in enumerate(self.review_lines):
            if i < len(pairs):
                # Three doctors: each line says which two doctors it is about.
                title = self._pair_title(pairs[i]) if self.doctors > 2 else ""
                muted = self._colours.muted if self._colours is not None else ""
                line.show_pair(pairs[i], title, self._finding(pairs[i]), muted)
            line.setVisible(i < len(pairs))
        self.details.setVisible(show_question or bool(pairs))

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
