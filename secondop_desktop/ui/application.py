# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts the window: the QApplication, the journal (with a way out when it cannot be opened),
the main window and the event loop. Once the window is on screen, ``ui/window_session`` adds
the rest: in the background, the journal's integrity check and the automatic backup (and the
backup once more on quitting), saving at once on logging out, the log file.

The window opens the journal without its quick integrity check (it reads the whole file: ~50 ms
for 1,000 cases, more for bigger journals) and runs it on a thread just after it shows. Nothing is
written to the journal before the user changes something, and should the check find damage, the
window lets go of the journal and opens it again the careful way (refused, the latest backup
offered), as if it had been found at start. No automatic backup is made before the check passes,
so a damaged file never pushes a good backup out.

A journal of an older SecondOp is upgraded before the main window is made, on a thread of its
own, while a small window of its own says so (``upgrade_window``); errors of that upgrade end in
the same messages as any other open's.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

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
    needs_upgrade,
    restore_from,
)
from secondop_desktop.ui import (
    appearance,
    dialogs,
    error_report,
    first_paint,
    settings,
    translations,
)
from secondop_desktop.ui.main_window import FIRST_PAINT_FALLBACK_MS, MainWindow

if TYPE_CHECKING:
    from secondop_desktop.ui.logout import SaveOnLogout
    from secondop_desktop.ui.window_session import WindowSession

ORGANIZATION = "SecondOp"


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


def _open_upgraded(path: Path | None, quick_check: bool = True) -> Journal:
    """``_open_exclusive``, after upgrading a journal of an older SecondOp on a thread of its own
    while a small window says so (``upgrade_window``): the upgrade of a big journal takes a minute
    or two, which must not pass with nothing on screen. The open that upgrades raises what it
    would on the GUI thread; the open after it has nothing left to migrate."""
    if needs_upgrade(path):
        # An upgrade makes a minute's garbage: the collector's rest is for a quick start only
        # (app.pause_collector), and nothing is frozen after this start (collect_from_now).
        gc.enable()
        from secondop_desktop.ui import upgrade_window  # seam: only an upgrade needs it

        upgrade_window.run_upgrade(lambda: _open_exclusive(path, quick_check).close())
    return _open_exclusive(path, quick_check=quick_check)


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
        return _open_upgraded(path, quick_check=quick_check)
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
        journal = _open_upgraded(journal_path)
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


def collect_from_now() -> None:
    """The garbage collector, paused for the start (``app.pause_collector``), works again; what
    the start made is left out of its rounds for good (``gc.freeze``): it lives as long as the
    program, and later full rounds walk only what the window makes after it. Nothing to do
    where the collector was never paused (tests start the window without ``app.run_gui``)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


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
    window.on_damage = lambda reason: reopen_damaged(window, reason)
    first_paint.after_first_paint(window, collect_from_now)  # first of the work after paint
    sessions: list[WindowSession] = []

    def begin() -> None:
        collect_from_now()  # a window never painted too
        if sessions or window.journal is None:
            return
        # Seam: what runs while the window is open loads once it is on screen (internals.md).
        from secondop_desktop.ui.window_session import WindowSession

        sessions.append(WindowSession(window, journal_path, open_file))

    # Queued behind the window's own work after its first paint (the last case opened); a
    # window never painted (started minimised) begins a moment later all the same.
    first_paint.after_first_paint(window, lambda: QTimer.singleShot(0, window, begin),
                                  or_after_ms=FIRST_PAINT_FALLBACK_MS)
    logouts: list[SaveOnLogout] = []

    def save_on_logout() -> None:
        from secondop_desktop.ui.logout import SaveOnLogout  # seam: after the first paint

        logouts.append(SaveOnLogout(window))

    # Asked for last, so first of the work after the paint: a logout once the window is seen
    # saves and closes it, even before its icon and its last case are there
    first_paint.after_first_paint(window, save_on_logout, or_after_ms=FIRST_PAINT_FALLBACK_MS)
    try:
        code = QApplication.exec()
        for logout in logouts:
            logout.restore()  # the signals back as they were
        for session in sessions:
            session.finish()
        if not sessions:
            window.flush()
    finally:
        if window.journal is not None:
            window.journal.close()
        reporter.uninstall()
        for session in sessions:
            session.join()
    return int(code)
