# SPDX-License-Identifier: GPL-3.0-or-later
"""The bar at the top of the compare view: which doctors' opinions to compare (two, or three with
"+ third") and the "Only differences" switch.

It keeps what the user chose across edits where those opinions still exist, and never lets a
doctor face itself: choosing a doctor shown in another combo swaps the two.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from secondop_desktop.domain.model import Opinion
from secondop_desktop.i18n import fill
from secondop_desktop.ui.compare_flow import FlowLayout


def _pair(label: QLabel, field: QWidget) -> QWidget:
    """A word and its control, side by side, or the control under the word where the bar is
    too narrow for both (a doctor's whole name at a large text size in a small window)."""
    box = QWidget()
    row = FlowLayout(box, spacing=6, one_line_hint=True)
    row.addWidget(label)
    row.addWidget(field)
    return box


class DoctorCombo(QComboBox):
    """A choice of doctor as wide as the longest name it offers, so whole names show; only
    where the bar has truly no room for that (large text in a small window) is the name cut,
    in the middle ("Dr Robert … opinion)"), the whole name then in its tooltip. Its
    accessible name says which doctor it is set to."""

    MIN_CHARACTERS = 8

    def __init__(self, name: str, which: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._which = which
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _i: self.refresh_name())
        self.refresh_name()

    def sizeHint(self) -> QSize:
        # The widest name whole (Qt's own measure leaves it a few pixels short under the sheet).
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                     default=0)
        return QSize(max(hint.width(), widest + self._chrome()), hint.height())

    def minimumSizeHint(self) -> QSize:
        # Room for a few letters: less than the whole name only where nothing else fits.
        hint = super().minimumSizeHint()
        letters = self.fontMetrics().horizontalAdvance("M") * self.MIN_CHARACTERS
        return QSize(min(self.sizeHint().width(), letters + self._chrome()), hint.height())

    def _field(self, width: int) -> QRect:
        """Where the name is drawn in a box ``width`` wide."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, width, max(self.height(), 1))
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return field.adjusted(1, 0, -1, 0)  # as the style draws the label

    def _chrome(self) -> int:
        """The box's width beside its name: frame, padding and the arrow."""
        return 1000 - self._field(1000).width() + 2

    def refresh_name(self) -> None:
        """Say the doctor chosen in the accessible name (and the tooltip where it is cut);
        called after a change made with signals blocked too."""
        name = self.currentText()
        self.setAccessibleName(fill(self.tr("{which}: {doctor}"), which=self._which,
                                    doctor=name) if name else self._which)
        self._show_tooltip()

    def _field_width(self) -> int:
        return self._field(self.width()).width()

    def _cut(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.currentText()) > self._field_width()

    def _show_tooltip(self) -> None:
        # The whole name on hover when it is cut on screen; none when all of it shows.
        tip = self.currentText() if self._cut() else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_tooltip()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # Qt keeps the old minimum size otherwise
            self._show_tooltip()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideMiddle, self._field_width())
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def _opinion_name(opinion: Opinion) -> str:
    label = opinion.label.strip()
    if label and label != opinion.doctor:
        return f"{opinion.doctor} ({label})"
    return opinion.doctor


class CompareBar(QWidget):
    choiceChanged = Signal()
    """The user chose other doctors, or added or removed the third (also when ``fill`` has to
    drop the third for want of a third opinion)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._previous_choice: list[str | None] = [None, None, None]
        bar = FlowLayout(spacing=8)
        title = QLabel(self.tr("Compare"))
        title.setObjectName("compare_title")
        self.first_combo = DoctorCombo("compare_first_combo", self.tr("First doctor to compare"))
        with_label = QLabel(self.tr("with"))
        self.second_combo = DoctorCombo("compare_second_combo",
                                        self.tr("Second doctor to compare"))
        self.and_label = QLabel(self.tr("and"))
        self.third_combo = DoctorCombo("compare_third_combo", self.tr("Third doctor to compare"))
        self.third_button = QPushButton(self.tr("+ third"))
        self.third_button.setObjectName("compare_third_button")
        self.third_button.setAccessibleName(self.tr("Add a third doctor to the comparison"))
        self.third_button.setCheckable(True)
        self.only_differences = QCheckBox(self.tr("Only differences"))
        self.only_differences.setObjectName("compare_only_differences")
        self.only_differences.setAccessibleName(self.tr("Show only the points that differ"))
        self.most_important = QCheckBox(self.tr("Most important first"))
        self.most_important.setObjectName("compare_most_important")
        self.most_important.setAccessibleName(
            self.tr("Show the most important differences first"))
        # Points the doctors said the same in other words are folded away until asked for.
        self.show_reworded = QCheckBox()
        self.show_reworded.setObjectName("compare_show_reworded")
        self.show_reworded.hide()
        title.setBuddy(self.first_combo)
        with_label.setBuddy(self.second_combo)
        self.and_label.setBuddy(self.third_combo)
        # Each word stays with its combo when the bar wraps at large text sizes.
        self.third_group = _pair(self.and_label, self.third_combo)
        for widget in (_pair(title, self.first_combo), _pair(with_label, self.second_combo),
                       self.third_group, self.third_button, self.only_differences,
                       self.most_important, self.show_reworded):
            bar.addWidget(widget)
        self.third_group.hide()
        self.setObjectName("compare_bar")
        self.setLayout(bar)

        self.first_combo.currentIndexChanged.connect(lambda _i: self._pair_chosen(0))
        self.second_combo.currentIndexChanged.connect(lambda _i: self._pair_chosen(1))
        self.third_combo.currentIndexChanged.connect(lambda _i: self._pair_chosen(2))
        self.third_button.toggled.connect(self._third_toggled)

    def fill(self, opinions: list[Opinion]) -> None:
        """Offer these opinions, keeping what the user chose where it still exists, else the
        doctors in the order seen."""
        ids = [o.id for o in opinions]
        chosen = [c.currentData() for c in self._combos()]
        defaults = ids[:3] + [None] * 3
        combos = self._combos()
        which = [self.tr("First doctor"), self.tr("Second doctor"), self.tr("Third doctor")]
        for place, combo in enumerate(combos):
            combo.blockSignals(True)
            combo.clear()
            for opinion in opinions:
                combo.addItem(_opinion_name(opinion), opinion.id)
                # Each list's items say which doctor they choose (the three lists hold the
                # same names).
                combo.setItemData(combo.count() - 1, f"{which[place]}: {_opinion_name(opinion)}",
                                  Qt.ItemDataRole.AccessibleTextRole)
        picked: list[str | None] = []
        for i, combo in enumerate(combos):
            want = chosen[i] if chosen[i] in ids and chosen[i] not in picked else None
            if want is None:
                want = next((d for d in defaults if d is not None and d not in picked), None)
            picked.append(want)
            combo.setCurrentIndex(combo.findData(want) if want is not None else -1)
            combo.blockSignals(False)
            combo.refresh_name()
        self._previous_choice = [c.currentData() for c in combos]
        enough_for_three = len(ids) >= 3
        self.third_button.setEnabled(enough_for_three)
        self.third_button.setToolTip("" if enough_for_three else self.tr(
            "Add a third doctor's opinion for a three-way view"))
        if not enough_for_three and self.third_button.isChecked():
            self.third_button.setChecked(False)
        self.first_combo.setEnabled(len(ids) >= 2)
        self.second_combo.setEnabled(len(ids) >= 2)

    def set_reworded_count(self, count: int) -> None:
        """Offer the points said the same in other words, when there are any."""
        self.show_reworded.setText(
            fill(self.tr("Same in other words ({count})"), count=count))
        self.show_reworded.setAccessibleName(
            self.tr("Show the %n point(s) the doctors said the same in other words", "", count))
        self.show_reworded.setVisible(count > 0)

    def chosen_ids(self) -> list[str]:
        """The ids of the opinions chosen, in the combos' order (the third only when added)."""
        ids = [self.first_combo.currentData(), self.second_combo.currentData()]
        if self.third_button.isChecked():
            ids.append(self.third_combo.currentData())
        return [i for i in ids if i]

    def _combos(self) -> list[DoctorCombo]:
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
                combo.refresh_name()
        self._previous_choice = [c.currentData() for c in combos]
        self.choiceChanged.emit()

    def _third_toggled(self, on: bool) -> None:
        self.third_group.setVisible(on)
        self.third_button.setText(self.tr("− third") if on else self.tr("+ third"))
        self.third_button.setAccessibleName(
            self.tr("Remove the third doctor from the comparison") if on
            else self.tr("Add a third doctor to the comparison"))
        self.choiceChanged.emit()
