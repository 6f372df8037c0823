# SPDX-License-Identifier: GPL-3.0-or-later
"""Scroll bars drawn by the style sheet: a thumb a person with low vision can find (the
outline colour, 3:1 against its track and the page, where Fusion's shaded thumb is a near-white
on white), a bar that grows with the text size, and the track still paging the list when
clicked now that there are no arrow buttons. The compare table keeps its bar on screen (its
columns keep their widths as rows come) but draws no thumb when every row fits."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, QStringListModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QListView, QScrollBar, QStyle, QStyleOptionSlider

from secondop_desktop.ui import appearance, theme
from secondop_desktop.ui.compare_view import CompareView
from tests.ui.app_helpers import style_restored

SCHEMES = [(False, False), (True, False), (False, True)]
IDS = ["light", "dark", "high contrast"]


@pytest.fixture
def styled(qapp):
    with style_restored(qapp):
        appearance.apply_text_size(100)
        yield qapp


def _long_list(qtbot) -> QListView:
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(QStringListModel([f"Case {n}" for n in range(300)], view))
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _thumb(bar: QScrollBar) -> QRect:
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                      QStyle.SubControl.SC_ScrollBarSlider, bar)


def _colours(bar: QScrollBar) -> Counter[str]:
    image = bar.grab().toImage()
    return Counter(QColor(image.pixel(x, y)).name()
                   for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize(("dark", "high_contrast"), SCHEMES, ids=IDS)
def test_the_thumb_stands_out_from_its_track(styled, qtbot, dark, high_contrast):
    chosen = theme.apply(styled, dark=dark, high_contrast=high_contrast)
    view = _long_list(qtbot)
    bar = view.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    colours = _colours(bar)
    # The two colours the bar is painted in: its track and, at the top, its thumb.
    assert {chosen.panel, chosen.border} <= set(colours), colours.most_common(4)
    image = bar.grab().toImage()
    middle = bar.width() // 2
    thumb = _thumb(bar)
    assert thumb.height() >= bar.width()  # at least a text line long, easy to catch
    assert QColor(image.pixel(middle, thumb.center().y())).name() == chosen.border
    assert QColor(image.pixel(middle, bar.height() - 3)).name() == chosen.panel
    for ground in (chosen.panel, chosen.base, chosen.window):
        assert theme.contrast(chosen.border, ground) >= 3.0


def test_the_bar_grows_with_the_text_size(styled, qtbot):
    theme.apply(styled, dark=False, high_contrast=False)
    view = _long_list(qtbot)
    bar = view.verticalScrollBar()
    normal = bar.width()
    assert normal >= 10
    appearance.apply_text_size(200)
    qtbot.waitUntil(lambda: bar.width() >= normal * 1.7)


def test_a_click_on_the_track_pages_down(styled, qtbot):
    theme.apply(styled, dark=False, high_contrast=False)
    view = _long_list(qtbot)
    bar = view.verticalScrollBar()
    assert bar.value() == 0
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=QPoint(bar.width() // 2, bar.height() - 4))
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert bar.value() == bar.pageStep()


def test_the_compare_table_keeps_its_bar_but_no_thumb_when_all_rows_fit(styled, qtbot,
                                                                          demo_case):
    from tests.ui.test_compare_view_long import LongEngine

    chosen = theme.apply(styled, dark=False, high_contrast=False)
    view = CompareView(engine=LongEngine(), synchronous=True)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    view.set_case(demo_case)
    bar = view.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.isVisible() and bar.isEnabled()
    assert chosen.border in _colours(bar)
    # Only the 15 differences, in a window tall enough for them all: nothing to scroll.
    qtbot.mouseClick(view.findChild(QCheckBox, "compare_only_differences"),
                     Qt.MouseButton.LeftButton)
    view.resize(1000, 3000)
    qtbot.waitUntil(lambda: bar.maximum() == 0)
    assert bar.isVisible() and not bar.isEnabled()
    assert set(_colours(bar)) == {chosen.panel}
