# SPDX-License-Identifier: GPL-3.0-or-later
"""SQLite's own words in an error message stay as they are (a helper searching the web needs
them), after a plain clause in the user's language saying what kind of problem it is: in a
Spanish window "database is locked" alone told a patient nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from secondop_desktop import i18n
from secondop_desktop.store import journal as journal_module
from secondop_desktop.store.errors import JournalBusy, problem_kind, technical
from secondop_desktop.store.journal import Journal


def _locked_error(tmp_path: Path) -> sqlite3.OperationalError:
    """A real "database is locked" from SQLite: another connection holds the write lock."""
    path = tmp_path / "other.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    waiting = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            waiting.execute("INSERT INTO t VALUES (1)")
    finally:
        waiting.close()
        holder.execute("ROLLBACK")
        holder.close()
    return caught.value


def test_a_real_lock_is_said_in_words_with_sqlite_s_text_after(tmp_path: Path) -> None:
    error = _locked_error(tmp_path)
    with i18n.using("en"):
        assert technical(error) == ("another program is using the journal file — SQLite: "
                                    "database is locked")
    with i18n.using("es"):
        assert technical(error) == ("otro programa está usando el archivo del diario — SQLite: "
                                    "database is locked")


@pytest.mark.parametrize(("said", "english", "spanish"), [
    ("database or disk is full", "the disk is full", "el disco está lleno"),
    ("attempt to write a readonly database",
     "the journal file can only be read here, not changed",
     "aquí el archivo del diario solo se puede leer, no cambiar"),
    ("database disk image is malformed", "the journal file is damaged",
     "el archivo del diario está dañado"),
    ("file is not a database", "the journal file is damaged", "el archivo del diario está dañado"),
    ("disk I/O error", "the disk could not be read or written",
     "no se pudo leer ni escribir en el disco"),
    ("unable to open database file", "the journal file cannot be opened in its folder",
     "el archivo del diario no se puede abrir en su carpeta"),
])
def test_each_kind_of_problem_is_named(said: str, english: str, spanish: str) -> None:
    error = sqlite3.OperationalError(said)  # made here: SQLite's result code is not on it
    with i18n.using("en"):
        assert problem_kind(error).startswith(english)
        assert technical(error).endswith(f" — SQLite: {said}")
    with i18n.using("es"):
        assert problem_kind(error).startswith(spanish)
        assert technical(error).endswith(f" — SQLite: {said}")


def test_words_of_no_known_kind_are_left_as_sqlite_said_them() -> None:
    error = sqlite3.OperationalError("no such table: cases_old")
    assert problem_kind(error) == ""
    assert technical(error) == "no such table: cases_old"


def test_a_journal_held_by_another_program_says_so_in_spanish(tmp_path: Path, monkeypatch,
                                                              demo_case) -> None:
    path = tmp_path / "journal.secondop-journal"
    monkeypatch.setattr(journal_module, "BUSY_TIMEOUT_MS", 50)
    journal = Journal.open(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with i18n.using("es"), pytest.raises(JournalBusy) as caught:
            journal.save_case(demo_case)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        journal.close()
    message = str(caught.value)
    # The message says the kind already: SQLite's words follow it, once.
    assert "Otro programa está usando el diario" in message
    assert "(SQLite: database is locked)" in message
    assert message.count("otro programa está usando") == 0


class _DiskGoneAtCommit:
    """The journal's connection, whose COMMIT meets a disk that stopped answering."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, *args):  # noqa: ANN202 - as sqlite3's
        if sql == "COMMIT":
            raise sqlite3.OperationalError("disk I/O error")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str):  # noqa: ANN204 - everything else as it is
        return getattr(self._conn, name)


def test_a_write_the_disk_refused_says_what_kind_then_sqlite_s_words(
        tmp_path: Path, monkeypatch, demo_case) -> None:
    from secondop_desktop.store.errors import JournalError

    journal = Journal.open(tmp_path / "journal.secondop-journal")
    monkeypatch.setattr(journal, "_conn", _DiskGoneAtCommit(journal._conn))
    monkeypatch.setattr(journal_module, "is_disk_full", lambda *_a, **_k: False)
    try:
        with i18n.using("es"), pytest.raises(JournalError) as caught:
            journal.save_case(demo_case)
    finally:
        monkeypatch.undo()
        journal.close()
    message = str(caught.value)
    assert message.startswith("No se pudo guardar en el diario")
    assert "(no se pudo leer ni escribir en el disco — SQLite: disk I/O error)" in message
