# SPDX-License-Identifier: GPL-3.0-or-later
"""The user's own view of one point of one pair of doctors: same or different, where they are
with it, and a note. It reports what the user did; the view turns that into a Review."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain.model import REVIEW_STATES
from secondop_desktop.ui.compare_rows import PairPoint

NOTE_DELAY_MS = 600


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

        self.title = QLabel()
        self.title.setObjectName("review_pair_title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.hide()
        box.addWidget(self.title)

        verdict = QHBoxLayout()
        your_view = QLabel(self.tr("Your view:"))
        self.same_radio = QRadioButton(self.tr("they say the same"))
        self.same_radio.setObjectName("review_same_radio")
        self.same_radio.setAccessibleName(self.tr("Your view: they say the same"))
        self.differ_radio = QRadioButton(self.tr("they differ"))
        self.differ_radio.setObjectName("review_differ_radio")
        self.differ_radio.setAccessibleName(self.tr("Your view: they differ"))
        group = QButtonGroup(self)
        group.addButton(self.same_radio)
        group.addButton(self.differ_radio)
        # clicked, not toggled: only the user's own choice becomes a Review.
        self.same_radio.clicked.connect(lambda: self._emit(verdict="same"))
        self.differ_radio.clicked.connect(lambda: self._emit(verdict="different"))
        verdict.addWidget(your_view)
        verdict.addWidget(self.same_radio)
        verdict.addWidget(self.differ_radio)
        verdict.addStretch(1)
        box.addLayout(verdict)

        state_row = QHBoxLayout()
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
            lambda i: self._emit(state=self.state_combo.itemData(i)))
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("review_note_edit")
        self.note_edit.setAccessibleName(self.tr("Your note on this point"))
        self.note_edit.setPlaceholderText(self.tr("Note: what you learned…"))
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DELAY_MS)
        self._note_timer.timeout.connect(lambda: self._emit(note=self.note_edit.text()))
        self.note_edit.textEdited.connect(lambda _t: self._note_timer.start())
        self.note_edit.editingFinished.connect(self.flush_note)
        state_row.addWidget(state_label)
        state_row.addWidget(self.state_combo)
        state_row.addWidget(self.note_edit, 1)
        box.addLayout(state_row)

    def _emit(self, **changes: object) -> None:
        if self.pair is not None:
            self.changed.emit((self.pair.a_id, self.pair.b_id, self.pair.point.key, changes))

    def flush_note(self) -> None:
        """Send a note still waiting on its delay (on leaving the field, or before a rebuild)."""
        if self._note_timer.isActive():
            self._note_timer.stop()
            self._emit(note=self.note_edit.text())

    @property
    def note_busy(self) -> bool:
        """The user is typing a note here: a refresh must not overwrite it."""
        return self._note_timer.isActive() or self.note_edit.hasFocus()

    def show_pair(self, pair: PairPoint, title: str) -> None:
        """Show the user's view of ``pair``; ``title`` names the two doctors (three-doctor rows)."""
        same_point = self.pair is not None and (self.pair.a_id, self.pair.b_id,
                                                self.pair.point.key) == (
            pair.a_id, pair.b_id, pair.point.key)
        if not same_point:
            self.flush_note()
        self.pair = pair
        point = pair.point
        self.title.setVisible(bool(title))
        self.title.setText(f"<b>{html.escape(title)}</b>")
        for widget in (self.same_radio, self.differ_radio, self.state_combo):
            widget.blockSignals(True)
        (self.differ_radio if point.differs else self.same_radio).setChecked(True)
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(point.state), 0))
        for widget in (self.same_radio, self.differ_radio, self.state_combo):
            widget.blockSignals(False)
        if not (same_point and self.note_busy) and self.note_edit.text() != point.note:
            self.note_edit.setText(point.note)
        suffix = f" ({title})" if title else ""
        self.same_radio.setAccessibleName(self.tr("Your view: they say the same") + suffix)
        self.differ_radio.setAccessibleName(self.tr("Your view: they differ") + suffix)
        self.state_combo.setAccessibleName(
            self.tr("Where you are with this difference") + suffix)
        self.note_edit.setAccessibleName(self.tr("Your note on this point") + suffix)
