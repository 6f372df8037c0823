# SPDX-License-Identifier: GPL-3.0-or-later
"""A long comparison (150 points): the view makes its rows a few at a time, and a person using it
meanwhile still reaches every difference with F7, sees only the differences when asked, and
tabs through the rows in their order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFrame, QPushButton, QWidget

from secondop_desktop.domain.comparison import Comparison, Point, Summary
from secondop_desktop.domain.model import Case
from secondop_desktop.ui.compare_view import CompareView
from tests.ui.test_compare_view import mark_text, rows, wait_for_rows

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


def row_at(view: CompareView, index: int) -> QFrame | None:
    """Row ``index`` if it has been made yet (no waiting for the others)."""
    return view.findChild(QFrame, f"compare_row_{index}")


def in_view(view: CompareView, row: QWidget) -> bool:
    viewport = view.findChild(QFrame, "compare_rows").viewport()
    top = row.mapTo(viewport, row.rect().topLeft()).y()
    return row.isVisible() and 0 <= top < viewport.height()


def test_f7_reaches_the_last_difference_while_rows_are_still_being_made(
        qtbot, long_view: CompareView) -> None:
    assert long_view.rows_pending()  # most of the 150 rows are still to come
    checkbox = long_view.findChild(QCheckBox, "compare_only_differences")
    checkbox.setFocus()
    qtbot.waitUntil(checkbox.hasFocus)
    next_button = long_view.findChild(QPushButton, "compare_next")
    presses = 0
    while next_button.isEnabled() and presses <= len(DIFFERING):
        qtbot.keyClick(checkbox, Qt.Key.Key_F7)
        presses += 1
    assert presses == len(DIFFERING)
    last = DIFFERING[-1]
    assert long_view.current_key() == f"evidence:a{last}:b{last}"
    row = row_at(long_view, last)
    assert row is not None and row.accessibleDescription() == "current row"
    assert "≠ Differs" in mark_text(row)
    qtbot.waitUntil(lambda: in_view(long_view, row))
    # The rest of the rows are made meanwhile; the row looked at stays on screen.
    wait_for_rows(long_view)
    assert in_view(long_view, row)
    assert len(rows(long_view)) == POINTS


def test_shift_f7_at_once_and_tab_follows_the_rows_order(qtbot, long_view: CompareView) -> None:
    checkbox = long_view.findChild(QCheckBox, "compare_only_differences")
    checkbox.setFocus()
    qtbot.waitUntil(checkbox.hasFocus)
    # From no row at all, Shift+F7 goes back round to the last difference: near the end of
    # the list, far past the rows made so far.
    qtbot.keyClick(checkbox, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    last = DIFFERING[-1]
    row = row_at(long_view, last)
    assert row is not None and row.accessibleDescription() == "current row"
    qtbot.waitUntil(lambda: in_view(long_view, row))
    # Some of the rows above it are made after it (Qt's own Tab order would follow that).
    qtbot.waitUntil(lambda: row_at(long_view, 12) is not None)
    assert long_view.rows_pending()

    # Tab off the end of the list leaves the list, rather than going back to a row made later.
    end = row_at(long_view, POINTS - 1)
    radio = end.findChild(QWidget, "review_same_radio")
    radio.setFocus()
    qtbot.waitUntil(radio.hasFocus)
    qtbot.keyClick(radio, Qt.Key.Key_Tab)
    assert not long_view.rows_host.isAncestorOf(QApplication.focusWidget())
    # Shift+Tab from the last difference goes to the nearest row above it that is made.
    above = max(i for i in range(last) if row_at(long_view, i) is not None)
    button = row.findChild(QPushButton, "add_question_button")
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert row_at(long_view, above).isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus()


def test_only_differences_hides_the_agreeing_rows_made_later(
        qtbot, long_view: CompareView) -> None:
    assert long_view.rows_pending()
    checkbox = long_view.findChild(QCheckBox, "compare_only_differences")
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton)
    assert checkbox.isChecked()
    shown = rows(long_view)  # every row made by now, most of them after the click
    assert len(shown) == POINTS
    visible = [int(r.objectName().rsplit("_", 1)[1]) for r in shown if r.isVisible()]
    assert visible == DIFFERING
    assert all("Same" not in mark_text(shown[i]) for i in visible)
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton)
    assert all(r.isVisible() for r in rows(long_view))


def test_a_bigger_text_size_keeps_the_row_looked_at_in_view(
        qtbot, long_view: CompareView) -> None:
    long_view.previous_difference()  # the last difference
    font = long_view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    long_view.setFont(font)  # the rows are made again for the new size, from the row looked at
    last = DIFFERING[-1]
    qtbot.waitUntil(lambda: row_at(long_view, last) is not None)
    row = row_at(long_view, last)
    assert row.accessibleDescription() == "current row"
    assert row.findChild(QWidget, "compare_cell_0").font().pointSizeF() == font.pointSizeF()
    qtbot.waitUntil(lambda: in_view(long_view, row))
