# SPDX-License-Identifier: GPL-3.0-or-later
"""User text is shown as the user typed it, never read as markup.

A QLabel, a tooltip and a message box guess: text that looks like HTML is drawn as HTML, so a
case titled ``<img src="/home/me/scan.png">`` showed a picture (loaded from the disk) instead
of its title. Labels that show user text use ``plain()``; tooltips go through ``tooltip()``.
(``QtCore.Qt`` is looked up only when the text could be markup: these run before the window's
first paint, when touching it costs ~45 ms.)
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QLabel


def could_be_markup(text: str) -> bool:
    return "<" in text or "&" in text


def plain(label: QLabel, text: str = "<") -> QLabel:
    """Make ``label`` show its text as plain text (when ``text`` could be read as markup)."""
    if could_be_markup(text):
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    return label


def tooltip(text: str) -> str:
    """``text`` for a tooltip: as it is, or escaped inside rich text when it could be taken for
    markup (tooltips have no text format of their own)."""
    if not could_be_markup(text):
        return text
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>"


_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """``html.escape`` (quotes too), without loading the ``html`` module and its table of
    entities before the window shows (~2 ms)."""
    return text.translate(_ESCAPES)
