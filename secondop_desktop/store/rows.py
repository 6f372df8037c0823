# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal's list lines as named tuples (``Journal.list_cases``, ``list_binned``,
``history``), imported from ``store.journal`` by the rest of the program.

Apart from ``journal.py`` and without ``from __future__ import annotations``: this module loads
before the window shows, and with textual annotations ``NamedTuple`` compiles every field's
annotation from its text (~1 ms for these three); here the annotations are plain types. (Named
tuples, not dataclasses, for the same reason: they cost less to make.)
"""

from typing import NamedTuple


class BinnedCase(NamedTuple):
    """A case in the bin: what ``secondop bin`` and the bin dialog list."""

    id: str
    title: str
    deleted_at: str
    opinion_count: int


class HistoryEntry(NamedTuple):
    """One earlier version of one field of a case (see domain/history.py for ``path``)."""

    pk: int
    case_id: str
    session: str
    changed_at: str  # UTC, ISO-8601
    reason: str  # typed, undo, redo, restore, import, import-kept
    source: str  # the file of an import
    kind: str  # the stored object: case, opinion, question, …
    object_id: str
    path: str  # JSON
    old: str  # JSON


class CaseSummary(NamedTuple):
    """One line of the case list, read from columns (no JSON decoding)."""

    id: str
    title: str
    status: str
    opinion_count: int
    time_sensitive: bool
    updated_at: str | None
    decide_by: str | None = None  # "YYYY-MM-DD"
    decision: str = ""
    """The chosen option of a decided case ("" while undecided)."""
