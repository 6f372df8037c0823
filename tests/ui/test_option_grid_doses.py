# SPDX-License-Identifier: GPL-3.0-or-later
"""The options grid in the window never shows one medicine at two doses as agreement: the
option's line, the words above the grid and the grid's first row say what each doctor wrote."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView, QTableView

from secondop_desktop.domain.options import ROWS
from secondop_desktop.ui.case_page import TAB_DECISION
from secondop_desktop.ui.option_grid import WRITTEN, EmptyRole
from tests.ui.app_helpers import child, opened  # noqa: F401 - the fixture
from tests.ui.test_deciding import _click_cell, _example, _show

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


def _naproxen_at(window, hale: str, tanaka: str) -> None:
    """Both doctors' naproxen (the example's shared option) as the patient typed it."""
    def change(case):
        for opinion, treatment in zip(case.opinions, (hale, tanaka), strict=True):
            naproxen = next(r for r in opinion.recommendations
                            if r.treatment.casefold().startswith("naproxen"))
            naproxen.treatment = treatment

    window.case_page.document.edit("test:doses", "Write the doses", change, mergeable=False)


def _option_row(view: QListView, name: str) -> int:
    model = view.model()
    return next(r for r in range(model.rowCount())
                if model.index(r, 0).data().split("\n")[0] == name)


def _naproxen_option(opened, qtbot, hale: str, tanaka: str, name: str):  # noqa: F811
    """The example with both doctors' naproxen written so, on the Decision tab: the window,
    the page, its list of options and the line of the option named ``name`` in it."""
    window = _example(opened)
    _naproxen_at(window, hale, tanaka)
    page = _show(qtbot, window, TAB_DECISION)
    view = child(page, QListView, "options_list")
    return window, page, view, view.model().index(_option_row(view, name), 0)


def test_one_medicine_at_two_doses_says_so_in_the_list_above_the_grid_and_in_it(
        opened, qtbot):  # noqa: F811
    # The option is named by the medicine, not by one doctor's dose.
    window, page, view, index = _naproxen_option(
        opened, qtbot, "Naproxen 500 mg twice daily", "naproxen 5 mg daily", "Naproxen")
    assert index.data().split("\n") == ["Naproxen", "Named by Dr Robert Hale, Dr Mei Tanaka",
                                        "≠ Same medicine, different dose"]
    said = index.data(ACCESSIBLE)
    # Heard without the symbol a screen reader would spell out ("not equal to").
    assert "Named by Dr Robert Hale, Dr Mei Tanaka. Same medicine, different dose." in said
    assert "≠" not in said
    assert ("Dr Robert Hale wrote 500 mg (milligrams), Dr Mei Tanaka 5 mg (milligrams) (one is "
            "100 times the other).") in said

    _click_cell(qtbot, view, index)
    assert page.options_panel.current_option().label == "Naproxen"
    gap = child(page, QLabel, "option_gap")
    assert gap.isVisible()
    assert gap.text().split("\n")[0] == "≠ Same medicine, different dose"
    assert "How often: Dr Robert Hale wrote twice a day, Dr Mei Tanaka once a day" in gap.text()
    assert gap.accessibleName() == "Same medicine, different dose"
    assert "one is 100 times the other" in gap.accessibleDescription()

    grid = child(page, QTableView, "option_grid")
    model = grid.model()
    assert model.rowCount() == 1 + len(ROWS)
    assert model.row_name(0) == WRITTEN
    assert [model.index(0, c).data() for c in range(3)] == [
        "≠ Same medicine, different dose", "Naproxen 500 mg twice daily", "naproxen 5 mg daily"]
    assert model.index(0, 2).data(ACCESSIBLE) == (
        "Dr Mei Tanaka wrote: naproxen 5 mg daily. Same medicine, different dose")
    # A click on the doctors' words asks nothing and changes nothing.
    before = len(window.case_page.document.case.questions)
    _click_cell(qtbot, grid, model.index(0, 2))
    assert len(window.case_page.document.case.questions) == before
    assert not model.index(0, 2).data(EmptyRole)
    assert not (model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable)
    # The rows below are where they were, one further down: an empty one still asks.
    recovery = model.index(1 + ROWS.index("recovery"), 2)
    assert recovery.data() == "Not said — click to ask"
    _click_cell(qtbot, grid, recovery)
    assert len(window.case_page.document.case.questions) == before + 1
    assert window.case_page.document.case.questions[-1].text.startswith(
        "What would recovery from naproxen be like")

    # Another edit, another difference: the line and the words above the grid follow it.
    _naproxen_at(window, "Naproxen 500 mg twice daily", "naproxen 500 mg daily")
    row = _option_row(view, "Naproxen")
    assert view.model().index(row, 0).data().endswith("≠ Same medicine, different schedule")
    assert gap.text() == ("≠ Same medicine, different schedule\nHow often: Dr Robert Hale "
                          "wrote twice a day, Dr Mei Tanaka once a day")

    # Written the same in other words: no mark, no extra row, the first doctor's name kept.
    _naproxen_at(window, "Naproxen 500 mg twice daily", "naproxen 500mg BID")
    row = _option_row(view, "Naproxen 500 mg twice daily")
    assert view.model().index(row, 0).data().count("\n") == 1
    _click_cell(qtbot, view, view.model().index(row, 0))
    assert not gap.isVisible()
    assert model.rowCount() == len(ROWS) and model.row_name(0) == "involves"


def test_a_dose_that_may_be_a_thousand_or_one_is_may_differ_in_the_window(
        opened, qtbot):  # noqa: F811
    _, page, view, index = _naproxen_option(opened, qtbot, "Naproxen 1.000 mg",
                                            "naproxen 1000 mg", "Naproxen")
    assert index.data().endswith("? Same medicine, the dose may differ")
    _click_cell(qtbot, view, index)
    gap = child(page, QLabel, "option_gap")
    assert "1.000 mg (can mean 1,000 mg or 1 mg)" in gap.text()


def test_a_name_typed_two_ways_is_one_option_that_says_to_check_the_spelling(
        opened, qtbot):  # noqa: F811
    """ "Naproxin" typed in the room: one option named by both doctors, marked "?", not a
    second option that the other doctor "did not name"."""
    window, page, view, index = _naproxen_option(
        opened, qtbot, "Naproxin 500 mg twice daily", "naproxen 500 mg twice daily", "Naproxin")
    assert index.data().split("\n") == [
        "Naproxin", "Named by Dr Robert Hale, Dr Mei Tanaka",
        "? The same medicine? Its name is typed two ways"]
    _click_cell(qtbot, view, index)
    gap = child(page, QLabel, "option_gap")
    assert gap.isVisible()
    assert ("Dr Robert Hale wrote “Naproxin”, Dr Mei Tanaka “naproxen”: one word typed two "
            "ways, or two different words? Check the spelling") in gap.text()


def test_the_marks_are_in_spanish_in_a_spanish_window(opened, qtbot, spanish):  # noqa: F811
    _, page, view, index = _naproxen_option(opened, qtbot, "Naproxeno 500 mg cada 12 horas",
                                            "naproxeno 5 mg al día", "Naproxeno")
    assert index.data().endswith("≠ Mismo medicamento, distinta dosis")
    _click_cell(qtbot, view, index)
    gap = child(page, QLabel, "option_gap")
    # Each line starts with the name: the article keeps its capital there.
    assert gap.text().split("\n")[1].startswith("El Dr Robert Hale escribió 500 mg")
    model = child(page, QTableView, "option_grid").model()
    assert model.index(0, 1).data(ACCESSIBLE) == (
        "El Dr Robert Hale escribió: Naproxeno 500 mg cada 12 horas. Mismo medicamento, "
        "distinta dosis")


def test_one_medicine_with_food_for_one_doctor_and_without_for_the_other(
        opened, qtbot):  # noqa: F811
    # A kind of difference the grid had no place for made the page raise (and the PDF stop).
    window, page, view, index = _naproxen_option(
        opened, qtbot, "Naproxen 500 mg twice daily with food",
        "Naproxen 500 mg twice daily on an empty stomach", "Naproxen")
    assert index.data().split("\n")[-1] == (
        "≠ Same medicine, with food for one doctor, without for the other")
    assert ("With food or not: Dr Robert Hale wrote with food, Dr Mei Tanaka on an empty "
            "stomach.") in index.data(ACCESSIBLE)


def test_one_medicine_stopped_by_one_doctor_is_never_shown_as_agreement(
        opened, qtbot):  # noqa: F811
    # (7 December, tenth session) "Stop naproxen" against "Naproxen 500 mg twice daily" is one
    # option; its line says one doctor advises against it, and what each wrote
    window, page, view, index = _naproxen_option(
        opened, qtbot, "Naproxen 500 mg twice daily", "Stop naproxen", "Naproxen")
    assert index.data().split("\n")[2] == (
        "≠ Same medicine, one doctor advises against it or not yet")
    said = index.data(ACCESSIBLE)
    assert "Same medicine, one doctor advises against it or not yet." in said
    assert ("Dr Robert Hale wrote “Naproxen 500 mg twice daily”, Dr Mei Tanaka “Stop naproxen”: "
            "one advises against it, or not yet") in said
    assert "wrote no dose" not in said  # (a stop has none)
