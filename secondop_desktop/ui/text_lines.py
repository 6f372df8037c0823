# SPDX-License-Identifier: GPL-3.0-or-later
"""Text laid out in lines of a given width by whole words, for what Qt draws in one line unless
told otherwise (a row of the case list, a column heading)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QFontMetrics


class Metrics(Protocol):
    """What the lines are measured with: a ``QFontMetrics`` or ``TextWidths``."""

    def horizontalAdvance(self, text: str) -> int: ...  # noqa: N802  (Qt's name)


class TextWidths:
    """The widths of texts in one font, each text measured once. Fitting a row measures the
    same text more than once (the whole title, then to end it; the status words packed, then
    each line), and the rows share their status words ("Deciding", "2 doctors")."""

    MOST = 4000  # texts kept before starting again: a few screens of rows

    def __init__(self, metrics: QFontMetrics) -> None:
        self._metrics = metrics
        self._widths: dict[str, int] = {}

    def horizontalAdvance(self, text: str) -> int:  # noqa: N802  (Qt's name)
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) >= self.MOST:
                self._widths.clear()
            width = self._widths[text] = self._metrics.horizontalAdvance(text)
        return width


def wrapped(text: str, metrics: Metrics, width: int, most: int) -> tuple[str, ...]:
    """``text`` in as many lines of ``width`` as it needs, at most ``most``: whole words per
    line, the last line ending in "…" if the rest is still too long. A word longer than a line
    ends that line in "…"."""
    words, out = text.split(), []
    while words:
        whole = " ".join(words)
        if len(out) == most - 1 or metrics.horizontalAdvance(whole) <= width:
            out.append(elided(whole, metrics, width))
            break
        if metrics.horizontalAdvance(words[0]) > width:
            out.append(elided(whole, metrics, width))
            break
        n = 1
        while n < len(words) and metrics.horizontalAdvance(" ".join(words[:n + 1])) <= width:
            n += 1
        out.append(" ".join(words[:n]))
        words = words[n:]
    return tuple(out) or ("",)


def elided(text: str, metrics: Metrics, width: int) -> str:
    """``text``, or as much of it as fits ``width`` with "…" after it. Measured here rather than
    by Qt's ``elidedText``, whose elide-mode argument builds PySide's whole ``Qt`` namespace
    (~45 ms) before the window's first paint."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    low, high = 0, len(text)  # the longest start that fits with the "…"
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle].rstrip() + "…") <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
