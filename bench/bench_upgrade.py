# SPDX-License-Identifier: GPL-3.0-or-later
"""What upgrading a journal of an older SecondOp costs: the whole open that migrates it (safety
copy, every pending step, one search rebuild) and the search rebuild alone.

    PYTHONPATH=. python bench/bench_upgrade.py --journal OLD.secondop-journal [--rebuild-only]

The journal given is never opened: it is copied (with its -wal and -shm files) into a temporary
folder first, and each measurement works on a fresh copy. Prints wall-clock and CPU time.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from secondop_desktop.store import migrations
from secondop_desktop.store.journal import Journal, needs_upgrade


def _copy(source: Path, folder: Path) -> Path:
    target = folder / "journal.secondop-journal"
    for suffix in ("", "-wal", "-shm"):
        side = Path(str(source) + suffix)
        if side.exists():
            shutil.copyfile(side, Path(str(target) + suffix))
    return target


def _timed(label: str, run) -> None:  # noqa: ANN001 - any callable
    wall, cpu = time.perf_counter(), time.process_time()
    detail = run()
    print(f"{label}: {time.perf_counter() - wall:.1f} s wall, "
          f"{time.process_time() - cpu:.1f} s CPU{detail}")


def _upgrade(path: Path) -> str:
    with Journal.open(path) as journal:
        cases = len(journal.list_cases())
    return f" ({cases:,} cases)"


def _rebuild(path: Path) -> str:
    from sqlite_utils import Database

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < 5:
            return " (not measured: the search index has its terms column from version 5 on)"
        conn.execute("BEGIN IMMEDIATE")
        migrations.rebuild_search(Database(conn))
        conn.execute("ROLLBACK")  # the copy is thrown away anyway
        rows = conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
        return f" ({rows:,} search entries)"
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--rebuild-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = _copy(args.journal, Path(folder))
        print(f"needs an upgrade: {needs_upgrade(copy)}")
        _timed("search rebuild alone", lambda: _rebuild(copy))
        if not args.rebuild_only:
            copy = _copy(args.journal, Path(folder))
            _timed("open with the upgrade", lambda: _upgrade(copy))


if __name__ == "__main__":
    main()
