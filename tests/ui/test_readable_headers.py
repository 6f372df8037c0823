# SPDX-License-Identifier: GPL-3.0-or-later
"""Column headings cut short by a narrow window or large text end in "…" and show their whole
text when the pointer rests on them (Qt's default cut them at both ends: "here it stan")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QToolTip

from secondop_desktop.domain.demo import demo_case
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import fields
from tests.ui.app_helpers import opened  # noqa: F401 (fixture)


def test_a_cut_heading_ends_in_an_ellipsis_and_shows_its_whole_text(qtbot) -> None:
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Where it stands now", "Seen by Dr Robert Hale"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    fields.readable_headers(table)
    table.resize(200, 120)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    spot = QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2)
    QApplication.sendEvent(header.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, spot, header.viewport().mapToGlobal(spot)))
    assert QToolTip.text() == "Seen by Dr Robert Hale"
    QToolTip.hideText()


def test_every_table_of_the_case_cuts_its_headings_readably(opened, qtbot) -> None:  # noqa: F811
    with Journal.open(opened.journal_path) as journal:
        journal.save_case(demo_case())
    window = opened.window()
    qtbot.waitUntil(lambda: window.document is not None)
    pages = window.case_page.tabs
    for index in range(pages.count()):
        window.case_page.show_tab(index)
    tables = [t for t in window.findChildren(QTableView)  # Qt's own calendar pop-ups aside
              if t.objectName() not in ("compare_table", "qt_calendar_calendarview")]
    assert len(tables) >= 5, [t.objectName() for t in tables]
    cut_badly = [t.objectName() for t in tables
                 if t.horizontalHeader().textElideMode() != Qt.TextElideMode.ElideRight]
    assert not cut_badly
