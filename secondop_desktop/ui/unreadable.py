# SPDX-License-Identifier: GPL-3.0-or-later
"""What a model or delegate answers when a row cannot be read, instead of raising.

A Python exception inside a Qt virtual (``data``, ``rowCount``, ``sizeHint``, ``paint``) leaves
Qt in an undefined state: a damaged row once made the window end with a segmentation fault. So
the overrides catch everything, show "(this entry cannot be read)" for that row, and report it
once (to the log), however often Qt asks.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from secondop_desktop.ui import item_roles

log = logging.getLogger(__name__)

UNREADABLE = QT_TRANSLATE_NOOP("Unreadable", "(this entry cannot be read)")
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


def guarded_data(where: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Wraps a model's ``data`` so that it answers like ``answer`` instead of raising."""

    def wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def data(self: Any, index: Any, role: int = item_roles.DISPLAY) -> Any:
            try:
                return method(self, index, role)
            except Exception as error:  # never out of a Qt virtual
                return answer(where, role, error)

        data.never_raises = True  # type: ignore[attr-defined]
        return data

    return wrap


def guarded(
    where: str, fallback: Callable[..., Any]
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Wraps any other Qt virtual (``rowCount``, ``headerData``, a delegate's ``paint`` or
    ``sizeHint``, a proxy's ``filterAcceptsRow``): on an exception it reports once and returns
    what ``fallback`` gives for the same arguments (typically Qt's own base implementation)."""

    def wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def virtual(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except Exception as error:  # never out of a Qt virtual
                report(where, error)
                try:
                    return fallback(self, *args, **kwargs)
                except Exception:  # the fallback must not raise either
                    return None

        virtual.never_raises = True  # type: ignore[attr-defined]
        return virtual

    return wrap


# Fallbacks for ``guarded``: what a virtual answers when its row cannot be read.
def zero(*_args: Any, **_kwargs: Any) -> int:
    return 0


def nothing(*_args: Any, **_kwargs: Any) -> None:
    return None


def accept(*_args: Any, **_kwargs: Any) -> bool:
    return True


def refuse(*_args: Any, **_kwargs: Any) -> bool:
    return False
