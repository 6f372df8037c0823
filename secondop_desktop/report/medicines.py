# SPDX-License-Identifier: GPL-3.0-or-later
"""The printable list of a case's medicines: one page to take to a consultation or to leave
with a family member. The same table as in the comparison PDF, with a plain heading."""

from __future__ import annotations

import io
from datetime import date
from functools import partial

# Behind the PDF seam (docs/internals.md): the window imports this module on printing the list.
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from secondop_desktop import APP_NAME, __version__
from secondop_desktop.domain.model import Case
from secondop_desktop.i18n import _, current_language, fill, long_date
from secondop_desktop.report import document
from secondop_desktop.report.fonts import FontMissingError
from secondop_desktop.report.markup import inline
from secondop_desktop.report.options import PAPER_SIZES, PdfExportError, PdfOptions, resolve_paper
from secondop_desktop.report.pdf import _numbered_canvas


def render_medicines_pdf(case: Case, paper: str | None = None, large_print: bool = False,
                         prepared_on: date | None = None) -> bytes:
    """The list as PDF bytes; ``PdfExportError`` (in plain words) when it cannot be made."""
    if not case.medications:
        raise PdfExportError(_("This case has no medicines yet; add them on the Medicines tab."))
    paper = resolve_paper(PdfOptions(paper=paper))
    try:
        styles = document.make_styles(large_print)
    except FontMissingError as exc:
        raise PdfExportError(fill(_("{problem} Reinstall SecondOp to restore its fonts."),
                                  problem=exc)) from exc
    margin = (20 if large_print else 18) * mm
    pagesize = PAPER_SIZES[paper]
    width = pagesize[0] - 2 * margin
    day = prepared_on or date.today()
    who = case.patient_name.strip()
    story = [document.text(_("Medicines"), styles.title)]
    line = inline(long_date(day))
    if who:
        line = f"<b>{inline(_('For:'))}</b> {inline(who)} · {line}"
    story.append(document.para(line, styles.body, who))
    if case.title.strip():
        story.append(document.text(case.title.strip(), styles.body))

    def build(split: bool) -> bytes:
        table = document.medicines_table(case, styles, width, split)
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
            bottomMargin=margin + styles.footer_size * 2.5, lang=current_language(),
            title=fill(_("Medicines — {name}"), name=who or case.title.strip()), author=who,
            creator=f"{APP_NAME} {__version__}",
        )
        canvas = _numbered_canvas(document.FOOTER_NOTE, styles.body.fontName,
                                  styles.footer_size, margin)
        doc.build([*story, table], canvasmaker=partial(canvas))
        return buffer.getvalue()

    try:
        try:
            return build(split=False)
        except Exception:  # a row taller than a page: let rows split
            return build(split=True)
    except Exception as exc:  # reportlab reports layout trouble with many exception types
        raise PdfExportError(fill(_("The list could not be laid out: {problem}"),
                                  problem=exc)) from exc
