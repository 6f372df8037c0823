# SPDX-License-Identifier: GPL-3.0-or-later
"""Work queued for after the window's first paint runs once, after it, and all of it through
one watcher on the window (ui/first_paint.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from secondop_desktop.ui import first_paint


def test_everything_waiting_runs_once_after_the_first_paint_through_one_watcher(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(200, 100)
    ran: list[str] = []
    widget.show()
    handle = widget.windowHandle()
    assert handle is not None and not handle.isExposed()
    for name in ("window", "icon", "log"):
        first_paint.after_first_paint(widget, lambda name=name: ran.append(name))
    assert len(handle.findChildren(first_paint._FirstExpose)) == 1
    assert ran == []  # nothing before the paint
    qtbot.waitUntil(lambda: len(ran) == 3)
    # The last to ask first, as when each waited with a filter of its own.
    assert ran == ["log", "icon", "window"]
    qtbot.wait(50)
    assert len(ran) == 3  # once only
    # Once painted, a late comer runs on the next turn of the event loop.
    first_paint.after_first_paint(widget, lambda: ran.append("late"))
    qtbot.waitUntil(lambda: ran[-1:] == ["late"])


def test_a_window_never_painted_gets_its_work_a_moment_later_and_only_once(qtbot):
    """A window started minimised is never exposed: what waits for its paint runs after the
    time given instead, once, and not again if the paint comes after all."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    handle = widget.windowHandle()
    assert handle is not None and not handle.isExposed()
    ran: list[str] = []
    first_paint.after_first_paint(widget, lambda: ran.append("rest"), or_after_ms=30)
    # The paint comes first here (offscreen exposes a shown window at once): it runs it, and
    # the timer left does nothing more.
    qtbot.waitUntil(lambda: ran == ["rest"])
    qtbot.wait(80)
    assert ran == ["rest"]


def test_the_time_given_runs_the_work_when_the_paint_never_comes(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[str] = []
    # Not shown: no window handle is ever exposed, as for a window kept minimised.
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.show()
    handle = widget.windowHandle()
    if handle is not None and handle.isExposed():
        pytest.skip("this platform exposes a window kept off screen")
    first_paint.after_first_paint(widget, lambda: ran.append("rest"), or_after_ms=30)
    qtbot.wait(10)
    assert ran == []
    qtbot.waitUntil(lambda: ran == ["rest"])
    qtbot.wait(80)
    assert ran == ["rest"]
