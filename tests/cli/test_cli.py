# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line of DESIGN.md, driven through a subprocess on journals under tmp_path."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from secondop_desktop import __version__
from tests.cli.helpers import secondop

DEMO_ID = "ac713cbf-7c10-5274-b05e-3e3607c01566"
DEMO_TITLE = "Right knee pain: replacement or therapy?"


@pytest.fixture
def loaded_journal(journal_path: Path, demo_file: Path) -> Path:
    result = secondop("import", demo_file, "--journal", journal_path)
    assert result.returncode == 0, result.stderr
    return journal_path


def test_version_prints_name_and_version():
    result = secondop("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"SecondOp {__version__}"


def test_import_then_list_shows_the_case(loaded_journal: Path):
    result = secondop("list", "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{DEMO_ID}\t{DEMO_TITLE}\tcomparing\t2 opinions"]


def test_journal_option_is_accepted_before_the_command(loaded_journal: Path):
    result = secondop("--journal", loaded_journal, "list")
    assert result.returncode == 0, result.stderr
    assert DEMO_TITLE in result.stdout


def test_import_reports_what_it_added_and_a_second_import_changes_nothing(
    journal_path: Path, demo_file: Path
):
    first = secondop("import", demo_file, "--journal", journal_path)
    assert first.returncode == 0, first.stderr
    assert "Added" in first.stdout or "added" in first.stdout
    before = secondop("export", DEMO_ID, "-o", journal_path.parent / "a.json",
                      "--journal", journal_path)
    assert before.returncode == 0, before.stderr
    second = secondop("import", demo_file, "--journal", journal_path)
    assert second.returncode == 0, second.stderr
    assert "nothing" in second.stdout.lower()
    after = secondop("export", DEMO_ID, "-o", journal_path.parent / "b.json",
                     "--journal", journal_path)
    assert after.returncode == 0
    a = json.loads((journal_path.parent / "a.json").read_text("utf-8"))
    b = json.loads((journal_path.parent / "b.json").read_text("utf-8"))
    assert a["case"] == b["case"]


def test_export_by_title_writes_an_archive_with_case_json(loaded_journal: Path, tmp_path: Path):
    out = tmp_path / "knee.secondop"
    result = secondop("export", DEMO_TITLE, "-o", out, "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as archive:
        assert "case.json" in archive.namelist()
        document = json.loads(archive.read("case.json"))
    assert document["format"] == "secondop.case"
    assert document["case"]["id"] == DEMO_ID


def test_exported_case_imports_into_a_new_journal_unchanged(loaded_journal: Path, tmp_path: Path):
    out = tmp_path / "knee.secondop"
    assert secondop("export", DEMO_ID, "-o", out, "--journal", loaded_journal).returncode == 0
    other = tmp_path / "other" / "journal.db"
    assert secondop("import", out, "--journal", other).returncode == 0
    again = tmp_path / "again.json"
    assert secondop("export", DEMO_ID, "-o", again, "--journal", other).returncode == 0
    with zipfile.ZipFile(out) as archive:
        first = json.loads(archive.read("case.json"))["case"]
    assert json.loads(again.read_text("utf-8"))["case"] == first


def test_malformed_case_file_is_refused_in_one_line_and_nothing_is_written(
    loaded_journal: Path, tmp_path: Path, demo_file: Path
):
    document = json.loads(demo_file.read_text("utf-8"))
    document["case"]["id"] = "0b6c3f43-6a36-4c39-9c1b-2f8f2f5b1a10"
    document["case"]["opinions"][1]["recommendations"][0]["urgency"] = "asap"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), "utf-8")
    result = secondop("import", bad, "--journal", loaded_journal)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "case.opinions[1].recommendations[0].urgency" in lines[0]
    assert "Traceback" not in result.stderr
    listing = secondop("list", "--journal", loaded_journal)
    assert len(listing.stdout.splitlines()) == 1


def test_unknown_case_is_a_user_error(loaded_journal: Path, tmp_path: Path):
    result = secondop("export", "no such case", "-o", tmp_path / "x.json",
                      "--journal", loaded_journal)
    assert result.returncode == 1
    assert result.stderr.startswith("secondop: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.json").exists()


def test_bad_usage_exits_2():
    assert secondop("export").returncode == 2
    assert secondop("no-such-command").returncode == 2


def test_list_without_a_journal_says_how_to_start(tmp_path: Path):
    result = secondop("list", "--journal", tmp_path / "missing.db")
    assert result.returncode == 1
    assert "no journal" in result.stderr
    assert not (tmp_path / "missing.db").exists()


def test_search_finds_text_in_a_note_without_accents(loaded_journal: Path):
    result = secondop("search", "waiting list", "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    assert DEMO_TITLE in result.stdout
    assert "note" in result.stdout


def test_search_names_the_case_and_the_kind_for_an_opinion(loaded_journal: Path):
    result = secondop("search", "meniscus", "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0].split("\t")
    assert first[0] == DEMO_TITLE
    assert first[1] == "opinion"


def test_backup_restore_and_check(loaded_journal: Path, tmp_path: Path):
    backup = tmp_path / "safe-copy.db"
    result = secondop("backup", "-o", backup, "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    assert backup.exists()
    assert secondop("check", "--journal", loaded_journal).returncode == 0

    fresh = tmp_path / "restored" / "journal.db"
    result = secondop("restore", backup, "--journal", fresh)
    assert result.returncode == 0, result.stderr
    listing = secondop("list", "--journal", fresh)
    assert DEMO_TITLE in listing.stdout


def test_restore_refuses_a_file_that_is_not_a_journal(loaded_journal: Path, tmp_path: Path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a journal at all" * 20)
    result = secondop("restore", junk, "--journal", loaded_journal)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert DEMO_TITLE in secondop("list", "--journal", loaded_journal).stdout


def test_check_reports_a_damaged_journal(loaded_journal: Path):
    data = bytearray(loaded_journal.read_bytes())
    data[0:16] = b"not sqlite at al"
    loaded_journal.write_bytes(bytes(data))
    result = secondop("check", "--journal", loaded_journal)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_default_journal_lives_in_the_data_dir_override(tmp_path: Path, demo_file: Path,
                                                        _isolated_data_dir: Path):
    result = secondop("import", demo_file)
    assert result.returncode == 0, result.stderr
    assert any(_isolated_data_dir.iterdir())
    assert DEMO_TITLE in secondop("list").stdout


def test_help_lists_every_command():
    result = secondop("--help")
    assert result.returncode == 0
    for name in ("list", "import", "export", "compare", "export-pdf", "search", "backup",
                 "restore", "check"):
        assert name in result.stdout


def test_an_unknown_command_is_refused_with_the_commands_named(journal_path: Path):
    result = secondop("--journal", journal_path, "bogus")
    assert result.returncode == 2
    assert "invalid choice: 'bogus'" in result.stderr and "export-pdf" in result.stderr
    assert not journal_path.exists()


def test_the_window_s_options_are_read_without_the_commands():
    from secondop_desktop.cli import parse

    args = parse(["--demo", "--journal", "list"])  # a journal file called "list"
    assert args.command is None and args.demo and str(args.journal) == "list"
    assert parse(["--journal", "j", "list"]).command == "list"
    assert parse(["list", "--journal", "j"]).command == "list"
    with pytest.raises(SystemExit) as stopped:
        parse(["--journal"])
    assert stopped.value.code == 2


@pytest.mark.parametrize("arguments", [
    ["export-pdf", "C", "-o", "x.pdf", "--opinions", "1,3", "--paper", "a4", "--large-print"],
    ["--journal", "j", "list"], ["--jour", "j", "search", "knee"], ["--journal=j", "history", "C"],
    ["--demo", "check"], ["bin", "--empty"], ["--journal", "list", "delete", "C"],
    ["import", "a.secondop"], ["compare", "C", "--json", "--journal", "k"],
])
def test_a_command_read_by_its_own_parser_reads_as_the_whole_one(arguments: list[str]):
    from secondop_desktop.cli import build_parser, command_named, parse

    assert command_named(arguments) is not None
    whole = build_parser().parse_args(arguments)
    whole.open_file = None
    assert vars(parse(arguments)) == vars(whole)


def test_no_arguments_open_the_window_on_the_user_s_journal(monkeypatch: pytest.MonkeyPatch):
    from secondop_desktop import app, cli

    started: list[tuple[object, bool, object]] = []
    monkeypatch.setattr(app, "run_gui", lambda journal, demo=False, open_file=None:
                        started.append((journal, demo, open_file)) or 0)
    assert cli.main([]) == 0
    assert cli.main(["--demo"]) == 0
    assert cli.main(["knee.secondop"]) == 0  # a case file opened from the file manager
    assert started == [(None, False, None), (None, True, None),
                       (None, False, Path("knee.secondop"))]
