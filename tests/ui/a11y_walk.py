# SPDX-License-Identifier: GPL-3.0-or-later
"""Walk a window's accessibility tree as a screen reader does (QAccessible interfaces and their
children, the names and roles Orca hears over AT-SPI) and list what a listener cannot tell."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

# Children of these are the rows of an item view: a table's cells are checked through its
# model (the compare page) or are read with their row and column headers.
_CELL_ROLES = {QAccessible.Role.Cell, QAccessible.Role.ListItem, QAccessible.Role.TreeItem,
               QAccessible.Role.Row, QAccessible.Role.ColumnHeader, QAccessible.Role.RowHeader}


@dataclass(frozen=True)
class Node:
    role: QAccessible.Role
    name: str
    description: str
    focusable: bool
    where: str
    """The object name of the widget (or of the nearest one above it)."""


def walk(widget: QWidget) -> list[Node]:
    """Every interface under ``widget`` that is on show, depth first."""
    root = QAccessible.queryAccessibleInterface(widget)
    found: list[Node] = []
    if root is None:
        return found
    seen: set[int] = set()

    def visit(iface: QAccessibleInterface, where: str, depth: int) -> None:
        if iface is None or not iface.isValid() or depth > 60:
            return
        state = iface.state()
        if state.invisible or state.offscreen:
            return
        obj = iface.object()
        key = id(obj) if obj is not None else id(iface)
        if obj is not None:
            if key in seen:
                return
            seen.add(key)
            where = obj.objectName() or f"{type(obj).__name__} in {where}"
        role = iface.role()
        name = iface.text(QAccessible.Text.Name) or ""
        if role == QAccessible.Role.ComboBox and isinstance(obj, QWidget):
            # On Linux Qt reads a combo box's value as its name (Orca takes the label from the
            # "labelled by" relation); the name it was given is what NVDA reads and what says
            # which field it is.
            name = obj.accessibleName() or name
        found.append(Node(role, name,
                          iface.text(QAccessible.Text.Description) or "",
                          bool(state.focusable) and not state.disabled, where))
        if role in (QAccessible.Role.Table, QAccessible.Role.List, QAccessible.Role.Tree):
            return  # items are read with their row; a table is checked through its model
        if role == QAccessible.Role.ComboBox:
            # Its list is read as items; the box typed in (an editable one) is a control.
            for i in range(iface.childCount()):
                part = iface.child(i)
                if part is not None and part.role() == QAccessible.Role.EditableText:
                    visit(part, where, depth + 1)
            return
        for i in range(iface.childCount()):
            visit(iface.child(i), where, depth + 1)

    visit(root, widget.objectName(), 0)
    return found


def problems(nodes: list[Node]) -> list[str]:
    """Focusable controls with no name, and focusable controls sharing a role and a name."""
    out = [f"{n.role.name} in {n.where} has no name" for n in nodes
           if n.focusable and not n.name.strip() and n.role not in _CELL_ROLES]
    counted = Counter((n.role, n.name) for n in nodes
                      if n.focusable and n.name.strip() and n.role not in _CELL_ROLES)
    out += [f"{count} x {role.name} {name!r}" for (role, name), count in counted.items()
            if count > 1]
    return out
