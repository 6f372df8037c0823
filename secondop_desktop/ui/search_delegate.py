# SPDX-License-Identifier: GPL-3.0-or-later
"""How one search result is drawn: the case and where in it, then the words around the match
with the match in bold (one piece: "X-ray", "heart attack"), and what a result was found as."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from secondop_desktop.ui import unreadable
from secondop_desktop.ui.search_model import HitRole

_Index = QModelIndex | QPersistentModelIndex

PAD_X = 6
PAD_Y = 4


class SearchHitDelegate(QStyledItemDelegate):
    """Rich text rows for ``SearchResultsModel`` (``HitRole.RichText``), wrapped to the list's
    width; the plain text (``DisplayRole``) stays what screen readers read."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        """The row's text laid out at the list's width."""
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HitRole.RichText) or "")
        width = option.rect.width() or self._view.viewport().width()
        doc.setTextWidth(max(width - 2 * PAD_X, 40))
        return doc

    @unreadable.guarded("the search results", lambda _s, _o, _i: QSize(1, 40))
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.rect.setWidth(self._view.viewport().width())
        doc = self.document(item, index)
        return QSize(1, int(doc.size().height() + 0.999) + 2 * PAD_Y)

    @unreadable.guarded("the search results", lambda *_args: None)
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        doc = self.document(item, index)
        item.text = ""  # the style draws the background, focus and selection; the text is ours
        style = item.widget.style() if item.widget is not None else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour(item))
        painter.save()
        painter.translate(QPointF(item.rect.left() + PAD_X, item.rect.top() + PAD_Y))
        doc.documentLayout().draw(painter, context)
        painter.restore()


def text_colour(item: QStyleOptionViewItem) -> QColor:
    """The colour of a row's words, as the style sheet colours a row the style draws itself: on
    the selection, its text colour; on the quiet selection of a window in the background, the
    plain text colour (``QListView::item:selected:!active`` in style.qss: the sheet gives the
    palette's selected-text colour its active white in every group, so that is not it)."""
    state = item.state
    if not state & QStyle.StateFlag.State_Enabled:
        return item.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    if not state & QStyle.StateFlag.State_Active:
        return item.palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Text)
    selected = bool(state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return item.palette.color(QPalette.ColorGroup.Active, role)
