# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare bar's doctor pickers show doctors' whole names, at 100 and 200 % text and in a
1024 x 700 window; a name is cut, in the middle, only where the bar truly has no room for it,
and then the whole name is in the tooltip. The accessible name always says the whole name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from secondop_desktop.domain.model import Case
from secondop_desktop.ui.case_page import TAB_COMPARE
from secondop_desktop.ui.compare_bar import CompareBar, DoctorCombo
from tests.ui.app_helpers import child, opened
from tests.ui.test_text_size_styled import styled

__all__ = ["opened", "styled"]

NAMES = ["Dr Robert Hale (Original opinion)", "Dr Mei Tanaka (Second opinion)"]


def _shows_whole(combo: DoctorCombo) -> bool:
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= combo._field_width()


@pytest.mark.parametrize("sheet", [False, True], ids=["plain", "style sheet"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)], ids=["1280x800", "1024x700"])
@pytest.mark.parametrize("percent", [100, 200])
def test_the_pickers_show_whole_names(opened, qtbot, request, size, percent, sheet):
    if sheet:
        request.getfixturevalue("styled")
    window = opened.window()
    window.resize(*size)
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    window.set_text_size(percent)
    window.case_page.show_tab(TAB_COMPARE)
    qtbot.waitUntil(lambda: window.case_page.compare is not None)
    bar = window.case_page.compare.bar
    combos = [bar.first_combo, bar.second_combo]
    qtbot.waitUntil(lambda: all(c.isVisible() for c in combos))
    qtbot.waitUntil(lambda: all(_shows_whole(c) for c in combos))
    assert [c.currentText() for c in combos] == NAMES
    for combo, which, name in zip(combos, ("First", "Second"), NAMES, strict=True):
        assert combo.accessibleName() == f"{which} doctor to compare: {name}"
        assert combo.toolTip() == ""  # nothing cut, nothing to add on hover
        # Inside the window, not pushed past its right edge.
        right = combo.mapTo(window, combo.rect().topRight()).x()
        assert right <= window.width()


def test_a_name_is_cut_in_the_middle_only_without_room(qtbot, demo_case: Case):
    bar = CompareBar()
    qtbot.addWidget(bar)
    bar.fill(demo_case.opinions)
    bar.resize(1000, 200)
    bar.show()
    qtbot.waitExposed(bar)
    combo = bar.first_combo
    qtbot.waitUntil(lambda: _shows_whole(combo))
    assert combo.toolTip() == ""

    bar.resize(combo.minimumSizeHint().width() + 10, 400)  # no room for the whole name
    qtbot.waitUntil(lambda: not _shows_whole(combo))
    assert combo.toolTip() == NAMES[0]
    assert combo.accessibleName() == f"First doctor to compare: {NAMES[0]}"
    shown = combo.fontMetrics().elidedText(NAMES[0], Qt.TextElideMode.ElideMiddle,
                                          combo._field_width())
    assert shown.startswith("Dr ") and shown.endswith(")") and "…" in shown
    # Its list shows the names whole all the same.
    combo.showPopup()
    widest = max(combo.view().fontMetrics().horizontalAdvance(name) for name in NAMES)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    assert combo.view().viewport().width() >= widest
    combo.hidePopup()

    # Choosing the other doctor names it, in the accessible name and (cut) in the tooltip.
    combo.setCurrentIndex(1)
    assert bar.second_combo.currentText() == NAMES[0]  # the two swap
    assert combo.accessibleName() == f"First doctor to compare: {NAMES[1]}"
    assert bar.second_combo.accessibleName() == f"Second doctor to compare: {NAMES[0]}"
