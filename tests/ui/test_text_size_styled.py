# SPDX-License-Identifier: GPL-3.0-or-later
"""The text size under the application's style sheet, as the program runs: a new size reaches
every styled widget (bold stays bold), and the sheet's lengths in em (check box and radio
button marks, group box titles) grow with it, without the sheet being set again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.ui import appearance
from secondop_desktop.ui.case_page import TAB_COMPARE
from tests.ui.app_helpers import opened, style_restored

__all__ = ["opened"]


@pytest.fixture
def styled(qapp):
    """The application's theme and style sheet, as ``make_application`` sets them; taken off
    again after the test."""
    with style_restored(qapp):
        appearance.apply_text_size(100)
        appearance.apply_style_sheet()
        yield qapp


def _mark_width(button: QCheckBox | QRadioButton) -> int:
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(button, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonIndicator)
    return button.style().subElementRect(element, option, button).width()


def _at_size(qtbot, widgets: list[QWidget]) -> None:
    size = QApplication.font().pointSizeF()
    qtbot.waitUntil(lambda: all(w.font().pointSizeF() == size for w in widgets))


def test_a_new_text_size_reaches_every_styled_control(styled, qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    box = QVBoxLayout(page)
    plain = QPushButton("Cancel")
    primary = QPushButton("Save")
    primary.setProperty("role", "primary")  # bold by the sheet
    check = QCheckBox("Only differences")
    radio = QRadioButton("they say the same")
    combo = QComboBox()
    combo.addItems(["Dr Robert Hale (Original opinion)", "Dr Mei Tanaka"])
    group = QGroupBox("Details")
    inside = QLabel("In the group")
    QVBoxLayout(group).addWidget(inside)
    for widget in (plain, primary, check, radio, combo, group):
        box.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    controls = [plain, primary, check, radio, combo, group, inside]
    before = {
        "check": _mark_width(check), "radio": _mark_width(radio),
        "title room": group.contentsRect().top() + inside.y(),
        "combo": combo.sizeHint().width(), "height": plain.sizeHint().height(),
    }
    sheet = QApplication.instance().styleSheet()

    appearance.apply_text_size(200)
    _at_size(qtbot, controls)
    qtbot.wait(20)  # the layouts' pass

    assert QApplication.instance().styleSheet() == sheet
    assert primary.font().bold() and not plain.font().bold()
    # The marks are 0.9 em and the group's title room 1.4 em: both twice as big, near enough.
    assert _mark_width(check) >= 1.7 * before["check"]
    assert _mark_width(radio) >= 1.7 * before["radio"]
    assert group.contentsRect().top() + inside.y() > 1.5 * before["title room"]
    assert combo.sizeHint().width() > 1.5 * before["combo"]
    assert plain.sizeHint().height() > 1.4 * before["height"]

    appearance.apply_text_size(100)
    _at_size(qtbot, controls)
    qtbot.wait(20)
    assert _mark_width(check) == before["check"]
    assert group.contentsRect().top() + inside.y() == before["title room"]


def test_the_whole_window_follows_the_text_size_under_the_sheet(styled, opened, qtbot):
    window = opened.window()
    window.open_example()
    window.case_page.show_tab(TAB_COMPARE)
    view = window.case_page.compare
    qtbot.waitUntil(lambda: view is not None and not view.is_busy()
                    and view.model.result is not None)

    window.set_text_size(200)
    size = QApplication.font().pointSizeF()
    shown = [w for w in window.findChildren(QWidget) if w.isVisible()]
    # Nothing is left at the old size (headings and a few words are bigger on purpose).
    qtbot.waitUntil(lambda: all(w.font().pointSizeF() >= size for w in shown))
    qtbot.waitUntil(lambda: not view.rows_pending())
    only = view.bar.only_differences
    assert _mark_width(only) >= 0.8 * only.fontMetrics().height()
    assert view.table.font().pointSizeF() == size
