# SPDX-License-Identifier: GPL-3.0-or-later
"""Text boxes where Enter hands the text over and Shift+Enter breaks the line.

Used where words are typed one after another in a hurry: notes in the room, answers typed down
a list of questions.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit

from secondop_desktop.ui import form_fields


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _shifted(event: QKeyEvent) -> bool:
    return bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)


class EnterTextEdit(QPlainTextEdit):
    """A text box: Enter emits ``submitted``, Shift+Enter is a new line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_enter(event):
            if _shifted(event):
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        super().keyPressEvent(event)


class GrowingEnterTextEdit(form_fields.GrowingTextEdit):
    """The same, growing with its text from one line (for an answer under its question)."""

    submitted = Signal()

    def __init__(self, lines: int = 1, max_lines: int = 6) -> None:
        super().__init__(lines, max_lines)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_enter(event):
            if _shifted(event):
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        super().keyPressEvent(event)
