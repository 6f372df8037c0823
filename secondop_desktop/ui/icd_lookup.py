# SPDX-License-Identifier: GPL-3.0-or-later
"""Diagnosis codes offered while the user types a diagnosis, looked up off the GUI thread.

``domain.icd10`` (the code index: one of the named lazy seams, docs/internals.md) is imported
here, on a worker thread (``latest_worker``), the first time someone types a diagnosis. Typing
never waits on it: each pause in typing asks for codes; answers to an older question are dropped.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLineEdit

from secondop_desktop.i18n import fill
from secondop_desktop.ui import unreadable
from secondop_desktop.ui.latest_worker import LatestWorker

LOOKUP_DELAY_MS = 250
LOOKUP_LIMIT = 12
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def _code_set() -> Any:
    return importlib.import_module("secondop_desktop.domain.icd10")


def _lookup(text: str) -> tuple[str, list[tuple[str, str]]]:
    return text, _code_set().lookup(text, LOOKUP_LIMIT)


def _describe(code: str) -> tuple[str, str]:
    try:
        return code, _code_set().describe(code) or ""
    except Exception:  # noqa: BLE001 - a broken code index must never take the editor down
        return code, ""


class CodeListModel(QAbstractListModel):
    """Codes found for the text typed: "M17.11 — Unilateral primary osteoarthritis, right knee"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @unreadable.guarded("the code look-up", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @unreadable.guarded_data("the code look-up")
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        code, description = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return fill(self.tr("{code} — {description}"), code=code, description=description)
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
        # Two workers: a description asked for is never dropped for a look-up, nor the reverse.
        self._lookups = LatestWorker(self, name="secondop-code-lookup")
        self._lookups.finished.connect(self._found)
        self._descriptions = LatestWorker(self, name="secondop-code-description")
        self._descriptions.finished.connect(self._described)
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

    def _ask(self) -> None:
        text = self._edit.text().strip()
        if len(text) < 2:
            self._lookups.cancel()
            self.model.set_rows([])
            self.completer.popup().hide()
            return
        self._lookups.request(lambda: _lookup(text))

    def describe(self, code: str) -> None:
        """Find the description of ``code`` in the background; answers with ``described``."""
        if code:
            self._descriptions.request(lambda: _describe(code))

    def _described(self, result: tuple[str, str], _error: str) -> None:
        self.described.emit(*result)

    def _found(self, result: tuple[str, list[tuple[str, str]]] | None, _error: str) -> None:
        query, rows = result if result is not None else ("", [])
        if query != self._edit.text().strip() or not self._edit.hasFocus():
            return  # the user has typed on, or left the field, since the question
        self.model.set_rows(list(rows))
        if self.model.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        description = index.data(DESCRIPTION_ROLE)
        if code:
            self.picked.emit(str(code), str(description or ""))
