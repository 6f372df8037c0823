# SPDX-License-Identifier: GPL-3.0-or-later
"""No Qt virtual of a model or delegate lets a Python exception out (issue 18).

An exception inside ``data``, ``rowCount``, ``paint`` … leaves Qt in an undefined state (a damaged
row once ended the window with a segmentation fault), so every such override goes through
``ui/unreadable.py``: the row shows "(this entry cannot be read)" and the error is logged once.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import pkgutil

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QListView, QStyledItemDelegate

import secondop_desktop.ui as ui_package
from secondop_desktop.ui import unreadable

VIRTUALS = (
    "data", "rowCount", "columnCount", "headerData", "flags", "setData", "filterAcceptsRow",
    "paint", "sizeHint", "initStyleOption", "editorEvent", "createEditor", "setEditorData",
    "setModelData",
)


def _item_classes() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(ui_package.__path__):
        module = importlib.import_module(f"secondop_desktop.ui.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(
                    cls, (QAbstractItemModel, QStyledItemDelegate)):
                found.append(cls)
    return found


def test_every_model_and_delegate_virtual_is_guarded() -> None:
    classes = _item_classes()
    assert len(classes) >= 10  # the walk found the app's models, not nothing
    unguarded = [
        f"{cls.__module__}.{cls.__name__}.{name}"
        for cls in classes for name in VIRTUALS
        if name in vars(cls) and not getattr(vars(cls)[name], "never_raises", False)
    ]
    assert not unguarded, f"Qt virtuals that may raise: {unguarded}"


class _Broken(QAbstractListModel):
    """Two rows; the second cannot be read."""

    @unreadable.guarded("a test list", unreadable.zero)
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    @unreadable.guarded_data("a test list")
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.row() == 1:
            return None.strip()  # what a damaged row did
        return "A readable row"


def test_a_row_that_cannot_be_read_shows_so_and_is_logged_once(qtbot, caplog) -> None:
    model = _Broken()
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    with caplog.at_level(logging.ERROR, logger="secondop_desktop.ui.unreadable"):
        view.show()
        qtbot.waitExposed(view)
        view.grab()
        view.grab()
    shown = [model.data(model.index(row, 0)) for row in range(2)]
    assert shown == ["A readable row", unreadable.UNREADABLE]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.DecorationRole) is None
    assert sum("a test list" in r.getMessage() for r in caplog.records) == 1
