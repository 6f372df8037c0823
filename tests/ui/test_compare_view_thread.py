# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison runs off the window's thread: the window stays alive, the old rows stay, a
quiet "Comparing…" shows, and an answer to an out-of-date question is dropped."""

from __future__ import annotations

import copy
import threading

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from secondop_desktop.domain.comparison import Comparison
from secondop_desktop.domain.model import Case, Review
from secondop_desktop.ui.compare_view import CompareView
from tests.ui.test_compare_model_fakes import FakeEngine
from tests.ui.test_compare_view import current_rows, rows, summary


class SlowEngine(FakeEngine):
    """As slow as a test wants: each comparison waits until the test lets one through."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Semaphore(0)
        self.started = 0
        self.finished = 0
        self.threads: list[int] = []

    def compare_opinions(self, case: Case, a_id: str, b_id: str) -> Comparison:
        self.started += 1
        self.threads.append(threading.get_ident())
        # A time-out only so a broken test cannot hang the run.
        assert self.gate.acquire(timeout=20)
        result = super().compare_opinions(case, a_id, b_id)
        self.finished += 1
        return result


@pytest.fixture
def engine() -> SlowEngine:
    return SlowEngine()


@pytest.fixture
def view(qtbot, engine: SlowEngine) -> CompareView:
    widget = CompareView(engine=engine)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    for _ in range(5):  # let any run still waiting end before the view goes
        engine.gate.release()


def busy(view: CompareView) -> QWidget:
    return view.findChild(QWidget, "compare_busy")


def test_the_window_stays_alive_while_the_engine_works(
        qtbot, view: CompareView, engine: SlowEngine, demo_case: Case) -> None:
    view.set_case(demo_case)
    # Nothing to show yet: "Comparing…" at once, and no rows.
    assert busy(view).isVisible()
    assert view.is_busy()
    assert "Comparing the doctors' opinions" in summary(view)
    assert rows(view) == []
    qtbot.waitUntil(lambda: engine.started == 1)
    assert engine.threads == [engine.threads[0]] and engine.threads[0] != threading.get_ident()

    fired: list[bool] = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired))  # the window's own events still run…
    assert engine.finished == 0  # …while the engine is still at work
    assert busy(view).isVisible()

    engine.gate.release()
    qtbot.waitUntil(lambda: len(rows(view)) == 7)
    assert not view.is_busy() and not busy(view).isVisible()
    assert summary(view).startswith("Diagnosis: refined (one doctor is more specific)")


def test_old_rows_stay_while_an_edit_is_compared_and_next_waits_for_the_new_ones(
        qtbot, view: CompareView, engine: SlowEngine, demo_case: Case) -> None:
    engine.gate.release()
    view.set_case(demo_case)
    qtbot.waitUntil(lambda: len(rows(view)) == 7 and not view.is_busy())
    first_rows = rows(view)

    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    edited = copy.deepcopy(demo_case)
    edited.opinions[0].rationale += " Seen again."  # an edit: compared again
    edited.reviews.append(Review(opinions=[a, b], point="stage", verdict="same"))
    view.set_case(edited)
    view.refresh_now()
    qtbot.waitUntil(lambda: engine.started == 2)
    # The user goes on editing the case meanwhile: the run has its own copy.
    edited.reviews.clear()
    qtbot.waitUntil(lambda: busy(view).isVisible())
    assert rows(view) == first_rows and view.table.model().rowCount() == 7
    assert "4 points where the doctors differ" in summary(view)
    view.next_difference()  # pressed while comparing: taken once the new rows are in
    assert current_rows(view) == []

    engine.gate.release()
    qtbot.waitUntil(lambda: not view.is_busy())
    assert not busy(view).isVisible()
    assert "3 points where the doctors differ" in summary(view)
    assert current_rows(view) == [0]


def test_an_answer_to_an_older_question_is_dropped(
        qtbot, view: CompareView, engine: SlowEngine, demo_case: Case) -> None:
    delivered: list[int] = []
    view._comparer._signals.done.connect(lambda serial, *_: delivered.append(serial))
    view.set_case(demo_case)
    qtbot.waitUntil(lambda: engine.started == 1)
    other = copy.deepcopy(demo_case)
    other.id = "another-case"
    for opinion, name in zip(other.opinions, ("Dr Ana Lima", "Dr Ben Ode"), strict=False):
        opinion.physician.name = name
    view.set_case(other)  # a newer question while the first is still being answered

    engine.gate.release()  # the first run ends…
    qtbot.waitUntil(lambda: len(delivered) == 1)
    # …and its answer is dropped: the first case's doctors never show.
    assert view.is_busy() and rows(view) == []
    assert view.filter.headerData(1, Qt.Orientation.Horizontal) is None

    engine.gate.release()
    qtbot.waitUntil(lambda: not view.is_busy())
    assert len(rows(view)) == 7
    assert view.filter.headerData(1, Qt.Orientation.Horizontal) == "Dr Ana Lima"
    assert view.model.result is not None and view.model.result.case_id == "another-case"


def test_an_engine_error_is_told_not_raised(qtbot, demo_case: Case) -> None:
    class Broken(FakeEngine):
        def compare_opinions(self, case: Case, a_id: str, b_id: str) -> Comparison:
            raise ValueError("no such opinion")

    widget = CompareView(engine=Broken())
    qtbot.addWidget(widget)
    widget.show()
    widget.set_case(demo_case)
    qtbot.waitUntil(lambda: not widget.is_busy())
    message = widget.findChild(QLabel, "compare_message")
    assert message.isVisible() and "could not be compared: no such opinion" in message.text()


class _PaintWatch(QObject):
    """Notes how many runs the engine had started each time a widget was painted."""

    def __init__(self, engine: SlowEngine) -> None:
        super().__init__()
        self.engine = engine
        self.started_at_paint: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.started_at_paint.append(self.engine.started)
        return False


def test_comparing_is_on_screen_before_the_engine_starts(
        qtbot, view: CompareView, engine: SlowEngine, demo_case: Case) -> None:
    watch = _PaintWatch(engine)
    view.summary.installEventFilter(watch)
    view.set_case(demo_case)
    # The window paints "Comparing…" first; the engine, which would slow that paint down
    # (the two threads share the interpreter), starts on the next turn.
    assert view.is_busy() and busy(view).isVisible()
    assert "Comparing the doctors' opinions" in summary(view)
    assert engine.started == 0
    qtbot.waitUntil(lambda: engine.started == 1)
    assert watch.started_at_paint and watch.started_at_paint[0] == 0
    engine.gate.release()
    qtbot.waitUntil(lambda: len(rows(view)) == 7 and not view.is_busy())
    assert engine.started == 1
    view.summary.removeEventFilter(watch)


def test_a_case_left_before_its_comparison_starts_is_never_compared(
        qtbot, view: CompareView, engine: SlowEngine, demo_case: Case) -> None:
    other = copy.deepcopy(demo_case)
    other.id = "another-case"
    view.set_case(demo_case)
    view.set_case(other)  # the user went on to another case at once
    qtbot.waitUntil(lambda: engine.started == 1)
    engine.gate.release()
    qtbot.waitUntil(lambda: not view.is_busy())
    assert engine.started == 1 and len(rows(view)) == 7
    assert view.model.result is not None and view.model.result.case_id == "another-case"

    view.set_case(None)
    view.set_case(demo_case)
    view.set_case(None)  # closed before its comparison began
    qtbot.wait(50)
    assert engine.started == 1 and not view.is_busy()
    assert view.findChild(QLabel, "compare_message").isVisible()


def test_a_first_comparison_of_a_view_never_painted_still_starts(qtbot, demo_case: Case) -> None:
    engine = SlowEngine()
    engine.gate.release()
    widget = CompareView(engine=engine)  # never shown: no paint to wait for
    qtbot.addWidget(widget)
    widget.set_case(demo_case)
    assert widget.is_busy() and engine.started == 0
    assert widget.wait_until_compared(5_000)
    assert engine.started == 1 and widget.model.rowCount() == 7
