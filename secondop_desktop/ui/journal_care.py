# SPDX-License-Identifier: GPL-3.0-or-later
"""Looking after the journal from the window: a backup now, restoring a backup, checking it.

Each function takes the main window (which owns the journal) and tells the user in plain words
what happened. Nothing here runs without the user asking; a restore keeps the journal it
replaces aside, so nothing is lost even by restoring the wrong backup.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from secondop_desktop import paths
from secondop_desktop.i18n import fill
from secondop_desktop.store.errors import JournalError
from secondop_desktop.store.journal import Journal, restore_from
from secondop_desktop.ui import dialogs

if TYPE_CHECKING:
    from secondop_desktop.ui.main_window import MainWindow

JOURNAL_FILTER = QT_TRANSLATE_NOOP("JournalCare", "SecondOp journals (*.secondop-journal)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalCare", text)


def back_up_now(window: MainWindow) -> Path | None:
    """A complete copy of the journal where the user chooses (suggested: the backup folder)."""
    journal = window.journal
    if journal is None:
        return None
    window.flush()  # what was just typed is in the copy
    stamp = datetime.now().strftime("%Y-%m-%d %H.%M")
    folder = paths.backup_dir(journal.path)
    suggested = folder / fill(_tr("SecondOp backup {stamp}.secondop-journal"), stamp=stamp)
    target = dialogs.ask_save_path(window, _tr("Back up the journal"), suggested,
                                   _tr(JOURNAL_FILTER))
    if target is None:
        return None
    target = Path(target)
    if not target.name.endswith(".secondop-journal"):
        target = target.with_name(target.name + ".secondop-journal")
    try:
        made = journal.backup_to(target)
    except (JournalError, OSError) as exc:
        dialogs.show_error(window, _tr("The backup was not made"), str(exc))
        return None
    dialogs.show_info(window, _tr("Backup made"), fill(_tr(
        "A complete copy of your journal is saved as {path}. Keep it somewhere safe, for "
        "example on a USB stick."), path=made))
    return made


def restore_backup(window: MainWindow, backup: Path | None = None) -> bool:
    """Replace the journal by a backup the user chooses; the journal as it was is kept aside.
    True when the backup is now the journal in the window."""
    journal = window.journal
    if journal is None:
        return False
    if backup is None:
        backup = dialogs.ask_open_path(window, _tr("Choose a backup to restore"),
                                       _tr(JOURNAL_FILTER))
    if backup is None:
        return False
    backup = Path(backup)
    if backup.resolve() == journal.path.resolve():
        dialogs.show_error(window, _tr("Not restored"), _tr(
            "That file is the journal itself, not a backup. Choose a backup file."))
        return False
    if not dialogs.ask_yes_no(window, _tr("Restore this backup?"), fill(_tr(
            "Your journal will be replaced by the backup {name}. Changes made since that "
            "backup are not in it. The journal as it is now is kept aside first, so you can "
            "go back to it."), name=backup.name),
            yes=_tr("Restore the backup"), no=_tr("Cancel")):
        return False
    path = journal.path
    window.flush()
    window.release_journal()
    journal.close()
    kept: Path | None = None
    problem = ""
    try:
        kept = restore_from(backup, path)
    except (JournalError, OSError) as exc:
        problem = str(exc)
    try:
        reopened = Journal.open(path, exclusive=True)
    except JournalError as exc:
        dialogs.show_error(window, _tr("The journal could not be opened"), str(exc))
        return False
    window.set_journal(reopened)
    if problem:
        dialogs.show_error(window, _tr("Not restored"), fill(_tr(
            "The backup was not restored, and your journal is as it was. {reason}"),
            reason=problem))
        return False
    where = fill(_tr(" The journal as it was is kept at {path}."), path=kept) if kept else ""
    dialogs.show_info(window, _tr("Backup restored"),
                      fill(_tr("The backup {name} is now your journal."), name=backup.name)
                      + where)
    return True


def check_journal(window: MainWindow) -> list[str]:
    """The journal's full check, told in plain words; the problems found (none: healthy)."""
    journal = window.journal
    if journal is None:
        return []
    window.flush()
    try:
        problems = journal.check()
    except JournalError as exc:
        problems = [str(exc)]
    if problems:
        dialogs.show_error(window, _tr("The journal has a problem"), "\n".join(problems))
    else:
        dialogs.show_info(window, _tr("The journal is healthy"), _tr(
            "Every case, note and attached file was checked and is as it should be."))
    return problems
