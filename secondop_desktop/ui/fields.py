# SPDX-License-Identifier: GPL-3.0-or-later
"""Small building blocks every screen uses: named controls, text lines, buttons, headings.

Every control gets an ``objectName`` (stable snake_case, what tests and accessibility tools find
it by) and an ``accessibleName`` (what a screen reader says). The editors' form controls (text
boxes, choices, dates, form pages) are in ``form_fields``: this module loads before the main
window's first paint, and those classes cost start-up time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

from secondop_desktop.ui import appearance, plain_text


def name(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


def hint_label(text: str, object_name: str = "") -> QLabel:
    """A line of quieter text under a heading, saying what the part is for (also the words a
    list shows while it is empty). ``form_fields.hint_label`` is this one."""
    label = QLabel(text)
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


def line_edit(object_name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    name(edit, object_name, accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def button(object_name: str, text: str, accessible: str = "") -> QPushButton:
    btn = QPushButton(text)
    name(btn, object_name, accessible or text.replace("&", "").strip("+ …").strip())
    return btn


def set_line(edit: QLineEdit, text: str | None) -> None:
    """Show ``text`` without emitting an edit, and without moving the cursor if unchanged."""
    text = text or ""
    if edit.text() != text:
        edit.blockSignals(True)
        edit.setText(text)
        if not edit.hasFocus():
            edit.setCursorPosition(0)  # show the start of a long text, not its end
        edit.blockSignals(False)


class Heading(QLabel):
    """A section heading: the application font, larger and bold, following text-size changes.

    Its extra size shrinks as the text grows (``scale`` at 100 %, half the extra at 200 %):
    large text makes headings large already, and a small window has few lines to spare."""

    def __init__(self, text: str, scale: float = 1.25, object_name: str = "") -> None:
        super().__init__(text)
        plain_text.plain(self, text)  # a heading may show a case's title: never as markup
        self._scale = scale
        if object_name:
            self.setObjectName(object_name)
        self.setAccessibleName(text)
        self.setWordWrap(True)
        self.refresh_font()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        plain_text.plain(self, text)
        super().setText(text)

    def refresh_font(self) -> None:
        font = QFont(QApplication.font())
        growth = max(1.0, font.pointSizeF() / appearance.base_point_size())
        font.setPointSizeF(font.pointSizeF() * (1 + (self._scale - 1) / growth))
        font.setBold(True)
        self.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.refresh_font()


class ElidedHeading(Heading):
    """A heading kept to one line: a title longer than the room ends in "…" and shows whole in
    its tooltip (and to screen readers). A long case title at large text took three lines of a
    small window's height."""

    def __init__(self, text: str, scale: float = 1.25, object_name: str = "") -> None:
        super().__init__(text, scale, object_name)
        self.setWordWrap(False)
        self._full = text
        self._elide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        plain_text.plain(self, text)
        self.setAccessibleName(text)
        self._elide()

    def text(self) -> str:
        return getattr(self, "_full", super().text())

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.text()) + 4, metrics.height())

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("M…") * 2, metrics.height())

    def refresh_font(self) -> None:
        super().refresh_font()
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        full = getattr(self, "_full", None)
        if full is None:
            return
        # QtCore.Qt looked up here, not imported: this module loads before the first paint.
        shown = self.fontMetrics().elidedText(full, QtCore.Qt.TextElideMode.ElideRight,
                                              self.width())
        if super().text() != shown:
            QLabel.setText(self, shown)
        self.setToolTip(plain_text.tooltip(full) if shown != full else "")


class _HeaderTips(QtCore.QObject):
    """Shows a column heading's whole text when the pointer rests on it (the heading itself
    may be cut short with "…" in a narrow window or at large text)."""

    def eventFilter(self, watched: QtCore.QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            from PySide6.QtWidgets import QHeaderView, QToolTip

            header = watched.parent()
            if isinstance(header, QHeaderView) and header.model() is not None:
                section = header.logicalIndexAt(event.pos())  # type: ignore[attr-defined]
                text = header.model().headerData(section, header.orientation()) if (
                    section >= 0) else None
                if text:
                    QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                      plain_text.tooltip(str(text)), header)
                    return True
        return False


def readable_headers(view: QWidget) -> None:
    """A table's column headings end in "…" when cut short (Qt cuts them at both ends by
    default, which reads as other words) and show their whole text as a tooltip."""
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    header.setTextElideMode(QtCore.Qt.TextElideMode.ElideRight)
    tips = _HeaderTips(header)
    tips.setObjectName("header_tips")
    header.viewport().installEventFilter(tips)
