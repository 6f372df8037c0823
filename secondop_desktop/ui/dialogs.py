# SPDX-License-Identifier: GPL-3.0-or-later
"""Every file and message dialog of the main window, in one small module.

Tests replace these functions (monkeypatch) so no test ever waits on a modal dialog. Keep each one
a thin wrapper: the caller decides what to do with the answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

# QMessageBox and QFileDialog are imported where used: the window's start needs neither, and
# making their Python types (with their enums) costs a few milliseconds.
from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def ask_yes_no(parent: QWidget | None, title: str, text: str, yes: str = "", no: str = "") -> bool:
    """A question with two plainly worded buttons; True when the user chose ``yes``."""
    from PySide6.QtWidgets import QMessageBox

    box = _plain_box(QMessageBox.Icon.Question, title, text, parent)
    yes_button = box.addButton(yes or _tr("Yes"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no or _tr("No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_unsaved(parent: QWidget | None, title: str, text: str) -> str:
    """Closing with changes the journal could not take: "save" (to a text file, the default),
    "keep" (the window stays open) or "close" (the user chose to lose them)."""
    from PySide6.QtWidgets import QMessageBox

    box = _plain_box(QMessageBox.Icon.Warning, title, text, parent)
    save = box.addButton(_tr("Save as a text file…"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(_tr("Keep the window open"), QMessageBox.ButtonRole.RejectRole)
    lose = box.addButton(_tr("Close and lose them"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(save)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "close" if clicked is lose else "keep"


def _plain_box(icon: Any, title: str, text: str, parent: QWidget | None) -> Any:
    """A message box that shows ``text`` as written: the messages quote case titles and file
    names, which must never be read as markup (a title with an <img> tag loaded the image)."""
    from PySide6 import QtCore
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = _plain_box(QMessageBox.Icon.Warning, title, text, parent)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = _plain_box(QMessageBox.Icon.Information, title, text, parent)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def show_about(parent: QWidget | None, title: str, text: str, action: str = "") -> bool:
    """The About box; with ``action``, a button of that name too. True when it was clicked."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    icon = QApplication.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    extra = box.addButton(action, QMessageBox.ButtonRole.ActionRole) if action else None
    if extra is not None:
        extra.setObjectName("about_action_button")
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return extra is not None and box.clickedButton() is extra


def ask_open_path(parent: QWidget | None, caption: str, filters: str = "") -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _chosen = QFileDialog.getOpenFileName(parent, caption, "", filters)
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, caption: str, suggested: Path,
                  filters: str = "") -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _chosen = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)
    return Path(name) if name else None


def show_unexpected_error(parent: QWidget | None, details: str, saved: bool,
                          log_folder: Path | None) -> None:
    """"Something went wrong": whether the work is saved, "Copy details", the log's folder."""
    from secondop_desktop.ui.error_report import error_dialog

    error_dialog(parent, details, saved, log_folder).exec()


def ask_folder(parent: QWidget | None, caption: str, start: Path | None = None) -> Path | None:
    """A folder the user picks (a USB stick, a shared folder); None if they cancel."""
    from PySide6.QtWidgets import QFileDialog

    name = QFileDialog.getExistingDirectory(parent, caption, str(start or Path.home()))
    return Path(name) if name else None


def ask_send_case(parent: QWidget | None, title: str,
                  private_notes: int) -> tuple[Path, bool] | None:
    """Where to write a case file, and whether private notes go in: (folder, include_private),
    or None if the user cancels. See ``ui/send_case_dialog.py``."""
    from secondop_desktop.ui.send_case_dialog import SendCaseDialog

    dialog = SendCaseDialog(title, private_notes, parent)
    if dialog.exec() != SendCaseDialog.DialogCode.Accepted or dialog.folder is None:
        return None
    return dialog.folder, dialog.include_private.isChecked()


def show_window(dialog: QWidget) -> None:
    """Show a dialog that does not block the window (history, bin, merge report): the user may
    go on working beside it, and tests click in it directly."""
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
