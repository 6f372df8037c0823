# SPDX-License-Identifier: GPL-3.0-or-later
"""validate_case_document: each rule of case format 1 and the exact form of its messages."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from secondop_desktop.domain import model as m
from secondop_desktop.domain.validation import (
    CaseFormatError,
    case_schema,
    format_path,
    validate_case_document,
)
from secondop_desktop.resources import resource_path

with resource_path("demo", "knee-case.json").open(encoding="utf-8") as _handle:
    _DEMO = json.load(_handle)

OP_A, OP_B = (o["id"] for o in _DEMO["case"]["opinions"])
QUESTION = _DEMO["case"]["questions"][0]["id"]
UNKNOWN = "00000000-0000-4000-8000-000000000000"
SHA = "a" * 64


def base() -> dict[str, Any]:
    """The worked example, plus a decision, a review and an attachment so every kind is present."""
    doc = copy.deepcopy(_DEMO)
    case = doc["case"]
    case["decision"] = {
        "chosen": "Physiotherapy for three months", "based_on": [OP_B], "reasons": "Less risk",
        "values": [{"factor": "Avoid surgery", "importance": 5, "favours": ["own:wait and see"]}],
        "decided_on": "2026-11-01",
        "sure": {"sure": True, "understand": True, "risks_benefits": False,
                 "encouragement": True},
        "with_whom": "My daughter Ana", "own_options": ["Wait and see"], "cannot_choose": False,
        "updated_at": "2026-11-01T12:00:00+01:00",
    }
    case["reviews"] = [{
        "id": "6f1c58b0-5d3b-4bb7-9d63-8f3f7e0d8a11", "opinions": [OP_A, OP_B],
        "point": "diagnosis", "verdict": None, "state": "asked", "note": "",
        "asked_to": OP_A, "asked_on": "2026-11-03", "reply": "",
    }]
    case["records"][0]["attachments"] = [{
        "file": f"attachments/{SHA}-xray.pdf", "name": "xray.pdf", "sha256": SHA, "size": 10,
        "media_type": "application/pdf",
    }]
    return doc


def at(doc: dict[str, Any], path: str) -> tuple[Any, str | int]:
    """The container holding ``path`` (written like ``case.opinions[0].id``) and the last key."""
    parts: list[str | int] = []
    for piece in path.split("."):
        name, *indexes = piece.split("[")
        if name:
            parts.append(name)
        parts.extend(int(i.rstrip("]")) for i in indexes)
    node: Any = doc
    for part in parts[:-1]:
        node = node[part]
    return node, parts[-1]


def with_value(path: str, value: Any) -> dict[str, Any]:
    doc = base()
    node, key = at(doc, path)
    node[key] = value
    return doc


def without(path: str) -> dict[str, Any]:
    doc = base()
    node, key = at(doc, path)
    del node[key]
    return doc


def message(doc: object) -> str:
    with pytest.raises(CaseFormatError) as info:
        validate_case_document(doc)
    return str(info.value)


def test_the_worked_example_and_the_base_are_valid() -> None:
    validate_case_document(copy.deepcopy(_DEMO))
    validate_case_document(base())


def test_the_contract_example_message_word_for_word() -> None:
    doc = with_value("case.opinions[1].recommendations[0].urgency", "asap")
    assert message(doc) == (
        "case.opinions[1].recommendations[0].urgency: 'asap' is not one of emergency, soon, "
        "routine, elective"
    )


def test_the_error_carries_its_path_and_is_a_value_error() -> None:
    with pytest.raises(ValueError) as info:
        validate_case_document(with_value("case.status", "done"))
    assert isinstance(info.value, CaseFormatError)
    assert info.value.path == ("case", "status")


ENUMERATIONS = [
    ("case.status", m.CASE_STATUSES),
    ("case.opinions[0].diagnosis.certainty", m.CERTAINTIES),
    ("case.opinions[0].evidence[1].kind", m.EVIDENCE_KINDS),
    ("case.opinions[1].recommendations[2].category", m.RECOMMENDATION_CATEGORIES),
    ("case.opinions[0].recommendations[0].urgency", m.URGENCIES),
    ("case.questions[2].topic", m.QUESTION_TOPICS),
    ("case.records[1].kind", m.RECORD_KINDS),
    ("case.records[3].status", m.RECORD_STATUSES),
    ("case.reviews[0].verdict", m.VERDICTS),
    ("case.reviews[0].state", m.REVIEW_STATES),
]


@pytest.mark.parametrize(("path", "allowed"), ENUMERATIONS, ids=[p for p, _ in ENUMERATIONS])
def test_each_enumeration_refuses_other_values(path: str, allowed: tuple[str, ...]) -> None:
    assert message(with_value(path, "bogus")) == (
        f"{path}: 'bogus' is not one of {', '.join(allowed)}"
    )


@pytest.mark.parametrize(("path", "allowed"), ENUMERATIONS, ids=[p for p, _ in ENUMERATIONS])
def test_each_enumeration_accepts_every_listed_value(path: str, allowed: tuple[str, ...]) -> None:
    for value in allowed:
        validate_case_document(with_value(path, value))


@pytest.mark.parametrize("path", [
    "case.opinions[0].diagnosis.certainty", "case.opinions[0].recommendations[0].urgency",
    "case.reviews[0].verdict",
])
def test_nullable_enumerations_accept_null(path: str) -> None:
    validate_case_document(with_value(path, None))


REQUIRED = [
    "case.id", "case.title",
    "case.opinions[1].id", "case.opinions[0].physician.name",
    "case.opinions[0].evidence[0].id", "case.opinions[0].evidence[0].title",
    "case.opinions[1].recommendations[0].id", "case.opinions[1].recommendations[0].treatment",
    "case.opinions[1].answers[0].id", "case.opinions[1].answers[0].question_id",
    "case.questions[3].id", "case.questions[0].text",
    "case.notes[0].id", "case.notes[0].text",
    "case.records[0].id",
    "case.records[0].attachments[0].file", "case.records[0].attachments[0].sha256",
    "case.records[0].attachments[0].size",
    "case.medications[0].id", "case.medications[0].name",
    "case.reviews[0].id",
    "version", "case",
]


@pytest.mark.parametrize("path", REQUIRED)
def test_each_required_field(path: str) -> None:
    assert message(without(path)) == f"{path}: required"


def test_optional_fields_may_be_left_out() -> None:
    doc = base()
    doc["case"] = {"id": doc["case"]["id"], "title": "Only the essentials"}
    del doc["exported_at"]
    validate_case_document(doc)
    validate_case_document(with_value("case.opinions[0]", {"id": OP_A}))


TYPES = [
    ("case.title", 7, "case.title: expected a string, got 7"),
    ("case.time_sensitive", "yes", "case.time_sensitive: expected true or false, got 'yes'"),
    ("case.reasons", "tired", "case.reasons: expected a list, got 'tired'"),
    ("case.reasons", ["ok", 3], "case.reasons[1]: expected a string, got 3"),
    ("case.opinions", {}, "case.opinions: expected a list, got an object"),
    ("case.opinions[0]", [], "case.opinions[0]: expected an object, got a list"),
    ("case.opinions[0].physician", "Dr Hale",
     "case.opinions[0].physician: expected an object, got 'Dr Hale'"),
    ("case.opinions[0].diagnosis.stage", 4,
     "case.opinions[0].diagnosis.stage: expected a string or null, got 4"),
    ("case.opinions[1].recommendations[0].preferred", 1,
     "case.opinions[1].recommendations[0].preferred: expected true or false, got 1"),
    ("case.notes[0].private", None, "case.notes[0].private: expected true or false, got null"),
    ("case.notes[0].tags", [["nested"]], "case.notes[0].tags[0]: expected a string, got a list"),
    ("case.decision", [], "case.decision: expected an object or null, got a list"),
    ("case.decision.values[0].importance", 2.5,
     "case.decision.values[0].importance: expected an integer, got 2.5"),
    ("case.decision.values[0].importance", True,
     "case.decision.values[0].importance: expected an integer, got true"),
    ("case.decision.sure.sure", "yes",
     "case.decision.sure.sure: expected true or false, got 'yes'"),
    ("case.records[0].attachments[0].size", "10",
     "case.records[0].attachments[0].size: expected an integer, got '10'"),
    ("version", "1", "version: expected an integer, got '1'"),
]


@pytest.mark.parametrize(("path", "value", "expected"), TYPES, ids=[t[2] for t in TYPES])
def test_wrong_types_say_which_type_is_expected(path: str, value: Any, expected: str) -> None:
    assert message(with_value(path, value)) == expected


RANGES = [
    ("case.decision.values[0].importance", 6,
     "case.decision.values[0].importance: 6 is more than the largest allowed value, 5"),
    ("case.decision.values[0].importance", -1,
     "case.decision.values[0].importance: -1 is less than the smallest allowed value, 0"),
    ("case.records[0].attachments[0].size", -5,
     "case.records[0].attachments[0].size: -5 is less than the smallest allowed value, 0"),
    ("case.reviews[0].opinions", [OP_A],
     "case.reviews[0].opinions: expected at least 2 items, got 1"),
    ("case.reviews[0].opinions", [OP_A, OP_B, OP_A],
     "case.reviews[0].opinions: expected at most 2 items, got 3"),
    ("case.id", "case-1", "case.id: 'case-1' is not a UUID"),
    ("case.notes[0].opinion_id", "dr-hale", "case.notes[0].opinion_id: 'dr-hale' is not a UUID or "
     "null"),
    ("case.opinions[0].diagnosis.icd10", "knee",
     "case.opinions[0].diagnosis.icd10: 'knee' is not an ICD-10-CM code such as M17.11"),
    ("case.records[0].attachments[0].sha256", "ABC",
     "case.records[0].attachments[0].sha256: 'ABC' is not a SHA-256 digest (64 lowercase hex "
     "digits)"),
]


@pytest.mark.parametrize(("path", "value", "expected"), RANGES, ids=[r[2] for r in RANGES])
def test_values_out_of_range_or_shape(path: str, value: Any, expected: str) -> None:
    assert message(with_value(path, value)) == expected


DATETIMES = [
    "case.created_at", "case.updated_at", "case.notes[1].taken_at", "case.questions[0].created_at",
    "case.decision.updated_at", "exported_at",
]
BAD_DATETIMES = [
    "2026-10-02T10:12:00",  # no offset
    "2026-10-02",  # a date only
    "2026-13-02T10:12:00+00:00",  # no 13th month
    "2026-10-02T25:00:00+00:00",
    "yesterday",
    "2026-10-02T10:12:00+0000",  # offset without the colon
    "",
]


@pytest.mark.parametrize("path", DATETIMES)
@pytest.mark.parametrize("value", BAD_DATETIMES)
def test_datetimes_need_iso_8601_with_an_offset(path: str, value: str) -> None:
    assert message(with_value(path, value)) == (
        f"{path}: {value!r} is not a date and time with offset (ISO-8601, e.g. "
        "2026-11-23T10:15:00+00:00)"
    )


@pytest.mark.parametrize("value", [
    "2026-10-02T10:12:00+00:00", "2026-10-02T10:12:00Z", "2026-10-02T10:12+05:30",
    "2026-10-02T10:12:00.123456-08:00", "2026-10-02 10:12:00+01:00", None,
])
def test_good_datetimes(value: str | None) -> None:
    validate_case_document(with_value("case.notes[0].taken_at", value))


DATES = [
    "case.opinions[0].visit_date", "case.medications[0].started", "case.medications[0].stopped",
    "case.decision.decided_on",
]


@pytest.mark.parametrize("path", DATES)
@pytest.mark.parametrize("value", ["2026-02-30", "02/10/2026", "2026-10-02T00:00:00+00:00",
                                   "2026-1-2", ""])
def test_dates_need_yyyy_mm_dd(path: str, value: str) -> None:
    assert message(with_value(path, value)) == f"{path}: {value!r} is not a date (YYYY-MM-DD)"


@pytest.mark.parametrize("path", DATES)
def test_dates_may_be_null(path: str) -> None:
    validate_case_document(with_value(path, None))


@pytest.mark.parametrize(("title", "expected"), [
    ("", "case.title: must not be empty"),
    ("   \t\n", "case.title: must not be empty"),
    ("x" * 201, "case.title: is 201 characters long; at most 200 are allowed"),
    ("  " + "é" * 201 + "  ", "case.title: is 201 characters long; at most 200 are allowed"),
])
def test_bad_titles(title: str, expected: str) -> None:
    assert message(with_value("case.title", title)) == expected


@pytest.mark.parametrize("title", ["x", "  x  ", "x" * 200, "   " + "张" * 200 + "\n"])
def test_good_titles(title: str) -> None:
    validate_case_document(with_value("case.title", title))


REFERENCES = [
    ("case.opinions[1].answers[2].question_id", "is not the id of a question of this case"),
    ("case.notes[3].opinion_id", "is not the id of an opinion of this case"),
    ("case.records[1].shared_with[0]", "is not the id of an opinion of this case"),
    ("case.medications[0].prescribed_by", "is not the id of an opinion of this case"),
    ("case.decision.based_on[0]", "is not the id of an opinion of this case"),
    ("case.reviews[0].opinions[1]", "is not the id of an opinion of this case"),
    ("case.reviews[0].asked_to", "is not the id of an opinion of this case"),
]


@pytest.mark.parametrize(("path", "problem"), REFERENCES, ids=[r[0] for r in REFERENCES])
def test_references_must_point_inside_the_case(path: str, problem: str) -> None:
    assert message(with_value(path, UNKNOWN)) == f"{path}: '{UNKNOWN}' {problem}"


@pytest.mark.parametrize(("path", "value", "expected"), [
    ("case.reviews[0].asked_on", "3 Nov", "case.reviews[0].asked_on: '3 Nov' is not a date"),
    ("case.decision.own_options", "Wait", "case.decision.own_options: expected"),
    ("case.decision.values[0].favours", [3], "case.decision.values[0].favours[0]: expected"),
    ("case.decision.cannot_choose", "yes", "case.decision.cannot_choose: expected true or false"),
    ("case.opinions[0].recommendations[0].cost", 12, "case.opinions[0].recommendations[0].cost:"),
])
def test_the_decision_and_follow_up_fields_are_checked(path: str, value: Any,
                                                        expected: str) -> None:
    assert message(with_value(path, value)).startswith(expected)


def test_the_added_fields_may_be_missing_or_null() -> None:
    validate_case_document(with_value("case.decision.own_options", None))
    validate_case_document(with_value("case.reviews[0].asked_to", None))
    validate_case_document(without("case.reviews[0].reply"))


def test_a_question_id_is_not_an_opinion_id() -> None:
    assert message(with_value("case.notes[0].opinion_id", QUESTION)) == (
        f"case.notes[0].opinion_id: '{QUESTION}' is not the id of an opinion of this case"
    )


def test_a_note_about_the_whole_case_has_a_null_opinion() -> None:
    validate_case_document(with_value("case.notes[0].opinion_id", None))


DUPLICATES = [
    ("opinion", "case.opinions[0]", "case.opinions[1]"),
    ("evidence", "case.opinions[0].evidence[0]", "case.opinions[1].evidence[2]"),
    ("recommendation", "case.opinions[1].recommendations[0]",
     "case.opinions[1].recommendations[2]"),
    ("answer", "case.opinions[0].answers[0]", "case.opinions[1].answers[0]"),
    ("question", "case.questions[0]", "case.questions[3]"),
    ("note", "case.notes[1]", "case.notes[2]"),
    ("record", "case.records[0]", "case.records[2]"),
    ("medication", "case.medications[0]", "case.medications[1]"),
]


@pytest.mark.parametrize(("kind", "first", "second"), DUPLICATES, ids=[d[0] for d in DUPLICATES])
def test_ids_are_unique_within_their_kind(kind: str, first: str, second: str) -> None:
    doc = base()
    node, key = at(doc, first)
    ident = node[key]["id"]
    node, key = at(doc, second)
    node[key]["id"] = ident
    assert message(doc) == (
        f"{second}.id: '{ident}' is used twice; {first} has the same {kind} id"
    )


def test_the_same_id_may_serve_two_different_kinds() -> None:
    doc = base()
    doc["case"]["notes"][0]["id"] = doc["case"]["questions"][0]["id"]
    validate_case_document(doc)


@pytest.mark.parametrize(("file", "expected"), [
    ("scan.pdf", "'scan.pdf' is not a path under attachments/"),
    ("/attachments/scan.pdf", "'/attachments/scan.pdf' is not a path under attachments/"),
    ("attachments\\scan.pdf", "'attachments\\\\scan.pdf' is not a path under attachments/"),
    ("attachments/", "'attachments/' is not a path under attachments/"),
    ("attachments/../case.json", "'attachments/../case.json' is not a safe path under "
     "attachments/"),
    ("attachments/a//b", "'attachments/a//b' is not a safe path under attachments/"),
    ("attachments/c:\\x", "'attachments/c:\\\\x' is not a safe path under attachments/"),
])
def test_attachment_files_live_under_attachments(file: str, expected: str) -> None:
    path = "case.records[0].attachments[0].file"
    assert message(with_value(path, file)) == f"{path}: {expected}"


def test_format_must_be_exactly_secondop_case() -> None:
    assert message(with_value("format", "SecondOp.case")) == (
        "format: expected 'secondop.case', got 'SecondOp.case' (this is not a SecondOp case file)"
    )
    assert message(without("format")) == "format: required (this is not a SecondOp case file)"


@pytest.mark.parametrize("version", [2, 17, 2.0])
def test_a_newer_version_is_refused_saying_which_version_we_read(version: int) -> None:
    doc = with_value("version", version)
    doc["case"] = "a newer layout we cannot know"  # the version is checked before the schema
    text = message(doc)
    assert text.startswith(f"version: this file is in case format version {int(version)},")
    assert "this program reads version 1" in text


def test_version_zero_is_refused() -> None:
    assert message(with_value("version", 0)) == "version: expected 1, got 0"


def test_unknown_keys_are_allowed_everywhere() -> None:
    doc = base()
    doc["x_top"] = {"anything": [1, 2]}
    case = doc["case"]
    case["x_case"] = None
    case["opinions"][0]["x_future"] = "kept"
    case["opinions"][0]["physician"]["x_npi"] = 12345
    case["opinions"][0]["diagnosis"]["x_snomed"] = "239873007"
    case["opinions"][0]["evidence"][0]["x"] = []
    case["opinions"][0]["recommendations"][0]["x"] = {}
    case["opinions"][1]["answers"][0]["x"] = 1.5
    case["questions"][0]["x"] = True
    case["notes"][0]["x"] = "x"
    case["records"][0]["x"] = "x"
    case["records"][0]["attachments"][0]["x"] = "x"
    case["medications"][0]["x"] = "x"
    case["decision"]["x"] = "x"
    case["decision"]["values"][0]["x"] = "x"
    case["decision"]["sure"]["x"] = "x"
    case["reviews"][0]["x"] = "x"
    validate_case_document(doc)


def test_the_first_problem_in_document_order_is_named() -> None:
    doc = base()
    doc["case"]["notes"][0]["text"] = 5  # a schema problem, later in the document
    doc["case"]["opinions"][1]["recommendations"][0]["urgency"] = "asap"
    doc["case"]["title"] = " "  # a problem only the extra checks find, earliest of all
    assert message(doc) == "case.title: must not be empty"
    doc["case"]["title"] = "Knee"
    assert message(doc).startswith("case.opinions[1].recommendations[0].urgency:")
    # Document order follows the file's own key order, not the schema's.
    doc["case"] = {"notes": doc["case"].pop("notes"), **doc["case"]}
    assert message(doc) == "case.notes[0].text: expected a string, got 5"


def test_several_missing_fields_are_reported_in_a_stable_order() -> None:
    doc = base()
    doc["case"] = {"opinions": []}
    first = message(doc)
    assert first in ("case.id: required", "case.title: required")
    for _ in range(5):
        assert message(copy.deepcopy(doc)) == first


def test_a_wrong_type_is_named_before_details_of_the_same_field() -> None:
    assert message(with_value("case.status", 3)) == "case.status: expected a string, got 3"


@pytest.mark.parametrize("junk", [
    None, [], 0, 1.5, "text", True, {}, {"format": None}, {"format": "secondop.case"},
    {"format": "secondop.case", "version": 1}, {"format": "secondop.case", "version": True},
    {"format": "secondop.case", "version": 1, "case": None},
    {"format": "secondop.case", "version": 1, "case": {"id": 5, "title": [], "opinions": [1]}},
    {"format": "secondop.case", "version": 10**400, "case": {}},
    {"format": "secondop.case", "version": float("nan"), "case": {}},
    {"format": "secondop.case", "version": 1, "case": {1: 2}},
    {"format": "secondop.case", "version": 1, "case": {"records": [{"attachments": [7]}]}},
    {"format": ["secondop.case"]},
    b"bytes", {1, 2},
])
def test_junk_only_ever_raises_case_format_error(junk: object) -> None:
    with pytest.raises(CaseFormatError):
        validate_case_document(junk)


def test_deep_nesting_is_refused_cleanly() -> None:
    nested: list[Any] = []
    for _ in range(100_000):
        nested = [nested]
    doc = with_value("case.x_deep", nested)
    assert "nested more than" in message(doc)
    doc = with_value("case.reasons", nested)
    assert "nested more than" in message(doc)


def test_a_huge_wrong_value_gives_a_short_message() -> None:
    text = message(with_value("case.status", "x" * 1_000_000))
    assert len(text) < 200
    assert message(with_value("case.decision.values[0].importance", 10**5000)) == (
        "case.decision.values[0].importance: a number with thousands of digits is not allowed"
    )
    assert message(with_value("case.decision.values[0].importance", 10**50)) == (
        "case.decision.values[0].importance: a very large number is more than the largest "
        "allowed value, 5"
    )


def test_format_path() -> None:
    assert format_path(("case", "opinions", 1, "evidence", 0, "id")) == (
        "case.opinions[1].evidence[0].id"
    )
    assert format_path(()) == "top level"


def test_the_schema_is_draft_2020_12_and_allows_unknown_keys_everywhere() -> None:
    schema = case_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    objects = [schema, *(d for d in schema["$defs"].values() if "properties" in d)]
    assert all(o.get("additionalProperties") is True for o in objects)


@pytest.mark.parametrize(("definition", "key", "allowed"), [
    ("case", "status", m.CASE_STATUSES),
    ("diagnosis", "certainty", m.CERTAINTIES),
    ("evidence", "kind", m.EVIDENCE_KINDS),
    ("recommendation", "category", m.RECOMMENDATION_CATEGORIES),
    ("recommendation", "urgency", m.URGENCIES),
    ("question", "topic", m.QUESTION_TOPICS),
    ("record", "kind", m.RECORD_KINDS),
    ("record", "status", m.RECORD_STATUSES),
    ("review", "verdict", m.VERDICTS),
    ("review", "state", m.REVIEW_STATES),
])
def test_the_schema_enumerations_match_the_model(
    definition: str, key: str, allowed: tuple[str, ...]
) -> None:
    values = case_schema()["$defs"][definition]["properties"][key]["enum"]
    assert [v for v in values if v is not None] == list(allowed)


def test_the_messages_are_in_the_language_in_force_and_the_path_as_written() -> None:
    from secondop_desktop.i18n import using

    with using("es"):
        assert message(with_value("case.opinions[1].recommendations[0].urgency", "asap")) == (
            "case.opinions[1].recommendations[0].urgency: 'asap' no es ninguno de estos: "
            "emergency, soon, routine, elective")
        assert message(with_value("case.opinions[0].visit_date", "2 de octubre")) == (
            "case.opinions[0].visit_date: '2 de octubre' no es una fecha (AAAA-MM-DD)")
        assert message(with_value("case.title", 12)) == (
            "case.title: se esperaba un texto y se encontró 12")
        with pytest.raises(CaseFormatError) as info:
            validate_case_document([1, 2])
        assert str(info.value).startswith("nivel superior: se esperaba un objeto")
    with using("en"):
        assert message(with_value("case.title", 12)) == "case.title: expected a string, got 12"


def test_every_form_the_schema_names_has_words_in_the_catalog() -> None:
    from secondop_desktop.domain.validation import _SCHEMA_TITLES

    def titles(node: object) -> set[str]:
        if isinstance(node, dict):
            found = {node["title"]} if isinstance(node.get("title"), str) else set()
            return found.union(*(titles(v) for v in node.values()))
        if isinstance(node, list):
            return set().union(*(titles(v) for v in node))
        return set()

    forms = titles(case_schema()) - {case_schema()["title"]}
    assert forms <= set(_SCHEMA_TITLES)
