# SPDX-License-Identifier: GPL-3.0-or-later
"""Run the comparison engine off the window's thread (``latest_worker``), so the window never
waits on it. Each run works on its own deep copy of the case, so the user may go on editing
meanwhile, and answers only once: a run superseded by a newer request is dropped, never shown.

A run may be started one turn of the event loop later (``after_paint``), once the window has
painted what it just showed: the engine's thread and the window's share the interpreter's lock,
so a paint made while the engine runs waits on it at every call from Qt into Python.
"""

from __future__ import annotations

import copy
import importlib
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

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
        self._waiting: Callable[[], Any] | None = None
        """A run asked for with ``after_paint``, not started yet."""
        self._start = QTimer(self)
        self._start.setSingleShot(True)
        self._start.setInterval(0)  # a timer, not a posted call: it runs after the paint
        self._start.timeout.connect(self._start_waiting)

    @property
    def synchronous(self) -> bool:
        return self._worker.synchronous

    @property
    def busy(self) -> bool:
        """A run is under way (or about to start) whose answer is still wanted."""
        return self._waiting is not None or self._worker.busy

    def compare(self, case: Case, ids: list[str], after_paint: bool = False) -> None:
        """Compare ``ids`` in ``case`` as it is now; with ``after_paint`` the engine starts on
        the next turn of the event loop (at once when ``synchronous``)."""
        # The copy is taken now, on this thread: the run must not see later edits.
        if self.synchronous:
            self._worker.request(lambda: _run_engine(self._engine, case, list(ids)))
            return
        snapshot, chosen = copy.deepcopy(case), list(ids)

        def job() -> Any:
            return _run_engine(self._engine, snapshot, chosen)

        if after_paint:
            self._worker.cancel()  # an answer to an earlier request is no longer wanted
            self._waiting = job
            self._start.start()
            return
        self._drop_waiting()
        self._worker.request(job)

    def _start_waiting(self) -> None:
        job, self._waiting = self._waiting, None
        if job is not None:
            self._worker.request(job)

    def _drop_waiting(self) -> None:
        self._start.stop()
        self._waiting = None

    def cancel(self) -> None:
        """Any answer on its way is no longer wanted."""
        self._drop_waiting()
        self._worker.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for the latest answer (scripts and tests); True when it has arrived."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._waiting is not None and time.monotonic() < deadline:
            QCoreApplication.processEvents()
        left = max(0, int((deadline - time.monotonic()) * 1000))
        return self._waiting is None and self._worker.wait(left)
