# SPDX-License-Identifier: GPL-3.0-or-later
"""Rows (and columns) sized to their words only while the table is on screen.

A table whose rows follow their contents (``ResizeToContents``) measures every row again on a
new text size or style, even on a page nobody is looking at: with every page of a case built,
that was most of a text size step's stall. While the table is hidden its rows, and the columns
that follow their contents, keep the sizes they had (``Interactive``); when it is shown again
they are measured once, before it is painted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

_Mode = QHeaderView.ResizeMode


class _RowsWhenShown(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._fitted_columns: list[int] = []
        """The columns that follow their contents when shown (Interactive while hidden)."""

    def hidden(self, table: QTableView) -> None:
        table.verticalHeader().setSectionResizeMode(_Mode.Interactive)
        header = table.horizontalHeader()
        self._fitted_columns = [c for c in range(header.count())
                                if header.sectionResizeMode(c) == _Mode.ResizeToContents]
        for column in self._fitted_columns:
            header.setSectionResizeMode(column, _Mode.Interactive)

    def shown(self, table: QTableView) -> None:
        header = table.horizontalHeader()
        for column in self._fitted_columns:
            if column < header.count():
                header.setSectionResizeMode(column, _Mode.ResizeToContents)
        self._fitted_columns = []
        header.resizeSections()
        rows = table.verticalHeader()
        rows.setSectionResizeMode(_Mode.ResizeToContents)
        rows.resizeSections()  # now, so the first paint has the right heights

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QTableView):
            if event.type() == QEvent.Type.Hide:
                self.hidden(watched)
            elif event.type() == QEvent.Type.Show:
                self.shown(watched)
        return False


def fit_rows_when_shown(table: QTableView) -> None:
    """Rows as tall as their words while ``table`` is shown; measured again when it is shown
    after a change made while it was hidden (text size, style, language, contents). Columns
    set to follow their contents do the same; set their modes before calling this."""
    table.verticalHeader().setSectionResizeMode(_Mode.ResizeToContents)
    watcher = _RowsWhenShown(table)
    table.installEventFilter(watcher)
    if not table.isVisible():
        watcher.hidden(table)
