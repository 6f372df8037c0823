# SPDX-License-Identifier: GPL-3.0-or-later
"""A case that came as ``.json`` lists its attached files without their bytes ("file not
included"). Sending it on as a ``.secondop`` works: the archive leaves out what the journal never
had, keeps the record, and says which files are not in it."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

from secondop_desktop.store.casefile import read_case_file, write_case_file
from secondop_desktop.store.journal import Journal
from tests.cli.helpers import secondop

SCAN = b"%PDF-1.4 a scan the daughter never had\n"


def _case_listing_a_file_it_does_not_carry(demo_case, tmp_path: Path) -> Path:
    data = copy.deepcopy(demo_case.to_dict())
    digest = hashlib.sha256(SCAN).hexdigest()
    data["records"].append({
        "id": "7d4f6a8e-5b1c-4e2f-9a3d-0c1b2a3f4e5d",
        "kind": "imaging", "title": "MRI of the right knee", "status": "received",
        "attachments": [{"file": f"attachments/{digest}/Resonancia rodilla.pdf",
                         "name": "Resonancia rodilla.pdf", "sha256": digest,
                         "size": len(SCAN), "media_type": "application/pdf"}],
    })
    path = tmp_path / "from-the-laptop.json"
    path.write_text(json.dumps({"format": "secondop.case", "version": 1,
                                "exported_at": "2026-12-01T10:00:00+00:00", "case": data}),
                    encoding="utf-8")
    return path


def test_an_archive_leaves_out_a_file_the_journal_never_had(demo_case, tmp_path: Path) -> None:
    source = _case_listing_a_file_it_does_not_carry(demo_case, tmp_path)
    with Journal.open(tmp_path / "journal.secondop-journal") as journal:
        journal.import_case(read_case_file(source))
        case = journal.load_case(demo_case.id)
        out = tmp_path / "to-send.secondop"
        not_held = write_case_file(case, out, journal.read_attachment)
    assert not_held == ["Resonancia rodilla.pdf"]
    sent = read_case_file(out).casefile.case
    mri = next(r for r in sent.records if r.title == "MRI of the right knee")
    assert mri.attachments == []  # the record travels; the file it never had does not
    assert len(sent.opinions) == len(demo_case.opinions)


def test_a_json_file_is_written_as_before(demo_case, tmp_path: Path) -> None:
    source = _case_listing_a_file_it_does_not_carry(demo_case, tmp_path)
    with Journal.open(tmp_path / "journal.secondop-journal") as journal:
        journal.import_case(read_case_file(source))
        out = tmp_path / "again.json"
        assert write_case_file(journal.load_case(demo_case.id), out,
                               journal.read_attachment) == []
    listed = read_case_file(out).casefile.case
    assert any(r.attachments for r in listed.records)  # the listing stays in the JSON form


def test_export_names_the_files_left_out(demo_case, tmp_path: Path) -> None:
    source = _case_listing_a_file_it_does_not_carry(demo_case, tmp_path)
    journal = tmp_path / "journal.secondop-journal"
    assert secondop("import", source, "--journal", journal).returncode == 0
    result = secondop("export", demo_case.id, "-o", tmp_path / "to-send.secondop",
                      "--journal", journal)
    assert result.returncode == 0, result.stderr
    assert "Resonancia rodilla.pdf" in result.stdout
    assert (tmp_path / "to-send.secondop").exists()
