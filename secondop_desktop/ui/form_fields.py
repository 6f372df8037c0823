# SPDX-License-Identifier: GPL-3.0-or-later
"""The editors' form controls: growing text boxes, choices, check boxes, a date with "No date",
the start of a form page, and setters that show a value without emitting an edit. (Named like
every control: ``fields.name``.)"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.ui.date_field import DateField  # noqa: F401 - the editors' date field
from secondop_desktop.ui.fields import Heading, name, set_line
from secondop_desktop.ui.fields import hint_label as hint_label  # a part of forms too
from secondop_desktop.ui.step_words import RewordableTr
from secondop_desktop.ui.words import word

WRAP_SLACK = 4  # pixels kept free beside a wrapped check box's text (rounding, focus frame)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


def text_edit(object_name: str, accessible: str, placeholder: str = "",
              lines: int = 3) -> QPlainTextEdit:
    edit = GrowingTextEdit(lines)
    name(edit, object_name, accessible)
    edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the window
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def combo(object_name: str, accessible: str, choices: dict[Any, str]) -> QComboBox:
    box = QComboBox()
    name(box, object_name, accessible)
    # Size by a few letters, not the longest choice, so large text never forces a wide window.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    for value, words in choices.items():
        box.addItem(word(words), value)
    return box


def check(object_name: str, text: str) -> QCheckBox:
    box = WrappingCheckBox(text)
    name(box, object_name, text.rstrip("?:"))
    return box


class WrappingCheckBox(QCheckBox):
    """A check box whose words go onto more lines when the form is narrow (large text in a small
    window) rather than making the page wider than the window. ``label()`` is the whole text;
    ``text()`` is it as shown, with the line breaks."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._label = text
        # May be narrower than its text (the words wrap), and as tall as the lines then need.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Layouts ask the height for one width many times a pass: remembered until the font
        # or style changes.
        self._heights: dict[int, int] = {}

    def label(self) -> str:
        return self._label

    def _box_width(self) -> int:
        style = self.style()
        return (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self))

    def _wrapped(self, width: int) -> str:
        """The label broken into lines that fit ``width`` (a word longer than that keeps its
        own line)."""
        metrics = self.fontMetrics()
        room = max(1, width - self._box_width() - WRAP_SLACK)
        lines: list[str] = []
        line = ""
        for piece in self._label.split():
            candidate = f"{line} {piece}" if line else piece
            if line and metrics.horizontalAdvance(candidate) > room:
                lines.append(line)
                line = piece
            else:
                line = candidate
        lines.append(line)
        return "\n".join(lines)

    def _size_for(self, text: str) -> QSize:
        # As QCheckBox measures itself, for the given text.
        option = QStyleOptionButton()
        self.initStyleOption(option)
        shown = self.fontMetrics().size(QtCore.Qt.TextFlag.TextShowMnemonic, text)
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self)
        contents = QSize(self._box_width() + shown.width() + WRAP_SLACK,
                         max(shown.height(), indicator))
        return self.style().sizeFromContents(QStyle.ContentsType.CT_CheckBox, option, contents,
                                             self)

    def sizeHint(self) -> QSize:
        return self._size_for(self._label)

    def minimumSizeHint(self) -> QSize:
        longest = max(self._label.split(), key=self.fontMetrics().horizontalAdvance, default="")
        return self._size_for(longest)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._size_for(self._wrapped(width)).height()
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wrapped = self._wrapped(event.size().width())
        if wrapped != self.text():
            self.setText(wrapped)
        super().resizeEvent(event)


def set_combo_value(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    if index < 0:
        index = 0
    if box.currentIndex() != index:
        box.blockSignals(True)
        box.setCurrentIndex(index)
        box.blockSignals(False)


def set_text(edit: QPlainTextEdit, text: str | None) -> None:
    text = text or ""
    if edit.toPlainText() != text:
        edit.blockSignals(True)
        edit.setPlainText(text)
        edit.blockSignals(False)
        if isinstance(edit, GrowingTextEdit):
            edit.fit()


def set_checked(box: QCheckBox, on: bool) -> None:
    if box.isChecked() != bool(on):
        box.blockSignals(True)
        box.setChecked(bool(on))
        box.blockSignals(False)


def set_value(widget: QWidget, value: Any) -> None:
    """Show ``value`` in a line, text box, choice or check box, emitting no edit."""
    if isinstance(widget, QLineEdit):
        set_line(widget, value)
    elif isinstance(widget, QPlainTextEdit):
        set_text(widget, value)
    elif isinstance(widget, QComboBox):
        set_combo_value(widget, value)
    elif isinstance(widget, QCheckBox):
        set_checked(widget, bool(value))


class GrowingTextEdit(QPlainTextEdit):
    """A text box that starts a few lines high and grows with what is typed (up to a limit)."""

    def __init__(self, lines: int = 3, max_lines: int = 14) -> None:
        super().__init__()
        self._lines = lines
        self._max_lines = max_lines
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Lines wrap at the box's width: a sideways bar only ever showed for the moment the
        # upright one appeared (a few pixels), covering the last line.
        self.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.textChanged.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        line = self.fontMetrics().lineSpacing()
        doc_lines = max(self._lines, min(self._max_lines, int(self.document().size().height())))
        frame = 2 * self.frameWidth() + int(self.document().documentMargin() * 2) + 6
        self.setFixedHeight(doc_lines * line + frame)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()


def page_body(
    heading: str, heading_name: str, hint: str
) -> tuple[QWidget, QVBoxLayout, QFormLayout]:
    """The start of a scrolling form page: heading, hint line and an empty wrapping form.

    Returns the body widget (for ``QScrollArea.setWidget``), its layout and the form, which the
    caller fills and adds to the layout where it wants it.
    """
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(16, 12, 16, 16)
    layout.setSpacing(8)
    layout.addWidget(Heading(heading, 1.3, heading_name))
    layout.addWidget(hint_label(hint))
    return body, layout, wrapping_form()


def add_rows(form: QFormLayout, rows: Iterable[tuple[str | QLabel, QWidget]]) -> None:
    """Each field after its caption, whose words wrap and which leads to the field (a click or
    its Alt+letter; a date's text box rather than its buttons)."""
    for label, widget in rows:
        caption = label if isinstance(label, QLabel) else QLabel(label)
        caption.setBuddy(getattr(widget, "date_edit", widget))
        caption.setWordWrap(True)
        form.addRow(caption, widget)


def fit_form(form: QFormLayout, room: int) -> None:
    """Labels beside their fields when both fit in ``room`` pixels, else every label above its
    field (large text in a narrow window): tidier than wrapping only the rows that overflow."""
    labels = wanted = 0
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is not None and label.widget() is not None:
            caption = label.widget()
            labels = max(labels, caption.minimumWidth(), caption.sizeHint().width())
        if field is not None:
            # What the field would like, not the least it can take: a check box can wrap its
            # words into a sliver, which is no reason to squeeze it beside a label.
            wanted = max(wanted, field.sizeHint().width())
    needed = labels + max(form.horizontalSpacing(), 6) + wanted
    policy = (QFormLayout.RowWrapPolicy.WrapLongRows if needed <= room
              else QFormLayout.RowWrapPolicy.WrapAllRows)
    if form.rowWrapPolicy() != policy:
        form.setRowWrapPolicy(policy)


def page_room(area: QScrollArea) -> int:
    """The width a scrolling page's form has: the viewport's, less the page's margins and the
    scroll bar. (Asked of the area: wrapping its C++-made viewport makes PySide set up every
    QWidget subclass it might be, ~30 ms the first time.)"""
    margins = area.widget().layout().contentsMargins()
    room = area.maximumViewportSize().width() - margins.left() - margins.right()
    bar = area.verticalScrollBar()
    if bar.isVisible():
        room -= bar.width()
    return room


class FormPage(RewordableTr, QScrollArea):
    """A scrolling page with one main form, ``form`` (set by the page as it builds it), whose
    labels go above their fields whenever label and field do not both fit (``fit_form``)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form: QFormLayout | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.form is not None and self.widget() is not None:
            fit_form(self.form, page_room(self))


def wrapping_form() -> QFormLayout:
    """A form whose labels go above their fields when both do not fit side by side."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


