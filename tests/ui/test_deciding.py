# SPDX-License-Identifier: GPL-3.0-or-later
"""Deciding, as a person does it in the window: the options side by side, what matters, the
certainty check, following up the differences (and the compare view agreeing), the timeline,
and the decision and open follow-ups found again in an exported case file and in the PDF."""

from __future__ import annotations

import copy
import json
import zipfile

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSlider,
    QTableView,
)

from secondop_desktop.domain.model import Physician
from secondop_desktop.domain.options import ROWS
from secondop_desktop.ui.case_page import (
    TAB_COMPARE,
    TAB_DECISION,
    TAB_FOLLOWUPS,
    TAB_QUESTIONS,
    TAB_TIMELINE,
)
from tests.cli.helpers import secondop
from tests.ui.app_helpers import child, opened, stored, type_text  # noqa: F401 - the fixture
from tests.ui.test_compare_view import click_row, panel, row_named

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def read_pdf_text():
    def read(path) -> str:
        from pypdf import PdfReader

        return " ".join(" ".join((page.extract_text() or "").split())
                        for page in PdfReader(str(path)).pages)

    return read


def _example(opened):  # noqa: F811 - the fixture
    window = opened.window()
    window.resize(1300, 900)
    window.open_example()
    return window


def _show(qtbot, window, tab: int):
    tabs = window.case_page.tabs
    qtbot.mouseClick(tabs.tabBar(), LEFT, pos=tabs.tabBar().tabRect(tab).center())
    assert tabs.currentIndex() == tab
    return tabs.currentWidget()


def _click_cell(qtbot, view: QTableView, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def _grid_texts(page) -> dict[str, list[str]]:
    model = page.options_panel.grid_model
    # Column 0 names the row; the doctors follow in columns 1, 2, ...
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names[-len(ROWS):][:2] == ["What it involves", "Benefits"]
    return {model.row_name(r): [model.index(r, c).data() for c in range(1, model.columnCount())]
            for r in range(model.rowCount())}


def _row(model, name: str) -> int:
    return next(r for r in range(model.rowCount()) if model.row_name(r) == name)


def _choose_option(qtbot, page, label: str) -> None:
    view = child(page, QListView, "options_list")
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(label))
    _click_cell(qtbot, view, model.index(row, 0))  # type: ignore[arg-type]
    assert page.options_panel.current_option().label == label


def test_option_grid_from_two_opinions_and_a_question_from_an_empty_cell(opened, qtbot):  # noqa: F811
    window = _example(opened)
    page = _show(qtbot, window, TAB_DECISION)
    options = child(page, QListView, "options_list").model()
    labels = [options.index(r, 0).data().split("\n") for r in range(options.rowCount())]
    assert labels[1] == ["Naproxen for pain until the operation",
                         "Named by Dr Robert Hale, Dr Mei Tanaka"]
    assert labels[-2:] == [["Wait and see", "Your own option"],
                           ["Another opinion", "Your own option"]]

    _choose_option(qtbot, page, "Naproxen for pain until the operation")
    grid = child(page, QTableView, "option_grid")
    model = grid.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (1, 2)] == [
        "Dr Robert Hale", "Dr Mei Tanaka"]
    texts = _grid_texts(page)
    assert texts["benefits"] == ["Eases pain and swelling.", "Pain relief when needed."]
    assert texts["recovery"] == ["Not said — click to ask", "Not said — click to ask"]

    # One click on an empty cell: the question is on the list, and in the journal.
    before = len(window.case_page.document.case.questions)
    _click_cell(qtbot, grid, model.index(_row(model, "recovery"), 2))
    case = window.case_page.document.case
    assert len(case.questions) == before + 1
    asked = case.questions[-1]
    assert asked.text == ("What would recovery from naproxen for pain until the operation be "
                          "like, and how long would it take?")
    questions = _show(qtbot, window, TAB_QUESTIONS)
    listed = child(questions, QTableView, "questions_table").model()
    assert any(asked.text in (listed.index(r, 0).data() or "")
               for r in range(listed.rowCount()))
    window.autosaver.flush()
    assert asked.text in [q.text for q in stored(opened.journal_path, case.id).questions]

    # A doctor's words typed into the grid land in their recommendation.
    page = _show(qtbot, window, TAB_DECISION)
    cell = model.index(_row(model, "cost"), 1)
    grid.setCurrentIndex(cell)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor is not grid
    qtbot.keyClicks(editor, "Covered by my plan")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits an item editor's text on the next turn of the event loop.
    qtbot.waitUntil(lambda: grid.state() == QTableView.State.NoState)
    assert model.index(_row(model, "cost"), 1).data() == "Covered by my plan"
    naproxen = window.case_page.document.case.opinions[0].recommendations[1]
    assert naproxen.cost == "Covered by my plan"


def test_option_grid_from_three_opinions_in_users_words(opened, qtbot):  # noqa: F811
    window = _example(opened)
    document = window.case_page.document
    third = copy.deepcopy(document.case.opinions[1])
    third.id = "0f6a4a10-0000-4000-8000-000000000003"
    third.physician = Physician(name="Dr Amara Osei")
    for rec in third.recommendations:
        rec.id = rec.id[:-4] + "0003"
    third.recommendations[0].treatment = "Total knee arthroplasty"
    third.recommendations[0].category = "surgery"
    third.recommendations[0].recovery = "Back to walking in about six weeks"
    document.edit("test:add", "Add a third opinion",
                  lambda case: case.opinions.append(third), mergeable=False)

    page = _show(qtbot, window, TAB_DECISION)
    _choose_option(qtbot, page, "Total knee replacement, right knee")
    model = child(page, QTableView, "option_grid").model()
    assert model.columnCount() == 4
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Dr Amara Osei"
    texts = _grid_texts(page)
    assert texts["recovery"] == ["Not said — click to ask", "Not said — click to ask",
                                 "Back to walking in about six weeks"]
    assert texts["benefits"][0].startswith("Lasting pain relief")
    # Dr Tanaka did not name the operation; her column says so.
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Dr Mei Tanaka (did not name it)"

    # With three opinions, the third-opinion part says who agrees with whom.
    third_text = child(page, QLabel, "third_opinion_text")
    qtbot.waitUntil(lambda: "who agrees" in third_text.text(), timeout=30_000)
    assert "Diagnosis:" in third_text.text()
    assert "Dr Amara Osei" in third_text.text() or "all three agree" in third_text.text()


def test_rating_factors_by_keyboard_and_the_picture_shows_what_favours_each_option(
        opened, qtbot):  # noqa: F811
    window = _example(opened)
    page = _show(qtbot, window, TAB_DECISION)
    choice = child(page, QComboBox, "factor_choice")
    assert [choice.itemText(i) for i in range(choice.count())][:2] == [
        "Avoiding surgery", "Fast relief"]
    for factor in ("Avoiding surgery", "Walking the dog again, Zoë’s wedding"):
        type_text(qtbot, choice.lineEdit(), factor)
        qtbot.keyClick(choice.lineEdit(), Qt.Key.Key_Return)
    slider = child(page, QSlider, "importance_slider")
    # A new factor starts at 3 and the slider takes the keyboard at once.
    assert slider.hasFocus() and slider.value() == 3
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)  # no further than 5
    assert slider.value() == 5
    assert child(page, QLabel, "importance_value").text() == "5 of 5"
    assert "Walking the dog again, Zoë’s wedding" in slider.accessibleName()

    table = child(page, QTableView, "factors_table")
    _click_cell(qtbot, table, table.model().index(0, 0))  # "Avoiding surgery"
    assert "Avoiding surgery" in slider.accessibleName()
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    qtbot.keyClick(slider, Qt.Key.Key_End)
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    values = window.case_page.document.case.decision.values
    assert [(v.factor, v.importance) for v in values] == [
        ("Avoiding surgery", 4), ("Walking the dog again, Zoë’s wedding", 5)]

    # Tick, by keyboard, the options each factor favours.
    model = table.model()
    therapy_column = next(c for c in range(model.columnCount())
                          if model.headerData(c, Qt.Orientation.Horizontal,
                                              Qt.ItemDataRole.ToolTipRole)
                          == "Favours Supervised physical therapy, 12 weeks")
    wait_column = next(c for c in range(model.columnCount())
                       if model.headerData(c, Qt.Orientation.Horizontal) == "Favours Wait and see")
    # The column's heading is shortened on screen, never for a screen reader (it read
    # "Favours Supervised physical t…").
    header = QAccessible.queryAccessibleInterface(table).child(therapy_column + 1)
    assert header.role() == QAccessible.Role.ColumnHeader
    assert header.text(QAccessible.Text.Name) == "Favours Supervised physical therapy, 12 weeks"
    assert model.headerData(therapy_column, Qt.Orientation.Horizontal).endswith("…")
    for row, column in ((0, therapy_column), (0, wait_column), (1, therapy_column)):
        table.setCurrentIndex(model.index(row, column))
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Space)
    favours = [v.favours for v in window.case_page.document.case.decision.values]
    therapy_id = window.case_page.document.case.opinions[1].recommendations[0].id
    assert favours == [[f"rec:{therapy_id}", "own:wait and see"], [f"rec:{therapy_id}"]]
    picture = page.values_panel.picture
    lines = picture.describe().splitlines()
    assert "Supervised physical therapy, 12 weeks: Avoiding surgery (4 of 5), Walking the dog " \
           "again, Zoë’s wedding (5 of 5)" in lines
    assert "Wait and see: Avoiding surgery (4 of 5)" in lines
    assert "Total knee replacement, right knee: nothing you marked" in lines
    # Never a score: no number is added up anywhere in the picture's words.
    assert "9" not in picture.describe()
    window.autosaver.flush()
    saved = stored(opened.journal_path, window.case_page.document.case.id).decision
    assert [(v.factor, v.importance, v.favours) for v in saved.values] == [
        ("Avoiding surgery", 4, [f"rec:{therapy_id}", "own:wait and see"]),
        ("Walking the dog again, Zoë’s wedding", 5, [f"rec:{therapy_id}"])]


def test_certainty_check_hints_and_who_decides_with_me(opened, qtbot):  # noqa: F811
    window = _example(opened)
    page = _show(qtbot, window, TAB_DECISION)
    page.resize(1000, 3000)
    hints = {key: child(page, QLabel, f"sure_hint_{key}")
             for key in ("sure", "understand", "risks_benefits", "encouragement")}
    assert all(not h.isHidden() for h in hints.values())
    assert "not said" in hints["understand"].text()
    for key in ("understand", "encouragement"):
        box = child(page, QCheckBox, f"sure_{key}")
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert child(page, QLabel, "sure_summary").text() == "2 of 4 ticked."
    assert [k for k, h in hints.items() if not h.isHidden()] == ["sure", "risks_benefits"]
    type_text(qtbot, child(page, QLineEdit, "decision_with_whom"), "Ana, my daughter")
    sure = window.case_page.document.case.decision.sure
    assert (sure.sure, sure.understand, sure.risks_benefits, sure.encouragement) == (
        False, True, False, True)
    assert window.case_page.document.case.decision.with_whom == "Ana, my daughter"


def _followups(qtbot, window):
    page = _show(qtbot, window, TAB_FOLLOWUPS)
    table = child(page, QTableView, "followups_table")
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=30_000)
    return page, table


def _row_of(table: QTableView, label: str) -> int:
    model = table.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == label)


def test_following_up_differences_through_their_states_and_the_compare_view_agrees(
        opened, qtbot):  # noqa: F811
    window = _example(opened)
    page, table = _followups(qtbot, window)
    model = table.model()
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Stage" in labels and "Diagnosis" in labels
    assert all(model.index(r, 2).data() == "Open" for r in range(model.rowCount()))
    total = model.rowCount()

    # Stage: put to Dr Hale (asked), then explained, then resolved.
    _click_cell(qtbot, table, model.index(_row_of(table, "Stage"), 0))
    put_to = child(page, QComboBox, "followup_asked_to")
    put_to.setFocus()
    qtbot.keyClick(put_to, Qt.Key.Key_Down)  # "Dr Robert Hale"
    row = _row_of(table, "Stage")
    assert (model.index(row, 2).data(), model.index(row, 3).data()) == ("Asked",
                                                                        "Dr Robert Hale")
    reply = child(page, QPlainTextEdit, "followup_reply")
    type_text(qtbot, reply, "Grade 4 on the X-ray; the MRI was not sent to him.")
    state = child(page, QComboBox, "followup_state")
    state.setFocus()
    qtbot.keyClick(state, Qt.Key.Key_Down)  # explained
    qtbot.keyClick(state, Qt.Key.Key_Down)  # resolved
    assert model.index(_row_of(table, "Stage"), 2).data() == "Resolved"
    assert model.index(_row_of(table, "Stage"), 5).data() == (
        "Grade 4 on the X-ray; the MRI was not sent to him.")

    # Only the open ones: the resolved one leaves the list.
    qtbot.mouseClick(child(page, QCheckBox, "followups_open_only"), LEFT)
    assert "Stage" not in page.visible_labels()
    assert len(page.visible_labels()) == total - 1
    assert child(page, QLabel, "followups_count").text() == f"{total - 1} of {total} still open"

    # The compare view shows the same state...
    compare = _show(qtbot, window, TAB_COMPARE)
    qtbot.waitUntil(lambda: "points where the doctors differ" in
                    compare.findChild(QLabel, "compare_summary").text(), timeout=30_000)
    click_row(qtbot, compare, row_named(compare, "Stage"))
    assert panel(compare).findChild(QComboBox, "review_state_combo").currentText() == "Resolved"
    # ...and a state chosen there shows in the list.
    click_row(qtbot, compare, row_named(compare, "Diagnosis"))
    combo = panel(compare).findChild(QComboBox, "review_state_combo")
    assert combo.currentText() == "Open"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # asked
    page, table = _followups(qtbot, window)
    qtbot.waitUntil(lambda: table.model().index(_row_of(table, "Diagnosis"), 2).data()
                    == "Asked", timeout=10_000)
    review = next(r for r in window.case_page.document.case.reviews if r.point == "stage")
    assert (review.state, review.asked_to) == ("resolved",
                                              window.case_page.document.case.opinions[0].id)


def test_the_timeline_lists_the_case_in_date_order_and_saves_as_pdf(
        opened, qtbot, tmp_path, read_pdf_text):  # noqa: F811
    window = _example(opened)
    page = _show(qtbot, window, TAB_TIMELINE)
    table = child(page, QTableView, "timeline_table")
    model = table.model()
    whats = [model.index(r, 1).data() for r in range(model.rowCount())]
    visits = [w for w in whats if w.startswith("Saw ")]
    assert visits[0].startswith("Saw Dr Robert Hale") and visits[1].startswith("Saw Dr Mei")
    assert whats.index(visits[0]) < whats.index(visits[1])
    decision = _show(qtbot, window, TAB_DECISION)
    type_text(qtbot, child(decision, QLineEdit, "decision_chosen"), "Physical therapy first")
    page = _show(qtbot, window, TAB_TIMELINE)
    assert any("Decided: Physical therapy first" in (model.index(r, 1).data() or "")
               for r in range(model.rowCount()))
    path = page.save_pdf(tmp_path / "timeline.pdf")
    text = read_pdf_text(path)
    assert "Timeline" in text and "Saw Dr Robert Hale" in text
    assert "Worried about the cost" not in text  # the private note stays out of print


def test_decision_and_open_follow_ups_in_the_case_list_overview_case_file_and_pdf(
        opened, qtbot, tmp_path, read_pdf_text):  # noqa: F811
    window = _example(opened)
    case_id = window.case_page.document.case.id
    page = _show(qtbot, window, TAB_DECISION)
    pick = child(page, QComboBox, "decision_pick_option")
    pick.setFocus()
    index = pick.findText("Supervised physical therapy, 12 weeks")
    pick.setCurrentIndex(index)
    pick.activated.emit(index)
    assert child(page, QLineEdit, "decision_chosen").text() == (
        "Supervised physical therapy, 12 weeks")
    based = child(page, QListView, "decision_based_on")
    tanaka = based.model().index(1, 0)
    _click_cell(qtbot, based, tanaka)  # type: ignore[arg-type]
    based.setCurrentIndex(tanaka)
    qtbot.keyClick(based, Qt.Key.Key_Space)
    decision = window.case_page.document.case.decision
    assert decision.based_on == [window.case_page.document.case.opinions[1].id]

    # The overview and the case list show the decision.
    overview = window.case_page.overview
    banner = child(overview, QLabel, "overview_decision")
    assert not banner.isHidden()
    assert banner.text() == "Decided: Supervised physical therapy, 12 weeks"
    listing = window.findChild(QListView, "case_list")
    # On screen as far as the list's width goes; whole in what a screen reader says.
    qtbot.waitUntil(lambda: "Decided: Supervised physical therapy, 12 weeks"
                    in listing.model().index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole),
                    timeout=5000)
    assert listing.model().index(0, 0).data().split("\u2028")[1].startswith("Decided: ")

    # One follow-up asked of Dr Tanaka, one resolved.
    page, table = _followups(qtbot, window)
    model = table.model()
    _click_cell(qtbot, table, model.index(_row_of(table, "Stage"), 0))
    put_to = child(page, QComboBox, "followup_asked_to")
    put_to.setFocus()
    qtbot.keyClick(put_to, Qt.Key.Key_Down)
    qtbot.keyClick(put_to, Qt.Key.Key_Down)  # Dr Mei Tanaka
    _click_cell(qtbot, table, model.index(_row_of(table, "Diagnosis"), 0))
    state = child(page, QComboBox, "followup_state")
    state.setFocus()
    for _ in range(3):
        qtbot.keyClick(state, Qt.Key.Key_Down)  # resolved
    window.autosaver.flush()
    window.close()

    # The exported case file carries both.
    out = tmp_path / "knee.secondop"
    result = secondop("export", case_id, "-o", out, "--journal", opened.journal_path)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as archive:
        case = json.loads(archive.read("case.json"))["case"]
    assert case["decision"]["chosen"] == "Supervised physical therapy, 12 weeks"
    reviews = {r["point"]: r for r in case["reviews"]}
    assert reviews["stage"]["state"] == "asked"
    assert reviews["stage"]["asked_to"] == case["opinions"][1]["id"]
    assert reviews["diagnosis"]["state"] == "resolved"

    # The PDF: the option grid, questions for each doctor, and the decision when asked for.
    pdf = tmp_path / "knee.pdf"
    result = secondop("export-pdf", case_id, "-o", pdf, "--journal", opened.journal_path)
    assert result.returncode == 0, result.stderr
    text = read_pdf_text(pdf)
    assert "The options side by side" in text and "not said" in text
    assert "Questions for Dr Mei Tanaka" in text and "Questions for Dr Robert Hale" in text
    assert "The decision so far" not in text
    result = secondop("export-pdf", case_id, "-o", pdf, "--include-decision", "--journal",
                      opened.journal_path)
    assert result.returncode == 0, result.stderr
    text = read_pdf_text(pdf)
    assert "Chosen plan: Supervised physical therapy, 12 weeks" in text
    assert "Based on the opinion of: Dr Mei Tanaka" in text
    tanaka_part = text.split("Questions for Dr Mei Tanaka", 1)[1]
    assert "Stage:" in tanaka_part.split("Questions for", 1)[0]
    assert "Diagnosis:" not in text.split("Questions to ask", 1)[1].split("The decision", 1)[0]


def test_a_third_opinion_is_suggested_when_the_diagnoses_differ_with_the_cost_of_waiting(
        opened, qtbot):  # noqa: F811
    window = _example(opened)
    page = _show(qtbot, window, TAB_DECISION)
    third = child(page, QLabel, "third_opinion_text")
    waiting = child(page, QLabel, "third_opinion_waiting")
    qtbot.waitUntil(lambda: "Nothing in the two opinions" in third.text(), timeout=30_000)

    # The plans differ; only when the patient says they cannot choose is a third suggested.
    box = child(page, QCheckBox, "decision_cannot_choose")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "cannot choose between them" in third.text(), timeout=30_000)
    assert third.text().startswith("A third opinion may help.")
    assert waiting.isHidden() or waiting.text() == ""
    qtbot.keyClick(box, Qt.Key.Key_Space)

    def gout(case):
        case.opinions[1].diagnosis.text = "Gout"
        case.opinions[1].diagnosis.icd10 = "M10.9"
        case.opinions[1].diagnosis.stage = None
        case.time_sensitive = True
        case.decide_by = "2026-12-14"

    window.case_page.document.edit("test:gout", "Another diagnosis", gout, mergeable=False)
    qtbot.waitUntil(lambda: "different illnesses" in third.text(), timeout=30_000)
    assert not waiting.isHidden()
    assert "waiting for another opinion takes time too" in waiting.text()
    assert "14 December 2026" in waiting.text()


def test_undo_takes_back_a_rating_a_follow_up_and_an_own_option_and_the_pages_show_it(
        opened, qtbot):  # noqa: F811
    window = _example(opened)
    page = _show(qtbot, window, TAB_DECISION)
    type_text(qtbot, child(page, QLineEdit, "own_option_edit"), "Move nearer my daughter")
    qtbot.keyClick(child(page, QLineEdit, "own_option_edit"), Qt.Key.Key_Return)
    assert page.options_panel.current_option().label == "Move nearer my daughter"
    choice = child(page, QComboBox, "factor_choice")
    type_text(qtbot, choice.lineEdit(), "Fast relief")
    qtbot.keyClick(choice.lineEdit(), Qt.Key.Key_Return)
    slider = child(page, QSlider, "importance_slider")
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.case_page.document.case.decision.values[0].importance == 4

    undo = window.undo_action
    undo.trigger()  # the rating
    assert window.case_page.document.case.decision.values[0].importance == 3
    assert slider.value() == 3
    undo.trigger()  # the factor
    assert window.case_page.document.case.decision.values == []
    assert page.values_panel.model.rowCount() == 0
    undo.trigger()  # the own option
    labels = [o.label for o in page.options_panel.options()]
    assert "Move nearer my daughter" not in labels and labels[-1] == "Another opinion"

    page, table = _followups(qtbot, window)
    _click_cell(qtbot, table, table.model().index(_row_of(table, "Stage"), 0))
    state = child(page, QComboBox, "followup_state")
    state.setFocus()
    qtbot.keyClick(state, Qt.Key.Key_End)  # resolved
    assert table.model().index(_row_of(table, "Stage"), 2).data() == "Resolved"
    undo.trigger()
    assert window.case_page.document.case.reviews == []
    qtbot.waitUntil(lambda: table.model().index(_row_of(table, "Stage"), 2).data() == "Open",
                    timeout=10_000)
