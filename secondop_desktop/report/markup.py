# SPDX-License-Identifier: GPL-3.0-or-later
"""User text → reportlab Paragraph markup that prints any script and never breaks the parser.

Four things happen here, run by run: the markup characters are escaped; Chinese, Japanese and
Korean runs switch to a font that has them; Arabic letters (also Persian and Urdu) are given their
joined forms with arabic-reshaper, because reportlab draws every character in the one form the
font maps it to; right-to-left runs (Hebrew, Arabic) are put in visual order with python-bidi,
because reportlab lays every line out left to right. Shaping comes before reordering: the joined
form of a letter depends on its neighbours in reading order.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache

from bidi import get_display

from secondop_desktop.domain.comparison import Segment
from secondop_desktop.report import fonts


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities, what ``xml.sax.saxutils.escape`` does: that module
    imports ``urllib.request`` and with it http, email, ssl and socket (~20 ms a PDF never used)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_RTL_CLASSES = {"R", "AL"}
# Characters that may need reordering (Hebrew, Arabic and the other right-to-left scripts) or a
# fallback font (Hangul, CJK), as ranges of code points. Text without any is only escaped: the
# fast path for most text.
SPECIAL_RANGES = (
    (0x0590, 0x08FF), (0x1100, 0x11FF), (0x2E80, 0xA4CF), (0xA960, 0xA97F), (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF), (0xFB1D, 0xFDFF), (0xFE30, 0xFE4F), (0xFE70, 0xFEFF), (0xFF00, 0xFFEF),
    (0x10800, 0x10FFF), (0x1E800, 0x1EFFF), (0x20000, 0x2FA1F),
)
_SPECIAL_STARTS = tuple(first for first, _last in SPECIAL_RANGES)


def _is_special(ch: str) -> bool:
    code = ord(ch)
    i = bisect_right(_SPECIAL_STARTS, code) - 1
    return i >= 0 and code <= SPECIAL_RANGES[i][1]


def _has_special(text: str) -> bool:
    """Whether ``text`` has a character of ``SPECIAL_RANGES``. Each distinct character is looked
    at once (a regular expression of these wide ranges took ~4 ms to compile, and a dash or a
    "≠" in most texts made every export pay it)."""
    if text.isascii() or max(text) < "\u0590":
        return False
    return any(_is_special(ch) for ch in set(text) if ch >= "\u0590")


# Characters that take the direction of what surrounds them (spaces, punctuation, digits).
_WEAK_CLASSES = {"WS", "ON", "CS", "ES", "ET", "EN", "AN", "NSM", "BN", "S"}
# Arabic letters that take joined forms (Arabic, its Supplement and Extended-A blocks).
_ARABIC = "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]"  # compiled on first use (re's cache)


@cache
def _reshaper():
    """arabic-reshaper, set up for the bundled DejaVu Sans; imported on the first Arabic text
    (a seam, docs/internals.md: it costs ~8 ms, and most PDFs have no Arabic)."""
    from arabic_reshaper import ArabicReshaper

    return ArabicReshaper(configuration={
        # Vowel marks are part of what the user wrote: keep them (DejaVu Sans has them).
        "delete_harakat": False,
        # DejaVu Sans has no glyph for the one-character "Allah" ligature (U+FDF2): spell the
        # word with its letters. The lam-alef ligatures it does have stay on (the default).
        "ARABIC LIGATURE ALLAH": False,
    })


def _shaped(text: str) -> str:
    """``text`` with its Arabic letters in their joined (presentation) forms, in reading order."""
    if max(text, default="") < "\u0600" or re.search(_ARABIC, text) is None:
        return text
    return _reshaper().reshape(text)


def _script_font(ch: str) -> str | None:
    """The fallback font a character needs, or None when the body font has it."""
    cp = ord(ch)
    if cp < 0x1100:
        return None
    if 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F or 0xAC00 <= cp <= 0xD7AF \
            or 0xA960 <= cp <= 0xA97F or 0xD7B0 <= cp <= 0xD7FF:
        return fonts.HANGUL
    if 0x2E80 <= cp <= 0x2FDF or 0x3000 <= cp <= 0x312F or 0x3190 <= cp <= 0x9FFF \
            or 0xF900 <= cp <= 0xFAFF or 0xFE30 <= cp <= 0xFE4F or 0xFF00 <= cp <= 0xFFEF \
            or 0x20000 <= cp <= 0x2FA1F:
        return fonts.CJK
    return None


def has_cjk(text: str) -> bool:
    return _has_special(text) and any(_script_font(ch) for ch in text)


def _visual_order(text: str) -> str:
    """Put every right-to-left run of ``text`` in the order reportlab must draw it."""
    if not any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text):
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if unicodedata.bidirectional(text[i]) not in _RTL_CLASSES:
            out.append(text[i])
            i += 1
            continue
        # A run: right-to-left letters and the spaces, digits and punctuation between them.
        j = last_strong = i
        while j < n:
            cls = unicodedata.bidirectional(text[j])
            if cls in _RTL_CLASSES:
                last_strong = j
            elif cls not in _WEAK_CLASSES:
                break
            j += 1
        run = text[i:last_strong + 1]
        out.append(get_display(_shaped(run), base_dir="R"))
        i = last_strong + 1
    return "".join(out)


def _font_runs(text: str) -> str:
    """Escape ``text`` and wrap runs needing a fallback font in ``<font name=…>``."""
    parts: list[str] = []
    current: str | None = None
    buf: list[str] = []

    def flush() -> None:
        if not buf:
            return
        chunk = escape("".join(buf))
        parts.append(f'<font name="{current}">{chunk}</font>' if current else chunk)
        buf.clear()

    for i, ch in enumerate(text):
        font = _script_font(ch)
        if font is None and current is not None and ch == " " and i + 1 < len(text) \
                and _script_font(text[i + 1]) == current:
            font = current  # a space between two CJK words stays inside the run
        if font != current:
            flush()
            current = font
            if font:
                fonts.ensure(font)
        buf.append(ch)
    flush()
    return "".join(parts)


def inline(text: str | None) -> str:
    """One piece of user text as Paragraph markup (escaped, fonts switched, RTL reordered)."""
    if not text:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    if not _has_special(text):
        return escape(text).replace("\n", "<br/>")
    lines = text.split("\n")
    return "<br/>".join(_font_runs(_visual_order(line)) for line in lines)


def marked(segments: Iterable[Segment]) -> str:
    """Word-level differences: the words the other doctor does not have, bold and underlined."""
    parts: list[str] = []
    for seg in segments:
        body = inline(seg.text)
        if seg.changed and seg.text.strip():
            parts.append(f"<u><b>{body}</b></u>")
        else:
            parts.append(body)
    return "".join(parts)


def segments_match(segments: list[Segment], text: str) -> bool:
    """Whether the segments spell out exactly ``text`` (only then are they drawn in its place)."""
    if not segments:
        return False
    joined = "".join(s.text for s in segments)
    return " ".join(joined.split()) == " ".join(text.split())


def is_right_to_left(text: str) -> bool:
    """Whether the text's first strong letter is Hebrew, Arabic or another right-to-left one."""
    if not _has_special(text):
        return False
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in _RTL_CLASSES:
            return True
        if cls == "L":
            return False
    return False


def rtl_line(line: str) -> str:
    """One already-broken line of a right-to-left paragraph, in drawing order, as markup."""
    return _font_runs(get_display(_shaped(line), base_dir="R"))
