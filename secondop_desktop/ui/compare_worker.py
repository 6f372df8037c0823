# SPDX-License-Identifier: GPL-3.0-or-later
"""Run the comparison engine off the window's thread (``latest_worker``), so the window never
waits on it. Each run works on its own deep copy of the case, so the user may go on editing
meanwhile, and answers only once: a run superseded by a newer request is dropped, never shown.

A run may wait until the window has painted what it just showed (``after_paint``; the owner
calls ``painted()`` from its paint event, and the run starts on the next turn of the event loop,
the case copied then; at the latest after ``PAINT_WAIT_MS``): the engine's thread and the
window's share the interpreter's lock, so a paint made while the engine runs waits on it at
every call from Qt into Python. Along with its answer a run gives the digest of the case it
compared (``fingerprint``), worked out on the worker's thread too.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import importlib
import json
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from secondop_desktop.domain.model import Case
from secondop_desktop.ui.latest_worker import LatestWorker

PAINT_WAIT_MS = 100
"""A run waiting for a paint starts after this long anyway (the owner was not painted)."""


def fingerprint(case: Case) -> bytes:
    """A digest of what the comparison depends on: the case apart from the user's reviews of it
    (a digest rather than a copy: a long case's copy kept alive made the garbage collector's
    pauses longer)."""
    data = dataclasses.replace(case, reviews=[], updated_at=None).to_dict()
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def _run_engine(engine: Any, case: Case, ids: list[str]) -> tuple[Any, bytes]:
    """The engine's Comparison or ThreeWay (the engine module is one of the named lazy seams:
    it pulls in text diffing and the code set helpers), and the digest of the case compared."""
    engine = engine or importlib.import_module("secondop_desktop.domain.compare")
    if len(ids) == 3:
        result = engine.compare_three(case, ids)
    else:
        result = engine.compare_opinions(case, ids[0], ids[1])
    return result, fingerprint(case)


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
        self._worker.finished.connect(self._answered)
        self._signals = self._worker._signals  # tests watch raw answers, stale ones included
        self.fingerprint: bytes | None = None
        """The digest of the case the latest answer compared (None after an error)."""
        self._waiting: tuple[Case, list[str]] | None = None
        """A run asked for with ``after_paint``, not started yet."""
        self._start = QTimer(self)
        self._start.setSingleShot(True)
        self._start.timeout.connect(self._start_waiting)

    @property
    def synchronous(self) -> bool:
        return self._worker.synchronous

    @property
    def busy(self) -> bool:
        """A run is under way (or about to start) whose answer is still wanted."""
        return self._waiting is not None or self._worker.busy

    def compare(self, case: Case, ids: list[str], after_paint: bool = False) -> None:
        """Compare ``ids`` in ``case``; with ``after_paint`` the engine starts (and the case is
        copied) once the owner has been painted (``painted``); at once when ``synchronous``."""
        if self.synchronous:
            self._worker.request(lambda: _run_engine(self._engine, case, list(ids)))
            return
        if after_paint:
            self._worker.cancel()  # an answer to an earlier request is no longer wanted
            self._waiting = (case, list(ids))
            self._start.start(PAINT_WAIT_MS)
            return
        self._drop_waiting()
        self._request(case, list(ids))

    def _request(self, case: Case, ids: list[str]) -> None:
        # The copy is taken now, on this thread: the run must not see later edits.
        snapshot = copy.deepcopy(case)
        self._worker.request(lambda: _run_engine(self._engine, snapshot, ids))

    def painted(self) -> None:
        """The owner has just been painted: a run waiting for that starts on the next turn (a
        timer, which comes after the paint under way, not a posted call)."""
        if self._waiting is not None and self._start.interval() != 0:
            self._start.start(0)

    def _start_waiting(self) -> None:
        waiting, self._waiting = self._waiting, None
        # A worker handed over to the window (its page was built again) takes no new runs.
        if waiting is not None and self._worker.parent() is self:
            self._request(*waiting)

    def _drop_waiting(self) -> None:
        self._start.stop()
        self._waiting = None

    def _answered(self, answer: tuple[Any, bytes] | None, error: str) -> None:
        result, self.fingerprint = answer if answer is not None else (None, None)
        self.finished.emit(result, error)

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
