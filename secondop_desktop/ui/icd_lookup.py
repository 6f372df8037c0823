# SPDX-License-Identifier: GPL-3.0-or-later
"""Diagnosis codes offered while the user types a diagnosis, looked up off the GUI thread.

The ICD-10-CM code set is heavy (its first use builds an index), so ``domain.icd10`` is imported
only here, on a worker thread, the first time someone types a diagnosis. Typing never waits on it:
each pause in typing asks for codes; answers to an older question are dropped.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLineEdit

LOOKUP_DELAY_MS = 250
LOOKUP_LIMIT = 12
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_pool: QThreadPool | None = None


def _code_set() -> Any:
    return importlib.import_module("secondop_desktop.domain.icd10")


def lookup_pool() -> QThreadPool:
    """One thread for every code look-up, kept alive so the code set's connection stays on it."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


class _Signals(QObject):
    done = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, serial: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._serial = serial
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception:  # a broken code set must never take the editor down
            result = None
        # RuntimeError: the editor that asked was closed meanwhile, so nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self._signals.done.emit(self._serial, result)


class CodeListModel(QAbstractListModel):
    """Codes found for the text typed: "M17.11 — Unilateral primary osteoarthritis, right knee"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        code, description = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{code} — {description}").format(code=code, description=description)
        if role == Qt.ItemDataRole.EditRole:
            return description
        if role == CODE_ROLE:
            return code
        if role == DESCRIPTION_ROLE:
            return description
        return None


class DiagnosisLookup(QObject):
    """Attach to the diagnosis field: shows matching codes under it; ``picked`` on a choice."""

    picked = Signal(str, str)  # code, description
    described = Signal(str, str)  # code, description (or "" when unknown)

    def __init__(self, line_edit: QLineEdit) -> None:
        super().__init__(line_edit)
        self._edit = line_edit
        self._serial = 0
        self._signals = _Signals(self)
        self._signals.done.connect(self._answered)
        self._tags: dict[int, tuple[str, str]] = {}
        self.model = CodeListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(line_edit)
        self.completer.setMaxVisibleItems(LOOKUP_LIMIT)
        popup = self.completer.popup()
        popup.setObjectName("diagnosis_codes_popup")
        popup.setAccessibleName(self.tr("Diagnosis codes that match"))
        self.completer.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._ask)
        line_edit.textEdited.connect(lambda _text: self._timer.start())

    def _run(self, tag: str, query: str, work: Callable[[], Any]) -> None:
        self._serial += 1
        self._tags[self._serial] = (tag, query)
        lookup_pool().start(_Job(self._serial, work, self._signals))

    def _ask(self) -> None:
        text = self._edit.text().strip()
        if len(text) < 2:
            self.model.set_rows([])
            self.completer.popup().hide()
            return
        self._run("lookup", text, lambda: _code_set().lookup(text, LOOKUP_LIMIT))

    def describe(self, code: str) -> None:
        """Find the description of ``code`` in the background; answers with ``described``."""
        if code:
            self._run("describe", code, lambda: _code_set().describe(code))

    def _answered(self, serial: int, result: Any) -> None:
        tag, query = self._tags.pop(serial, ("", ""))
        if tag == "describe":
            self.described.emit(query, result or "")
            return
        if tag != "lookup" or query != self._edit.text().strip() or not self._edit.hasFocus():
            return  # the user has typed on, or left the field, since the question
        self.model.set_rows(list(result or []))
        if self.model.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        description = index.data(DESCRIPTION_ROLE)
        if code:
            self.picked.emit(str(code), str(description or ""))
