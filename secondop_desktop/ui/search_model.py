# SPDX-License-Identifier: GPL-3.0-or-later
"""Search results across every case, as a Qt list model (one row per place the text occurs)."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)

from secondop_desktop.i18n import fill
from secondop_desktop.ui import item_roles, plain_text, unreadable

if TYPE_CHECKING:
    from secondop_desktop.store.search import SearchHit

_Index = QModelIndex | QPersistentModelIndex

KIND_WORDS = {
    "case": QT_TRANSLATE_NOOP("SearchModel", "the case"),
    "opinion": QT_TRANSLATE_NOOP("SearchModel", "an opinion"),
    "answer": QT_TRANSLATE_NOOP("SearchModel", "an answer"),
    "question": QT_TRANSLATE_NOOP("SearchModel", "a question"),
    "note": QT_TRANSLATE_NOOP("SearchModel", "a note"),
    "record": QT_TRANSLATE_NOOP("SearchModel", "a record"),
    "medication": QT_TRANSLATE_NOOP("SearchModel", "a medicine"),
    "decision": QT_TRANSLATE_NOOP("SearchModel", "your decision"),
    "review": QT_TRANSLATE_NOOP("SearchModel", "your note on a difference"),
    "reply": QT_TRANSLATE_NOOP("SearchModel", "what a doctor said about a difference"),
}
# A record or medicine by its name (``SearchHit.label``).
NAMED_KIND_WORDS = {
    "record": QT_TRANSLATE_NOOP("SearchModel", "the record “{label}”"),
    "medication": QT_TRANSLATE_NOOP("SearchModel", "the medicine “{label}”"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchModel", text)


def _plain(hit: SearchHit) -> str:
    """The snippet as the user reads it: no [brackets] around the match (the command line's
    marks), nothing escaped (the list shows plain text)."""
    if not hit.marked:
        return hit.snippet
    return hit.highlight("", "", escape=lambda text: text)


def where_words(hit: SearchHit) -> str:
    """Where in the case the hit is: "a note", "the record “MRI right knee”"."""
    if hit.label and hit.kind in NAMED_KIND_WORDS:
        return fill(_tr(NAMED_KIND_WORDS[hit.kind]), label=hit.label)
    return _tr(KIND_WORDS[hit.kind]) if hit.kind in KIND_WORDS else hit.kind


def found_as_words(hit: SearchHit) -> str:
    """Why a text without the typed words is a result: "found as “myocardial infarction”"."""
    return "; ".join(fill(_tr("found as “{word}”"), word=word) for word in hit.found_as)


def heading(hit: SearchHit) -> str:
    """The result's first line: the case and where in it."""
    title = hit.case_title or _tr("Untitled case")
    return fill(_tr("{title} — in {where}"), title=title, where=where_words(hit))


def rich_text(hit: SearchHit) -> str:
    """The result as the list draws it: the heading, then the snippet with each match in bold
    (a word written in parts, "X-ray", is one piece) and what it was found as."""
    found = found_as_words(hit)
    snippet = hit.highlight("<b>", "</b>", plain_text.escape) if hit.marked else (
        plain_text.escape(hit.snippet))
    tail = f" — <i>{plain_text.escape(found)}</i>" if found else ""
    return f"{plain_text.escape(heading(hit))}<br>{snippet}{tail}"


class HitRole(IntEnum):
    Hit = item_roles.USER + 1
    CaseId = item_roles.USER + 2
    Kind = item_roles.USER + 3
    RichText = item_roles.USER + 4


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
        if role in (item_roles.DISPLAY, item_roles.ACCESSIBLE_TEXT, item_roles.TOOL_TIP):
            found = found_as_words(hit)
            text = f"{heading(hit)}\n{_plain(hit)}" + (f" — {found}" if found else "")
            return plain_text.tooltip(text) if role == item_roles.TOOL_TIP else text
        if role == HitRole.RichText:
            return rich_text(hit)
        if role == HitRole.Hit:
            return hit
        if role == HitRole.CaseId:
            return hit.case_id
        if role == HitRole.Kind:
            return hit.kind
        return None
