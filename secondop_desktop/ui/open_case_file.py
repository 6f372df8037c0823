# SPDX-License-Identifier: GPL-3.0-or-later
"""A case file given on the command line (``secondop knee.secondop``: what the file manager runs
when the user opens one) is imported into the window's journal, merged if the case is known, and
shown, with what the import did.

The window's own import command (``MainWindow.import_case_file(path)``: the merge-report window
of ``ui/case_transfer.py``) does it. Should a window lack it (an older main window in a test,
say), the same steps are taken here and the report's sentence shown through ``ui.dialogs``.
A case file opened while SecondOp is already open reaches the open window through
``ui/instance_handoff.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from secondop_desktop.ui import dialogs


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenCaseFile", text)


def open_case_file(window: Any, path: Path) -> str | None:
    """Import ``path`` and show its case; the case's id, or None (the user was told why)."""
    importer = getattr(window, "import_case_file", None)
    if callable(importer):
        return importer(Path(path))
    from secondop_desktop.store.casefile import CaseFileError, read_case_file
    from secondop_desktop.store.errors import JournalError

    if window.journal is None:
        return None
    try:
        loaded = read_case_file(Path(path))
    except CaseFileError as exc:
        dialogs.show_error(window, _tr("This file cannot be opened"), str(exc))
        return None
    case_id = loaded.casefile.case.id
    window.flush()  # what the user typed in that case is in the journal before the merge
    try:
        report = window.journal.import_case(loaded)
    except JournalError as exc:
        dialogs.show_error(window, _tr("The case file was not imported"), str(exc))
        return None
    # The window's copy of the case (if open) is older than the journal's now: read it again.
    document = window.documents.pop(case_id, None)
    if document is not None:
        window.undo_group.removeStack(document.stack)
        if window.document is document:
            window.document = None
    window.clear_search()
    window.case_model.set_cases(window.journal.list_cases())
    window.open_case(case_id)
    dialogs.show_info(window, _tr("Case file imported"), report.describe())
    return case_id
