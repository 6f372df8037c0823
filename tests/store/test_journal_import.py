# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing case files: new cases, the same file twice, merging, all or nothing."""

from __future__ import annotations

import copy
import hashlib
import sqlite3
from pathlib import Path

import pytest

from secondop_desktop.domain.model import Attachment, Case, CaseFile, Note, Record
from secondop_desktop.store.casefile import LoadedCaseFile, read_case_file, write_case_file
from secondop_desktop.store.journal import Journal, JournalError


def _data_version(path: Path) -> int:
    """Changes whenever another connection commits a change to the file."""
    return _watcher(path).execute("PRAGMA data_version").fetchone()[0]


_WATCHERS: dict[Path, sqlite3.Connection] = {}


def _watcher(path: Path) -> sqlite3.Connection:
    if path not in _WATCHERS:
        _WATCHERS[path] = sqlite3.connect(path)
    return _WATCHERS[path]


@pytest.fixture(autouse=True)
def _close_watchers():
    yield
    for conn in _WATCHERS.values():
        conn.close()
    _WATCHERS.clear()


def test_import_new_case_from_the_demo_file(journal_path: Path, demo_file: Path) -> None:
    loaded = read_case_file(demo_file)
    with Journal.open(journal_path) as journal:
        report = journal.import_case(loaded)
        assert report.changed
        assert ("case", loaded.casefile.case.id) in report.added
        assert ("note", loaded.casefile.case.notes[0].id) in report.added
        stored = journal.load_case(loaded.casefile.case.id)
        assert stored.to_dict() == loaded.casefile.case.to_dict()
        assert journal.search("osteoarthritis")
        assert journal.check() == []


def test_importing_twice_changes_nothing(journal_path: Path, demo_file: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.import_case(read_case_file(demo_file))
        before = journal.load_case(read_case_file(demo_file).casefile.case.id).to_dict()
        version = _data_version(journal_path)
        report = journal.import_case(read_case_file(demo_file))
        assert not report.changed
        assert _data_version(journal_path) == version
        assert journal.load_case(before["id"]).to_dict() == before
        # The watcher does see a real write.
        journal.save_case(Case(title="Another"))
        assert _data_version(journal_path) != version


def test_import_with_attachments_round_trip(
    journal_path: Path, tmp_path: Path, demo_case: Case
) -> None:
    scan = b"\x89PNG fake scan of the knee" * 50
    digest = hashlib.sha256(scan).hexdigest()
    demo_case.records.append(
        Record(title="Knee X-ray", kind="imaging", attachments=[
            Attachment(file=f"attachments/{digest}", name="knee.png", sha256=digest,
                       size=len(scan), media_type="image/png")
        ])
    )
    archive = tmp_path / "knee.secondop"
    write_case_file(demo_case, archive, lambda sha: scan if sha == digest else b"",
                    include_private=True)
    with Journal.open(journal_path) as journal:
        journal.import_case(read_case_file(archive))
        assert journal.read_attachment(digest) == scan
        version = _data_version(journal_path)
        assert not journal.import_case(read_case_file(archive)).changed
        assert _data_version(journal_path) == version


def test_import_merges_a_known_case(journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        theirs = copy.deepcopy(demo_case)
        theirs.notes[0].text = "Edited later on the laptop: kookaburra"
        theirs.notes[0].updated_at = "2030-01-01T00:00:00+00:00"
        extra_note = Note(text="Typed in the consultation room", author="Ana")
        theirs.notes.append(extra_note)
        theirs.notes.pop(1)  # missing on their side: must be kept, notes are never dropped
        report = journal.import_case(LoadedCaseFile(casefile=CaseFile(case=theirs)))
        assert report.changed
        assert ("note", extra_note.id) in report.added
        assert ("note", demo_case.notes[0].id) in report.updated
        merged = journal.load_case(demo_case.id)
        ids = {n.id for n in merged.notes}
        assert {n.id for n in demo_case.notes} | {extra_note.id} == ids
        assert [h.object_id for h in journal.search("kookaburra")] == [demo_case.notes[0].id]
        assert journal.check() == []


def test_failed_import_writes_nothing(journal_path: Path, demo_case: Case) -> None:
    loaded = LoadedCaseFile(
        casefile=CaseFile(case=demo_case),
        attachments={"0" * 64: b"bytes that do not hash to zeros"},
    )
    with Journal.open(journal_path) as journal:
        version = _data_version(journal_path)
        with pytest.raises(JournalError, match="does not match"):
            journal.import_case(loaded)
        assert journal.case_ids() == set()
        assert not journal.has_attachment(hashlib.sha256(b"bytes that do not hash to zeros")
                                          .hexdigest())
        assert _data_version(journal_path) == version
