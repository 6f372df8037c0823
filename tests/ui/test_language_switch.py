# SPDX-License-Identifier: GPL-3.0-or-later
"""View → Language takes effect at once: the whole window speaks the new language, with the
open case, its tab, what was typed and the undo history kept (ui/language_switch.py)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as NotYet

from secondop_desktop import i18n
from secondop_desktop.store.errors import DiskFull
from secondop_desktop.ui import dialogs, settings, translations
from tests.ui.app_helpers import child, opened, stored, type_text  # noqa: F401 - opened: fixture
from tests.ui.test_compare_view import click_row, current_rows, rows

LEFT = Qt.MouseButton.LeftButton
TYPED = "Typed just now. "


@pytest.fixture(autouse=True)
def english_first():
    """Each test starts in English and leaves the process as the other tests expect it: following
    the system, with the system's language as it was (the shared monkeypatch is undone only
    after this fixture ends, too late for the words installed here)."""
    language = os.environ.get("LANGUAGE")
    translations.install("en")
    yield
    if language is None:
        os.environ.pop("LANGUAGE", None)
    else:
        os.environ["LANGUAGE"] = language
    translations.install(None)


def choose_from_menu(qtbot, window, *path: str) -> None:
    """Click through the menu bar as a person does: ``("menu_view", "menu_language",
    "action_language_es")``, each step an object name."""
    bar = window.menuBar()
    menu = window.findChild(QMenu, path[0])
    click_open(qtbot, bar, menu)
    for name in path[1:-1]:
        sub = menu.findChild(QMenu, name)
        click_open(qtbot, menu, sub)
        menu = sub
    action = next(a for a in menu.actions() if a.objectName() == path[-1])
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def click_open(qtbot, where: QWidget, menu: QMenu) -> None:
    """Click the menu's title in ``where`` until it is open (a click that lands while Qt is
    still closing another popup only closes that one: a person clicks again)."""
    for _ in range(3):
        qtbot.mouseClick(where, LEFT, pos=where.actionGeometry(menu.menuAction()).center())
        try:
            qtbot.waitUntil(menu.isVisible, timeout=1000)
        except NotYet:
            continue
        return
    raise AssertionError(f"{menu.objectName()} did not open")


def to_language(qtbot, window, code: str) -> None:
    choose_from_menu(qtbot, window, "menu_view", "menu_language", f"action_language_{code}")


def tab_texts(window) -> list[str]:
    tabs = child(window, QTabWidget, "case_tabs")
    return [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]


def click_tab(qtbot, window, index: int) -> None:
    bar = child(window, QTabWidget, "case_tabs").tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())


def shown_editor(window):
    page = window.case_page.opinions
    return page.editors[page.tabs.currentIndex()]


def button_words(box: QWidget) -> set[str]:
    return {b.text().replace("&", "") for b in box.findChildren(QAbstractButton)}


def compare_labels(qtbot, window) -> set[str]:
    qtbot.waitUntil(lambda: window.case_page.compare is not None)
    compare = window.case_page.compare
    # The first comparison of a run may build the code index first (a few seconds).
    qtbot.waitUntil(lambda: len(rows(compare)) > 0, timeout=30_000)
    return {compare.model.row(r).label for r in rows(compare)}


def test_english_to_spanish_and_back_with_typing_not_yet_saved(opened, qtbot):  # noqa: F811
    window = opened.window()
    geometry = window.geometry()
    window.open_example()
    case_id = window.document.case_id
    click_tab(qtbot, window, 1)  # Opinions
    editor = shown_editor(window)
    opinion_id = editor.opinion_id
    # Typed into the doctor's reasoning (waiting for autosave), then a date mistyped, which
    # its field keeps as typed without saving it, the keyboard still there.
    type_text(qtbot, child(editor, QPlainTextEdit, "rationale"), TYPED)
    date = child(editor, QLineEdit, "visit_date")
    date.selectAll()
    type_text(qtbot, date, "3 Marhc 2026")
    assert window.autosaver.is_pending()

    to_language(qtbot, window, "es")

    # Kept for the next start; the words of the layers without Qt follow too.
    assert settings.get(settings.LANGUAGE) == "es"
    assert i18n.current_language() == "es"
    # Nothing typed was lost: the reasoning is in the journal, the mistyped date in its box.
    assert stored(opened.journal_path, case_id).opinion(opinion_id).rationale.startswith(TYPED)
    # The same case, tab and doctor, the window where it was.
    assert window.document.case_id == case_id
    assert child(window, QTabWidget, "case_tabs").currentIndex() == 1
    editor = shown_editor(window)
    assert editor.opinion_id == opinion_id
    assert child(editor, QPlainTextEdit, "rationale").toPlainText().startswith(TYPED)
    date = child(editor, QLineEdit, "visit_date")
    assert date.text() == "3 Marhc 2026"
    assert QApplication.focusWidget() is date
    assert window.geometry() == geometry
    # The words: menus, tabs, the status bar, and a date read and written in Spanish.
    assert {m.objectName(): m.title() for m in window.findChildren(QMenu)}["menu_file"] \
        == "&Archivo"
    assert len(window.findChildren(QMenu, "menu_file")) == 1  # the old menus are gone
    assert "Opiniones (2)" in tab_texts(window)
    assert window.statusBar().currentMessage() == "SecondOp ahora está en español."
    assert window.language_actions["es"].isChecked()
    date.selectAll()
    type_text(qtbot, date, "3 marzo 2026")
    date.clearFocus()
    assert date.text() == "3 de marzo de 2026"
    # The undo history is the case's, not the widgets': the reasoning typed in English is
    # still one step back after the date.
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert not shown_editor(window).findChild(QPlainTextEdit, "rationale").toPlainText() \
        .startswith(TYPED)
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert window.document.case.opinion(opinion_id).visit_date == "2026-03-03"
    # Qt's own words: a message box's and a button box's buttons.
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Ok)
    assert "Cancelar" in button_words(box)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert button_words(buttons) == {"Cancelar"}

    # The compare view's words and a table's headings, then back to English on the same tab.
    click_tab(qtbot, window, 2)
    assert "Diagnóstico" in compare_labels(qtbot, window)
    click_tab(qtbot, window, 3)
    table = child(window.case_page, QTableView, "questions_table")
    assert table.model().headerData(0, Qt.Orientation.Horizontal) == "Pregunta"
    click_tab(qtbot, window, 2)
    compare = window.case_page.compare
    click_row(qtbot, compare, rows(compare)[2])
    looked_at = compare.current_key()

    to_language(qtbot, window, "en")

    assert settings.get(settings.LANGUAGE) == "en"
    assert i18n.current_language() == "en"
    assert child(window, QTabWidget, "case_tabs").currentIndex() == 2
    labels = compare_labels(qtbot, window)
    assert "Diagnosis" in labels and "Diagnóstico" not in labels
    compare = window.case_page.compare
    assert compare.current_key() == looked_at  # the same point still looked at
    assert current_rows(compare) == [compare.current_row()]
    assert "Opinions (2)" in tab_texts(window)
    assert window.menus["file"].title() == "&File"
    assert window.statusBar().currentMessage() == "SecondOp is now in English."
    click_tab(qtbot, window, 3)
    table = child(window.case_page, QTableView, "questions_table")
    assert table.model().headerData(0, Qt.Orientation.Horizontal) == "Question"
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    assert button_words(box) == {"Cancel"}
    window.autosaver.flush()
    saved = stored(opened.journal_path, case_id).opinion(opinion_id)
    assert saved.rationale.startswith(TYPED) and saved.visit_date == "2026-03-03"


def test_the_place_is_kept_search_rows_scrolling_and_a_half_typed_answer(opened, qtbot):  # noqa: F811
    window = opened.window()
    window.resize(1000, 560)  # a laptop's window: the Questions page scrolls
    window.open_example()
    click_tab(qtbot, window, 3)  # Questions
    page = window.case_page.questions
    table = child(page, QTableView, "questions_table")
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(table.model().index(2, 0))
                     .center())
    doctor = page.doctor
    doctor.setCurrentIndex(1)
    doctor.activated.emit(1)
    entry = child(page, QPlainTextEdit, "answers_entry")
    entry.setFocus()
    entry.selectAll()  # the doctor's answer so far, typed over
    type_text(qtbot, entry, "Only if it still hurts")  # not added yet: no Enter
    scroll = page.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)  # once laid out
    scroll.setValue(scroll.maximum() // 2)
    wanted_scroll = scroll.value()
    assert wanted_scroll > 0
    type_text(qtbot, window.search_box, "knee")
    qtbot.waitUntil(lambda: window.results_model.rowCount() > 0)
    entry.setFocus()
    entry.moveCursor(entry.textCursor().MoveOperation.End)

    to_language(qtbot, window, "es")

    assert window.search_box.text() == "knee"
    assert window.left_stack.currentWidget() is window.results_list
    shown = window.results_model.index(0).data()
    assert " — en " in shown and " — in " not in shown  # the results speak Spanish too
    page = window.case_page.questions
    assert child(window, QTabWidget, "case_tabs").currentIndex() == 3
    assert child(page, QTableView, "questions_table").currentIndex().row() == 2
    assert page.doctor.currentIndex() == 1
    entry = child(page, QPlainTextEdit, "answers_entry")
    assert entry.toPlainText() == "Only if it still hurts"
    qtbot.waitUntil(lambda: page.verticalScrollBar().value() == wanted_scroll)
    assert QApplication.focusWidget() is entry
    # Enter adds the answer half typed before, to the question and doctor it was meant for.
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    case = window.document.case
    question = case.questions[2]
    opinion = case.opinions[1]
    assert opinion.answers and any(a.question_id == question.id
                                   and a.text == "Only if it still hurts"
                                   for a in opinion.answers)


def test_follow_the_system_and_a_check_box_left_as_it_was(opened, qtbot):  # noqa: F811
    os.environ["LANGUAGE"] = "es_US"  # put back by english_first
    settings.put(settings.LANGUAGE, "en")
    window = opened.window()
    window.open_example()
    click_tab(qtbot, window, 2)
    qtbot.waitUntil(lambda: window.case_page.compare is not None)
    only = child(window.case_page.compare, QCheckBox, "compare_only_differences")
    only.click()
    was = only.isChecked()

    to_language(qtbot, window, "system")

    assert settings.get(settings.LANGUAGE) == ""
    assert i18n.current_language() == "es"
    assert window.menus["view"].title() == "&Ver"
    assert window.language_actions[""].isChecked()
    assert child(window.case_page.compare, QCheckBox, "compare_only_differences").isChecked() \
        == was


def test_with_no_case_the_welcome_page_speaks_the_new_language(opened, qtbot):  # noqa: F811
    window = opened.window()
    assert window.document is None
    to_language(qtbot, window, "es")
    assert child(window, QLabel, "welcome_heading").text() == "Bienvenido(a) a SecondOp"
    assert window.right_stack.currentWidget() is window.welcome
    assert window.document is None and window.case_model.rowCount() == 0


def test_a_save_that_fails_stays_pending_and_said_in_the_new_language(opened, qtbot,  # noqa: F811
                                                                      monkeypatch):
    window = opened.window()
    window.open_example()
    journal = window.journal
    real_save = journal.save_case

    def disk_full(*_args, **_kwargs):
        raise DiskFull(journal.path)

    monkeypatch.setattr(journal, "save_case", disk_full)
    monkeypatch.setattr(dialogs, "show_error", lambda *_args: None)  # said once, in a box
    title = child(window, QLineEdit, "case_title")
    title.setFocus()
    title.end(False)
    type_text(qtbot, title, " (on a full disk)")

    to_language(qtbot, window, "es")

    # Nothing was written and nothing is lost: the case is still waiting, and said so.
    assert window.autosaver.pending_case() is window.document.case
    assert window.document.case.title.endswith(" (on a full disk)")
    assert child(window, QLineEdit, "case_title").text().endswith(" (on a full disk)")
    qtbot.waitUntil(lambda: child(window, QWidget, "save_problem").isVisible())
    assert window.save_label.text() == "Sin guardar"
    # Space freed: the next try saves it.
    monkeypatch.setattr(journal, "save_case", real_save)
    assert window.flush()
    assert stored(opened.journal_path, window.document.case_id).title.endswith(
        " (on a full disk)")


def test_a_dialog_open_meanwhile_keeps_working(opened, qtbot):  # noqa: F811
    """The History of the case, a window beside the main one, can be open during a switch (it
    does not block the menus): it is opened again in the new language where it was, and goes
    on following the case's changes made in the window built anew."""
    window = opened.window()
    window.open_example()
    window.findChild(QAction, "action_history").trigger()
    qtbot.waitUntil(lambda: window.history_dialog is not None and window.history_dialog.isVisible())
    history = window.history_dialog
    assert history.windowTitle() == "History of this case"
    history.move(history.x() + 40, history.y() + 30)
    where = history.pos()

    to_language(qtbot, window, "es")

    again = window.history_dialog
    assert again is not history and again.isVisible() and not history.isVisible()
    assert again.windowTitle() == "Historial de este caso"
    assert again.pos() == where
    assert QApplication.activeWindow() is window  # the keyboard stays where the user was
    title = child(window, QLineEdit, "case_title")
    title.setFocus()
    title.end(False)
    type_text(qtbot, title, " (now in Spanish)")
    assert window.flush()
    assert window.history_dialog is again and again.isVisible()

    to_language(qtbot, window, "en")
    assert window.history_dialog.windowTitle() == "History of this case"


def test_help_and_the_bin_open_during_a_switch_speak_the_new_language(opened, qtbot):  # noqa: F811
    """Modal dialogs block the menus, so only the windows beside the main one can be open when
    the language changes: each comes back in the new language; one closed stays closed."""
    window = opened.window()
    window.open_example()
    help_window = window.show_help()
    window.findChild(QAction, "action_bin").trigger()
    qtbot.waitUntil(lambda: window.bin_dialog is not None and window.bin_dialog.isVisible())
    old_bin = window.bin_dialog
    assert (help_window.windowTitle(), old_bin.windowTitle()) == (
        "How SecondOp keeps your notes", "Bin")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    to_language(qtbot, window, "es")

    assert window.help_dialog is not help_window and window.help_dialog.isVisible()
    assert window.help_dialog.windowTitle() == "Cómo guarda SecondOp sus notas"
    assert window.bin_dialog is not old_bin and window.bin_dialog.isVisible()
    assert window.bin_dialog.windowTitle() == "Papelera"
    assert not old_bin.isVisible()
    window.bin_dialog.close()

    to_language(qtbot, window, "en")

    assert window.help_dialog.windowTitle() == "How SecondOp keeps your notes"
    assert not window.bin_dialog.isVisible()  # closed before: not opened again


def test_the_pdf_keeps_a_language_of_its_own(opened, qtbot):  # noqa: F811
    """The export dialog starts in the window's new language; another one chosen there is the
    PDF's alone."""
    from PySide6.QtWidgets import QComboBox

    from secondop_desktop.ui.export_pdf import ExportPdfDialog

    window = opened.window()
    window.open_example()
    to_language(qtbot, window, "es")
    dialog = ExportPdfDialog(window.document.case, window)
    qtbot.addWidget(dialog)
    combo = child(dialog, QComboBox, "pdf_language_combo")
    assert combo.currentData() == "es"
    combo.setCurrentIndex(combo.findData("en"))
    assert i18n.current_language() == "es"
    assert settings.get(settings.LANGUAGE) == "es"
    assert window.menus["file"].title() == "&Archivo"


def test_the_compare_view_keeps_the_point_looked_at_in_sight(opened, qtbot):  # noqa: F811
    window = opened.window()
    window.open_example()
    click_tab(qtbot, window, 2)
    compare_labels(qtbot, window)
    compare = window.case_page.compare
    last = rows(compare)[-1]
    click_row(qtbot, compare, last)  # scrolled down to it
    key = compare.current_key()

    to_language(qtbot, window, "es")

    compare = window.case_page.compare
    compare_labels(qtbot, window)
    assert compare.current_key() == key
    table = compare.table
    index = table.currentIndex()
    qtbot.waitUntil(lambda: table.viewport().rect().intersects(table.visualRect(index)))


def test_switching_while_a_comparison_runs(opened, qtbot, monkeypatch):  # noqa: F811
    """The old compare view's comparison is still running on its thread when the window is
    built again: its answer goes nowhere, and the new view compares in the new language."""
    import threading

    from secondop_desktop.ui import compare_worker

    real, started, gate = compare_worker._run_engine, threading.Event(), threading.Event()

    def held(engine, case, ids):
        started.set()
        gate.wait(10)
        return real(engine, case, ids)

    monkeypatch.setattr(compare_worker, "_run_engine", held)
    window = opened.window()
    window.open_example()
    click_tab(qtbot, window, 2)
    # The engine starts once "Comparing…" is painted, a turn of the event loop later.
    qtbot.waitUntil(started.is_set, timeout=10_000)

    to_language(qtbot, window, "es")
    gate.set()

    assert window._retired  # the old view's worker, kept until its thread is done
    assert all(worker.join(10) for worker in window._retired)
    assert "Diagnóstico" in compare_labels(qtbot, window)
    qtbot.wait(50)  # an old answer, were one still on its way, would arrive now


def _steps(window) -> list[str]:
    stack = window.document.stack
    return [stack.text(i) for i in range(stack.count())]


def test_undo_steps_made_before_a_switch_are_named_in_the_new_language(opened, qtbot):  # noqa: F811
    """Edit → "Undo …" and every step on the stack speak the language in force, whichever one
    they were made in: English → Spanish → English with steps of several kinds on the stack."""
    from secondop_desktop.ui.case_page import TAB_RECORDS

    window = opened.window()
    window.open_example()
    title = child(window, QLineEdit, "case_title")
    title.setFocus()
    title.end(False)
    type_text(qtbot, title, " again")  # "Change title": words filled into words
    window.case_page.show_tab(TAB_RECORDS)
    records = window.case_page.records
    qtbot.mouseClick(child(records, QAbstractButton, "record_add"), LEFT)  # "Add record"
    type_text(qtbot, child(records, QLineEdit, "record_title"), "Blood test")
    records.seen_boxes[0].click()  # "Tick who has seen a record" (a model's words)
    window.case_page.show_tab(1)
    specialty = child(shown_editor(window), QLineEdit, "physician_specialty")
    specialty.setFocus()
    specialty.end(False)
    type_text(qtbot, specialty, " (knees)")  # "Change {what}" filled with a table's word
    window.case_page.show_tab(TAB_RECORDS)
    english = _steps(window)
    assert english[-5:] == ["Change title", "Add record", "Change a record's title",
                            "Tick who has seen a record", "Change specialty"]
    window.undo_action.trigger()  # the specialty as it was; its step waits to be redone
    english = _steps(window)
    undo = window.findChild(QAction, "action_undo")
    assert undo.text().replace("&", "") == "Undo Tick who has seen a record"

    to_language(qtbot, window, "es")

    spanish = _steps(window)
    assert len(spanish) == len(english)  # the switch itself changed nothing
    assert spanish[-5:] == ["Cambiar título", "Añadir expediente",
                            "Cambiar título de un expediente",
                            "Marcar quién ha visto un expediente", "Cambiar especialidad"]
    redo = window.findChild(QAction, "action_redo")
    assert redo.text().replace("&", "") == "Rehacer Cambiar especialidad"
    undo = window.findChild(QAction, "action_undo")
    assert undo.text().replace("&", "") == "Deshacer Marcar quién ha visto un expediente"
    undo.trigger()
    redo = window.findChild(QAction, "action_redo")
    assert redo.text().replace("&", "") == "Rehacer Marcar quién ha visto un expediente"
    # A step made in Spanish, and the ones before it, go back to English together.
    type_text(qtbot, child(window.case_page.records, QLineEdit, "record_title"), " 2")

    to_language(qtbot, window, "en")

    # The two steps undone gave way to the title typed in Spanish (one step with the title
    # typed before it, or one of its own).
    back = _steps(window)
    made = len(english) - 3  # the steps up to "Add record"
    assert back[:made] == english[:made]
    assert back[made:] in (["Change a record's title"], ["Change a record's title"] * 2)
    undo = window.findChild(QAction, "action_undo")
    assert undo.text().replace("&", "") == "Undo Change a record's title"


def test_the_import_s_report_comes_back_in_spanish_with_my_text_still_put_back(
        opened, qtbot, monkeypatch, tmp_path):  # noqa: F811
    from PySide6.QtWidgets import QPushButton

    from tests.ui.test_history_and_bin_window import (
        _action,
        _example,
        _family_copy,
        _replace_concern,
    )

    window = _example(opened, qtbot)
    _replace_concern(qtbot, window, "Mine: the knee hurts at night.")
    path = _family_copy(tmp_path)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: path)
    _action(window, "action_open_case_file").trigger()
    report = window.merge_report
    qtbot.waitExposed(report)
    qtbot.mouseClick(child(report, QPushButton, "merge_use_mine_0"), LEFT)
    assert window.document.case.concern == "Mine: the knee hurts at night."
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    to_language(qtbot, window, "es")

    again = window.merge_report
    assert again is not report and again.isVisible() and not report.isVisible()
    assert again.windowTitle() == "Lo que hizo la importación"
    button = child(again, QPushButton, "merge_use_mine_0")
    assert button.text() == "Su texto está de vuelta" and not button.isEnabled()
    assert window.document.case.concern == "Mine: the knee hurts at night."


def test_steps_naming_a_field_from_the_history_or_an_import_follow_the_language(
        opened, qtbot, monkeypatch, tmp_path):  # noqa: F811
    """The field a step names comes from the layers without Qt ("Health concern"): it is said
    again in the new language with the step."""
    from PySide6.QtWidgets import QPushButton

    from tests.ui.test_history_and_bin_window import (
        _action,
        _example,
        _family_copy,
        _replace_concern,
    )

    window = _example(opened, qtbot)
    family = _family_copy(tmp_path)  # Ana's copy of this very case, written in English
    original = window.document.case.concern
    _replace_concern(qtbot, window, "Mine: the knee hurts at night.")
    _action(window, "action_history").trigger()
    history = window.history_dialog
    qtbot.waitExposed(history)
    assert history.select_version(lambda v: v.text == original) is not None
    qtbot.mouseClick(child(history, QPushButton, "history_restore"), LEFT)
    history.close()
    assert _steps(window)[-1] == "Put back an earlier text of Health concern"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    to_language(qtbot, window, "es")

    assert _steps(window)[-1] == "Recuperar un texto anterior de Problema de salud"
    # An import reads the case afresh (a new undo history): its step, made in Spanish.
    _replace_concern(qtbot, window, "Mine: the knee hurts at night.")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: family)
    _action(window, "action_open_case_file").trigger()
    report = window.merge_report
    qtbot.waitExposed(report)
    qtbot.mouseClick(child(report, QPushButton, "merge_use_mine_0"), LEFT)
    assert _steps(window)[-1] == "Usar mi texto en Problema de salud"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    to_language(qtbot, window, "en")

    assert _steps(window)[-1] == "Use my text for Health concern"
