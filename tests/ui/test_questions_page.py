# SPDX-License-Identifier: GPL-3.0-or-later
"""Part 2 of issue 11: the Questions tab, with each doctor's answer side by side."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTreeView,
)

from secondop_desktop.domain.model import Case, Opinion, Physician
from secondop_desktop.store.journal import Journal
from tests.ui.app_helpers import child, opened, stored, type_text

__all__ = ["opened"]  # the fixture, imported for pytest

LEFT = Qt.MouseButton.LeftButton


def _press(widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers))


def _questions_tab(opened, qtbot):
    case = Case(title="Knee", opinions=[
        Opinion(label="Original", physician=Physician(name="Dr Ana Lee")),
        Opinion(label="Second", physician=Physician(name="Dr Mei Tanaka"))])
    with Journal.open(opened.journal_path) as journal:
        journal.save_case(case)
    window = opened.window()
    window.open_case(case.id)
    page = window.case_page.questions
    window.case_page.tabs.setCurrentWidget(page)
    return window, page, case


def _pick(qtbot, tree: QTreeView, words: str) -> None:
    model = tree.model()
    for group_row in range(model.rowCount()):
        parent = model.index(group_row, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data() == words:
                tree.scrollTo(index)
                tree.setCurrentIndex(index)
                qtbot.keyClick(tree, Qt.Key.Key_Space)  # ticks the current item
                checked = Qt.CheckState.Checked.value
                assert index.data(Qt.ItemDataRole.CheckStateRole) == checked
                return
    raise AssertionError(f"{words!r} is not in the starter list")


def test_questions_are_picked_from_the_starter_list_and_edited_before_adding(opened, qtbot):
    window, page, case = _questions_tab(opened, qtbot)
    qtbot.mouseClick(child(page, QPushButton, "question_starters"), LEFT)
    dialog = page.starters
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    tree = child(dialog, QTreeView, "starter_list")
    # Grouped by topic, every group shown open.
    groups = [tree.model().index(r, 0).data() for r in range(tree.model().rowCount())]
    assert groups[0] == "The diagnosis and how sure it is"
    assert "What you would do in my place" in groups and "Cost and insurance" in groups
    _pick(qtbot, tree, "How soon do I need to decide?")
    _pick(qtbot, tree, "Is there a clinical trial that would suit me?")
    # The user's own words for a starter question: F2, type, Enter.
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Is there a trial for my kind of knee?")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.mouseClick(child(dialog, QPushButton, "starter_add"), LEFT)
    window.flush()
    saved = stored(opened.journal_path, case.id)
    assert [(q.text, q.topic) for q in saved.questions] == [
        ("How soon do I need to decide?", "logistics"),
        ("Is there a trial for my kind of knee?", "trials")]
    table = child(page, QTableView, "questions_table")
    assert table.model().headerData(1, Qt.Orientation.Horizontal) == "Dr Ana Lee"
    assert table.model().headerData(2, Qt.Orientation.Horizontal) == "Dr Mei Tanaka"

    # Reorder and delete.
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.mouseClick(child(page, QPushButton, "question_up"), LEFT)
    window.flush()
    assert [q.topic for q in stored(opened.journal_path, case.id).questions] == [
        "trials", "logistics"]
    qtbot.mouseClick(child(page, QPushButton, "question_remove"), LEFT)
    window.flush()
    assert [q.topic for q in stored(opened.journal_path, case.id).questions] == ["logistics"]

    # Opened again, a question already in the list is shown as such, not offered twice.
    qtbot.mouseClick(child(page, QPushButton, "question_starters"), LEFT)
    again = page.starters
    model = child(again, QTreeView, "starter_list").model()
    timing = next(model.index(r, 0, model.index(g, 0)) for g in range(model.rowCount())
                  for r in range(model.rowCount(model.index(g, 0)))
                  if model.index(r, 0, model.index(g, 0)).data() ==
                  "How soon do I need to decide?")
    assert not (model.flags(timing) & Qt.ItemFlag.ItemIsEnabled)
    again.reject()


def test_an_answer_is_typed_in_the_doctors_column(opened, qtbot):
    window, page, case = _questions_tab(opened, qtbot)
    qtbot.mouseClick(child(page, QPushButton, "question_add"), LEFT)
    type_text(qtbot, child(page, QPlainTextEdit, "question_text"), "¿Qué pasa si espero?")
    table = child(page, QTableView, "questions_table")
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 2))  # Dr Tanaka's column
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    type_text(qtbot, editor, "Nada grave en tres meses")
    _press(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, editor, "según la resonancia")
    _press(editor, Qt.Key.Key_Return)
    assert table.model().index(0, 2).data() == "Nada grave en tres meses\nsegún la resonancia"
    assert table.model().index(0, 1).data() == ""
    window.flush()
    saved = stored(opened.journal_path, case.id)
    (answer,) = saved.opinions[1].answers
    assert answer.question_id == saved.questions[0].id
    assert answer.text == "Nada grave en tres meses\nsegún la resonancia" and answer.asked
    assert saved.opinions[0].answers == []


def test_quick_entry_types_one_doctors_answers_down_the_list(opened, qtbot):
    window, page, case = _questions_tab(opened, qtbot)
    page.add_questions([("What is my diagnosis?", "diagnosis"),
                        ("What happens if I wait?", "risks"),
                        ("What would you do in my place?", "other")])
    table = child(page, QTableView, "questions_table")
    table.setCurrentIndex(table.model().index(0, 0))
    doctor = child(page, QComboBox, "answers_doctor")
    doctor.setCurrentIndex(doctor.findText("Dr Ana Lee"))
    doctor.activated.emit(doctor.currentIndex())
    entry = child(page, QPlainTextEdit, "answers_entry")
    for words in ("Gonarthrose, Grad 3", "It will get slowly worse", "Physio first"):
        type_text(qtbot, entry, words)
        _press(entry, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is entry
    window.flush()
    saved = stored(opened.journal_path, case.id)
    lee = {a.question_id: a.text for a in saved.opinions[0].answers}
    assert [lee.get(q.id) for q in saved.questions] == [
        "Gonarthrose, Grad 3", "It will get slowly worse", "Physio first"]
    assert saved.opinions[1].answers == []
    assert [table.model().index(r, 1).data() for r in range(3)] == [
        "Gonarthrose, Grad 3", "It will get slowly worse", "Physio first"]


def test_a_question_from_the_comparison_is_tagged_with_its_difference(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    page = window.case_page
    page.tabs.setCurrentWidget(page.compare_tab)
    qtbot.waitUntil(lambda: page.compare is not None and page.compare.difference_count() > 0,
                    timeout=10000)
    page.compare.next_difference()  # F7: the first difference is the row looked at
    button = page.compare.findChild(QPushButton, "add_question_button")
    assert button.isVisible()
    before = len(window.document.case.questions)
    qtbot.mouseClick(button, LEFT)
    added = window.document.case.questions[-1]
    assert len(window.document.case.questions) == before + 1
    assert added.point and added.difference
    assert "Dr " in added.difference  # names the doctors whose views differ
    page.tabs.setCurrentWidget(page.questions)
    table = child(page.questions, QTableView, "questions_table")
    shown = table.model().index(table.model().rowCount() - 1, 0).data()
    assert f"From the comparison: {added.difference}" in shown
    window.flush()
    kept = stored(opened.journal_path, window.document.case_id).questions[-1]
    assert (kept.point, kept.difference) == (added.point, added.difference)
