# SPDX-License-Identifier: GPL-3.0-or-later
"""A widget a test hands to qtbot lives until Qt deletes it (tests/ui/conftest.py)."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QWidget


def test_a_widget_handed_to_qtbot_is_not_left_to_the_garbage_collector(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    alive = weakref.ref(widget)
    del widget
    gc.collect()
    assert alive() is not None  # still there for pytest-qt to close and Qt to delete


def test_a_compare_view_on_its_own_dropped_by_its_test_is_deleted_by_qt(qtbot) -> None:
    # Collected by Python instead, a top-level compare view crashes the test process.
    from secondop_desktop.ui.compare_view import CompareView

    view = CompareView(synchronous=True)
    qtbot.addWidget(view)
    view.show()
    alive = weakref.ref(view)
    del view
    gc.collect()
    assert alive() is not None
