# SPDX-License-Identifier: GPL-3.0-or-later
"""When a third opinion may help, said in plain words, and who agrees with whom once there is one.

A third opinion is suggested when two doctors name different illnesses (not one a more detailed
form of the other), or when their plans differ and the patient says they cannot choose. It is a
suggestion the patient weighs, never a rule: when the case is time-sensitive, a gentle line says
that waiting has a cost too, with the decide-by date when the case has one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from secondop_desktop.domain import words
from secondop_desktop.domain.comparison import Comparison, ThreeWay
from secondop_desktop.domain.model import Case
from secondop_desktop.i18n import _, fill, long_date


@dataclass
class Suggestion:
    reason: str
    advice: list[str] = field(default_factory=list)
    waiting: str = ""
    """The time-sensitive line ("" when the case is not time-sensitive)."""


def decide_by(case: Case) -> date | None:
    """The case's decide-by date, when the case format carries one (``decide_by``)."""
    value = getattr(case, "decide_by", None) or case.extra.get("decide_by")
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def waiting_line(case: Case) -> str:
    if not case.time_sensitive:
        return ""
    line = _("This case is time-sensitive: waiting for another opinion takes time too, and "
             "that has a cost. Ask your doctors how long it is safe to wait.")
    by = decide_by(case)
    if by is not None:
        line += " " + fill(_("You planned to decide by {day}."), day=long_date(by))
    return line


def suggest(case: Case, comparison: Comparison | None) -> Suggestion | None:
    """A suggestion for two opinions that leave the patient unsure; None when none is due."""
    if len(case.opinions) != 2 or comparison is None:
        return None
    summary = comparison.summary
    cannot_choose = bool(case.decision and case.decision.cannot_choose)
    if summary.diagnosis == "different":
        reason = _("The two doctors name different illnesses. When the diagnosis itself is in "
                   "doubt, a third doctor's view can show which one the evidence supports.")
    elif summary.plan in ("different", "partly") and cannot_choose:
        reason = _("The two doctors propose different plans and you have said you cannot "
                   "choose between them. A third doctor can help you see which plan fits you.")
    else:
        return None
    advice = [
        _("A third opinion helps most from a doctor who works apart from the first two, for "
          "example at another hospital."),
        _("Bring every record both doctors saw, and tell the third doctor where the two "
          "differ."),
        _("Ask the third doctor about the differences on your follow-up list."),
    ]
    return Suggestion(reason, advice, waiting_line(case))


@dataclass
class Agreement:
    label: str
    groups: list[list[str]]
    """Doctors' names that agree, one list per group; a doctor alone stands apart."""


def agreement_by_point(case: Case, three: ThreeWay) -> list[Agreement]:
    """For each point the three comparisons share by key (diagnosis, stage, certainty, answers,
    reasoning, next steps), which doctors agree; plus the diagnosis and the main plan as the
    engine grouped them."""
    names = {o.id: o.doctor for o in case.opinions}
    ids = three.opinion_ids
    out = [
        Agreement(_("Diagnosis"),
                  [[names.get(i, "?") for i in g] for g in three.diagnosis_agreement]),
        Agreement(_("Main plan"), [[names.get(i, "?") for i in g] for g in three.plan_agreement]),
    ]
    shared: dict[str, dict[tuple[str, str], bool]] = {}
    labels: dict[str, str] = {}
    for pair in three.pairs:
        for point in pair.points:
            if point.topic in ("diagnosis", "recommendation", "urgency", "evidence"):
                continue
            shared.setdefault(point.key, {})[(pair.a_id, pair.b_id)] = not point.differs
            labels.setdefault(point.key, point.label or point.key)
    for key, agrees in shared.items():
        if len(agrees) != 3:
            continue
        groups = [[x, y] for (x, y), same in agrees.items() if same]
        if len(groups) == 3:
            groups = [list(ids)]
        for x in ids:
            if not any(x in g for g in groups):
                groups.append([x])
        out.append(Agreement(labels[key], [[names.get(i, "?") for i in g] for g in groups]))
    return out


def agreement_words(item: Agreement) -> str:
    return words.agreement_words(item.groups)
