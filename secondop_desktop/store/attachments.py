# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments kept inside the journal, addressed by the SHA-256 of their bytes.

A file attached twice (to two records, or imported twice) is stored once. Files no case refers
to any more are kept; see the schema notes in ``migrations``.
"""

from __future__ import annotations

import hashlib
import sqlite3

from secondop_desktop.domain.model import now_iso
from secondop_desktop.i18n import _, fill
from secondop_desktop.store.errors import AttachmentMissing, AttachmentTooLarge

# A scanned report or a phone photo fits easily; a DICOM study does not belong in the journal.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def store(conn: sqlite3.Connection, data: bytes, limit: int = MAX_ATTACHMENT_BYTES) -> str:
    """Keep ``data`` (if not already there) and return its SHA-256. Call inside a transaction."""
    if len(data) > limit:
        raise AttachmentTooLarge(len(data), limit)
    digest = sha256_hex(data)
    conn.execute(
        "INSERT INTO attachments (sha256, size, data, added_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (sha256) DO NOTHING",
        (digest, len(data), sqlite3.Binary(data), now_iso()),
    )
    return digest


def read(conn: sqlite3.Connection, digest: str) -> bytes:
    row = conn.execute(
        "SELECT data FROM attachments WHERE sha256 = ?", (digest.lower(),)
    ).fetchone()
    if row is None:
        raise AttachmentMissing(
            fill(_("The attached file {digest}… is not in this journal. Attach the file again, or "
                   "import the case file it came with."),
                 digest=digest[:12])
        )
    return bytes(row[0])


def has(conn: sqlite3.Connection, digest: str) -> bool:
    row = conn.execute("SELECT 1 FROM attachments WHERE sha256 = ?", (digest.lower(),)).fetchone()
    return row is not None


def problems(conn: sqlite3.Connection) -> list[str]:
    """Every stored attachment whose bytes no longer match its address or size."""
    found: list[str] = []
    for digest, size, data in conn.execute("SELECT sha256, size, data FROM attachments"):
        blob = bytes(data)
        if sha256_hex(blob) != digest:
            found.append(fill(_("The attached file {digest}… no longer matches its checksum."),
                              digest=digest[:12]))
        elif len(blob) != size:
            found.append(fill(_("The attached file {digest}… has the wrong recorded size."),
                              digest=digest[:12]))
    return found
