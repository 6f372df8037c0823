# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare view on the worked example with the real engine: it shows what the engine found."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPushButton, QRadioButton, QWidget

from secondop_desktop.domain import compare as engine
from secondop_desktop.domain.model import Case, Review, new_id
from secondop_desktop.ui.compare_style import SYMBOLS, mark_word
from secondop_desktop.ui.compare_summary import counts_text, diagnosis_word, plan_word
from secondop_desktop.ui.compare_view import CompareView
from tests.ui.test_compare_view import (
    apply_review,
    current_rows,
    mark_text,
    rows,
    shown_view,
    summary,
)


@pytest.fixture
def view(qtbot, demo_case: Case) -> CompareView:
    widget = shown_view(qtbot, demo_case, synchronous=False)
    qtbot.waitExposed(widget)
    # The real engine runs on a worker thread: wait for its rows.
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=30_000)
    return widget


def test_summary_follows_compare_opinions(view: CompareView, demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    found = engine.compare_opinions(demo_case, a, b)
    text = summary(view)
    assert text.startswith(f"Diagnosis: {diagnosis_word(found.summary.diagnosis)} · "
                           f"Plan: {plan_word(found.summary.plan)} · ")
    assert counts_text(found.summary.differ, found.summary.agree) in text
    assert found.summary.differ > 0
    assert view.difference_count() == found.summary.differ


def test_every_point_is_a_row_marked_with_symbol_and_word(
        view: CompareView, demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    found = engine.compare_opinions(demo_case, a, b)
    shown = rows(view)
    assert len(shown) == len(found.points)
    for row, point in zip(shown, found.points, strict=True):
        expected = f"{SYMBOLS[point.status]} {mark_word(point.status, 'Dr Hale', 'Dr Tanaka')}"
        assert expected in mark_text(row), point.key


def test_f7_visits_the_engines_differences_in_order(
        qtbot, view: CompareView, demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    found = engine.compare_opinions(demo_case, a, b)
    differing = [i for i, p in enumerate(found.points) if p.differs]
    checkbox = view.findChild(QCheckBox, "compare_only_differences")
    checkbox.setFocus()
    view.activateWindow()
    qtbot.waitUntil(checkbox.hasFocus)
    for index in differing[:3]:
        qtbot.keyClick(checkbox, Qt.Key.Key_F7)
        assert current_rows(view) == [f"compare_row_{index}"]
    qtbot.keyClick(checkbox, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert current_rows(view) == [f"compare_row_{differing[1]}"]


def test_overruling_the_program_drops_the_count_and_shows_both(
        qtbot, view: CompareView, demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    before = engine.compare_opinions(demo_case, a, b)
    index = next(i for i, p in enumerate(before.points) if p.differs and p.status == "different")
    point = before.points[index]
    qtbot.mouseClick(view.findChild(QPushButton, "compare_next"), Qt.MouseButton.LeftButton)
    row = rows(view)[index]
    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.mouseClick(row.findChild(QRadioButton, "review_same_radio"),
                         Qt.MouseButton.LeftButton)
    review: Review = signal.args[0]
    assert (review.opinions, review.point, review.verdict) == ([a, b], point.key, "same")

    case = apply_review(demo_case, review)
    after = engine.compare_opinions(case, a, b)
    assert after.summary.differ == before.summary.differ - 1
    view.set_case(case)
    qtbot.waitUntil(lambda: counts_text(after.summary.differ, after.summary.agree)
                    in summary(view))
    assert "(the program found" in summary(view)
    row = rows(view)[index]
    assert "≠ Differs" in mark_text(row) and "Your view: the same" in mark_text(row)


def test_three_doctors_with_the_real_engine(qtbot, demo_case: Case) -> None:
    case = copy.deepcopy(demo_case)
    third = copy.deepcopy(case.opinions[0])
    third.id = "third-opinion-id"
    third.label = "Third opinion"
    third.physician.name = "Dr Amara Okafor"
    for item in third.evidence + third.recommendations + third.answers:
        item.id = new_id()
    case.opinions.append(third)
    widget = shown_view(qtbot, case, synchronous=False)
    qtbot.mouseClick(widget.findChild(QPushButton, "compare_third_button"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=30_000)
    assert "Dr Amara Okafor" in widget.findChild(QLabel, "compare_header_2").text()
    shown = rows(widget)
    # Dr Okafor's points line up with Dr Hale's: one row per thing compared, as for two doctors.
    assert len(shown) == len(engine.compare_opinions(case, case.opinions[0].id,
                                                     case.opinions[1].id).points)
    # Dr Okafor repeats Dr Hale word for word, so every row that differs names a pair agreeing.
    differing = [r for r in shown if "≠" in mark_text(r) or "~" in mark_text(r)]
    assert differing
    assert any("Dr Hale and Dr Okafor agree" in mark_text(r) for r in differing)


def test_a_tall_row_is_shown_from_its_top(qtbot, view: CompareView, demo_case: Case) -> None:
    """In a short window the doctors' reasoning is taller than the view: Next shows its start."""
    view.resize(640, 360)
    qtbot.waitUntil(lambda: view.height() == 360)
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    found = engine.compare_opinions(demo_case, a, b)
    index = next(i for i, p in enumerate(found.points) if p.topic == "rationale")
    next_button = view.findChild(QPushButton, "compare_next")
    while current_rows(view) != [f"compare_row_{index}"]:
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    row = rows(view)[index]
    scroll = view.findChild(QFrame, "compare_rows")
    assert row.height() > scroll.viewport().height()

    def top_shown() -> bool:
        top = row.mapTo(scroll.viewport(), row.rect().topLeft()).y()
        return 0 <= top < scroll.viewport().height() // 3

    qtbot.waitUntil(top_shown)


@pytest.mark.parametrize("doctors", [2, 3])
def test_rows_fit_the_view_at_double_text_size(qtbot, demo_case: Case, doctors: int) -> None:
    """At 200 % text in a narrow window every row wraps inside the view: no doctor's column is
    cut off at the right edge, and there is nothing to scroll sideways."""
    case = copy.deepcopy(demo_case)
    if doctors == 3:
        third = copy.deepcopy(case.opinions[1])
        third.id = "third-opinion-id"
        third.physician.name = "Dr Amara Okafor"
        case.opinions.append(third)
    widget = CompareView(synchronous=True)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.set_case(case)
    widget.show()
    qtbot.waitExposed(widget)
    if doctors == 3:
        qtbot.mouseClick(widget.findChild(QPushButton, "compare_third_button"),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: widget.findChild(QLabel, "compare_header_2") is not None)
    # As the View menu does it: the text grows in a view already showing its rows.
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    widget.resize(800, 900)
    qtbot.waitUntil(lambda: widget.width() == 800)
    scroll = widget.findChild(QFrame, "compare_rows")
    shown = rows(widget)
    assert shown and widget.width() == 800
    # Long texts and a question with its button: the rows that pushed the list wider.
    assert any(r.findChild(QPushButton, "add_question_button") is not None for r in shown)

    def laid_out() -> bool:
        return all(r.geometry().right() < scroll.viewport().width() for r in shown)

    qtbot.waitUntil(laid_out)
    viewport = scroll.viewport().width()
    for row in shown:
        assert row.geometry().right() < viewport, row.objectName()
        for child in row.findChildren(QWidget):
            if child.isVisible():
                right = child.mapTo(row, child.rect().topRight()).x()
                assert right < row.width(), (row.objectName(), child.objectName())
    assert scroll.horizontalScrollBar().maximum() == 0
