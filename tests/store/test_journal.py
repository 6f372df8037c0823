# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal: opening, saving and loading cases, the case list, look-up, deletion, safety."""

from __future__ import annotations

import copy
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from secondop_desktop import paths
from secondop_desktop.domain.model import Case, Note, Opinion, Physician, Question, Review
from secondop_desktop.store.casefile import write_case_file
from secondop_desktop.store.journal import (
    AmbiguousCase,
    CaseNotFound,
    CaseSummary,
    Journal,
    JournalDamaged,
    JournalError,
    NotAJournal,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_open_creates_file_and_folder(tmp_path: Path) -> None:
    path = tmp_path / "deeper" / "still" / "j.secondop-journal"
    with Journal.open(path) as journal:
        assert journal.path == path
        assert journal.list_cases() == []
    assert path.is_file()
    assert _pragma(path, "journal_mode") == "wal"


def test_open_without_path_uses_the_data_folder(_isolated_data_dir: Path) -> None:
    with Journal.open() as journal:
        assert journal.path == paths.default_journal_path()
        assert journal.path.parent == _isolated_data_dir
    assert paths.default_journal_path().is_file()


def test_reopen_keeps_cases(journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
    with Journal.open(journal_path) as journal:
        assert journal.case_ids() == {demo_case.id}


@posix_only
def test_file_and_folder_are_private(tmp_path: Path, demo_case: Case) -> None:
    folder = tmp_path / "shared-looking"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    path = folder / "j.secondop-journal"
    with Journal.open(path) as journal:
        journal.save_case(demo_case)
        wal = path.with_name(path.name + "-wal")
        assert wal.exists()
        assert stat.S_IMODE(wal.stat().st_mode) & 0o077 == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@posix_only
def test_existing_journal_made_private_again(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    os.chmod(journal_path, 0o644)
    Journal.open(journal_path).close()
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600


def test_round_trip_of_the_demo_case(journal_path: Path, demo_case: Case) -> None:
    expected = copy.deepcopy(demo_case.to_dict())
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
    with Journal.open(journal_path) as journal:
        loaded = journal.load_case(demo_case.id)
    assert loaded.to_dict() == expected
    assert [o.id for o in loaded.opinions] == [o.id for o in demo_case.opinions]
    assert [n.id for n in loaded.notes] == [n.id for n in demo_case.notes]


def test_a_pointer_an_earlier_version_left_dangling_is_mended_on_load(
        journal_path: Path, demo_case: Case, tmp_path: Path) -> None:
    # An earlier version kept, after a doctor's opinion was removed, the id of that doctor as
    # whom a difference had been put to; such a case could not be exported. It loads mended.
    first, second = demo_case.opinions[0].id, demo_case.opinions[1].id
    demo_case.reviews.append(Review(opinions=[first, second], point="diagnosis",
                                    state="asked", asked_to="a-removed-opinion"))
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
    with Journal.open(journal_path) as journal:
        loaded = journal.load_case(demo_case.id)
    (review,) = loaded.reviews
    assert review.asked_to is None and review.state == "asked"
    write_case_file(loaded, tmp_path / "case.secondop", lambda sha: b"")  # refused before


def test_unknown_keys_survive(journal_path: Path, demo_case: Case) -> None:
    demo_case.extra["x_new_field"] = {"from": "a newer SecondOp"}
    demo_case.notes[0].extra["x_mood"] = "hopeful"
    demo_case.opinions[0].recommendations[0].extra["x_cost"] = 1200
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        loaded = journal.load_case(demo_case.id)
    assert loaded.extra["x_new_field"] == {"from": "a newer SecondOp"}
    assert loaded.notes[0].extra["x_mood"] == "hopeful"
    assert loaded.opinions[0].recommendations[0].extra["x_cost"] == 1200


def test_save_does_not_invent_timestamps(journal_path: Path) -> None:
    case = Case(title="No times yet", notes=[Note(text="hello")])
    with Journal.open(journal_path) as journal:
        journal.save_case(case)
        loaded = journal.load_case(case.id)
        assert loaded.updated_at is None
        assert loaded.notes[0].updated_at is None
        assert journal.list_cases()[0].updated_at is None


def test_save_adds_changes_removes_and_reorders(journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        removed = demo_case.notes.pop(1)
        demo_case.notes[0].text = "Changed text"
        demo_case.notes.append(Note(text="A new note"))
        demo_case.questions.reverse()
        demo_case.opinions.append(Opinion(physician=Physician(name="Dr Third")))
        journal.save_case(demo_case)
        loaded = journal.load_case(demo_case.id)
    assert loaded.to_dict() == demo_case.to_dict()
    assert removed.id not in {n.id for n in loaded.notes}
    assert [q.id for q in loaded.questions] == [q.id for q in demo_case.questions]


def test_list_cases_newest_first_from_columns(journal_path: Path, demo_case: Case) -> None:
    older = Case(title="Older", updated_at="2026-01-01T12:00:00+00:00", time_sensitive=True)
    # Later as an instant though earlier as text: the offset must be taken into account.
    newer = Case(title="Newer", updated_at="2026-01-01T08:00:00-05:00", status="decided")
    undated = Case(title="Undated")
    with Journal.open(journal_path) as journal:
        for case in (undated, older, newer, demo_case):
            journal.save_case(case)
        summaries = journal.list_cases()
    assert [s.title for s in summaries] == [demo_case.title, "Newer", "Older", "Undated"]
    assert summaries[0] == CaseSummary(
        id=demo_case.id,
        title=demo_case.title,
        status=demo_case.status,
        opinion_count=len(demo_case.opinions),
        time_sensitive=demo_case.time_sensitive,
        updated_at=demo_case.updated_at,
        decide_by=demo_case.decide_by,
    )
    assert summaries[2].time_sensitive is True
    assert summaries[1].status == "decided"


def test_list_cases_a_page_at_a_time_in_the_same_order(journal_path: Path) -> None:
    """The window reads its list in pages; together they are the whole list, each case once,
    undated cases last and cases updated at the same moment in a fixed order."""
    same = "2026-03-01T10:00:00+00:00"
    cases = [Case(title=f"Case {n}", updated_at=same if n % 3 else None) for n in range(11)]
    with Journal.open(journal_path) as journal:
        for case in cases:
            journal.save_case(case)
        whole = journal.list_cases()
        pages = [journal.list_cases(limit=4, offset=start) for start in (0, 4, 8, 12)]
    assert [len(page) for page in pages] == [4, 4, 3, 0]
    assert [s.id for page in pages for s in page] == [s.id for s in whole]
    assert len({s.id for s in whole}) == 11
    assert all(s.updated_at is None for s in whole[-4:])
    # Changed at the same moment: in the order they were added.
    assert [s.title for s in whole[:7]] == [c.title for c in cases if c.updated_at]


def test_list_cases_follows_edits(journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        demo_case.title = "Knee: what next?"
        demo_case.opinions.pop()
        journal.save_case(demo_case)
        (summary,) = journal.list_cases()
    assert summary.title == "Knee: what next?"
    assert summary.opinion_count == 1


def test_find_case_by_id_title_and_id_start(journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        assert journal.find_case(demo_case.id).id == demo_case.id
        assert journal.find_case("  " + demo_case.title.upper() + " ").id == demo_case.id
        assert journal.find_case(demo_case.id[:8]).id == demo_case.id


def test_find_case_none_or_several(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Back pain"))
        journal.save_case(Case(title="back pain"))
        with pytest.raises(AmbiguousCase, match="2 cases are called"):
            journal.find_case("Back Pain")
        with pytest.raises(CaseNotFound, match="No case in this journal"):
            journal.find_case("Shoulder")
        with pytest.raises(JournalError):
            journal.find_case("   ")


def test_emptying_the_bin_removes_everything(journal_path: Path, demo_case: Case) -> None:
    keep = Case(title="Other case", notes=[Note(text="knee stays here")])
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        journal.save_case(keep)
    # Reopened: the cascade works only if foreign keys are switched on at every open.
    with Journal.open(journal_path) as journal:
        journal.delete_case(demo_case.id)
        assert journal.case_ids() == {keep.id}
        assert {h.case_id for h in journal.search("knee")} == {keep.id}
        assert journal.check() == []
        with pytest.raises(CaseNotFound, match="in the bin already"):
            journal.delete_case(demo_case.id)
        assert journal.empty_bin() == 1
        assert journal.bin() == []
        assert journal.check() == []
    conn = sqlite3.connect(journal_path)
    for table in ("opinions", "questions", "notes", "records", "medications", "reviews",
                  "history", "cases"):
        count = conn.execute(f"SELECT count(*) FROM {table} WHERE "
                             f"{'id' if table == 'cases' else 'case_id'} = ?", (demo_case.id,))
        assert count.fetchone()[0] == 0
    conn.close()


def test_failed_save_leaves_journal_as_before(journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        before = journal.load_case(demo_case.id).to_dict()
        broken = copy.deepcopy(demo_case)
        broken.title = "Zebra title that never got saved"
        broken.opinions[0].rationale = "Xylophone rationale never saved"
        # Notes are written after the case row and the opinions: this fails mid-transaction.
        broken.notes.append(Note(text="cannot be stored", extra={"bad": object()}))
        with pytest.raises(TypeError):
            journal.save_case(broken)
        assert journal.load_case(demo_case.id).to_dict() == before
        assert journal.search("zebra") == []
        assert journal.search("xylophone") == []
        assert journal.list_cases()[0].title == demo_case.title
        assert journal.check() == []
        # And the journal still takes the next save.
        demo_case.title = "Saved after all"
        journal.save_case(demo_case)
        assert journal.load_case(demo_case.id).title == "Saved after all"


def test_duplicate_ids_in_a_case_are_refused(journal_path: Path) -> None:
    question = Question(text="Why?")
    case = Case(title="Twice", questions=[question, copy.deepcopy(question)])
    with Journal.open(journal_path) as journal:
        with pytest.raises(JournalError, match="same id"):
            journal.save_case(case)
        assert journal.case_ids() == set()


def test_closed_journal_says_so(journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    journal.close()
    journal.close()
    with pytest.raises(JournalError, match="closed"):
        journal.list_cases()


def test_garbage_file_refused_and_unchanged(journal_path: Path) -> None:
    content = b"These are my notes, not a database.\n" * 100
    journal_path.write_bytes(content)
    with pytest.raises(JournalDamaged, match="damaged") as caught:
        Journal.open(journal_path)
    assert "No automatic backup" in str(caught.value)
    assert journal_path.read_bytes() == content
    assert not journal_path.with_name(journal_path.name + "-wal").exists()


def test_corrupted_journal_refused_unchanged_and_backup_named(
    journal_path: Path, demo_case: Case
) -> None:
    with Journal.open(journal_path) as journal:
        for n in range(30):
            journal.save_case(Case(title=f"Filler {n}", concern="words " * 200))
        journal.save_case(demo_case)
        backup = journal.auto_backup()
    damaged = _corrupt_middle(journal_path)
    with pytest.raises(JournalDamaged) as caught:
        Journal.open(journal_path)
    assert str(backup) in str(caught.value)
    assert caught.value.backup == backup
    assert journal_path.read_bytes() == damaged


def test_other_programs_database_is_not_touched(journal_path: Path) -> None:
    conn = sqlite3.connect(journal_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    content = journal_path.read_bytes()
    with pytest.raises(NotAJournal):
        Journal.open(journal_path)
    assert journal_path.read_bytes() == content


def test_an_empty_file_is_not_taken_for_a_new_journal(journal_path: Path) -> None:
    # A 0-byte file is what a failed copy or a full disk leaves: refused, never written over.
    journal_path.touch()
    with pytest.raises(JournalDamaged, match="empty"):
        Journal.open(journal_path)
    assert journal_path.read_bytes() == b""
    assert not journal_path.with_name(journal_path.name + "-wal").exists()


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="folder"):
        Journal.open(tmp_path)


def test_many_cases_list(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        for n in range(200):
            stamp = f"2026-01-01T00:{n // 60:02d}:{n % 60:02d}+00:00"
            journal.save_case(Case(title=f"Case {n:04d}", updated_at=stamp))
        summaries = journal.list_cases()
    assert len(summaries) == 200
    assert [s.title for s in summaries[:2]] == ["Case 0199", "Case 0198"]


def test_a_crash_loses_no_saved_case(journal_path: Path, demo_case: Case) -> None:
    """A process that dies without closing leaves its saves in the -wal; they are all there."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from secondop_desktop.domain.demo import demo_case
        from secondop_desktop.store.journal import Journal
        journal = Journal.open(Path({str(journal_path)!r}))
        case = demo_case()
        journal.save_case(case)
        case.notes[0].text = "Saved just before the crash"
        journal.save_case(case)
        os._exit(9)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], check=False)
    assert result.returncode == 9
    assert journal_path.with_name(journal_path.name + "-wal").exists()
    with Journal.open(journal_path) as journal:
        loaded = journal.load_case(demo_case.id)
        assert loaded.notes[0].text == "Saved just before the crash"
        assert journal.check() == []


def test_unwritable_place_is_a_journal_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    with pytest.raises(JournalError, match="cannot be created"):
        Journal.open(blocker / "journal.secondop-journal")


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anyway")
def test_read_only_journal_is_explained(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    os.chmod(journal_path, 0o400)
    try:
        with pytest.raises(JournalError, match="cannot be written"):
            Journal.open(journal_path)
    finally:
        os.chmod(journal_path, 0o600)


def test_search_from_another_thread_while_saving(journal_path: Path, demo_case: Case) -> None:
    import threading

    errors: list[BaseException] = []
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)

        def searcher() -> None:
            try:
                for _ in range(100):
                    journal.search("knee")
            except BaseException as exc:  # reported below
                errors.append(exc)

        thread = threading.Thread(target=searcher)
        thread.start()
        for n in range(30):
            demo_case.notes[0].text = f"Edit {n} about the knee"
            journal.save_case(demo_case)
        thread.join()
        assert errors == []
        assert journal.check() == []


def _corrupt_middle(journal_path: Path) -> bytes:
    """Overwrite a few pages in the middle of the file (the header stays readable); returns
    the file as it now is."""
    data = bytearray(journal_path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    for offset in range(3 * page, 6 * page):
        data[offset] = 0x5A
    journal_path.write_bytes(bytes(data))
    return bytes(data)


def _filled(journal_path: Path, demo_case: Case) -> None:
    with Journal.open(journal_path) as journal:
        for n in range(30):
            journal.save_case(Case(title=f"Filler {n}", concern="words " * 200))
        journal.save_case(demo_case)


def test_quick_check_in_the_background_beside_the_open_journal(
    journal_path: Path, demo_case: Case
) -> None:
    from secondop_desktop.store import preflight

    _filled(journal_path, demo_case)
    with Journal.open(journal_path, quick_check=False, exclusive=True) as journal:
        assert preflight.quick_check(journal_path) is None  # its own read-only connection
        assert journal.load_case(demo_case.id).title == demo_case.title


def test_quick_check_names_the_damage_that_open_without_check_lets_through(
    journal_path: Path, demo_case: Case
) -> None:
    from secondop_desktop.store import preflight

    _filled(journal_path, demo_case)
    _corrupt_middle(journal_path)
    before = journal_path.read_bytes()
    damage = preflight.quick_check(journal_path)
    assert damage is not None and damage.strip()
    assert journal_path.read_bytes() == before  # the check wrote nothing
    with pytest.raises(JournalDamaged):
        Journal.open(journal_path)  # the careful open still refuses it
