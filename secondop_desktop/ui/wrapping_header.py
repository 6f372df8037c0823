# SPDX-License-Identifier: GPL-3.0-or-later
"""A table's column headings that wrap onto more lines at word boundaries instead of being cut
short: at large text in a narrow window "Where it stands" was "Where …", its whole text only on
hover. A word longer than its column still ends in "…" (and the heading's tooltip has it)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeaderV2, QWidget

from secondop_desktop.ui.text_lines import wrapped


class WrappingHeader(QHeaderView):
    """A horizontal header as tall as its most wrapped heading at the columns' widths."""

    # Lines a heading may take before its last one ends in "…".
    MOST_LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("wrapping_header")
        self.setSectionsClickable(True)  # as a table's own header: a click selects the column
        self.setHighlightSections(True)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._heights_changed)
        self.sectionResized.connect(lambda *_: self._relayout.start())
        self.sectionCountChanged.connect(lambda *_: self._relayout.start())

    def _heights_changed(self) -> None:
        self.updateGeometry()
        self.geometriesChanged.emit()  # the table makes room for the header's new height
        self.viewport().update()

    def _metrics(self) -> QFontMetrics:
        # Bold, as the style draws the heading of the column with the current item.
        font = QFont(self.font())
        font.setBold(True)
        return QFontMetrics(font)

    def _margin(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)

    def heading_lines(self, logical: int) -> tuple[str, ...]:
        """The heading of column ``logical`` as it is drawn, line by line."""
        model = self.model()
        text = model.headerData(logical, self.orientation()) if model is not None else None
        width = self.sectionSize(logical) - 2 * self._margin() - 2
        if not text or width <= 0:
            return ("",)
        return wrapped(str(text), self._metrics(), width, self.MOST_LINES)

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        shown = [i for i in range(self.count()) if not self.isSectionHidden(i)]
        if not shown:
            return size
        lines = max(len(self.heading_lines(i)) for i in shown)
        height = lines * self._metrics().lineSpacing() + 2 * self._margin() + 4
        return QSize(size.width(), max(size.height(), height))

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeaderV2()
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        option.text = "\n".join(self.heading_lines(logical))
        option.textElideMode = Qt.TextElideMode.ElideNone  # cut already, line by line
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
