# SPDX-License-Identifier: GPL-3.0-or-later
"""Unexpected errors are written down and told to the user, never swallowed.

``install()`` sets ``sys.excepthook`` (PySide6 hands it every exception raised in a slot or an
event handler), ``threading.excepthook`` and Qt's message handler. An error is written to the log
(``app_log``) with its traceback; then, on the GUI thread, the window saves what it holds and the
user sees a plain dialog: "Something went wrong.", whether their work is saved (only said when
the save just succeeded), "Copy details" and the log's folder. The program keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, qInstallMessageHandler

from secondop_desktop.i18n import fill
from secondop_desktop.ui import dialogs

QT_LOGGER = "secondop.qt"  # a child of app_log.logger, whose handler writes the log file
_QT_LEVELS = {0: "debug", 4: "info", 1: "warning", 2: "error", 3: "critical"}  # QtMsgType


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorReport", text)


class ErrorReporter(QObject):
    """The hooks, and the dialog shown on the GUI thread (errors on other threads are queued
    to it through ``_raised``)."""

    _raised = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("error_reporter")
        self.save: Callable[[], bool] | None = None
        self.parent_window: Any = None
        self.reported: list[str] = []  # every error's details, in order (shown or not)
        self._showing = False
        self._previous: tuple[Any, Any, Any] | None = None
        # On the GUI thread (a signal from another thread is queued to it), and even there on
        # the next turn of the event loop: the dialog waits until the slot or paint that failed
        # has unwound, instead of opening a modal loop in the middle of it. (A timer, not
        # ``Qt.ConnectionType.QueuedConnection``: naming it builds Qt's namespace, ~25 ms, and
        # this is made before the window's first paint.)
        self._raised.connect(self._show_soon)

    def attach(self, window: Any, save: Callable[[], bool] | None) -> None:
        """The window dialogs belong to, and how to save the user's work before saying so."""
        self.parent_window = window
        self.save = save

    # -- the hooks -----------------------------------------------------------------------------

    def excepthook(self, kind: type[BaseException], error: BaseException,
                   trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.report(kind, error, trace, "the window")

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        where = f"the background task {args.thread.name!r}" if args.thread else "a thread"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, where)

    def report(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None, where: str) -> None:
        from secondop_desktop import app_log

        try:
            if app_log.log_file() is None:
                app_log.start_log()
        except OSError:
            pass  # no log folder (a full or read-only disk): the dialog still tells the user
        details = app_log.describe_exception(kind, error, trace, where)
        app_log.print_if_no_log(details)
        self.reported.append(details)
        self._raised.emit(details)  # to the GUI thread, whichever thread this is

    def _show_soon(self, details: str) -> None:
        QTimer.singleShot(0, self, lambda: self._show(details))

    def _show(self, details: str) -> None:
        if self._showing:
            return  # one dialog at a time; the log has every error
        self._showing = True
        try:
            saved = self._save_work()
            from secondop_desktop import app_log

            log = app_log.log_file()
            dialogs.show_unexpected_error(self.parent_window, details, saved,
                                          log.parent if log else None)
        finally:
            self._showing = False

    def _save_work(self) -> bool:
        if self.save is None:
            return False
        try:
            return bool(self.save())
        except Exception as exc:  # noqa: BLE001 — the report must not fail in its turn
            from secondop_desktop import app_log

            app_log.logger.error("Saving after an error failed too: %r", exc)
            return False

    @staticmethod
    def qt_message(kind: Any, context: Any, message: str) -> None:
        # app_log's logger by its name: Qt may speak before the first paint (the offscreen
        # platform always does), and app_log brings the log file's modules (~8 ms) that the
        # log, started after the paint, does not need until then.
        level = _QT_LEVELS.get(int(getattr(kind, "value", kind)), "warning")
        where = f" ({context.category})" if getattr(context, "category", None) not in (
            None, "default") else ""
        getattr(logging.getLogger(QT_LOGGER), level)("%s%s", message, where)

    # -- installing ------------------------------------------------------------------------------

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook,
                          qInstallMessageHandler(ErrorReporter.qt_message))
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook, qt_handler = self._previous
        qInstallMessageHandler(qt_handler)
        self._previous = None


def install() -> ErrorReporter:
    reporter = ErrorReporter()
    reporter.install()
    return reporter


# -- the dialog --------------------------------------------------------------------------------


def error_dialog(parent: Any, details: str, saved: bool, log_folder: Path | None) -> Any:
    """The dialog ``dialogs.show_unexpected_error`` shows (made here, tested apart)."""
    from PySide6.QtCore import Qt, QUrl
    from PySide6.QtGui import QDesktopServices, QGuiApplication
    from PySide6.QtWidgets import (
        QDialog,
        QDialogButtonBox,
        QLabel,
        QPlainTextEdit,
        QPushButton,
        QVBoxLayout,
    )

    dialog = QDialog(parent)
    dialog.setObjectName("error_dialog")
    dialog.setWindowTitle(_tr("Something went wrong"))
    layout = QVBoxLayout(dialog)
    heading = QLabel(_tr("Something went wrong."))
    heading.setObjectName("error_heading")
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    layout.addWidget(heading)
    if saved:
        state = _tr("Your work is saved. You can go on using SecondOp.")
    else:
        state = _tr("Your latest changes may not be saved. Before closing SecondOp, copy what "
                    "you typed last somewhere safe.")
    state_label = QLabel(state)
    state_label.setObjectName("error_saved_label")
    state_label.setWordWrap(True)
    layout.addWidget(state_label)
    where = QLabel()
    where.setObjectName("error_log_label")
    where.setWordWrap(True)
    if log_folder is not None:
        where.setText(fill(_tr("If it happens again, the details below help whoever looks into it. "
                          "They are also written to the log in {folder}."), folder=log_folder))
    else:
        where.setText(_tr("If it happens again, the details below help whoever looks into it."))
    where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(where)
    text = QPlainTextEdit(details)
    text.setObjectName("error_details")
    text.setAccessibleName(_tr("Details of the error"))
    text.setReadOnly(True)
    text.setMaximumHeight(160)
    layout.addWidget(text)
    buttons = QDialogButtonBox()
    copy = QPushButton(_tr("Copy details"))
    copy.setObjectName("error_copy_button")
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
    if log_folder is not None:
        folder = QPushButton(_tr("Open the log's folder"))
        folder.setObjectName("error_folder_button")
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_folder))))
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    close.setObjectName("error_close_button")
    close.setDefault(True)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog
