# SPDX-License-Identifier: GPL-3.0-or-later
"""A long comparison (150 points): F7 reaches every difference at once, with the keyboard focus on
the row, only the differences show when asked, and a bigger text size keeps the row looked at in
view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton

from secondop_desktop.domain.comparison import Comparison, Point, Summary
from secondop_desktop.domain.model import Case
from secondop_desktop.ui.compare_view import CompareView
from tests.ui.test_compare_view import current_rows, mark_text, rows, wait_for_rows

POINTS = 150
DIFFERING = [i for i in range(POINTS) if i % 10 == 7]  # 15 of them, the last at 147


class LongEngine:
    """150 points; every tenth (7, 17, … 147) differs, the rest agree."""

    def compare_opinions(self, case: Case, a_id: str, b_id: str) -> Comparison:
        points = []
        for i in range(POINTS):
            differs = i in DIFFERING
            points.append(Point(
                key=f"evidence:a{i}:b{i}", topic="evidence", label=f"Point {i}",
                status="different" if differs else "same",
                severity="major" if differs else "none",
                a=f"Finding number {i} as the first doctor read it",
                b=f"Finding number {i} as the {'second doctor read it' if differs else 'first'}",
                question=f"Ask both about point {i}" if differs else ""))
        summary = Summary(diagnosis="same", plan="same", agree=POINTS - len(DIFFERING),
                          differ=len(DIFFERING))
        return Comparison(case.id, a_id, b_id, summary, points, engine_summary=summary)


@pytest.fixture
def long_view(qtbot, demo_case: Case) -> CompareView:
    widget = CompareView(engine=LongEngine(), synchronous=True)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.set_case(demo_case)
    return widget


def in_view(view: CompareView, row: int) -> bool:
    """Whether the top of model row ``row`` is on screen."""
    table = view.table
    rect = table.row_rect(view.filter.row_of_source(row))
    return rect.isValid() and 0 <= rect.top() < table.viewport().height()


def test_f7_reaches_the_last_difference(qtbot, long_view: CompareView) -> None:
    checkbox = long_view.findChild(QCheckBox, "compare_only_differences")
    checkbox.setFocus()
    qtbot.waitUntil(checkbox.hasFocus)
    next_button = long_view.findChild(QPushButton, "compare_next")
    presses = 0
    while next_button.isEnabled() and presses <= len(DIFFERING):
        qtbot.keyClick(long_view.focusWidget() or checkbox, Qt.Key.Key_F7)
        presses += 1
    assert presses == len(DIFFERING)
    last = DIFFERING[-1]
    assert long_view.current_key() == f"evidence:a{last}:b{last}"
    assert current_rows(long_view) == [last]
    assert long_view.table.hasFocus()
    assert "≠ Differs" in mark_text(long_view, last)
    qtbot.waitUntil(lambda: in_view(long_view, last))
    assert len(rows(long_view)) == POINTS


def test_shift_f7_at_once_goes_to_the_last_difference(qtbot, long_view: CompareView) -> None:
    checkbox = long_view.findChild(QCheckBox, "compare_only_differences")
    checkbox.setFocus()
    qtbot.waitUntil(checkbox.hasFocus)
    # From no row at all, Shift+F7 goes back round to the last difference, near the end.
    qtbot.keyClick(checkbox, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    last = DIFFERING[-1]
    assert current_rows(long_view) == [last]
    qtbot.waitUntil(lambda: in_view(long_view, last))
    # Up and Down go row by row from there, the review panel following.
    qtbot.keyClick(long_view.table, Qt.Key.Key_Up)
    assert current_rows(long_view) == [last - 1]
    assert long_view.panel.key == f"evidence:a{last - 1}:b{last - 1}"


def test_only_differences_hides_the_agreeing_rows(qtbot, long_view: CompareView) -> None:
    checkbox = long_view.findChild(QCheckBox, "compare_only_differences")
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton)
    assert checkbox.isChecked()
    assert rows(long_view) == DIFFERING
    assert all("Same" not in mark_text(long_view, i) for i in rows(long_view))
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton)
    assert rows(long_view) == list(range(POINTS))


def test_a_bigger_text_size_keeps_the_row_looked_at_in_view(
        qtbot, long_view: CompareView) -> None:
    long_view.previous_difference()  # the last difference
    last = DIFFERING[-1]
    qtbot.waitUntil(lambda: in_view(long_view, last))
    font = long_view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    long_view.setFont(font)  # the rows are laid out again for the new size
    wait_for_rows(long_view)
    assert current_rows(long_view) == [last]
    assert long_view.table.font().pointSizeF() == font.pointSizeF()
    assert in_view(long_view, last)
