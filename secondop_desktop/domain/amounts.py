# SPDX-License-Identifier: GPL-3.0-or-later
"""Amounts as people write them, with the marks that group thousands and set off decimals.

"1,000 mg" is a thousand milligrams to an English writer; "1.000 mg" is a thousand to a writer
from Spain, and "0,5 g" half a gram. "1.000,5", "1,000.5", "1.000.000", "0,5" and "2,25" can be
read only one way, but a lone point or comma before exactly three digits ("1.000", "1,000",
"2.500") can mean a thousand-grouping or three decimals, a thousand-fold apart. Such an amount is
read as a thousand-grouping when the writer is known to group with that mark:

- from the writer's other amounts in the same opinion: "1,000,000" or "1,000.5" group with the
  comma; "0.5" sets off decimals with the point, so the comma is for grouping (and "0,5" makes
  the point the grouping mark: "1.000 mg" beside "0,5 g" is a thousand);
- else from the language the opinion, or else the case, is written in: English groups with the
  comma, Spanish with the point (Spanish writers in Mexico and the US group with the comma and
  those in Spain with the point, so Spanish alone does not say what a comma is).

Otherwise both readings are kept and the comparison says it cannot tell. The other reading, three
decimals, is never taken alone: doses are not written with trailing zeros ("1.000 mg" for 1 mg is
on every list of dangerous ways to write one), so a thousand stays possible whatever the
convention.

A space also groups ("1 000 mg", "12 500 UI"); "2 500 mg" could also be "2 × 500 mg", so a single
space-grouping keeps the last group alone as a second reading (unless it is 000).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A written amount, its marks as written: grouped in threes by a point, comma or space, with
# decimals after; or digits with decimals; or decimals alone (".5").
NUMBER = r"\d{1,3}(?:[., ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[.,]\d+"
_MARKS = re.compile(r"[., ]")


def readings(written: str, grouping: frozenset[str] = frozenset()) -> tuple[float, ...]:
    """The amounts ``written`` can mean, the most likely first; one where there is no doubt,
    none where the marks make no number ("1.000,000.5"). ``grouping``: the marks the writer is
    known to group thousands with ("." and/or ",")."""
    marks = [(m.start(), m.group()) for m in _MARKS.finditer(written)]
    if not marks:
        return (float(written),)
    last_at, last = marks[-1]
    whole, part = written[:last_at], written[last_at + 1:]
    if len(marks) > 1:
        groups = {mark for _at, mark in marks[:-1]}
        if len(groups) > 1 or not _grouped(whole, next(iter(groups))):
            return ()
        digits = whole.replace(next(iter(groups)), "")
        if last in groups:  # "1.000.000", "1 000 000": every mark groups
            return (float(digits + part),) if len(part) == 3 else ()
        return (float(f"{digits}.{part}"),)  # "1.000,5", "1,000.5", "1 000,5"
    if last == " ":
        alone = float(part)
        return (float(whole + part),) if alone == 0 else (float(whole + part), alone)
    decimal = float(f"{whole or '0'}.{part}")
    if not _grouped(whole + last + part, last):
        return (decimal,)  # "0,5", "2.25", "1000.5", ".5"
    grouped = float(whole + part)
    return (grouped,) if last in grouping else (grouped, decimal)


def _grouped(written: str, mark: str) -> bool:
    """Whether ``written`` has the shape of a number grouped in threes by ``mark``."""
    head, *rest = written.split(mark)
    return (1 <= len(head) <= 3 and head[0] != "0" and bool(rest)
            and all(len(group) == 3 for group in rest))


def habits(written: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """What a writer's amounts show: the marks they group with and the marks they set off
    decimals with, from the amounts that can be read only one way."""
    groups: set[str] = set()
    decimals: set[str] = set()
    for amount in written:
        marks = [m.group() for m in _MARKS.finditer(amount)]
        if not marks or marks[-1] == " ":
            continue
        if len(marks) > 1:
            groups.update(m for m in marks[:-1] if m != " ")
            if marks[-1] not in marks[:-1]:
                decimals.add(marks[-1])
            else:
                groups.add(marks[-1])
        elif not _grouped(amount, marks[0]):
            decimals.add(marks[0])
    return frozenset(groups), frozenset(decimals)


_BY_LANGUAGE = {"en": ",", "es": "."}
_OTHER = {".": ",", ",": "."}


def grouping_marks(written: Iterable[str], language: str | None) -> frozenset[str]:
    """The marks a writer groups thousands with: what their amounts show (a mark used both ways
    is neither), else what their language says."""
    groups, decimals = habits(written)
    out: set[str] = set()
    for mark in ".,":
        said = (mark in groups or _OTHER[mark] in decimals,
                mark in decimals or _OTHER[mark] in groups)
        by_language = said == (False, False) and _BY_LANGUAGE.get(language or "") == mark
        if said == (True, False) or by_language:
            out.add(mark)
    return frozenset(out)
