# SPDX-License-Identifier: GPL-3.0-or-later
"""A case file leaves private notes out unless asked (the store's write API, issue 18)."""

from __future__ import annotations

from pathlib import Path

from secondop_desktop.domain.model import Case, Note
from secondop_desktop.store.casefile import private_note_count, read_case_file, write_case_file


def test_private_notes_stay_out_of_a_case_file_unless_asked(
    tmp_path: Path, demo_case: Case
) -> None:
    demo_case.notes.append(Note(text="What I really think of Dr Osei", private=True))
    private = [n.id for n in demo_case.notes if n.private]
    assert private_note_count(demo_case) == len(private) >= 1
    shared, mine = tmp_path / "shared.json", tmp_path / "mine.json"
    write_case_file(demo_case, shared, lambda sha: b"")
    write_case_file(demo_case, mine, lambda sha: b"", include_private=True)
    assert "Dr Osei" not in shared.read_text("utf-8")
    assert {n.id for n in read_case_file(shared).casefile.case.notes}.isdisjoint(private)
    assert set(private) <= {n.id for n in read_case_file(mine).casefile.case.notes}
    assert len(demo_case.notes) > len(read_case_file(shared).casefile.case.notes)  # unchanged
