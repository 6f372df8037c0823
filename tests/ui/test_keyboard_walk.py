# SPDX-License-Identifier: GPL-3.0-or-later
"""Keyboard only, page by page: Tab from the top of the window reaches every control on show
once and comes back to the top (no trap: tables hand Tab on, arrows move inside them), Shift+Tab
walks the same way back, and the control with the focus always shows a ring of the theme's
focus colour (light, dark and high contrast)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QTabBar,
    QWidget,
)

from secondop_desktop.ui import theme
from tests.ui.app_helpers import child, opened

__all__ = ["opened"]

LIMIT = 400


@pytest.fixture
def themed(qapp):
    """The app's theme and style sheet applied (as the program does), put back afterwards."""
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    keys = ("current", "desktop_palette", "dark", "high_contrast", "following")
    saved = {key: getattr(theme._State, key) for key in keys}

    def apply(dark: bool = False, high_contrast: bool = False) -> theme.Theme:
        return theme.apply(qapp, dark=dark, high_contrast=high_contrast)

    yield apply
    for key, value in saved.items():
        setattr(theme._State, key, value)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def _inside_a_control(widget: QWidget) -> bool:
    """Qt's own parts of a control (a spin box's line edit, a view's editor, a combo's list)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def _tab_stops(window: QWidget) -> set[QWidget]:
    """What Tab should reach: every enabled control on show that takes the focus by Tab."""
    stops = set()
    for widget in window.findChildren(QWidget):
        if (widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not _inside_a_control(widget) and widget.window() is window):
            stops.add(widget)
    return stops


def _ring_pixels(widget: QWidget, colour: QColor) -> int:
    """Pixels of (about) the focus colour along the widget's four edges, 4 px deep (a tab
    bar's: its current tab's)."""
    if isinstance(widget, QTabBar):
        image = widget.grab(widget.tabRect(widget.currentIndex())).toImage()
    else:
        image = widget.grab().toImage()
    w, h = image.width(), image.height()

    def near(x: int, y: int) -> bool:
        c = QColor(image.pixel(x, y))
        return (abs(c.red() - colour.red()) + abs(c.green() - colour.green())
                + abs(c.blue() - colour.blue())) < 60

    count = 0
    for y in [*range(min(4, h)), *range(max(0, h - 4), h)]:
        count += sum(1 for x in range(w) if near(x, y))
    for x in [*range(min(4, w)), *range(max(0, w - 4), w)]:
        count += sum(1 for y in range(4, max(4, h - 4)) if near(x, y))
    return count


def _walk(qtbot, window: QWidget, start: QWidget, key: Qt.Key = Qt.Key.Key_Tab,
          ring: QColor | None = None) -> tuple[list[QWidget], list[str]]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=3000)
    reached: list[QWidget] = []
    unringed: list[str] = []
    for _ in range(LIMIT):
        qtbot.keyClick(QApplication.focusWidget(), key)
        focused = QApplication.focusWidget()
        assert focused is not None, "the focus left the window"
        if focused is start:
            return reached, unringed
        reached.append(focused)
        wide = (focused.tabRect(focused.currentIndex()).width() if isinstance(focused, QTabBar)
                else focused.width())
        if ring is not None and _ring_pixels(focused, ring) < wide:
            unringed.append(f"{type(focused).__name__} {focused.objectName()}")
    last = [w.objectName() for w in reached[-8:]]
    raise AssertionError(f"Tab never came back to the top: {last}")


def _check_page(qtbot, window: QWidget, ring: QColor) -> None:
    start = child(window, QLineEdit, "search_box")
    reached, unringed = _walk(qtbot, window, start, ring=ring)
    names = [f"{type(w).__name__} {w.objectName()}" for w in reached]
    twice = sorted({n for w, n in zip(reached, names, strict=True) if reached.count(w) > 1})
    assert twice == []
    missed = sorted(f"{type(w).__name__} {w.objectName()}" for w in _tab_stops(window)
                    if w is not start and w not in reached)
    assert missed == []
    assert unringed == []
    # Shift+Tab comes back to the top too, through every stop once. (Walking forward may
    # enable a control, e.g. "Previous" once a compare row is current: the stops are counted
    # again.)
    back, _ = _walk(qtbot, window, start, key=Qt.Key.Key_Backtab)
    assert len(back) == len(set(back))
    missed = sorted(f"{type(w).__name__} {w.objectName()}" for w in _tab_stops(window)
                    if w is not start and w not in back)
    assert missed == []


def test_the_welcome_page_by_keyboard(opened, qtbot, themed):
    window = opened.window()
    chosen = themed()
    _check_page(qtbot, window, QColor(chosen.focus))


@pytest.mark.parametrize(("dark", "high_contrast"), [(False, False), (True, False),
                                                     (False, True)],
                         ids=["light", "dark", "high contrast"])
def test_every_part_of_the_worked_example_by_keyboard(opened, qtbot, themed, dark,
                                                      high_contrast):
    window = opened.window()
    chosen = themed(dark, high_contrast)
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    tabs = window.case_page.tabs
    # The part list's tab bar is reached like any control, and each part is walked in turn.
    assert isinstance(tabs.tabBar(), QTabBar)
    failures: dict[str, str] = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if index == 2:
            qtbot.waitUntil(lambda: window.case_page.compare is not None
                            and window.case_page.compare.difference_count() > 0, timeout=10000)
        qtbot.wait(20)
        try:
            _check_page(qtbot, window, QColor(chosen.focus))
        except AssertionError as exc:
            failures[tabs.tabText(index)] = str(exc)
    assert failures == {}


def _check_dialog(qtbot, dialog: QWidget, ring: QColor) -> list[str]:
    qtbot.waitExposed(dialog)
    stops = _tab_stops(dialog)
    assert stops, dialog.objectName()
    start = QApplication.focusWidget()
    if start is None or start not in stops:
        start = sorted(stops, key=lambda w: (w.mapTo(dialog, w.rect().topLeft()).y(),
                                             w.mapTo(dialog, w.rect().topLeft()).x()))[0]
    reached, unringed = _walk(qtbot, dialog, start, ring=ring)
    reached.append(start)
    said = [f"twice: {w.objectName()}" for w in set(reached) if reached.count(w) > 1]
    said += [f"missed: {type(w).__name__} {w.objectName()}" for w in stops if w not in reached]
    return said + [f"no ring: {name}" for name in unringed]


def test_the_room_help_history_bin_and_merge_report_by_keyboard(opened, qtbot, themed,
                                                                 tmp_path):
    from secondop_desktop.domain.demo import demo_case
    from secondop_desktop.store.casefile import write_case_file
    from secondop_desktop.ui import case_transfer

    window = opened.window()
    chosen = themed()
    ring = QColor(chosen.focus)
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    found: dict[str, list[str]] = {}
    room = window.open_room()
    found["room"] = _check_dialog(qtbot, room, ring)
    room.reject()
    helper = window.show_help()
    found["help"] = _check_dialog(qtbot, helper, ring)
    helper.close()
    case_transfer.show_history(window)
    found["history"] = _check_dialog(qtbot, window.history_dialog, ring)
    window.history_dialog.close()
    case_transfer.show_bin(window)
    found["bin"] = _check_dialog(qtbot, window.bin_dialog, ring)
    window.bin_dialog.close()
    case = demo_case()
    case.concern = "Ana: the knee locks up on the stairs now."
    case.updated_at = "2099-01-01T10:00:00+00:00"
    path = tmp_path / "knee from Ana.secondop"
    write_case_file(case, path, lambda digest: b"")
    window.import_case_file(path)
    found["merge report"] = _check_dialog(qtbot, window.merge_report, ring)
    assert {where: said for where, said in found.items() if said} == {}
