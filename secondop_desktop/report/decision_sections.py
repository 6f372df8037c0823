# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDF's parts about deciding: the option grid of the options the doctors named, the open
follow-ups as "Questions for Dr X", and (when the user asks) what favours each option.

Kept apart from ``document`` (which lays out the comparison) so each can change on its own; the
document calls these where they belong in the story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from secondop_desktop.domain import followups
from secondop_desktop.domain.options import ROW_LABELS, ROWS, favouring, gather_options
from secondop_desktop.i18n import N_, _, fill
from secondop_desktop.report.markup import inline

if TYPE_CHECKING:
    from secondop_desktop.report.document import Context

NOT_SAID = N_("not said")


def option_grids(ctx: Context) -> list[Flowable]:
    """One grid per option a doctor named: a row per question, a column per doctor."""
    from secondop_desktop.report import document

    s = ctx.styles
    options = [o for o in gather_options(ctx.case, include_own=False)
               if any(ctx.case.opinion(e.opinion_id) in ctx.opinions for e in o.entries)]
    if not options:
        return []
    out: list[Flowable] = [CondPageBreak(s.body.fontSize * 12),
                           document.text(_("The options side by side"), s.h2),
                           document.text(fill(_("Each doctor's words for each option they named; "
                                                "“{not_said}” marks what is still to ask."),
                                              not_said=_(NOT_SAID)), s.small)]
    label_width = ctx.width * 0.22
    column = (ctx.width - label_width) / max(1, len(ctx.opinions))
    for option in options:
        who = ", ".join(option.named_by())
        head: list[object] = [document.para(f"<b>{inline(option.label)}</b>", s.cell,
                                            option.label)]
        for opinion in ctx.opinions:
            named = option.entry_for(opinion.id) is not None
            name = opinion.doctor if named else fill(_("{doctor} (did not name it)"),
                                                      doctor=opinion.doctor)
            head.append(document.para(f"<b>{inline(name)}</b>", s.cell, name))
        rows: list[list[object]] = [head]
        for row in ROWS:
            cells: list[object] = [document.text(_(ROW_LABELS[row]), s.cell_head)]
            for opinion in ctx.opinions:
                said = option.cell(row, opinion.id)
                cells.append(document.text(said, s.cell) if said else
                             document.para(f"<i>{_(NOT_SAID)}</i>", s.cell, _(NOT_SAID)))
            rows.append(cells)
        table = Table(rows, colWidths=[label_width] + [column] * len(ctx.opinions),
                      repeatRows=1, hAlign="LEFT", splitInRow=int(ctx.split_rows))
        table.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, 0), 1, document.colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, document.GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        # One option's grid stays on one page when it fits (a Block splits only when taller).
        named_by = fill(_("Named by {doctors}"), doctors=who)
        out.append(document.Block([document.text(named_by, s.small), table,
                                   Spacer(1, s.body.fontSize * 0.8)], ctx.frame_height))
    return out


def followup_questions(ctx: Context, number: int,
                       only: list[str] | None = None) -> tuple[list[Flowable], int]:
    """The open follow-ups (open or asked, not yet explained) as numbered questions, one list
    per doctor to ask. Returns the flowables and the last number used. With ``only`` (the
    questions to print, most important first), the others are left out and each doctor's list
    follows that order, without ruled lines."""
    from secondop_desktop.report import document

    s = ctx.styles
    items = followups.collect(ctx.case, comparisons=ctx.comparisons)
    groups = followups.questions_by_doctor(ctx.case, items)
    if only is not None:
        rank = {q: i for i, q in enumerate(only)}
        # What the patient already put to a doctor is always printed, first: it is their own
        # follow-up, not a suggestion to be ranked away.
        asked = {item.question for item in items if item.is_open() and item.asked_to}
        groups = [(doctor, sorted((x for x in questions if x[1] in rank or x[1] in asked),
                                  key=lambda x: (x[1] not in asked, rank.get(x[1], 0))))
                  for doctor, questions in groups]
        groups = [(doctor, questions) for doctor, questions in groups if questions]
    out: list[Flowable] = []
    lines = s.body.leading * 1.6
    for doctor, questions in groups:
        out.append(document.text(fill(_("Questions for {doctor}"), doctor=doctor), s.h3))
        for label, question in questions:
            number += 1
            block: list[Flowable] = [
                document.para(f"<b>{number}.</b> <b>{inline(label)}:</b> {inline(question)}",
                              s.body, label + question)]
            if only is None:
                block.append(document.RuledLines(2, lines))
            # a chosen few, printed close together (the patient's own questions have the lines)
            block.append(Spacer(1, s.body.fontSize * (0.25 if only is not None else 0.5)))
            out.append(document.Block(block, ctx.frame_height))
    return out, number


def what_favours(ctx: Context) -> list[Flowable]:
    """For each option, the factors the patient marked as favouring it, with how much each
    matters. Only what the patient said: no totals, nothing that picks an option."""
    from secondop_desktop.report import document

    s = ctx.styles
    decision = ctx.case.decision
    if decision is None or not any(v.favours for v in decision.values):
        return []
    options = gather_options(ctx.case)
    weights = favouring(ctx.case, options)
    out: list[Flowable] = [document.text(_("What favours each option, in my own words"), s.h3)]
    for option in options:
        said = weights.get(option.key, [])
        if not said:
            continue
        parts = ", ".join(f"{w.factor} (" + fill(_("{level} of 5"), level=w.importance) + ")"
                          for w in said)
        out.append(document.para(f"• <b>{inline(option.label)}:</b> {inline(parts)}", s.body,
                                 option.label + parts))
    return out if len(out) > 1 else []
