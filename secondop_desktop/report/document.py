# SPDX-License-Identifier: GPL-3.0-or-later
"""The content of the comparison PDF as reportlab flowables (the story), section by section.

Only called from ``report.pdf``, which imports this module lazily: reportlab costs a fifth of a
second to import and the window must not wait for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from secondop_desktop import i18n
from secondop_desktop.domain.compare_questions import ranked_questions
from secondop_desktop.domain.comparison import Comparison, Point
from secondop_desktop.domain.dataclass_methods import FieldMethods
from secondop_desktop.domain.model import Case, Evidence, Opinion
from secondop_desktop.domain.units import dose_with_unit
from secondop_desktop.domain.words import (
    DIAGNOSIS_WORDS,
    EVIDENCE_WORDS,
    PLAN_WORDS,
    RECORD_KIND_WORDS,
    RECORD_STATUS_WORDS,
    agreement_words,
    differ_words,
)
from secondop_desktop.domain.words import word as coded_word
from secondop_desktop.i18n import N_, _, fill, ngettext
from secondop_desktop.report import decision_sections, fonts, long_text
from secondop_desktop.report.marks import (
    SHADE_NONE,
    SHADE_SOFT,
    SHADE_STRONG,
    mark_for,
    short_names,
)
from secondop_desktop.report.markup import (
    has_cjk,
    inline,
    is_right_to_left,
    marked,
    rtl_line,
    segments_match,
)
from secondop_desktop.report.rows import (
    Row,
    cited_by_one,
    folded_agreement,
    label_of,
    reworded,
    three_way_rows,
    two_way_rows,
)

TITLE_PREFIX = N_("Comparison of medical opinions")
FOOTER_NOTE = N_("Prepared by the patient to support a conversation — not medical advice")

# Light fills that still read as two distinct greys when printed in black and white.
SHADES = {
    SHADE_NONE: None,
    SHADE_SOFT: colors.HexColor("#E3EAF2"),
    SHADE_STRONG: colors.HexColor("#EDCDA3"),
}
RULE = colors.HexColor("#777777")
MARKED_SHARE = 0.5
GRID = colors.HexColor("#9A9A9A")

_DIAGNOSIS_WORDS = DIAGNOSIS_WORDS
_PLAN_WORDS = PLAN_WORDS
_SURE_QUESTIONS = (
    ("sure", N_("I feel sure about the best choice for me.")),
    ("understand", N_("I know the benefits and risks of each option.")),
    ("risks_benefits", N_("I am clear about which benefits and risks matter most to me.")),
    ("encouragement", N_("I have enough support and advice to make a choice.")),
)


_SEVERITIES = (N_("major"), N_("minor"))  # printed after a mark: "≠ differs (major)"


def _word(table: dict[str, str], key: str) -> str:
    return _(table[key]) if key in table else key


@dataclass(eq=False, repr=False)
class Styles(FieldMethods):
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    title: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    note_head: ParagraphStyle
    footer_size: float


def without_embedded_hyphenation(styles: Styles) -> None:
    """Break lines at spaces only (the fallback when a hyphen break cannot split a page)."""
    for value in vars(styles).values():
        if isinstance(value, ParagraphStyle):
            value.embeddedHyphenation = 0


def make_styles(large_print: bool) -> Styles:
    body_font, bold_font = fonts.body_fonts()
    size = 14.0 if large_print else 11.0
    small = 12.5 if large_print else 9.0
    # At normal print the lines sit a little closer (1.2) so that 11 pt text keeps the worked
    # example's comparison on four Letter pages; large print keeps its roomier 1.3.
    spacing = 1.3 if large_print else 1.2

    def style(name: str, font: str, points: float, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=points, leading=round(points * spacing, 1),
            alignment=TA_LEFT, embeddedHyphenation=1, **kw,
        )

    return Styles(
        body=style("body", body_font, size, spaceAfter=size * 0.35),
        small=style("small", body_font, small),
        cell=style("cell", body_font, size),
        cell_head=style("cell_head", bold_font, size),
        title=style("title", bold_font, size * 1.6, spaceAfter=size * 0.5),
        h2=style("h2", bold_font, size * 1.3, spaceBefore=size * 0.9, spaceAfter=size * 0.4,
                 keepWithNext=1),
        h3=style("h3", bold_font, size * 1.08, spaceBefore=size * 0.6, spaceAfter=size * 0.3,
                 keepWithNext=1),
        note_head=style("note_head", body_font, small),
        footer_size=12.0 if large_print else 8.5,
    )


class _Paragraph(Paragraph):
    """A Paragraph that remembers its line breaks for a width.

    Tables ask each paragraph to wrap two or three times at the same width; the
    answer never changes, and breaking lines is most of the time a PDF takes.
    """

    _wrapped_for: float | None = None
    _wrapped: tuple[float, float] = (0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._wrapped_for != avail_width or "blPara" not in self.__dict__:
            self._wrapped = super().wrap(avail_width, avail_height)
            self._wrapped_for = avail_width
        else:
            self.width, self.height = self._wrapped[0], self._wrapped[1]
        return self._wrapped


def para(markup: str, style: ParagraphStyle, plain: str = "") -> Paragraph:
    """A Paragraph that wraps CJK text between any two characters, and Latin between words."""
    if has_cjk(plain or markup):
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    # A very long text: paragraphs of a few thousand characters (report/long_text.py).
    return long_text.long_paragraph(markup, style, _Paragraph)


def text(value: str | None, style: ParagraphStyle) -> Flowable:
    if value and is_right_to_left(value):
        if len(value) > long_text.CHUNK:
            inner = ParagraphStyle(f"{style.name}-piece", parent=style, spaceBefore=0,
                                   spaceAfter=0)
            return long_text.Paragraphs(
                [RtlParagraph(piece, inner) for piece in long_text.split_plain(value)], style)
        return RtlParagraph(value, style)
    return para(inline(value), style, value or "")


class RtlParagraph(Flowable):
    """A right-to-left paragraph (Hebrew, Arabic): broken into lines in reading order first, then
    each line put in drawing order and set flush right.

    Reordering a whole paragraph before reportlab breaks it would put its last words on the
    first line; breaking first keeps the lines in the order they are read.
    """

    def __init__(self, value: str, style: ParagraphStyle, lines: list[str] | None = None) -> None:
        super().__init__()
        self.value = value
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._fixed_lines = lines
        self._lines: list[Paragraph] = []
        self._logical: list[str] = []
        self._line_style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT,
                                          spaceBefore=0, spaceAfter=0)

    def _break(self, width: float) -> list[str]:
        font, size = self.style.fontName, self.style.fontSize
        space = stringWidth(" ", font, size)
        lines: list[str] = []
        for block in self.value.splitlines() or [""]:
            current: list[str] = []
            used = 0.0
            for word in block.split():
                w = stringWidth(word, font, size)
                if current and used + space + w > width:
                    lines.append(" ".join(current))
                    current, used = [], 0.0
                used += (space if current else 0.0) + w
                current.append(word)
            lines.append(" ".join(current))
        return lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._logical = self._fixed_lines or self._break(avail_width)
        self._lines = [para(rtl_line(line) or "&nbsp;", self._line_style, line)
                       for line in self._logical]
        self.width = avail_width
        self.height = sum(p.wrap(avail_width, avail_height)[1] for p in self._lines)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        used, count = 0.0, 0
        for p in self._lines:
            if used + p.height > avail_height:
                break
            used += p.height
            count += 1
        if count == 0 or count == len(self._lines):
            return []
        first = RtlParagraph(self.value, self.style, self._logical[:count])
        rest = RtlParagraph(self.value, self.style, self._logical[count:])
        first.spaceAfter = 0
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        y = self.height
        for p in self._lines:
            y -= p.height
            p.drawOn(self.canv, 0, y)


class Block(Flowable):
    """Flowables kept on one page (a question, its answers and the lines to write on).

    reportlab's KeepTogether copies the whole frame each time it measures; with many blocks
    that was a tenth of the PDF's time. A block taller than ``max_height`` flows apart instead.
    """

    def __init__(self, content: list[Flowable], max_height: float) -> None:
        super().__init__()
        self.content = content
        self.max_height = max_height
        self._sizes: list[tuple[float, float]] = []

    def _gap(self, index: int) -> float:
        if index == 0:
            return 0.0
        return max(self.content[index - 1].getSpaceAfter(), self.content[index].getSpaceBefore())

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._sizes = [f.wrap(avail_width, avail_height) for f in self.content]
        self.width = avail_width
        self.height = sum(h for _w, h in self._sizes) + sum(
            self._gap(i) for i in range(len(self.content))
        )
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return self.content[0].getSpaceBefore() if self.content else 0.0

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return self.content[-1].getSpaceAfter() if self.content else 0.0

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= self.max_height:
            return []  # start on the next page, where it fits whole
        # It could never fit on one page: let it flow. reportlab needs the first piece to fit.
        first, rest = self.content[0], list(self.content[1:])
        if self._sizes[0][1] <= avail_height:
            return [first, *rest]
        parts = first.split(avail_width, avail_height)
        return [*parts, *rest] if parts else []

    def draw(self) -> None:
        y = self.height
        for i, (f, (_w, h)) in enumerate(zip(self.content, self._sizes, strict=True)):
            y -= self._gap(i) + h
            f.drawOn(self.canv, 0, y)


class RuledLines(Flowable):
    """Lines to write an answer on, the width of the frame."""

    def __init__(self, count: int, spacing: float) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.spacing + 2

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        for i in range(self.count):
            y = (self.count - i - 1) * self.spacing + 1
            c.line(0, y, self.width, y)
        c.restoreState()


def long_date(value: str | None) -> str:
    """"2026-10-02" or an ISO timestamp → "2 October 2026"; unparseable text is kept as it is."""
    if not value:
        return ""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return i18n.long_date(parsed)


def _time_stamp(value: str | None) -> str:
    if not value:
        return ""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return f"{long_date(value)}, {parsed.strftime('%H:%M')}"


@dataclass(eq=False, repr=False)
class Context(FieldMethods):
    case: Case
    opinions: list[Opinion]
    comparisons: list[Comparison]
    styles: Styles
    width: float
    include_private: bool
    for_doctor: str | None
    prepared_on: date
    agreement: dict[str, list[list[str]]] = field(default_factory=dict)
    """Three opinions: groups of opinion ids that agree on "diagnosis" and on "plan"."""
    frame_height: float = 650.0
    """The height of the page's text area: a block taller than this may split."""
    split_rows: bool = False
    """Only when a row is taller than a page: splitting rows otherwise breaks short rows too."""
    include_decision: bool = False
    """The decision and what matters to the patient are printed only when the user asks."""
    include_insurance: bool = False
    """The insurance notes (reference and phone numbers) are printed only when the user asks."""

    @property
    def names(self) -> list[str]:
        return short_names([o.doctor for o in self.opinions])


def title_of(case: Case) -> str:
    return f"{_(TITLE_PREFIX)} — {case.title.strip() or _('Untitled case')}"


# The outline (bookmarks) a PDF reader shows: the title and each section, the parts of a
# section one level down, so a reader can jump to "Questions to ask".
_OUTLINE_LEVELS = {"title": 0, "h2": 0, "h3": 1}


def bookmark(canvas: object, flowable: object) -> None:
    """Called as each flowable is placed: a heading gets an outline entry for its page."""
    name = getattr(getattr(flowable, "style", None), "name", "")
    level = _OUTLINE_LEVELS.get(str(name).split("-")[0])
    if level is None:
        return
    words = getattr(flowable, "value", None)
    if words is None:
        words = flowable.getPlainText() if hasattr(flowable, "getPlainText") else ""
    words = " ".join(str(words).split())
    if not words:
        return
    key = f"section-{id(flowable)}"
    canvas.bookmarkPage(key)
    canvas.addOutlineEntry(words, key, level=level, closed=False)
    canvas.showOutline()


def build_story(ctx: Context) -> list[Flowable]:
    """The whole document. ``ctx.split_rows`` lets a table row run over a page break."""
    story: list[Flowable] = []
    story += _header(ctx)
    story += _summary(ctx)
    story += _table(ctx)
    story += decision_sections.option_grids(ctx)
    story += _questions(ctx)
    story += _evidence(ctx)
    story += _records(ctx)
    story += _medications(ctx)
    story += _insurance(ctx)
    story += _notes(ctx)
    story += _decision(ctx)
    return story


# --- header and summary -------------------------------------------------------------------------

def _header(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    case = ctx.case
    out: list[Flowable] = [text(title_of(case), s.title)]
    if ctx.for_doctor:
        out.append(text(fill(_("To discuss with {doctor}"), doctor=ctx.for_doctor), s.h3))
    prepared = i18n.long_date(ctx.prepared_on)
    if case.patient_name.strip():
        line = f"<b>{_('Prepared for:')}</b> {inline(case.patient_name)} · {prepared}"
    else:
        line = f"<b>{_('Prepared on')}</b> {prepared}"
    out.append(para(line, s.body, case.patient_name))

    head = [para(f"<b>{_('Doctor')}</b>", s.cell), para(f"<b>{_('Specialty')}</b>", s.cell),
            para(f"<b>{_('Seen on')}</b>", s.cell)]
    rows = [head]
    for o in ctx.opinions:
        who = inline(o.doctor)
        if o.label:
            who += f" <font size={s.small.fontSize}>({inline(o.label)})</font>"
        if o.physician.institution:
            who += f"<br/><font size={s.small.fontSize}>{inline(o.physician.institution)}</font>"
        plain = o.doctor + o.label + o.physician.institution
        rows.append([para(who, s.cell, plain), text(o.physician.specialty, s.cell),
                     text(long_date(o.visit_date) or "—", s.cell)])
    widths = [ctx.width * 0.5, ctx.width * 0.3, ctx.width * 0.2]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT",
                  splitInRow=int(ctx.split_rows))
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]))
    out.append(table)
    if case.concern.strip():
        out.append(Spacer(1, s.body.fontSize * 0.6))
        concern = _("The concern, in the patient's words:")
        out.append(para(f"<b>{concern}</b> {inline(case.concern)}", s.body, case.concern))
    return out


def _summary_lines(comp: Comparison, names: list[str], with_names: bool) -> list[str]:
    sm = comp.summary
    pair = fill(_("{a} and {b}"), a=inline(names[0]), b=inline(names[1]))
    who = f"<b>{pair}:</b> " if with_names else ""
    line = who + fill(
        _("Diagnosis: {diagnosis}. Plan: {plan}. {differ}, {agree}."),
        diagnosis=_word(_DIAGNOSIS_WORDS, sm.diagnosis), plan=_word(_PLAN_WORDS, sm.plan),
        differ=differ_words(sm.differ, sm.refined),
        agree=fill(ngettext("{n} agrees", "{n} agree", sm.agree), n=sm.agree))
    lines = [line]
    eng = comp.engine_summary
    if eng is not None and eng.to_json() != sm.to_json():
        lines.append(
            "<font size=-1>" + fill(
                _("These follow your own verdicts. The program on its own found: diagnosis "
                  "{diagnosis}, plan {plan}, {differ} differ, {agree} agree."),
                diagnosis=_word(_DIAGNOSIS_WORDS, eng.diagnosis),
                plan=_word(_PLAN_WORDS, eng.plan), differ=eng.differ, agree=eng.agree)
            + "</font>"
        )
    return lines


def _pair_names(ctx: Context, comp: Comparison) -> list[str]:
    ids = [o.id for o in ctx.opinions]
    names = ctx.names
    return [names[ids.index(comp.a_id)], names[ids.index(comp.b_id)]]


def _who_agrees(groups: list[list[str]], ctx: Context) -> str:
    """Who agrees with whom, by the doctors' short names, in the words ``secondop compare``
    and the window use ("Dr Hale and Dr Osei agree; Dr Tanaka differs")."""
    names = dict(zip([o.id for o in ctx.opinions], ctx.names, strict=True))
    named = [[names[i] for i in g if i in names] for g in groups]
    return agreement_words([g for g in named if g])


def _summary(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    three = len(ctx.opinions) == 3
    if not three:
        # Two doctors: the heading starts the one line of findings (a line of its own had
        # pushed the worked example onto a fifth page once the line said what is only detail)
        lines = [line for comp in ctx.comparisons
                 for line in _summary_lines(comp, _pair_names(ctx, comp), with_names=False)]
        lines[:1] = [f"<b>{_('Summary')}:</b> {line}" for line in lines[:1]]
        return [Spacer(1, s.body.fontSize * 0.6), _summary_box(ctx, [para(line, s.cell)
                                                                    for line in lines])]
    cells: list[Flowable] = [para(f"<b>{_('Summary')}</b>", s.cell)]
    # The same two lines as ``secondop compare`` prints for three doctors.
    for topic, heading in (("diagnosis", N_("Diagnosis")), ("plan", N_("Main plan"))):
        groups = ctx.agreement.get(topic)
        if groups:
            said = i18n.inside_sentence(_who_agrees(groups, ctx))  # after the heading's colon
            cells.append(para(f"<b>{_(heading)}:</b> {inline(said)}", s.cell))
    for comp in ctx.comparisons:
        for line in _summary_lines(comp, _pair_names(ctx, comp), with_names=True):
            cells.append(para(line, s.cell))
    return [Spacer(1, s.body.fontSize * 0.6), _summary_box(ctx, cells)]


def _summary_box(ctx: Context, cells: list[Flowable]) -> Table:
    box = Table([[cells]], colWidths=[ctx.width], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return box


# --- the side-by-side table ---------------------------------------------------------------------

def _legend(ctx: Context, table: bool = True) -> Paragraph:
    """Every mark the table uses, in words: the symbols, the shading, the left rule and the
    underlining (each tells its meaning without colour, so a grey print keeps it). Without a
    table (every point folded away), only the symbols, which the lines below still use."""
    symbols = _("= the same · ~ refined (one doctor is more specific) · ≠ differs · ◐ only one "
                "doctor said it · ? may be the same; (major) or (minor) says how much a "
                "difference matters.")
    if not table:
        return para("<b>" + _("How to read the marks:") + "</b> " + symbols, ctx.styles.small)
    rows = fill(_("A thick rule at the left edge marks every row where the doctors differ; such "
                  "rows are shaded, darker for ≠ differs, lighter for the others. {underlined} "
                  "are the words that differ."),
                underlined="<u><b>" + _("Underlined bold words") + "</b></u>")
    return para("<b>" + _("How to read the table:") + "</b> " + symbols + " " + rows,
                ctx.styles.small)


def _label_cell(row: Row, ctx: Context) -> list[Paragraph]:
    """The row's heading and its marks, as one-style paragraphs (much faster to lay out)."""
    s = ctx.styles
    out = [text(row.label, s.cell_head)]
    # Pairs with the same mark share one line ("≠ differs — all three doctors").
    groups: dict[tuple[str, str, str], list[str]] = {}
    for pm in row.marks:
        sev = pm.severity if pm.mark.symbol != "=" and pm.severity in ("major", "minor") else ""
        groups.setdefault((pm.mark.symbol, pm.mark.word, sev), []).append(pm.who)
    for (symbol, word, sev), whos in groups.items():
        whos = [w for w in whos if w]
        if len(whos) == 3:
            whos = [_("all three doctors")]
        out.append(text(f"{symbol} {word}" + (f" ({_(sev)})" if sev else ""), s.cell))
        for who in whos:
            # A name never breaks inside; a line may break beside the dash.
            out.append(text(" – ".join(n.replace(" ", "\u00a0") for n in who.split(" – ")),
                            s.small))
    return out


def doctor_cell(row: Row, col: int, ctx: Context) -> Paragraph:
    value = row.texts[col] if col < len(row.texts) else ""
    segs = row.segments[col] if col < len(row.segments) else []
    if segs and segments_match(segs, value):
        changed = sum(len(seg.text.strip()) for seg in segs if seg.changed)
        # Marks help only when they pick out a few words; a text marked all over reads worse.
        if 0 < changed <= MARKED_SHARE * len(value.strip()):
            return para(marked(segs), ctx.styles.cell, value)
    if not value.strip():
        return para("—", ctx.styles.cell)
    return text(value, ctx.styles.cell)


def table_rows(ctx: Context) -> list[Row]:
    names = ctx.names
    if len(ctx.opinions) == 2:
        return two_way_rows(ctx.comparisons[0], _pair_names(ctx, ctx.comparisons[0]))
    return three_way_rows(ctx.comparisons, [o.id for o in ctx.opinions], names)


def _table(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    n = len(ctx.opinions)
    # Wide enough for "recommendation" on one line in large print.
    label_w = ctx.width * (0.33 if ctx.styles.body.fontSize >= 14 else 0.24)
    doc_w = (ctx.width - label_w) / n
    header = [para("", s.cell)] + [text(o.doctor, s.cell_head) for o in ctx.opinions]
    data: list[list[object]] = [header]
    commands: list[tuple] = [
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
        ("GRID", (0, 1), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    rows = table_rows(ctx)
    for row in rows:
        r = len(data)
        data.append([_label_cell(row, ctx)] + [doctor_cell(row, i, ctx) for i in range(n)])
        fill = SHADES.get(row.shade)
        if fill is not None:
            commands.append(("BACKGROUND", (0, r), (-1, r), fill))
        if row.differs:
            # A heavier left edge marks a difference even where the shading does not print.
            commands.append(("LINEBEFORE", (0, r), (0, r), 3, colors.black))
        if row.review:
            data.append([[text(line, s.small) for line in row.review]] + [""] * n)
            commands.append(("SPAN", (0, r + 1), (-1, r + 1)))
            commands.append(("NOSPLIT", (0, r), (-1, r + 1)))  # the user's word stays with its row
            if fill is not None:
                commands.append(("BACKGROUND", (0, r + 1), (-1, r + 1), fill))
            commands.append(("LINEABOVE", (0, r + 1), (-1, r + 1), 0.2, GRID))
    table = Table(data, colWidths=[label_w] + [doc_w] * n, repeatRows=1, hAlign="LEFT",
                  splitInRow=int(ctx.split_rows))
    table.setStyle(TableStyle(commands))
    out: list[Flowable] = [
        CondPageBreak(s.body.fontSize * 16),  # heading, legend and a row or two together
        text(_("Side by side"), s.h2),
        _legend(ctx, table=bool(rows)),
        Spacer(1, s.body.fontSize * 0.4),
        # every point folded away (all said in other words): no table of names alone
        table if rows else text(_("Nothing needs a row of its own: what the doctors said is "
                                  "listed below."), s.cell),
    ]
    if len(ctx.opinions) == 2:
        comp = ctx.comparisons[0]
        names = _pair_names(ctx, comp)
        single = [p for p in comp.points if cited_by_one(p)]
        if single:
            out.append(Spacer(1, s.body.fontSize * 0.5))
            heading = para(f"<b>{_('Cited by one doctor only')}</b>", s.cell)
            for number, p in enumerate(single):
                who = names[0] if p.status == "only_a" else names[1]
                what = p.a if p.status == "only_a" else p.b
                where = _reference_of(ctx, p)
                more = f" ({inline(where)})" if where else ""
                item = para(f"◐ <b>{inline(who)}:</b> {inline(what)}{more}", s.cell,
                            who + what + where)
                # The heading never ends a page alone (seen in Spanish large print).
                out.append(KeepTogether([heading, item]) if number == 0 else item)
                if p.reason:
                    why = fill(_("Why they may differ: {reason}"),
                               reason=i18n.inside_sentence(p.reason))
                    out.append(text(why, s.small))
        agreed = [p for p in comp.points if folded_agreement(p) and p.topic != "answer"]
        if agreed:
            out.append(Spacer(1, s.body.fontSize * 0.4))
            listed = "; ".join(f"{label_of(p)} ({_brief(p.a)})" for p in agreed)
            out.append(para(f"<b>= {_('Also the same:')}</b> {inline(listed)}.", s.cell, listed))
        folded = reworded(comp)
        if folded:
            # each with both wordings, short: four times "Other recommendation" told the
            # reader nothing of which ones the doctors agree on
            listed = "; ".join(f"{label_of(p)} (“{_said(p.a)}” = “{_said(p.b)}”)"
                               for p in folded)
            out.append(Spacer(1, s.body.fontSize * 0.4))
            out.append(text(_("Said the same in other words:") + " " + listed + ".", s.small))
    return out


# --- questions ----------------------------------------------------------------------------------

PRINTED_QUESTIONS = 8


def _answer_mark(ctx: Context, question_id: str) -> str:
    """"≠ Their answers differ (minor)." for a question both doctors answered differently, "=
    The same answer in other words." for two answers that look apart and are not."""
    if len(ctx.opinions) != 2:
        return ""
    point = ctx.comparisons[0].point(f"answer:{question_id}")
    if point is not None and point.status == "same" and point.wording_only:
        # "About 6 weeks" and "Roughly a month and a half": said so, or they look apart
        return "= " + _("The same answer in other words.")
    if point is None or not point.differs:
        return ""
    names = _pair_names(ctx, ctx.comparisons[0])
    mark = mark_for(point, names[0], names[1])
    if point.status in ("only_a", "only_b"):
        who = names[0] if point.status == "only_a" else names[1]
        return f"{mark.symbol} " + fill(_("Answered by {doctor} only."), doctor=who)
    if point.status == "refined":  # "Yes" against "Type 2 diabetes": one says which
        return f"{mark.symbol} " + fill(_("One answer is more specific ({severity})."),
                                        severity=_(point.severity))
    return f"{mark.symbol} " + fill(_("Their answers differ ({severity})."),
                                    severity=_(point.severity))


def _questions(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    lines = s.body.leading * 1.6
    out: list[Flowable] = [CondPageBreak(s.body.fontSize * 10), text(_("Questions to ask"), s.h2)]
    number = 0
    for q in ctx.case.questions:
        if not q.text.strip():
            continue
        number += 1
        block: list[Flowable] = [para(f"<b>{number}.</b> {inline(q.text)}", s.body, q.text)]
        for o in ctx.opinions:
            answer = o.answer_to(q.id)
            if answer and answer.text.strip():
                block.append(para(f"<b>{inline(o.doctor)}:</b> {inline(answer.text)}",
                                  s.cell, o.doctor + answer.text))
        # The answers are compared here, not repeated as rows of the table (two doctors).
        found = _answer_mark(ctx, q.id)
        if found:
            block.append(text(found, s.small))
        # Room to write: two lines for a question no doctor has answered yet, one beside
        # answers already written down.
        block.append(RuledLines(1 if len(block) > 1 else 2, lines))
        block.append(Spacer(1, s.body.fontSize * 0.3))
        out.append(Block(block, ctx.frame_height))

    # The follow-up list's open items, one list per doctor to ask: at most the eight most
    # important, none repeating the patient's own questions; the rest stay in the app.
    own = [q.text for q in ctx.case.questions if q.text.strip()]
    put_to_a_doctor = frozenset(r.point for r in ctx.case.reviews
                                if getattr(r, "asked_to", None) and r.state in ("open", "asked"))
    suggested = ranked_questions([p for comp in ctx.comparisons for p in comp.points], own,
                                 covered=True, always=put_to_a_doctor)
    shown = [question for _rank, question in suggested[:PRINTED_QUESTIONS]]
    followed, number = decision_sections.followup_questions(ctx, number, only=shown)
    out += followed
    if len(suggested) > len(shown):
        rest = len(suggested) - len(shown)
        out.append(text(fill(ngettext("{n} more suggested question in the app's comparison.",
                                      "{n} more suggested questions in the app's comparison.",
                                      rest), n=rest), s.small))
    if number == 0:
        out.append(text(_("No questions written down yet."), s.body))
    return out


# --- evidence, records, medications -------------------------------------------------------------

def _evidence(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    if not any(o.evidence for o in ctx.opinions):
        return []
    if len(ctx.opinions) == 2:
        return _references(ctx)
    out: list[Flowable] = [CondPageBreak(s.body.fontSize * 8),
                           text(_("What each doctor relied on"), s.h2)]
    for o in ctx.opinions:
        out.append(text(fill(_("{doctor} cited"), doctor=o.doctor), s.h3))
        if not o.evidence:
            out.append(text(_("Nothing recorded."), s.body))
        for ev in o.evidence:
            details = ", ".join(x for x in (coded_word(EVIDENCE_WORDS, ev.kind), ev.source,
                                            ev.reference) if x)
            markup = f"• <b>{inline(ev.title)}</b>"
            if details:
                markup += f" ({inline(details)})"
            if ev.interpretation:
                markup += f" — {inline(ev.interpretation)}"
            out.append(para(markup, s.body, ev.title + details + ev.interpretation))
    return out


def _said(value: str) -> str:
    """What a doctor said, short, without the kind and role a recommendation's point adds
    after it ("See the heart doctor · referral" -> "See the heart doctor")."""
    return _brief(value.split(" · ")[0], 50)


def _brief(value: str, limit: int = 80) -> str:
    """A short form of a text for a one-line list (the whole text is in the app)."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _cited_item(ctx: Context, point: Point) -> tuple[Opinion, Evidence] | None:
    """The cited item a point "cited by one doctor only" is about (its text starts with the
    item's title)."""
    comp = ctx.comparisons[0]
    opinion = ctx.case.opinion(comp.a_id if point.status == "only_a" else comp.b_id)
    what = point.a if point.status == "only_a" else point.b
    if opinion is None:
        return None
    return next(((opinion, ev) for ev in opinion.evidence
                 if ev.title.strip() and what.startswith(ev.title.strip())), None)


def _reference_of(ctx: Context, point: Point) -> str:
    found = _cited_item(ctx, point)
    return found[1].reference.strip() if found else ""


def _references(ctx: Context) -> list[Flowable]:
    """Two doctors: every cited item, with how each read it, is already a row of the table or
    a line under it (which then says where to find it); only where to find the others is
    added here, so nothing is printed twice."""
    s = ctx.styles
    cited = [_cited_item(ctx, p) for p in ctx.comparisons[0].points if cited_by_one(p)]
    listed = {id(found[1]) for found in cited if found is not None}
    found = [(o, ev) for o in ctx.opinions for ev in o.evidence
             if ev.reference.strip() and id(ev) not in listed]
    if not found:
        return []
    parts = [f"<b>{inline(ev.title)}</b> ({inline(o.doctor)}): {inline(ev.reference)}"
             for o, ev in found]
    plain = "".join(ev.title + o.doctor + ev.reference for o, ev in found)
    return [Spacer(1, s.body.fontSize * 0.6),
            para(f"<b>{_('Where to find what they cited:')}</b> " + " · ".join(parts), s.small,
                 plain)]


def _simple_table(rows: list[list[object]], widths: list[float], split: bool) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=int(split))
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _records(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    records = ctx.case.records
    if not records:
        return []
    n = len(ctx.opinions)
    names = ctx.names
    head = [para(f"<b>{_('Record')}</b>", s.cell), para(f"<b>{_('Status')}</b>", s.cell)] + [
        para(f"<b>{inline(name)}</b>", s.cell, name) for name in names
    ]
    rows: list[list[object]] = [head]
    for rec in records:
        title = f"{inline(rec.title or coded_word(RECORD_KIND_WORDS, rec.kind))}"
        if rec.notes:
            title += f"<br/><font size={s.small.fontSize}>{inline(rec.notes)}</font>"
        cells: list[object] = [para(title, s.cell, rec.title + rec.notes),
                               text(coded_word(RECORD_STATUS_WORDS, rec.status), s.cell)]
        for o in ctx.opinions:
            cells.append(text(_("✓ seen") if o.id in rec.shared_with else _("– not seen"), s.cell))
        rows.append(cells)
    first = ctx.width * (0.44 if n == 2 else 0.38)
    # Wide enough for the longest status word on one line ("Compartido" in large print would
    # otherwise break inside the word), the padding of both sides included.
    said = [coded_word(RECORD_STATUS_WORDS, r.status) for r in records] + [_("Status")]
    status = max(ctx.width * 0.14, max(
        stringWidth(w, s.cell.fontName, s.cell.fontSize) for w in said) + 8)
    rest = (ctx.width - first - status) / n
    return [CondPageBreak(s.body.fontSize * 8),
            text(_("Records, and which doctors have seen them"), s.h2),
            _simple_table(rows, [first, status] + [rest] * n, ctx.split_rows)]


def _medications(ctx: Context) -> list[Flowable]:
    table = medicines_table(ctx.case, ctx.styles, ctx.width, ctx.split_rows)
    if table is None:
        return []
    s = ctx.styles
    return [CondPageBreak(s.body.fontSize * 8), text(_("Medicines"), s.h2), table]


def medicines_table(case: Case, s: Styles, width: float, split: bool) -> Flowable | None:
    """The case's medicines as a table (also the printable list of ``report/medicines``)."""
    meds = case.medications
    if not meds:
        return None
    by_id = {o.id: o.doctor for o in case.opinions}
    head = [para(f"<b>{h}</b>", s.cell)
            for h in (_("Medicine"), _("Dose"), _("When"), _("Prescribed by"))]
    rows: list[list[object]] = [head]
    for m in meds:
        when = m.schedule
        dates = []
        if m.started:
            dates.append(fill(_("since {day}"), day=long_date(m.started)))
        if m.stopped:
            dates.append(fill(_("stopped {day}"), day=long_date(m.stopped)))
        name = inline(m.name)
        small = ([inline(fill(_("for {reason}"), reason=m.reason.strip()))] if m.reason.strip()
                 else [])
        if m.notes:
            small.append(inline(m.notes))
        if small:
            name += f"<br/><font size={s.small.fontSize}>{'<br/>'.join(small)}</font>"
        when_markup = inline(when)
        if dates:
            when_markup += ("<br/>" if when else "") + \
                f"<font size={s.small.fontSize}>{inline(', '.join(dates))}</font>"
        dose = dose_with_unit(m.dose, m.unit)
        rows.append([
            para(name, s.cell, m.name + m.reason + m.notes),
            text(dose or "—", s.cell),
            para(when_markup or "—", s.cell, when),
            text(by_id.get(m.prescribed_by or "") or m.prescriber.strip() or "—", s.cell),
        ])
    w = width
    return _simple_table(rows, [w * 0.34, w * 0.14, w * 0.30, w * 0.22], split)


def _insurance(ctx: Context) -> list[Flowable]:
    insurance = ctx.case.insurance
    if not ctx.include_insurance or insurance is None or insurance.is_empty():
        return []
    s = ctx.styles

    def answer(value: bool | None) -> str:
        return _("not known yet") if value is None else (_("yes") if value else _("no"))

    lines = [
        f"<b>{_('Covered:')}</b> {answer(insurance.covered)}",
        "<b>" + _("Doctor in the plan's network:") + f"</b> {answer(insurance.in_network)}",
        f"<b>{_('Approval needed first:')}</b> {answer(insurance.pre_approval)}",
    ]
    out: list[Flowable] = [CondPageBreak(s.body.fontSize * 6), text(_("Insurance"), s.h2)]
    out += [para(line, s.body) for line in lines]
    for label, value in ((_("Reference numbers"), insurance.reference_numbers),
                         (_("Phone numbers"), insurance.phone_numbers),
                         (_("Notes"), insurance.notes)):
        if value.strip():
            out.append(para(f"<b>{label}:</b> {inline(value.strip())}", s.body, value))
    return out


# --- notes and decision -------------------------------------------------------------------------

def _notes(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    notes = [n for n in ctx.case.notes if n.text.strip() and (ctx.include_private or not n.private)]
    if not notes:
        return []
    notes.sort(key=lambda n: n.taken_at or "")
    by_id = {o.id: o.doctor for o in ctx.case.opinions}
    out: list[Flowable] = [CondPageBreak(s.body.fontSize * 6),
                           text(_("Notes from the consultations"), s.h2)]
    for note in notes:
        bits = [x for x in (_time_stamp(note.taken_at), note.author) if x]
        if note.opinion_id and note.opinion_id in by_id:
            bits.append(fill(_("about {doctor}"), doctor=by_id[note.opinion_id]))
        if note.private:
            bits.append(_("private"))
        if note.tags:
            bits.append(_("tags:") + " " + ", ".join(note.tags))
        # Two one-style paragraphs, not one with a size change: reportlab breaks plain
        # paragraphs into lines several times faster, and a case may hold hundreds of notes.
        # A Block, not keepWithNext: reportlab wraps keepWithNext in KeepTogether, which copies
        # the frame per note.
        out.append(Block([text(" · ".join(bits), s.note_head), text(note.text, s.body)],
                         ctx.frame_height))
    return out


def _decision(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    d = ctx.case.decision
    if not ctx.include_decision or d is None or not (
            d.chosen.strip() or d.reasons.strip() or d.values or d.based_on):
        return []
    by_id = {o.id: o.doctor for o in ctx.case.opinions}
    out: list[Flowable] = [CondPageBreak(s.body.fontSize * 10),
                           text(_("The decision so far"), s.h2)]
    if d.chosen.strip():
        out.append(para(f"<b>{_('Chosen plan:')}</b> {inline(d.chosen)}", s.body, d.chosen))
    if d.based_on:
        who = ", ".join(by_id.get(i, _("an opinion no longer in the case")) for i in d.based_on)
        out.append(para(f"<b>{_('Based on the opinion of:')}</b> {inline(who)}", s.body, who))
    if d.decided_on:
        out.append(para(f"<b>{_('Decided on:')}</b> {inline(long_date(d.decided_on))}", s.body))
    if d.reasons.strip():
        out.append(para(f"<b>{_('Why:')}</b> {inline(d.reasons)}", s.body, d.reasons))
    if d.values:
        rows: list[list[object]] = [[para(f"<b>{_('What matters to me')}</b>", s.cell),
                                     para(f"<b>{_('How much')}</b>", s.cell)]]
        for v in d.values:
            level = max(0, min(5, int(v.importance)))
            dots = "●" * level + "○" * (5 - level)
            how_much = f"{dots} " + fill(_("{level} of 5"), level=level)
            rows.append([text(v.factor, s.cell), text(how_much, s.cell)])
        out.append(_simple_table(rows, [ctx.width * 0.62, ctx.width * 0.38], ctx.split_rows))
    out += decision_sections.what_favours(ctx)
    if d.with_whom.strip():
        out.append(para(f"<b>{_('Deciding with:')}</b> {inline(d.with_whom)}", s.body, d.with_whom))
    sure = d.sure
    out.append(text(_("Certainty check"), s.h3))
    for attr, sentence in _SURE_QUESTIONS:
        answer = _("✓ yes") if getattr(sure, attr) else _("✗ not yet")
        out.append(para(f"{inline(_(sentence))} <b>{answer}</b>", s.body))
    return out
