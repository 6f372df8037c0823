# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare view as the Compare tab of the main window, on the worked example."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QWidget,
)

from tests.ui.app_helpers import opened, shortcut, type_text  # noqa: F401 - opened is the fixture
from tests.ui.test_compare_view import click_row, current_rows, mark_text, panel, row_named


def _compare_tab(qtbot, opened):  # noqa: F811 - the fixture
    window = opened.window()
    window.open_example()
    tabs = window.findChild(QTabWidget, "case_tabs")
    # The user clicks the Compare tab (the view may only be made at that moment).
    index = next(i for i in range(tabs.count()) if "Compare" in tabs.tabText(i).replace("&", ""))
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=tabs.tabBar().tabRect(index).center())
    qtbot.waitUntil(lambda: window.findChild(QWidget, "compare_view") is not None)
    compare = window.findChild(QWidget, "compare_view")
    # The first comparison of a test run may build the code index first (a few seconds).
    qtbot.waitUntil(lambda: "points where the doctors differ" in
                    compare.findChild(QLabel, "compare_summary").text(), timeout=30_000)
    return window, compare


def test_f7_from_inside_the_tab_and_a_verdict_kept_in_the_case(qtbot, opened) -> None:  # noqa: F811
    window, compare = _compare_tab(qtbot, opened)
    checkbox = compare.findChild(QCheckBox, "compare_only_differences")
    checkbox.setFocus()
    qtbot.waitUntil(checkbox.hasFocus)
    # The window's Case menu and the view both know F7: it must still work, once a press.
    shortcut(qtbot, window, Qt.Key.Key_F7, Qt.KeyboardModifier.NoModifier)
    assert current_rows(compare) == [0]
    shortcut(qtbot, window, Qt.Key.Key_F7, Qt.KeyboardModifier.NoModifier)
    assert current_rows(compare) == [2]
    assert compare.table.hasFocus()  # a screen reader says the point F7 went to

    stage = row_named(compare, "Stage")
    assert current_rows(compare) == [stage]
    question = panel(compare).findChild(QLabel, "compare_question")
    assert question.isVisible()
    qtbot.mouseClick(panel(compare).findChild(QRadioButton, "review_same_radio"),
                     Qt.MouseButton.LeftButton)
    case = window.case_page.document.case
    assert [(r.point, r.verdict) for r in case.reviews] == [("stage", "same")]
    summary = compare.findChild(QLabel, "compare_summary")
    qtbot.waitUntil(lambda: "(the program found:" in summary.text())
    # The suggested question is gone from the panel: the point no longer counts as a difference.
    assert not question.isVisible()


def _say_the_stage_is_the_same(qtbot, opened):  # noqa: F811 - the fixture
    """The Compare tab, with the user's view "they say the same" given on the Stage row."""
    window, compare = _compare_tab(qtbot, opened)
    click_row(qtbot, compare, row_named(compare, "Stage"))
    qtbot.mouseClick(panel(compare).findChild(QRadioButton, "review_same_radio"),
                     Qt.MouseButton.LeftButton)
    document = window.case_page.document
    assert [(r.point, r.verdict) for r in document.case.reviews] == [("stage", "same")]
    return window, compare, document


def test_clearing_a_verdict_is_kept_in_the_case_and_can_be_undone(qtbot, opened) -> None:  # noqa: F811
    window, compare, document = _say_the_stage_is_the_same(qtbot, opened)
    summary = compare.findChild(QLabel, "compare_summary")
    qtbot.waitUntil(lambda: "(the program found:" in summary.text())

    stage = row_named(compare, "Stage")
    clear = panel(compare).findChild(QPushButton, "review_clear_button")
    qtbot.waitUntil(clear.isVisible)
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    # Nothing else was said about the point (no state, no note): no review is left behind.
    assert document.case.reviews == []
    qtbot.waitUntil(lambda: "(the program found:" not in summary.text())
    assert "Your view" not in mark_text(compare, stage)
    assert "≠ Differs" in mark_text(compare, stage)

    # Undo brings the verdict back, as for any other change of the user's view.
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert [(r.point, r.verdict) for r in document.case.reviews] == [("stage", "same")]
    qtbot.waitUntil(lambda: "(the program found:" in summary.text())
    qtbot.waitUntil(panel(compare).findChild(QRadioButton, "review_same_radio").isChecked)
    assert "Your view: the same" in mark_text(compare, stage)
    assert panel(compare).findChild(QPushButton, "review_clear_button").isVisible()


def test_clearing_a_verdict_keeps_the_note_written_about_the_point(qtbot, opened) -> None:  # noqa: F811
    _window, compare, document = _say_the_stage_is_the_same(qtbot, opened)
    note = panel(compare).findChild(QLineEdit, "review_note_edit")
    qtbot.waitUntil(note.isVisible)
    type_text(qtbot, note, "Dr Lee says the grade is the same in both reports")
    qtbot.keyClick(note, Qt.Key.Key_Return)  # the note is kept when the box is left or Enter
    qtbot.waitUntil(lambda: any(r.note for r in document.case.reviews))
    clear = panel(compare).findChild(QPushButton, "review_clear_button")
    qtbot.waitUntil(clear.isVisible)
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert [(r.verdict, r.note) for r in document.case.reviews] == [
        (None, "Dr Lee says the grade is the same in both reports")]
