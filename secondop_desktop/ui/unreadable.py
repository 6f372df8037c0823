# SPDX-License-Identifier: GPL-3.0-or-later
"""What a model or delegate answers when a row cannot be read, instead of raising.

A Python exception inside a Qt virtual (``data``, ``rowCount``, ``sizeHint``, ``paint``) leaves
Qt in an undefined state: a damaged row once made the window end with a segmentation fault. So
the overrides catch everything, show "(this entry cannot be read)" for that row, and report it
once (to the log), however often Qt asks.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from secondop_desktop.ui import item_roles

log = logging.getLogger(__name__)

UNREADABLE = "(this entry cannot be read)"
_TEXT_ROLES = frozenset((item_roles.DISPLAY, item_roles.ACCESSIBLE_TEXT, item_roles.TOOL_TIP))
_reported: set[str] = set()


def text() -> str:
    return QCoreApplication.translate("Unreadable", UNREADABLE)


def answer(where: str, role: int, error: BaseException) -> Any:
    """What ``data()`` returns for a row that raised ``error``: the words for text roles,
    nothing for the others. The first error of each ``where`` goes to the log."""
    report(where, error)
    return text() if role in _TEXT_ROLES else None


def report(where: str, error: BaseException) -> None:
    if where not in _reported:
        _reported.add(where)
        log.error("an entry of %s cannot be read: %r", where, error, exc_info=error)
