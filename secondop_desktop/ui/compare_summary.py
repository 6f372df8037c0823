# SPDX-License-Identifier: GPL-3.0-or-later
"""The one line at the top of the compare view, in plain words, from the engine's summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secondop_desktop.domain.comparison import Comparison, Summary, ThreeWay
from secondop_desktop.domain.words import DIAGNOSIS_WORDS, PLAN_WORDS, agreement_words, word
from secondop_desktop.i18n import fill, inside_sentence
from secondop_desktop.ui.compare_rows import CompareRow, short_name


def _tr(text: str, n: int = -1) -> str:
    """The window's words; with ``n``, Qt's plural form of a "%n" message."""
    return QCoreApplication.translate("CompareView", text, None, n)


def diagnosis_word(category: str) -> str:
    """How the two diagnoses relate, in the words of ``secondop compare`` and the PDF."""
    return word(DIAGNOSIS_WORDS, category)


def plan_word(category: str) -> str:
    """How the two main plans relate, in the words of ``secondop compare`` and the PDF."""
    return word(PLAN_WORDS, category)


def _program_found(finding: str) -> str:
    return fill(_tr("(the program found: {finding})"), finding=finding)


def counts_text(differ: int, agree: int, only_in_detail: int = 0) -> str:
    """"3 points where the doctors differ (2 only in detail), 4 where they agree": the points
    where one doctor is only more precise are said to be so, not left to read as disagreements."""
    first = _tr("%n point(s) where the doctors differ", differ)
    if 0 < only_in_detail < differ:
        first += " " + _tr("(%n only in detail)", only_in_detail)
    elif only_in_detail > 0:
        first += " " + (_tr("(only in detail)") if differ == 1
                        else _tr("(all of them only in detail)"))
    second = _tr("%n where they agree", agree)
    return f"{first}, {second}"


def program_counts(differ: int, agree: int) -> str:
    """The program's own count beside the user's: "(the program found: 3 differ, 1 agrees)"."""
    return fill(_tr("(the program found: {differ}, {agree})"),
                differ=_tr("%n differ(s)", differ), agree=_tr("%n agree(s)", agree))


def pair_summary(comparison: Comparison) -> str:
    """"Diagnosis: the same · Plan: different · 5 points where the doctors differ, 3 where they
    agree",
    following the user's verdicts, with the program's own finding beside any it overruled."""
    s: Summary = comparison.summary
    e: Summary | None = comparison.engine_summary
    diagnosis = fill(_tr("Diagnosis: {finding}"), finding=diagnosis_word(s.diagnosis))
    if e is not None and e.diagnosis != s.diagnosis:
        diagnosis += " " + _program_found(diagnosis_word(e.diagnosis))
    plan = fill(_tr("Plan: {finding}"), finding=plan_word(s.plan))
    if e is not None and e.plan != s.plan:
        plan += " " + _program_found(plan_word(e.plan))
    counts = counts_text(s.differ, s.agree, s.refined)
    if e is not None and (e.differ, e.agree) != (s.differ, s.agree):
        counts += " " + program_counts(e.differ, e.agree)
    return " · ".join([diagnosis, plan, counts])


def _agreement(groups: list[list[str]], names: dict[str, str]) -> str:
    """Who agrees with whom, as ``secondop compare`` says it ("all three agree", "Dr Hale and
    Dr Tanaka agree; Dr Lee differs"), with the doctors' short names, as it goes on after a
    label and its colon ("Diagnóstico: el Dr Hale y …")."""
    said = agreement_words([[short_name(names.get(i, "")) for i in group] for group in groups])
    return inside_sentence(said)


def three_summary(three: ThreeWay, rows: list[CompareRow], names: dict[str, str]) -> str:
    """Who agrees with whom on diagnosis and plan, and the count of rows that differ."""
    diagnosis = fill(_tr("Diagnosis: {finding}"),
                     finding=_agreement(three.diagnosis_agreement, names))
    plan = fill(_tr("Plan: {finding}"), finding=_agreement(three.plan_agreement, names))
    differ = sum(1 for r in rows if r.differs)
    counts = counts_text(differ, len(rows) - differ, sum(1 for r in rows if r.only_in_detail))
    # Where the user's verdicts changed the count, the program's own count stays beside it.
    found = sum(1 for r in rows if any(p.point.status != "same" for p in r.pairs))
    if found != differ:
        counts += " " + program_counts(found, len(rows) - found)
    return " · ".join([diagnosis, plan, counts])
