# SPDX-License-Identifier: GPL-3.0-or-later
"""Search, the code look-up, the compare tab's questions and verdicts, text size, settings,
reopening the journal, and a journal that cannot be opened."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
)

from secondop_desktop.domain.demo import demo_case
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import appearance, application, dialogs, settings
from secondop_desktop.ui.case_list_model import CaseRole
from secondop_desktop.ui.search_model import HitRole
from tests.ui.app_helpers import child, list_rows, opened, shortcut, stored, stored_cases, type_text

__all__ = ["opened"]

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier



def _with_example_and_one_more(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    qtbot.mouseClick(child(window, QPushButton, "new_case_button"), LEFT)
    type_text(qtbot, child(window, QLineEdit, "case_title"), "Thyroid nodule")
    return window


def _search(qtbot, window, text: str) -> QListView:
    shortcut(qtbot, window, Qt.Key.Key_F)
    box = child(window, QLineEdit, "search_box")
    assert QApplication.focusWidget() is box
    type_text(qtbot, box, text)
    results = child(window, QListView, "search_results")
    qtbot.waitUntil(lambda: results.isVisible() and results.model().rowCount() > 0)
    return results


def _activate_row(qtbot, view: QListView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def test_search_opens_the_case_at_the_opinion_found(opened, qtbot):
    window = _with_example_and_one_more(opened, qtbot)
    assert window.windowTitle() == "Thyroid nodule"
    results = _search(qtbot, window, "supervised exercise")
    kinds = [results.model().index(r, 0).data(HitRole.Kind) for r in range(len(list_rows(results)))]
    row = kinds.index("opinion")
    assert "Right knee pain" in list_rows(results)[row]
    _activate_row(qtbot, results, row)
    assert window.windowTitle() == "Right knee pain: replacement or therapy?"
    assert window.case_page.tabs.currentWidget() is window.case_page.opinions
    tabs = child(window, QTabWidget, "opinion_tabs")
    assert tabs.tabText(tabs.currentIndex()) == "Dr Mei Tanaka"


def test_search_opens_the_question_found_with_the_keyboard(opened, qtbot):
    window = _with_example_and_one_more(opened, qtbot)
    results = _search(qtbot, window, "walk my dog")
    qtbot.keyClick(child(window, QLineEdit, "search_box"), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is results
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert window.case_page.tabs.currentWidget() is window.case_page.questions
    question = child(window.case_page.questions, QPlainTextEdit, "question_text")
    assert question.toPlainText() == "How long until I can walk my dog again after each option?"


def test_search_that_finds_nothing_says_so_and_clearing_it_shows_the_cases(opened, qtbot):
    window = _with_example_and_one_more(opened, qtbot)
    box = child(window, QLineEdit, "search_box")
    type_text(qtbot, box, "zebrafish")
    nothing = child(window, QLabel, "search_nothing_found")
    qtbot.waitUntil(nothing.isVisible)
    assert "Nothing found" in nothing.text()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    cases = child(window, QListView, "case_list")
    qtbot.waitUntil(cases.isVisible)
    # The cases again, by their titles (a long one is cut to the list's width on screen).
    titles = [cases.model().index(r, 0).data(CaseRole.Title) for r in range(2)]
    assert titles == ["Thyroid nodule", "Right knee pain: replacement or therapy?"]
    assert list_rows(cases)[1].startswith("Right knee pain: replacement")


def test_diagnosis_code_look_up_offers_codes_and_picking_one_sets_the_code(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "new_case_button"), LEFT)
    case_id = window.document.case_id
    window.case_page.show_tab(1)
    qtbot.mouseClick(child(window, QPushButton, "opinion_add"), LEFT)
    editor = window.case_page.opinions.current_editor()
    diagnosis = child(editor, QLineEdit, "diagnosis_text")
    type_text(qtbot, diagnosis, "right knee arth")
    popup = editor.lookup.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    model = popup.model()
    offered = [model.index(r, 0).data() for r in range(model.rowCount())]
    wanted = next(r for r, text in enumerate(offered) if text.startswith("M17.11 "))
    index = model.index(wanted, 0)
    popup.scrollTo(index)
    qtbot.mouseClick(popup.viewport(), LEFT, pos=popup.visualRect(index).center())
    code = child(editor, QLineEdit, "diagnosis_code")
    assert code.text() == "M17.11"
    assert "osteoarthritis" in diagnosis.text().lower()
    assert child(editor, QLabel, "diagnosis_code_description").text().startswith("M17.11: ")
    qtbot.waitUntil(lambda: [o.diagnosis.icd10 for o in
                             stored(opened.journal_path, case_id).opinions] == ["M17.11"],
                    timeout=3000)


def test_compare_tab_adds_a_question_and_a_verdict_both_undoable(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    case_id = window.document.case_id
    page = window.case_page
    page.tabs.setCurrentWidget(page.compare_tab)
    qtbot.waitUntil(lambda: page.compare is not None and page.compare.difference_count() > 0,
                    timeout=10000)
    # The first difference's controls, in the panel under the rows.
    page.compare.next_difference()
    qtbot.waitUntil(page.compare.findChild(QPushButton, "add_question_button").isVisible)
    before = len(window.document.case.questions)
    qtbot.mouseClick(page.compare.findChild(QPushButton, "add_question_button"), LEFT)
    assert page.tabs.tabText(3) == f"&Questions ({before + 1})"
    qtbot.waitUntil(lambda: len(stored(opened.journal_path, case_id).questions) == before + 1,
                    timeout=3000)
    same = page.compare.findChild(QRadioButton, "review_same_radio")
    qtbot.mouseClick(same, LEFT, pos=QPoint(8, same.height() // 2))
    qtbot.waitUntil(lambda: any(r.verdict == "same" for r in
                                stored(opened.journal_path, case_id).reviews), timeout=3000)
    shortcut(qtbot, window, Qt.Key.Key_Z)
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert page.tabs.tabText(3) == f"&Questions ({before})"
    window.close()
    case = stored(opened.journal_path, case_id)
    assert len(case.questions) == before
    assert not any(r.verdict == "same" for r in case.reviews)


def test_f7_shows_the_next_difference_on_the_compare_tab(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    page = window.case_page
    assert page.tabs.currentWidget() is page.overview
    shortcut(qtbot, window, Qt.Key.Key_F7, Qt.KeyboardModifier.NoModifier)
    assert page.tabs.currentWidget() is page.compare_tab
    qtbot.waitUntil(lambda: page.compare.current_key() is not None)


def test_larger_text_shortcut_grows_the_font_and_is_remembered(opened, qtbot):
    window = opened.window()
    normal = QApplication.font().pointSizeF()
    assert normal == pytest.approx(appearance.base_point_size())
    shortcut(qtbot, window, Qt.Key.Key_Equal)
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.25, abs=0.1)
    shortcut(qtbot, window, Qt.Key.Key_Equal)
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.5, abs=0.1)
    shortcut(qtbot, window, Qt.Key.Key_Minus)
    assert settings.text_size() == 125
    window.close()
    QApplication.setFont(QApplication.font())  # the next window must set it again itself
    appearance.apply_text_size(100)
    opened.window()
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.25, abs=0.1)


def test_text_size_menu_keeps_within_100_and_200_percent(opened, qtbot):
    window = opened.window()
    for _ in range(6):
        shortcut(qtbot, window, Qt.Key.Key_Equal)
    assert settings.text_size() == 200
    shortcut(qtbot, window, Qt.Key.Key_0)
    assert settings.text_size() == 100
    shortcut(qtbot, window, Qt.Key.Key_Minus)
    assert settings.text_size() == 100


def test_settings_live_in_the_test_folder_apart_from_window_state(opened, qtbot):
    window = opened.window()
    shortcut(qtbot, window, Qt.Key.Key_Equal)
    window.close()
    data = Path(os.environ["SECONDOP_DATA_DIR"])
    preferences = settings.settings_path()
    state = settings.settings_path(settings.WINDOW_STATE_FILE)
    assert preferences.parent == data / "config"
    assert "text_size_percent=125" in preferences.read_text()
    assert "geometry" in state.read_text()
    assert "geometry" not in preferences.read_text()


def test_closing_and_reopening_shows_everything_typed(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "new_case_button"), LEFT)
    type_text(qtbot, child(window, QLineEdit, "case_title"), "Shoulder")
    type_text(qtbot, child(window, QLineEdit, "patient_name"), "Zoë Ångström")
    window.case_page.show_tab(1)
    qtbot.mouseClick(child(window, QPushButton, "opinion_add"), LEFT)
    editor = window.case_page.opinions.current_editor()
    type_text(qtbot, child(editor, QLineEdit, "physician_name"), "Dr Park")
    qtbot.mouseClick(child(editor, QPushButton, "evidence_add"), LEFT)
    type_text(qtbot, child(editor, QLineEdit, "evidence_title"), "MRI")
    shortcut(qtbot, window, Qt.Key.Key_Q)
    opened.journals[0].close()

    again = opened.window()
    assert again.windowTitle() == "Shoulder"
    assert child(again, QLineEdit, "patient_name").text() == "Zoë Ångström"
    again.case_page.show_tab(1)
    tabs = child(again, QTabWidget, "opinion_tabs")
    assert tabs.tabText(0) == "Dr Park"
    editor = again.case_page.opinions.current_editor()
    assert list_rows(child(editor, QListView, "evidence_list")) == ["MRI\nOther"]


def test_switching_case_saves_at_once(opened, qtbot):
    window = _with_example_and_one_more(opened, qtbot)
    cases = child(window, QListView, "case_list")
    qtbot.mouseClick(cases.viewport(), LEFT,
                     pos=cases.visualRect(cases.model().index(1, 0)).center())
    assert window.windowTitle() == "Right knee pain: replacement or therapy?"
    # No waiting: leaving the case wrote it.
    assert "Thyroid nodule" in [c.title for c in stored_cases(opened.journal_path)]


def test_questions_tab_add_type_and_remove(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "new_case_button"), LEFT)
    case_id = window.document.case_id
    page = window.case_page.questions
    window.case_page.tabs.setCurrentWidget(page)
    qtbot.mouseClick(child(page, QPushButton, "question_add"), LEFT)
    type_text(qtbot, child(page, QPlainTextEdit, "question_text"), "What if I wait?")
    table = child(page, QTableView, "questions_table")
    assert table.model().index(0, 0).data() == "What if I wait?\nOther"
    assert window.case_page.tabs.tabText(3) == "&Questions (1)"
    qtbot.waitUntil(lambda: [q.text for q in stored(opened.journal_path, case_id).questions]
                    == ["What if I wait?"], timeout=3000)
    qtbot.mouseClick(child(page, QPushButton, "question_remove"), LEFT)
    assert table.model().rowCount() == 0 and not table.isVisible()
    assert child(page, QLabel, "question_empty").isVisible()


def test_time_sensitive_case_is_marked_in_the_list_with_a_symbol_and_words(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "new_case_button"), LEFT)
    type_text(qtbot, child(window, QLineEdit, "case_title"), "Lump")
    box = window.case_page.overview.time_sensitive
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    assert list_rows(child(window, QListView, "case_list")) == [
        "Lump\nPreparing · no doctors yet"]
    index = child(window, QListView, "case_list").model().index(0, 0)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Time-sensitive" in child(window, QLabel, "case_status_label").text()


def test_delete_case_asks_and_then_removes_it(opened, qtbot, monkeypatch):
    window = _with_example_and_one_more(opened, qtbot)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **kw: True)
    window.findChild(type(window.export_action), "action_delete_case").trigger()
    assert [c.title for c in stored_cases(opened.journal_path)] == [
        "Right knee pain: replacement or therapy?"]
    assert window.windowTitle() == "Right knee pain: replacement or therapy?"


def test_a_damaged_journal_is_left_alone_and_the_user_is_told(journal_path, monkeypatch):
    journal_path.write_bytes(b"this is not a database" * 100)
    before = journal_path.read_bytes()
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: told.append(text))
    assert application.open_journal(journal_path) is None
    assert journal_path.read_bytes() == before
    assert "damaged" in told[0]


def test_a_damaged_journal_can_be_swapped_for_its_latest_backup(journal_path, monkeypatch):
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case())
        journal.auto_backup()
    journal_path.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **kw: True)
    monkeypatch.setattr(dialogs, "show_info", lambda *a, **kw: None)
    journal = application.open_journal(journal_path)
    assert journal is not None
    try:
        assert [s.title for s in journal.list_cases()] == [
            "Right knee pain: replacement or therapy?"]
    finally:
        journal.close()
    kept = [p for p in journal_path.parent.rglob("*") if p.is_file()
            and p.read_bytes()[:7] == b"garbage"]
    assert kept, "the damaged file is kept aside, not deleted"
