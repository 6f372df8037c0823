# SPDX-License-Identifier: GPL-3.0-or-later
"""Small things a user trips over: the window's title, search results, keyboard letters, where
the focus goes on switching tabs, a new case left blank."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QPushButton, QTabWidget

from tests.ui.app_helpers import child, opened, shortcut, stored_cases, type_text

__all__ = ["opened"]

LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier


def _example(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    return window


def test_the_app_name_is_in_the_title_once(opened, qtbot):
    window = _example(opened, qtbot)
    # The program sets the display name "SecondOp" (application.make_application), and Qt
    # appends " — <display name>" to every window title itself.
    assert window.windowTitle() == "Right knee pain: replacement or therapy?"
    assert "SecondOp" not in window.windowTitle()


def test_search_results_read_as_plain_words(opened, qtbot):
    window = _example(opened, qtbot)
    shortcut(qtbot, window, Qt.Key.Key_F)
    type_text(qtbot, child(window, QLineEdit, "search_box"), "exercise")
    results = child(window, QListView, "search_results")
    qtbot.waitUntil(lambda: results.isVisible() and results.model().rowCount() > 0)
    shown = [results.model().index(r, 0).data() for r in range(results.model().rowCount())]
    assert any("exercise" in text.lower() for text in shown)
    assert not any("[" in text or "]" in text for text in shown), shown


def _letters(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for t in texts for m in [re.search(r"&([^&])", t)] if m]


def test_menus_and_tabs_have_keyboard_letters_of_their_own(opened, qtbot):
    window = _example(opened, qtbot)
    menus = [a.text() for a in window.menuBar().actions()]
    tabs = child(window, QTabWidget, "case_tabs")
    texts = menus + [tabs.tabText(i) for i in range(tabs.count())]
    letters = _letters(texts)
    assert len(letters) == len(texts)
    assert len(set(letters)) == len(letters), texts


def test_a_screen_reader_hears_the_parts_of_the_case_and_the_tab_chosen(opened, qtbot):
    window = _example(opened, qtbot)
    tabs = child(window, QTabWidget, "case_tabs")
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    # what a screen reader is given: the tabs' container by what it holds, the tab list by the
    # tab chosen (Qt names a tab list so), and each tab by its words without the "&"
    container = QAccessible.queryAccessibleInterface(tabs)
    assert container.text(QAccessible.Text.Name) == "Parts of the case"
    heard = QAccessible.queryAccessibleInterface(bar)
    assert heard.role() == QAccessible.Role.PageTabList
    assert heard.text(QAccessible.Text.Name) == tabs.tabText(1).replace("&", "")
    tab = heard.child(1)
    assert tab.role() == QAccessible.Role.PageTab
    assert tab.text(QAccessible.Text.Name) == tabs.tabText(1).replace("&", "")
    assert tab.state().selected


def test_alt_m_opens_the_compare_tab_and_alt_c_does_not(opened, qtbot):
    window = _example(opened, qtbot)
    tabs = child(window, QTabWidget, "case_tabs")
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_M, ALT)
    assert tabs.currentIndex() == 2
    tabs.setCurrentIndex(0)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_C, ALT)
    assert tabs.currentIndex() == 0  # Alt+C is the Case menu's now


def test_switching_tabs_keeps_the_focus_in_the_case(opened, qtbot):
    window = _example(opened, qtbot)
    title = child(window, QLineEdit, "case_title")
    title.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    tabs = child(window, QTabWidget, "case_tabs")
    bar = tabs.tabBar()
    for index in (3, 4, 0, 5):  # pages not built yet, and one already built
        qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
        assert tabs.currentIndex() == index
        focus = QApplication.focusWidget()
        assert focus is not child(window, QLineEdit, "search_box")
        assert focus is not None and window.case_page.isAncestorOf(focus), focus


def test_a_new_case_left_blank_does_not_linger(opened, qtbot):
    window = _example(opened, qtbot)
    new = child(window, QPushButton, "new_case_button")
    cases = child(window, QListView, "case_list")
    qtbot.mouseClick(new, LEFT)
    assert cases.model().rowCount() == 2
    # The user changes their mind and goes back to the example.
    qtbot.mouseClick(cases.viewport(), LEFT, pos=cases.visualRect(cases.model().index(1)).center())
    assert window.windowTitle() == "Right knee pain: replacement or therapy?"
    assert cases.model().rowCount() == 1
    assert [c.title for c in stored_cases(opened.journal_path)] == [
        "Right knee pain: replacement or therapy?"]
    # A new case with a title stays.
    qtbot.mouseClick(new, LEFT)
    type_text(qtbot, child(window, QLineEdit, "case_title"), "Back pain")
    qtbot.mouseClick(cases.viewport(), LEFT, pos=cases.visualRect(cases.model().index(1)).center())
    assert sorted(c.title for c in stored_cases(opened.journal_path)) == [
        "Back pain", "Right knee pain: replacement or therapy?"]


def test_a_new_case_left_blank_is_gone_after_closing(opened, qtbot):
    window = _example(opened, qtbot)
    qtbot.mouseClick(child(window, QPushButton, "new_case_button"), LEFT)
    assert len(stored_cases(opened.journal_path)) == 2
    window.close()
    assert [c.title for c in stored_cases(opened.journal_path)] == [
        "Right knee pain: replacement or therapy?"]
