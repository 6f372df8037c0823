# SPDX-License-Identifier: GPL-3.0-or-later
"""An import stores an attached file only when the merged case keeps the record that lists it."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path

from secondop_desktop.domain.model import Attachment, Case, CaseFile, Record
from secondop_desktop.store.casefile import LoadedCaseFile
from secondop_desktop.store.journal import Journal


def test_an_attachment_whose_record_the_merge_drops_is_not_stored(
    journal_path: Path, demo_case: Case
) -> None:
    record = Record(title="Knee X-ray", kind="imaging", updated_at="2030-01-02T00:00:00+00:00")
    demo_case.records.append(record)
    scan = b"\x89PNG an old scan they attached" * 20
    digest = hashlib.sha256(scan).hexdigest()
    theirs = copy.deepcopy(demo_case)
    # Their copy of the record is older and lists a file; ours (newer, without it) wins.
    theirs.records[-1].updated_at = "2029-01-01T00:00:00+00:00"
    theirs.records[-1].attachments = [
        Attachment(file=f"attachments/{digest}-scan.png", name="scan.png", sha256=digest,
                   size=len(scan), media_type="image/png")]
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        journal.import_case(LoadedCaseFile(CaseFile(case=theirs), {digest: scan}))
        assert journal.load_case(demo_case.id).records[-1].attachments == []
        assert not journal.has_attachment(digest)
        assert journal.check() == []
        # When their record wins, the file comes with it.
        theirs.records[-1].updated_at = "2031-01-01T00:00:00+00:00"
        journal.import_case(LoadedCaseFile(CaseFile(case=theirs), {digest: scan}))
        assert journal.read_attachment(digest) == scan
