# SPDX-License-Identifier: GPL-3.0-or-later
"""Search the journal off the window's thread (``latest_worker``), so typing in the search box
never waits on it. The journal serialises its own use behind a lock, so a search may run beside
an autosave; only the answer to the latest text typed is shown."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from secondop_desktop.ui.latest_worker import LatestWorker

if TYPE_CHECKING:
    from secondop_desktop.store.journal import Journal


def _search(journal: Journal, text: str, limit: int) -> list[object]:
    return list(journal.search(text, limit))


class Searcher(QObject):
    """Ask with ``search(journal, text)``; ``found(hits, error)`` answers the latest question
    only (error: the journal's message, "" when none)."""

    found = Signal(object, str)

    def __init__(self, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit = limit
        self._worker = LatestWorker(self, name="secondop-search")
        self._worker.finished.connect(
            lambda hits, error: self.found.emit(hits if hits is not None else [], error))

    def search(self, journal: Journal, text: str) -> None:
        self._worker.request(partial(_search, journal, text, self._limit))

    def cancel(self) -> None:
        self._worker.cancel()  # any answer on its way is now stale

    def wait(self) -> None:
        """Until no search runs (no search may run on after the journal closes)."""
        self._worker.join()
