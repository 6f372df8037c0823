# SPDX-License-Identifier: GPL-3.0-or-later
"""Work queued for after the window's first paint runs once, after it, and all of it through
one watcher on the window (ui/first_paint.py)."""

from __future__ import annotations

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
