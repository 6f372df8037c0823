# SPDX-License-Identifier: GPL-3.0-or-later
"""The one way work leaves the window's thread: only the latest request is answered, on the
window's thread, and a failing job is told rather than raised."""

from __future__ import annotations

import threading

from secondop_desktop.ui.latest_worker import LatestWorker


class Gate:
    """Jobs that wait until the test lets each through, recording where and what ran."""

    def __init__(self) -> None:
        self.gate = threading.Semaphore(0)
        self.ran: list[str] = []
        self.threads: set[int] = set()

    def job(self, name: str):
        def run() -> str:
            self.threads.add(threading.get_ident())
            self.ran.append(name)
            assert self.gate.acquire(timeout=20)  # a time-out only so a broken test cannot hang
            return name.upper()
        return run


def answers(worker: LatestWorker) -> list[tuple[object, str]]:
    got: list[tuple[object, str]] = []
    worker.finished.connect(lambda result, error: got.append((result, error)))
    return got


def test_only_the_latest_request_is_answered_and_waiting_ones_never_run(qtbot) -> None:
    worker = LatestWorker()
    got = answers(worker)
    jobs = Gate()
    worker.request(jobs.job("first"))
    qtbot.waitUntil(lambda: jobs.ran == ["first"])
    worker.request(jobs.job("second"))  # waits behind "first"…
    worker.request(jobs.job("third"))  # …and is replaced by this one before it starts
    assert worker.busy
    for _ in range(3):
        jobs.gate.release()
    assert worker.wait(5000)
    assert jobs.ran == ["first", "third"]
    assert got == [("THIRD", "")]  # the answer to "first" came and was dropped
    assert threading.get_ident() not in jobs.threads
    assert worker.join(5)


def test_a_failing_job_is_told_not_raised(qtbot) -> None:
    worker = LatestWorker()
    got = answers(worker)

    def broken() -> None:
        raise ValueError("the disk went away")

    worker.request(broken)
    assert worker.wait(5000)
    assert got == [(None, "the disk went away")]
    worker.request(lambda: 42)  # the worker goes on after a failure
    assert worker.wait(5000)
    assert got[-1] == (42, "")


def test_cancel_drops_the_answer_on_its_way_and_join_waits_for_the_job(qtbot) -> None:
    worker = LatestWorker()
    got = answers(worker)
    jobs = Gate()
    worker.request(jobs.job("search"))
    qtbot.waitUntil(lambda: jobs.ran == ["search"])
    worker.cancel()
    assert not worker.busy
    assert not worker.join(0.05)  # still running: the job holds the gate
    jobs.gate.release()
    assert worker.join(5)
    qtbot.wait(20)  # the dropped answer has had time to arrive
    assert got == []


def test_synchronous_answers_before_request_returns() -> None:
    worker = LatestWorker(synchronous=True)
    got = answers(worker)
    worker.request(lambda: threading.get_ident())
    assert got == [(threading.get_ident(), "")]
    assert not worker.busy
