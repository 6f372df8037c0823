# SPDX-License-Identifier: GPL-3.0-or-later
"""Properties of case files over many generated cases and much generated junk."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from secondop_desktop.domain.model import Case
from secondop_desktop.store.casefile import (
    CaseFileError,
    read_case_bytes,
    read_case_file,
    write_case_file,
)
from tests.strategies import CASE_SETTINGS, case_bundles, case_documents, json_values


def read_or_refuse(data: bytes) -> None:
    """Reading may succeed or end in CaseFileError; any other exception fails the test."""
    try:
        loaded = read_case_bytes(data, "generated.secondop")
    except CaseFileError as exc:
        assert str(exc).startswith("generated.secondop: ")
    else:
        assert isinstance(loaded.casefile.case, Case)


@CASE_SETTINGS
@given(case_bundles())
def test_any_valid_case_survives_write_and_read_in_both_forms(
    bundle: tuple[dict[str, Any], dict[str, bytes]],
) -> None:
    document, blobs = bundle
    case = Case.from_dict(json.loads(json.dumps(document["case"])))
    expected = case.to_dict()
    with tempfile.TemporaryDirectory() as folder:
        for name in ("case.json", "case.secondop"):
            path = Path(folder) / name
            write_case_file(case, path, blobs.__getitem__, include_private=True)
            loaded = read_case_file(path)
            assert loaded.casefile.case.to_dict() == expected
            if name.endswith(".secondop"):
                assert loaded.attachments == blobs
            else:
                assert loaded.attachments == {}
    assert case.to_dict() == expected  # writing never changes the case it was given


@CASE_SETTINGS
@given(st.binary(max_size=2_000))
def test_arbitrary_bytes_end_cleanly(data: bytes) -> None:
    read_or_refuse(data)


@CASE_SETTINGS
@given(st.sampled_from([b"PK\x03\x04", b"PK\x05\x06", b"{", b"\xef\xbb\xbf{"]),
       st.binary(max_size=1_000))
def test_bytes_that_start_like_a_case_file_end_cleanly(start: bytes, rest: bytes) -> None:
    read_or_refuse(start + rest)


@CASE_SETTINGS
@given(json_values(max_leaves=20))
def test_arbitrary_json_ends_cleanly(value: Any) -> None:
    read_or_refuse(json.dumps(value).encode())


@CASE_SETTINGS
@given(case_documents(extras=False), st.data())
def test_a_damaged_archive_ends_cleanly(document: dict[str, Any], data: st.DataObject) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("case.json", json.dumps(document))
    raw = bytearray(buffer.getvalue())
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        del raw[data.draw(st.integers(0, len(raw) - 1)):]
    read_or_refuse(bytes(raw))


_ENTRY_NAMES = st.one_of(
    st.sampled_from(["case.json", "attachments/", "attachments/x", "../x", "/x", "a\\b", "C:x",
                     "attachments/../case.json", "attachments/" + "a" * 64 + "-x"]),
    # zipfile itself cuts a name at NUL, so the writer here cannot make one.
    st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
            min_size=1, max_size=20),
)


@CASE_SETTINGS
@given(st.lists(st.tuples(_ENTRY_NAMES, st.binary(max_size=50)), max_size=5), st.booleans())
def test_archives_of_arbitrary_entries_end_cleanly(
    entries: list[tuple[str, bytes]], with_case: bool
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if with_case:
            archive.writestr("case.json", b'{"format": "secondop.case", "version": 1}')
        for name, payload in entries:
            if name not in archive.namelist():
                archive.writestr(name, payload)
    read_or_refuse(buffer.getvalue())
