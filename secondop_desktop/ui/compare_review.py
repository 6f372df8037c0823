# SPDX-License-Identifier: GPL-3.0-or-later
"""The user's own view of one point of one pair of doctors: same or different, where they are
with it, and a note. It reports what the user did; the view turns that into a Review.

The radio buttons show only what the user said. Until the user says something neither is chosen,
and a line beside them says in words what the program found, so the program's finding is never
passed off as the user's choice. Once the user has said something, "Clear my view" takes it back
(a radio button cannot be unchosen by clicking it again): the point then counts as the program
found it, and any state and note the user keeps on it stay.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain.model import REVIEW_STATES
from secondop_desktop.ui.compare_flow import FlowLayout
from secondop_desktop.ui.compare_rows import PairPoint

NOTE_DELAY_MS = 600


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
        self.note_edit: QLineEdit | None = None
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
        combo = QComboBox()
        combo.setObjectName("review_state_combo")
        combo.setAccessibleName(self.tr("Where you are with this difference"))
        names = {"open": self.tr("Open"), "asked": self.tr("Asked"),
                 "explained": self.tr("Explained"), "resolved": self.tr("Resolved")}
        for state in REVIEW_STATES:
            combo.addItem(names.get(state, state), state)
        state_label.setBuddy(combo)
        combo.currentIndexChanged.connect(lambda i: self._emit(state=combo.itemData(i)))
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
                  muted: str = "") -> None:
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
        point = pair.point
        self.title.setVisible(bool(title))
        self.title.setText(f"<b>{html.escape(title)}:</b>" if title else "")
        self._set_verdict(point.verdict)
        self.clear_button.setVisible(point.verdict is not None)
        found = self.tr("The program found: %1").replace("%1", finding) if finding else ""
        style = f' style="color:{muted}"' if muted else ""
        self.program_label.setText(f"<i{style}>{html.escape(found)}</i>" if found else "")
        self.program_label.setVisible(bool(found))
        self.program_label.setAccessibleName(found)

        # Where the point counts as a difference, or the user already keeps a state or a note
        # on it, the user can say where they are with it.
        wanted = (point.differs or point.state != "open" or bool(point.note)
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

        suffix = f" ({title})" if title else ""
        self.same_radio.setAccessibleName(self.tr("Your view: they say the same") + suffix)
        self.differ_radio.setAccessibleName(self.tr("Your view: they differ") + suffix)
        self.clear_button.setAccessibleName(self.tr("Clear your view of this point") + suffix)
        if self.state_combo is not None and self.note_edit is not None:
            self.state_combo.setAccessibleName(
                self.tr("Where you are with this difference") + suffix)
            self.note_edit.setAccessibleName(self.tr("Your note on this point") + suffix)
