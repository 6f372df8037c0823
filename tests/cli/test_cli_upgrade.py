# SPDX-License-Identifier: GPL-3.0-or-later
"""A command on a journal of an older SecondOp says, in one line on stderr, that it is updating
the journal (a big one takes a minute or two), once; then it does what was asked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.helpers import secondop

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "journals"
ENGLISH = {"LANGUAGE": "en", "LANG": "en_US.UTF-8", "LC_ALL": ""}
SPANISH = {"LANGUAGE": "es", "LANG": "es_US.UTF-8", "LC_ALL": ""}


def _v4_journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.secondop-journal"
    shutil.copyfile(FIXTURES / "v4.secondop-journal", path)
    return path


@pytest.mark.parametrize(("env", "line"), [
    (ENGLISH, "Updating the journal to this version of SecondOp (once)…"),
    (SPANISH, "Actualizando el diario a esta versión de SecondOp (una sola vez)…"),
])
def test_list_on_an_older_journal_says_it_is_updating_it_once(
        tmp_path: Path, env: dict[str, str], line: str) -> None:
    path = _v4_journal(tmp_path)
    cases = json.loads((FIXTURES / "v4.json").read_text(encoding="utf-8"))["cases"]
    first = secondop("list", "--journal", path, env_extra=env)
    assert first.returncode == 0, first.stderr
    assert first.stderr.splitlines() == [line]
    assert {row.split("\t")[0] for row in first.stdout.splitlines()} == set(cases)
    again = secondop("list", "--journal", path, env_extra=env)
    assert again.returncode == 0
    assert again.stderr == ""  # upgraded already: nothing more to say
    assert again.stdout == first.stdout


def test_a_journal_of_this_version_gets_no_such_line(tmp_path: Path) -> None:
    newest = max(FIXTURES.glob("v*.secondop-journal"), key=lambda p: int(p.stem[1:]))
    path = tmp_path / "journal.secondop-journal"
    shutil.copyfile(newest, path)
    listed = secondop("list", "--journal", path, env_extra=ENGLISH)
    assert listed.returncode == 0
    assert listed.stderr == "" and listed.stdout
