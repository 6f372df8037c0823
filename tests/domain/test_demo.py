# SPDX-License-Identifier: GPL-3.0-or-later
"""The worked example in each language: valid, its own ids, and picked by the language in force."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secondop_desktop import i18n
from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.demo import demo_case, demo_case_file
from secondop_desktop.domain.model import Case
from secondop_desktop.domain.validation import validate_case_document
from secondop_desktop.resources import resource_path
from secondop_desktop.store.journal import Journal

ENGLISH_ID = "ac713cbf-7c10-5274-b05e-3e3607c01566"


def _document(name: str) -> dict:
    with resource_path("demo", name).open(encoding="utf-8") as handle:
        return json.load(handle)


def _ids(value: object) -> set[str]:
    """Every id, and every reference to one, in a case document."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("id", "question_id", "opinion_id", "prescribed_by") and isinstance(
                    item, str):
                found.add(item)
            elif key == "shared_with":
                found.update(item)
            else:
                found |= _ids(item)
    elif isinstance(value, list):
        for item in value:
            found |= _ids(item)
    return found


def _untitled(name: str) -> str:
    title, _, rest = name.partition(" ")
    return rest if title in ("Dr", "Dra.") else name


def _shape(value: object) -> object:
    """The document with its words taken out: keys, list lengths, and the fixed codes."""
    if isinstance(value, dict):
        if isinstance(value.get("name"), str):  # the same doctors, titled in each language's way
            value = {**value, "name": _untitled(value["name"])}
        return {key: (item if key in ("icd10", "name", "certainty", "category", "urgency",
                                      "kind", "topic", "status", "preferred") else _shape(item))
                for key, item in value.items() if key not in ("id", "question_id", "opinion_id",
                                                              "prescribed_by", "shared_with")}
    if isinstance(value, list):
        return [_shape(item) for item in value]
    return type(value).__name__


def test_the_spanish_example_is_a_valid_case_file() -> None:
    validate_case_document(_document("knee-case-es.json"))


def test_the_spanish_example_has_the_english_ones_shape_and_ids_of_its_own() -> None:
    english, spanish = _document("knee-case.json"), _document("knee-case-es.json")
    assert _shape(spanish) == _shape(english)
    assert not _ids(spanish) & _ids(english)
    assert english["case"]["id"] == ENGLISH_ID
    assert spanish["case"]["title"] == "Dolor en la rodilla derecha: ¿reemplazo o terapia?"


def test_the_language_picks_the_example() -> None:
    assert demo_case("en").id == ENGLISH_ID
    assert demo_case("es").title.startswith("Dolor en la rodilla derecha")
    with i18n.using("es"):
        assert demo_case().id == demo_case("es").id
    with i18n.using("en"):
        assert demo_case().id == ENGLISH_ID


@pytest.mark.parametrize(("variable", "expected"), [("es_MX.UTF-8", "es"), ("en_US.UTF-8", "en"),
                                                   ("de_DE.UTF-8", "en")])
def test_the_system_language_picks_the_example(monkeypatch: pytest.MonkeyPatch, variable: str,
                                              expected: str) -> None:
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", variable)
    previous = i18n.set_language(None)
    try:
        assert demo_case_file().case.id == demo_case(expected).id
    finally:
        i18n.set_language(previous)


def test_both_examples_live_in_one_journal(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "journal.secondop-journal") as journal:
        journal.save_case(demo_case("en"))
        journal.save_case(demo_case("es"))
        titles = sorted(summary.title for summary in journal.list_cases())
    assert titles == ["Dolor en la rodilla derecha: ¿reemplazo o terapia?",
                      "Right knee pain: replacement or therapy?"]


def test_the_spanish_example_compares_like_the_english_one() -> None:
    """Same diagnosis (one more detailed), a different plan, and the stage told apart."""
    def compared(case: Case):
        return compare_opinions(case, case.opinions[0].id, case.opinions[1].id)

    with i18n.using("es"):
        spanish = compared(demo_case("es"))
    english = compared(demo_case("en"))
    assert (spanish.summary.diagnosis, spanish.summary.plan) == (
        english.summary.diagnosis, english.summary.plan)
    assert spanish.summary.plan == "different"
    stage = [p for p in spanish.points if p.topic == "stage"]
    assert [(p.status, p.severity) for p in stage] == [("different", "major")]
    assert spanish.summary.differ == english.summary.differ
