# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading stored data back without trusting it: the store's edge for damaged files.

A damaged journal can hand back anything SQLite finds in its pages: ``None`` where a title was,
bytes that are not UTF-8, JSON cut in the middle, a number where a list should be. The model's
``from_dict`` trusts its input (a case file is validated before it), so what comes out of the
journal is checked here first, by the types the model declares, and every failure of reading
becomes one ``JournalDamaged`` with the way back. Cheap: a walk over the dicts, no schema library.
"""

from __future__ import annotations

import sqlite3
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secondop_desktop.i18n import _, fill
from secondop_desktop.store import backups
from secondop_desktop.store.errors import JournalDamaged, JournalError

# What reading a damaged file can raise, beyond SQLite's own errors: UnicodeDecodeError and
# json.JSONDecodeError are ValueErrors; the rest come from data of the wrong shape.
READ_ERRORS: tuple[type[BaseException], ...] = (
    sqlite3.DatabaseError, ValueError, TypeError, KeyError, AttributeError, IndexError,
    RecursionError, OverflowError,
)


class StoredDataError(ValueError):
    """Stored data of the wrong shape; the message says where."""


def is_busy(exc: BaseException) -> bool:
    """SQLite's "locked"/"busy": another program, not damage."""
    text = str(exc)
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def damaged(path: Path, exc: BaseException) -> JournalError:
    """The error a read that failed with ``exc`` becomes: damage, said once and plainly."""
    return JournalDamaged(path, reason(exc), backups.latest_backup(path))


def reason(exc: BaseException) -> str:
    if isinstance(exc, UnicodeError):
        return _("a stored text holds bytes that are not text")
    if isinstance(exc, StoredDataError):
        return str(exc)
    if type(exc).__name__ == "JSONDecodeError":
        return _("a stored entry is cut or garbled")
    if isinstance(exc, sqlite3.DatabaseError):
        return str(exc) or _("the database cannot be read")
    return fill(_("a stored entry cannot be read ({kind}: {reason})"), kind=type(exc).__name__,
                reason=str(exc)[:80])


def text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise StoredDataError(f"{where} should be a text and is {_kind(value)}")
    return value


def integer(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise StoredDataError(f"{where} should be a number and is {_kind(value)}")
    return value


def optional_text(value: Any, where: str) -> str | None:
    return None if value is None else text(value, where)


def check_model(cls: type, data: Any, where: str) -> None:
    """Raise ``StoredDataError`` unless ``data`` has the shape ``cls.from_dict`` expects: a dict
    whose known keys hold values of the declared types (unknown keys are the model's ``extra``
    and may hold anything)."""
    _model_checker(cls)(data, where)


_Check = Callable[[Any, str], None]
_CHECKERS: dict[type, _Check] = {}


def _model_checker(cls: type) -> _Check:
    """The check for one model class, made once from its type hints (a case is checked every
    time it is read: the hints are not looked at again)."""
    checker = _CHECKERS.get(cls)
    if checker is not None:
        return checker
    fields: dict[str, _Check] = {}

    def check(data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise StoredDataError(f"{where} should be an object and is {_kind(data)}")
        for key, value in data.items():
            field = fields.get(key)
            if field is not None:
                field(value, f"{where}.{key}")
            elif not isinstance(key, str):
                raise StoredDataError(f"{where} has a key that is not text")

    _CHECKERS[cls] = check  # before the fields: a model may hold its own kind
    hints = cls._field_types()  # type: ignore[attr-defined]
    fields.update({key: _checker(hint) for key, hint in hints.items() if key != "extra"})
    return check


def _checker(hint: Any) -> _Check:
    # Only ever reached with a case being read, behind the journal's case seam (docs/internals.md).
    from secondop_desktop.domain.model import Model

    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:
            return _anything  # several types allowed: nothing the model relies on
        inner = _checker(options[0])
        if type(None) not in args:
            return inner

        def optional(value: Any, where: str) -> None:
            if value is not None:
                inner(value, where)

        return optional
    if isinstance(hint, type) and issubclass(hint, Model):
        model = _model_checker(hint)
        return _required(lambda value, where: model(value, where))
    if origin is list:
        item = _checker(args[0]) if args else _anything

        def a_list(value: Any, where: str) -> None:
            if not isinstance(value, list):
                raise StoredDataError(f"{where} should be a list and is {_kind(value)}")
            for n, element in enumerate(value):
                item(element, f"{where}[{n}]")

        return _required(a_list)
    if origin is dict:
        return _required(_of_type(dict, "an object"))
    if hint is str:
        return _required(_of_type(str, "a text"))
    if hint is bool:
        return _required(_of_type(bool, "yes or no"))
    if hint is int:
        return _required(lambda value, where: integer(value, where) and None)
    if hint is float:
        return _required(_number)
    return _anything


def _required(check: _Check) -> _Check:
    def required(value: Any, where: str) -> None:
        if value is None:
            # A plain str, bool or list field: the window calls text methods on them, so
            # nothing there is damage (the model itself would read it as None).
            raise StoredDataError(f"{where} is missing (found nothing where a value belongs)")
        check(value, where)

    return required


def _of_type(kind: type, words: str) -> _Check:
    def check(value: Any, where: str) -> None:
        if not isinstance(value, kind):
            raise StoredDataError(f"{where} should be {words} and is {_kind(value)}")

    return check


def _number(value: Any, where: str) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise StoredDataError(f"{where} should be a number and is {_kind(value)}")


def _anything(_value: Any, _where: str) -> None:
    return None


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    return {str: "a text", bool: "yes/no", int: "a number", float: "a number", list: "a list",
            dict: "an object", bytes: "raw bytes"}.get(type(value), type(value).__name__)
