# SPDX-License-Identifier: GPL-3.0-or-later
"""How the compare view looks: its colours, its marks (symbol and word) and its cell text.

One calm accent; a light tint for differences that keeps text at 4.5:1 contrast or better; the
meaning always carried by a symbol and a word as well, never by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from secondop_desktop.domain.comparison import Segment

ACCENT = "#1f5f7a"


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


LIGHT = CompareColours(
    text="#1a1a1a", base="#ffffff", muted="#4d4d4d", accent=ACCENT,
    diff_tint="#fdf3df", word_tint="#f7dca4",
    same="#2c6a38", refined="#1f5f7a", differs="#8a4300", only="#5b3f8f",
)
DARK = CompareColours(
    text="#f0f0f0", base="#202020", muted="#c4c4c4", accent="#7fc3e0",
    diff_tint="#3b3322", word_tint="#6a5220",
    same="#9ad6a8", refined="#8fcbe6", differs="#ffc37d", only="#cdb8f7",
)


def colours_for(palette: QPalette) -> CompareColours:
    """Light colours on a light desktop, dark ones on a dark desktop."""
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def relative_luminance(colour: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    c = QColor(colour)
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(fg: str, bg: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    lf, lb = relative_luminance(fg), relative_luminance(bg)
    hi, lo = max(lf, lb), min(lf, lb)
    return (hi + 0.05) / (lo + 0.05)


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
        return _tr("Only %1").replace("%1", a_name)
    if status == "only_b":
        return _tr("Only %1").replace("%1", b_name)
    if status == "maybe_same":
        return _tr("May be the same")
    return status


def pair_mark_word(status: str, a_name: str, b_name: str) -> str:
    """A three-doctor mark line, naming who differs from whom."""
    if status == "same":
        return _tr("%1 and %2: same").replace("%1", a_name).replace("%2", b_name)
    if status == "refined":
        return _tr("%1 and %2: refined").replace("%1", a_name).replace("%2", b_name)
    if status == "different":
        return _tr("%1 and %2 differ").replace("%1", a_name).replace("%2", b_name)
    if status == "only_a":
        return _tr("%1 has it, %2 not").replace("%1", a_name).replace("%2", b_name)
    if status == "only_b":
        return _tr("%1 has it, %2 not").replace("%1", b_name).replace("%2", a_name)
    if status == "maybe_same":
        return _tr("%1 and %2: may be the same").replace("%1", a_name).replace("%2", b_name)
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
