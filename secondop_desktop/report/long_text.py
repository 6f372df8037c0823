# SPDX-License-Identifier: GPL-3.0-or-later
"""Long texts in the PDF: a note of a million characters prints in seconds, not never.

reportlab lays a paragraph out whole each time a page asks what fits, and splitting it at a page
makes a new paragraph of the rest, laid out whole again: one enormous paragraph costs time that
grows with the square of its length (a 1 MB note had not finished after 20 s). The choice made
here (issue 18): nothing is cut. A text longer than ``CHUNK`` characters of markup is split into
paragraphs of at most that many, at a line break where there is one, else between words (and
inside a word only when a word is longer than a chunk, which reportlab then breaks across lines as
it does any word longer than a line). Tags open at a split are closed and opened again, so every
piece is valid markup. The pieces print one after the other with no gap, in one ``Paragraphs``
flowable that splits between pieces (or inside one) at page ends. Each piece remembers its line
breaks for a width (``document._Paragraph``), so asking again costs nothing: linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

CHUNK = 2000
"""Characters of markup per paragraph. Small enough for reportlab to lay out in a blink, large
enough that a normal note (a few hundred words) stays one paragraph."""

_TOKEN = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"</?\s*([A-Za-z0-9]+)")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def split_markup(markup: str, limit: int = CHUNK) -> list[str]:
    """``markup`` in pieces of about ``limit`` characters, each valid markup on its own."""
    if len(markup) <= limit:
        return [markup]
    pieces: list[str] = []
    open_tags: list[str] = []  # the opening tags in force, outermost first
    current: list[str] = []
    size = 0

    def cut() -> None:
        nonlocal current, size
        closing = "".join(f"</{_name(tag)}>" for tag in reversed(open_tags))
        pieces.append("".join(current) + closing)
        current = list(open_tags)
        size = sum(map(len, current))

    for token in _TOKEN.split(markup):
        if not token:
            continue
        if token.startswith("<"):
            if _BREAK.fullmatch(token):
                if size >= limit // 2:
                    cut()  # the next piece starts a new line anyway
                    continue
            elif token.startswith("</"):
                name = _name(token)
                for n in range(len(open_tags) - 1, -1, -1):
                    if _name(open_tags[n]) == name:
                        del open_tags[n]
                        break
            elif not token.endswith("/>"):
                open_tags.append(token)
            current.append(token)
            size += len(token)
            continue
        while size + len(token) > limit:
            room = max(limit - size, 1)
            at = _split_point(token, room)
            current.append(token[:at])
            size += at
            token = token[at:].lstrip(" ")
            cut()
        if token:
            current.append(token)
            size += len(token)
    if current and size > sum(map(len, open_tags)):
        pieces.append("".join(current))
    return pieces


def _name(tag: str) -> str:
    match = _TAG_NAME.match(tag)
    return match.group(1).lower() if match else ""


def _split_point(text: str, room: int) -> int:
    """Where to cut escaped text to keep at most ``room`` characters: at the last space, else
    anywhere not inside an entity such as ``&amp;``."""
    if len(text) <= room:
        return len(text)
    space = text.rfind(" ", 0, room + 1)
    if space > room // 2:
        return space + 1
    at = room
    amp = text.rfind("&", max(0, at - 10), at)
    if amp >= 0 and ";" not in text[amp:at]:
        at = amp if amp > 0 else text.find(";", at) + 1
    return max(at, 1)


class Paragraphs(Flowable):
    """Paragraphs printed as one text: no gap between them, split between (or inside) them at
    the end of a page. Made by ``document.para`` for markup longer than ``CHUNK``."""

    def __init__(self, pieces: list[Flowable], style: ParagraphStyle,
                 known: tuple[float, list[tuple[float, float]]] | None = None) -> None:
        super().__init__()
        self.pieces = pieces
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._sizes: list[tuple[float, float]] = []
        self._wrapped_for: float | None = None
        if known is not None:  # the sizes the pieces had in the flowable this was split from
            self._wrapped_for, self._sizes = known
            self.width, self.height = known[0], sum(h for _w, h in self._sizes)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # A piece's height does not depend on the room left below it, only on the width: asked
        # again on every page of a long note, the answer is the one already known.
        if self._wrapped_for != avail_width:
            self._sizes = [piece.wrap(avail_width, avail_height) for piece in self.pieces]
            self._wrapped_for = avail_width
        self.width = avail_width
        self.height = sum(h for _w, h in self._sizes)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        used = 0.0
        for n, (_w, h) in enumerate(self._sizes):
            if used + h > avail_height:
                parts = self.pieces[n].split(avail_width, avail_height - used)
                if len(parts) < 2:
                    # reportlab's split forgets the piece's lines: they are made again next time
                    self._wrapped_for = None
                if len(parts) >= 2:
                    head, tail = self.pieces[:n] + parts[:1], parts[1:] + self.pieces[n + 1:]
                    known: list[tuple[float, float]] | None = [
                        p.wrap(avail_width, avail_height) for p in parts[1:]
                    ] + self._sizes[n + 1:]
                elif n:
                    head, tail = self.pieces[:n], self.pieces[n:]
                    known = None  # the piece that would not split must be laid out again
                else:
                    return []  # not even a line fits here: the frame moves on
                first = Paragraphs(head, self.style)
                rest = Paragraphs(tail, self.style, (avail_width, known) if known else None)
                first.spaceAfter = 0
                rest.spaceBefore = 0
                return [first, rest]
            used += h
        # All of it fits (a table asks to split when the space after the text does not fit).
        # reportlab's table wants two parts from a split: the whole text, then nothing.
        rest = Paragraphs([], self.style)
        rest.spaceBefore = rest.spaceAfter = 0
        return [self, rest]

    def draw(self) -> None:
        y = self.height
        for piece, (_w, h) in zip(self.pieces, self._sizes, strict=True):
            y -= h
            piece.drawOn(self.canv, 0, y)


def long_paragraph(markup: str, style: ParagraphStyle,
                   make: Callable[[str, ParagraphStyle], Flowable]) -> Flowable:
    """``markup`` as one paragraph made by ``make`` or, when longer than ``CHUNK``, as
    ``Paragraphs`` of pieces (``make`` with the style's spacing taken off each piece)."""
    if len(markup) <= CHUNK:
        return make(markup, style)
    inner = ParagraphStyle(f"{style.name}-piece", parent=style, spaceBefore=0, spaceAfter=0)
    return Paragraphs([make(piece, inner) for piece in split_markup(markup)], style)


def split_plain(text: str, limit: int = CHUNK) -> list[str]:
    """Plain text in pieces of at most ``limit`` characters, at line breaks or spaces where it
    can (for the right-to-left paragraphs, which take text rather than markup)."""
    pieces: list[str] = []
    while len(text) > limit:
        at = text.rfind("\n", limit // 2, limit)
        if at < 0:
            at = text.rfind(" ", limit // 2, limit)
        at = at + 1 if at >= 0 else limit
        pieces.append(text[:at].rstrip("\n"))
        text = text[at:]
    pieces.append(text)
    return pieces
