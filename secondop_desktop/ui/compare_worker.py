# SPDX-License-Identifier: GPL-3.0-or-later
"""Run the comparison engine on a worker thread, so the window never waits on it.

The very first comparison on a computer can take seconds (the engine builds its index of
diagnosis codes on first need); later ones take milliseconds. Each run works on its own deep copy
of the case, so the user may go on editing meanwhile, and answers only once, with one signal: a
run superseded by a newer request is dropped, never shown.
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import importlib
import weakref
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal

from secondop_desktop.domain.model import Case


def _run_engine(engine: Any, case: Case, ids: list[str]) -> tuple[Any, str]:
    """(result, error text): the engine's Comparison or ThreeWay, or why it failed."""
    try:
        # Imported on first use: the engine pulls in text diffing and the code set helpers.
        engine = engine or importlib.import_module("secondop_desktop.domain.compare")
        if len(ids) == 3:
            return engine.compare_three(case, ids), ""
        return engine.compare_opinions(case, ids[0], ids[1]), ""
    except Exception as error:  # noqa: BLE001 - told to the user rather than lost in a thread
        return None, str(error) or type(error).__name__


_POOLS: weakref.WeakSet[QThreadPool] = weakref.WeakSet()


@atexit.register
def _let_jobs_end() -> None:
    # A job still running while Python shuts down fails on its way back into Python (Qt then
    # reports an exception from a worker thread); a comparison takes milliseconds: let it end.
    for pool in list(_POOLS):
        with contextlib.suppress(RuntimeError):
            pool.clear()
            pool.waitForDone(5000)


class _Signals(QObject):
    done = Signal(int, object, str)  # serial, result, error text ("" when none)


class _Job(QRunnable):
    def __init__(self, engine: Any, case: Case, ids: list[str], serial: int,
                 signals: _Signals) -> None:
        super().__init__()
        self._engine, self._case, self._ids = engine, case, ids
        self._serial, self._signals = serial, signals

    def run(self) -> None:
        result, error = _run_engine(self._engine, self._case, self._ids)
        # RuntimeError: the view closed meanwhile, so nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self._signals.done.emit(self._serial, result, error)


class Comparer(QObject):
    """Ask with ``compare(case, ids)``; ``finished(result, error)`` answers the latest only.

    ``synchronous`` runs the engine at once on the calling thread (tests, scripts).
    """

    finished = Signal(object, str)

    def __init__(self, engine: Any = None, synchronous: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self.synchronous = synchronous
        self._serial = 0
        self._answered = 0
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        _POOLS.add(self._pool)

    @property
    def busy(self) -> bool:
        """A run is under way whose answer is still wanted."""
        return self._answered < self._serial

    def compare(self, case: Case, ids: list[str]) -> None:
        self._serial += 1
        if self.synchronous:
            self._done(self._serial, *_run_engine(self._engine, case, list(ids)))
            return
        # Runs asked for but not started yet are superseded: drop them.
        self._pool.clear()
        self._pool.start(_Job(self._engine, copy.deepcopy(case), list(ids), self._serial,
                              self._signals))

    def cancel(self) -> None:
        """Any answer on its way is no longer wanted."""
        self._serial += 1
        self._answered = self._serial
        self._pool.clear()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for the latest answer (scripts and tests); True when it has arrived."""
        deadline = QDeadlineTimer(timeout_ms)
        while self.busy and not deadline.hasExpired():
            self._pool.waitForDone(20)
            QCoreApplication.processEvents()
        return not self.busy

    def _done(self, serial: int, result: object, error: str) -> None:
        if serial != self._serial:
            return  # an older run's answer: a newer request is on its way
        self._answered = serial
        self.finished.emit(result, error)
