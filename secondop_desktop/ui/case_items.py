# SPDX-License-Identifier: GPL-3.0-or-later
"""What the views of a list of the case's items share: the questions', records' and medicines'
tables and ``RowListEditor``'s lists.

The parts of the page (a row of buttons that wraps, the table set up alike) and ``ItemSelection``:
the selected item kept by its id across undo, redo and switching case, and the remove / move of
the selected item as one undo step. Each page keeps what is its own (its words, its columns, quick
entry, the checklist) and says which view, model and edits it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from secondop_desktop.domain.model import Case
from secondop_desktop.ui import fields, rows_when_shown
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.compare_flow import FlowLayout
from secondop_desktop.ui.step_words import RewordableTr

_Behaviour = QAbstractItemView.SelectionBehavior
_Triggers = QAbstractItemView.EditTrigger


def button_row(object_name: str, *buttons: QPushButton) -> QWidget:
    """The buttons side by side, in this (the Tab) order; they wrap onto more lines at large text
    sizes rather than widening the page."""
    row = QWidget()
    row.setObjectName(object_name)
    layout = FlowLayout(row)
    for button in buttons:
        layout.addWidget(button)
    return row


def item_table(object_name: str, accessible: str, model: QAbstractItemModel,
               metrics: QFontMetrics, lines: int, column_chars: int,
               behaviour: _Behaviour = _Behaviour.SelectItems,
               triggers: _Triggers = _Triggers.NoEditTriggers,
               wrap_headings: bool = False) -> QTableView:
    """A table of the case's items: one selected at a time, wrapping words, rows as tall as their
    words, at least ``lines`` lines high and ``column_chars`` characters a column (in
    ``metrics``, the page's font). With ``wrap_headings`` its column headings take more lines
    rather than end in "…"."""
    table = QTableView()
    if wrap_headings:
        from secondop_desktop.ui.wrapping_header import WrappingHeader

        table.setHorizontalHeader(WrappingHeader(table))
    fields.readable_headers(table)
    fields.name(table, object_name, accessible)
    table.setModel(model)
    table.setWordWrap(True)
    table.setSelectionBehavior(behaviour)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(triggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    rows_when_shown.fit_rows_when_shown(table)  # measured when shown, not while hidden
    table.setMinimumHeight(metrics.lineSpacing() * lines)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    # As wide as the page, never wider: with many doctors or large text the table scrolls
    # sideways itself rather than pushing the whole page off the window.
    table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
    table.horizontalHeader().setMinimumSectionSize(metrics.averageCharWidth() * column_chars)
    model.modelReset.connect(table.resizeRowsToContents)
    model.dataChanged.connect(lambda *_: table.resizeRowsToContents())
    return table


class ItemSelection(RewordableTr):
    """The selected item of a view of the case's items, for a widget that mixes it in (first,
    before the Qt class).

    The widget has ``document``, ``model`` (``set_document``, ``sync``, ``row_of``, ``id_at``),
    ``empty_label``, ``details`` and the ``add_button``, ``remove_button``, ``up_button`` and
    ``down_button``; it says which view shows the items (``_item_view``) and shows the selected
    item (``_show_selected``). Nothing holds on to a domain object: the item is found by id in the
    document's current case each time, so an undo (a fresh copy of the case) is just ``load()``.
    """

    document: CaseDocument | None
    model: Any
    empty_label: QWidget
    details: QWidget
    add_button: QPushButton
    remove_button: QPushButton
    up_button: QPushButton
    down_button: QPushButton
    _selected_id: str | None = None
    _select_column = 0  # the cell made current when a row is selected
    _select_flags = QItemSelectionModel.SelectionFlag.ClearAndSelect

    def _item_view(self) -> QAbstractItemView:
        raise NotImplementedError

    def _show_selected(self) -> None:
        raise NotImplementedError

    # -- the document --------------------------------------------------------------------------

    def set_document(self, document: CaseDocument | None) -> None:
        self.document = document
        self._selected_id = None
        self.model.set_document(document)
        self.load()

    def load(self) -> None:
        """Show the case as it is now (after switching case, undo or redo)."""
        keep = self._selected_id
        self.model.sync(force_reset=True)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        self._select_row(row)
        self._show_selected()

    # -- selection -----------------------------------------------------------------------------

    def _select_row(self, row: int, column: int | None = None) -> None:
        """Select row ``row`` (none when -1) without the view's signals."""
        view = self._item_view()
        self._selected_id = self.model.id_at(row)
        selection = view.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.model.index(row, self._select_column if column is None else column)
            selection.setCurrentIndex(index, self._select_flags)
            view.scrollTo(index)
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        view.viewport().update()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._selected_id = self.model.id_at(current.row()) if current.isValid() else None
        if self.document is not None:
            self.document.break_merge()
        self._show_selected()

    def select_item(self, item_id: str) -> bool:
        """Select an item (e.g. a search result); False if it is not in this view."""
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        self._select_row(row)
        self._show_selected()
        return True

    def _show_rows(self, item: Any) -> None:
        """The list, or the words for an empty one; the details of ``item`` (the selected one,
        or None); the buttons that act on it enabled where they can."""
        count = self.model.rowCount()
        row = self.model.row_of(self._selected_id) if self._selected_id else -1
        self.empty_label.setVisible(count == 0)
        self._item_view().setVisible(count > 0)
        self.details.setVisible(item is not None)
        self.add_button.setEnabled(self.document is not None)
        self.remove_button.setEnabled(item is not None)
        self.up_button.setEnabled(item is not None and row > 0)
        self.down_button.setEnabled(item is not None and 0 <= row < count - 1)

    # -- changes -------------------------------------------------------------------------------

    def _edit(self, key: str, text: str, change: Callable[[Case], None],
              mergeable: bool = False) -> None:
        """``change`` as one undo step named ``text``, then the view follows the case."""
        if self.document is None:
            return
        self.document.edit(key, text, change, mergeable=mergeable)
        self.model.sync()

    def _add_items(self, key: str, text: str, change: Callable[[Case], None],
                   first_id: str) -> None:
        """``change``, which adds items, as one undo step; the first item added is selected."""
        self._edit(key, text, change)
        self._select_row(self.model.row_of(first_id))
        self._show_selected()

    def _remove_selected(self, key: str, text: str,
                         remove: Callable[[Case, str], None]) -> None:
        """Remove the selected item (``remove(case, item_id)``); the next one is selected then,
        or the last when it was the last."""
        item_id = self._selected_id
        if item_id is None or self.document is None:
            return
        row = self.model.row_of(item_id)
        self._edit(key, text, lambda case: remove(case, item_id))
        self._select_row(min(row, self.model.rowCount() - 1))
        self._show_selected()

    def _move_selected(self, key: str, text: str,
                       move: Callable[[Case, str], None]) -> None:
        """Move the selected item (``move(case, item_id)``), which stays selected."""
        item_id = self._selected_id
        if item_id is None or self.document is None:
            return
        self._edit(key, text, lambda case: move(case, item_id))
        self._select_row(self.model.row_of(item_id))
        self._show_selected()
