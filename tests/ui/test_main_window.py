# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window as a person uses it: welcome page, new case, typing, autosave, undo, reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QTabWidget

from secondop_desktop.ui import dialogs
from tests.ui.app_helpers import child, list_rows, opened, shortcut, stored, stored_cases, type_text

__all__ = ["opened"]  # the fixture, imported for pytest

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier



def _new_case(qtbot, window) -> str:
    qtbot.mouseClick(child(window, QPushButton, "new_case_button"), Qt.MouseButton.LeftButton)
    assert window.document is not None
    return window.document.case_id


def test_empty_journal_shows_the_welcome_page(opened):
    window = opened.window()
    welcome = child(window, QLabel, "welcome_heading")
    assert welcome.isVisible()
    assert welcome.text() == "Welcome to SecondOp"
    assert window.windowTitle() == "SecondOp"
    assert list_rows(child(window, QListView, "case_list")) == []


def test_start_a_new_case_from_the_welcome_page(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_new_case"), Qt.MouseButton.LeftButton)
    assert child(window, QLineEdit, "case_title").isVisible()
    assert list_rows(child(window, QListView, "case_list")) == [
        "Untitled case\nPreparing · no doctors yet"]
    assert len(stored_cases(opened.journal_path)) == 1


def test_open_the_example_case_from_the_welcome_page(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "Right knee pain: replacement or therapy?"
    tabs = child(window, QTabWidget, "case_tabs")
    assert tabs.tabText(1) == "O&pinions (2)"
    [case] = stored_cases(opened.journal_path)
    assert case.title == "Right knee pain: replacement or therapy?"
    assert len(case.opinions) == 2


def test_typed_title_and_concern_reach_the_journal_without_saving(opened, qtbot):
    window = opened.window()
    case_id = _new_case(qtbot, window)
    type_text(qtbot, child(window, QLineEdit, "case_title"), "Thyroid nodule")
    type_text(qtbot, child(window, QPlainTextEdit, "case_concern"), "A lump found on a scan.")
    qtbot.waitUntil(lambda: stored(opened.journal_path, case_id).concern
                    == "A lump found on a scan.", timeout=3000)
    assert stored(opened.journal_path, case_id).title == "Thyroid nodule"
    assert window.windowTitle() == "Thyroid nodule"
    assert list_rows(child(window, QListView, "case_list"))[0].startswith("Thyroid nodule\n")
    saved = child(window, QLabel, "save_indicator")
    qtbot.waitUntil(lambda: saved.text() == "Saved ✓")
    # a screen reader hears what it shows, not a name standing in for it
    assert QAccessible.queryAccessibleInterface(saved).text(QAccessible.Text.Name) == "Saved ✓"


def test_undo_and_redo_a_typed_title(opened, qtbot):
    window = opened.window()
    case_id = _new_case(qtbot, window)
    title = child(window, QLineEdit, "case_title")
    type_text(qtbot, title, "Back pain")
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert title.text() == ""
    qtbot.waitUntil(lambda: stored(opened.journal_path, case_id).title == "", timeout=3000)
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert title.text() == "Back pain"
    qtbot.waitUntil(lambda: stored(opened.journal_path, case_id).title == "Back pain",
                    timeout=3000)


def test_ctrl_n_starts_a_case_and_ctrl_q_keeps_it(opened, qtbot):
    window = opened.window()
    shortcut(qtbot, window, Qt.Key.Key_N, CTRL)
    assert window.document is not None
    type_text(qtbot, child(window, QLineEdit, "case_title"), "Hip")
    shortcut(qtbot, window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    # Closing saved at once, without waiting for the autosave pause.
    assert [c.title for c in stored_cases(opened.journal_path)] == ["Hip"]


def test_remove_an_opinion_asks_first_and_undo_brings_it_back(opened, qtbot, monkeypatch):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    case_id = window.document.case_id
    window.case_page.show_tab(1)
    tabs = child(window, QTabWidget, "opinion_tabs")
    tabs.setCurrentIndex(1)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no",
                        lambda parent, title, text, **kw: asked.append(text) or True)
    qtbot.mouseClick(child(window, QPushButton, "opinion_remove"), Qt.MouseButton.LeftButton)
    assert "Dr Mei Tanaka" in asked[0]
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Dr Robert Hale"]
    qtbot.waitUntil(lambda: len(stored(opened.journal_path, case_id).opinions) == 1,
                    timeout=3000)
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Dr Robert Hale", "Dr Mei Tanaka"]
    qtbot.waitUntil(lambda: len(stored(opened.journal_path, case_id).opinions) == 2,
                    timeout=3000)


def test_declining_the_question_keeps_the_opinion(opened, qtbot, monkeypatch):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    window.case_page.show_tab(1)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **kw: False)
    qtbot.mouseClick(child(window, QPushButton, "opinion_remove"), Qt.MouseButton.LeftButton)
    assert child(window, QTabWidget, "opinion_tabs").count() == 2
    window.close()
    assert len(stored_cases(opened.journal_path)[0].opinions) == 2


def test_scrolling_to_the_end_of_the_window_list_shows_the_next_cases(
        opened, qtbot, journal_path, monkeypatch):
    from secondop_desktop.domain.model import Case
    from secondop_desktop.store.journal import Journal
    from secondop_desktop.ui import case_list_model
    from secondop_desktop.ui.case_list_model import CaseRole

    monkeypatch.setattr(case_list_model, "PAGE", 10)
    with Journal.open(journal_path) as journal:
        for n in range(60):
            stamp = f"2026-01-01T09:00:{n:02d}+00:00"  # the last updated on top
            journal.save_case(Case(title=f"Visit {n}", created_at=stamp, updated_at=stamp))
    window = opened.window()
    cases = child(window, QListView, "case_list")
    model = cases.model()
    assert model.rowCount() < 60  # what fills the list, not the whole journal
    assert model.index(0, 0).data(CaseRole.Title) == "Visit 59"
    cases.setFocus()
    for _ in range(20):  # the user presses End until the list ends
        qtbot.keyClick(cases, Qt.Key.Key_End)
        qtbot.wait(10)
        if model.rowCount() == 60:
            break
    titles = [model.index(r, 0).data(CaseRole.Title) for r in range(model.rowCount())]
    assert titles == [f"Visit {n}" for n in range(59, -1, -1)]
    qtbot.keyClick(cases, Qt.Key.Key_End)  # all there now: End reaches the oldest case
    assert cases.currentIndex().data(CaseRole.Title) == "Visit 0"


def test_the_last_case_used_opens_even_far_down_the_list_and_a_gone_one_reads_no_further(
        opened, qtbot, journal_path, monkeypatch):
    from secondop_desktop.domain.model import Case
    from secondop_desktop.store.journal import Journal
    from secondop_desktop.ui import case_list_model, settings

    monkeypatch.setattr(case_list_model, "PAGE", 10)
    cases = [Case(title=f"Visit {n}", created_at=f"2026-01-01T09:00:{n:02d}+00:00",
                  updated_at=f"2026-01-01T09:00:{n:02d}+00:00") for n in range(40)]
    with Journal.open(journal_path) as journal:
        for case in cases:
            journal.save_case(case)
        assert journal.has_case(cases[2].id) and not journal.has_case("no-such-case")
    settings.put(settings.LAST_CASE, cases[2].id)  # the third oldest: the fourth page
    window = opened.window()
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.document.case_id == cases[2].id
    assert window.case_list.currentIndex().data(case_list_model.CaseRole.Title) == "Visit 2"
    window.close()

    settings.put(settings.LAST_CASE, "a-case-deleted-since")
    window = opened.window()
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.document.case_id == cases[-1].id  # the newest instead
    assert window.case_model.rowCount() < 40  # and the list read only what it shows
