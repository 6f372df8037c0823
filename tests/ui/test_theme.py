# SPDX-License-Identifier: GPL-3.0-or-later
"""One theme from the palette: every colour it hands out measured against its background in
light, dark and high contrast (text 4.5:1, marks, outlines and the focus ring 3:1), no colour
written anywhere else, a 2 px focus ring in every focus rule, the desktop's dark scheme followed
live and View → High contrast kept as a preference."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from secondop_desktop.resources import resource_path
from secondop_desktop.ui import settings, theme
from tests.ui.app_helpers import opened

__all__ = ["opened"]

SCHEMES = [(False, False), (True, False), (False, True), (True, True)]
IDS = ["light", "dark", "high contrast", "high contrast on a dark desktop"]
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\brgba?\(")


def _desktop(dark: bool) -> QPalette:
    """A desktop's own palette: Qt's (light), or Adwaita's dark colours."""
    palette = QPalette(QGuiApplication.palette())
    if dark:
        for role, colour in ((QPalette.ColorRole.Window, "#353535"),
                             (QPalette.ColorRole.Base, "#2d2d2d"),
                             (QPalette.ColorRole.Text, "#eeeeec"),
                             (QPalette.ColorRole.WindowText, "#eeeeec"),
                             (QPalette.ColorRole.Highlight, "#15539e")):
            palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def restored(qapp):
    """The application's palette, sheet and theme put back after the test."""
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    keys = ("current", "desktop_palette", "dark", "high_contrast", "following")
    saved = {key: getattr(theme._State, key) for key in keys}
    yield qapp
    for key, value in saved.items():
        setattr(theme._State, key, value)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


@pytest.mark.parametrize(("dark", "high_contrast"), SCHEMES, ids=IDS)
@pytest.mark.parametrize("desktop_dark", [False, True], ids=["light palette", "dark palette"])
def test_every_colour_reaches_its_contrast(qapp, dark, high_contrast, desktop_dark):
    # A dark scheme with Qt's light palette is what an in-process setColorScheme gives.
    chosen = theme.build(_desktop(desktop_dark), dark, high_contrast)
    assert chosen.dark is dark
    assert theme._is_dark(chosen.window) is dark and theme._is_dark(chosen.base) is dark
    failing = [(what, fg, bg, round(theme.contrast(fg, bg), 2), least)
               for what, fg, bg, least in chosen.pairs() if theme.contrast(fg, bg) < least]
    assert failing == []
    # Every colour the theme hands out is measured (as a colour or as a background).
    measured = {c for _, fg, bg, _ in chosen.pairs() for c in (fg, bg)}
    for name in chosen.colour_names():
        value = getattr(chosen, name)
        for colour in (value if isinstance(value, tuple) else (value,)):
            assert colour in measured, name


def test_high_contrast_is_black_and_white_with_stronger_text(qapp):
    light = theme.build(_desktop(False), False, high_contrast=True)
    dark = theme.build(_desktop(True), True, high_contrast=True)
    assert (light.base, light.text) == ("#ffffff", "#000000")
    assert (dark.base, dark.text) == ("#000000", "#ffffff")
    for chosen in (light, dark):
        assert theme.contrast(chosen.muted, chosen.base) >= 7
        assert theme.contrast(chosen.border, chosen.base) >= 4.5


def test_no_colour_is_written_outside_the_theme():
    sheet = resource_path("style.qss").read_text(encoding="utf-8")
    body = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    assert not HEX.findall(body)
    ui = Path(theme.__file__).parent
    written = {path.name: HEX.findall(path.read_text(encoding="utf-8"))
               for path in ui.glob("*.py") if path.name != "theme.py"}
    assert {name: found for name, found in written.items() if found} == {}


def test_every_focus_rule_draws_a_ring_of_two_pixels_in_the_focus_colour():
    sheet = re.sub(r"/\*.*?\*/", "", resource_path("style.qss").read_text(encoding="utf-8"),
                   flags=re.S)
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", sheet)
    focus_rules = [(sel.strip(), body) for sel, body in rules if ":focus" in sel]
    assert len(focus_rules) >= 6
    for selector, body in focus_rules:
        assert re.search(r"border(-color)?:\s*(2px solid )?@focus", body), selector
        widths = re.findall(r"border:\s*(\d+)px", body)
        assert all(int(w) >= 2 for w in widths), selector
    # The controls a person tabs to are all covered.
    covered = " ".join(sel for sel, _ in focus_rules)
    for kind in ("QPushButton", "QToolButton", "QLineEdit", "QPlainTextEdit", "QComboBox",
                 "QAbstractSpinBox", "QListView", "QTableView", "QTreeView", "QCheckBox",
                 "QRadioButton", "QTabBar", "QSlider", "QTextEdit"):
        assert kind in covered, kind


def test_the_style_sheet_gets_every_colour_from_the_theme(restored):
    applied = theme.apply(restored, high_contrast=False, dark=False)
    sheet = restored.styleSheet()
    assert "@" not in re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    assert applied.focus in sheet and applied.border in sheet
    assert restored.palette().color(QPalette.ColorRole.Base).name() == applied.base


def test_a_dark_desktop_is_followed_live(restored, opened, monkeypatch):
    window = opened.window()
    monkeypatch.setattr(theme, "desktop_is_dark", lambda: True)
    theme._State.following = False
    theme.follow_desktop(restored)
    window_colour = window.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightnessF() < 0.5
    assert window.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5
    assert theme.current().dark
    # The desktop turns light again: the scheme's signal brings the light theme back.
    monkeypatch.setattr(theme, "desktop_is_dark", lambda: False)
    hints = QGuiApplication.styleHints()
    from PySide6.QtCore import Qt

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    QApplication.processEvents()
    assert not theme.current().dark
    assert window.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.5


def test_view_high_contrast_is_kept_and_shown(restored, opened, qtbot):
    window = opened.window()
    action = window.findChild(QAction, "action_high_contrast")
    assert action is not None and action.isCheckable() and not action.isChecked()
    action.trigger()
    assert action.isChecked()
    assert settings.get(settings.HIGH_CONTRAST) == 1
    assert theme.current().high_contrast
    base = window.palette().color(QPalette.ColorRole.Base).name()
    text = window.palette().color(QPalette.ColorRole.Text).name()
    assert {base, text} == {"#ffffff", "#000000"}
    # A window opened later starts in high contrast too.
    second = opened.window()
    assert second.findChild(QAction, "action_high_contrast").isChecked()
    action.trigger()
    assert settings.get(settings.HIGH_CONTRAST) == 0 and not theme.current().high_contrast


@given(st.integers(0, 0xFFFFFF), st.integers(0, 0xFFFFFF), st.floats(-0.5, 1.5))
def test_colours_are_mixed_and_weighed_as_qcolor_would(a: int, b: int, share: float) -> None:
    """theme reads "#rrggbb" itself (a QColor each time cost most of a millisecond at start):
    the same mixes as QColor's channels give, and the same luminance to QColor's precision."""
    first, second = f"#{a:06x}", f"#{b:06x}"
    ca, cb = QColor(first), QColor(second)
    t = max(0.0, min(1.0, share))
    expected = QColor(round(ca.red() + (cb.red() - ca.red()) * t),
                      round(ca.green() + (cb.green() - ca.green()) * t),
                      round(ca.blue() + (cb.blue() - ca.blue()) * t)).name()
    assert theme.mix(first, second, share) == expected

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    qt = 0.2126 * channel(ca.redF()) + 0.7152 * channel(ca.greenF()) + 0.0722 * channel(ca.blueF())
    assert abs(theme.relative_luminance(first) - qt) < 1e-6
    assert theme.relative_luminance("white") == theme.relative_luminance("#ffffff")
