# SPDX-License-Identifier: GPL-3.0-or-later
"""Part 1 of issue 11: a time-sensitive case's decide-by date, on the overview and in the list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPushButton

from tests.ui.app_helpers import child, opened, stored, type_text

__all__ = ["opened"]  # the fixture, imported for pytest

LEFT = Qt.MouseButton.LeftButton


def test_a_time_sensitive_case_gets_a_decide_by_date_and_a_reminder(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "new_case_button"), LEFT)
    type_text(qtbot, child(window, QLineEdit, "case_title"), "Lump in the neck")
    overview = window.case_page.overview
    date_box = child(overview, QLineEdit, "decide_by")
    assert not date_box.isVisible()  # only a time-sensitive case has one
    box = overview.time_sensitive
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    assert date_box.isVisible()
    soon = date.today() + timedelta(days=5)
    type_text(qtbot, date_box, soon.isoformat())
    reminder = child(overview, QLabel, "decide_by_reminder")
    assert reminder.isVisible()
    assert reminder.text().startswith(f"Decide by {soon.day} ")
    assert reminder.text().endswith(": 5 days left")
    assert reminder.text() in child(window, QLabel, "case_status_label").text()
    assert child(window, QLabel, "case_time_sensitive_icon").isVisible()
    row = child(window, QListView, "case_list").model().index(0, 0)
    # The row keeps the days left on screen whatever its width, and says the reminder whole to
    # a screen reader.
    assert "5 days left · Preparing" in row.data(Qt.ItemDataRole.DisplayRole)
    assert reminder.text() in row.data(Qt.ItemDataRole.AccessibleTextRole)
    window.flush()
    case_id = window.document.case_id
    assert stored(opened.journal_path, case_id).decide_by == soon.isoformat()

    # "Clear date" takes it away again, and the reminder with it.
    qtbot.mouseClick(child(overview, QPushButton, "decide_by_clear"), LEFT)
    assert not reminder.isVisible()
    window.flush()
    assert stored(opened.journal_path, case_id).decide_by is None
