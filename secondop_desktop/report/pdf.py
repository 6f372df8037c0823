# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison PDF: "Comparison of medical opinions — <case>", to take to a doctor.

``export_comparison_pdf`` writes it safely (a temporary file in the target folder, renamed into
place); ``render_comparison_pdf`` returns its bytes. reportlab is imported only when a PDF is made.
The differences drawn are the engine's (``domain.compare``); nothing here compares two texts.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path

from secondop_desktop import APP_NAME, __version__, i18n
from secondop_desktop.domain.comparison import Comparison, ThreeWay
from secondop_desktop.domain.model import Case, Opinion
from secondop_desktop.i18n import _, fill
from secondop_desktop.report.options import (
    PAPER_SIZES,
    PdfExportError,
    PdfOptions,
    default_paper,
    resolve_paper,
)

__all__ = [
    "PdfExportError",
    "PdfOptions",
    "default_paper",
    "export_comparison_pdf",
    "render_comparison_pdf",
    "selected_opinions",
]

Progress = Callable[[int, int], None]


def selected_opinions(case: Case, options: PdfOptions) -> list[Opinion]:
    """The opinions the options name, in column order; PdfExportError when that cannot be."""
    if len(case.opinions) < 2:
        raise PdfExportError(
            _("This case has no opinion. A comparison needs at least two: add the doctors' "
              "opinions first.") if not case.opinions else
            _("This case has only one doctor's opinion. A comparison needs at least two: add the "
              "other doctor's opinion first."))
    ids = list(options.opinion_ids) if options.opinion_ids else [o.id for o in case.opinions[:2]]
    if len(ids) not in (2, 3):
        raise PdfExportError(fill(
            _("A comparison shows two or three doctors side by side, not {count}: choose two or "
              "three opinions."), count=len(ids)))
    if len(set(ids)) != len(ids):
        raise PdfExportError(_("The same opinion was chosen twice: choose different doctors."))
    chosen: list[Opinion] = []
    for opinion_id in ids:
        opinion = case.opinion(opinion_id)
        if opinion is None:
            raise PdfExportError(fill(
                _("There is no opinion with id {id} in this case: choose one of {ids}."),
                id=repr(opinion_id), ids=", ".join(o.id for o in case.opinions)))
        chosen.append(opinion)
    return chosen


def _engine_comparisons(case: Case, ids: list[str]) -> list[Comparison] | ThreeWay:
    from secondop_desktop.domain import compare as engine  # the one place differences are found

    if len(ids) == 2:
        return [engine.compare_opinions(case, ids[0], ids[1])]
    return engine.compare_three(case, ids)


def _check_comparisons(comparisons: Sequence[Comparison], ids: list[str]) -> list[Comparison]:
    wanted = len(ids) * (len(ids) - 1) // 2
    usable = [c for c in comparisons if c.a_id in ids and c.b_id in ids and c.a_id != c.b_id]
    if len(usable) != wanted:
        raise PdfExportError(
            _("The comparison given does not match the chosen opinions; compare them again."))
    return usable


def _numbered_canvas(footer_note: str, font: str, size: float, margin: float):
    """A canvas class that waits for the last page, then writes "Page X of Y" on every page."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._page_marks: list[tuple[str, dict]] = []

        def bookmarkPage(self, key: str, **kw: object) -> None:  # noqa: N802 (reportlab's name)
            # A page is numbered only when it is really shown (in save): its bookmarks wait too.
            self._page_marks.append((key, kw))

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._page_marks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                for key, kw in state["_page_marks"]:
                    canvas.Canvas.bookmarkPage(self, key, **kw)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            number = fill(_("Page {page} of {total}"), page=self._pageNumber, total=total)
            line = f"{number} · {_(footer_note)}"
            self.saveState()
            self.setFont(font, size)
            self.setFillGray(0.15)
            y = margin * 0.45
            if stringWidth(line, font, size) <= width - 2 * margin:
                self.drawCentredString(width / 2, y, line)
            else:  # large print: the note on its own line under the page number
                self.drawCentredString(width / 2, y + size * 1.25, number)
                self.drawCentredString(width / 2, y, _(footer_note))
            self.restoreState()

    return NumberedCanvas


def _forward_only(progress: Progress) -> Progress:
    """Progress that never goes back (a second layout pass starts counting again)."""
    best = [0.0]

    def report(done: int, total: int) -> None:
        fraction = done / total if total else 0.0
        if fraction >= best[0]:
            best[0] = fraction
            progress(done, total)

    return report


def render_comparison_pdf(
    case: Case,
    options: PdfOptions,
    progress: Progress | None = None,
    *,
    comparisons: Sequence[Comparison] | ThreeWay | None = None,
    prepared_on: date | None = None,
) -> bytes:
    """The PDF as bytes. ``comparisons`` lets a caller that already compared pass its result
    (the pairwise comparisons, or the engine's ThreeWay for three opinions). The words are those
    of ``options.language`` (the language in force when None)."""
    if options.language and options.language != i18n.current_language():
        comparisons = None  # the caller's were worded in its own language
    with i18n.using(options.language):
        return _render(case, options, progress, comparisons=comparisons, prepared_on=prepared_on)


def _render(
    case: Case,
    options: PdfOptions,
    progress: Progress | None,
    *,
    comparisons: Sequence[Comparison] | ThreeWay | None,
    prepared_on: date | None,
) -> bytes:
    opinions = selected_opinions(case, options)
    paper = resolve_paper(options)
    ids = [o.id for o in opinions]
    if progress is not None:
        progress = _forward_only(progress)
        progress(0, 1)
    if comparisons is None:
        comparisons = _engine_comparisons(case, ids)
    agreement: dict[str, list[list[str]]] = {}
    if isinstance(comparisons, ThreeWay):
        agreement = {"diagnosis": comparisons.diagnosis_agreement,
                     "plan": comparisons.plan_agreement}
        comparisons = comparisons.pairs
    usable = _check_comparisons(comparisons, ids)

    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus.doctemplate import LayoutError

    from secondop_desktop.report import document
    from secondop_desktop.report.fonts import FontMissingError

    try:
        styles = document.make_styles(options.large_print)
    except FontMissingError as exc:
        raise PdfExportError(fill(_("{problem} Reinstall SecondOp to restore its fonts."),
                                  problem=exc)) from exc
    # 15 mm still leaves every office printer its unprintable edge, and with the grid the
    # worked example's whole PDF stays on four Letter pages at 11 pt.
    margin = (20 if options.large_print else 15) * mm
    pagesize = PAPER_SIZES[paper]
    width = pagesize[0] - 2 * margin
    ctx = document.Context(
        case=case, opinions=opinions, comparisons=usable, styles=styles, width=width,
        include_private=options.include_private, for_doctor=options.for_doctor,
        include_decision=options.include_decision,
        include_insurance=options.include_insurance,
        prepared_on=prepared_on or date.today(),
        frame_height=pagesize[1] - 2 * margin - styles.footer_size * 2.5 - 12,
        agreement=agreement,
    )
    canvas_class = _numbered_canvas(
        document.FOOTER_NOTE, styles.body.fontName, styles.footer_size, margin
    )
    names = _(" and ").join(o.doctor for o in opinions)
    meta = {
        "title": document.title_of(case),
        "subject": fill(_("The opinions of {names}, side by side"), names=names),
        "author": case.patient_name.strip(),
        "creator": f"{APP_NAME} {__version__}",
    }

    def build(split_rows: bool) -> bytes:
        ctx.split_rows = split_rows
        story = document.build_story(ctx)
        total = len(story) + 2
        done = [1]
        if progress:
            progress(1, total)

        class _Doc(SimpleDocTemplate):
            def afterFlowable(self, flowable: object) -> None:  # noqa: N802 (reportlab's name)
                document.bookmark(self.canv, flowable)
                done[0] += 1
                if progress:
                    progress(min(done[0], total - 1), total)

        buffer = io.BytesIO()
        doc = _Doc(
            buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
            bottomMargin=margin + styles.footer_size * 2.5, lang="en", **meta,
        )
        doc.build(story, canvasmaker=partial(canvas_class))
        if progress:
            progress(total, total)
        return buffer.getvalue()

    try:
        try:
            return build(split_rows=False)
        except LayoutError:
            pass
        try:
            # A row taller than a page: let rows split (short rows may then split too).
            return build(split_rows=True)
        except LayoutError:
            # reportlab can fail to split a paragraph across pages at an embedded hyphen
            # ("non-arthroplasty"); plain word breaks always split.
            document.without_embedded_hyphenation(styles)
            return build(split_rows=True)
    except Exception as exc:  # reportlab reports layout trouble with many exception types
        raise PdfExportError(fill(_("The PDF could not be laid out: {problem}"),
                                  problem=exc)) from exc


def export_comparison_pdf(
    case: Case,
    path: Path,
    options: PdfOptions,
    progress: Progress | None = None,
    *,
    comparisons: Sequence[Comparison] | ThreeWay | None = None,
) -> None:
    """Write the comparison PDF to ``path``; an existing file is replaced only on success."""
    path = Path(path)
    data = render_comparison_pdf(case, options, progress, comparisons=comparisons)
    write_atomically(path, data)


def write_atomically(path: Path, data: bytes) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise PdfExportError(fill(
            _("The folder {folder} does not exist: choose another place to save."),
            folder=folder))
    if path.is_dir():
        raise PdfExportError(fill(_("{path} is a folder: choose a file name ending in .pdf."),
                                  path=path))
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem[:40]}.", suffix=".pdf.tmp",
                                        dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # A replaced file keeps its permissions; a new one stays private to the user (0600),
            # as it holds health details.
            os.chmod(tmp_name, stat.S_IMODE(path.stat().st_mode))
        os.replace(tmp_name, path)
        tmp_name = ""
    except PermissionError as exc:
        raise PdfExportError(fill(
            _("SecondOp may not write in the folder {folder}: choose another folder (for example "
              "Documents)."), folder=folder)) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PdfExportError(fill(_("The PDF could not be saved to {path}: {reason}."),
                                  path=path, reason=reason)) from exc
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
