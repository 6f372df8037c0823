# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments kept inside the journal, addressed by their SHA-256."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from secondop_desktop.store.attachments import MAX_ATTACHMENT_BYTES
from secondop_desktop.store.journal import AttachmentMissing, AttachmentTooLarge, Journal


def test_add_read_and_dedup(journal_path: Path) -> None:
    data = b"%PDF-1.4 pathology report\x00\xff" * 1000
    with Journal.open(journal_path) as journal:
        first = journal.add_attachment(data)
        second = journal.add_attachment(bytes(data))
        assert first == second == hashlib.sha256(data).hexdigest()
        assert journal.has_attachment(first)
        assert journal.has_attachment(first.upper())
        assert journal.read_attachment(first) == data
    with Journal.open(journal_path) as journal:
        assert journal.read_attachment(first) == data
    conn = sqlite3.connect(journal_path)
    assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1
    conn.close()


def test_empty_file_is_an_attachment_too(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        digest = journal.add_attachment(b"")
        assert journal.read_attachment(digest) == b""


def test_missing_attachment(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        assert not journal.has_attachment("0" * 64)
        with pytest.raises(AttachmentMissing, match="not in this journal"):
            journal.read_attachment("0" * 64)


def test_too_large_is_refused_with_a_clear_message(journal_path: Path) -> None:
    data = bytes(MAX_ATTACHMENT_BYTES + 1)
    with Journal.open(journal_path) as journal:
        with pytest.raises(AttachmentTooLarge, match="up to 50.0 MB") as caught:
            journal.add_attachment(data)
        assert caught.value.size == len(data)
        assert not journal.has_attachment(hashlib.sha256(data).hexdigest())
        assert journal.check() == []


def test_tampered_attachment_is_reported(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        digest = journal.add_attachment(b"original bytes")
        assert journal.check() == []
        conn = sqlite3.connect(journal_path)
        conn.execute("UPDATE attachments SET data = ? WHERE sha256 = ?", (b"changed", digest))
        conn.commit()
        conn.close()
        problems = journal.check()
    assert any("no longer matches its checksum" in p for p in problems)
