# SPDX-License-Identifier: GPL-3.0-or-later
"""How the compare view looks: its colours, its marks (symbol and word) and its cell text.

One calm accent; a light tint for differences that keeps text at 4.5:1 contrast or better; the
meaning always carried by a symbol and a word as well, never by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from secondop_desktop.domain.comparison import Segment
from secondop_desktop.i18n import fill
from secondop_desktop.ui import theme


@dataclass(frozen=True)
class CompareColours:
    text: str
    base: str
    muted: str
    accent: str
    diff_tint: str
    """Background of a row where the doctors differ."""
    word_tint: str
    """Background of the words that differ inside a text (underlined too)."""
    same: str
    refined: str
    differs: str
    only: str


def colours_from(chosen: theme.Theme) -> CompareColours:
    """The compare view's colours: the application's theme (``ui/theme.py``), which derives
    them from the desktop's palette and measures their contrast."""
    return CompareColours(
        text=chosen.text, base=chosen.base, muted=chosen.muted, accent=chosen.accent,
        diff_tint=chosen.diff_tint, word_tint=chosen.word_tint, same=chosen.same,
        refined=chosen.refined, differs=chosen.differs, only=chosen.only)


def colours_for(palette: QPalette) -> CompareColours:
    """The colours of the theme in use (light, dark or high contrast), or, where the view was
    given a palette of the other kind (dark in a light window), the theme derived from it."""
    chosen = theme.current()
    if theme.palette_is_dark(palette) != chosen.dark:
        chosen = theme.build(palette, not chosen.dark, chosen.high_contrast)
    return colours_from(chosen)


relative_luminance = theme.relative_luminance
contrast = theme.contrast


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareView", text)


SYMBOLS = {"same": "=", "refined": "~", "different": "≠", "only_a": "◐", "only_b": "◐",
           "maybe_same": "?"}


def status_colour(colours: CompareColours, status: str) -> str:
    return {
        "same": colours.same, "refined": colours.refined, "different": colours.differs,
        "only_a": colours.only, "only_b": colours.only, "maybe_same": colours.refined,
    }.get(status, colours.text)


def mark_word(status: str, a_name: str, b_name: str) -> str:
    """The word beside a two-doctor mark: "Same", "Refined", "Differs", "Only Dr Tanaka"."""
    if status == "same":
        return _tr("Same")
    if status == "refined":
        return _tr("Refined")
    if status == "different":
        return _tr("Differs")
    if status == "only_a":
        return fill(_tr("Only {doctor}"), doctor=a_name)
    if status == "only_b":
        return fill(_tr("Only {doctor}"), doctor=b_name)
    if status == "maybe_same":
        return _tr("May be the same")
    return status


def pair_mark_word(status: str, a_name: str, b_name: str) -> str:
    """A three-doctor mark line, naming who differs from whom."""
    if status == "same":
        return fill(_tr("{a} and {b}: same"), a=a_name, b=b_name)
    if status == "refined":
        return fill(_tr("{a} and {b}: refined"), a=a_name, b=b_name)
    if status == "different":
        return fill(_tr("{a} and {b} differ"), a=a_name, b=b_name)
    if status == "only_a":
        return fill(_tr("{a} has it, {b} not"), a=a_name, b=b_name)
    if status == "only_b":
        return fill(_tr("{a} has it, {b} not"), a=b_name, b=a_name)
    if status == "maybe_same":
        return fill(_tr("{a} and {b}: may be the same"), a=a_name, b=b_name)
    return status


def severity_word(severity: str) -> str:
    return {"major": _tr("major"), "minor": _tr("minor")}.get(severity, "")


def verdict_word(verdict: str | None) -> str:
    return {"same": _tr("the same"), "different": _tr("different")}.get(verdict or "", "")


def joined_segments(text: str, segments: list[Segment]) -> list[tuple[str, bool]]:
    """The runs to draw: the segments as given when they spell the text, else the plain text."""
    if not segments:
        return [(text, False)]
    glued = "".join(s.text for s in segments)
    if glued == text or not text:
        return [(s.text, s.changed) for s in segments]
    # Segments given word by word without their spaces: put one space between runs.
    runs: list[tuple[str, bool]] = []
    for i, seg in enumerate(segments):
        runs.append(((" " if i else "") + seg.text, seg.changed))
    return runs
