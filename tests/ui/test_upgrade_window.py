# SPDX-License-Identifier: GPL-3.0-or-later
"""Starting on a journal of an older SecondOp: a small window says the journal is being updated
while the upgrade runs on a thread of its own, then the main window shows the cases."""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from secondop_desktop.store import migrations
from secondop_desktop.ui import application, dialogs, upgrade_window
from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.upgrade_window import UpgradeWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "journals"


def _v4_journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.secondop-journal"
    shutil.copyfile(FIXTURES / "v4.secondop-journal", path)
    return path


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _upgrade_windows() -> list[UpgradeWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, UpgradeWindow) and w.isVisible()]


class HeldUpgrade:
    """The upgrade's search rebuild waits (on the worker thread) until a timer on the GUI thread
    has ticked ``ticks_needed`` times with the upgrade window on screen: the upgrade cannot end
    before the GUI thread has shown that it answers. ``on_tick`` runs at each tick."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, ticks_needed: int = 4) -> None:
        self.ticks = 0
        self.ticks_needed = ticks_needed
        self.seen: list[str] = []  # the upgrade window's words, as the timer saw them
        self.released = threading.Event()
        self.waited: list[bool] = []
        self.on_tick = lambda window: None
        real = migrations.rebuild_search

        def held(db) -> None:
            # True only if the GUI thread's timer let go (never the timeout).
            self.waited.append(self.released.wait(30))
            real(db)

        monkeypatch.setattr(migrations, "rebuild_search", held)
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        shown = _upgrade_windows()
        if not shown:
            return
        self.ticks += 1
        window = shown[0]
        self.seen.append(window.findChild(QLabel, "upgrade_message").text())
        self.on_tick(window)
        if self.ticks >= self.ticks_needed:
            self.released.set()

    def stop(self) -> None:
        self.timer.stop()
        self.released.set()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch, qapp):
    upgrade = HeldUpgrade(monkeypatch)
    yield upgrade
    upgrade.stop()


def _close(window: MainWindow) -> None:
    window.close()
    assert window.journal is not None
    window.journal.close()


def test_a_v4_journal_shows_the_upgrade_window_then_its_cases(tmp_path: Path, qtbot, held):
    path = _v4_journal(tmp_path)
    expected = json.loads((FIXTURES / "v4.json").read_text(encoding="utf-8"))
    window = application.start(path)
    assert isinstance(window, MainWindow)
    try:
        qtbot.addWidget(window)
        assert held.seen and held.seen[0] == (
            "Updating your journal for this version of SecondOp. This happens once and can "
            "take a minute.")
        assert held.waited == [True]
        assert _upgrade_windows() == []  # gone before the main window shows
        assert window.isVisible()
        assert window.case_model.rowCount() == len(expected["cases"])
        assert _version(path) == migrations.latest_version()
    finally:
        _close(window)


def test_the_window_keeps_answering_while_the_journal_is_upgraded(tmp_path: Path, qtbot, held):
    """The upgrade waits for the GUI thread's timer: it only ends because the timer ticked
    (several times) while the upgrade was under way."""
    window = application.start(_v4_journal(tmp_path))
    assert isinstance(window, MainWindow)
    try:
        qtbot.addWidget(window)
        assert held.waited == [True]
        assert held.ticks >= held.ticks_needed
    finally:
        _close(window)


def test_closing_the_upgrade_window_lets_the_upgrade_finish(tmp_path: Path, qtbot, held,
                                                            monkeypatch: pytest.MonkeyPatch):
    path = _v4_journal(tmp_path)
    notes: list[bool] = []
    said: list[str] = []
    monkeypatch.setattr(upgrade_window, "announce", lambda _w, text, **_k: said.append(text))

    def close_it(upgrade: UpgradeWindow) -> None:
        upgrade.close()  # as the user clicking its close button
        notes.append(upgrade.findChild(QLabel, "upgrade_note").isVisible())

    held.on_tick = close_it
    window = application.start(path)
    assert isinstance(window, MainWindow)
    try:
        qtbot.addWidget(window)
        # Each close was refused: the window stayed, saying the update goes on.
        assert held.ticks >= held.ticks_needed and notes and all(notes)
        # A screen reader is told once why the window stays, however often it is closed.
        assert said == ["The update goes on until it is done, and then your cases open. "
                        "Nothing in your journal is lost meanwhile."]
        assert window.case_model.rowCount() > 0
        assert _version(path) == migrations.latest_version()
    finally:
        _close(window)


def test_an_upgrade_that_fails_says_so_as_any_open_would_and_leaves_the_journal(
        tmp_path: Path, qtbot, held, monkeypatch: pytest.MonkeyPatch):
    path = _v4_journal(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))

    def fails(db) -> None:
        raise RuntimeError("disk full, say")

    monkeypatch.setattr(migrations, "rebuild_search", fails)
    assert application.start(path) is None
    assert len(shown) == 1 and "nothing was lost" in shown[0] and "disk full" in shown[0]
    assert _upgrade_windows() == []
    assert _version(path) == 4


def test_the_upgrade_window_in_spanish(qapp, qtbot):
    from secondop_desktop.ui import translations

    translations.install("es")
    try:
        window = UpgradeWindow()
        qtbot.addWidget(window)
        assert window.windowTitle() == "Actualizando su diario"
        assert window.message.text().startswith("Estamos actualizando su diario")
    finally:
        translations.install(None)


def test_a_journal_of_this_version_opens_without_the_upgrade_window(
        journal_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch):
    from secondop_desktop.ui import upgrade_window

    ran: list[object] = []
    monkeypatch.setattr(upgrade_window, "run_upgrade", ran.append)
    window = application.start(journal_path)  # made new: nothing to upgrade
    assert isinstance(window, MainWindow)
    try:
        qtbot.addWidget(window)
        window2 = application.open_journal(journal_path.with_name("other.secondop-journal"))
        assert window2 is not None
        window2.close()
        assert ran == []
    finally:
        _close(window)


def test_an_upgrade_start_sets_the_garbage_collector_going_again(tmp_path: Path, qtbot, held):
    """``secondop`` pauses the collector for a quick start (app.pause_collector); an upgrade
    makes a minute's garbage, so the collector works again from the upgrade on."""
    import gc

    from secondop_desktop.app import pause_collector

    was_on = gc.isenabled()
    pause_collector()
    try:
        window = application.start(_v4_journal(tmp_path))
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        assert gc.isenabled()
        _close(window)
    finally:
        if was_on:
            gc.enable()
