# SPDX-License-Identifier: GPL-3.0-or-later
"""The ICD-10-CM code set: cheap rules on the letters, the shipped index, and the completer."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from secondop_desktop.domain import icd10


@pytest.mark.parametrize(("raw", "expected"), [
    ("m1711", "M17.11"),
    (" M17.11 ", "M17.11"),
    ("e119", "E11.9"),
    ("E11", "E11"),
    ("s72001a", "S72.001A"),
    ("c7a", "C7A"),
    ("knee", "KNEE"),
    ("", ""),
    (None, ""),
])
def test_normalize(raw: str | None, expected: str) -> None:
    assert icd10.normalize(raw) == expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("M17.11", "m1711", "same"),
    ("M17", "M17.11", "refined"),
    ("M17.1", "M17.11", "refined"),
    ("M17.9", "M17.11", "refined"),  # same 3-character category
    ("M17.11", "M16.11", "different"),
    ("E11.9", "E10.9", "different"),
    ("", "E10.9", "different"),
])
def test_relation_from_the_letters(a: str, b: str, expected: str) -> None:
    assert icd10.relation(a, b) == expected
    assert icd10.relation(b, a) == expected


def test_describe_and_validity() -> None:
    assert icd10.describe("M17.11") == "Unilateral primary osteoarthritis, right knee"
    assert icd10.describe("m1711") == "Unilateral primary osteoarthritis, right knee"
    assert icd10.describe("E11.9") == "Type 2 diabetes mellitus without complications"
    assert icd10.describe("M17.99") is None
    assert icd10.describe("") is None
    assert icd10.is_valid("E119")
    assert icd10.is_valid("M17")
    assert not icd10.is_valid("Z99.999")
    assert not icd10.is_valid("M00-M99")  # a block is a heading, not a code
    assert icd10.ancestors("M17.11") == ["M17.1", "M17"]


def test_every_code_has_a_finite_line_of_parents() -> None:
    # "C50" and 38 other categories are blocks of their own in the package's hierarchy, where
    # they are their own parent: a walk up their line once never ended
    assert icd10.parent("C50") is None
    assert icd10.ancestors("C50.911") == ["C50.91", "C50.9", "C50"]
    assert icd10.ancestors("B20") == []
    with sqlite3.connect(f"file:{icd10.index_path()}?mode=ro", uri=True) as db:
        looped = [code for (code,) in db.execute("SELECT code FROM codes WHERE parent = code")]
    assert looped and all(icd10.parent(code) is None for code in looped)


def test_the_shipped_index_sits_beside_the_module_and_opens_read_only() -> None:
    assert icd10.index_path().parent == Path(icd10.__file__).parent
    assert icd10.available()
    assert icd10.lookup("gout")
    assert icd10.is_loaded()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        icd10._open().execute("DELETE FROM codes")


def test_lookup_by_code_prefix_is_broad_first() -> None:
    found = icd10.lookup("m17.1")
    codes = [code for code, _ in found]
    assert codes[:4] == ["M17.1", "M17.10", "M17.11", "M17.12"]
    assert all(code.startswith("M17.1") for code in codes)


@pytest.mark.parametrize(("text", "code"), [
    ("osteoarthritis knee", "M17"),
    ("right knee osteo", "M17.11"),
    ("knee arth", "M17"),  # "arth" inside "osteoarthritis"
    ("knee arth right", "M17.11"),
    ("diabetes type 2", "E11"),
    ("diabetis", "E11"),  # a typing slip still finds it
    ("breast cancer", "C50"),  # everyday word for "malignant neoplasm"
    ("heart attack", "I21"),
])
def test_lookup_by_words(text: str, code: str) -> None:
    codes = [c for c, _ in icd10.lookup(text, limit=20)]
    assert code in codes


def test_lookup_keeps_short_words_that_matter() -> None:
    first = icd10.lookup("type 2 diabetes", limit=3)
    assert first and all("Type 2" in description for _, description in first)


def test_lookup_limits_and_empty_input() -> None:
    assert len(icd10.lookup("fracture", limit=5)) == 5
    assert icd10.lookup("") == []
    assert icd10.lookup("a") == []
    assert icd10.lookup("zzqxv") == []


def test_a_first_run_answers_at_once_without_the_package(tmp_path) -> None:
    """A fresh program on a fresh account reads the shipped index: nothing is built, nothing
    written, and the package the index was built from is not needed at all."""
    code = textwrap.dedent(
        """
        import sys
        sys.modules["simple_icd_10_cm"] = None  # as if it were not installed
        from secondop_desktop.domain import icd10
        print(icd10.describe("M17.11"))
        print(icd10.lookup("knee arth right", limit=50)[0][0] != "")
        """
    )
    env = {"SECONDOP_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path),
           "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, check=True)
    assert done.stdout.splitlines() == ["Unilateral primary osteoarthritis, right knee", "True"]
    assert list(tmp_path.iterdir()) == []  # no cache folder, no temporary file


def test_without_the_index_the_engine_still_answers(tmp_path, monkeypatch) -> None:
    """A broken install (no index file): codes still compare by their letters, look-ups find
    nothing, and nothing raises."""
    from secondop_desktop.domain.diagnosis_match import diagnosis_relation
    from secondop_desktop.domain.model import Diagnosis

    monkeypatch.setattr(icd10, "_conn", None)
    monkeypatch.setattr(icd10, "index_path", lambda: tmp_path / "missing.sqlite")
    assert not icd10.available()
    assert (icd10.describe("M17.11"), icd10.lookup("knee"), icd10.is_valid("M17.11")) == (
        None, [], False)
    assert diagnosis_relation(Diagnosis(icd10="M17.11"), Diagnosis(icd10="M17.12")) == "refined"
    assert diagnosis_relation(Diagnosis(icd10="M17.11"), Diagnosis(icd10="E11.9")) == "different"
    assert list(tmp_path.iterdir()) == []


def test_the_word_being_typed_counts_as_a_start() -> None:
    import re

    found = icd10.lookup("knee a", limit=3)  # ranked first: a word starting with "a"
    assert len(found) == 3
    assert all(re.search(r"\ba", d.lower()) and "knee" in d.lower() for _, d in found)


def test_a_whole_name_of_a_code_finds_that_code() -> None:
    assert icd10.codes_named("Tourette's syndrome") == ("F95.2",)  # an inclusion term
    assert icd10.codes_named("tourette syndrome") == ("F95.2",)  # possessive, case
    assert icd10.code_named("Rosacea") == "L71"  # the category, not its "unspecified" child
    assert icd10.code_named("Facial palsy") == "G51.0"
    assert icd10.code_named("Pain in the knee after a fall") == ""  # not a whole name
    assert icd10.code_named("") == ""
