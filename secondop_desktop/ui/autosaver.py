# SPDX-License-Identifier: GPL-3.0-or-later
"""Autosave: ``Autosaver`` writes the open case to the journal half a second after the last
change, at once when asked (switching case, closing), and reports "Saving…" / "Saved ✓" for the
status bar. While saving fails (a full disk) it says why and tries again now and then.

Apart from ``ui/case_document.py``: the window makes its autosaver before its first paint, and
the case's undo classes load with the first case (docs/internals.md, the seams).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from secondop_desktop.store.errors import JournalError

if TYPE_CHECKING:  # loaded after the window shows, with the first case
    from secondop_desktop.domain.model import Case
    from secondop_desktop.store.journal import Journal
    from secondop_desktop.ui.case_document import CaseDocument

AUTOSAVE_DELAY_MS = 500
RETRY_MS = 5000  # while saving fails, how often it is tried again


class Autosaver(QObject):
    stateChanged = Signal(str)
    """A short status text: "Saving…", "Saved ✓" or what went wrong."""
    saved = Signal(object)
    """The Case just written."""
    failed = Signal(str)
    problemChanged = Signal(str)
    """Why the latest changes are not saved ("" once they are): the window keeps saying it."""

    def __init__(self, journal: Journal | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._pending: CaseDocument | None = None
        self.problem = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Read when made, not at import: a test or a tool may set the module's delay first.
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        # While saving fails (a full disk), it is tried again now and then: freeing space is
        # enough, the user need not type again.
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._try_again)

    def pending_case(self) -> Case | None:
        """The case whose latest changes are not in the journal yet (None when all is saved)."""
        return self._pending.case if self._pending is not None else None

    def _try_again(self) -> None:
        if self._pending is not None:
            self.flush()

    def schedule(self, document: CaseDocument) -> None:
        if self._pending is not None and self._pending is not document:
            self.flush()
        self._pending = document
        self._timer.start()
        self.stateChanged.emit(self.tr("Saving…"))

    def is_pending(self) -> bool:
        return self._pending is not None

    def flush(self) -> bool:
        """Write what is waiting now. False if the journal refused it (the user is told)."""
        self._timer.stop()
        document, self._pending = self._pending, None
        if document is None or self.journal is None:
            return True
        try:
            self.journal.save_case(document.case, reason=document.reason)
        except (JournalError, OSError) as exc:
            self._pending = document  # keep it: the next change, a retry or closing tries again
            message = str(exc)
            self.stateChanged.emit(self.tr("Not saved"))
            self.problem = message
            self.problemChanged.emit(message)
            self.failed.emit(message)
            self._retry.start()
            return False
        self._retry.stop()
        if self.problem:
            self.problem = ""
            self.problemChanged.emit("")
        self.stateChanged.emit(self.tr("Saved ✓"))
        self.saved.emit(document.case)
        return True
