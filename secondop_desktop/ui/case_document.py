# SPDX-License-Identifier: GPL-3.0-or-later
"""One open case: the domain object the pages edit, its undo history, and autosave.

Every change goes through ``CaseDocument.edit``: it takes a snapshot of the case before and after
the change and pushes one command on the case's ``QUndoStack``. Undo and redo put a snapshot back
and emit ``reloaded`` so the pages show it again. Snapshots of a whole case are cheap at the sizes
people keep (well under a millisecond for the worked example) and make every kind of change —
typing, removing an opinion, a verdict from the compare view — undoable the same way.

``Autosaver`` writes the case to the journal half a second after the last change, at once when
asked (switching case, closing), and reports "Saving…" / "Saved ✓" for the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from secondop_desktop.store.errors import JournalError

if TYPE_CHECKING:  # loaded after the window shows, with the first case
    from secondop_desktop.domain.model import Case
    from secondop_desktop.store.journal import Journal

AUTOSAVE_DELAY_MS = 500
RETRY_MS = 5000  # while saving fails, how often it is tried again
MERGE_ID = 7301  # any constant: commands that may merge share it, and mergeWith checks the key


class _SnapshotCommand(QUndoCommand):
    def __init__(self, document: CaseDocument, key: str, text: str,
                 before: dict[str, Any], after: dict[str, Any], mergeable: bool) -> None:
        super().__init__(text)
        self.words = text  # an ``i18n.Rewordable`` when the window can say it again
        self._document = document
        self.key = key
        self.before = before
        self.after = after
        self._mergeable = mergeable
        self._first = True

    def id(self) -> int:
        return MERGE_ID if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing into one field is one step to undo, not one step per letter.
        if not isinstance(other, _SnapshotCommand) or other.key != self.key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # the change was already made when the command was pushed
            self._first = False
            return
        self._document.restore(self.after, "redo")

    def undo(self) -> None:
        self._document.restore(self.before, "undo")


class CaseDocument(QObject):
    changed = Signal()
    """Any change: an edit, an undo or a redo. The autosaver listens."""
    reloaded = Signal()
    """The case object was replaced by a snapshot (undo/redo): pages show it again."""

    def __init__(self, case: Case, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.stack = QUndoStack(self)
        self._epoch = 0
        self.reason = "typed"
        """Why the case changed since it was last saved, for the journal's history."""

    @property
    def case_id(self) -> str:
        return self.case.id

    def edit(self, key: str, text: str, change: Callable[[Case], None],
             mergeable: bool = True, reason: str = "typed", reload: bool = False) -> None:
        """Apply ``change`` to the case as one undoable step named ``text``.

        Steps with the same ``key`` in a row merge (typing in one field); pass
        ``mergeable=False`` for adding, removing and moving things. ``reason`` is what the
        journal's history says of the texts this replaces. ``reload``: the change comes from
        outside the pages (a restore from the history), so they show the case again.
        """
        from secondop_desktop.domain.model import now_iso

        before = self.case.to_dict()
        change(self.case)
        self.case.updated_at = now_iso()
        after = self.case.to_dict()
        if after == before:
            return
        self.reason = reason
        self.stack.push(
            _SnapshotCommand(self, f"{self._epoch}:{key}", text, before, after, mergeable))
        if reload:
            self.reloaded.emit()
        self.changed.emit()

    def restore(self, snapshot: dict[str, Any], reason: str = "undo") -> None:
        import copy  # like the model: loaded once a case is open, not before the window shows

        from secondop_desktop.domain.model import Case

        self.case = Case.from_dict(copy.deepcopy(snapshot))
        self.reason = reason
        self.reloaded.emit()
        self.changed.emit()

    def reword(self) -> None:
        """Name every step again in the language now in force (View → Language): the Edit
        menu's "Undo …" and "Redo …" say them. A name made without ``step_words`` stays."""
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            again = getattr(getattr(command, "words", None), "again", None)
            if again is not None:
                command.setText(again())

    def break_merge(self) -> None:
        """The next edit starts a new undo step even in the same field (e.g. after a pause)."""
        self._epoch += 1


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
