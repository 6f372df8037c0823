# SPDX-License-Identifier: GPL-3.0-or-later
"""Saving at once when the session ends: SIGTERM and SIGHUP (logging out, shutting down, a
closed terminal, ``kill``) and the session manager's "commit data" request.

In place from the window's first paint (``application.run`` makes it first of the work after
the paint), before the window's icon and its last case: a logout the moment the window is seen
closes it as the user would, saved, rather than ending the process unhandled (a race the real
window's test met under load, the handler made only once the last case had opened).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from secondop_desktop.ui.main_window import MainWindow

# Python runs signal handlers only between its own bytecodes: a slow timer gives it the chance
# while Qt waits for events.
SIGNAL_WAKE_MS = 300


class SaveOnLogout:
    """SIGTERM and SIGHUP (logging out, shutting down, a closed terminal, ``kill``) save at once
    and close the window, asking nothing (what cannot be saved is kept as text:
    ``MainWindow.terminate``); the session manager's "commit data" request saves at once too.
    ``restore`` puts the earlier signal handlers back."""

    def __init__(self, window: MainWindow) -> None:
        self._previous: dict[int, object] = {}
        self._wake: QTimer | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.commitDataRequest.connect(_commit_data_slot(window))
        if threading.current_thread() is not threading.main_thread():
            return  # Python takes signals on its main thread only
        wanted = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
        for number in wanted:
            self._previous[number] = signal.signal(
                number, lambda _sig, _frame: QTimer.singleShot(0, window.terminate))
        self._wake = QTimer()
        self._wake.setInterval(SIGNAL_WAKE_MS)
        self._wake.timeout.connect(lambda: None)
        self._wake.start()

    def restore(self) -> None:
        if self._wake is not None:
            self._wake.stop()
            self._wake = None
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        self._previous.clear()


def _commit_data_slot(window: MainWindow) -> Callable[[object], None]:
    def commit(_manager: object) -> None:
        window.commit_data()

    return commit
