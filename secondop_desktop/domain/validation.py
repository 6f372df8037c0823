# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that a case-file document follows case format 1 before anything trusts it.

The JSON Schema shipped beside this module (``case.schema.json``) says what each field may hold;
the checks below add what a schema cannot say (ids unique within their kind, references between
objects, the title's length after trimming, safe attachment paths). Every problem found is placed
in document order, and the first one is reported as ``path: what is wrong``, for example
``case.opinions[1].recommendations[0].urgency: 'asap' is not one of emergency, soon, routine,
elective``. Nothing but ``CaseFormatError`` ever leaves ``validate_case_document``.

The words are in the language in force (the field's path stays as the file writes it: it is what
a person fixing the file looks for).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from secondop_desktop.domain.model import FORMAT_NAME, FORMAT_VERSION
from secondop_desktop.i18n import N_, _, fill

FieldPath = tuple[str | int, ...]

TITLE_MAX = 200
MAX_DEPTH = 100
MAX_INT_BITS = 10_000  # about 3,000 decimal digits
ATTACHMENTS_DIR = "attachments/"

_DATETIME_SHAPE = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([Zz]|[+-]\d{2}:\d{2})"
)
_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DRIVE = re.compile(r"[A-Za-z]:")
# Which error to show first when several sit on the same field: the type before the details.
_RANK = {"type": 0, "required": 0}


class CaseFormatError(ValueError):
    """A case-file document that does not follow format 1; the message names the field."""

    def __init__(self, message: str, path: FieldPath = ()) -> None:
        super().__init__(message)
        self.path = path


def is_iso_datetime(value: str) -> bool:
    """ISO-8601 date and time with an offset (``Z`` counts as +00:00)."""
    if not _DATETIME_SHAPE.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def is_iso_date(value: str) -> bool:
    """A calendar date written ``YYYY-MM-DD``."""
    if not _DATE_SHAPE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_safe_attachment_path(name: str) -> bool:
    """A relative path under ``attachments/`` that cannot escape it, however it is unpacked."""
    if not name.startswith(ATTACHMENTS_DIR) or len(name) <= len(ATTACHMENTS_DIR):
        return False
    if "\\" in name or _DRIVE.match(name) or any(ord(ch) < 32 or ch == "\x7f" for ch in name):
        return False
    parts = name.split("/")
    return all(_safe_part(part) for part in parts)


# Names Windows cannot hold, or reads as something else: ``C:evil.txt`` (a drive, or an NTFS
# stream), reserved device names, and names ending in a dot or a space (silently trimmed there).
_FORBIDDEN_IN_NAME = frozenset('<>:"|?*')
_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{n}" for n in range(1, 10)}
    | {f"lpt{n}" for n in range(1, 10)}
)


def _safe_part(part: str) -> bool:
    if part in ("", ".", "..") or part[-1] in ". ":
        return False
    if any(ch in _FORBIDDEN_IN_NAME for ch in part):
        return False
    return part.split(".", 1)[0].strip().lower() not in _DEVICE_NAMES


def format_path(path: FieldPath) -> str:
    """``("case", "opinions", 1, "id")`` as ``case.opinions[1].id``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or _("top level")


def validate_case_document(data: object) -> None:
    """Raise ``CaseFormatError`` naming the first problem of ``data``, or return if it is valid."""
    try:
        _check_envelope(data)
        _check_shape(data)
        problems = list(_schema_problems(data)) + list(_semantic_problems(data))
        if problems:
            problems.sort(key=lambda p: (_document_order(data, p[0]), p[2], p[1]))
            path, message, _rank = problems[0]
            raise CaseFormatError(fill(_("{field}: {problem}"), field=format_path(path),
                                       problem=message), path)
    except CaseFormatError:
        raise
    except Exception as exc:
        # The promise is "only CaseFormatError", whatever the input.
        raise CaseFormatError(fill(_("top level: the document could not be checked ({error})"),
                                   error=type(exc).__name__)) from exc


# -- before the schema: is this a SecondOp case file at all, and one we can read? ------------

def _check_envelope(data: object) -> None:
    if not isinstance(data, dict):
        raise CaseFormatError(fill(
            _("top level: expected an object (a SecondOp case file), got {found}"),
            found=_describe(data)))
    if "format" not in data:
        raise CaseFormatError(_("format: required (this is not a SecondOp case file)"),
                              ("format",))
    if data["format"] != FORMAT_NAME:
        raise CaseFormatError(fill(
            _("format: expected '{name}', got {found} (this is not a SecondOp case file)"),
            name=FORMAT_NAME, found=_describe(data["format"])), ("format",))
    version = data.get("version")
    if isinstance(version, float) and version.is_integer():
        version = int(version)  # JSON does not tell 2 from 2.0
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise CaseFormatError(fill(
            _("version: this file is in case format version {version}, and this program reads "
              "version {readable}. It was written by a newer SecondOp; update SecondOp to open "
              "it."), version=version, readable=FORMAT_VERSION), ("version",))


def _check_shape(data: object) -> None:
    """Refuse what would break the checks below rather than be judged by them.

    Walked without recursion: the schema library and Python's repr both recurse, and a hostile
    file can nest far deeper than the stack (real case files nest about ten levels). Integers of
    thousands of digits are refused too: Python will not print them, so no message could.
    """
    stack: list[tuple[object, FieldPath]] = [(data, ())]
    while stack:
        node, path = stack.pop()
        if len(path) >= MAX_DEPTH:
            raise CaseFormatError(fill(
                _("top level: the document is nested more than {depth} levels deep"),
                depth=MAX_DEPTH))
        if isinstance(node, dict):
            stack.extend((child, (*path, str(key))) for key, child in node.items())
        elif isinstance(node, list):
            stack.extend((child, (*path, index)) for index, child in enumerate(node))
        elif isinstance(node, int) and node.bit_length() > MAX_INT_BITS:
            raise CaseFormatError(fill(
                _("{field}: a number with thousands of digits is not allowed"),
                field=format_path(path)), path)


# -- the schema ------------------------------------------------------------------------------

@cache
def case_schema() -> dict[str, Any]:
    """The JSON Schema of case format 1 shipped in the package."""
    text = resources.files("secondop_desktop.domain").joinpath("case.schema.json").read_text(
        encoding="utf-8"
    )
    return json.loads(text)


@cache
def _validator() -> Draft202012Validator:
    # Our own checkers: the standard ones need optional packages and accept too much.
    checker = FormatChecker(formats=())
    checker.checks("date-time")(lambda v: not isinstance(v, str) or is_iso_datetime(v))
    checker.checks("date")(lambda v: not isinstance(v, str) or is_iso_date(v))
    return Draft202012Validator(_inline_refs(case_schema()), format_checker=checker)


def _inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with each local ``$ref`` replaced by what it names (it has no cycles).

    Same meaning, but validation skips a reference look-up at every object, about a third of
    its time.
    """
    defs = schema.get("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
                return walk(defs[ref.removeprefix("#/$defs/")])
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    return walk(schema)


def _schema_problems(data: object) -> Iterator[tuple[FieldPath, str, int]]:
    for error in _validator().iter_errors(data):
        path: FieldPath = tuple(error.absolute_path)
        rank = _RANK.get(str(error.validator), 1)
        if error.validator == "required" and isinstance(error.instance, dict):
            for name in error.validator_value:
                if name not in error.instance:
                    yield (*path, name), _("required"), rank
            continue
        yield path, _schema_message(error), rank


def _schema_message(error: ValidationError) -> str:
    kind = error.validator
    value = error.validator_value
    found = error.instance
    title = error.schema.get("title") if isinstance(error.schema, dict) else None
    if kind == "type":
        expected = [value] if isinstance(value, str) else list(value)
        names = [_(_TYPE_NAMES[t]) if t in _TYPE_NAMES else t for t in expected]
        return fill(_("expected {expected}, got {found}"), expected=_or(names),
                    found=_describe(found))
    if kind == "enum":
        allowed = ", ".join(str(v) for v in value if v is not None)
        return fill(_("{found} is not one of {allowed}"), found=_describe(found), allowed=allowed)
    if kind == "const":
        return fill(_("expected {expected}, got {found}"), expected=_describe(value),
                    found=_describe(found))
    if kind in ("pattern", "format"):
        form = _(_SCHEMA_TITLES[title]) if title in _SCHEMA_TITLES else (
            title or _("in the expected form"))
        return fill(_("{found} is not {form}"), found=_describe(found), form=form)
    if kind == "minimum":
        return fill(_("{found} is less than the smallest allowed value, {value}"),
                    found=_describe(found), value=value)
    if kind == "maximum":
        return fill(_("{found} is more than the largest allowed value, {value}"),
                    found=_describe(found), value=value)
    if kind == "minItems":
        return fill(_("expected at least {value} items, got {count}"), value=value,
                    count=len(found))
    if kind == "maxItems":
        return fill(_("expected at most {value} items, got {count}"), value=value,
                    count=len(found))
    return str(error.message)[:200]


_TYPE_NAMES = {
    "string": N_("a string"),
    "integer": N_("an integer"),
    "number": N_("a number"),
    "boolean": N_("true or false"),
    "array": N_("a list"),
    "object": N_("an object"),
    "null": "null",
}
# The schema's names for the forms a value must take, as the messages say them ("… is not a
# date (YYYY-MM-DD)"); tests/domain/test_validation.py checks every title of the schema is here.
_SCHEMA_TITLES = {title: title for title in (
    N_("a SHA-256 digest (64 lowercase hex digits)"),
    N_("a UUID or null"),
    N_("a UUID"),
    N_("a date (YYYY-MM-DD)"),
    N_("a date and time with offset (ISO-8601, e.g. 2026-11-23T10:15:00+00:00)"),
    N_("a path under attachments/"),
    N_("an ICD-10-CM code such as M17.11"),
    N_("true, false or null (not known yet)"),
)}


def _or(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return fill(_("{some} or {last}"), some=", ".join(items[:-1]), last=items[-1])


def _describe(value: object) -> str:
    """A short form of a value for a message; never walks into containers (they may be huge)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and value.bit_length() > 128:
        return _("a very large number")  # Python refuses to print ints of thousands of digits
    if isinstance(value, (int, float)):
        text = repr(value)
        return text if len(text) <= 40 else text[:37] + "..."
    if isinstance(value, str):
        return repr(value if len(value) <= 60 else value[:57] + "...")
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("an object")
    return fill(_("a {kind}"), kind=type(value).__name__)


# -- what the schema cannot say --------------------------------------------------------------

def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _items(container: dict[str, Any], key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    value = container.get(key)
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield index, item


def _semantic_problems(data: object) -> Iterator[tuple[FieldPath, str, int]]:
    case = _dict(_dict(data).get("case"))
    base: FieldPath = ("case",)

    title = case.get("title")
    if isinstance(title, str):
        trimmed = len(title.strip())
        if trimmed == 0:
            yield (*base, "title"), _("must not be empty"), 1
        elif trimmed > TITLE_MAX:
            yield (*base, "title"), fill(
                _("is {length} characters long; at most {limit} are allowed"),
                length=trimmed, limit=TITLE_MAX), 1

    # Where each object of each kind sits, so ids can be checked for uniqueness and references.
    located: dict[str, list[tuple[FieldPath, dict[str, Any]]]] = {
        kind: [] for kind in (
            "opinion", "evidence", "recommendation", "answer", "question", "note", "record",
            "medication", "review",
        )
    }
    for i, opinion in _items(case, "opinions"):
        where: FieldPath = (*base, "opinions", i)
        located["opinion"].append((where, opinion))
        for kind, key in (("evidence", "evidence"), ("recommendation", "recommendations"),
                          ("answer", "answers")):
            for j, item in _items(opinion, key):
                located[kind].append(((*where, key, j), item))
    for kind, key in (("question", "questions"), ("note", "notes"), ("record", "records"),
                      ("medication", "medications"), ("review", "reviews")):
        for i, item in _items(case, key):
            located[kind].append(((*base, key, i), item))

    ids: dict[str, set[str]] = {}
    for kind, entries in located.items():
        seen: dict[str, FieldPath] = {}
        for where, item in entries:
            ident = item.get("id")
            if not isinstance(ident, str):
                continue
            if ident in seen:
                yield (*where, "id"), fill(
                    _("{found} is used twice; {other} has the same {kind} id"),
                    found=_describe(ident), other=format_path(seen[ident]),
                    kind=_(_KIND_NAMES[kind])), 1
            else:
                seen[ident] = where
        ids[kind] = set(seen)

    opinion_ids = ids["opinion"]
    not_opinion = N_("{found} is not the id of an opinion of this case")

    for where, answer in located["answer"]:
        ref = answer.get("question_id")
        if isinstance(ref, str) and ref not in ids["question"]:
            yield (*where, "question_id"), fill(
                _("{found} is not the id of a question of this case"), found=_describe(ref)), 1
    for where, note in located["note"]:
        ref = note.get("opinion_id")
        if isinstance(ref, str) and ref not in opinion_ids:
            yield (*where, "opinion_id"), fill(_(not_opinion), found=_describe(ref)), 1
    for where, record in located["record"]:
        yield from _refs(record, "shared_with", where, opinion_ids, not_opinion)
        for k, attachment in _items(record, "attachments"):
            name = attachment.get("file")
            if isinstance(name, str) and name.startswith(ATTACHMENTS_DIR) and \
                    not is_safe_attachment_path(name):
                yield (*where, "attachments", k, "file"), fill(
                    _("{found} is not a safe path under {folder}"), found=_describe(name),
                    folder=ATTACHMENTS_DIR), 1
    for where, medication in located["medication"]:
        ref = medication.get("prescribed_by")
        if isinstance(ref, str) and ref not in opinion_ids:
            yield (*where, "prescribed_by"), fill(_(not_opinion), found=_describe(ref)), 1
    decision = case.get("decision")
    if isinstance(decision, dict):
        yield from _refs(decision, "based_on", (*base, "decision"), opinion_ids, not_opinion)
    for where, review in located["review"]:
        yield from _refs(review, "opinions", where, opinion_ids, not_opinion)
        ref = review.get("asked_to")
        if isinstance(ref, str) and ref not in opinion_ids:
            yield (*where, "asked_to"), fill(_(not_opinion), found=_describe(ref)), 1


_KIND_NAMES = {
    "opinion": N_("opinion"), "evidence": N_("evidence"), "recommendation": N_("recommendation"),
    "answer": N_("answer"), "question": N_("question"), "note": N_("note"),
    "record": N_("record"), "medication": N_("medication"), "review": N_("review"),
}


def _refs(
    item: dict[str, Any], key: str, where: FieldPath, known: set[str], message: str
) -> Iterator[tuple[FieldPath, str, int]]:
    values = item.get(key)
    if not isinstance(values, list):
        return
    for k, ref in enumerate(values):
        if isinstance(ref, str) and ref not in known:
            yield (*where, key, k), fill(_(message), found=_describe(ref)), 1


# -- document order --------------------------------------------------------------------------

def _document_order(data: object, path: FieldPath) -> tuple[tuple[int, str], ...]:
    """Where ``path`` sits in the document: keys by their position, missing keys after the rest."""
    order: list[tuple[int, str]] = []
    node: object = data
    for part in path:
        if isinstance(node, dict) and isinstance(part, str):
            if part in node:
                order.append((_key_index(node, part), ""))
                node = node[part]
            else:
                order.append((len(node), part))
                node = None
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            order.append((part, ""))
            node = node[part]
        else:
            order.append((0, str(part)))
            node = None
    return tuple(order)


def _key_index(node: dict[str, Any], key: str) -> int:
    for index, name in enumerate(node):
        if name == key:
            return index
    return len(node)
