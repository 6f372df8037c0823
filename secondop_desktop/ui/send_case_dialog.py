# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Send this case…: where to write the case file, and whether private notes go in.

The folder is chosen with the desktop's folder dialog (a USB stick, a shared folder); private
notes stay out unless the user ticks "Include my private notes", which starts unticked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.i18n import fill
from secondop_desktop.ui import dialogs, fields


class SendCaseDialog(QDialog):
    def __init__(self, title: str, private_notes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_case_dialog")
        self.setWindowTitle(self.tr("Send this case"))
        self.folder: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(fill(self.tr(
            "SecondOp writes “{title}” as one case file, with its attached files, into a folder "
            "you choose: a USB stick, or a folder you share. On the other computer, File → Open "
            "a case file… (or dropping the file on the window) brings it in; nothing there is "
            "replaced without being kept in the case's history."), title=title))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setObjectName("send_case_intro")
        layout.addWidget(intro)

        row = QHBoxLayout()
        self.folder_label = QLabel(self.tr("No folder chosen yet."))
        self.folder_label.setObjectName("send_case_folder")
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        self.choose_button = fields.button("send_case_choose", self.tr("Choose a folder…"),
                                           self.tr("Choose the folder to write the case file to"))
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        self.include_private = QCheckBox(
            fill(self.tr("Include my private notes ({count})"), count=private_notes))
        fields.name(self.include_private, "send_case_include_private",
                    self.tr("Include my private notes"))
        self.include_private.setChecked(False)
        self.include_private.setEnabled(private_notes > 0)
        layout.addWidget(self.include_private)

        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(self.tr("Write the case file"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("send_case_send")
        self.send_button.setEnabled(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("send_case_cancel")
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(self.choose_folder)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def choose_folder(self) -> None:
        folder = dialogs.ask_folder(self, self.tr("Where should the case file go?"))
        if folder is not None:
            self.set_folder(folder)

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.folder_label.setText(str(folder))
        self.send_button.setEnabled(True)
