# SPDX-License-Identifier: GPL-3.0-or-later
"""Columns of a table that step aside where the table is narrow for its text (large text, a
small window): the form under the table shows what they held, and the columns left keep room
to be read whole. They come back when there is room."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class NarrowColumns(QObject):
    """Hides ``columns()`` of ``table`` while its viewport is narrower than ``room()`` pixels,
    looked at again when the viewport is resized, the table's font changes, or ``fit`` is
    called (the model gained a column, say)."""

    def __init__(self, table: QTableView, columns: Callable[[], Iterable[int]],
                 room: Callable[[], int]) -> None:
        super().__init__(table)
        self._table, self._columns, self._room = table, columns, room
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if ((kind == QEvent.Type.Resize and watched is self._table.viewport())
                or (kind == QEvent.Type.FontChange and watched is self._table)):
            self.fit()
        return False

    def fit(self) -> None:
        narrow = self._table.viewport().width() < self._room()
        for column in self._columns():
            self._table.setColumnHidden(column, narrow)
