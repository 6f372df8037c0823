# SPDX-License-Identifier: GPL-3.0-or-later
"""The Compare page as a screen reader meets it: the accessibility tree Qt hands to AT-SPI (Orca)
or UI Automation (NVDA), walked as an assistive technology does, on the worked example with the
real engine."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QPushButton, QRadioButton

from secondop_desktop.domain.model import Case
from secondop_desktop.ui.compare_model import COL_MARK
from secondop_desktop.ui.compare_rows import short_name
from secondop_desktop.ui.compare_view import CompareView
from tests.ui.test_compare_view import click_row, panel, row_named, rows, shown_view

NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description


def _nodes(root: QAccessibleInterface) -> list[QAccessibleInterface]:
    """Every node under ``root`` that is on show (nothing under a hidden one)."""
    found = []
    for i in range(root.childCount()):
        child = root.child(i)
        if child is None or child.state().invisible:
            continue
        found.append(child)
        if child.role() != QAccessible.Role.Cell:
            found += _nodes(child)
    return found


def _heard_name(node: QAccessibleInterface) -> str:
    """The name a screen reader says: a combo box on Linux is named by the label it is the buddy
    of (its own "name" is its value there), elsewhere by its accessible name."""
    if node.role() == QAccessible.Role.ComboBox:
        labels = [other.text(NAME) for other, _relation in node.relations(
            QAccessible.RelationFlag.Label) if other is not None]
        if labels:
            return f"{labels[0]}: {node.text(NAME)}"
    return node.text(NAME)


def _focusable(view: CompareView) -> list[QAccessibleInterface]:
    return [n for n in _nodes(QAccessible.queryAccessibleInterface(view))
            if n.state().focusable]


@pytest.fixture
def view(qtbot, demo_case: Case) -> CompareView:
    widget = shown_view(qtbot, demo_case)  # the real engine, on this thread
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("doctors", [2, 3])
def test_no_two_controls_share_a_role_and_a_name(qtbot, demo_case: Case, doctors: int) -> None:
    case = copy.deepcopy(demo_case)
    if doctors == 3:
        third = copy.deepcopy(case.opinions[1])
        third.id = "third-opinion-id"
        third.physician.name = "Dr Amara Okafor"
        case.opinions.append(third)
    widget = shown_view(qtbot, case)
    if doctors == 3:
        qtbot.mouseClick(widget.findChild(QPushButton, "compare_third_button"),
                         Qt.MouseButton.LeftButton)
    for _ in range(2):
        widget.next_difference()  # a row looked at: its controls are in the panel
    seen: dict[tuple[object, str], int] = {}
    for node in _focusable(widget):
        name = _heard_name(node)
        assert name.strip(), f"a {node.role().name} with no name"
        key = (node.role(), name)
        seen[key] = seen.get(key, 0) + 1
    assert [k for k, n in seen.items() if n > 1] == []


def test_each_doctors_cell_names_the_doctor_and_a_mark_reads_as_words(
        view: CompareView) -> None:
    model = view.model
    names = [short_name(model.doctor(i)) for i in model.opinion_ids]
    table = QAccessible.queryAccessibleInterface(view.table)
    cells = [n for n in _nodes(table) if n.role() == QAccessible.Role.Cell]
    assert cells
    differing = [r for r in rows(view) if model.row(r).differs]
    assert differing
    for row in differing:
        for column, name in enumerate(names, start=1):
            text = model.data(model.index(row, column), Qt.ItemDataRole.AccessibleTextRole)
            assert text.startswith(f"{name}: {model.row(row).spoken_label}: "), text
    stage = row_named(view, "Stage")
    assert model.data(model.index(stage, 2), Qt.ItemDataRole.AccessibleTextRole) == (
        "Dr Tanaka: Stage: Kellgren-Lawrence grade 3")
    assert model.data(model.index(stage, COL_MARK), Qt.ItemDataRole.AccessibleTextRole) == (
        "Stage: Differs, major")
    # The cells on screen are what the tree hands out, the doctor named in each.
    said = {c.text(NAME) for c in cells}
    assert "Dr Tanaka: Stage: Kellgren-Lawrence grade 3" in said
    # The mark cell stands for the row: its description reads the whole point as one sentence.
    sentence = model.data(model.index(stage, COL_MARK), Qt.ItemDataRole.AccessibleDescriptionRole)
    assert sentence.startswith("Stage: Differs, major. Dr Hale: Kellgren-Lawrence grade 4. "
                               "Dr Tanaka: Kellgren-Lawrence grade 3.")
    assert "Suggested question: " in sentence
    # a question ends the sentence with its own mark, never read as "?."
    assert "?." not in sentence and sentence.endswith(("?", "."))


def test_the_review_controls_say_which_point_they_act_on(
        qtbot, view: CompareView) -> None:
    click_row(qtbot, view, row_named(view, "Stage"))
    box = panel(view)
    assert box.findChild(QRadioButton, "review_differ_radio").accessibleName() == (
        "Stage: your view — they differ")
    assert box.findChild(QRadioButton, "review_same_radio").accessibleName() == (
        "Stage: your view — they say the same")
    assert box.findChild(QPushButton, "add_question_button").accessibleName() == (
        "Add the question about the stage to my questions")
    combo = box.lines[0].state_combo
    assert combo is not None and combo.accessibleName() == "State of the stage point: open"
    assert box.lines[0].state_label.accessibleName() == "State of the stage point"
    summary = QAccessible.queryAccessibleInterface(view.summary).text(NAME)
    assert "points where the doctors differ" in summary  # the summary reads its counts


def test_the_review_controls_of_a_cited_item_name_the_item(
        qtbot, view: CompareView) -> None:
    # Two X-rays, a guideline and an MRI are each their own point: a listener hears which
    click_row(qtbot, view, row_named(view, "Evidence: Standing X-ray of both knees"))
    box = panel(view)
    assert box.findChild(QRadioButton, "review_differ_radio").accessibleName() == (
        "Evidence: Standing X-ray of both knees: your view — they differ")
    combo = box.lines[0].state_combo
    assert combo is not None and combo.accessibleName() == (
        "State of the point “Evidence: Standing X-ray of both knees”: open")
    labels = [view.model.row(r).label for r in rows(view)
              if view.model.row(r).topic == "evidence"]
    assert len(labels) == len(set(labels)) >= 4


def test_f7_puts_the_screen_readers_focus_on_the_row(qtbot, view: CompareView) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.next_difference()
    view.next_difference()
    assert view.table.hasFocus()
    table = QAccessible.queryAccessibleInterface(view.table)
    focus = table.focusChild()
    assert focus is not None and focus.role() == QAccessible.Role.Cell
    assert focus.text(NAME) == "Stage: Differs, major"
    assert focus.text(DESCRIPTION).startswith("Stage: Differs, major. Dr Hale:")


def test_a_changed_verdict_or_state_is_announced(qtbot, view: CompareView) -> None:
    click_row(qtbot, view, row_named(view, "Stage"))
    before = view.difference_count()
    with qtbot.waitSignal(view.announced) as said:
        qtbot.mouseClick(panel(view).findChild(QRadioButton, "review_same_radio"),
                         Qt.MouseButton.LeftButton)
    assert said.args[0].startswith("Stage: your view is now “the same”. ")
    assert f"{before - 1} points where the doctors differ" in said.args[0]
    combo = panel(view).lines[0].state_combo
    with qtbot.waitSignal(view.announced) as said:
        combo.setCurrentIndex(combo.findData("explained"))
    assert said.args == ["Stage: state is now explained"]


def test_a_heading_cut_short_on_screen_is_said_in_full(view: CompareView) -> None:
    """The benefits of two long treatments are headed "Benefits: Total knee replacement, right
    knee / Supervised physical th…" on screen; a screen reader had heard the cut too."""
    model = view.model
    cut = [r for r in rows(view) if model.row(r).label.endswith("…")]
    assert cut
    for row in cut:
        heading = model.row(row).spoken_label
        assert "…" not in heading and len(heading) > len(model.row(row).label)
        said = model.data(model.index(row, COL_MARK), Qt.ItemDataRole.AccessibleTextRole)
        assert said.startswith(f"{heading}: ") and "…" not in said
    benefits = next(r for r in cut if model.row(r).label.startswith("Benefits: "))
    assert "Supervised physical therapy" in model.row(benefits).spoken_label
