# SPDX-License-Identifier: GPL-3.0-or-later
"""Damaged journals, made the way failing disks and interrupted copies make them.

Each function takes a closed journal (its WAL checkpointed into the file) and changes bytes in
place, as a fault would: no SQL, so SQLite's own checks see exactly what a user's file would show.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from secondop_desktop.domain.model import Case, Note
from secondop_desktop.store.journal import Journal


def real_journal(path: Path, case: Case, copies: int = 3) -> Path:
    """A journal with a few cases like a user's (the worked example, renamed), checkpointed."""
    import copy
    import uuid

    with Journal.open(path) as journal:
        for n in range(copies):
            item = copy.deepcopy(case)
            if n:
                item.id = str(uuid.uuid4())
                item.title = f"{case.title} ({n + 1})"
            item.notes.append(Note(text=f"A note to find again number {n}", private=n == 1))
            journal.save_case(item)
    assert not path.with_name(path.name + "-wal").exists()
    return path


def page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    finally:
        conn.close()
    return int(row[0])


def damage_cell_pointers(path: Path, table: str = "cases") -> bytes:
    """Shift the cell pointers of the table's root page a few bytes, so SQLite reads each row's
    header from the middle of a record: it hands back rows of the wrong types (blobs and
    numbers where texts were, or nothing) without an error of its own. This is the damage issue
    18 found making the window crash. The first shift that gives such rows is used."""
    original = path.read_bytes()
    size = page_size(path)
    start = (root_page(path, table) - 1) * size
    header = start + (100 if start == 0 else 0)
    kind = original[header]
    cells = int.from_bytes(original[header + 3:header + 5], "big")
    pointers = header + (12 if kind in (2, 5) else 8)
    for delta in range(1, 200):
        data = bytearray(original)
        for n in range(cells):
            at = pointers + 2 * n
            target = int.from_bytes(data[at:at + 2], "big") + delta
            data[at:at + 2] = min(target, size - 4).to_bytes(2, "big")
        path.write_bytes(bytes(data))
        if _reads_without_error(path, table):
            return bytes(data)
    path.write_bytes(original)
    raise AssertionError("no shift of the cell pointers reads back without an error")


def _reads_without_error(path: Path, table: str) -> bool:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    conn.text_factory = bytes
    try:
        conn.execute(f"SELECT * FROM {table}").fetchall()
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
    return True


def flip_text(path: Path, needle: bytes, offset: int = 0, new: bytes = b"\x01") -> bytes:
    """Change one byte inside stored text (``needle`` found in the file, then ``offset`` on)."""
    data = bytearray(path.read_bytes())
    at = data.find(needle)
    assert at >= 0, needle
    data[at + offset:at + offset + len(new)] = new
    path.write_bytes(bytes(data))
    return bytes(data)
