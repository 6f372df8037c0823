# SPDX-License-Identifier: GPL-3.0-or-later
"""Rows sized to their words only while the table is on screen.

A table whose rows follow their contents (``ResizeToContents``) measures every row again on a
new text size or style, even on a page nobody is looking at: with every page of a case built,
that was most of a text size step's stall. While the table is hidden its rows keep the heights
they had (``Interactive``); when it is shown again they are measured once, before it is painted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

_Mode = QHeaderView.ResizeMode


class _RowsWhenShown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Hide, QEvent.Type.Show) and isinstance(watched, QTableView):
            header = watched.verticalHeader()
            if kind == QEvent.Type.Hide:
                header.setSectionResizeMode(_Mode.Interactive)
            else:
                header.setSectionResizeMode(_Mode.ResizeToContents)
                header.resizeSections()  # now, so the first paint has the right heights
        return False


def fit_rows_when_shown(table: QTableView) -> None:
    """Rows as tall as their words while ``table`` is shown; measured again when it is shown
    after a change made while it was hidden (text size, style, language, contents)."""
    table.verticalHeader().setSectionResizeMode(_Mode.ResizeToContents)
    watcher = _RowsWhenShown(table)
    table.installEventFilter(watcher)
    if not table.isVisible():
        table.verticalHeader().setSectionResizeMode(_Mode.Interactive)
