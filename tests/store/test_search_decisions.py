# SPDX-License-Identifier: GPL-3.0-or-later
"""What the user wrote on the Decision tab, their notes on a difference and what a doctor said
about it are found by search like notes are."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondop_desktop.domain.model import (
    Case,
    Decision,
    Opinion,
    Physician,
    Review,
    ValueFactor,
)
from secondop_desktop.store.journal import Journal


def _case() -> Case:
    hale = Opinion(id="hale", physician=Physician(name="Dr Hale"), rationale="Replace the knee.")
    osei = Opinion(id="osei", physician=Physician(name="Dr Osei"), rationale="Physiotherapy.")
    return Case(
        id="knee", title="Right knee", opinions=[hale, osei],
        decision=Decision(
            chosen="Twelve weeks of physiotherapy first",
            reasons="I want to keep walking the dog without a long recovery.",
            with_whom="my daughter Ana",
            values=[ValueFactor(factor="Back at the allotment by spring", importance=5)],
            own_options=["Wait until after the wedding"]),
        reviews=[Review(id="rev", opinions=["hale", "osei"], point="main_recommendation",
                        note="Ask whether the haemorrhage risk changes with age.",
                        asked_to="hale", state="explained",
                        reply="Dr Hale said the bleeding risk is small at my age.")])


@pytest.fixture
def journal(journal_path: Path):
    with Journal.open(journal_path) as opened:
        opened.save_case(_case())
        yield opened


@pytest.mark.parametrize("typed", [
    "twelve weeks",  # the plan chosen
    "walking the dog",  # why
    "daughter",  # who decides with me
    "allotment",  # what matters to me
    "wedding",  # an option of my own
])
def test_what_i_decided_and_why_is_found(journal: Journal, typed: str) -> None:
    (hit,) = [h for h in journal.search(typed) if h.kind == "decision"]
    assert (hit.case_id, hit.object_id, hit.opinion_id) == ("knee", "knee", None)
    assert hit.case_title == "Right knee"
    assert "[" in hit.snippet


def test_my_note_on_a_difference_and_the_doctors_reply_are_found(journal: Journal) -> None:
    (note,) = journal.search("hemorrhage risk")  # written the British way
    assert (note.kind, note.object_id, note.opinion_id) == ("review", "rev", None)
    assert note.snippet.startswith("Ask whether the [haemorrhage risk]")
    (reply,) = journal.search("bleeding")
    assert (reply.kind, reply.object_id, reply.opinion_id) == ("reply", "rev", "hale")


def test_changing_the_decision_changes_what_is_found(journal: Journal) -> None:
    case = journal.load_case("knee")
    assert case.decision is not None
    case.decision.chosen = "The new knee in March"
    case.reviews[0].reply = ""
    journal.save_case(case)
    assert [h.kind for h in journal.search("twelve weeks")] == []
    assert [h.kind for h in journal.search("march")] == ["decision"]
    assert journal.search("bleeding") == []
    assert [h.kind for h in journal.search("haemorrhage")] == ["review"]
    assert journal.check() == []


def test_a_case_in_the_bin_keeps_its_decision_out_of_search(journal: Journal) -> None:
    journal.delete_case("knee")
    assert journal.search("wedding") == [] and journal.search("bleeding") == []
    journal.undelete_case("knee")
    assert [h.kind for h in journal.search("wedding")] == ["decision"]
    assert [h.kind for h in journal.search("bleeding")] == ["reply"]
    assert journal.check() == []


def test_an_undecided_case_has_no_decision_entry(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Not yet", decision=Decision()))
        journal.save_case(Case(title="Nothing"))
        assert journal.search("not yet")[0].kind == "case"
        assert journal.check() == []
