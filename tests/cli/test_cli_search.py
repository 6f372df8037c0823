# SPDX-License-Identifier: GPL-3.0-or-later
"""``secondop search`` with the words people type, as a separate process."""

from __future__ import annotations

from pathlib import Path

from secondop_desktop.domain.model import Case, Note
from secondop_desktop.store.journal import Journal
from tests.cli.helpers import secondop


def _journal(path: Path, demo_file: Path) -> Path:
    result = secondop("import", demo_file, "--journal", path)
    assert result.returncode == 0, result.stderr
    with Journal.open(path) as journal:
        journal.save_case(Case(title="Dad", notes=[
            Note(text="Dad had a myocardial infarction in 2019."),
            Note(text="Chest x ray booked; follow-up in May.")]))
    return path


def _rows(stdout: str) -> list[list[str]]:
    return [line.split("\t") for line in stdout.splitlines()]


def test_xray_finds_x_ray_written_every_way(journal_path: Path, demo_file: Path) -> None:
    journal = _journal(journal_path, demo_file)
    result = secondop("search", "xray", "--journal", journal)
    assert result.returncode == 0, result.stderr
    rows = _rows(result.stdout)
    # The demo's record, named, with the word marked whole; and the note with "x ray".
    (record,) = [row for row in rows if row[1].startswith("record")]
    assert record[:2] == ["Right knee pain: replacement or therapy?",
                          "record: X-ray report, both knees (29 Sep 2026)"]
    assert record[2].startswith("[X-ray] report, both knees")
    assert ["Dad", "note", "Chest [x ray] booked; follow-up in May."] in rows


def test_lay_words_say_what_they_were_found_as(journal_path: Path, demo_file: Path) -> None:
    journal = _journal(journal_path, demo_file)
    result = secondop("search", "heart attack", "--journal", journal)
    assert result.returncode == 0, result.stderr
    assert _rows(result.stdout) == [[
        "Dad", "note", "Dad had a [myocardial infarction] in 2019. "
        "(found as “myocardial infarction”)"]]
    spanish = secondop("search", "heart attack", "--journal", journal,
                       env_extra={"LANGUAGE": "es"})
    assert spanish.returncode == 0, spanish.stderr
    assert spanish.stdout.rstrip().endswith("(aparece como «myocardial infarction»)")


def test_medicines_are_found(journal_path: Path, demo_file: Path) -> None:
    journal = _journal(journal_path, demo_file)
    result = secondop("search", "lisinopril", "--journal", journal)
    assert result.returncode == 0, result.stderr
    (row,) = _rows(result.stdout)
    assert row[1] == "medication: Lisinopril"
    assert row[2].startswith("[Lisinopril] 10 mg")
