# SPDX-License-Identifier: GPL-3.0-or-later
"""Part 8 of issue 11: the help page in plain words, with the buttons it describes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTextBrowser

from secondop_desktop import paths
from secondop_desktop.domain.model import Case
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import dialogs
from tests.ui.app_helpers import child, opened, shortcut, stored_cases

__all__ = ["opened"]  # the fixture, imported for pytest

LEFT = Qt.MouseButton.LeftButton


def _help(opened, qtbot):
    with Journal.open(opened.journal_path) as journal:
        journal.save_case(Case(title="Knie"))
    window = opened.window()
    shortcut(qtbot, window, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    page = window.help_dialog
    qtbot.waitExposed(page)
    return window, page


def test_the_help_says_where_the_journal_is_and_what_the_words_mean(opened, qtbot):
    _window, page = _help(opened, qtbot)
    words = child(page, QTextBrowser, "help_text").toPlainText()
    assert str(opened.journal_path) in words
    assert str(paths.backup_dir(opened.journal_path)) in words
    for phrase in ("Send this case…", "Open a case file…", "Refined", "Differs",
                   "gives no medical advice", "Back up now…", "Restore from a backup…"):
        assert phrase in words, phrase


def test_back_up_now_then_restore_it_after_a_mistake(opened, qtbot, tmp_path, monkeypatch):
    window, page = _help(opened, qtbot)
    copy = tmp_path / "usb" / "before.secondop-journal"
    copy.parent.mkdir()
    told: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: copy)
    monkeypatch.setattr(dialogs, "show_info", lambda _p, title, text: told.append(title))
    qtbot.mouseClick(child(page, QPushButton, "help_back_up"), LEFT)
    assert told == ["Backup made"] and copy.exists()

    # The mistake: the case is deleted.
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    window.delete_case()
    window.flush()
    assert [c.title for c in stored_cases(opened.journal_path)] == []

    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: copy)
    qtbot.mouseClick(child(page, QPushButton, "help_restore"), LEFT)
    assert told[-1] == "Backup restored"
    assert window.journal is not None and window.journal.path == opened.journal_path
    assert [c.title for c in stored_cases(opened.journal_path)] == ["Knie"]
    assert window.case_model.rowCount() == 1
    opened.journals.append(window.journal)  # closed with the others at the end


def test_check_the_journal_says_it_is_healthy(opened, qtbot, monkeypatch):
    _window, page = _help(opened, qtbot)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, title, text: told.append((title, text)))
    qtbot.mouseClick(child(page, QPushButton, "help_check"), LEFT)
    assert told and told[0][0] == "The journal is healthy"
