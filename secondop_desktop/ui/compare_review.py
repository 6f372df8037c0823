# SPDX-License-Identifier: GPL-3.0-or-later
"""The review panel under the compare table: for the row being looked at, its suggested question
("Add to my questions") and the user's own view of the point for each pair of doctors (same or
different, where they are with it, a note). One panel for the current row, not controls in every
row; each control's accessible name says which point it acts on. It reports what the user did;
the view turns that into a Review.

The radio buttons show only what the user said. Until the user says something neither is chosen,
and a line beside them says in words what the program found, so the program's finding is never
passed off as the user's choice. Once the user has said something, "Clear my view" takes it back
(a radio button cannot be unchosen by clicking it again): the point then counts as the program
found it, and any state and note the user keeps on it stay.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QFrame,
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
from secondop_desktop.i18n import fill, inside_sentence
from secondop_desktop.ui.compare_flow import FlowLayout
from secondop_desktop.ui.compare_rows import CompareRow, PairPoint, short_name

NOTE_DELAY_MS = 600

_TOPIC_PHRASES = {
    "diagnosis": QT_TRANSLATE_NOOP("ReviewPanel", "the diagnosis"),
    "certainty": QT_TRANSLATE_NOOP("ReviewPanel", "the certainty"),
    "stage": QT_TRANSLATE_NOOP("ReviewPanel", "the stage"),
    "rationale": QT_TRANSLATE_NOOP("ReviewPanel", "their reasoning"),
    "urgency": QT_TRANSLATE_NOOP("ReviewPanel", "how soon"),
    "follow_up": QT_TRANSLATE_NOOP("ReviewPanel", "the next steps"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPanel", text)


def about_point(label: str, topic: str) -> str:
    """The point in a phrase that fits "the question about …": "the stage", "“Evidence”"."""
    known = _TOPIC_PHRASES.get(topic)
    if known is not None and label.strip().lower() in (topic.replace("_", " "), known[4:],
                                                       "why (their reasoning)", "next steps",
                                                       "how soon"):
        return _tr(known)
    return f"“{label}”"


def point_name(label: str, topic: str) -> str:
    """The point as a noun: "the stage point", "the point “Main recommendation”"."""
    about = about_point(label, topic)
    if about.startswith("“"):
        return fill(_tr("the point {point}"), point=about)
    if about.startswith("the "):
        return fill(_tr("the {topic} point"), topic=about[4:])
    return fill(_tr("the point on {topic}"), topic=about)


STATE_WORDS = {
    "open": QT_TRANSLATE_NOOP("ReviewPanel", "Open"),
    "asked": QT_TRANSLATE_NOOP("ReviewPanel", "Asked"),
    "explained": QT_TRANSLATE_NOOP("ReviewPanel", "Explained"),
    "resolved": QT_TRANSLATE_NOOP("ReviewPanel", "Resolved"),
}


def state_word(state: str) -> str:
    """Where a difference stands ("Asked"), in the window's language."""
    return _tr(STATE_WORDS[state]) if state in STATE_WORDS else state


class OneLineLabel(QLabel):
    """A wrapping label that asks for its text's width on one line: a plain wrapping label asks
    for less and so breaks short sentences even where the line has room for them."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self._hint: tuple[str, str, QSize] | None = None

    def sizeHint(self) -> QSize:
        key = (self.text(), self.font().key())
        if self._hint is not None and self._hint[:2] == key:
            return self._hint[2]
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font())
        doc.setHtml(self.text())
        m = self.contentsMargins()
        width = math.ceil(doc.idealWidth()) + m.left() + m.right() + 2 * self.margin() + 1
        hint = QSize(width, self.heightForWidth(width))
        self._hint = (*key, hint)
        return hint


class ReviewLine(QWidget):
    changed = Signal(object)
    """(a_id, b_id, point key, {field: value}) for one change the user made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_line")
        self.pair: PairPoint | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self._box = box

        self.title = OneLineLabel()
        self.title.setObjectName("review_pair_title")
        self.title.hide()

        your_view = QLabel(self.tr("Your view:"))
        your_view.setObjectName("review_your_view")
        self.same_radio = QRadioButton(self.tr("they say the same"))
        self.same_radio.setObjectName("review_same_radio")
        self.same_radio.setAccessibleName(self.tr("Your view: they say the same"))
        self.differ_radio = QRadioButton(self.tr("they differ"))
        self.differ_radio.setObjectName("review_differ_radio")
        self.differ_radio.setAccessibleName(self.tr("Your view: they differ"))
        self._group = QButtonGroup(self)
        self._group.addButton(self.same_radio)
        self._group.addButton(self.differ_radio)
        # clicked, not toggled: only the user's own choice becomes a Review.
        self.same_radio.clicked.connect(lambda: self._chosen("same"))
        self.differ_radio.clicked.connect(lambda: self._chosen("different"))
        self.clear_button = QPushButton(self.tr("Clear my view"))
        self.clear_button.setObjectName("review_clear_button")
        self.clear_button.setAccessibleName(self.tr("Clear your view of this point"))
        self.clear_button.setToolTip(self.tr(
            "Take back what you said about this point; the program's own finding stays"))
        self.clear_button.clicked.connect(self._clear)
        self.clear_button.hide()
        # Wraps only when a narrow row has less room than the sentence needs.
        self.program_label = OneLineLabel()
        self.program_label.setObjectName("review_program_found")

        # One line that wraps at large text sizes instead of widening the row.
        self.verdict_line = QWidget()
        self.verdict_line.setObjectName("review_verdict_line")
        flow = FlowLayout(self.verdict_line, spacing=10)
        # Each radio is a flow item of its own: kept together, the three made the row as wide
        # as all of them at a large text size.
        for widget in (self.title, your_view, self.same_radio, self.differ_radio,
                       self.clear_button, self.program_label):
            flow.addWidget(widget)
        box.addWidget(self.verdict_line)

        # The state and the note are made when a point first needs them: rows the program and
        # the user both call the same stay one light line.
        self.state_row: QWidget | None = None
        self.state_combo: QComboBox | None = None
        self.state_label: QLabel | None = None
        self.note_edit: QLineEdit | None = None
        self._label = ""
        self._topic = ""
        self._pair_names = ""
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self._send_note)

    def _build_state_row(self) -> QWidget:
        if self.state_row is not None:
            return self.state_row
        self.state_row = QWidget()
        self.state_row.setObjectName("review_state_row")
        state_row = QHBoxLayout(self.state_row)
        state_row.setContentsMargins(0, 0, 0, 0)
        state_label = QLabel(self.tr("State:"))
        state_label.setObjectName("review_state_label")
        self.state_label = state_label
        combo = QComboBox()
        combo.setObjectName("review_state_combo")
        combo.setAccessibleName(self.tr("Where you are with this difference"))
        for state in REVIEW_STATES:
            combo.addItem(state_word(state), state)
        state_label.setBuddy(combo)
        combo.currentIndexChanged.connect(self._state_chosen)
        note = QLineEdit()
        note.setObjectName("review_note_edit")
        note.setAccessibleName(self.tr("Your note on this point"))
        note.setPlaceholderText(self.tr("Note: what you learned…"))
        note.textEdited.connect(lambda _t: self._note_timer.start())
        note.editingFinished.connect(self.flush_note)
        state_row.addWidget(state_label)
        state_row.addWidget(combo)
        state_row.addWidget(note, 1)
        self.state_combo, self.note_edit = combo, note
        self._box.addWidget(self.state_row)
        return self.state_row

    def _state_chosen(self, index: int) -> None:
        self._name_controls()
        if self.state_combo is not None:
            self._emit(state=self.state_combo.itemData(index))

    def _emit(self, **changes: object) -> None:
        if self.pair is not None:
            self.changed.emit((self.pair.a_id, self.pair.b_id, self.pair.point.key, changes))

    def _chosen(self, verdict: str) -> None:
        self.clear_button.show()  # at once: the owner's refresh follows after a pause
        self._emit(verdict=verdict)

    def _clear(self) -> None:
        """Take the user's verdict back: neither radio chosen, the program's finding beside."""
        if self.clear_button.hasFocus():
            # Keyboard users stay on this line rather than being sent on as the button goes.
            self.same_radio.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_verdict(None)
        self.clear_button.hide()
        self._emit(verdict=None)

    def tab_stops(self) -> list[QWidget]:
        """The controls Tab visits on this line, in the order they read."""
        stops: list[QWidget] = [self.same_radio, self.differ_radio, self.clear_button]
        if self.state_combo is not None and self.note_edit is not None:
            stops += [self.state_combo, self.note_edit]
        return stops

    def _send_note(self) -> None:
        if self.note_edit is not None:
            self._emit(note=self.note_edit.text())

    def flush_note(self) -> None:
        """Send a note still waiting on its delay (on leaving the field, or before a rebuild)."""
        if self._note_timer.isActive():
            self._note_timer.stop()
            self._send_note()

    @property
    def note_busy(self) -> bool:
        """The user is typing a note here: a refresh must not overwrite it."""
        return self._note_timer.isActive() or (
            self.note_edit is not None and self.note_edit.hasFocus())

    def _set_verdict(self, verdict: str | None) -> None:
        """Check the radio of the user's verdict, or none at all when the user gave none."""
        for radio in (self.same_radio, self.differ_radio):
            radio.blockSignals(True)
        self._group.setExclusive(False)
        self.same_radio.setChecked(verdict == "same")
        self.differ_radio.setChecked(verdict == "different")
        self._group.setExclusive(True)
        for radio in (self.same_radio, self.differ_radio):
            radio.blockSignals(False)

    def show_pair(self, pair: PairPoint, title: str, finding: str = "",
                  muted: str = "", label: str = "", topic: str = "") -> None:
        """Show the user's view of ``pair``.

        ``title`` names the two doctors (three-doctor rows); ``finding`` is the program's own
        finding in words ("they differ"), shown beside the user's choice; ``muted`` its colour.
        """
        same_point = self.pair is not None and (self.pair.a_id, self.pair.b_id,
                                                self.pair.point.key) == (
            pair.a_id, pair.b_id, pair.point.key)
        if not same_point:
            self.flush_note()
        self.pair = pair
        self._pair_names = title
        point = pair.point
        self.title.setVisible(bool(title))
        self.title.setText(f"<b>{html.escape(title)}:</b>" if title else "")
        self._set_verdict(point.verdict)
        self.clear_button.setVisible(point.verdict is not None)
        found = fill(self.tr("The program found: {finding}"), finding=finding) if finding else ""
        style = f' style="color:{muted}"' if muted else ""
        self.program_label.setText(f"<i{style}>{html.escape(found)}</i>" if found else "")
        self.program_label.setVisible(bool(found))
        self.program_label.setAccessibleName(found)

        # Where the point counts as a difference, or the user has said something about it
        # (a verdict, a state, a note), the user can say where they are with it and why.
        wanted = (point.differs or point.verdict is not None or point.state != "open"
                  or bool(point.note)
                  or (same_point and self.note_busy))
        if wanted:
            self._build_state_row()
        if self.state_row is not None:
            assert self.state_combo is not None and self.note_edit is not None
            self.state_row.setVisible(wanted)
            self.state_combo.blockSignals(True)
            self.state_combo.setCurrentIndex(max(self.state_combo.findData(point.state), 0))
            self.state_combo.blockSignals(False)
            if not (same_point and self.note_busy) and self.note_edit.text() != point.note:
                self.note_edit.setText(point.note)

        self._label, self._topic = label or point.label or point.topic, topic or point.topic
        self._name_controls()

    def _name_controls(self) -> None:
        """Every control says which point (and, for three doctors, which two) it acts on."""
        who = self._pair_names
        label, topic = self._label, self._topic
        head = f"{label}, {who}" if who else label
        name = point_name(label, topic)
        suffix = f" ({who})" if who else ""
        self.same_radio.setAccessibleName(
            fill(_tr("{point}: your view — they say the same"), point=head))
        self.differ_radio.setAccessibleName(
            fill(_tr("{point}: your view — they differ"), point=head))
        self.clear_button.setAccessibleName(
            fill(_tr("Clear your view of {point}"), point=name) + suffix)
        if self.state_combo is not None and self.note_edit is not None:
            state = self.state_combo.currentText().lower()
            self.state_combo.setAccessibleName(
                fill(_tr("State of {point}"), point=name) + suffix + f": {state}")
            if self.state_label is not None:
                # On Linux a screen reader names a combo box by its label (then says its
                # value): the label says which point the state belongs to.
                self.state_label.setAccessibleName(fill(_tr("State of {point}"), point=name)
                                                   + suffix)
            self.note_edit.setAccessibleName(fill(_tr("Your note on {point}"), point=name) + suffix)


class QuestionLine(QWidget):
    """The suggested question with its button beside it, or under it where the panel is too
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
            top = Qt.AlignmentFlag.AlignTop
            self.box.setAlignment(self.button, top | Qt.AlignmentFlag.AlignLeft
                                  if direction == QBoxLayout.Direction.TopToBottom else top)


def _wrapping(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


class ReviewPanel(QFrame):
    """The controls for the row being looked at: its question and the user's view of it."""

    changed = Signal(object)
    """(a_id, b_id, point key, {field: value}) for one change the user made."""
    questionAdded = Signal(str, object)
    """The suggested question's text and the ``Point`` it comes from."""
    showAllToggled = Signal(bool)
    """The user asked to see the row's long texts in full (True) or folded again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_review_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.key: str | None = None
        self._question_point: Point | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(6)

        self.title = _wrapping("compare_panel_title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.title)
        self.reason = _wrapping("compare_panel_reason")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        italic = self.reason.font()
        italic.setItalic(True)
        self.reason.setFont(italic)
        self.reason.hide()
        box.addWidget(self.reason)
        self.hint = _wrapping("compare_panel_hint")
        self.hint.setText(self.tr("Choose a point above (click it, or press F7 for the next "
                                  "difference) to say what you think of it."))
        box.addWidget(self.hint)

        self.question_label = _wrapping("compare_question")
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.add_question = QPushButton(self.tr("Add to my questions"))
        self.add_question.setObjectName("add_question_button")
        self.add_question.clicked.connect(self._add_question)
        self.question_line = QuestionLine(self.question_label, self.add_question)
        box.addWidget(self.question_line)

        # One line per pair of doctors: one for two doctors, three for three (made when first
        # needed; every widget here is styled again on each change of text size).
        self._box = box
        self.lines: list[ReviewLine] = []
        self._add_line()

        self.show_all = QPushButton(self.tr("Show all"))
        self.show_all.setObjectName("compare_show_all")
        self.show_all.setCheckable(True)
        self.show_all.toggled.connect(self.showAllToggled)
        box.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_row(None)

    def _add_line(self) -> ReviewLine:
        line = ReviewLine()
        line.changed.connect(self.changed)
        line.hide()
        self._box.insertWidget(self._box.indexOf(self.question_line) + 1 + len(self.lines), line)
        self.lines.append(line)
        return line

    def _fix_tab_order(self) -> None:
        """Tab in reading order, whatever order the controls were made in."""
        stops = [self.add_question]
        for line in self.lines:
            stops += line.tab_stops()
        stops.append(self.show_all)
        for first, second in zip(stops, stops[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _add_question(self) -> None:
        point = self._question_point
        if point is not None and point.question.strip():
            self.questionAdded.emit(point.question.strip(), point)

    def tab_stops(self) -> list[QWidget]:
        """The panel's controls in the order they read."""
        stops: list[QWidget] = [self.add_question]
        for line in self.lines:
            stops += line.tab_stops()
        return stops + [self.show_all]

    def flush_note(self) -> None:
        for line in self.lines:
            line.flush_note()

    @property
    def note_busy(self) -> bool:
        return any(line.note_busy for line in self.lines)

    def show_row(self, row: CompareRow | None, names: dict[str, str] | None = None,
                 doctors: int = 2, muted: str = "", folds: tuple[bool, bool] = (False, False),
                 ) -> None:
        """Show the controls for ``row`` (None: a hint to choose one). ``names`` maps opinion id
        to the doctor's name; ``folds`` says whether the row's texts are folded, or shown in
        full and could fold again."""
        names = names or {}
        if row is None:
            self.flush_note()
            self.key = None
            self._question_point = None
            self.title.hide()
            self.hint.show()
            self.question_line.hide()
            self.reason.hide()
            self.show_all.hide()
            for line in self.lines:
                line.hide()
            return
        self.key = row.key
        self.hint.hide()
        self.title.show()
        self.title.setText(fill(self.tr("Your view of this point: {point}"),
                                point=f"<b>{html.escape(row.label)}</b>"))
        self.title.setAccessibleName(fill(self.tr("Your view of this point: {point}"),
                                          point=row.label))

        self.reason.setVisible(bool(row.reason))
        self.reason.setText(fill(self.tr("Why they may differ: {reason}"),
                                 reason=inside_sentence(row.reason)))
        question = row.question
        shown = bool(question) and row.differs
        self._question_point = next(
            (p.point for p in row.pairs if p.point.question == question), None) if shown else None
        self.question_line.setVisible(shown)
        if shown:
            self.question_label.setText(f"▸ {question}")
            self.question_label.setAccessibleName(
                fill(self.tr("Suggested question: {question}"), question=question))
            self.add_question.setAccessibleName(
                fill(self.tr("Add the question about {point} to my questions"),
                     point=about_point(row.label, row.topic)))

        def short(opinion_id: str) -> str:
            return short_name(names.get(opinion_id, ""))

        made = len(self.lines) + sum(1 for line in self.lines if line.state_combo is not None)
        while len(self.lines) < len(row.pairs):
            self._add_line()
        for i, line in enumerate(self.lines):
            if i < len(row.pairs):
                pair = row.pairs[i]
                title = (fill(self.tr("{a} and {b}"), a=short(pair.a_id), b=short(pair.b_id))
                         if doctors > 2 else "")
                line.show_pair(pair, title, self._finding(pair, short), muted, row.label,
                               row.topic)
            line.setVisible(i < len(row.pairs))
        if made != len(self.lines) + sum(1 for line in self.lines if line.state_combo is not None):
            self._fix_tab_order()

        folded, can_fold = folds
        self.show_all.setVisible(folded or can_fold)
        self.show_all.blockSignals(True)
        self.show_all.setChecked(can_fold and not folded)
        self.show_all.blockSignals(False)
        self.show_all.setText(self.tr("Show less") if can_fold and not folded
                              else self.tr("Show all"))
        self.show_all.setAccessibleName(
            fill(self.tr("Fold the texts of {point} again") if can_fold and not folded
                 else self.tr("Show all of the texts of {point}"),
                 point=point_name(row.label, row.topic)))

    def _finding(self, pair: PairPoint, short: object) -> str:
        """The program's own finding on one pair's point, in words."""
        status = pair.point.status
        if status in ("only_a", "only_b"):
            who = pair.a_id if status == "only_a" else pair.b_id
            return fill(self.tr("only {doctor} mentions it"),
                        doctor=short(who))  # type: ignore[operator]
        if status == "same" and getattr(pair.point, "wording_only", False):
            return self.tr("they say the same in other words")
        if status == "maybe_same" and pair.point.spelling:
            return self.tr("they may mean the same: a word typed two ways")
        if status == "maybe_same" and getattr(pair.point, "read_two_ways", "") == "frequency":
            return self.tr("they may mean the same: how often, written with a word of two "
                           "meanings")
        if status == "maybe_same" and getattr(pair.point, "read_two_ways", "") == "limit":
            return self.tr("they may mean the same: a most of sodium against about as much salt")
        if status == "maybe_same" and pair.point.topic == "recommendation" and pair.point.detail:
            return self.tr("they may mean the same: a dose written so that it can mean two "
                           "amounts")
        if status == "maybe_same" and pair.point.topic == "evidence":
            return self.tr("they may mean the same: a result written without its unit")
        return {"same": self.tr("they say the same"),
                "refined": self.tr("one is more precise"),
                "different": self.tr("they differ"),
                "maybe_same": self.tr("they may mean the same: an abbreviation with two meanings"),
                }.get(status, status)
