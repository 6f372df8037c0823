# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema versions: every old journal opens, is backed up first, and a newer one is refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from secondop_desktop import paths
from secondop_desktop.store import backups, migrations
from secondop_desktop.store.journal import (
    Journal,
    JournalTooNew,
    MigrationFailed,
    restore_from,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "journals"
FIXTURE_FILES = sorted(FIXTURES.glob("v*.secondop-journal"), key=lambda p: int(p.stem[1:]))
# The journal of the newest schema, for the tests of a step beyond it.
NEWEST = FIXTURE_FILES[-1].name


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _copy_fixture(name: str, tmp_path: Path) -> Path:
    target = tmp_path / "journal.secondop-journal"
    shutil.copyfile(FIXTURES / name, target)
    return target


def test_there_is_a_fixture_of_every_schema_version() -> None:
    versions = {int(p.stem[1:]) for p in FIXTURE_FILES}
    assert versions == set(range(1, migrations.latest_version() + 1))


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_every_fixture_opens_with_its_cases(fixture: Path, tmp_path: Path) -> None:
    expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    path = _copy_fixture(fixture.name, tmp_path)
    assert _version(path) == expected["schema"]
    with Journal.open(path) as journal:
        assert journal.case_ids() == set(expected["cases"])
        for case_id, title in expected["cases"].items():
            assert journal.load_case(case_id).title == title
            assert journal.find_case(title).id == case_id
        for text, case_id in expected["searches"].items():
            assert case_id in {h.case_id for h in journal.search(text)}, text
        for digest in expected["attachments"]:
            assert journal.has_attachment(digest)
        listed = {s.id: s.decide_by for s in journal.list_cases()}
        for case_id, decide_by in expected.get("decide_by", {}).items():
            assert listed[case_id] == decide_by
            assert journal.load_case(case_id).decide_by == decide_by
        decided = {c.id: c.decision for c in journal.list_cases() if c.decision}
        assert decided == expected.get("decisions", {})
        assert {b.id: b.title for b in journal.bin()} == expected.get("bin", {})
        for case_id, kept in expected.get("history", {}).items():
            entries = {(e.kind, json.loads(e.path)[0], json.loads(e.old))
                       for e in journal.history(case_id)}
            assert {tuple(k) for k in kept} <= entries
        assert journal.check() == []
    assert _version(path) == migrations.latest_version()


@pytest.mark.parametrize("fixture", ["v1.secondop-journal", "v2.secondop-journal"])
def test_older_cases_show_their_decision_after_the_migration(fixture: str,
                                                              tmp_path: Path) -> None:
    """Before version 3 the decision lived only in the case's JSON; from then on it is listed."""
    path = _copy_fixture(fixture, tmp_path)
    expected = json.loads((FIXTURES / fixture).with_suffix(".json").read_text(encoding="utf-8"))
    decided_id, undecided_id = list(expected["cases"])
    conn = sqlite3.connect(path, isolation_level=None)
    data = json.loads(conn.execute("SELECT data FROM cases WHERE id = ?",
                                   (decided_id,)).fetchone()[0])
    data["decision"] = {"chosen": "  Physiothérapie d'abord ", "based_on": [], "reasons": ""}
    conn.execute("UPDATE cases SET data = ? WHERE id = ?",
                 (json.dumps(data, ensure_ascii=False), decided_id))
    conn.close()
    with Journal.open(path) as journal:
        listed = {c.id: c.decision for c in journal.list_cases()}
        assert listed == {decided_id: "Physiothérapie d'abord", undecided_id: ""}
        case = journal.load_case(decided_id)
        assert case.decision.chosen.strip() == "Physiothérapie d'abord"
        case.decision.chosen = "Knee replacement"
        journal.save_case(case)
        assert {c.id: c.decision for c in journal.list_cases()}[decided_id] == "Knee replacement"
        assert journal.check() == []
    assert _version(path) == migrations.latest_version()


@pytest.mark.parametrize("fixture", ["v1.secondop-journal", "v2.secondop-journal",
                                     "v3.secondop-journal"])
def test_older_journals_gain_an_empty_bin_and_history(fixture: str, tmp_path: Path) -> None:
    """Schema 4: every case of an older journal stays in use; editing one starts its history."""
    path = _copy_fixture(fixture, tmp_path)
    with Journal.open(path) as journal:
        assert journal.bin() == []
        assert journal.history_size() == (0, 0, 0)
        case = journal.find_case("Genou gauche : opération ou rééducation ?")
        before = case.concern
        case.concern = "Better since the physiotherapy."
        journal.save_case(case)
        (entry,) = journal.history(case.id)
        assert (entry.kind, json.loads(entry.path), json.loads(entry.old)) == (
            "case", ["concern"], before)
        journal.delete_case(case.id)
        assert case.id not in journal.case_ids()
        assert not journal.search("rééducation")
        journal.undelete_case(case.id)
        assert journal.find_case(case.title).id == case.id
        assert journal.check() == []


def test_new_journal_has_the_latest_schema(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    assert _version(journal_path) == migrations.latest_version()
    conn = sqlite3.connect(journal_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    conn.close()
    assert backups.list_backups(journal_path) == []


def test_current_journal_is_not_backed_up_on_open(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    Journal.open(journal_path).close()
    assert backups.list_backups(journal_path) == []


def _add_colour(db: Database) -> None:
    db.execute("ALTER TABLE cases ADD COLUMN colour TEXT")
    db.execute("UPDATE cases SET colour = 'blue'")


def test_backup_is_taken_before_migrating(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy_fixture(NEWEST, tmp_path)
    before = _version(path)
    step = migrations.Migration(migrations.latest_version() + 1, "a colour per case", _add_colour)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, step])
    with Journal.open(path) as journal:
        cases = journal.case_ids()
        assert journal.check() == []
    assert _version(path) == step.version
    conn = sqlite3.connect(path)
    assert {r[0] for r in conn.execute("SELECT colour FROM cases")} == {"blue"}
    conn.close()
    ((_, reason, backup),) = backups.list_backups(path)
    assert reason == f"before-v{step.version}"
    assert backup.parent == paths.backup_dir(path)
    assert _version(backup) == before
    monkeypatch.undo()
    with Journal.open(backup) as old:
        assert old.case_ids() == cases


def test_failed_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy_fixture(NEWEST, tmp_path)
    before = _version(path)

    def half_done(db: Database) -> None:
        _add_colour(db)
        raise RuntimeError("disk full, say")

    step = migrations.Migration(migrations.latest_version() + 1, "breaks", half_done)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, step])
    with pytest.raises(MigrationFailed, match="nothing was lost") as caught:
        Journal.open(path)
    assert "disk full" in str(caught.value)
    assert _version(path) == before
    conn = sqlite3.connect(path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(cases)")}
    conn.close()
    assert "colour" not in columns
    monkeypatch.undo()
    # Refused at open, the journal is not left counted as open: a restore over it may go ahead.
    backup = tmp_path / "copy.secondop-journal"
    with Journal.open(path) as journal:
        assert journal.check() == []
        journal.backup_to(backup)
    restore_from(backup, path)


def test_newer_journal_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = _copy_fixture("v1.secondop-journal", tmp_path)
    newer = migrations.latest_version() + 3
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {newer}")
    conn.commit()
    conn.close()
    content = path.read_bytes()
    with pytest.raises(JournalTooNew) as caught:
        Journal.open(path)
    assert str(caught.value).startswith(
        f"This journal was written by a newer SecondOp (schema {newer}); this version reads up "
        f"to {migrations.latest_version()}. Install the newer SecondOp, or restore an older "
        "backup."
    )
    assert path.read_bytes() == content
    assert not path.with_name(path.name + "-wal").exists()
    assert backups.list_backups(path) == []


def test_a_decide_by_date_a_newer_program_left_in_a_v1_journal_reaches_the_case_list(
    tmp_path: Path,
) -> None:
    """Schema 1 kept a case file's unknown keys in the case's JSON; the step to schema 2 copies
    a decide-by date found there into the list's column (and leaves anything else alone)."""
    path = _copy_fixture("v1.secondop-journal", tmp_path)
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, data FROM cases ORDER BY id").fetchall()
    dated, odd = rows[0][0], rows[1][0]
    for case_id, value in ((dated, "2026-12-14"), (odd, "soon")):
        data = json.loads(dict(rows)[case_id])
        data["decide_by"] = value
        conn.execute("UPDATE cases SET data = ? WHERE id = ?", (json.dumps(data), case_id))
    conn.commit()
    conn.close()
    with Journal.open(path) as journal:
        listed = {s.id: s.decide_by for s in journal.list_cases()}
        assert listed[dated] == "2026-12-14"
        assert listed[odd] is None
    assert _version(path) == migrations.latest_version()
    ((_, reason, _backup),) = backups.list_backups(path)
    assert reason == f"before-v{migrations.latest_version()}"


@pytest.mark.parametrize("fixture", [f"v{n}.secondop-journal" for n in range(1, 5)])
def test_older_journals_find_records_medicines_and_joined_words(fixture: str,
                                                               tmp_path: Path) -> None:
    """Schema 5: the index is made again in the step, with records, medicines and the words
    written in parts; a case in the bin stays out of it."""
    path = _copy_fixture(fixture, tmp_path)
    expected = json.loads((FIXTURES / fixture).with_suffix(".json").read_text(encoding="utf-8"))
    with Journal.open(path) as journal:
        other = journal.find_case("Genou gauche : opération ou rééducation ?")
        (record,) = [h for h in journal.search("rontgen knie") if h.kind == "record"]
        assert (record.case_id, record.object_id, record.label) == (
            other.id, other.records[0].id, "Röntgen Knie links")
        medicines = [h for h in journal.search("ibuprofen") if h.kind == "medication"]
        assert [(h.case_id, h.object_id, h.label) for h in medicines] == [
            (other.id, m.id, "Ibuprofen") for m in other.medications]  # none in v1's
        demo_id = next(c for c in expected["cases"] if c != other.id)
        demo = journal.load_case(demo_id)
        xray = [r for r in demo.records if "X-ray" in r.title]
        if xray:  # the worked example of that time had its X-ray report
            found = {h.object_id for h in journal.search("xray") if h.kind == "record"}
            assert xray[0].id in found
        assert not {h.case_id for h in journal.search("shoulder")} & set(expected.get("bin", {}))
        assert journal.check() == []
    conn = sqlite3.connect(path)
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(search_index_fts)")]
    finally:
        conn.close()
    assert columns == ["text", "terms"]


def _rebuild_fails_halfway(monkeypatch: pytest.MonkeyPatch) -> None:
    """The search index's rebuild writes one case's first entry, then the disk fills up."""
    from secondop_desktop.store import search

    made = search.insert_rows

    def fails_halfway(case_id: str, entries):  # noqa: ANN202
        yield from list(made(case_id, entries))[:1]
        raise RuntimeError("disk full, say")

    monkeypatch.setattr(search, "insert_rows", fails_halfway)


def test_a_search_rebuild_that_fails_leaves_the_v4_journal_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index is made again inside the upgrade's one transaction: if that fails halfway,
    the journal is still version 4 with its old index, and opens and searches as before."""
    path = _copy_fixture("v4.secondop-journal", tmp_path)
    _rebuild_fails_halfway(monkeypatch)
    with pytest.raises(MigrationFailed, match="disk full"):
        Journal.open(path)
    assert _version(path) == 4
    conn = sqlite3.connect(path)
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(search_index)")}
        fts = [row[1] for row in conn.execute("PRAGMA table_info(search_index_fts)")]
        rows = conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    finally:
        conn.close()
    assert "terms" not in columns and "label" not in columns
    assert fts == ["text"]
    assert rows > 0
    monkeypatch.undo()
    with Journal.open(path) as journal:
        assert journal.search("rontgen knie")[0].kind == "record"
        assert journal.check() == []


@pytest.mark.parametrize("fixture", [f"v{n}.secondop-journal" for n in range(1, 6)])
def test_older_journals_find_the_decision_after_the_migration(fixture: str,
                                                              tmp_path: Path) -> None:
    """Schema 6: the index is made again in the step, with what the user wrote on the Decision
    tab (in the case's own row since schema 1); nothing else found is lost."""
    path = _copy_fixture(fixture, tmp_path)
    expected = json.loads((FIXTURES / fixture).with_suffix(".json").read_text(encoding="utf-8"))
    with Journal.open(path) as journal:
        decided = {case_id for case_id in expected["cases"]
                   if journal.load_case(case_id).decision is not None}
        for case_id in decided:
            reasons = journal.load_case(case_id).decision.reasons
            hits = [h for h in journal.search(reasons) if h.kind == "decision"]
            assert [(h.case_id, h.object_id) for h in hits] == [(case_id, case_id)]
        for text, case_id in expected["searches"].items():
            assert case_id in {h.case_id for h in journal.search(text)}, text
        assert journal.check() == []
    assert _version(path) == migrations.latest_version()


def test_a_search_rebuild_that_fails_leaves_the_v5_journal_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index is made again inside the upgrade's one transaction: if that fails halfway,
    the journal is still version 5 with its old index, and opens and searches as before."""
    path = _copy_fixture("v5.secondop-journal", tmp_path)
    _rebuild_fails_halfway(monkeypatch)
    with pytest.raises(MigrationFailed, match="disk full"):
        Journal.open(path)
    assert _version(path) == 5
    conn = sqlite3.connect(path)
    try:
        kinds = {row[0] for row in conn.execute("SELECT DISTINCT kind FROM search_index")}
    finally:
        conn.close()
    assert "record" in kinds and "decision" not in kinds
    monkeypatch.undo()
    with Journal.open(path) as journal:
        assert "decision" in {h.kind for h in journal.search("Attendre et voir")}
        assert journal.check() == []


def test_a_v6_journal_finds_a_broken_bone_as_a_fracture_after_the_migration(
        tmp_path: Path) -> None:
    """Schema 7: a note a v6 journal holds, "She broke her arm", indexed then without
    "fracture", is found by "fracture" once the step has made the index again; "broken
    sleep" in another note is not."""
    # As version 6 indexed them: no words in parts, no British spelling, so no terms.
    path = _old_journal_with_notes(tmp_path, 6, [("arm", "She broke her arm in May."),
                                                 ("sleep", "Broken sleep since the fall.")],
                                   not_found="fracture")
    with Journal.open(path) as journal:
        hits = journal.search("fracture")
        assert [(h.object_id, h.snippet) for h in hits] == [
            ("arm", "She [broke her arm] in May.")]
        assert hits[0].found_as == ("broke her arm",)
        assert journal.check() == []
    assert _version(path) == migrations.latest_version()


@pytest.mark.parametrize("fixture", ["v4.secondop-journal", "v5.secondop-journal",
                                     "v6.secondop-journal"])
def test_an_upgrade_makes_the_search_index_once_after_its_last_step(
        fixture: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Versions 5, 6 and 7 each need the index made again from the stored rows: a journal that
    takes several of them on its way makes it once, after the last, and finds as before."""
    path = _copy_fixture(fixture, tmp_path)
    expected = json.loads((FIXTURES / fixture).with_suffix(".json").read_text(encoding="utf-8"))
    real = migrations.rebuild_search
    seen: list[int] = []

    def counted(db: Database) -> None:
        seen.append(db.conn.execute("PRAGMA user_version").fetchone()[0])
        real(db)

    monkeypatch.setattr(migrations, "rebuild_search", counted)
    with Journal.open(path) as journal:
        for text, case_id in expected["searches"].items():
            assert case_id in {h.case_id for h in journal.search(text)}, text
        assert journal.check() == []
    assert len(seen) == 1
    assert _version(path) == migrations.latest_version()


def test_a_failure_after_the_steps_leaves_the_v4_journal_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The steps and the one rebuild share a transaction: the rebuild failing after versions
    5 to 7's changes were made leaves version 4 as it was, columns and all."""
    path = _copy_fixture("v4.secondop-journal", tmp_path)

    def fails(db: Database) -> None:
        raise RuntimeError("disk full, say")

    monkeypatch.setattr(migrations, "rebuild_search", fails)
    with pytest.raises(MigrationFailed, match="left at schema 4") as caught:
        Journal.open(path)
    assert "disk full" in str(caught.value)
    assert _version(path) == 4
    conn = sqlite3.connect(path)
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(search_index)")}
    finally:
        conn.close()
    assert "terms" not in columns
    monkeypatch.undo()
    with Journal.open(path) as journal:
        assert journal.check() == []
    assert _version(path) == migrations.latest_version()


def test_a_step_that_needs_no_rebuild_makes_none(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy_fixture(NEWEST, tmp_path)
    step = migrations.Migration(migrations.latest_version() + 1, "a colour per case", _add_colour)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, step])
    calls: list[object] = []
    monkeypatch.setattr(migrations, "rebuild_search", calls.append)
    with Journal.open(path):
        pass
    assert calls == []
    assert _version(path) == step.version


@pytest.mark.parametrize("fixture", [p.name for p in FIXTURE_FILES])
def test_needs_upgrade_says_which_journals_an_open_would_upgrade(fixture: str,
                                                                 tmp_path: Path) -> None:
    from secondop_desktop.store.journal import needs_upgrade

    path = _copy_fixture(fixture, tmp_path)
    older = _version(path) < migrations.latest_version()
    before = path.read_bytes()
    assert needs_upgrade(path) is older
    assert path.read_bytes() == before  # asking changes nothing
    Journal.open(path).close()
    assert needs_upgrade(path) is False


def test_needs_upgrade_is_false_for_what_an_open_would_refuse_or_create(tmp_path: Path) -> None:
    from secondop_desktop.store.journal import needs_upgrade

    assert needs_upgrade(tmp_path / "missing.secondop-journal") is False
    junk = tmp_path / "junk.secondop-journal"
    junk.write_bytes(b"not a database at all" * 10)
    assert needs_upgrade(junk) is False
    newer = _copy_fixture("v1.secondop-journal", tmp_path)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.commit()
    conn.close()
    assert needs_upgrade(newer) is False


def test_a_v7_journal_finds_ise_spellings_as_ize_after_the_migration(tmp_path: Path) -> None:
    """Schema 8: a note a v7 journal holds, "localised", indexed then without its American
    form, is found by "localized" once the step has made the index again; "exercise", whose
    -ise is no British spelling, is not rewritten."""
    # As version 7 indexed them: "localised" had no American form then, so no terms.
    path = _old_journal_with_notes(tmp_path, 7, [("local", "Localised prostate cancer, Gleason 7."),
                                                 ("gym", "Exercise twice a week.")],
                                   not_found="localized")
    with Journal.open(path) as journal:
        hits = journal.search("localized")
        assert [(h.object_id, h.snippet) for h in hits] == [
            ("local", "[Localised] prostate cancer, Gleason 7.")]
        assert [h.object_id for h in journal.search("localised")] == ["local"]
        # not indexed as "exercize": found only as a slip of the keyboard, said as such
        assert all(h.found_as == ("Exercise",) or h.found_as == ("exercise",)
                   for h in journal.search("exercize"))
        assert journal.check() == []
    assert _version(path) == migrations.latest_version()


def _old_journal_with_notes(tmp_path: Path, version: int, notes: list[tuple[str, str]],
                            not_found: str) -> Path:
    """A copy of the version's fixture with ``notes`` added to its first case and indexed as
    that version did (their text alone, no ``terms``), so that ``not_found`` does not find
    them before the upgrade."""
    path = _copy_fixture(f"v{version}.secondop-journal", tmp_path)
    expected = json.loads((FIXTURES / f"v{version}.json").read_text(encoding="utf-8"))
    case_id = next(iter(expected["cases"]))
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for n, (note_id, text) in enumerate(notes):
            data = json.dumps({"id": note_id, "text": text, "tags": []})
            conn.execute("INSERT INTO notes (case_id, id, position, updated_at, data) "
                         "VALUES (?, ?, ?, NULL, ?)", (case_id, note_id, 100 + n, data))
            conn.execute("INSERT INTO search_index (case_id, source, source_id, kind, "
                         "object_id, opinion_id, text, label, terms) "
                         "VALUES (?, 'notes', ?, 'note', ?, NULL, ?, '', '')",
                         (case_id, note_id, note_id, text))
        assert conn.execute("SELECT count(*) FROM search_index_fts "
                            "WHERE search_index_fts MATCH ?", (not_found,)).fetchone()[0] == 0
    finally:
        conn.close()
    return path
