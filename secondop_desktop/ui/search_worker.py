# SPDX-License-Identifier: GPL-3.0-or-later
"""Search the journal on a worker thread, so typing in the search box never waits on it.

The journal serialises its own use behind a lock, so a search may run beside an autosave. Each
answer carries the number of the question it answers; the window drops answers to old ones.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from secondop_desktop.store.errors import JournalError

if TYPE_CHECKING:
    from secondop_desktop.store.journal import Journal


class SearchSignals(QObject):
    done = Signal(int, object, str)  # serial, list of hits, error text ("" when none)


class _SearchJob(QRunnable):
    def __init__(self, journal: Journal, text: str, limit: int, serial: int,
                 signals: SearchSignals) -> None:
        super().__init__()
        self._journal, self._text, self._limit = journal, text, limit
        self._serial, self._signals = serial, signals

    def run(self) -> None:
        hits: list[object] = []
        error = ""
        try:
            hits = list(self._journal.search(self._text, self._limit))
        except JournalError as exc:
            error = str(exc)
        # RuntimeError: the window closed meanwhile, so nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self._signals.done.emit(self._serial, hits, error)


class Searcher(QObject):
    """Ask with ``search(text)``; ``found(hits, error)`` answers the latest question only."""

    found = Signal(object, str)

    def __init__(self, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit = limit
        self._serial = 0
        self._signals = SearchSignals(self)
        self._signals.done.connect(self._answered)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def search(self, journal: Journal, text: str) -> None:
        self._serial += 1
        self._pool.start(_SearchJob(journal, text, self._limit, self._serial, self._signals))

    def cancel(self) -> None:
        self._serial += 1  # any answer on its way is now stale

    def wait(self) -> None:
        self._pool.waitForDone()

    def _answered(self, serial: int, hits: object, error: str) -> None:
        if serial == self._serial:
            self.found.emit(hits, error)
