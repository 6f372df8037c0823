# SPDX-License-Identifier: GPL-3.0-or-later
"""Run the comparison engine off the window's thread (``latest_worker``), so the window never
waits on it. Each run works on its own deep copy of the case, so the user may go on editing
meanwhile, and answers only once: a run superseded by a newer request is dropped, never shown.
"""

from __future__ import annotations

import copy
import importlib
from typing import Any

from PySide6.QtCore import QObject, Signal

from secondop_desktop.domain.model import Case
from secondop_desktop.ui.latest_worker import LatestWorker


def _run_engine(engine: Any, case: Case, ids: list[str]) -> Any:
    """The engine's Comparison or ThreeWay (the engine module is one of the named lazy seams:
    it pulls in text diffing and the code set helpers)."""
    engine = engine or importlib.import_module("secondop_desktop.domain.compare")
    if len(ids) == 3:
        return engine.compare_three(case, ids)
    return engine.compare_opinions(case, ids[0], ids[1])


class Comparer(QObject):
    """Ask with ``compare(case, ids)``; ``finished(result, error)`` answers the latest only.

    ``synchronous`` runs the engine at once on the calling thread (tests, scripts).
    """

    finished = Signal(object, str)

    def __init__(self, engine: Any = None, synchronous: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._worker = LatestWorker(self, synchronous=synchronous, name="secondop-compare")
        self._worker.finished.connect(self.finished)
        self._signals = self._worker._signals  # tests watch raw answers, stale ones included

    @property
    def synchronous(self) -> bool:
        return self._worker.synchronous

    @property
    def busy(self) -> bool:
        """A run is under way whose answer is still wanted."""
        return self._worker.busy

    def compare(self, case: Case, ids: list[str]) -> None:
        # The copy is taken now, on this thread: the run must not see later edits.
        if self.synchronous:
            self._worker.request(lambda: _run_engine(self._engine, case, list(ids)))
            return
        snapshot, chosen = copy.deepcopy(case), list(ids)
        self._worker.request(lambda: _run_engine(self._engine, snapshot, chosen))

    def cancel(self) -> None:
        """Any answer on its way is no longer wanted."""
        self._worker.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for the latest answer (scripts and tests); True when it has arrived."""
        return self._worker.wait(timeout_ms)
