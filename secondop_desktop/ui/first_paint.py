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
    """One watcher per window, however many wait for its first paint: each Python event
    filter has PySide wrap every event the window gets until then (the window and the start
    each wait, and ``application.run`` five times more)."""

    def __init__(self, window: QWindow) -> None:
        super().__init__(window)
        self._window = window
        self.waiting: list[tuple[QWidget, Callable[[], None]]] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and self._window.isExposed():
            self._window.removeEventFilter(self)
            # Queued: the expose event (the window's first paint) is handled before they run.
            # Tied to their widget: a window closed and gone by then is not called. The last
            # to ask goes first, as when each had a filter of its own (Qt calls the filter
            # installed last first).
            for widget, then in reversed(self.waiting):
                QTimer.singleShot(0, widget, then)
            self.waiting.clear()
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None],
                      or_after_ms: int | None = None) -> None:
    """Call ``then`` once, just after ``widget``'s window is first painted on screen (at once,
    on the next turn of the event loop, if it is showing already). Call it after ``show()``.
    With ``or_after_ms``, a window not painted by then (one started minimised is never
    exposed) gets ``then`` that long after this call instead, and not again at its paint."""
    handle = widget.window().windowHandle()
    if handle is None or handle.isExposed():
        QTimer.singleShot(0, widget, then)
        return
    if or_after_ms is not None:
        then = _first_of_two(widget, then, or_after_ms)
    watcher = handle.findChild(_FirstExpose)
    if watcher is None or not watcher.waiting:
        watcher = _FirstExpose(handle)
    watcher.waiting.append((widget, then))


def _first_of_two(widget: QWidget, then: Callable[[], None], ms: int) -> Callable[[], None]:
    """``then`` for the paint, also called by a timer of ``widget``'s in ``ms``; whichever
    comes first runs it. (A timer object: ``QTimer.singleShot`` with a delay and a context
    builds QMetaMethod's enums on first use, ~0.7 ms before the first paint.)"""
    timer = QTimer(widget)
    timer.setSingleShot(True)
    ran: list[bool] = []

    def once() -> None:
        timer.stop()
        if not ran:
            ran.append(True)
            then()

    timer.timeout.connect(once)
    timer.start(ms)
    return once
