# SPDX-License-Identifier: GPL-3.0-or-later
"""The one line at the top of the compare view, in plain words, from the engine's summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secondop_desktop.domain.comparison import Comparison, Summary, ThreeWay
from secondop_desktop.i18n import fill
from secondop_desktop.ui.compare_rows import CompareRow, short_name


def _tr(text: str, n: int = -1) -> str:
    """The window's words; with ``n``, Qt's plural form of a "%n" message."""
    return QCoreApplication.translate("CompareView", text, None, n)


def diagnosis_word(category: str) -> str:
    return {
        "same": _tr("SAME"), "refined": _tr("REFINED"), "different": _tr("DIFFERENT"),
        "unknown": _tr("NOT KNOWN YET"), "maybe_same": _tr("MAY BE THE SAME"),
    }.get(category, category.upper())


def plan_word(category: str) -> str:
    return {
        "same": _tr("SAME"), "partly": _tr("PARTLY THE SAME"), "different": _tr("DIFFERENT"),
        "unknown": _tr("NOT KNOWN YET"),
    }.get(category, category.upper())


def _program_found(word: str) -> str:
    return fill(_tr("(the program found: {finding})"), finding=word.lower())


def counts_text(differ: int, agree: int) -> str:
    first = _tr("%n point(s) where the doctors differ", differ)
    second = _tr("%n where they agree", agree)
    return f"{first}, {second}"


def pair_summary(comparison: Comparison) -> str:
    """"Diagnosis: SAME · Plan: DIFFERENT · 5 points where the doctors differ, 3 where they agree",
    following the user's verdicts, with the program's own finding beside any it overruled."""
    s: Summary = comparison.summary
    e: Summary | None = comparison.engine_summary
    diagnosis = fill(_tr("Diagnosis: {finding}"), finding=diagnosis_word(s.diagnosis))
    if e is not None and e.diagnosis != s.diagnosis:
        diagnosis += " " + _program_found(diagnosis_word(e.diagnosis))
    plan = fill(_tr("Plan: {finding}"), finding=plan_word(s.plan))
    if e is not None and e.plan != s.plan:
        plan += " " + _program_found(plan_word(e.plan))
    counts = counts_text(s.differ, s.agree)
    if e is not None and (e.differ, e.agree) != (s.differ, s.agree):
        counts += " " + fill(_tr("(the program found: {differ} differ, {agree} agree)"),
                            differ=e.differ, agree=e.agree)
    return " · ".join([diagnosis, plan, counts])


def _agreement(groups: list[list[str]], ids: list[str], names: dict[str, str],
               same_word: str) -> str:
    def name(i: str) -> str:
        return short_name(names.get(i, ""))

    joined = [g for g in groups if len(g) >= 2]
    if not groups:
        return _tr("NOT KNOWN YET")
    if len(joined) == 1 and len(joined[0]) == len(ids):
        return same_word
    if not joined:
        return _tr("ALL DIFFERENT")
    parts = []
    for group in joined:
        doctors = _tr(" and ").join(name(i) for i in group)
        parts.append(fill(_tr("{doctors} agree"), doctors=doctors))
    alone = [i for i in ids if not any(i in g for g in joined)]
    for i in alone:
        parts.append(fill(_tr("{doctor} differs"), doctor=name(i)))
    return ", ".join(parts)


def three_summary(three: ThreeWay, rows: list[CompareRow], names: dict[str, str]) -> str:
    """Who agrees with whom on diagnosis and plan, and the count of rows that differ."""
    ids = list(three.opinion_ids)
    diagnosis = fill(_tr("Diagnosis: {finding}"), finding=_agreement(
        three.diagnosis_agreement, ids, names, _tr("ALL AGREE")))
    plan = fill(_tr("Plan: {finding}"), finding=_agreement(
        three.plan_agreement, ids, names, _tr("ALL AGREE")))
    differ = sum(1 for r in rows if r.differs)
    counts = counts_text(differ, len(rows) - differ)
    # Where the user's verdicts changed the count, the program's own count stays beside it.
    found = sum(1 for r in rows if any(p.point.status != "same" for p in r.pairs))
    if found != differ:
        counts += " " + fill(_tr("(the program found: {differ} differ, {agree} agree)"),
                            differ=found, agree=len(rows) - found)
    return " · ".join([diagnosis, plan, counts])
