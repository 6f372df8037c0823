# SPDX-License-Identifier: GPL-3.0-or-later
"""A save refused by SQLite, in a Spanish window: the problem is said above the case in
Spanish, what kind of problem it is in plain words first, then SQLite's own text as it is (what
a helper searching the web needs). It was "(database is locked)" alone, in English."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from secondop_desktop.domain.model import Case
from secondop_desktop.store import journal as journal_module
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import dialogs
from tests.ui.app_helpers import child, opened, type_text

__all__ = ["opened"]



def test_a_journal_locked_by_another_program_is_said_in_spanish(
        opened, spanish, demo_case: Case, monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    with Journal.open(opened.journal_path) as journal:
        journal.save_case(demo_case)
    monkeypatch.setattr(journal_module, "BUSY_TIMEOUT_MS", 50)  # not five seconds per try
    monkeypatch.setattr(dialogs, "show_error", lambda *_args: None)
    window = opened.window()
    qtbot.waitUntil(lambda: window.document is not None)
    other = sqlite3.connect(opened.journal_path, isolation_level=None)  # another program
    other.execute("BEGIN EXCLUSIVE")
    try:
        title = child(window, QLineEdit, "case_title")
        title.setFocus()
        title.end(False)
        type_text(qtbot, title, " (escrito con el diario ocupado)")
        assert not window.flush()
        banner = child(window, QWidget, "save_problem")
        qtbot.waitUntil(banner.isVisible)
        text = child(window, QWidget, "save_problem_text").text()
        assert "Otro programa está usando el diario" in text
        assert "(SQLite: database is locked)" in text  # SQLite's own words, after the kind
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert window.flush()  # the other program done: the save goes through
