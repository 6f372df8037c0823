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
from secondop_desktop.domain.options import ROW_LABELS, Gap, Option, favouring, gather_options
from secondop_desktop.i18n import N_, _, fill
from secondop_desktop.report import document  # a cycle, by module: used at call time only
from secondop_desktop.report.marks import SHADE_SOFT, SHADE_STRONG, short_names
from secondop_desktop.report.markup import inline

if TYPE_CHECKING:
    from secondop_desktop.domain.model import Opinion
    from secondop_desktop.report.document import Context

NOT_SAID = N_("not said")


# The grid prints only what the comparison table does not: the table already holds each
# recommendation's benefits, risks and side effects, so they are not repeated here.
GRID_ROWS = ("involves", "recovery", "timing", "cost")


def _said_cell(ctx: Context, option: Option, opinion: Opinion,
               unsaid_everywhere: list[str]) -> list[Flowable]:
    """One doctor's words on one option: what they said, then in one line what they did not
    (leaving out what no doctor said for any option: the line under the grid says that once)."""
    s = ctx.styles
    if option.entry_for(opinion.id) is None:
        words = _("did not name it")
        return [document.para(f"<i>{words}</i>", s.cell, words)]
    out: list[Flowable] = []
    if _gaps(ctx, option):
        # One medicine at two doses: each doctor's own words, dose and all.
        written = option.written(opinion.id)
        out.append(document.para(f"<b>{_('As written')}:</b> {inline(written)}", s.cell,
                                 written))
    unsaid: list[str] = []
    for row in GRID_ROWS:
        said = option.cell(row, opinion.id)
        if said:
            out.append(document.para(f"<b>{_(ROW_LABELS[row])}:</b> {inline(said)}", s.cell,
                                     said))
        elif row not in unsaid_everywhere:
            unsaid.append(_(ROW_LABELS[row]).lower())
    if unsaid:
        words = f"{_(NOT_SAID)}: {', '.join(unsaid)}"
        out.append(document.para(f"<i>{words}</i>", s.cell, words))
    if not out:
        words = _("named it")
        out.append(document.para(f"<i>{words}</i>", s.cell, words))
    return out


def _gaps(ctx: Context, option: Option) -> list[Gap]:
    """The option's differences between doctors this PDF compares."""
    ids = {opinion.id for opinion in ctx.opinions}
    return [g for g in option.gaps if g.a.opinion_id in ids and g.b.opinion_id in ids]


def _kind_and_one(ctx: Context, option: Option) -> bool:
    """A kind and one of it (medicine or test), when both doctors are in this PDF."""
    ids = {opinion.id for opinion in ctx.opinions}
    return option.kind_and_one and sum(e.opinion_id in ids for e in option.entries) > 1


def _option_label(ctx: Context, option: Option) -> list[Flowable]:
    """The option's name and, where its doctors wrote it differently, the mark ("≠ Same
    medicine, different dose") and what each wrote, so the row never reads as agreement."""
    s = ctx.styles
    out: list[Flowable] = [document.text(option.label, s.cell_head)]
    gaps = _gaps(ctx, option)
    kind_and_one = _kind_and_one(ctx, option)
    if gaps or kind_and_one:
        kept = Option(option.key, option.label, option.category, entries=option.entries,
                      gaps=gaps, kind_and_one=kind_and_one)
        mark = kept.gap_mark()
        out.append(document.para(f"<b>{inline(mark)}</b>", s.cell, mark))
        # What each wrote is in their cells; the engine's reading is added where it tells more
        # (how many times one is the other, what an unclear amount can mean).
        for line in dict.fromkeys(g.words() for g in gaps if g.kind != "unstated"):
            out.append(document.para(inline(line), s.cell, line))
    return out


def option_grids(ctx: Context) -> list[Flowable]:
    """The options the doctors named in one compact grid: a row per option, a column per
    doctor, each cell holding what that doctor said beyond the comparison table."""
    s = ctx.styles
    options = [o for o in gather_options(ctx.case, include_own=False)
               if any(ctx.case.opinion(e.opinion_id) in ctx.opinions for e in o.entries)]
    if not options:
        return []
    unsaid_everywhere = [row for row in GRID_ROWS
                         if not any(option.cell(row, opinion.id) for option in options
                                    for opinion in ctx.opinions)]
    label_width = ctx.width * (0.36 if s.body.fontSize >= 14 else 0.3)
    column = (ctx.width - label_width) / max(1, len(ctx.opinions))
    head: list[object] = [document.text(_("Option"), s.cell_head)]
    head += [document.text(opinion.doctor, s.cell_head) for opinion in ctx.opinions]
    rows: list[list[object]] = [head]
    shaded: list[tuple[str, tuple[int, int], tuple[int, int], object]] = []
    for option in options:
        gaps = _gaps(ctx, option)
        # shaded as the comparison table shades a difference ("?" and "~" softer)
        if gaps or _kind_and_one(ctx, option):
            strong = any(g.kind not in ("unclear", "unclear_rhythm", "unclear_limit", "unstated")
                         for g in gaps)
            fill_colour = document.SHADES[SHADE_STRONG if strong else SHADE_SOFT]
            shaded.append(("BACKGROUND", (0, len(rows)), (0, len(rows)), fill_colour))
        rows.append([_option_label(ctx, option)]
                    + [_said_cell(ctx, option, opinion, unsaid_everywhere)
                       for opinion in ctx.opinions])
    table = Table(rows, colWidths=[label_width] + [column] * len(ctx.opinions), repeatRows=1,
                  hAlign="LEFT", splitInRow=int(ctx.split_rows))
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 1, document.colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, document.GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *shaded,
    ]))
    out: list[Flowable] = [
        CondPageBreak(s.body.fontSize * 8),
        document.text(_("The options side by side"), s.h2),
        document.text(fill(_("What each doctor said about each option they named, beyond the "
                             "table above (benefits, risks and side effects are there, under "
                             "each recommendation). “{not_said}” is what is still to ask."),
                           not_said=_(NOT_SAID)), s.small),
        Spacer(1, s.body.fontSize * 0.3),
        table]
    if unsaid_everywhere:
        words = ", ".join(_(ROW_LABELS[row]).lower() for row in unsaid_everywhere)
        out.append(document.text(fill(_("Still to ask about every option (not said by any "
                                        "doctor): {rows}."), rows=words), s.cell))
    return out


def _addressee(ctx: Context, item: followups.FollowUp) -> str:
    """Whom a question is for, as the heading names them: the doctor it was put to, else the
    doctor (or both) its own words address ("Ask Dr Hale …", "Ask both doctors …"), so that a
    question printed under one doctor never asks the other."""
    asked = ctx.case.opinion(item.asked_to) if item.asked_to else None
    if asked is not None:
        return asked.doctor
    pair = [item.doctor_a, item.doctor_b]
    # The engine's question is in the PDF's language: "Ask Dr Hale …", "Pregúntele a Dr Hale …",
    # "Ask both doctors …", "Pregúnteles a los dos médicos …". One that asks both doctors
    # anywhere is for both ("Dr Lee wrote … and Dr Kim wrote …: … Ask both doctors why"); else
    # the first one it names is the one it asks ("Ask Dr Hale what they make of Dr Lee's idea").
    question = item.question.casefold()
    if _("both doctors").casefold() in question:
        return _("both doctors") if len(ctx.opinions) == 2 else _(" and ").join(pair)
    named = [(question.find(name.casefold()), full)
             for full, short in zip(pair, short_names(pair), strict=True)
             for name in (full, short) if name.strip() and name.casefold() in question]
    first = min(named, default=None)
    return first[1] if first is not None else item.doctor_a


def followup_questions(ctx: Context, number: int,
                       only: list[str] | None = None) -> tuple[list[Flowable], int]:
    """The open follow-ups (open or asked, not yet explained) as numbered questions, one list
    per doctor to ask, each question printed once. Returns the flowables and the last number
    used. With ``only`` (the questions to print, most important first), the others are left
    out and each list follows that order, without ruled lines."""
    s = ctx.styles
    items = [item for item in followups.collect(ctx.case, comparisons=ctx.comparisons)
             if item.is_open()]
    # What the patient already put to a doctor is always printed, first: it is their own
    # follow-up, not a suggestion to be ranked away.
    asked = {item.question for item in items if item.asked_to}
    if only is not None:
        rank = {q: i for i, q in enumerate(only)}
        items = sorted((item for item in items if item.question in rank or item.question in asked),
                       key=lambda item: (item.question not in asked, rank.get(item.question, 0)))
    groups: dict[str, list[tuple[str, str]]] = {}
    seen: set[str] = set()
    for item in items:
        if item.question in seen:
            continue
        seen.add(item.question)
        groups.setdefault(_addressee(ctx, item), []).append((item.label, item.question))
    out: list[Flowable] = []
    lines = s.body.leading * 1.6
    for doctor, questions in groups.items():
        out.append(document.text(fill(_("Questions for {doctor}"), doctor=doctor), s.h3))
        for label, question in questions:
            number += 1
            block: list[Flowable] = [
                document.para(f"<b>{number}.</b> <b>{inline(label)}:</b> {inline(question)}",
                              s.body, label + question)]
            if only is None:
                block.append(document.RuledLines(2, lines))
            # a chosen few, printed close together (the patient's own questions have the lines)
            block.append(Spacer(1, s.body.fontSize * (0.15 if only is not None else 0.5)))
            out.append(document.Block(block, ctx.frame_height))
    return out, number


def what_favours(ctx: Context) -> list[Flowable]:
    """For each option, the factors the patient marked as favouring it, with how much each
    matters. Only what the patient said: no totals, nothing that picks an option."""
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
