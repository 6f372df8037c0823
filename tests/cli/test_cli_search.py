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


def _words_journal(path: Path) -> Path:
    from secondop_desktop.domain.model import Decision, Opinion, Physician, Review

    with Journal.open(path) as journal:
        hale = Opinion(id="hale", physician=Physician(name="Dr Hale"))
        osei = Opinion(id="osei", physician=Physician(name="Dr Osei"))
        journal.save_case(Case(
            title="Mum", opinions=[hale, osei],
            notes=[Note(text="Book the follow up with Dr Osei."),
                   Note(text="The haemorrhage letter came."),
                   Note(text="Started water tablets on Monday."),
                   Note(text="Se rompió la muñeca en 2019."),
                   Note(text="Broken sleep since the fall."),
                   Note(text="My therapist says walk daily.")],
            decision=Decision(chosen="Physiotherapy", reasons="She wants to keep gardening."),
            reviews=[Review(opinions=["hale", "osei"], point="main_recommendation",
                            asked_to="hale", reply="Dr Hale says the dose is fine.")]))
    return path


def test_words_written_one_way_are_found_written_another(journal_path: Path) -> None:
    journal = _words_journal(journal_path)
    for typed, found in [("followup", "Book the [follow up] with Dr Osei."),
                         ("hemorrhage", "The [haemorrhage] letter came."),
                         ("diuretic", "Started [water tablets] on Monday. "
                                      "(found as “water tablets”)"),
                         # a bone said broken, and nothing else broken
                         ("fracture", "[Se rompió la muñeca] en 2019. "
                                      "(found as “Se rompió la muñeca”)"),
                         # never a small word split off: not "the rapist"
                         ("therapist", "My [therapist] says walk daily.")]:
        result = secondop("search", typed, "--journal", journal)
        assert result.returncode == 0, result.stderr
        assert _rows(result.stdout) == [["Mum", "note", found]], typed


def test_the_decision_and_a_doctors_reply_are_found(journal_path: Path) -> None:
    journal = _words_journal(journal_path)
    result = secondop("search", "gardening", "--journal", journal)
    assert result.returncode == 0, result.stderr
    assert _rows(result.stdout) == [
        ["Mum", "decision", "Physiotherapy She wants to keep [gardening]."]]
    spanish = secondop("search", "dose is fine", "--journal", journal,
                       env_extra={"LANGUAGE": "es"})
    assert spanish.returncode == 0, spanish.stderr
    assert _rows(spanish.stdout) == [
        ["Mum", "respuesta del médico", "Dr Hale says the [dose is fine]."]]
    spanish = secondop("search", "gardening", "--journal", journal, env_extra={"LANGUAGE": "es"})
    assert _rows(spanish.stdout)[0][1] == "decisión"
