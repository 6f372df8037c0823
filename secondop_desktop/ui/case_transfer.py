# SPDX-License-Identifier: GPL-3.0-or-later
"""Bringing a case from one computer to another without a terminal, and the window's dialogs
for the case's history and the bin.

- File → Send this case…: a case file (with its attached files) written into a folder the user
  picks; private notes only if "Include my private notes" is ticked.
- File → Open a case file…, a ``.secondop`` dropped on the window, or ``secondop FILE`` from the
  file manager: the file is imported (merged if the case is known) and the merge report shows
  what was added, what was updated and which texts were kept from both sides, with "Use my text"
  to put one's own text back.
- Case → History of this case…, File → Bin…: the dialogs of ``history_view`` and ``bin_dialog``.

Each takes the main window, so ``main_window.py`` only wires menus to them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from secondop_desktop.i18n import fill
from secondop_desktop.store.casefile import CaseFileError, read_case_file, write_case_file
from secondop_desktop.store.errors import JournalError
from secondop_desktop.ui import dialogs
from secondop_desktop.ui.announce import announce

if TYPE_CHECKING:
    from secondop_desktop.ui.main_window import MainWindow

CASE_FILE_SUFFIXES = (".secondop", ".json")


def _tr(text: str, n: int = -1) -> str:
    """The window's words; with ``n``, Qt's plural form of a "%n" message."""
    return QCoreApplication.translate("CaseTransfer", text, None, n)


def file_name_for(title: str) -> str:
    """A file name from a case title: letters, digits, spaces made dashes ("Right knee pain" →
    "Right-knee-pain.secondop")."""
    stem = re.sub(r"[^\w]+", "-", title.strip(), flags=re.UNICODE).strip("-_")[:60]
    return f"{stem or 'case'}.secondop"


# -- sending ------------------------------------------------------------------------------------

def send_case(window: MainWindow) -> Path | None:
    """Write the open case to a folder the user picks; the file written, or None."""
    document = window.document
    if document is None or window.journal is None:
        return None
    window.flush()
    case = document.case
    private = sum(1 for note in case.notes if note.private)
    title = case.title.strip() or _tr("Untitled case")
    answer = dialogs.ask_send_case(window, title, private)
    if answer is None:
        return None
    folder, include_private = answer
    target = folder / file_name_for(title)
    try:
        not_held = write_case_file(case, target, window.journal.read_attachment,
                                   include_private=include_private)
    except (CaseFileError, JournalError, OSError) as exc:
        dialogs.show_error(window, _tr("The case file was not written"),
                           getattr(exc, "strerror", None) and
                           fill(_tr("{path}: {reason}"), path=target, reason=exc.strerror)
                           or str(exc))
        return None
    left_out = "" if include_private or not private else _tr(
        " (%n private note(s) left out)", private)
    window.statusBar().showMessage(
        fill(_tr("Wrote {path}{left_out}. Open it on the other computer with File → Open a case "
            "file…"), path=target, left_out=left_out), 12000)
    if not_held:
        dialogs.show_info(window, _tr("Some attached files were not sent"),
                          fill(_tr("These files were never in this journal (the case came without "
                              "them), so the case file does not carry them: {names}. Attach "
                              "them on the Records tab and send the case again to include "
                              "them."), names=", ".join(not_held)))
    return target


# -- opening ------------------------------------------------------------------------------------

def choose_and_open(window: MainWindow) -> str | None:
    path = dialogs.ask_open_path(window, _tr("Open a case file"),
                                 _tr("Case files (*.secondop *.json)"))
    return import_case_file(window, path) if path is not None else None


def import_case_file(window: MainWindow, path: Path) -> str | None:
    """Import ``path`` into the window's journal, show the case and the merge report; the
    case's id, or None (the user was told why)."""
    from secondop_desktop.ui.merge_report_dialog import MergeReportDialog  # seam: a dialog

    if window.journal is None:
        return None
    try:
        loaded = read_case_file(Path(path))
    except CaseFileError as exc:
        dialogs.show_error(window, _tr("This file cannot be opened"), str(exc))
        return None
    case_id = loaded.casefile.case.id
    window.flush()  # what was typed in that case is in the journal (and its history) first
    try:
        report = window.journal.import_case(loaded, source=Path(path).name)
    except JournalError as exc:
        dialogs.show_error(window, _tr("The case file was not imported"), str(exc))
        return None
    # The window's copy of the case is older than the journal's now: read it again. Its undo
    # steps go with it (they would undo the merge); the history keeps every replaced text.
    document = window.documents.pop(case_id, None)
    if document is not None:
        window.undo_group.removeStack(document.stack)
        if window.document is document:
            window.document = None
    window.clear_search()
    window.case_model.set_cases(window.journal.list_cases())
    opened = window.open_case(case_id)
    dialog = MergeReportDialog(report, Path(path).name, opened, window,
                               current=lambda: window.open_case(case_id))
    dialog.restored.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.merge_report = dialog
    dialogs.show_window(dialog)
    # A screen reader hears that the import finished and what it did, not only the new window.
    announce(dialog, fill(_tr("Case file imported. {summary}"), summary=report.describe()))
    return case_id


def is_case_file(path: Path) -> bool:
    return path.suffix.lower() in CASE_FILE_SUFFIXES and path.is_file()


# -- history and bin ----------------------------------------------------------------------------

def show_history(window: MainWindow) -> None:
    from secondop_desktop.ui.history_view import HistoryDialog

    if window.document is None:
        return
    window.flush()
    if window.history_dialog is None:
        window.history_dialog = HistoryDialog(window)
        window.history_dialog.restored.connect(
            lambda text: window.statusBar().showMessage(text, 8000))
    window.history_dialog.set_case(window.journal, window.document, window.flush)
    dialogs.show_window(window.history_dialog)


def follow_case(window: MainWindow) -> None:
    """The open case changed or was saved: an open History shows that case as it is now."""
    dialog = window.history_dialog
    if dialog is not None and dialog.isVisible():
        dialog.set_case(window.journal, window.document, window.flush)


def show_bin(window: MainWindow) -> None:
    from secondop_desktop.ui.bin_dialog import BinDialog

    window.flush()
    dialog = BinDialog(window.journal, window)
    dialog.restored.connect(lambda case_id: _brought_back(window, case_id))
    dialog.emptied.connect(lambda count: window.statusBar().showMessage(
        _tr("Deleted %n case(s) for good.", count), 8000))
    dialog.emptied.connect(lambda _count: window.refresh_bin_hint())
    window.bin_dialog = dialog
    dialogs.show_window(dialog)


def _brought_back(window: MainWindow, case_id: str) -> None:
    if window.journal is None:
        return
    window.clear_search()
    window.case_model.set_cases(window.journal.list_cases())
    document = window.open_case(case_id)
    if document is not None:
        title = document.case.title.strip() or _tr("Untitled case")
        window.statusBar().showMessage(
            fill(_tr("“{title}” is back from the bin."), title=title), 8000)
