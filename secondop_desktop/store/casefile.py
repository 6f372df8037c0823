# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading and writing case files: ``NAME.secondop`` (a zip) and ``NAME.json`` (the JSON alone).

A case file comes from outside and is trusted for nothing. An archive may hold only ``case.json``
and files under ``attachments/``; it is read into memory with bounded reads (never unpacked to
disk), within limits on entry count, sizes and compression ratio, and every attachment must match
the ``sha256`` and ``size`` its record gives. Any problem ends in one ``CaseFileError`` whose
message says which file and what is wrong; nothing is half-read.

Writing goes to a temporary file in the destination folder, flushed to disk and then renamed over
the destination, so a failure never leaves a half-written file or damages an older one.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secondop_desktop.domain.model import Case, CaseFile, now_iso
from secondop_desktop.domain.text_limits import text_problem
from secondop_desktop.domain.validation import (
    ATTACHMENTS_DIR,
    CaseFormatError,
    is_safe_attachment_path,
    validate_case_document,
)
from secondop_desktop.i18n import N_, _, fill
from secondop_desktop.store.errors import AttachmentMissing

CASE_JSON = "case.json"
MAX_ENTRIES = 1_000
MAX_TOTAL_SIZE = 500 * 1024 * 1024
MAX_CASE_JSON_SIZE = 64 * 1024 * 1024
MAX_RATIO = 100
# 1,000 entries with long names and extra fields stay well below this.
MAX_DIRECTORY_SIZE = 4 * 1024 * 1024
# Below this size an entry may compress as well as it likes: it cannot hurt anyone.
RATIO_FREE_SIZE = 1024 * 1024
# Entries this compressible are stored rather than deflated, so our own files pass the ratio check.
_STORE_ABOVE_RATIO = 50
_CHUNK = 64 * 1024
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


class CaseFileError(Exception):
    """A case file that cannot be read or written; the message says which file and why."""


@dataclass
class LoadedCaseFile:
    """A case file read and checked: the envelope, and the attachments' bytes by sha256."""

    casefile: CaseFile
    attachments: dict[str, bytes] = field(default_factory=dict)


# -- reading ---------------------------------------------------------------------------------

def read_case_file(path: Path) -> LoadedCaseFile:
    """Read and check a ``.secondop`` archive or a ``.json`` case file (told apart by content)."""
    path = Path(path)
    name = path.name
    try:
        # Refused before a byte is read: a 2 GB file must not take 500 MB of memory to say no.
        size = path.stat().st_size
    except OSError as exc:
        raise CaseFileError(fill(_("{name}: the file could not be read ({reason})"),
                                 name=name, reason=exc.strerror or exc)) from exc
    if size > MAX_TOTAL_SIZE:
        raise CaseFileError(
            fill(_("{name}: the file is {size}; a case file may be at most {limit}"),
                 name=name, size=_mb(size), limit=_mb(MAX_TOTAL_SIZE))
        )
    try:
        with path.open("rb") as handle:
            # Bounded: a file larger than any acceptable archive is refused without reading it all.
            data = handle.read(MAX_TOTAL_SIZE + 1)
    except OSError as exc:
        raise CaseFileError(fill(_("{name}: the file could not be read ({reason})"),
                                 name=name, reason=exc.strerror or exc)) from exc
    if len(data) > MAX_TOTAL_SIZE:
        raise CaseFileError(fill(_("{name}: the file is larger than {size}"),
                                 name=name, size=_mb(MAX_TOTAL_SIZE)))
    return read_case_bytes(data, name)


def read_case_bytes(data: bytes, name: str) -> LoadedCaseFile:
    """Read and check a case file held in memory; ``name`` is used in messages only."""
    try:
        if bytes(data[:4]) in _ZIP_MAGIC:
            return _read_archive(data, name)
        document = _parse_json(data, name, _("the file"))
        casefile = _checked_casefile(document, name)
        return LoadedCaseFile(casefile=casefile, attachments={})
    except CaseFileError:
        raise
    except Exception as exc:
        # The promise is "only CaseFileError": a bug or a library surprise still reads as one line.
        raise CaseFileError(
            fill(_("{name}: the file could not be read ({kind}: {reason})"),
                 name=name, kind=type(exc).__name__, reason=str(exc)[:200])
        ) from exc


def _parse_json(raw: bytes, name: str, what: str) -> Any:
    if len(raw) > MAX_CASE_JSON_SIZE:
        raise CaseFileError(fill(_("{name}: {what} is larger than {size}"),
                                 name=name, what=what, size=_mb(MAX_CASE_JSON_SIZE)))
    if not raw.strip():
        raise CaseFileError(fill(_("{name}: {what} is empty"),
                                 name=name, what=what))
    try:
        # utf-8-sig: a byte-order mark left by a text editor is harmless.
        text = bytes(raw).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if what == CASE_JSON:
            problem = (fill(_("the case inside this file is damaged ({case_json} is not readable "
                              "text); ask for the case to be exported again"),
                            case_json=CASE_JSON))
        else:
            problem = (fill(_("this is not a SecondOp case file ({what}); choose a .secondop file "
                              "exported from SecondOp"),
                            what=_what_it_is(raw)))
        raise CaseFileError(f"{name}: {problem}") from exc
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        # Plain words: where it goes wrong helps the sender, a parser's phrase helps nobody.
        if what == CASE_JSON:
            problem = (fill(_("the case inside this file is damaged ({case_json} breaks off or is "
                              "garbled at line {lineno}); ask for the case to be exported again"),
                            case_json=CASE_JSON, lineno=exc.lineno))
        else:
            problem = fill(_("this is not a SecondOp case file (it is text, but not a case: "
                             "the first problem is on line {lineno}); choose a .secondop or "
                             ".json file exported from SecondOp"), lineno=exc.lineno)
        raise CaseFileError(f"{name}: {problem}") from exc
    except _JsonProblem as exc:
        raise CaseFileError(fill(_("{name}: {what} is not valid JSON ({exc})"),
                                 name=name, what=what, exc=exc)) from exc
    except RecursionError as exc:
        raise CaseFileError(fill(_("{name}: {what} is nested too deeply to be a case file"),
                                 name=name, what=what)) from exc
    except ValueError as exc:  # e.g. a number with more digits than Python will convert
        raise CaseFileError(fill(_("{name}: {what} is not valid JSON ({reason})"),
                                 name=name, what=what, reason=str(exc)[:120])) from exc


def _what_it_is(raw: bytes) -> str:
    """What a file that is not a case file seems to be, in a few plain words."""
    kinds = ((b"%PDF", N_("it is a PDF document")), (b"\x89PNG", N_("it is a picture")),
             (b"\xff\xd8\xff", N_("it is a picture")), (b"GIF8", N_("it is a picture")),
             (b"\xd0\xcf\x11\xe0", N_("it is an Office document")))
    return _(next((words for magic, words in kinds if raw.startswith(magic)),
                  N_("its contents are not text SecondOp can read")))


class _JsonProblem(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Two values for one key is ambiguous: which one the sender meant cannot be known.
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _JsonProblem(fill(_("the key {key} appears twice in one object"),
                                    key=repr(key[:60])))
        out[key] = value
    return out


def _no_constant(token: str) -> Any:
    raise _JsonProblem(fill(_("{token} is not a JSON number"),
                            token=token))


def _checked_casefile(document: Any, name: str) -> CaseFile:
    problem = text_problem(document)
    if problem is not None:
        raise CaseFileError(f"{name}: {problem}")
    try:
        validate_case_document(document)
    except CaseFormatError as exc:
        raise CaseFileError(f"{name}: {exc}") from exc
    return CaseFile.from_dict(document)


def _central_directory_size(data: bytes) -> int | None:
    """The size the archive's end record gives its central directory (None if not found).

    Python's zipfile builds an object for every entry of the central directory before anything
    can count them; checking the directory's size first keeps a hostile file from using that to
    fill the memory.
    """
    tail_start = max(0, len(data) - (22 + 65535))
    at = data.rfind(b"PK\x05\x06", tail_start)
    if at < 0 or at + 22 > len(data):
        return None
    (size,) = struct.unpack("<I", data[at + 12:at + 16])
    if size != 0xFFFFFFFF:
        return size
    locator = at - 20
    if locator < 0 or data[locator:locator + 4] != b"PK\x06\x07":
        return None
    (record,) = struct.unpack("<Q", data[locator + 8:locator + 16])
    if data[record:record + 4] != b"PK\x06\x06" or record + 56 > len(data):
        return None
    (size64,) = struct.unpack("<Q", data[record + 40:record + 48])
    return size64


def _read_archive(data: bytes, name: str) -> LoadedCaseFile:
    directory = _central_directory_size(data)
    if directory is not None and directory > MAX_DIRECTORY_SIZE:
        raise CaseFileError(
            fill(_("{name}: the archive's list of contents is larger than {size}, far beyond "
                   "what a case file of at most {max_entries} entries needs"),
                 name=name, size=_mb(MAX_DIRECTORY_SIZE), max_entries=MAX_ENTRIES)
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise CaseFileError(fill(_("{name}: the archive is damaged or incomplete ({exc})"),
                                 name=name, exc=exc)) from exc
    with archive:
        infos = archive.infolist()
        _check_entries(infos, name)
        contents: dict[str, bytes] = {}
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            limit = MAX_CASE_JSON_SIZE if info.filename == CASE_JSON else MAX_TOTAL_SIZE - total
            raw = _read_entry(archive, info, limit, name)
            total += len(raw)
            contents[info.filename] = raw
    if CASE_JSON not in contents:
        raise CaseFileError(fill(_("{name}: the archive has no {case_json} at its root"),
                                 name=name, case_json=CASE_JSON))
    document = _parse_json(contents.pop(CASE_JSON), name, CASE_JSON)
    casefile = _checked_casefile(document, name)
    return LoadedCaseFile(casefile=casefile, attachments=_match_attachments(casefile, contents,
                                                                            name))


def _check_entries(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_ENTRIES:
        raise CaseFileError(
            fill(_("{name}: the archive holds {count} entries; a case file may hold at most "
                   "{max_entries}"),
                 name=name, count=len(infos), max_entries=MAX_ENTRIES)
        )
    seen: set[str] = set()
    declared = 0
    for info in infos:
        entry = info.filename
        shown = _shown(entry)
        if entry in seen:
            raise CaseFileError(fill(_("{name}: the archive holds {shown} twice"),
                                     name=name, shown=shown))
        seen.add(entry)
        if info.flag_bits & 0x1:
            raise CaseFileError(fill(_("{name}: {shown} is encrypted; case files are never "
                                       "encrypted"), name=name, shown=shown))
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise CaseFileError(fill(_("{name}: {shown} is a link; links are not allowed in a case "
                                       "file"),
                                     name=name, shown=shown))
        if info.is_dir():
            # Zip tools often add the folder itself; that is harmless and holds nothing.
            if entry != ATTACHMENTS_DIR:
                raise CaseFileError(fill(_("{name}: the archive holds a folder it may not: "
                                           "{shown}"), name=name, shown=shown))
            continue
        if entry != CASE_JSON and not is_safe_attachment_path(entry):
            raise CaseFileError(
                fill(_("{name}: the archive holds {shown}; a case file may hold only {case_json} "
                       "and files under {attachments_dir}"),
                     name=name, shown=shown, case_json=CASE_JSON, attachments_dir=ATTACHMENTS_DIR)
            )
        if info.file_size < 0 or info.compress_size < 0:
            raise CaseFileError(fill(_("{name}: {shown} has an impossible size"),
                                     name=name, shown=shown))
        declared += info.file_size
        if declared > MAX_TOTAL_SIZE:
            raise CaseFileError(
                fill(_("{name}: the archive would unpack to more than {size}"),
                     name=name, size=_mb(MAX_TOTAL_SIZE))
            )
        if info.file_size > RATIO_FREE_SIZE and \
                info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise CaseFileError(
                fill(_("{name}: {shown} is compressed more than {max_ratio} to 1, which no real "
                       "document is; the file may be built to fill the disk"),
                     name=name, shown=shown, max_ratio=MAX_RATIO)
            )


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str) -> bytes:
    """An entry's bytes, read in chunks and stopped as soon as it outgrows what it declared."""
    shown = _shown(info.filename)
    allowed = min(info.file_size, limit)
    if info.file_size > limit:
        raise CaseFileError(fill(_("{name}: {shown} is larger than a case file may hold"),
                                 name=name, shown=shown))
    ratio_cap = max(RATIO_FREE_SIZE, MAX_RATIO * max(info.compress_size, 1))
    buffer = bytearray()
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                buffer += chunk
                if len(buffer) > allowed or len(buffer) > ratio_cap:
                    raise CaseFileError(
                        fill(_("{name}: {shown} unpacks to more than its declared size"),
                             name=name, shown=shown)
                    )
    except CaseFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError,
            NotImplementedError) as exc:
        raise CaseFileError(fill(_("{name}: {shown} is damaged and cannot be read ({exc})"),
                                 name=name, shown=shown, exc=exc)) from exc
    if len(buffer) != info.file_size:
        raise CaseFileError(fill(_("{name}: {shown} is shorter than its declared size"),
                                 name=name, shown=shown))
    return bytes(buffer)


def _match_attachments(casefile: CaseFile, files: dict[str, bytes], name: str) -> dict[str, bytes]:
    by_sha: dict[str, bytes] = {}
    listed: set[str] = set()
    for record in casefile.case.records:
        for attachment in record.attachments:
            label = repr((attachment.name or attachment.file)[:80])
            data = files.get(attachment.file)
            if data is None:
                raise CaseFileError(
                    fill(_("{name}: the record {title} lists the file {label}, but the archive "
                           "does not hold {file}"), name=name, title=repr(record.title[:80]),
                         label=label, file=repr(attachment.file))
                )
            if len(data) != attachment.size:
                raise CaseFileError(
                    fill(_("{name}: the attached file {label} is {actual} bytes, but its record "
                           "says {size}; the archive is damaged or was changed"),
                         name=name, label=label, actual=len(data), size=attachment.size)
                )
            if hashlib.sha256(data).hexdigest() != attachment.sha256:
                raise CaseFileError(
                    fill(_("{name}: the attached file {label} does not match its checksum; the "
                           "archive is damaged or was changed"),
                         name=name, label=label)
                )
            listed.add(attachment.file)
            by_sha[attachment.sha256] = data
    unlisted = sorted(set(files) - listed)
    if unlisted:
        raise CaseFileError(
            fill(_("{name}: the archive holds {shown}, which no record of the case lists"),
                 name=name, shown=_shown(unlisted[0]))
        )
    return by_sha


# -- writing ---------------------------------------------------------------------------------

def attachment_archive_name(sha256: str, name: str) -> str:
    """Where an attachment goes inside an archive: ``attachments/<sha256>-<safe name>``."""
    return f"{ATTACHMENTS_DIR}{sha256}-{safe_file_name(name)}"


def safe_file_name(name: str) -> str:
    """A file name any system can unpack: letters, digits, ``.``, ``-`` and ``_`` only."""
    name = unicodedata.normalize("NFC", name)
    kept = "".join(ch if (ch.isalnum() or ch in ".-_") else "_" for ch in name)
    kept = kept.strip("._ ")[:80].rstrip("._ ")
    return kept or "file"


def private_note_count(case: Case) -> int:
    """How many of the case's notes are marked private (what an export leaves out by default)."""
    return sum(1 for note in case.notes if note.private)


def write_case_file(case: Case, path: Path, read_attachment: Callable[[str], bytes],
                    include_private: bool = False) -> list[str]:
    """Write ``case`` to ``path``: a ``.secondop`` archive with its attachments, or ``.json``.

    ``read_attachment(sha256)`` gives an attachment's bytes (from the journal). The file appears
    whole or not at all; a file already at ``path`` is replaced only once the new one is complete.

    Notes marked private are left out unless ``include_private``: a case file is what a patient
    hands to a relative or another computer. (Importing such a file removes no note: the merge
    never drops one. The journal's backups keep everything.)

    Returns the names of attached files the journal does not hold (a case that came as ``.json``,
    "file not included"): an archive cannot carry them, so their entries are left out of it
    (the record itself goes) and the caller says so. A ``.json`` carries no files: nothing is
    left out of it.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".secondop", ".json"):
        raise CaseFileError(
            fill(_("{name}: a case file is written as NAME.secondop (with its attached files) or "
                   "NAME.json (the case alone)"),
                 name=path.name)
        )
    document = CaseFile(exported_at=now_iso(), case=case).to_dict()
    if not include_private:
        document["case"]["notes"] = [
            note for note in document["case"].get("notes", []) if not note.get("private")
        ]
    # Half a character pair (a lone surrogate) cannot be UTF-8 and the reader refuses it: the
    # file says U+FFFD, the replacement character, in its place.
    document = _whole_characters(document)
    # Both forms name attachments the same way, whatever the journal had in ``file``.
    for record in document["case"].get("records", []):
        for attachment in record.get("attachments", []):
            attachment["file"] = attachment_archive_name(
                str(attachment.get("sha256", "")), str(attachment.get("name") or "")
            )
    missing: list[str] = []
    if suffix == ".secondop":
        payload = _build_archive(document, read_attachment, path.name, missing)
    else:
        _check_before_writing(document, path.name)
        payload = _json_bytes(document)
    _write_atomically(path, payload)
    return missing


def _whole_characters(value: Any) -> Any:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return value
    if isinstance(value, dict):
        return {_whole_characters(k): _whole_characters(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_whole_characters(item) for item in value]
    return value


def _json_bytes(document: dict[str, Any]) -> bytes:
    try:
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate cannot be UTF-8; escaped as \udxxx it still reads back the same.
        return (json.dumps(document, ensure_ascii=True, indent=2) + "\n").encode("ascii")


def _check_before_writing(document: dict[str, Any], name: str) -> None:
    # Never write a file this program would refuse to read back.
    try:
        validate_case_document(document)
    except CaseFormatError as exc:
        raise CaseFileError(fill(_("{name}: the case cannot be exported as it is: {exc}"),
                                 name=name, exc=exc)) from exc


def _build_archive(
    document: dict[str, Any], read_attachment: Callable[[str], bytes], name: str,
    missing: list[str],
) -> bytes:
    entries: dict[str, bytes] = {}
    for record in document["case"].get("records", []):
        kept = []
        for attachment in record.get("attachments", []):
            sha = attachment.get("sha256", "")
            label = repr(str(attachment.get("name") or sha)[:80])
            try:
                data = read_attachment(sha)
            except AttachmentMissing:
                missing.append(str(attachment.get("name") or sha))
                continue
            except Exception as exc:
                raise CaseFileError(
                    fill(_("{name}: the attached file {label} could not be read from the journal "
                           "({exc})"),
                         name=name, label=label, exc=exc)
                ) from exc
            if hashlib.sha256(data).hexdigest() != sha or len(data) != attachment.get("size"):
                raise CaseFileError(
                    fill(_("{name}: the attached file {label} in the journal does not match its "
                           "checksum or size; run the journal check before exporting"),
                         name=name, label=label)
                )
            entries[attachment["file"]] = data
            kept.append(attachment)
        if "attachments" in record:
            record["attachments"] = kept
    _check_before_writing(document, name)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _add_entry(archive, CASE_JSON, _json_bytes(document))
        for arcname, data in entries.items():
            _add_entry(archive, arcname, data)
    return buffer.getvalue()


def _add_entry(archive: zipfile.ZipFile, arcname: str, data: bytes) -> None:
    info = zipfile.ZipInfo(arcname, date_time=(2000, 1, 1, 0, 0, 0))
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    compressed = len(zlib.compress(data, 6)) if data else 0
    # Deflate unless the result would look like a zip bomb to the reader (or gains nothing).
    too_dense = compressed and len(data) > _STORE_ABOVE_RATIO * compressed
    if data and not too_dense and compressed < len(data):
        info.compress_type = zipfile.ZIP_DEFLATED
    else:
        info.compress_type = zipfile.ZIP_STORED
    archive.writestr(info, data)


def _write_atomically(path: Path, payload: bytes) -> None:
    folder = path.parent
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise CaseFileError(
            fill(_("{name}: cannot write in {folder} ({reason})"),
                 name=path.name, folder=folder, reason=exc.strerror or exc)
        ) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise CaseFileError(
            fill(_("{name}: the file could not be written ({reason})"),
                 name=path.name, reason=exc.strerror or exc)
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders, and needs not.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _shown(entry: str) -> str:
    """An entry name for a message: quoted, and cut if a hostile file made it very long."""
    return repr(entry if len(entry) <= 120 else entry[:117] + "...")


def _mb(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"
