# SPDX-License-Identifier: GPL-3.0-or-later
"""Pages not in sight measure their rows when they are shown, not on every change: a page that
was hidden while the text size went to 200 % and the window got narrower shows every row tall
enough for its wrapped words as soon as its tab is opened."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from secondop_desktop.ui.case_page import TAB_COMPARE, TAB_DECISION, TAB_FOLLOWUPS, TAB_TIMELINE
from tests.ui.app_helpers import opened

__all__ = ["opened"]


def _tables(page) -> list[QTableView]:  # noqa: ANN001 - a page of the case
    names = ("option_grid", "followups_table", "timeline_table")
    return [t for t in page.findChildren(QTableView) if t.objectName() in names]


def _clipped_rows(table: QTableView) -> list[int]:
    """Rows shorter than their words need at the table's font and column widths."""
    return [row for row in range(table.model().rowCount())
            if not table.isRowHidden(row) and table.rowHeight(row) < table.sizeHintForRow(row)]


def _narrow_columns(table: QTableView) -> list[int]:
    """Columns that follow their words but are narrower than the words now need."""
    header = table.horizontalHeader()
    fitted = [c for c in range(header.count())  # (a column left out where narrow is no cut)
              if header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents
              and not table.isColumnHidden(c)]
    return [c for c in fitted if table.columnWidth(c) < table.sizeHintForColumn(c)]


def test_a_page_changed_while_hidden_fits_its_rows_when_shown(opened, qtbot):
    window = opened.window()
    window.resize(1280, 800)
    window.open_example()
    page = window.case_page
    tabs = (TAB_DECISION, TAB_FOLLOWUPS, TAB_TIMELINE)
    heights: dict[str, list[int]] = {}
    for index in tabs:  # every page built and shown once at 100 %
        page.show_tab(index)
        qtbot.wait(50)
        fitted = page.tabs.widget(index).findChildren(QTableView, "followups_table")
        if fitted:  # the columns of dates and states follow their words too
            header = fitted[0].horizontalHeader()
            assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.ResizeToContents
        for table in _tables(page.tabs.widget(index)):
            assert table.model().rowCount() > 0, table.objectName()
            heights[table.objectName()] = [table.rowHeight(r)
                                           for r in range(table.model().rowCount())]
    assert set(heights) == {"option_grid", "followups_table", "timeline_table"}
    page.show_tab(TAB_COMPARE)
    qtbot.wait(50)

    try:
        window.set_text_size(200)  # while those pages are hidden
        window.resize(1000, 800)
        qtbot.wait(100)
        size = QApplication.font().pointSizeF()
        for index in tabs:
            page.show_tab(index)
            tables = _tables(page.tabs.widget(index))
            qtbot.waitUntil(lambda ts=tables: all(t.isVisible() and t.font().pointSizeF() == size
                                                  for t in ts))
            for table in tables:
                name = table.objectName()
                assert _clipped_rows(table) == [], name
                assert _narrow_columns(table) == [], name
                grown = [table.rowHeight(r) for r in range(table.model().rowCount())]
                assert sum(grown) > sum(heights[name]), name  # measured again at 200 %
            grid = [t for t in tables if t.objectName() == "option_grid"]
            if grid:  # the grid is as tall as its rows: the page scrolls, not the grid
                rows = sum(grid[0].rowHeight(r) for r in range(grid[0].model().rowCount()))
                assert grid[0].height() >= rows
    finally:
        window.set_text_size(100)
