# SPDX-License-Identifier: GPL-3.0-or-later
"""Search results across every case, as a Qt list model (one row per place the text occurs)."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex

from secondop_desktop.i18n import fill
from secondop_desktop.ui import item_roles, plain_text, unreadable

if TYPE_CHECKING:
    from secondop_desktop.store.search import SearchHit

_Index = QModelIndex | QPersistentModelIndex

KIND_WORDS = {
    "case": "the case",
    "opinion": "an opinion",
    "answer": "an answer",
    "question": "a question",
    "note": "a note",
}


def _plain(hit: SearchHit) -> str:
    """The snippet as the user reads it: no [brackets] around the match (the command line's
    marks), nothing escaped (the list shows plain text)."""
    if not hit.marked:
        return hit.snippet
    return hit.highlight("", "", escape=lambda text: text)


class HitRole(IntEnum):
    Hit = item_roles.USER + 1
    CaseId = item_roles.USER + 2
    Kind = item_roles.USER + 3


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    @unreadable.guarded("the search results", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def roleNames(self) -> dict[int, bytes]:
        return {item_roles.DISPLAY: b"display", int(HitRole.CaseId): b"caseId",
                int(HitRole.Kind): b"kind"}

    @unreadable.guarded_data("the search results")
    def data(self, index: _Index, role: int = item_roles.DISPLAY) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        where = (QCoreApplication.translate("SearchModel", KIND_WORDS[hit.kind])
                 if hit.kind in KIND_WORDS else hit.kind)
        if role in (item_roles.DISPLAY, item_roles.ACCESSIBLE_TEXT):
            title = hit.case_title or QCoreApplication.translate("SearchModel", "Untitled case")
            return fill(QCoreApplication.translate("SearchModel", "{title} — in {where}"),
                        title=title, where=where) + f"\n{_plain(hit)}"
        if role == item_roles.TOOL_TIP:
            return plain_text.tooltip(_plain(hit))
        if role == HitRole.Hit:
            return hit
        if role == HitRole.CaseId:
            return hit.case_id
        if role == HitRole.Kind:
            return hit.kind
        return None
