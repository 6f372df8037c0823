# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal's schema, version by version.

The schema version lives in ``PRAGMA user_version``; ``PRAGMA application_id`` marks the file as a
SecondOp journal. ``MIGRATIONS`` is the ordered list of steps; step N takes a journal from version
N-1 to N. The steps one upgrade needs run in one transaction together with the new
``user_version`` (``apply_all``), so a failing step leaves the journal at its old version. A step
is written as fixed SQL (not "whatever the current code would create") so that it means the same
thing forever. A step that needs the search index made again from the stored rows says so
(``rebuilds_search``) rather than doing it: the index is made once, after the upgrade's last step.

Adding a schema version: append a ``Migration`` here, keep every earlier one unchanged, make a
fixture journal of the version being left behind (tests/fixtures/make_journal_fixtures.py) and
commit it in tests/fixtures/journals/. Existing journals are backed up before they are migrated
(see ``journal.Journal.open``).

Schema version 1
----------------
``cases``
    One row per case: the case's own fields as JSON in ``data`` (``to_dict()`` without its child
    lists, so unknown keys survive; the decision lives here too), plus the columns the case list
    needs without decoding JSON: ``title``, ``title_key`` (trimmed, case-folded title for look-up
    by name), ``status``, ``time_sensitive``, ``opinion_count``, ``created_at``, ``updated_at``
    (as the case holds it) and ``updated_sort`` (the same instant in UTC, so the order is right
    whatever offset each time was written with).
``opinions``, ``questions``, ``notes``, ``records``, ``medications``, ``reviews``
    One row per object the user edits on its own: ``case_id`` (deleted with its case),
    ``id``, ``position`` (order within the case), ``updated_at`` and the object's full JSON in
    ``data``. Evidence, recommendations and answers stay inside their opinion's JSON. ``(case_id,
    id)`` is unique, so two cases may share object ids (a copied case) without clashing. Each has
    an explicit ``INTEGER PRIMARY KEY`` so row ids never move (VACUUM may renumber hidden ones).
``search_index`` and ``search_index_fts``
    One row of plain text per searchable thing (kind ``case``, ``opinion``, ``question``,
    ``answer``, ``note``), written by the journal in the same transaction as the object, and an
    FTS5 index over it (``unicode61 remove_diacritics 2``, so "muller" finds "Müller") kept in
    step by triggers, also when a case's rows go by ``ON DELETE CASCADE``. ``source`` and
    ``source_id`` name the row that produced the entry (an opinion's row yields its answers too).
``attachments``
    Files stored inside the journal, addressed by the SHA-256 of their bytes (so one file attached
    twice is stored once). Attachments no case refers to any more are kept: they are rare and
    small next to the risk of deleting a file a half-finished edit still needs.

Schema version 2
----------------
``cases.decide_by``
    The date (``YYYY-MM-DD``) by which a time-sensitive case needs its decision, copied from the
    case's JSON like the other list columns, so the case list can say "5 days left" without
    decoding every case. Filled from ``data`` for journals that already held the key (written
    there as an unknown key by a newer SecondOp's case file).

Schema version 3
----------------
``cases.decision``
    The chosen option of a decided case as plain text ("" while undecided), so the case list shows
    it without decoding JSON. Filled from ``data`` for the cases an older journal holds.

Schema version 4
----------------
``cases.deleted_at``
    When the case was moved to the bin (UTC, ISO-8601), or NULL for a case in use. A case in the
    bin keeps all its rows and attachments; it is left out of the case list, look-up by title and
    search (its search entries are removed when it goes in and made again when it comes back).
    Only "Empty the bin" deletes it for good.
``history``
    Earlier versions of what changed in a case, one row per replaced field: ``case_id`` (gone
    only with its case, when the bin is emptied), ``session`` (one window, one import, one
    command: the History view groups by it), ``changed_at`` (UTC), ``reason`` (``typed``,
    ``undo``, ``redo``, ``restore``, ``import``: replaced by an import; ``import-kept``: the
    imported side that lost to a newer text here), ``source`` (the file of an import), ``kind``
    and ``object_id`` (the stored row: ``case``, ``opinion``, …), ``path`` (JSON: the field inside
    that row's JSON, ``[]`` for the whole object when it was removed; see domain/history.py) and
    ``old`` (the JSON value it had).

Schema version 5
----------------
``search_index.label`` and ``search_index.terms``, and kinds ``record`` and ``medication``
    Records (title, the user's notes, the files' names) and medicines (name, dose, schedule,
    reason, prescriber, notes) are searchable; ``label`` names such a hit ("MRI right knee").
    ``terms`` holds the words of ``text`` written in parts, joined up ("X-ray", "x ray" and
    "E. coli" give "xray" and "ecoli"; see ``search.joined_terms``), and ``search_index_fts``
    indexes ``text`` and ``terms``, so "xray" typed finds "X-ray" written. The step asks for every
    entry to be made again from the stored rows (once per upgrade, in its transaction).

Schema version 6
----------------
Search kinds ``decision``, ``review`` and ``reply``, and British spellings in ``terms``
    The Decision tab's words (the plan chosen, why, who decides with the patient, what matters
    to them, their own options) are searchable, from the case's own row; so are the user's note
    on a difference (``review``) and what the doctor it was put to said (``reply``), from the
    ``reviews`` rows. ``terms`` also holds British spellings in their American form
    ("haemorrhage" gives "hemorrhage"; see ``search.index_terms``). No column changes; the step
    asks for every entry to be made again from the stored rows, as version 5's did.

Schema version 7
----------------
A bone said to be broken in everyday words, in ``terms``
    "broken wrist", "broke my arm", "muñeca rota", "se rompió la cadera" give "fracture" in
    ``terms`` (``search.broken_terms``, by ``terms.broken_bones``), so "fracture" and its other
    names find them; "broken" or "break" alone ("broken sleep", "take a break") no longer name a
    fracture. No column changes; the step asks for every entry to be made again from the stored
    rows.

Schema version 8
----------------
More British spellings in ``terms``: -ise and -yse, "mould", "grey", "ageing"
    "localised", "immunisation", "paralysed", "mould" give "localized", "immunization",
    "paralyzed", "mold" in ``terms`` (``terms.unify_spelling``), so each spelling finds the other.
    No column changes; the step asks for every entry to be made again from the stored rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # sqlite-utils costs ~150 ms to import; the journal loads it on first need
    from sqlite_utils import Database

# "SOPJ" (SecondOp journal) in the header's application id field.
APPLICATION_ID = 0x534F504A

CHILD_TABLES = ("opinions", "questions", "notes", "records", "medications", "reviews")
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"
SEARCH_COLUMNS = ("text", "terms")


class Migration(NamedTuple):
    version: int
    title: str
    apply: Callable[[Database], None]
    # The step leaves the search index to be made again from the stored rows. The steps of one
    # upgrade are run together and the index is made once, after the last of them
    # (``apply_all``): a v4 journal on its way to v7 pays for one rebuild, not three.
    rebuilds_search: bool = False


def _create_v1(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            title_key TEXT NOT NULL,
            status TEXT NOT NULL,
            time_sensitive INTEGER NOT NULL,
            opinion_count INTEGER NOT NULL,
            created_at TEXT,
            updated_at TEXT,
            updated_sort TEXT,
            data TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX cases_by_update ON cases (updated_sort DESC)")
    db.execute("CREATE INDEX cases_by_title ON cases (title_key)")
    for table in CHILD_TABLES:
        db.execute(
            f"""
            CREATE TABLE {table} (
                pk INTEGER PRIMARY KEY,
                case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                id TEXT NOT NULL,
                position INTEGER NOT NULL,
                updated_at TEXT,
                data TEXT NOT NULL,
                UNIQUE (case_id, id)
            )
            """
        )
    db.execute(
        """
        CREATE TABLE search_index (
            pk INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            source_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            object_id TEXT NOT NULL,
            opinion_id TEXT,
            text TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX search_index_by_source ON search_index (case_id, source, source_id)")
    _search_fts(db, ("text",))
    db.execute(
        """
        CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            data BLOB NOT NULL,
            added_at TEXT NOT NULL
        )
        """
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def create_search_fts(db: Database) -> None:
    """The FTS5 index over ``search_index`` as this version has it (``text`` and ``terms``) and
    the triggers that keep it in step; see ``_search_fts``."""
    _search_fts(db, SEARCH_COLUMNS)


def _search_fts(db: Database, columns: tuple[str, ...]) -> None:
    """An FTS5 index over these columns of ``search_index`` and the triggers that keep it in
    step (version 1 indexed ``text`` alone, version 5 ``text`` and ``terms``).

    Written out rather than made by sqlite-utils' ``enable_fts`` because it needs a prefix index
    (``prefix='2 3'``: typing "os" or "ost" must not scan every word that starts so), which
    ``enable_fts`` cannot ask for. Names follow ``enable_fts`` (``search_index_fts``, triggers
    ``search_index_ai/_ad/_au``), so sqlite-utils' ``rebuild_fts`` works on it. Anything that
    rebuilds ``search_index`` (e.g. ``table.transform()``) drops these triggers: call this again
    (it replaces what is there) and rebuild.
    """
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    for suffix in ("ai", "ad", "au"):
        db.execute(f"DROP TRIGGER IF EXISTS search_index_{suffix}")
    db.execute("DROP TABLE IF EXISTS search_index_fts")
    db.execute(
        f"""
        CREATE VIRTUAL TABLE search_index_fts USING fts5 (
            {names},
            content = 'search_index',
            content_rowid = 'pk',
            tokenize = '{SEARCH_TOKENIZER}',
            prefix = '2 3'
        )
        """
    )
    db.execute(
        f"""
        CREATE TRIGGER search_index_ai AFTER INSERT ON search_index BEGIN
            INSERT INTO search_index_fts (rowid, {names}) VALUES (new.pk, {new});
        END
        """
    )
    db.execute(
        f"""
        CREATE TRIGGER search_index_ad AFTER DELETE ON search_index BEGIN
            INSERT INTO search_index_fts (search_index_fts, rowid, {names})
            VALUES ('delete', old.pk, {old});
        END
        """
    )
    db.execute(
        f"""
        CREATE TRIGGER search_index_au AFTER UPDATE ON search_index BEGIN
            INSERT INTO search_index_fts (search_index_fts, rowid, {names})
            VALUES ('delete', old.pk, {old});
            INSERT INTO search_index_fts (rowid, {names}) VALUES (new.pk, {new});
        END
        """
    )
    db.execute("INSERT INTO search_index_fts (search_index_fts) VALUES ('rebuild')")


def rebuild_search(db: Database) -> None:
    """Every search entry made again from the stored rows, and the FTS index over them, in the
    caller's transaction. The index goes first, so deleting rows cannot trip over a damaged one;
    it is then built afresh from the rows, triggers included."""
    # Loaded here: opening a journal that needs no rebuild never pays for the search module.
    from secondop_desktop.store import search

    conn = db.conn
    for suffix in ("ai", "ad", "au"):
        conn.execute(f"DROP TRIGGER IF EXISTS search_index_{suffix}")
    conn.execute("DROP TABLE IF EXISTS search_index_fts")
    conn.execute("DELETE FROM search_index")
    conn.executemany(search.INSERT_SQL, (
        row for case_id, entries in search.expected_entries(conn).items()
        for row in search.insert_rows(case_id, entries)))
    create_search_fts(db)


def _add_decide_by(db: Database) -> None:
    db.execute("ALTER TABLE cases ADD COLUMN decide_by TEXT")
    # Only a well-formed date is copied: the column is what the list trusts.
    db.execute(
        "UPDATE cases SET decide_by = json_extract(data, '$.decide_by') "
        "WHERE json_valid(data) AND json_type(data, '$.decide_by') = 'text' "
        "AND json_extract(data, '$.decide_by') GLOB "
        "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    )


def _add_decision(db: Database) -> None:
    db.execute("ALTER TABLE cases ADD COLUMN decision TEXT NOT NULL DEFAULT ''")
    db.execute(
        "UPDATE cases SET decision = trim(json_extract(data, '$.decision.chosen')) "
        "WHERE json_valid(data) AND json_type(data, '$.decision.chosen') = 'text'"
    )


def _add_history_and_bin(db: Database) -> None:
    db.execute("ALTER TABLE cases ADD COLUMN deleted_at TEXT")
    db.execute(
        """
        CREATE TABLE history (
            pk INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            session TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            reason TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            object_id TEXT NOT NULL,
            path TEXT NOT NULL,
            old TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX history_by_case ON history (case_id, pk)")
    db.execute("CREATE INDEX history_by_field ON history (case_id, kind, object_id, path)")


def _search_records_and_joined_words(db: Database) -> None:
    # The entries are made by the search module as this program has it (``rebuilds_search``:
    # once, after the upgrade's last step): the index holds nothing but what the stored rows
    # give, so there is nothing older to keep. A later version that changes search_index's
    # columns must give this step the v5 INSERT of its own.
    db.execute("ALTER TABLE search_index ADD COLUMN label TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE search_index ADD COLUMN terms TEXT NOT NULL DEFAULT ''")


def _search_decisions_and_spellings(db: Database) -> None:
    # No column changes: the index is made again from the stored rows (``rebuilds_search``).
    pass


def _search_broken_bones(db: Database) -> None:
    # As in version 6: the index is made again from the stored rows (``rebuilds_search``).
    pass


def _search_more_spellings(db: Database) -> None:
    # As in version 6: the index is made again from the stored rows (``rebuilds_search``).
    pass


MIGRATIONS: list[Migration] = [
    Migration(1, "the first journal schema", _create_v1),
    Migration(2, "a decide-by date in the case list", _add_decide_by),
    Migration(3, "the case list shows each case's decision", _add_decision),
    Migration(4, "the history of replaced texts, and the bin", _add_history_and_bin),
    Migration(5, "search finds records, medicines and words written in parts",
              _search_records_and_joined_words, rebuilds_search=True),
    Migration(6, "search finds the decision, notes on differences and both spellings",
              _search_decisions_and_spellings, rebuilds_search=True),
    Migration(7, "search finds a broken bone said in everyday words as a fracture",
              _search_broken_bones, rebuilds_search=True),
    Migration(8, "search finds -ise and -ize spellings, and mould, grey, ageing, either way",
              _search_more_spellings, rebuilds_search=True),
]


def latest_version(migrations: list[Migration] | None = None) -> int:
    """The schema version this program writes (the last step's number)."""
    steps = MIGRATIONS if migrations is None else migrations
    return steps[-1].version if steps else 0


def pending(current: int, migrations: list[Migration] | None = None) -> list[Migration]:
    steps = MIGRATIONS if migrations is None else migrations
    return [m for m in steps if m.version > current]


def apply_one(db: Database, migration: Migration) -> None:
    """Run one step and record its version, all in one IMMEDIATE transaction."""
    apply_all(db, [migration])


def apply_all(db: Database, steps: list[Migration]) -> None:
    """Run these steps in order, make the search index again once after the last of them if any
    asks for it (``rebuilds_search``), and record the last step's version: all in one IMMEDIATE
    transaction, so a failure anywhere leaves the journal whole at the version it had."""
    if not steps:
        return
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in steps:
            step.apply(db)
        if any(step.rebuilds_search for step in steps):
            rebuild_search(db)
        # user_version lives in the file header and is part of the same transaction.
        conn.execute(f"PRAGMA user_version = {int(steps[-1].version)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
