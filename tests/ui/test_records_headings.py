# SPDX-License-Identifier: GPL-3.0-or-later
"""The records table's headings at 200 % text in a 1024 x 700 window, in English and Spanish:
four columns of 141 px cut every heading ("Visto po…", whole only on hover). There the table
leaves which doctor has seen a record to the form under it, and the headings left wrap onto a
second line rather than end in "…". At the usual size every column is back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton, QTableView

from secondop_desktop.ui.case_page import TAB_RECORDS
from secondop_desktop.ui.records_model import FIRST_DOCTOR
from tests.ui.app_helpers import opened

__all__ = ["opened"]

SEEN = {"en": ("Seen by:", "Dr Robert Hale has seen “{record}”"),
        "es": ("Visto por:", "El Dr Robert Hale ha visto «{record}»")}



def _on_words(box: QCheckBox) -> QPoint:
    """Where a person clicks a tick box: on its words (a wide box's middle may be past them)."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxClickRect, option,
                                      box).center()


def _shown_headings(table: QTableView) -> dict[int, tuple[str, ...]]:
    header = table.horizontalHeader()
    return {c: header.heading_lines(c) for c in range(table.model().columnCount())
            if not table.isColumnHidden(c)}


def test_at_200_percent_in_a_small_window_every_heading_is_read_whole(opened, qtbot,
                                                                     language: str):
    window = opened.window()
    window.resize(1024, 700)
    window.open_example()
    window.set_text_size(200)
    window.case_page.show_tab(TAB_RECORDS)
    page = window.case_page.records
    table = page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    columns = table.model().columnCount()
    assert columns == FIRST_DOCTOR + 2
    qtbot.waitUntil(lambda: all(table.isColumnHidden(c) for c in range(FIRST_DOCTOR, columns)))
    qtbot.wait(50)
    header = table.horizontalHeader()
    shown = _shown_headings(table)
    assert set(shown) == {0, 1}
    for column, lines in shown.items():
        whole = table.model().headerData(column, Qt.Orientation.Horizontal)
        assert " ".join(lines) == whole  # every word there, none cut
        assert len(lines) <= 2
    # The header is as tall as its longest heading's lines.
    longest = max(len(lines) for lines in shown.values())
    assert header.height() >= longest * header.fontMetrics().lineSpacing()
    assert not table.horizontalScrollBar().isVisible()

    # Who has seen the selected record, under the table, a tick box per doctor.
    label, spoken = SEEN[language]
    assert page.seen_label.text() == label and page.seen_box.isVisible()
    boxes = page.seen_boxes
    assert [b.text() for b in boxes] == ["Dr Robert Hale", "Dra. Mei Tanaka"
                                         if language == "es" else "Dr Mei Tanaka"]
    record = page.selected_record()
    assert record is not None
    hale = window.document.case.opinions[0].id
    assert boxes[0].accessibleName() == spoken.format(record=record.title)
    assert boxes[0].isChecked() == (hale in record.shared_with)
    before = boxes[0].isChecked()
    page.ensureWidgetVisible(boxes[0])
    qtbot.mouseClick(boxes[0], Qt.MouseButton.LeftButton, pos=_on_words(boxes[0]))
    record = page.selected_record()
    assert (hale in record.shared_with) is not before
    assert boxes[0].isChecked() is not before
    # The table's tick (there when the window is wide again) says the same.
    window.set_text_size(100)
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: not table.isColumnHidden(FIRST_DOCTOR))
    row = table.model().row_of(record.id)
    state = table.model().index(row, FIRST_DOCTOR).data(Qt.ItemDataRole.CheckStateRole)
    assert (state == Qt.CheckState.Checked.value) is not before
    # Every heading back, each read whole (on one line or two, as the widths allow).
    qtbot.waitUntil(lambda: len(_shown_headings(table)) == columns and all(
        " ".join(lines) == table.model().headerData(c, Qt.Orientation.Horizontal)
        for c, lines in _shown_headings(table).items()))
    # Undone like any other tick.
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: boxes[0].isChecked() is before)
