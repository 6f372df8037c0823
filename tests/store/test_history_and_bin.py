# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal keeps every replaced text, and deleting a case only moves it to the bin."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest

from secondop_desktop.domain import edits
from secondop_desktop.domain.history import FieldChange, apply_earlier, decode_path, describe_field
from secondop_desktop.domain.model import Attachment, Case, CaseFile, Note, Record
from secondop_desktop.store import journal as journal_module
from secondop_desktop.store.casefile import LoadedCaseFile
from secondop_desktop.store.journal import CaseNotFound, Journal


def _kept(journal: Journal, case_id: str) -> list[tuple[str, str, object, str]]:
    return [(e.kind, describe_field(None, e.kind, e.object_id, decode_path(e.path),
                                    json.loads(e.old)), json.loads(e.old), e.reason)
            for e in journal.history(case_id)]


def test_every_save_keeps_what_it_replaced(journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        assert journal.history(demo_case.id) == []  # a new case replaces nothing
        before = demo_case.concern
        demo_case.concern = "The knee is worse on stairs."
        rationale = demo_case.opinions[0].rationale
        demo_case.opinions[0].rationale = ""
        journal.save_case(demo_case)
        demo_case.concern = before  # an undo puts the first text back …
        journal.save_case(demo_case, reason="undo")
        kept = _kept(journal, demo_case.id)
        assert kept[0] == ("case", "Health concern", "The knee is worse on stairs.", "undo")
        assert ("case", "Health concern", before, "typed") in kept
        assert ("opinion", "An opinion: reasoning", rationale, "typed") in kept
        # … and saving the same case again adds nothing.
        journal.save_case(demo_case)
        assert len(journal.history(demo_case.id)) == len(kept)


def test_a_removed_opinion_is_kept_whole_and_comes_back(journal_path: Path,
                                                        demo_case: Case) -> None:
    demo_case.notes.append(Note(text="Ask about the X-ray", opinion_id=demo_case.opinions[0].id))
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        removed = copy.deepcopy(demo_case.opinions[0])
        edits.remove_opinion(demo_case, removed.id)
        journal.save_case(demo_case)
        whole = [e for e in journal.history(demo_case.id)
                 if e.kind == "opinion" and e.path == "[]"]
        assert len(whole) == 1
        change = FieldChange("opinion", whole[0].object_id, (), json.loads(whole[0].old))
        apply_earlier(demo_case, change)
        assert demo_case.opinion(removed.id) is not None
        assert demo_case.opinion(removed.id).rationale == removed.rationale
        journal.save_case(demo_case, reason="restore")
        assert journal.load_case(demo_case.id).opinion(removed.id) is not None


def test_one_save_keeps_its_changes_under_one_time_even_across_a_second(
        journal_path: Path, demo_case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    # The History puts a note's doctor back with the removed opinion by the time they share;
    # a loaded machine can finish the save a second after it began.
    demo_case.notes.append(Note(text="Ask about the X-ray", opinion_id=demo_case.opinions[0].id))
    ticks = iter(range(10, 60))
    monkeypatch.setattr(journal_module, "now_iso",
                        lambda: f"2026-12-03T16:52:{next(ticks):02d}+00:00")
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        edits.remove_opinion(demo_case, demo_case.opinions[0].id)
        journal.save_case(demo_case)
        kept = journal.history(demo_case.id)
        assert {e.kind for e in kept} >= {"opinion", "note"}
        assert len({e.changed_at for e in kept}) == 1
        demo_case.concern = "Worse on stairs."
        journal.save_case(demo_case)  # the next save has a time of its own
        assert len({e.changed_at for e in journal.history(demo_case.id)}) == 2


def test_the_bin(journal_path: Path, demo_case: Case) -> None:
    other = Case(title="Shoulder", notes=[Note(text="knee too, a little")])
    with Journal.open(journal_path) as journal:
        sha = journal.add_attachment(b"scan")
        demo_case.records.append(Record(title="Scan", attachments=[Attachment(
            file=f"attachments/{sha}-scan.txt", name="scan.txt", sha256=sha, size=4)]))
        journal.save_case(demo_case)
        journal.save_case(other)
        journal.delete_case(demo_case.id)
        assert [c.id for c in journal.list_cases()] == [other.id]
        assert journal.case_ids() == {other.id}
        assert {h.case_id for h in journal.search("knee")} == {other.id}
        with pytest.raises(CaseNotFound, match="in the bin"):
            journal.find_case(demo_case.title)
        (binned,) = journal.bin()
        assert (binned.id, binned.title) == (demo_case.id, demo_case.title)
        assert journal.find_in_bin(demo_case.title[:5] + demo_case.title[5:]).id == demo_case.id
        assert journal.check() == []
        # Back whole: every part, search, and the attachment.
        journal.undelete_case(demo_case.id)
        assert journal.load_case(demo_case.id).to_dict() == demo_case.to_dict()
        assert demo_case.id in {h.case_id for h in journal.search("osteoarthritis")}
        assert journal.read_attachment(sha) == b"scan"
        assert journal.check() == []
        # Emptied only when asked: the attachment goes with the last case that needs it.
        journal.delete_case(demo_case.id)
        assert journal.empty_bin() == 1
        assert journal.empty_bin() == 0
        assert not journal.has_attachment(sha)
        assert journal.case_ids() == {other.id}
        assert journal.check() == []


def test_history_size_and_forgetting(journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        demo_case.concern = "Shorter."
        journal.save_case(demo_case)
        count, size, cases = journal.history_size()
        assert (count, cases) == (1, 1) and size > 20
        assert journal.forget_history(demo_case.id) == 1
        assert journal.history_size() == (0, 0, 0)
        assert journal.load_case(demo_case.id).concern == "Shorter."


def _as_file(case: Case) -> LoadedCaseFile:
    return LoadedCaseFile(casefile=CaseFile(case=copy.deepcopy(case)), attachments={})


def test_an_import_keeps_both_sides_and_a_second_one_adds_nothing(
        journal_path: Path, demo_case: Case) -> None:
    """Two laptops: each edits the case; the older side's text is kept in the history."""
    mine = copy.deepcopy(demo_case)
    theirs = copy.deepcopy(demo_case)
    mine.concern = "My own words about the knee."
    mine.updated_at = "2026-11-01T10:00:00+00:00"
    theirs.concern = "Ana's words about the knee."
    theirs.updated_at = "2026-11-02T10:00:00+00:00"
    theirs.title = "Knee (Ana's copy)"
    mine.opinions[0].rationale = "My note of Dr Hale's reasons."
    mine.opinions[0].updated_at = "2026-11-03T10:00:00+00:00"
    theirs.opinions[0].rationale = "Ana's note of Dr Hale's reasons."
    theirs.opinions[0].updated_at = "2026-11-01T09:00:00+00:00"
    with Journal.open(journal_path) as journal:
        journal.save_case(mine)
        report = journal.import_case(_as_file(theirs), source="knee.secondop")
        lines = report.replaced_lines(journal.load_case(mine.id), "knee.secondop")
        assert "Health concern: kept the newer text from knee.secondop; yours is in the " \
               "history" in lines
        assert "Title: kept the newer text from knee.secondop; yours is in the history" in lines
        assert any(line.endswith("reasoning: kept your newer text; the one from knee.secondop "
                                 "is in the history") for line in lines)
        merged = journal.load_case(mine.id)
        assert merged.concern == theirs.concern
        assert merged.opinions[0].rationale == mine.opinions[0].rationale
        kept = {(e.reason, e.source, json.loads(e.old)) for e in journal.history(mine.id)}
        assert ("import", "knee.secondop", "My own words about the knee.") in kept
        assert ("import-kept", "knee.secondop", "Ana's note of Dr Hale's reasons.") in kept
        count = len(journal.history(mine.id))
        journal.import_case(_as_file(theirs), source="knee.secondop")
        assert len(journal.history(mine.id)) == count


def test_importing_a_case_in_the_bin_brings_it_back(journal_path: Path,
                                                    demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        journal.delete_case(demo_case.id)
        report = journal.import_case(_as_file(demo_case), source="knee.secondop")
        assert report.from_bin
        assert journal.bin() == []
        assert journal.find_case(demo_case.title).id == demo_case.id
        assert journal.check() == []


def test_history_survives_a_reopen_and_is_deleted_only_with_its_case(
        journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        demo_case.title = "Knee"
        journal.save_case(demo_case)
    with Journal.open(journal_path) as journal:
        assert len(journal.history(demo_case.id)) == 1
        journal.delete_case(demo_case.id)
        assert len(journal.history(demo_case.id)) == 1
        journal.empty_bin()
    conn = sqlite3.connect(journal_path)
    assert conn.execute("SELECT count(*) FROM history").fetchone()[0] == 0
    conn.close()
