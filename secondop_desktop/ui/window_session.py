# SPDX-License-Identifier: GPL-3.0-or-later
"""What runs while the window is open, from its first paint to its close: the journal's
integrity check and the automatic backup (and one more backup on quitting), the log file, the
answer to a later start on the same journal, and the applications-menu entry. (Saving on
logging out is ``ui/logout.py``, in place from the first paint.)

``application.run`` loads this module once the window is on screen (a seam, see
docs/internals.md): none of it shows in the first paint, so the window does not wait for it.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer

from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import background, settings
from secondop_desktop.ui.latest_worker import LatestWorker
from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.open_case_file import open_case_file

BACKUP_DELAY_MS = 1000  # after the integrity check has passed


class BackgroundWork:
    """The journal's integrity check at once, the automatic backup once it has passed (both on
    plain threads), and the backup once more when the window has closed. ``on_damage`` (if set)
    is called on the GUI thread when the check finds damage, and returns the journal to go on
    with (or None)."""

    def __init__(self, journal: Journal) -> None:
        self.journal: Journal | None = journal
        self.backup_thread: threading.Thread | None = None
        self.check: background.IntegrityCheck | None = None
        self.on_damage: Callable[[str], Journal | None] | None = None
        self._backup_delay_ms = BACKUP_DELAY_MS
        self._checker: LatestWorker | None = None
        self._finished = False

    def schedule(self, backup_delay_ms: int = BACKUP_DELAY_MS) -> None:
        self._backup_delay_ms = backup_delay_ms
        self.start_check()

    def start_check(self) -> None:
        """The quick integrity check on a thread; the backup is scheduled when it passes."""
        if self.journal is None:
            return
        self.check = background.IntegrityCheck(self.journal.path)
        # It only reads, so quitting never waits for it (the worker's thread is a daemon).
        self._checker = LatestWorker(name="secondop-integrity-check")
        self._checker.finished.connect(self._checked)
        self._checker.request(self.check.run)

    def _checked(self, damage: str | None, _error: str) -> None:
        """The check's answer, on the GUI thread."""
        check = self.check
        if check is None:
            return
        check.damage, check.done = damage, True
        if self._finished:
            return
        if check.damage is not None:
            # No backup of a damaged file: it would push a good one out.
            self.journal = self.on_damage(check.damage) if self.on_damage else None
            if self.journal is None:
                return
        QTimer.singleShot(self._backup_delay_ms, self.start_backup)

    def start_backup(self) -> None:
        if not self._finished and self.backup_thread is None and self.journal is not None:
            self.backup_thread = background.start_backup(self.journal)

    def finish(self) -> None:
        """After the window closed, before the journal does: the background backup ends, then
        one more backup if due (the day's changes are in it)."""
        self._finished = True
        if self.backup_thread is not None:
            self.backup_thread.join()
        if self.journal is None:
            return
        if self.check is None or self.check.running() or self.check.damage is not None:
            return  # a file not known to be sound (not checked yet, even) is not backed up
        background.backup_if_due(self.journal)


def integrate_with_desktop() -> threading.Thread | None:
    """Put SecondOp in the desktop's applications menu with its icon and file type (unless the
    user took it out), on a thread: the desktop's databases take a moment to update."""
    from secondop_desktop import desktop_entry
    if not desktop_entry.supported() or not settings.get(settings.IN_APPLICATIONS_MENU):
        return None

    def install() -> None:
        try:
            desktop_entry.install()
        except OSError as exc:  # a read-only home: the program works without a menu entry
            from secondop_desktop import app_log
            app_log.logger.warning("Not added to the applications menu: %s", exc)
    thread = threading.Thread(target=install, name="desktop-integration", daemon=True)
    thread.start()
    return thread


def listen_for_later_starts(window: MainWindow, journal_path: Path | None) -> None:
    """A later start on this journal (a case file opened from the file manager, the menu
    entry clicked again) brings this window to the front, with the file imported."""
    from secondop_desktop.ui.instance_handoff import HandoffServer  # QtNetwork: after paint

    server = HandoffServer(journal_path, window)
    server.setObjectName("handoff_server")

    def requested(path: Path | None) -> None:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if path is not None:
            open_case_file(window, path)

    server.requested.connect(requested)


def start_log() -> None:
    from secondop_desktop import app_log

    try:
        app_log.start_log()
    except OSError as exc:  # a read-only or full disk: the program still works without a log
        if sys.stderr is not None:  # None in the windowed frozen build
            print(f"SecondOp: no log file ({exc})", file=sys.stderr)


class WindowSession:
    """Everything above for one window, begun once it is on screen (``begin``) and ended once
    its event loop has returned (``finish``, then ``join`` after the journal has closed)."""

    def __init__(self, window: MainWindow, journal_path: Path | None,
                 open_file: Path | None = None) -> None:
        self.window = window
        self.integration: threading.Thread | None = None
        assert window.journal is not None
        self.work = BackgroundWork(window.journal)
        self.work.on_damage = window.on_damage  # type: ignore[assignment]
        # One step per turn of the event loop, so the window answers between them; the check
        # last, as its thread competes with the window for the interpreter.
        steps: list[Callable[[], None]] = [start_log]
        if open_file is not None:
            steps.append(lambda: open_case_file(window, open_file))
        steps += [lambda: listen_for_later_starts(window, journal_path),
                  self._integrate, self.work.schedule]
        for step in steps:
            QTimer.singleShot(0, window, step)

    def _integrate(self) -> None:
        self.integration = integrate_with_desktop()

    def finish(self) -> None:
        """The event loop has returned: typing saved, the last backup made (before the journal
        closes)."""
        self.window.flush()
        self.work.finish()

    def join(self) -> None:
        if self.integration is not None:
            self.integration.join(timeout=10)
