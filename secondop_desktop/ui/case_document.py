# SPDX-License-Identifier: GPL-3.0-or-later
"""One open case: the domain object the pages edit, and its undo history.

Every change goes through ``CaseDocument.edit``: it takes a snapshot of the case before and after
the change and pushes one command on the case's ``QUndoStack``. Undo and redo put a snapshot back
and emit ``reloaded`` so the pages show it again. Snapshots of a whole case are cheap at the sizes
people keep (well under a millisecond for the worked example) and make every kind of change —
typing, removing an opinion, a verdict from the compare view — undoable the same way.

Saving it to the journal is ``ui/autosaver.py``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:  # loaded after the window shows, with the first case
    from secondop_desktop.domain.model import Case

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
