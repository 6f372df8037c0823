#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the ICD-10-CM code index that SecondOp ships: secondop_desktop/domain/icd10cm.sqlite.

    python scripts/build_icd10_index.py            # rewrite the shipped file
    python scripts/build_icd10_index.py --check    # exit 1 if the shipped file is out of date

The index is a generated file committed to the repository (so a fresh clone, an editable
install, the wheel and the PyInstaller folder all have it without a build step that could be
skipped). Re-run this script after raising ``simple-icd-10-cm`` (a build/test dependency, never
imported by the running app); ``tests/domain/test_icd10_index.py`` fails while the shipped file
and the installed package disagree. Same package, same bytes: rows go in a fixed order, and the
file is vacuumed.

Tables (read by ``secondop_desktop/domain/icd10.py``):
- ``codes(rowid, code, plain, description, parent, terms)``: every category and subcategory (not
  chapters or blocks), broad codes first; ``plain`` is the code without its dot, ``parent`` the
  nearest ancestor that is itself a code, ``terms`` the inclusion terms joined by "; ".
- ``search``: a contentless FTS5 trigram index of description and terms, rowids those of
  ``codes`` (so "arth" finds "osteoarthritis").
- ``meta(key, value)``: ``package_version``, ``index_version``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
import warnings
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "secondop_desktop" / "domain" / "icd10cm.sqlite"
PACKAGE = "simple-icd-10-cm"
INDEX_VERSION = 3

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE codes (
    code TEXT NOT NULL,
    plain TEXT NOT NULL,
    description TEXT NOT NULL,
    parent TEXT,
    terms TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX codes_plain ON codes(plain);
CREATE VIRTUAL TABLE search USING fts5(description, terms, content='', tokenize='trigram');
"""

Row = tuple[str, str, str, "str | None", str]


def read_package() -> list[Row]:
    """Every category and subcategory of the installed package, broad codes first (the
    completer ranks at most a few thousand matches in rowid order, so a very common word still
    offers the categories rather than whatever comes first by letter)."""
    with warnings.catch_warnings():
        # The package reads its data through importlib.resources' legacy calls.
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm as cm  # parses its whole XML: 3 s, 190 MB

        rows: list[Row] = []
        seen: set[str] = set()
        for code in cm.get_all_codes(True):
            # a block may share its name with a category (B10); keep each code once
            if code in seen or not cm.is_category_or_subcategory(code):
                continue  # chapters and blocks are headings, not codes a doctor writes
            seen.add(code)
            parent = cm.get_parent(code) or None
            if parent and not cm.is_category_or_subcategory(parent):
                parent = None
            terms = "; ".join(cm.get_inclusion_term(code))
            rows.append((code, code.replace(".", ""), cm.get_description(code), parent, terms))
    rows.sort(key=lambda row: (len(row[1]), row[1]))
    return rows


def package_version() -> str:
    return metadata.version(PACKAGE)


def write_index(path: Path, rows: list[Row], version: str) -> None:
    """Write the index to ``path`` whole (a temporary file renamed into place)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript(SCHEMA)
        conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                         [("package_version", version), ("index_version", str(INDEX_VERSION))])
        conn.executemany(
            "INSERT INTO codes(rowid, code, plain, description, parent, terms) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(n, *row) for n, row in enumerate(rows, start=1)],
        )
        conn.executemany(
            "INSERT INTO search(rowid, description, terms) VALUES (?, ?, ?)",
            [(n, row[2], row[4]) for n, row in enumerate(rows, start=1)],
        )
        conn.execute("INSERT INTO search(search) VALUES ('optimize')")
        conn.commit()
        conn.execute("VACUUM")
    except BaseException:
        conn.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    conn.close()
    os.replace(tmp, path)


def shipped_rows(path: Path) -> tuple[str | None, list[Row]]:
    """The package version and the rows of an index file (for the check and the test)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        rows = conn.execute(
            "SELECT code, plain, description, parent, terms FROM codes ORDER BY rowid"
        ).fetchall()
    finally:
        conn.close()
    return meta.get("package_version"), [tuple(r) for r in rows]  # type: ignore[misc]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only compare the shipped file with the installed package")
    parser.add_argument("--output", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    rows, version = read_package(), package_version()
    if args.check:
        shipped_version, shipped = shipped_rows(args.output)
        if (shipped_version, shipped) != (version, rows):
            print(f"{args.output} is out of date for {PACKAGE} {version}; "
                  "run scripts/build_icd10_index.py", file=sys.stderr)
            return 1
        print(f"{args.output.name} matches {PACKAGE} {version} ({len(rows)} codes)")
        return 0
    write_index(args.output, rows, version)
    print(f"wrote {args.output} ({len(rows)} codes, {args.output.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
