# SPDX-License-Identifier: GPL-3.0-or-later
"""``secondop delete``, ``bin``, ``undelete``, ``history`` and what ``import`` says it replaced,
through a subprocess as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import secondop

DEMO_ID = "ac713cbf-7c10-5274-b05e-3e3607c01566"
DEMO_TITLE = "Right knee pain: replacement or therapy?"


@pytest.fixture
def loaded_journal(journal_path: Path, demo_file: Path) -> Path:
    result = secondop("import", demo_file, "--journal", journal_path)
    assert result.returncode == 0, result.stderr
    return journal_path


def _edited_copy(demo_file: Path, folder: Path, name: str, concern: str, stamp: str) -> Path:
    data = json.loads(demo_file.read_text("utf-8"))
    data["case"]["concern"] = concern
    data["case"]["updated_at"] = stamp
    target = folder / name
    target.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return target


def test_list_with_every_case_in_the_bin_says_so(loaded_journal: Path) -> None:
    # Someone who deleted the wrong case must not read "no cases yet" and think it gone.
    assert secondop("delete", DEMO_TITLE, "--journal", loaded_journal).returncode == 0
    listed = secondop("list", "--journal", loaded_journal)
    assert listed.returncode == 0 and listed.stdout == ""
    assert "no cases yet" not in listed.stderr
    assert "1 in the bin" in listed.stderr and "undelete" in listed.stderr


def test_delete_lists_in_the_bin_and_undelete_brings_it_back(loaded_journal: Path) -> None:
    deleted = secondop("delete", DEMO_TITLE, "--journal", loaded_journal)
    assert deleted.returncode == 0, deleted.stderr
    assert "bin" in deleted.stdout and DEMO_ID in deleted.stdout
    listed = secondop("list", "--journal", loaded_journal)
    assert DEMO_TITLE not in listed.stdout
    found = secondop("search", "osteoarthritis", "--journal", loaded_journal)
    assert DEMO_TITLE not in found.stdout
    binned = secondop("bin", "--journal", loaded_journal)
    assert binned.returncode == 0, binned.stderr
    (line,) = binned.stdout.splitlines()
    case_id, title, when = line.split("\t")
    assert (case_id, title) == (DEMO_ID, DEMO_TITLE)
    assert when.startswith("deleted 20")
    again = secondop("delete", DEMO_TITLE, "--journal", loaded_journal)
    assert again.returncode == 1
    assert "in the bin" in again.stderr and "Traceback" not in again.stderr
    back = secondop("undelete", DEMO_TITLE, "--journal", loaded_journal)
    assert back.returncode == 0, back.stderr
    assert DEMO_TITLE in secondop("list", "--journal", loaded_journal).stdout
    assert DEMO_TITLE in secondop("search", "osteoarthritis", "--journal", loaded_journal).stdout
    assert secondop("bin", "--journal", loaded_journal).stdout == ""
    missing = secondop("undelete", DEMO_TITLE, "--journal", loaded_journal)
    assert missing.returncode == 1 and "No case in the bin" in missing.stderr


def test_import_names_each_replaced_field_and_history_shows_the_other_text(
        loaded_journal: Path, demo_file: Path, tmp_path: Path) -> None:
    mine = _edited_copy(demo_file, tmp_path, "mine.json", "My knee, my words.",
                        "2026-11-01T10:00:00+00:00")
    assert secondop("import", mine, "--journal", loaded_journal).returncode == 0
    ana = _edited_copy(demo_file, tmp_path, "knee.secondop.json", "Ana's newer words.",
                       "2026-11-05T10:00:00+00:00")
    result = secondop("import", ana, "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    assert ("Health concern: kept the newer text from knee.secondop.json; yours is in the "
            "history") in result.stdout
    again = secondop("import", ana, "--journal", loaded_journal)
    history = secondop("history", DEMO_TITLE, "--json", "--journal", loaded_journal)
    assert history.returncode == 0, history.stderr
    rows = json.loads(history.stdout)
    assert rows[0]["field"] == "Health concern"
    assert rows[0]["text"] == "My knee, my words."
    assert rows[0]["why"] == "import of knee.secondop.json"
    assert [r["when"] for r in rows] == sorted((r["when"] for r in rows), reverse=True)
    assert again.returncode == 0
    assert len([r for r in rows if r["text"] == "My knee, my words."]) == 1
    plain = secondop("history", DEMO_ID, "--journal", loaded_journal)
    assert plain.returncode == 0, plain.stderr
    first, text = plain.stdout.splitlines()[:2]
    assert first.split("\t")[1:] == ["Health concern", "import of knee.secondop.json"]
    assert text == "    My knee, my words."


def test_importing_an_older_copy_again_says_nothing_changed_and_no_more(
        loaded_journal: Path, demo_file: Path, tmp_path: Path) -> None:
    mine = _edited_copy(demo_file, tmp_path, "mine.json", "My knee, my words.",
                        "2026-11-05T10:00:00+00:00")
    assert secondop("import", mine, "--journal", loaded_journal).returncode == 0
    older = _edited_copy(demo_file, tmp_path, "older.json", "Ana's older words.",
                         "2026-11-01T10:00:00+00:00")
    first = secondop("import", older, "--journal", loaded_journal)
    assert first.returncode == 0, first.stderr
    assert "Health concern: kept your newer text; the one from older.json" in first.stdout
    again = secondop("import", older, "--journal", loaded_journal)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == (f"{DEMO_TITLE}: Nothing changed: the journal already had "
                                    "everything in this case.")


def test_history_of_an_unknown_case_is_one_line(loaded_journal: Path) -> None:
    result = secondop("history", "No such case", "--journal", loaded_journal)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("secondop: ")


def test_check_reports_the_size_of_the_history(loaded_journal: Path, demo_file: Path,
                                               tmp_path: Path) -> None:
    edited = _edited_copy(demo_file, tmp_path, "b.json", "New words.",
                          "2030-01-01T10:00:00+00:00")
    assert secondop("import", edited, "--journal", loaded_journal).returncode == 0
    result = secondop("check", "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    assert "History: 1 earlier version of texts in 1 case" in result.stdout


def test_emptying_the_bin_from_the_command_line(loaded_journal: Path) -> None:
    assert secondop("delete", DEMO_ID, "--journal", loaded_journal).returncode == 0
    result = secondop("bin", "--empty", "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    assert "Deleted 1 case in the bin" in result.stdout
    assert secondop("bin", "--journal", loaded_journal).stdout == ""
    assert secondop("undelete", DEMO_ID, "--journal", loaded_journal).returncode == 1
