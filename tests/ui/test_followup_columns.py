# SPDX-License-Identifier: GPL-3.0-or-later
"""At 200 % text the follow-ups table leaves whom and when to the form under it, so a point's
name is read whole: with six columns in the room "Main recommendation" was cut to
"Main recomme…". At the usual size every column is there."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView

from secondop_desktop.ui import settings, translations
from secondop_desktop.ui.case_page import TAB_FOLLOWUPS
from tests.ui.app_helpers import opened

__all__ = ["opened"]


def _table(window, qtbot) -> QTableView:  # noqa: ANN001 - the main window
    window.case_page.show_tab(TAB_FOLLOWUPS)
    table = window.case_page.findChild(QTableView, "followups_table")
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    qtbot.wait(50)
    return table


def _cut_words(table: QTableView) -> list[str]:
    metrics = table.fontMetrics()
    model = table.model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    return [w for n in names for w in n.split()
            if metrics.horizontalAdvance(w) > table.columnWidth(0)]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_word_of_a_points_name_fits_its_column_at_200_percent(opened, qtbot, language):
    if language == "es":
        settings.put(settings.LANGUAGE, "es")
        translations.install("es")
    window = opened.window()
    window.resize(1280, 800)
    window.open_example()
    try:
        table = _table(window, qtbot)
        assert not table.isColumnHidden(3) and not table.isColumnHidden(4)
        window.set_text_size(200)
        qtbot.waitUntil(lambda: table.isColumnHidden(3) and table.isColumnHidden(4))
        qtbot.wait(50)
        assert _cut_words(table) == []
        assert not table.horizontalScrollBar().isVisible()
        assert window.case_page.findChild(QTableView, "followups_table") is table
        window.set_text_size(100)
        qtbot.waitUntil(lambda: not table.isColumnHidden(3))
    finally:
        window.set_text_size(100)
        if language == "es":
            translations.install(None)


def test_the_fields_under_the_table_say_which_point_they_act_on(opened, qtbot):
    """At large text whom and when live only in the form: a listener must hear which point each
    field belongs to ("Put to" alone did not say)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    window = opened.window()
    window.resize(1280, 800)
    window.open_example()
    table = _table(window, qtbot)
    model = table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data() == "Main recommendation")
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    names = {n: window.case_page.findChild(QWidget, n).accessibleName()
             for n in ("followup_state", "followup_asked_to", "followup_asked_on",
                       "followup_reply")}
    assert all("“Main recommendation”" in said for said in names.values()), names
