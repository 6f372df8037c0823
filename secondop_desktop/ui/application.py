# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts the window: the QApplication, the journal (with a way out when it cannot be opened),
the main window and the event loop; then, in the background, the journal's integrity check and
the automatic backup (and the backup once more on quitting).

The window opens the journal without its quick integrity check (it reads the whole file: ~50 ms
for 1,000 cases, more for bigger journals) and runs it on a thread just after it shows. Nothing is
written to the journal before the user changes something, and should the check find damage, the
window lets go of the journal and opens it again the careful way (refused, the latest backup
offered), as if it had been found at start. No automatic backup is made before the check passes,
so a damaged file never pushes a good backup out.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from secondop_desktop import APP_NAME, __version__
from secondop_desktop.i18n import fill
from secondop_desktop.resources import resource_path
from secondop_desktop.store import backups
from secondop_desktop.store.journal import (
    Journal,
    JournalDamaged,
    JournalError,
    JournalInUse,
    JournalTooNew,
    restore_from,
)
from secondop_desktop.ui import (
    appearance,
    background,
    dialogs,
    error_report,
    first_paint,
    settings,
    translations,
)
from secondop_desktop.ui.latest_worker import LatestWorker
from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.open_case_file import open_case_file

ORGANIZATION = "SecondOp"
BACKUP_DELAY_MS = 1000  # after the integrity check has passed


def _tr(text: str) -> str:
    return QCoreApplication.translate("Application", text)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("secondop")
    # The language before any window or word is made (View → Language, or the system's).
    translations.install(settings.get(settings.LANGUAGE))
    # The font first: setting it after the style sheet would have every widget styled twice.
    appearance.apply_text_size(settings.text_size())
    appearance.apply_style_sheet()
    return app


def set_window_icon() -> None:
    """The application's icon (title bar, task bar). ``start`` sets it once the window is on
    screen: loading the icon classes costs start-up time, and nobody sees the icon sooner."""
    from PySide6.QtGui import QIcon

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    # The drawn sizes first (sharp at 16 and 32 px, and no SVG plugin needed), the SVG for the
    # sizes between.
    icon = QIcon()
    for png in sorted(resource_path("icons", "hicolor").glob("*/apps/secondop.png")):
        icon.addFile(str(png))
    svg = resource_path("icons", "secondop.svg")
    if svg.is_file():
        icon.addFile(str(svg))
    if not icon.isNull():
        app.setWindowIcon(icon)


def _open_exclusive(path: Path | None, quick_check: bool = True) -> Journal:
    """The journal, held for this window alone where the store can do that (a second SecondOp on
    the same journal is refused with ``JournalInUse``)."""
    return Journal.open(path, exclusive=True, quick_check=quick_check)


class HandedOver(Exception):
    """The journal is open in another SecondOp window, which took this start's request."""


def open_journal(path: Path | None, quick_check: bool = True,
                 hand_over: Callable[[], bool] | None = None) -> Journal | None:
    """Open the journal, or explain why not; a damaged or too-new one may be swapped for its
    latest good backup if the user agrees (the file it replaces is kept aside).

    ``quick_check=False`` skips the integrity check that reads the whole file (the caller runs
    the full check in the background instead; the cheap header and schema check still runs).
    ``hand_over`` is tried when another window holds the journal: when it returns True (that
    window took the request), ``HandedOver`` is raised instead of the message."""
    try:
        return _open_exclusive(path, quick_check=quick_check)
    except (JournalDamaged, JournalTooNew) as exc:
        return offer_way_back(exc)
    except JournalError as exc:
        if isinstance(exc, JournalInUse) and hand_over is not None and hand_over():
            raise HandedOver from exc
        # JournalInUse (another SecondOp window has it, and did not answer) comes here too:
        # its message says what to do, and the caller quits with code 1.
        dialogs.show_error(None, _tr("The journal cannot be opened"), str(exc))
        return None


def offer_way_back(problem: Exception) -> Journal | None:
    """The journal (``problem.path``) is damaged or too new: say so, and offer the latest backup
    that passes its check (the damaged file is kept aside, never deleted). Returns the journal
    opened on that backup, or None (nothing was changed)."""
    journal_path: Path = problem.path  # type: ignore[attr-defined]
    backup = backups.latest_good_backup(journal_path)
    if isinstance(problem, JournalDamaged) and problem.backup != backup:
        problem = JournalDamaged(journal_path, problem.reason, backup)
    if backup is None:
        dialogs.show_error(None, _tr("The journal cannot be opened"), str(problem))
        return None
    if not dialogs.ask_yes_no(
            None, _tr("The journal cannot be opened"),
            fill(_tr("{problem}\n\nOpen the latest good backup instead ({backup})? The "
                "current file is kept aside, not deleted."), problem=problem, backup=backup.name),
            yes=_tr("Open the latest backup"), no=_tr("Quit")):
        return None
    try:
        kept = restore_from(backup, journal_path)
        journal = _open_exclusive(journal_path)
    except JournalError as again:
        dialogs.show_error(None, _tr("The backup cannot be opened either"), str(again))
        return None
    if kept is not None:
        dialogs.show_info(None, _tr("Backup opened"),
                          fill(_tr("The latest good backup is open. The file it replaced is "
                                   "kept at {path}."), path=kept))
    return journal


def start(journal_path: Path | None, demo: bool = False,
          hand_over: Callable[[], bool] | None = None) -> MainWindow | None:
    """Everything up to the window shown with the journal's cases listed (what
    bench/bench_startup.py times): None, after saying why, when the journal cannot be opened.
    The menus' commands and the last case come once the window is on screen
    (``MainWindow(paint_first=True)``), the journal's full check on a thread after that
    (``run``).

    The window checks before it reads: the journal's header and table of contents are checked
    at open, and every row read after that is checked as it is read (``store.readback``), so a
    damaged row ends in the damaged-journal message with the way back, never in the window."""
    make_application()
    journal = open_journal(journal_path, quick_check=False, hand_over=hand_over)
    if journal is None:
        return None
    # The window first, then its journal: a journal found damaged while its cases are read is
    # let go of, and the way back offered, with no half-built window left behind.
    window = MainWindow(None, paint_first=True)
    for attempt in range(2):
        try:
            window.set_journal(journal)
            break
        except JournalDamaged as damaged:
            window.set_journal(None)
            journal.close()
            again = offer_way_back(damaged) if attempt == 0 else None
            if again is None:
                if attempt:
                    dialogs.show_error(None, _tr("The journal cannot be opened"), str(damaged))
                window.deleteLater()
                return None
            journal = again
    if demo:
        window.open_example()
    window.show()
    first_paint.after_first_paint(window, set_window_icon)
    return window


def reopen_damaged(window: MainWindow, reason: str = "") -> Journal | None:
    """The full check (or a read) found the window's journal damaged: save nothing more into
    it, let go of it and offer the latest good backup (``offer_way_back``). Returns the journal
    now in the window, None if there is none (the window stays, empty)."""
    journal = window.journal
    if journal is None:
        return None
    window.release_journal()
    journal.close()
    again = offer_way_back(JournalDamaged(journal.path, reason or _tr("it failed its check"),
                                          backups.latest_backup(journal.path)))
    if again is not None:
        window.set_journal(again)
    return again


class BackgroundWork:
    """What runs once the window is up: the journal's integrity check at once, the automatic
    backup once it has passed (both on plain threads), and the backup once more when the window
    has closed. ``on_damage`` (if set) is called on the GUI thread when the check finds damage,
    and returns the journal to go on with (or None)."""

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


@contextlib.contextmanager
def close_on_terminate(window: MainWindow) -> Iterator[None]:
    """While the event loop runs, SIGTERM and SIGHUP (logging out, shutting down, a closed
    terminal, ``kill``) save at once and close the window, asking nothing (what cannot be saved
    is kept as text: ``MainWindow.terminate``); the session manager's "commit data" request
    saves at once too. Python runs signal handlers only between its own bytecodes, so a slow
    timer gives it the chance while Qt waits for events."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.commitDataRequest.connect(_commit_data_slot(window))
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {
        number: signal.signal(number, lambda _sig, _frame: QTimer.singleShot(0, window.terminate))
        for number in wanted
    }
    wake = QTimer()
    wake.setInterval(300)
    wake.timeout.connect(lambda: None)
    wake.start()
    try:
        yield
    finally:
        wake.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)


def _commit_data_slot(window: MainWindow) -> Callable[[object], None]:
    def commit(_manager: object) -> None:
        window.commit_data()

    return commit


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


def run(journal_path: Path | None, demo: bool, open_file: Path | None = None) -> int:
    """Open the window on ``journal_path`` (the user's journal if None); ``demo`` opens the
    worked example straight away, ``open_file`` imports a case file and shows it. Returns the
    exit code (1 when the journal cannot be opened)."""
    reporter = error_report.install()  # from the start: an error in start-up is told too

    def hand_over() -> bool:
        from secondop_desktop.ui.instance_handoff import hand_over as send

        return send(journal_path, open_file)

    try:
        window = start(journal_path, demo, hand_over=hand_over)
    except HandedOver:
        reporter.uninstall()
        return 0  # the window already open took the file (or came to the front)
    if window is None:
        reporter.uninstall()
        return 1
    assert window.journal is not None
    reporter.attach(window, window.flush)
    # The log file is opened once the window is up (an error before that opens it itself).
    first_paint.after_first_paint(window, lambda: QTimer.singleShot(0, window, _start_log))
    if open_file is not None:
        first_paint.after_first_paint(
            window, lambda: QTimer.singleShot(0, window, lambda: open_case_file(window, open_file)))
    first_paint.after_first_paint(
        window, lambda: QTimer.singleShot(0, window, lambda: listen_for_later_starts(
            window, journal_path)))
    integration: list[threading.Thread | None] = []
    first_paint.after_first_paint(
        window, lambda: QTimer.singleShot(0, window,
                                          lambda: integration.append(integrate_with_desktop())))
    work = BackgroundWork(window.journal)
    work.on_damage = lambda reason: reopen_damaged(window, reason)
    window.on_damage = work.on_damage
    # The check's thread competes with the window for the interpreter: it starts once the
    # window is on screen and the last case open (queued behind that work).
    first_paint.after_first_paint(window, lambda: QTimer.singleShot(0, window, work.schedule))
    try:
        with close_on_terminate(window):
            code = QApplication.exec()
        window.flush()
        work.finish()
    finally:
        if window.journal is not None:
            window.journal.close()
        reporter.uninstall()
        for thread in integration:
            if thread is not None:
                thread.join(timeout=10)
    return int(code)


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


def _start_log() -> None:
    from secondop_desktop import app_log

    try:
        app_log.start_log()
    except OSError as exc:  # a read-only or full disk: the program still works without a log
        if sys.stderr is not None:  # None in the windowed frozen build
            print(f"SecondOp: no log file ({exc})", file=sys.stderr)
