# SPDX-License-Identifier: GPL-3.0-or-later
"""When the journal cannot take what was typed (a full disk, a damaged file): the banner that
says so where the user is typing and keeps saying it, and the plain text copy of the case that
keeps the words safe somewhere else."""

from __future__ import annotations

import contextlib
import logging
import os
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from secondop_desktop import paths
from secondop_desktop.domain.case_text import case_as_text
from secondop_desktop.i18n import fill
from secondop_desktop.store.files import private_dir
from secondop_desktop.ui.announce import announce

if TYPE_CHECKING:
    from secondop_desktop.domain.model import Case

log = logging.getLogger(__name__)

UNSAVED_FOLDER = "unsaved"


class SaveProblemBanner(QFrame):
    """Above the open case while its latest changes are not in the journal: what went wrong,
    that the words are still here, and a button to keep them in a text file."""

    saveCopyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save_problem")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Your changes are not saved"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel()
        self.label.setObjectName("save_problem_text")
        self.label.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # the message quotes a path
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.button = QPushButton(self.tr("Save a copy as a text file…"))
        self.button.setObjectName("save_problem_copy")
        self.button.setAccessibleName(self.tr("Save a copy of the unsaved case as a text file"))
        self.button.clicked.connect(self.saveCopyRequested)
        row.addWidget(self.button)
        # Its colours (a warning band) are in the theme's style sheet (resources/style.qss).
        self.hide()

    def show_problem(self, message: str) -> None:
        """Say ``message`` (or hide, for "")."""
        if not message:
            if not self.isHidden():
                announce(self, self.tr("Your changes are saved now."))
            self.hide()
            return
        text = fill(self.tr(
            "Your latest changes are not saved. {message} They stay in this window, and "
            "SecondOp keeps trying to save them."), message=message)
        if text != self.label.text() or self.isHidden():
            # Said once to a screen reader, at once (each retry that fails alike stays quiet).
            announce(self, text, assertive=True)
        self.label.setText(text)
        self.show()


def write_text_copy(case: Case, path: Path, reason: str = "") -> Path:
    """The case as plain text at ``path`` (private, 0600), written whole or not at all."""
    heading = "Saved by SecondOp because the journal could not take it"
    if reason:
        heading += f" ({reason})"
    text = case_as_text(case, heading + ".")
    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return path


def suggested_name(case: Case) -> str:
    title = re.sub(r"[^\w\- ]+", "", case.title, flags=re.UNICODE).strip()[:60] or "case"
    return f"{title} (not saved) {datetime.now():%Y-%m-%d %H%M}.txt"


def emergency_copy(case: Case, reason: str = "") -> Path | None:
    """No one to ask (the session is ending): the text copy goes to the data folder's
    ``unsaved`` folder, private. None if even that cannot be written (logged)."""
    try:
        folder = paths.data_dir() / UNSAVED_FOLDER
        private_dir(folder)
        return write_text_copy(case, folder / suggested_name(case), reason)
    except OSError:
        log.exception("the unsaved case %s could not be written anywhere", case.id)
        return None
