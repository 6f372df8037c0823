# SPDX-License-Identifier: GPL-3.0-or-later
"""Merging a case that arrives from another computer into the copy already in the journal.

Objects are matched by ``id``. When both sides hold an object, the one with the later
``updated_at`` wins (a missing or unreadable time loses to a present one; a tie keeps the
journal's copy). An object found on one side only is kept, so nothing is ever dropped, notes
least of all. Nested objects are matched on their own: an opinion whose own fields lose can still
gain an evidence item or an answer from the incoming side. Merging the same incoming case twice
changes nothing the second time.

Nothing of either side is lost: where both copies hold a different value for a field, the report
lists it in ``replaced`` with the side that was used and the value of the other side, so the
journal keeps that value in its history ("Health concern: kept the newer text from
knee.secondop; yours is in the history").
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, TypeVar

from secondop_desktop.domain.history import FieldChange, Item, Path, changes_between, field_words
from secondop_desktop.domain.model import Case, Decision, Model, Opinion, parse_time
from secondop_desktop.i18n import _, fill, ngettext

T = TypeVar("T", bound=Model)

# The lists inside an object that are merged item by item rather than taken whole with the winner.
_CASE_NESTED = ("opinions", "questions", "notes", "records", "medications", "reviews", "decision")
_OPINION_LISTS = ("evidence", "recommendations", "answers")

# How the report counts each kind, in the language in force (in this order).
_KIND_COUNTS: dict[str, Callable[[int], str]] = {
    "case": lambda n: _("the case details"),
    "opinion": lambda n: ngettext("{n} opinion", "{n} opinions", n),
    "evidence": lambda n: ngettext("{n} evidence item", "{n} evidence items", n),
    "recommendation": lambda n: ngettext("{n} recommendation", "{n} recommendations", n),
    "answer": lambda n: ngettext("{n} answer", "{n} answers", n),
    "question": lambda n: ngettext("{n} question", "{n} questions", n),
    "note": lambda n: ngettext("{n} note", "{n} notes", n),
    "record": lambda n: ngettext("{n} record", "{n} records", n),
    "medication": lambda n: ngettext("{n} medication", "{n} medications", n),
    "review": lambda n: ngettext("{n} review", "{n} reviews", n),
    "decision": lambda n: _("the decision"),
}
_KIND_ORDER = tuple(_KIND_COUNTS)


@dataclass(frozen=True)
class Replaced:
    """One field both copies held with different values.

    ``change`` names the field as the journal stores it (the row's kind and id, the path inside
    it) and holds the value that was *not* used; ``theirs_won`` says which side was used."""

    change: FieldChange
    theirs_won: bool

    def words(self, case: Case | None = None, source: str = "") -> str:
        """"Health concern: kept the newer text from knee.secondop; yours is in the history"."""
        name = field_words(self.change.kind, self.change.path, self.change.old,
                           _row_data(case, self.change.kind, self.change.object_id), case)
        if self.theirs_won:
            if source:
                return fill(_("{field}: kept the newer text from {source}; yours is in the "
                              "history"), field=name, source=source)
            return fill(_("{field}: kept the imported, newer text; yours is in the history"),
                        field=name)
        if source:
            return fill(_("{field}: kept your newer text; the one from {source} is in the "
                          "history"), field=name, source=source)
        return fill(_("{field}: kept your newer text; the imported one is in the history"),
                    field=name)


@dataclass
class MergeReport:
    """What a merge did: each entry is ``(kind, id)``; the decision is listed under the case id.

    ``replaced`` lists every field whose value differed on both sides; ``from_bin`` is set by the
    journal when the case came back from the bin with the import."""

    added: list[tuple[str, str]] = field(default_factory=list)
    updated: list[tuple[str, str]] = field(default_factory=list)
    unchanged: list[tuple[str, str]] = field(default_factory=list)
    replaced: list[Replaced] = field(default_factory=list)
    from_bin: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)

    def kept_from_import(self) -> list[FieldChange]:
        """The imported side's values that lost to newer ones in the journal."""
        return [r.change for r in self.replaced if not r.theirs_won]

    def replaced_lines(self, case: Case | None = None, source: str = "") -> list[str]:
        """One plain line per field replaced or kept from both sides."""
        return [r.words(case, source) for r in self.replaced]

    def describe(self) -> str:
        """One plain line, e.g. "Added 1 opinion and 3 notes; updated 1 question; nothing else
        changed." """
        if not self.changed:
            return _("Nothing changed: the journal already had everything in this case.")
        if self.added and self.updated:
            return fill(_("Added {added}; updated {updated}; nothing else changed."),
                        added=_count_phrase(self.added), updated=_count_phrase(self.updated))
        if self.added:
            return fill(_("Added {added}; nothing else changed."), added=_count_phrase(self.added))
        return fill(_("Updated {updated}; nothing else changed."),
                    updated=_count_phrase(self.updated))


def _count_phrase(entries: list[tuple[str, str]]) -> str:
    counts: dict[str, int] = {}
    for kind, _ident in entries:
        counts[kind] = counts.get(kind, 0) + 1
    phrases = []
    for kind in sorted(counts, key=lambda k: _KIND_ORDER.index(k) if k in _KIND_ORDER else 99):
        n = counts[kind]
        words = _KIND_COUNTS[kind](n) if kind in _KIND_COUNTS else f"{{n}} {kind}"
        phrases.append(fill(words, n=n))
    if len(phrases) == 1:
        return phrases[0]
    return fill(_("{a} and {b}"), a=", ".join(phrases[:-1]), b=phrases[-1])


def merge_cases(existing: Case, incoming: Case) -> tuple[Case, MergeReport]:
    """The two copies of one case merged by id, and what changed in ``existing``.

    Neither argument is modified; the result shares no objects with them.
    """
    if existing.id != incoming.id:
        raise ValueError(f"cannot merge two different cases ({existing.id} and {incoming.id})")
    report = MergeReport()
    merged = _merge_object(existing, incoming, "case", report, _CASE_NESTED,
                           row=("case", existing.id, ()))
    merged.opinions = _merge_list(existing.opinions, incoming.opinions, "opinion", report,
                                  _merge_opinion, None)
    for name, kind in (("questions", "question"), ("notes", "note"), ("records", "record"),
                       ("medications", "medication"), ("reviews", "review")):
        setattr(merged, name, _merge_list(getattr(existing, name), getattr(incoming, name), kind,
                                          report, None, None))
    merged.decision = _merge_decision(existing, incoming, report)
    return merged, report


def _merge_opinion(old: Opinion, new: Opinion, report: MergeReport) -> Opinion:
    merged = _merge_object(old, new, "opinion", report, _OPINION_LISTS, ident=old.id,
                           row=("opinion", old.id, ()))
    merged.evidence = _merge_list(old.evidence, new.evidence, "evidence", report, None, old.id)
    merged.recommendations = _merge_list(old.recommendations, new.recommendations,
                                         "recommendation", report, None, old.id)
    merged.answers = _merge_list(old.answers, new.answers, "answer", report, None, old.id)
    return merged


def _merge_decision(existing: Case, incoming: Case, report: MergeReport) -> Decision | None:
    old, new = existing.decision, incoming.decision
    if new is None:
        if old is not None:
            report.unchanged.append(("decision", existing.id))
        return copy.deepcopy(old)
    if old is None:
        report.added.append(("decision", existing.id))
        return copy.deepcopy(new)
    return _merge_object(old, new, "decision", report, (), ident=existing.id,
                         row=("case", existing.id, ("decision",)))


def _merge_list(
    old_items: Sequence[T],
    new_items: Sequence[T],
    kind: str,
    report: MergeReport,
    merge_pair: Callable[[T, T, MergeReport], T] | None,
    opinion_id: str | None,
) -> list[T]:
    incoming_by_id: dict[str, T] = {}
    for item in new_items:
        incoming_by_id.setdefault(item.id, item)  # type: ignore[attr-defined]
    out: list[T] = []
    seen: set[str] = set()
    for item in old_items:
        ident: str = item.id  # type: ignore[attr-defined]
        if ident in seen:
            # Should never happen in a journal; if it does, keep it rather than lose it.
            out.append(copy.deepcopy(item))
            continue
        seen.add(ident)
        other = incoming_by_id.get(ident)
        if other is None:
            report.unchanged.append((kind, ident))
            out.append(copy.deepcopy(item))
        elif merge_pair is not None:
            out.append(merge_pair(item, other, report))
        else:
            out.append(_merge_object(item, other, kind, report, (), ident=ident,
                                     row=_row(kind, ident, opinion_id)))
    for item in new_items:
        ident = item.id  # type: ignore[attr-defined]
        if ident not in seen:
            seen.add(ident)
            report.added.append((kind, ident))
            out.append(copy.deepcopy(item))
    return out


_NESTED_KEYS = {"evidence": "evidence", "recommendation": "recommendations",
                "answer": "answers"}


def _row(kind: str, ident: str, opinion_id: str | None) -> tuple[str, str, Path]:
    """Where an object's fields live in the journal: its own row, or inside its opinion's."""
    if kind in _NESTED_KEYS and opinion_id is not None:
        return ("opinion", opinion_id, (_NESTED_KEYS[kind], Item(ident)))
    return (kind, ident, ())


def _merge_object(
    old: T, new: T, kind: str, report: MergeReport, nested: Sequence[str],
    ident: str | None = None, row: tuple[str, str, Path] | None = None,
) -> T:
    """The winner's own fields; the parts named in ``nested`` are left for the caller to merge."""
    ident = ident if ident is not None else getattr(old, "id", "")
    old_fields, new_fields = _own_fields(old, nested), _own_fields(new, nested)
    theirs_won = _newer(new, old) and new_fields != old_fields
    if theirs_won:
        report.updated.append((kind, ident))
        winner = new
    else:
        report.unchanged.append((kind, ident))
        winner = old
    if row is not None and new_fields != old_fields:
        row_kind, row_id, prefix = row
        loser, kept = (old_fields, new_fields) if theirs_won else (new_fields, old_fields)
        for change in changes_between(row_kind, row_id, loser, kept):
            report.replaced.append(Replaced(
                FieldChange(row_kind, row_id, (*prefix, *change.path), change.old), theirs_won))
    # Copy without the nested lists (they are rebuilt by the caller), then deep-copy the rest.
    shell = replace(winner, **{name: None if name == "decision" else [] for name in nested})
    return copy.deepcopy(shell)


def _row_data(case: Case | None, kind: str, object_id: str) -> dict[str, Any] | None:
    if case is None or kind == "case":
        return None
    items = getattr(case, kind + "s", None) or []
    item = next((i for i in items if getattr(i, "id", None) == object_id), None)
    return item.to_dict() if item is not None else None


def _own_fields(item: Model, nested: Sequence[str]) -> dict[str, Any]:
    data = item.to_dict()
    for name in nested:
        data.pop(name, None)
    return data


def _newer(new: Model, old: Model) -> bool:
    new_time = _time(new)
    old_time = _time(old)
    if new_time is None:
        return False
    return old_time is None or new_time > old_time


def _time(item: Model) -> datetime | None:
    value = getattr(item, "updated_at", None)
    return parse_time(value) if isinstance(value, str) else None


__all__ = ["MergeReport", "Replaced", "merge_cases"]
