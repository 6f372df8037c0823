# SPDX-License-Identifier: GPL-3.0-or-later
"""Say something to a screen reader without moving the focus: a changed verdict, a save that
failed. Qt passes ``QAccessibleAnnouncementEvent`` on to the platform's accessibility bus (AT-SPI
on Linux, UI Automation on Windows); without an assistive technology running it costs nothing."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` on behalf of ``widget``; ``assertive`` interrupts what
    it is saying (for failures), else it waits its turn."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
