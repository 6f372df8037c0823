# SPDX-License-Identifier: GPL-3.0-or-later
"""How one cell of the compare table is drawn: the mark (symbol, word and colour, then the
severity, the user's own view and why the doctors may differ), or a doctor's text headed by the
point's label, with the words that differ tinted and underlined.

Texts are laid out with ``QTextLayout`` line by line, and a long text only as far as its first
few lines until the user asks for all of it ("Show all" under it, or in the review panel), so no
row costs more than a few milliseconds whatever the doctors wrote. Layouts are kept by their
content, width and font: the table asks for sizes many times a pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from secondop_desktop.ui import theme, unreadable
from secondop_desktop.ui.compare_model import COL_MARK, Role
from secondop_desktop.ui.compare_style import (
    CompareColours,
    colours_from,
    joined_segments,
    severity_word,
    status_colour,
)

PAD_X = 10
PAD_Y = 8
FOLD_LINES = 5
"""A doctor's text shows this many lines until the user asks for all of it."""
FOLD_CHARS = 1500
"""Text past this is not even laid out while folded (five lines never hold more)."""
REASON_LINES = 3
_LINE_BREAK = "\u2028"
_CACHE_LIMIT = 3000

Index = QModelIndex | QPersistentModelIndex


@dataclass
class CellLayout:
    layout: QTextLayout
    text_height: float
    folded: bool
    """Some of the text is not shown (the "Show all" link is drawn under it)."""
    can_fold: bool
    """The text is shown in full and is long enough to fold again ("Show less")."""
    link_height: float
    differs: bool = False
    """The row counts as a difference (its cells are tinted)."""
    extra: QTextLayout | None = None
    """A second block under the first (the mark's "why they may differ"), at ``extra_y``."""
    extra_y: float = 0.0

    @property
    def height(self) -> int:
        return int(self.text_height + self.link_height + 0.999) + 2 * PAD_Y


_FORMATS: dict[tuple[object, ...], QTextCharFormat] = {}


def _fmt(colour: str | None = None, *, bold: bool = False, italic: bool = False,
         background: str | None = None, underline: bool = False) -> QTextCharFormat:
    key = (colour, bold, italic, background, underline)
    found = _FORMATS.get(key)
    if found is None:
        found = _FORMATS[key] = _new_fmt(colour, bold, italic, background, underline)
    return found


def _new_fmt(colour: str | None, bold: bool, italic: bool, background: str | None,
             underline: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if colour:
        fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if background:
        fmt.setBackground(QColor(background))
    if underline:
        fmt.setFontUnderline(True)
    return fmt


def _range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    found = QTextLayout.FormatRange()
    found.start, found.length, found.format = start, length, fmt
    return found


class _Builder:
    """A text of runs, each with its own format, joined into one layout."""

    def __init__(self) -> None:
        self.text = ""
        self.ranges: list[QTextLayout.FormatRange] = []

    def add(self, run: str, fmt: QTextCharFormat | None = None) -> None:
        run = run.replace("\r\n", _LINE_BREAK).replace("\n", _LINE_BREAK)
        if fmt is not None and run:
            self.ranges.append(_range(len(self.text), len(run), fmt))
        self.text += run

    def line(self) -> None:
        if self.text:
            self.text += _LINE_BREAK


def _lay_out(builder: _Builder, font: QFont, width: float,
             max_lines: int | None) -> tuple[QTextLayout, float, bool]:
    """Lines of at most ``width``; stops after ``max_lines`` (True then if text is left)."""
    layout = QTextLayout(builder.text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setFormats(builder.ranges)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    y = 0.0
    lines = 0
    cut = False
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1.0))
        line.setPosition(QPointF(0, y))
        y += line.height()
        lines += 1
        if max_lines is not None and lines >= max_lines:
            cut = line.textStart() + line.textLength() < len(builder.text)
            break
    layout.endLayout()
    return layout, y, cut


class CompareDelegate(QStyledItemDelegate):
    """Draws the compare table's cells; ``toggle(index)`` is called when the user clicks a
    cell's "Show all" / "Show less"."""

    def __init__(self, toggle: Callable[[Index], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._toggle = toggle
        self._cache: dict[tuple[object, ...], CellLayout] = {}
        self.colours: CompareColours | None = None

    def accent(self) -> str:
        """The colour of the current row's outline."""
        return (self.colours or colours_from(theme.current())).accent

    # -- laying a cell out -------------------------------------------------------------------

    def cell(self, index: Index, font: QFont, width: int) -> CellLayout:
        """The layout of ``index`` at a column ``width`` (kept for the next ask)."""
        content: tuple[object, ...] = index.data(Role.CELL) or (
            "mark", (), "", False, (), "", "")
        colours = self.colours or colours_from(theme.current())
        key = (content, max(width - 2 * PAD_X, 8), font.key(), colours)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            found = self._cache[key] = self._make(content, font, key[1], colours)
            found.differs = bool(content[3] if content[0] == "mark" else content[4])
        return found

    def _make(self, content: tuple[object, ...], font: QFont, width: float,
              colours: CompareColours) -> CellLayout:
        builder = _Builder()
        if content[0] == "mark":
            _kind, marks, severity, differs, verdicts, reason, detail = content
            for symbol, word, status in marks:  # type: ignore[attr-defined]
                builder.line()
                builder.add(f"{symbol} {word}", _fmt(status_colour(colours, status), bold=True))
            sev = severity_word(str(severity)) if differs else ""
            if sev:
                builder.line()
                builder.add(sev, _fmt(colours.muted))
            if detail:
                builder.line()
                builder.add(str(detail), _fmt(colours.text))
            for line in verdicts:  # type: ignore[attr-defined]
                builder.line()
                builder.add(str(line), _fmt(colours.text, italic=True))
            layout, height, _cut = _lay_out(builder, font, width, None)
            found = CellLayout(layout, height, False, False, 0.0)
            if reason:
                # Why they may differ: three lines at most here (the narrow column makes a long
                # sentence tall at large text); the review panel and the tooltip say it whole.
                text = str(reason)
                why = _Builder()
                why.add(text, _fmt(colours.muted, italic=True))
                extra, extra_height, cut = _lay_out(why, font, width, REASON_LINES)
                if cut:
                    last = extra.lineAt(extra.lineCount() - 1)
                    end = last.textStart() + last.textLength()
                    for _ in range(6):  # a word shorter each time until "…" fits
                        end = max(text.rfind(" ", 0, end), 0)
                        why = _Builder()
                        why.add(text[:end].rstrip() + "…", _fmt(colours.muted, italic=True))
                        extra, extra_height, cut = _lay_out(why, font, width, REASON_LINES)
                        if not cut or end == 0:
                            break
                found.extra, found.extra_y = extra, height
                found.text_height = height + extra_height
            return found

        _kind, label, text, present, differs, segments, expanded, missing = content
        builder.add(str(label), _fmt(colours.text, bold=True))
        builder.line()
        if not present:
            builder.add(str(missing), _fmt(colours.muted, italic=True))
        elif not str(text).strip():
            builder.add(self.tr("(empty)"), _fmt(colours.muted, italic=True))
        else:
            body = str(text)
            runs = joined_segments(body, [_Seg(t, c) for t, c in segments]  # type: ignore[attr-defined]
                                   if differs else [])
            budget = None if expanded else FOLD_CHARS
            for run, changed in runs:
                if budget is not None:
                    if budget <= 0:
                        break
                    run = run[:budget]
                    budget -= len(run)
                if changed and run.strip():
                    core = run.strip()
                    lead = run[: len(run) - len(run.lstrip())]
                    trail = run[len(run.rstrip()):]
                    builder.add(lead)
                    builder.add(core, _fmt(colours.text, background=colours.word_tint,
                                           underline=True))
                    builder.add(trail)
                else:
                    builder.add(run)
        max_lines = None if expanded else FOLD_LINES + 1 + str(label).count("\n")
        layout, height, cut = _lay_out(builder, font, width, max_lines)
        folded = cut or (not expanded and len(str(text)) > FOLD_CHARS)
        can_fold = False
        if expanded:
            # Long enough to fold again? Only if it is longer than the folded form.
            lines = layout.lineCount()
            can_fold = lines > FOLD_LINES + 1
        link = QFontMetricsF(font).lineSpacing() + 4 if (folded or can_fold) else 0.0
        return CellLayout(layout, height, folded, can_fold, link)

    # -- Qt's delegate interface -------------------------------------------------------------

    @unreadable.guarded("the comparison's rows", QStyledItemDelegate.sizeHint)
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = option.rect.width()  # type: ignore[attr-defined]
        if width <= 0:
            view = self.parent()
            width = view.columnWidth(index.column()) if hasattr(view, "columnWidth") else 200
        found = self.cell(index, option.font, width)  # type: ignore[attr-defined]
        return QSize(width, found.height)

    @unreadable.guarded("the comparison's rows", QStyledItemDelegate.paint)
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        colours = self.colours or colours_from(theme.current())
        found = self.cell(index, option.font, rect.width())  # type: ignore[attr-defined]
        painter.save()
        if found.differs:
            # A brush and a rectangle rather than fillRect: PySide made QGradient's enums to
            # weigh fillRect's overloads (~5 ms) on the first row painted.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.diff_tint))
            painter.drawRect(rect)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        # A thin line under each row keeps the points apart where no tint does.
        painter.setPen(QColor(colours.muted).lighter(170) if QColor(colours.base).lightness()
                       > 128 else QColor(colours.muted).darker(200))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setClipRect(rect)
        painter.setPen(QColor(colours.text))
        origin = QPointF(rect.left() + PAD_X, rect.top() + PAD_Y)
        found.layout.draw(painter, origin)
        if found.extra is not None:
            found.extra.draw(painter, QPointF(origin.x(), origin.y() + found.extra_y))
        if found.folded or found.can_fold:
            font = QFont(option.font)  # type: ignore[attr-defined]
            font.setUnderline(True)
            painter.setFont(font)
            painter.setPen(QColor(colours.accent))
            metrics = QFontMetricsF(font)
            y = origin.y() + found.text_height + 4 + metrics.ascent()
            painter.drawText(QPointF(origin.x(), y), self.link_text(found))
        painter.restore()

    def link_text(self, found: CellLayout) -> str:
        return self.tr("▾ Show all") if found.folded else self.tr("▴ Show less")

    @unreadable.guarded("the comparison's rows", unreadable.refuse)
    def editorEvent(self, event: QEvent, model: object, option: QStyleOptionViewItem,
                    index: Index) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton \
                and index.column() != COL_MARK:
            rect: QRect = option.rect  # type: ignore[attr-defined]
            found = self.cell(index, option.font, rect.width())  # type: ignore[attr-defined]
            if found.folded or found.can_fold:
                top = rect.top() + PAD_Y + found.text_height
                y = event.position().y()
                if top <= y <= top + found.link_height + PAD_Y:
                    self._toggle(index)
                    return True
        return super().editorEvent(event, model, option, index)  # type: ignore[arg-type]

    def folds(self, index: Index, font: QFont, width: int) -> tuple[bool, bool]:
        """(folded, can fold again) for a doctor's cell at ``width``."""
        found = self.cell(index, font, width)
        return found.folded, found.can_fold


@dataclass
class _Seg:
    text: str
    changed: bool = False
