# SPDX-License-Identifier: GPL-3.0-or-later
"""Chosen reads as chosen under the style sheet, in every theme and at any text size: a ticked
check box shows a tick on its fill (not a plain filled square), a chosen radio button a round
mark with a dot (never a square), and both are drawn in the theme's own colours."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

from secondop_desktop.ui import appearance, theme
from tests.ui.app_helpers import style_restored

SCHEMES = [(False, False), (True, False), (False, True), (True, True)]
IDS = ["light", "dark", "high contrast", "high contrast dark"]


@pytest.fixture
def styled(qapp):
    with style_restored(qapp):
        yield qapp


def _mark(qtbot, button: QCheckBox | QRadioButton) -> tuple[QImage, QRect]:
    """The button as drawn, and where its mark is."""
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    qtbot.waitUntil(lambda: button.font().pointSizeF() == button.window().font().pointSizeF())
    qtbot.wait(10)
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(button, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonIndicator)
    rect = button.style().subElementRect(element, option, button)
    return button.grab().toImage(), rect


def _near(image: QImage, x: int, y: int, colour: str) -> bool:
    got, want = image.pixelColor(x, y), QColor(colour)
    return max(abs(got.red() - want.red()), abs(got.green() - want.green()),
               abs(got.blue() - want.blue())) <= 24


def _share(image: QImage, rect: QRect, colour: str) -> float:
    inner = rect.adjusted(rect.width() // 5, rect.height() // 5, -rect.width() // 5,
                          -rect.height() // 5)
    points = [(x, y) for x in range(inner.left(), inner.right() + 1)
              for y in range(inner.top(), inner.bottom() + 1)]
    return sum(_near(image, x, y, colour) for x, y in points) / len(points)


@pytest.mark.parametrize("percent", [100, 200])
@pytest.mark.parametrize(("dark", "high_contrast"), SCHEMES, ids=IDS)
def test_a_ticked_box_shows_a_tick_and_a_chosen_radio_a_round_mark(
        styled, qtbot, dark, high_contrast, percent):
    used = theme.apply(styled, dark=dark, high_contrast=high_contrast)
    appearance.apply_text_size(percent)

    image, rect = _mark(qtbot, _checked(QCheckBox("Only differences"), True))
    # Inside the box: the accent fill, and across it the tick in the colour that reads on it.
    assert 0.25 < _share(image, rect, used.accent) < 0.95
    assert _share(image, rect, used.on_accent) > 0.08
    image, rect = _mark(qtbot, _checked(QCheckBox("Most important first"), False))
    assert _share(image, rect, used.accent) == 0  # not ticked: no fill, no tick

    image, rect = _mark(qtbot, _checked(QRadioButton("they differ"), True))
    # A ring filled with the accent, a dot in the middle.
    assert _share(image, rect, used.accent) > 0.4
    assert _share(image, rect, used.on_accent) > 0.1
    image_off, rect_off = _mark(qtbot, _checked(QRadioButton("they say the same"), False))
    assert _share(image_off, rect_off, used.accent) == 0
    # Round: the corners of its box are not the mark's colour.
    corners = [(rect.left(), rect.top()), (rect.right(), rect.top()),
               (rect.left(), rect.bottom()), (rect.right(), rect.bottom())]
    assert not any(_near(image, x, y, used.accent) for x, y in corners)


def _checked(button: QCheckBox | QRadioButton, on: bool) -> QCheckBox | QRadioButton:
    button.setChecked(on)
    return button


def test_the_tick_is_drawn_in_the_themes_colours_in_a_private_folder(styled):
    # Made afresh: the same theme applied by an earlier test kept its sheet, whose images are
    # in that test's cache folder (the fixture puts the theme back afterwards).
    theme._State.current = None
    light = theme.apply(styled, dark=False, high_contrast=False)
    files = light.image_files()
    tick = Path(files["check_mark"])
    assert light.on_accent in tick.read_text(encoding="utf-8")
    assert "@" not in tick.read_text(encoding="utf-8")
    assert stat.S_IMODE(tick.parent.stat().st_mode) == 0o700
    assert tick.as_posix() in styled.styleSheet()
    # The drop-down lists' arrow too: drawn in the text colour, growing with the text size.
    arrow = Path(files["down_arrow"])
    assert light.text in arrow.read_text(encoding="utf-8")
    assert arrow.as_posix() in styled.styleSheet()
    dark = theme.apply(styled, dark=True, high_contrast=False)
    # Another colouring, another file: Qt keeps images by their path.
    assert dark.image_files()["check_mark"] != files["check_mark"]
