# SPDX-License-Identifier: GPL-3.0-or-later
"""Case files: reading and writing .secondop and .json, and refusing every unsafe archive."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import struct
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest

from secondop_desktop.domain.model import Attachment, Case, parse_time
from secondop_desktop.domain.validation import CaseFormatError, validate_case_document
from secondop_desktop.store import casefile as cf
from secondop_desktop.store.casefile import (
    CaseFileError,
    LoadedCaseFile,
    attachment_archive_name,
    read_case_bytes,
    read_case_file,
    safe_file_name,
    write_case_file,
)

PDF = b"%PDF-1.4 an X-ray report\n" * 20
PDF_SHA = hashlib.sha256(PDF).hexdigest()


def attach(case: Case, data: bytes = PDF, name: str = "xray report.pdf") -> Attachment:
    sha = hashlib.sha256(data).hexdigest()
    attachment = Attachment(file=attachment_archive_name(sha, name), name=name, sha256=sha,
                            size=len(data), media_type="application/pdf")
    case.records[0].attachments.append(attachment)
    return attachment


def store_of(*blobs: bytes) -> Any:
    by_sha = {hashlib.sha256(b).hexdigest(): b for b in blobs}
    return by_sha.__getitem__


def document(case: Case) -> dict[str, Any]:
    return {"format": "secondop.case", "version": 1,
            "exported_at": "2026-11-23T10:15:00+00:00", "case": case.to_dict()}


def make_zip(entries: list[tuple[str | zipfile.ZipInfo, bytes]],
             compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names; we want them
        with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return buffer.getvalue()


def archive_of(case: Case, *extra: tuple[str | zipfile.ZipInfo, bytes],
               attachments: dict[str, bytes] | None = None) -> bytes:
    """A .secondop built by hand: case.json, the given attachments by their file name, extras."""
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
        ("case.json", json.dumps(document(case)).encode()),
    ]
    entries.extend((attachments or {}).items())
    entries.extend(extra)
    return make_zip(entries)


def refused(data: bytes, *words: str, name: str = "knee.secondop") -> str:
    with pytest.raises(CaseFileError) as info:
        read_case_bytes(data, name)
    text = str(info.value)
    assert text.startswith(f"{name}: ")
    assert "\n" not in text
    for word in words:
        assert word in text, text
    return text


# -- round trips -----------------------------------------------------------------------------

def test_secondop_round_trip_with_an_attachment(tmp_path: Path, demo_case: Case) -> None:
    attachment = attach(demo_case)
    path = tmp_path / "knee.secondop"
    write_case_file(demo_case, path, store_of(PDF), include_private=True)
    loaded = read_case_file(path)
    assert isinstance(loaded, LoadedCaseFile)
    assert loaded.casefile.case.to_dict() == demo_case.to_dict()
    assert loaded.attachments == {PDF_SHA: PDF}
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["case.json", attachment.file]
    assert attachment.file == f"attachments/{PDF_SHA}-xray_report.pdf"


def test_the_archive_names_attachments_by_checksum_whatever_the_case_said(
    tmp_path: Path, demo_case: Case
) -> None:
    attachment = attach(demo_case)
    attachment.file = "attachments/old-name.pdf"
    path = tmp_path / "knee.secondop"
    write_case_file(demo_case, path, store_of(PDF), include_private=True)
    loaded = read_case_file(path)
    assert loaded.casefile.case.records[0].attachments[0].file == (
        f"attachments/{PDF_SHA}-xray_report.pdf"
    )
    assert demo_case.records[0].attachments[0].file == "attachments/old-name.pdf"  # untouched
    json_path = tmp_path / "knee.json"
    write_case_file(demo_case, json_path, store_of(), include_private=True)
    assert read_case_file(json_path).casefile.case.records[0].attachments[0].file == (
        f"attachments/{PDF_SHA}-xray_report.pdf"
    )


def test_an_attachment_the_journal_left_without_a_file_name_still_exports(
    tmp_path: Path, demo_case: Case
) -> None:
    attach(demo_case).file = ""
    for suffix in (".json", ".secondop"):
        path = tmp_path / f"knee{suffix}"
        write_case_file(demo_case, path, store_of(PDF), include_private=True)
        assert read_case_file(path).casefile.case.records[0].attachments[0].file.startswith(
            f"attachments/{PDF_SHA}-"
        )


def test_json_round_trip_keeps_attachment_entries_as_metadata(
    tmp_path: Path, demo_case: Case
) -> None:
    attach(demo_case)

    def no_reads(sha: str) -> bytes:
        raise AssertionError("a .json export needs no attachment bytes")

    path = tmp_path / "knee.json"
    write_case_file(demo_case, path, no_reads, include_private=True)
    loaded = read_case_file(path)
    assert loaded.casefile.case.to_dict() == demo_case.to_dict()
    assert loaded.attachments == {}
    text = path.read_text(encoding="utf-8")
    assert json.loads(text)["case"]["records"][0]["attachments"][0]["sha256"] == PDF_SHA


def test_the_envelope_is_written_with_the_export_time(tmp_path: Path, demo_case: Case) -> None:
    path = tmp_path / "knee.json"
    write_case_file(demo_case, path, store_of(), include_private=True)
    envelope = json.loads(path.read_text(encoding="utf-8"))
    assert envelope["format"] == "secondop.case"
    assert envelope["version"] == 1
    validate_case_document(envelope)  # exported_at is a time with its offset
    assert parse_time(envelope["exported_at"]) > parse_time("2026-10-20T18:30:00+00:00")


def test_non_ascii_text_is_written_as_readable_utf8(tmp_path: Path, demo_case: Case) -> None:
    demo_case.patient_name = "张伟 · Αλέξανδρος · דוד"
    path = tmp_path / "case.json"
    write_case_file(demo_case, path, store_of(), include_private=True)
    assert "张伟 · Αλέξανδρος · דוד" in path.read_text(encoding="utf-8")
    assert read_case_file(path).casefile.case.patient_name == "张伟 · Αλέξανδρος · דוד"


def test_the_form_is_told_by_content_not_by_name(tmp_path: Path, demo_case: Case) -> None:
    attach(demo_case)
    zipped, plain = tmp_path / "a.secondop", tmp_path / "b.json"
    write_case_file(demo_case, zipped, store_of(PDF), include_private=True)
    write_case_file(demo_case, plain, store_of(), include_private=True)
    assert read_case_bytes(zipped.read_bytes(), "misnamed.json").attachments == {PDF_SHA: PDF}
    assert read_case_bytes(plain.read_bytes(), "misnamed.secondop").casefile.case.id == (
        demo_case.id
    )


def test_a_byte_order_mark_is_accepted(demo_case: Case) -> None:
    data = "\ufeff".encode() + json.dumps(document(demo_case)).encode()
    assert read_case_bytes(data, "notepad.json").casefile.case.id == demo_case.id


def test_the_worked_example_file_reads(demo_file: Path, demo_case: Case) -> None:
    assert read_case_file(demo_file).casefile.case.to_dict() == demo_case.to_dict()


def test_unknown_keys_survive_a_round_trip(tmp_path: Path, demo_case: Case) -> None:
    demo_case.extra["x_future"] = {"nested": [1, "два", None]}
    demo_case.opinions[0].physician.extra["x_npi"] = "1234567890"
    demo_case.notes[0].extra["x_colour"] = "green"
    for suffix in (".json", ".secondop"):
        path = tmp_path / f"knee{suffix}"
        write_case_file(demo_case, path, store_of(), include_private=True)
        case = read_case_file(path).casefile.case
        assert case.extra["x_future"] == {"nested": [1, "два", None]}
        assert case.opinions[0].physician.extra == {"x_npi": "1234567890"}
        assert case.notes[0].extra == {"x_colour": "green"}


def test_a_very_compressible_attachment_is_stored_so_it_reads_back(
    tmp_path: Path, demo_case: Case
) -> None:
    zeros = bytes(3 * 1024 * 1024)
    attach(demo_case, zeros, "blank scan.tif")
    path = tmp_path / "knee.secondop"
    write_case_file(demo_case, path, store_of(zeros), include_private=True)
    assert read_case_file(path).attachments[hashlib.sha256(zeros).hexdigest()] == zeros


def test_the_same_file_attached_twice_is_stored_once(tmp_path: Path, demo_case: Case) -> None:
    attach(demo_case)
    demo_case.records[1].attachments.append(demo_case.records[0].attachments[0])
    path = tmp_path / "knee.secondop"
    write_case_file(demo_case, path, store_of(PDF), include_private=True)
    with zipfile.ZipFile(path) as archive:
        assert len(archive.namelist()) == 2
    assert read_case_file(path).attachments == {PDF_SHA: PDF}


@pytest.mark.parametrize(("name", "safe"), [
    ("xray report.pdf", "xray_report.pdf"),
    ("../../etc/passwd", "etc_passwd"),
    ("C:\\Users\\me\\scan.jpg", "C__Users_me_scan.jpg"),
    ("Röntgenbefund.pdf", "Röntgenbefund.pdf"),
    ("报告.jpg", "报告.jpg"),
    ("", "file"),
    ("...", "file"),
    ("a" * 300 + ".pdf", "a" * 80),
])
def test_safe_file_names(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe
    assert cf.is_safe_attachment_path(attachment_archive_name(PDF_SHA, name))


# -- writing safely --------------------------------------------------------------------------

def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, demo_case: Case
) -> None:
    path = tmp_path / "knee.secondop"
    path.write_bytes(b"the previous export")
    attach(demo_case)

    def broken(sha: str) -> bytes:
        raise OSError("disk unplugged")

    with pytest.raises(CaseFileError, match="could not be read from the journal"):
        write_case_file(demo_case, path, broken, include_private=True)
    assert path.read_bytes() == b"the previous export"
    assert leftovers(tmp_path) == []


def test_a_failing_rename_leaves_the_old_file(
    tmp_path: Path, demo_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "knee.json"
    path.write_text("old", encoding="utf-8")

    def no_rename(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cf.os, "replace", no_rename)
    with pytest.raises(CaseFileError, match="could not be written"):
        write_case_file(demo_case, path, store_of(), include_private=True)
    assert path.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_attachment_bytes_that_do_not_match_are_not_exported(
    tmp_path: Path, demo_case: Case
) -> None:
    attach(demo_case)
    path = tmp_path / "knee.secondop"
    with pytest.raises(CaseFileError, match="does not match"):
        write_case_file(demo_case, path, lambda sha: b"something else", include_private=True)
    assert not path.exists()
    assert leftovers(tmp_path) == []


def test_a_case_that_could_not_be_read_back_is_not_written(
    tmp_path: Path, demo_case: Case
) -> None:
    demo_case.title = "   "
    for suffix in (".json", ".secondop"):
        path = tmp_path / f"knee{suffix}"
        with pytest.raises(CaseFileError, match=r"case\.title: must not be empty"):
            write_case_file(demo_case, path, store_of(), include_private=True)
        assert not path.exists()


def test_only_the_two_forms_are_written(tmp_path: Path, demo_case: Case) -> None:
    with pytest.raises(CaseFileError, match=r"NAME\.secondop"):
        write_case_file(demo_case, tmp_path / "knee.zip", store_of(), include_private=True)
    assert list(tmp_path.iterdir()) == []


def test_writing_into_a_missing_folder_is_a_clear_error(tmp_path: Path, demo_case: Case) -> None:
    with pytest.raises(CaseFileError, match="cannot write in"):
        write_case_file(demo_case, tmp_path / "nowhere" / "knee.json", store_of(),
                        include_private=True)


def test_an_export_replaces_an_older_one(tmp_path: Path, demo_case: Case) -> None:
    path = tmp_path / "knee.secondop"
    write_case_file(demo_case, path, store_of(), include_private=True)
    demo_case.title = "Renamed"
    write_case_file(demo_case, path, store_of(), include_private=True)
    assert read_case_file(path).casefile.case.title == "Renamed"
    assert leftovers(tmp_path) == []


# -- refusing what is not a valid case -------------------------------------------------------

def test_an_invalid_case_names_the_file_and_the_field(demo_case: Case) -> None:
    doc = document(demo_case)
    del doc["case"]["title"]
    assert refused(json.dumps(doc).encode()) == "knee.secondop: case.title: required"


def test_the_error_wraps_the_format_error(demo_case: Case) -> None:
    doc = document(demo_case)
    doc["case"]["status"] = "done"
    with pytest.raises(CaseFileError) as info:
        read_case_bytes(json.dumps(doc).encode(), "knee.json")
    assert isinstance(info.value.__cause__, CaseFormatError)


def test_a_newer_version_is_refused(demo_case: Case) -> None:
    doc = document(demo_case)
    doc["version"] = 2
    refused(json.dumps(doc).encode(), "version 2", "reads version 1")
    refused(make_zip([("case.json", json.dumps(doc).encode())]), "version 2", "reads version 1")


def test_a_wrong_format_is_refused(demo_case: Case) -> None:
    doc = document(demo_case)
    doc["format"] = "someone.else"
    refused(json.dumps(doc).encode(), "not a SecondOp case file")


@pytest.mark.parametrize(("data", "words"), [
    (b"", ("the file is empty",)),
    (b" \n", ("the file is empty",)),
    (b"\xff\xfe\x00garbage", ("not a SecondOp case file", "choose a .secondop file")),
    (b"%PDF-1.7\n\xe2\xe3\xcf\xd3", ("not a SecondOp case file", "it is a PDF document")),
    ("{\"format\": \"secondop.case\", \"case\": \"caf\u00e9\"}".encode("latin-1"),
     ("not a SecondOp case file",)),
    (b"{\"format\": ", ("not a SecondOp case file", "on line 1", "exported from SecondOp")),
    (b"[1, 2", ("not a SecondOp case file",)),
    (b"{\"a\": NaN}", ("NaN is not a JSON number",)),
    (b"{\"a\": 1, \"a\": 2}", ("appears twice",)),
    (b"[" * 100_000 + b"]" * 100_000, ("nested too deeply",)),
    (b"null", ("expected an object",)),
    (b"{\"a\": " + b"9" * 10_000 + b"}", ("not valid JSON",)),
    (b"\"just text\"", ("expected an object",)),
])
def test_bad_json_is_refused_cleanly(data: bytes, words: tuple[str, ...]) -> None:
    refused(data, *words, name="case.json")


def test_a_missing_or_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match=r"^gone\.secondop: the file could not be read"):
        read_case_file(tmp_path / "gone.secondop")
    folder = tmp_path / "folder.secondop"
    folder.mkdir()
    with pytest.raises(CaseFileError, match=r"^folder\.secondop: "):
        read_case_file(folder)


# -- archive attacks -------------------------------------------------------------------------

@pytest.mark.parametrize("evil", [
    "../evil.sh",
    "attachments/../../evil.sh",
    "attachments/../case.json",
    "/etc/passwd",
    "/attachments/x",
    "C:/Windows/evil.dll",
    "c:evil",
    "attachments\\..\\evil",
    "attachments/a\\b",
    "readme.txt",
    "Case.json",
    "sub/case.json",
    "attachments//x",
    "attachments/./x",
    "attachments/x\x00.pdf",
    "__MACOSX/._case.json",
])
def test_names_outside_the_allowed_set_are_refused(demo_case: Case, evil: str) -> None:
    refused(archive_of(demo_case, (evil, b"payload")), "archive holds")


def test_a_symlink_entry_is_refused(demo_case: Case) -> None:
    link = zipfile.ZipInfo(f"attachments/{PDF_SHA}-x.pdf")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    refused(archive_of(demo_case, (link, b"/etc/passwd")), "is a link")


def test_a_symlinked_case_json_is_refused(demo_case: Case) -> None:
    link = zipfile.ZipInfo("case.json")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    refused(make_zip([(link, b"/home/me/secret.json")]), "is a link")


def test_an_encrypted_entry_is_refused(demo_case: Case) -> None:
    data = bytearray(archive_of(demo_case))
    # Set the "encrypted" flag in the central directory entry of case.json.
    at = data.find(b"PK\x01\x02")
    flags = struct.unpack_from("<H", data, at + 8)[0] | 0x1
    struct.pack_into("<H", data, at + 8, flags)
    refused(bytes(data), "encrypted")


def test_folders_other_than_attachments_are_refused(demo_case: Case) -> None:
    refused(archive_of(demo_case, (zipfile.ZipInfo("other/"), b"")), "folder")
    # The attachments folder itself is a harmless entry many zip tools add.
    read_case_bytes(archive_of(demo_case, (zipfile.ZipInfo("attachments/"), b"")), "ok.secondop")


def test_duplicate_names_are_refused(demo_case: Case) -> None:
    second = json.dumps(document(demo_case)).encode()
    refused(archive_of(demo_case, ("case.json", second)), "twice")


def test_too_many_entries_are_refused(demo_case: Case) -> None:
    many = [(f"attachments/{i}", b"") for i in range(1_001)]
    refused(archive_of(demo_case, *many), "1002 entries", "at most 1000")


def test_a_huge_table_of_contents_is_refused_before_it_is_parsed(demo_case: Case) -> None:
    long_names = [("attachments/" + f"{i:03d}" + "x" * 60_000, b"") for i in range(75)]
    refused(archive_of(demo_case, *long_names), "list of contents is larger than 4 MB")


def test_a_zip_bomb_is_refused_by_its_ratio(demo_case: Case) -> None:
    bomb = bytes(20 * 1024 * 1024)  # 20 MB of zeros deflate about a thousand to one
    sha = hashlib.sha256(bomb).hexdigest()
    attachment = attach(demo_case, bomb, "bomb.bin")
    refused(archive_of(demo_case, attachments={attachment.file: bomb}), "compressed more than")
    assert sha  # the bytes would otherwise match: only the ratio refuses it


def test_a_small_very_compressible_file_is_fine(demo_case: Case) -> None:
    blank = bytes(200_000)
    attachment = attach(demo_case, blank, "blank.bin")
    loaded = read_case_bytes(archive_of(demo_case, attachments={attachment.file: blank}), "k")
    assert loaded.attachments[attachment.sha256] == blank


def test_an_entry_that_lies_about_its_size_is_refused(demo_case: Case) -> None:
    attachment = attach(demo_case, PDF, "x.pdf")
    data = bytearray(archive_of(demo_case, attachments={attachment.file: PDF}))
    # Halve the declared size in both headers of the attachment: the real data is longer.
    name = attachment.file.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := data.find(signature, at)) >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                struct.pack_into("<I", data, at + offset, len(PDF) // 2)
            at += 4
    refused(bytes(data))


def test_limits_on_total_and_case_json_size(
    demo_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = archive_of(demo_case)
    monkeypatch.setattr(cf, "MAX_CASE_JSON_SIZE", 1_000)
    refused(archive, "larger than")
    refused(json.dumps(document(demo_case)).encode(), "larger than")
    monkeypatch.undo()
    attachment = attach(demo_case, PDF, "x.pdf")
    archive = archive_of(demo_case, attachments={attachment.file: PDF})
    monkeypatch.setattr(cf, "MAX_TOTAL_SIZE", len(PDF))
    refused(archive, "more than")


def test_a_checksum_mismatch_is_refused(demo_case: Case) -> None:
    attachment = attach(demo_case)
    tampered = PDF[:-1] + b"!"
    refused(archive_of(demo_case, attachments={attachment.file: tampered}), "checksum")


def test_a_size_mismatch_is_refused(demo_case: Case) -> None:
    attachment = attach(demo_case)
    attachment.size += 1
    refused(archive_of(demo_case, attachments={attachment.file: PDF}), "bytes", "says")


def test_a_missing_attachment_is_refused(demo_case: Case) -> None:
    attach(demo_case)
    refused(archive_of(demo_case), "does not hold")


def test_a_file_no_record_lists_is_refused(demo_case: Case) -> None:
    refused(archive_of(demo_case, (f"attachments/{PDF_SHA}-x.pdf", PDF)), "no record")


def test_an_archive_without_case_json_is_refused() -> None:
    refused(make_zip([]), f"no {cf.CASE_JSON}")
    refused(make_zip([("attachments/x", b"1")]), f"no {cf.CASE_JSON}")


def test_a_truncated_archive_is_refused(tmp_path: Path, demo_case: Case) -> None:
    attach(demo_case)
    path = tmp_path / "knee.secondop"
    write_case_file(demo_case, path, store_of(PDF), include_private=True)
    data = path.read_bytes()
    for cut in (10, len(data) // 3, len(data) // 2, len(data) - 30, len(data) - 1):
        refused(data[:cut], name="cut.secondop")


def test_a_local_name_that_differs_from_the_table_of_contents_is_refused(
    demo_case: Case,
) -> None:
    data = bytearray(archive_of(demo_case))
    at = data.find(b"PK\x03\x04")
    assert data[at + 30:at + 39] == b"case.json"
    data[at + 30:at + 39] = b"../x.json"  # what an unpacker reading local headers would see
    refused(bytes(data), "damaged")


def test_corrupt_compressed_data_is_refused(demo_case: Case) -> None:
    data = bytearray(archive_of(demo_case))
    start = data.find(b"PK\x03\x04") + 30 + len("case.json")
    for i in range(start + 20, start + 60):
        data[i] ^= 0x5A
    refused(bytes(data), "damaged")


def test_non_utf8_case_json_in_an_archive_is_refused(demo_case: Case) -> None:
    text = json.dumps(document(demo_case), ensure_ascii=False).replace(
        demo_case.title, "Genou droit: opération?")
    assert refused(make_zip([("case.json", text.encode("latin-1"))])).startswith(
        "knee.secondop: the case inside this file is damaged (case.json is not readable text)")


def test_an_invalid_case_json_in_an_archive_names_the_field(demo_case: Case) -> None:
    demo_case.opinions[1].recommendations[0].urgency = "asap"
    assert refused(archive_of(demo_case)) == (
        "knee.secondop: case.opinions[1].recommendations[0].urgency: 'asap' is not one of "
        "emergency, soon, routine, elective"
    )


def test_attachment_paths_in_the_case_must_be_safe(demo_case: Case) -> None:
    attachment = attach(demo_case)
    attachment.file = "attachments/../../x"
    refused(archive_of(demo_case), "not a safe path")


def test_nothing_is_written_to_disk_while_reading(tmp_path: Path, demo_case: Case) -> None:
    attach(demo_case)
    path = tmp_path / "knee.secondop"
    write_case_file(demo_case, path, store_of(PDF), include_private=True)
    before = sorted(os.listdir(tmp_path))
    read_case_file(path)
    assert sorted(os.listdir(tmp_path)) == before


def test_a_lone_surrogate_in_a_case_still_exports(tmp_path: Path, demo_case: Case) -> None:
    # The reader refuses half a character pair, so the writer puts U+FFFD in its place.
    demo_case.notes[0].text = "half an emoji \ud83d"
    path = tmp_path / "knee.json"
    write_case_file(demo_case, path, store_of(), include_private=True)
    assert read_case_file(path).casefile.case.notes[0].text == "half an emoji \ufffd"
