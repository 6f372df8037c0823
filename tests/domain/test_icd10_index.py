# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped code index (secondop_desktop/domain/icd10cm.sqlite) is what
scripts/build_icd10_index.py makes from the installed simple-icd-10-cm: same package version, same
codes, descriptions, parents and inclusion terms, in the same order. When this fails after raising
the package, run ``python scripts/build_icd10_index.py`` and commit the file."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from secondop_desktop.domain import icd10

ROOT = Path(__file__).resolve().parents[2]


def _builder():
    spec = importlib.util.spec_from_file_location("build_icd10_index",
                                                  ROOT / "scripts" / "build_icd10_index.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow  # reads the whole package (about 4 s)
def test_the_shipped_index_matches_the_installed_package() -> None:
    builder = _builder()
    assert icd10.index_path().resolve() == builder.TARGET
    shipped_version, shipped = builder.shipped_rows(icd10.index_path())
    assert shipped_version == builder.package_version(), "run scripts/build_icd10_index.py"
    expected = builder.read_package()
    assert len(shipped) == len(expected) > 70_000
    assert shipped == expected


def test_the_search_table_indexes_every_code_by_its_rowid() -> None:
    conn = sqlite3.connect(f"{icd10.index_path().resolve().as_uri()}?mode=ro", uri=True)
    try:
        codes = conn.execute("SELECT count(*), max(rowid) FROM codes").fetchone()
        (hit,) = conn.execute("SELECT rowid FROM search WHERE search MATCH '\"arthritis\"' "
                              "LIMIT 1").fetchone()
        text = conn.execute("SELECT description, terms FROM codes WHERE rowid = ?",
                            (hit,)).fetchone()
    finally:
        conn.close()
    assert codes[0] == codes[1] > 70_000  # rowids 1..n, as the builder wrote them
    assert "arthritis" in " ".join(text).lower()
