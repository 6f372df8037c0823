# SPDX-License-Identifier: GPL-3.0-or-later
"""The one way the window runs work off its own thread: ``LatestWorker``, "latest request wins".

Usage::

    worker = LatestWorker(parent)                       # lives on the GUI thread
    worker.finished.connect(show)                       # show(result, error) on the GUI thread
    worker.request(functools.partial(journal.search, text, 50))   # again on every keystroke

A job is any callable taking no arguments; it runs on a worker thread, one job at a time, so it
must not touch a widget (give it copies, or objects that lock for themselves, as the journal
does). Of a burst of requests only the latest is answered: a request still waiting when a newer
one comes is dropped unrun, and the answer of a job already running is dropped on arrival.
``finished(result, error)`` then carries the job's return value and ``""``, or ``None`` and the
text of the exception it raised (never lost in a thread, never raised into the event loop).

The thread is a plain daemon thread started when a request comes and ended when no request is
left, so an idle window holds no thread and quitting never waits for a job (a job that only
reads, like the integrity check, may be cut short by the process ending). Used by the search
box (``search_worker.Searcher``), the compare view (``compare_worker.Comparer``), the diagnosis
code look-up (``icd_lookup``), the Decision and Follow-ups tabs, and the journal's integrity
check after start (``window_session.BackgroundWork``).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

Job = Callable[[], Any]


def _call(job: Job) -> tuple[Any, str]:
    try:
        return job(), ""
    except Exception as error:  # noqa: BLE001 - told to the caller rather than lost in a thread
        return None, str(error) or type(error).__name__


class _Signals(QObject):
    done = Signal(int, object, str)  # serial, result, error text ("" when none)


class LatestWorker(QObject):
    """Runs jobs on a worker thread, one at a time; answers only the latest request.

    ``synchronous=True`` runs each job at once on the calling thread and answers before
    ``request`` returns (tests and scripts)."""

    finished = Signal(object, str)
    """(result, error) of the latest request; error is "" when the job returned normally."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False,
                 name: str = "secondop-worker") -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._name = name
        self._serial = 0  # of the latest request (GUI thread only)
        self._answered = 0  # the latest serial answered or cancelled (GUI thread only)
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending: tuple[int, Job] | None = None  # the one request waiting to run
        self._running = False  # a worker thread is alive (it ends when nothing is pending)
        # Emitted on the worker thread; the connection queues it to this object's thread.
        self._signals = _Signals(self)
        self._signals.done.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """A request is under way whose answer is still wanted."""
        return self._answered < self._serial

    def request(self, job: Job) -> None:
        """Run ``job`` off this thread; any earlier request's answer is no longer wanted."""
        self._serial += 1
        if self.synchronous:
            self._deliver(self._serial, *_call(job))
            return
        with self._lock:
            self._pending = (self._serial, job)  # replaces (drops) one not started yet
            if self._running:
                return
            self._running = True
        threading.Thread(target=self._drain, name=self._name, daemon=True).start()

    def cancel(self) -> None:
        """Any answer on its way is no longer wanted; a job not started yet is dropped."""
        self._serial += 1
        self._answered = self._serial
        with self._lock:
            self._pending = None

    def join(self, timeout_s: float = 30.0) -> bool:
        """Block until no job runs or waits (e.g. before closing what the jobs read); True when
        the worker is idle. Answers still queued to this thread are not delivered by this."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._running, timeout_s)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Process events until the latest answer has been delivered (tests and scripts);
        True when it has."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self.busy and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            if self.busy:
                time.sleep(0.005)
        return not self.busy

    def _drain(self) -> None:
        """The worker thread: run the pending request until none is left, then end."""
        while True:
            with self._lock:
                if self._pending is None:
                    self._running = False
                    self._idle.notify_all()
                    return
                serial, job = self._pending
                self._pending = None
            try:
                result, error = _call(job)
            except BaseException:  # the thread ends (SystemExit…): a later request starts one
                with self._lock:
                    self._running = False
                    self._idle.notify_all()
                raise
            # RuntimeError: the owner was deleted meanwhile, so nobody is left to tell.
            with contextlib.suppress(RuntimeError):
                self._signals.done.emit(serial, result, error)

    def _deliver(self, serial: int, result: object, error: str) -> None:
        if serial != self._serial:
            return  # an older request's answer: a newer one is on its way (or it was cancelled)
        self._answered = serial
        self.finished.emit(result, error)
