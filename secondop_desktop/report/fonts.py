# SPDX-License-Identifier: GPL-3.0-or-later
"""The bundled TrueType fonts, registered with reportlab once and only when a document needs them.

DejaVu Sans carries Latin, Greek, Cyrillic, Hebrew and Arabic letters and the marks (≠ ◐ ✓);
Droid Sans Fallback carries Chinese and Japanese; Nanum Gothic carries Korean Hangul. The two CJK
fonts cost a tenth of a second each to load, so they are registered on first use.
"""

from __future__ import annotations

from functools import cache

# Behind the PDF seam (docs/internals.md): only report modules that lay a PDF out import this.
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from secondop_desktop.i18n import _, fill
from secondop_desktop.resources import resource_path

BODY = "SecondOpSans"
BOLD = "SecondOpSans-Bold"
CJK = "SecondOpCJK"
HANGUL = "SecondOpHangul"

_FILES = {
    BODY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumGothic.ttf",
}


class FontMissingError(Exception):
    pass


@cache
def _register(name: str) -> str:
    path = resource_path("fonts", _FILES[name])
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except (OSError, TTFError) as exc:
        raise FontMissingError(fill(_("The font file {path} could not be read ({problem})."),
                                    path=path, problem=exc)) from exc
    if name not in (BODY, BOLD):
        # One weight only: bold runs of CJK text use the same face instead of failing.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
    return name


def body_fonts() -> tuple[str, str]:
    """Register DejaVu Sans and its bold as one family (``<b>`` switches between them)."""
    _register(BODY)
    _register(BOLD)
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BOLD)
    addMapping(BODY, 0, 1, BODY)
    addMapping(BODY, 1, 1, BOLD)
    return BODY, BOLD


def ensure(name: str) -> str:
    """Register one of the fallback fonts (``CJK`` or ``HANGUL``) if not yet done."""
    return _register(name)
