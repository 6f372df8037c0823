# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line on damaged journals and hostile case files: one line, no traceback, nothing
written (issues 10 and 18); private notes stay out of case files unless asked."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from secondop_desktop.domain.model import Case
from tests import damage
from tests.cli.helpers import secondop

READ_COMMANDS = (
    ("list",),
    ("search", "knee"),
    ("compare", "Right knee pain: replacement or therapy?"),
    ("export", "Right knee pain: replacement or therapy?", "-o", "{out}/x.secondop"),
    ("export-pdf", "Right knee pain: replacement or therapy?", "-o", "{out}/x.pdf"),
    ("check",),
)


def _one_line_failure(result: subprocess.CompletedProcess[str], word: str = "damaged") -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("secondop:")]
    assert lines and word in result.stderr, result.stderr


@pytest.fixture
def journal(journal_path: Path, demo_case: Case) -> Path:
    return damage.real_journal(journal_path, demo_case)


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_damaged_cell_pointers_give_one_line_from_every_read_command(
    journal: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    damaged = damage.damage_cell_pointers(journal, "cases")
    args = [part.format(out=tmp_path) for part in command]
    result = secondop(*args, "--journal", journal)
    if command[0] == "check":  # check lists the problems, then says so in one line
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "problem" in result.stdout
    else:
        _one_line_failure(result)
    assert journal.read_bytes() == damaged


def test_a_damaged_note_json_is_one_line_from_export(journal: Path, tmp_path: Path) -> None:
    damaged = damage.flip_text(journal, b'"A note to find again number 0"', 0, b"x")
    result = secondop("export", "Right knee pain: replacement or therapy?",
                      "-o", tmp_path / "x.json", "--journal", journal)
    _one_line_failure(result)
    assert not (tmp_path / "x.json").exists()
    assert journal.read_bytes() == damaged


@pytest.mark.parametrize("command", [("list",), ("check",), ("import", "{demo}")],
                         ids=lambda c: c[0])
def test_random_bytes_behind_the_header(journal: Path, demo_file: Path,
                                        command: tuple[str, ...]) -> None:
    data = bytearray(journal.read_bytes())
    data[100:4096] = bytes((n * 131 + 0x80) % 256 for n in range(3996))
    journal.write_bytes(bytes(data))
    result = secondop(*[p.format(demo=demo_file) for p in command], "--journal", journal)
    _one_line_failure(result)
    assert journal.read_bytes() == bytes(data)


def test_an_empty_journal_file_is_refused_not_filled(journal_path: Path, demo_file: Path) -> None:
    journal_path.touch()
    for args in (("list",), ("check",), ("import", demo_file)):
        result = secondop(*args, "--journal", journal_path)
        _one_line_failure(result, "empty")
        assert journal_path.read_bytes() == b""


# -- private notes -----------------------------------------------------------------------------

def _notes_in(path: Path) -> list[dict[str, object]]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("case.json"))["case"]["notes"]


def test_export_leaves_private_notes_out_unless_asked(journal: Path, tmp_path: Path) -> None:
    title = "Right knee pain: replacement or therapy?"
    shared, full = tmp_path / "for-ana.secondop", tmp_path / "mine.secondop"
    result = secondop("export", title, "-o", shared, "--journal", journal)
    assert result.returncode == 0, result.stderr
    assert "private note" in result.stdout and "--include-private" in result.stdout
    assert _notes_in(shared) and not any(n.get("private") for n in _notes_in(shared))
    result = secondop("export", title, "-o", full, "--include-private", "--journal", journal)
    assert result.returncode == 0, result.stderr
    assert any(n.get("private") for n in _notes_in(full))
    # Importing the shared copy back removes none of the private notes from the journal.
    before = secondop("export", title, "-o", tmp_path / "a.json", "--include-private",
                      "--journal", journal)
    assert before.returncode == 0
    result = secondop("import", shared, "--journal", journal)
    assert result.returncode == 0, result.stderr
    after = secondop("export", title, "-o", tmp_path / "b.json", "--include-private",
                     "--journal", journal)
    assert after.returncode == 0
    notes_before = json.loads((tmp_path / "a.json").read_text("utf-8"))["case"]["notes"]
    notes_after = json.loads((tmp_path / "b.json").read_text("utf-8"))["case"]["notes"]
    assert notes_after == notes_before


# -- hostile case files --------------------------------------------------------------------------

def _case_json(demo_file: Path) -> dict[str, object]:
    return json.loads(demo_file.read_text("utf-8"))


def test_a_lone_surrogate_is_refused_in_one_line(journal_path: Path, demo_file: Path,
                                                 tmp_path: Path) -> None:
    text = demo_file.read_text("utf-8").replace(
        '"title": "Right knee pain', '"title": "Right knee \\ud800pain', 1)
    bad = tmp_path / "bad.json"
    bad.write_text(text, "utf-8")
    result = secondop("import", bad, "--journal", journal_path)
    _one_line_failure(result, "broken character")
    assert not journal_path.exists()


@pytest.mark.parametrize("name", ["attachments/C:evil.txt", "attachments/x/CON",
                                  "attachments/report.pdf.", "attachments/a|b.pdf"])
def test_names_the_format_forbids_are_refused(journal_path: Path, demo_file: Path,
                                              tmp_path: Path, name: str) -> None:
    document = _case_json(demo_file)
    payload = b"%PDF-1.4 a scan"
    record = document["case"]["records"][0]  # type: ignore[index]
    record["attachments"] = [{"file": name, "name": "scan.pdf",
                              "sha256": hashlib.sha256(payload).hexdigest(),
                              "size": len(payload), "media_type": "application/pdf"}]
    archive = tmp_path / "evil.secondop"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("case.json", json.dumps(document))
        out.writestr(name, payload)
    result = secondop("import", archive, "--journal", journal_path)
    _one_line_failure(result, "evil.secondop")
    assert not journal_path.exists()


def test_a_text_longer_than_its_field_allows_is_refused(journal_path: Path, demo_file: Path,
                                                         tmp_path: Path) -> None:
    document = _case_json(demo_file)
    document["case"]["notes"][0]["text"] = "x" * 1_000_001  # type: ignore[index]
    big = tmp_path / "big.json"
    big.write_text(json.dumps(document), "utf-8")
    result = secondop("import", big, "--journal", journal_path)
    _one_line_failure(result, "at most 1,000,000")


@pytest.mark.slow
def test_a_2_gb_file_is_refused_before_it_is_read(journal_path: Path, tmp_path: Path) -> None:
    huge = tmp_path / "huge.secondop"
    with huge.open("wb") as handle:  # sparse: takes no room on the disk
        handle.write(b"PK\x03\x04")
        handle.truncate(2 * 1024 ** 3)
    # Under a 1 GB address space: reading 500 MB of it (as before) would fail with MemoryError.
    script = textwrap.dedent(
        f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1024 ** 3, resource.RLIM_INFINITY))
        from secondop_desktop.cli import main
        sys.exit(main(["import", {str(huge)!r}, "--journal", {str(journal_path)!r}]))
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=120)
    _one_line_failure(result, "at most 500 MB")


def test_backup_to_a_place_that_cannot_hold_it_is_one_line(journal: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = secondop("backup", "-o", blocker / "b.secondop-journal", "--journal", journal)
    _one_line_failure(result, "could not be made")


def test_a_full_disk_during_import_is_said_as_such(journal: Path, demo_file: Path,
                                                   tmp_path: Path) -> None:
    import resource

    document = _case_json(demo_file)
    document["case"]["id"] = "0d1f3c3e-5a43-4c7a-9a56-3f0e2b9d6a11"  # type: ignore[index]
    document["case"]["title"] = "A new case"  # type: ignore[index]
    document["case"]["notes"][0]["text"] = "words " * 150_000  # type: ignore[index]
    big = tmp_path / "big.json"
    big.write_text(json.dumps(document), "utf-8")
    before = journal.read_bytes()
    limit = len(before) + 16 * 1024  # the kernel refuses writes past it (EFBIG), as a full disk

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    env = dict(os.environ)
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "secondop_desktop", "import", str(big), "--journal", str(journal)],
        capture_output=True, text=True, env=env, timeout=120, preexec_fn=limited)
    _one_line_failure(result, "disk is full")
    assert "damaged" not in result.stderr and "intact" in result.stderr
    check = secondop("check", "--journal", journal)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "A new case" not in secondop("list", "--journal", journal).stdout
