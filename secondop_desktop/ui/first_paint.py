# SPDX-License-Identifier: GPL-3.0-or-later
"""Work that may wait until the window is on screen: the start-up shows the window first and
then does the rest (open the last case, set the icon), as the user sees the window sooner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:  # not loaded at run time: its classes cost start-up time
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QWidget


class _FirstExpose(QObject):
    def __init__(self, window: QWindow, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._widget = widget
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and self._window.isExposed():
            self._window.removeEventFilter(self)
            # Queued: the expose event (the window's first paint) is handled before it runs.
            # Tied to the widget: a window closed and gone by then is not called.
            QTimer.singleShot(0, self._widget, self._then)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once, just after ``widget``'s window is first painted on screen (at once,
    on the next turn of the event loop, if it is showing already). Call it after ``show()``."""
    handle = widget.window().windowHandle()
    if handle is None or handle.isExposed():
        QTimer.singleShot(0, widget, then)
        return
    _FirstExpose(handle, widget, then)
