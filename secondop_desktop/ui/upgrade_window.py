# SPDX-License-Identifier: GPL-3.0-or-later
"""The small window shown while a journal of an older SecondOp is upgraded, before the main
window: an upgrade of a big journal takes a minute or two (its search index is made again), and
without it the user would see nothing at all in that time.

The upgrade runs on a thread of its own, through a connection of its own (it opens the journal,
which migrates it, and closes it again); the GUI thread only waits in a local event loop, so the
window keeps painting and answering. Closing the window does not stop the upgrade: it runs in one
transaction after a safety copy (``store.journal``), and the window stays until it is done, saying
so. What the open raised (damaged, too new, in use, disk full…) is raised again on the GUI thread,
where the caller tells it as it would at any start.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from secondop_desktop.ui.announce import announce


class UpgradeWindow(QWidget):
    """"Updating your journal…" with a busy bar. While ``running`` it refuses to close and says
    why; the caller closes it when the upgrade is done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("upgrade_window")
        self.running = True
        self.setWindowTitle(self.tr("Updating your journal"))
        self.message = QLabel(self.tr("Updating your journal for this version of SecondOp. This "
                                      "happens once and can take a minute."))
        self.message.setObjectName("upgrade_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setObjectName("upgrade_progress")
        self.progress.setRange(0, 0)  # busy: how far along is not known
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Updating the journal"))
        self.note = QLabel(self.tr("The update goes on until it is done, and then your cases "
                                   "open. Nothing in your journal is lost meanwhile."))
        self.note.setObjectName("upgrade_note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.note)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.running:
            # Stopping half way would gain nothing (the upgrade is one transaction and takes
            # its course); say that it goes on rather than vanish and leave the user guessing.
            event.ignore()
            if not self.note.isVisible():  # said once, however often the close is tried
                self.note.show()
                announce(self, self.note.text())
            return
        event.accept()


class _Done(QObject):
    finished = Signal()


def run_upgrade(upgrade: Callable[[], None], parent: QWidget | None = None) -> None:
    """Show the upgrade window and run ``upgrade`` (open the journal, which migrates it, and
    close it) on a thread of its own; return when it is done, with the window gone. What
    ``upgrade`` raised is raised here, on the GUI thread."""
    window = UpgradeWindow(parent)
    done = _Done()
    loop = QEventLoop()
    failure: list[BaseException] = []
    finished: list[bool] = []

    def on_finished() -> None:  # on the GUI thread (queued: emitted on the worker's)
        finished.append(True)
        loop.quit()

    done.finished.connect(on_finished)

    def work() -> None:
        try:
            upgrade()
        except BaseException as exc:  # noqa: BLE001 (handed to the GUI thread, raised there)
            failure.append(exc)
        finally:
            done.finished.emit()

    thread = threading.Thread(target=work, name="secondop-upgrade", daemon=False)
    window.show()
    thread.start()
    try:
        while not finished:
            loop.exec()
    finally:
        thread.join()
        window.running = False
        window.close()
        window.deleteLater()
    if failure:
        raise failure[0]
