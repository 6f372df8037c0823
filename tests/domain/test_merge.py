# SPDX-License-Identifier: GPL-3.0-or-later
"""merge_cases: the contract's merge by id, object by object, and the report it gives."""

from __future__ import annotations

import copy
import subprocess
import sys

import pytest

from secondop_desktop.domain.merge import MergeReport, merge_cases
from secondop_desktop.domain.model import (
    Case,
    Decision,
    Evidence,
    Note,
    Opinion,
    Physician,
    Question,
    Review,
)

LATER = "2027-01-01T00:00:00+00:00"
EARLIER = "2020-01-01T00:00:00+00:00"


def twin(case: Case) -> Case:
    return copy.deepcopy(case)


def test_merging_a_case_with_itself_changes_nothing(demo_case: Case) -> None:
    before = demo_case.to_dict()
    merged, report = merge_cases(demo_case, twin(demo_case))
    assert merged.to_dict() == before
    assert not report.changed
    assert report.added == [] and report.updated == []
    assert ("case", demo_case.id) in report.unchanged
    assert report.describe() == "Nothing changed: the journal already had everything in this case."


def test_neither_side_is_modified_and_the_result_shares_nothing(demo_case: Case) -> None:
    incoming = twin(demo_case)
    incoming.notes.append(Note(text="New"))
    incoming.questions[0].text = "Edited"
    incoming.questions[0].updated_at = LATER
    existing_before, incoming_before = demo_case.to_dict(), incoming.to_dict()
    merged, _ = merge_cases(demo_case, incoming)
    assert demo_case.to_dict() == existing_before
    assert incoming.to_dict() == incoming_before
    merged.notes[0].text = "changed in the result"
    merged.opinions[0].evidence[0].title = "changed in the result"
    merged.questions[0].text = "changed in the result"
    assert demo_case.to_dict() == existing_before
    assert incoming.to_dict() == incoming_before


@pytest.mark.parametrize(("existing_time", "incoming_time", "incoming_wins"), [
    (EARLIER, LATER, True),
    (LATER, EARLIER, False),
    (LATER, LATER, False),  # a tie keeps the journal's copy
    (None, LATER, True),  # a missing time loses to a present one
    (LATER, None, False),
    (None, None, False),
    ("not a time", EARLIER, True),  # an unreadable time counts as missing
    ("2026-01-01T12:00:00+02:00", "2026-01-01T11:00:00+00:00", True),  # offsets are respected
    ("2026-01-01T12:00:00Z", "2026-01-01T12:00:00+00:00", False),  # the same moment
])
def test_the_later_updated_at_wins(
    demo_case: Case, existing_time: str | None, incoming_time: str | None, incoming_wins: bool
) -> None:
    demo_case.questions[1].updated_at = existing_time
    incoming = twin(demo_case)
    incoming.questions[1].text = "Incoming wording"
    incoming.questions[1].updated_at = incoming_time
    question_id = demo_case.questions[1].id
    merged, report = merge_cases(demo_case, incoming)
    if incoming_wins:
        assert merged.questions[1].text == "Incoming wording"
        assert merged.questions[1].updated_at == incoming_time
        assert report.updated == [("question", question_id)]
    else:
        assert merged.questions[1].text == demo_case.questions[1].text
        assert report.updated == []
        assert ("question", question_id) in report.unchanged


def test_a_later_time_with_the_same_content_is_taken_and_reported(demo_case: Case) -> None:
    incoming = twin(demo_case)
    incoming.medications[0].updated_at = LATER
    merged, report = merge_cases(demo_case, incoming)
    assert merged.medications[0].updated_at == LATER
    assert report.updated == [("medication", demo_case.medications[0].id)]


@pytest.mark.parametrize("kind", ["opinions", "questions", "notes", "records", "medications",
                                  "reviews"])
def test_objects_on_one_side_only_are_kept(demo_case: Case, kind: str) -> None:
    if kind == "reviews":
        demo_case.reviews = [Review(opinions=[o.id for o in demo_case.opinions], point="stage")]
    incoming = twin(demo_case)
    existing_ids = [item.id for item in getattr(demo_case, kind)]
    dropped = getattr(incoming, kind).pop(0)  # only the journal has this one
    extra = type(dropped)()  # only the incoming side has this one
    getattr(incoming, kind).append(extra)
    merged, report = merge_cases(demo_case, incoming)
    assert [item.id for item in getattr(merged, kind)] == [*existing_ids, extra.id]
    singular = {"opinions": "opinion", "questions": "question", "notes": "note",
                "records": "record", "medications": "medication", "reviews": "review"}[kind]
    assert report.added == [(singular, extra.id)]
    assert (singular, dropped.id) in report.unchanged


def test_notes_are_never_dropped_from_either_side(demo_case: Case) -> None:
    incoming = twin(demo_case)
    incoming.notes = [Note(text="Typed on Ana's laptop"), Note(text="And another")]
    demo_case.notes.append(Note(text="Typed in the journal meanwhile"))
    merged, report = merge_cases(demo_case, incoming)
    ids = [n.id for n in merged.notes]
    assert ids == [n.id for n in demo_case.notes] + [n.id for n in incoming.notes]
    assert report.describe() == "Added 2 notes; nothing else changed."


def test_new_objects_follow_the_existing_ones_in_incoming_order(demo_case: Case) -> None:
    incoming = twin(demo_case)
    first, second, third = Question(text="1"), Question(text="2"), Question(text="3")
    incoming.questions = [first, incoming.questions[2], second, incoming.questions[0], third]
    merged, _ = merge_cases(demo_case, incoming)
    assert [q.id for q in merged.questions] == (
        [q.id for q in demo_case.questions] + [first.id, second.id, third.id]
    )


def test_nested_objects_merge_on_their_own(demo_case: Case) -> None:
    incoming = twin(demo_case)
    opinion = incoming.opinions[0]
    # The opinion's own fields lose (older), yet its new evidence item comes in ...
    opinion.updated_at = EARLIER
    demo_case.opinions[0].updated_at = LATER
    opinion.rationale = "older wording"
    new_evidence = Evidence(title="MRI, 10 October")
    opinion.evidence.append(new_evidence)
    # ... and a recommendation edited later wins inside it, while one the journal alone has stays.
    opinion.recommendations[0].risks = "Infection, blood clots"
    opinion.recommendations[0].updated_at = LATER
    journal_only = demo_case.opinions[0].answers[0].id
    opinion.answers.pop(0)
    merged, report = merge_cases(demo_case, incoming)
    result = merged.opinions[0]
    assert result.rationale == demo_case.opinions[0].rationale
    assert result.evidence[-1].id == new_evidence.id
    assert result.recommendations[0].risks == "Infection, blood clots"
    assert journal_only in [a.id for a in result.answers]
    assert report.added == [("evidence", new_evidence.id)]
    assert report.updated == [("recommendation", opinion.recommendations[0].id)]
    assert ("opinion", opinion.id) in report.unchanged


def test_a_winning_opinion_keeps_the_journals_own_nested_items(demo_case: Case) -> None:
    incoming = twin(demo_case)
    incoming.opinions[1].physician = Physician(name="Dr Aiko Tanaka-Moss")
    incoming.opinions[1].updated_at = LATER
    incoming.opinions[1].evidence = []
    merged, report = merge_cases(demo_case, incoming)
    assert merged.opinions[1].physician.name == "Dr Aiko Tanaka-Moss"
    assert [e.id for e in merged.opinions[1].evidence] == (
        [e.id for e in demo_case.opinions[1].evidence]
    )
    assert report.updated == [("opinion", demo_case.opinions[1].id)]


def test_case_fields_follow_the_later_case(demo_case: Case) -> None:
    incoming = twin(demo_case)
    incoming.title = "Right knee: a decision"
    incoming.status = "decided"
    incoming.updated_at = "2099-01-01T00:00:00+00:00"
    merged, report = merge_cases(demo_case, incoming)
    assert (merged.title, merged.status) == ("Right knee: a decision", "decided")
    assert report.updated == [("case", demo_case.id)]
    assert report.describe() == "Updated the case details; nothing else changed."
    incoming.updated_at = EARLIER
    merged, report = merge_cases(demo_case, incoming)
    assert merged.title == demo_case.title
    assert not report.changed


def test_the_decision_is_one_object(demo_case: Case) -> None:
    incoming = twin(demo_case)
    incoming.decision = Decision(chosen="Physiotherapy first", updated_at=EARLIER)
    merged, report = merge_cases(demo_case, incoming)
    assert merged.decision is not None and merged.decision.chosen == "Physiotherapy first"
    assert report.added == [("decision", demo_case.id)]
    assert report.describe() == "Added the decision; nothing else changed."

    newer = twin(incoming)
    newer.decision.chosen = "Knee replacement"  # type: ignore[union-attr]
    newer.decision.updated_at = LATER  # type: ignore[union-attr]
    merged2, report2 = merge_cases(merged, newer)
    assert merged2.decision.chosen == "Knee replacement"  # type: ignore[union-attr]
    assert report2.updated == [("decision", demo_case.id)]

    # An incoming case without a decision never removes the journal's.
    merged3, report3 = merge_cases(merged2, demo_case)
    assert merged3.decision.chosen == "Knee replacement"  # type: ignore[union-attr]
    assert not report3.changed


def test_unknown_fields_travel_with_the_winner(demo_case: Case) -> None:
    demo_case.notes[0].extra["x_colour"] = "blue"
    incoming = twin(demo_case)
    incoming.notes[0].extra = {"x_colour": "green", "x_pinned": True}
    incoming.notes[0].updated_at = LATER
    merged, _ = merge_cases(demo_case, incoming)
    assert merged.notes[0].extra == {"x_colour": "green", "x_pinned": True}
    assert merged.notes[0].to_dict()["x_pinned"] is True


def test_merging_the_same_incoming_twice_changes_nothing_the_second_time(
    demo_case: Case,
) -> None:
    incoming = twin(demo_case)
    incoming.opinions.append(Opinion(physician=Physician(name="Dr Chen")))
    incoming.notes.extend([Note(text="a"), Note(text="b"), Note(text="c")])
    incoming.questions[0].text = "Why grade 4?"
    incoming.questions[0].updated_at = LATER
    once, report = merge_cases(demo_case, incoming)
    assert report.describe() == (
        "Added 1 opinion and 3 notes; updated 1 question; nothing else changed."
    )
    twice, report2 = merge_cases(once, incoming)
    assert not report2.changed
    assert twice.to_dict() == once.to_dict()


def test_different_cases_are_not_merged(demo_case: Case) -> None:
    with pytest.raises(ValueError):
        merge_cases(demo_case, Case(title="Another case"))


def test_duplicate_ids_on_the_incoming_side_do_not_duplicate_objects(demo_case: Case) -> None:
    incoming = twin(demo_case)
    note = Note(text="once")
    incoming.notes.extend([note, copy.deepcopy(note)])
    merged, report = merge_cases(demo_case, incoming)
    assert [n.id for n in merged.notes].count(note.id) == 1
    assert report.added == [("note", note.id)]


@pytest.mark.parametrize(("report", "line"), [
    (MergeReport(), "Nothing changed: the journal already had everything in this case."),
    (MergeReport(added=[("note", "1")]), "Added 1 note; nothing else changed."),
    (MergeReport(added=[("evidence", "1"), ("evidence", "2"), ("answer", "3")]),
     "Added 2 evidence items and 1 answer; nothing else changed."),
    (MergeReport(added=[("note", "1"), ("opinion", "2"), ("question", "3"), ("note", "4")]),
     "Added 1 opinion, 1 question and 2 notes; nothing else changed."),
    (MergeReport(updated=[("medication", "1"), ("medication", "2")]),
     "Updated 2 medications; nothing else changed."),
    (MergeReport(added=[("record", "1")], updated=[("case", "c"), ("review", "r")],
                 unchanged=[("note", "n")]),
     "Added 1 record; updated the case details and 1 review; nothing else changed."),
])
def test_describe_is_one_plain_line(report: MergeReport, line: str) -> None:
    assert report.describe() == line
    assert report.changed == (line != MergeReport().describe())


def test_domain_modules_import_neither_qt_nor_the_store() -> None:
    code = (
        "import sys\n"
        "import secondop_desktop.domain.merge, secondop_desktop.domain.validation\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'secondop_desktop.store'))]\n"
        "print(bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_a_duplicate_id_in_the_journal_loses_nothing(demo_case: Case) -> None:
    demo_case.notes.append(copy.deepcopy(demo_case.notes[0]))
    demo_case.notes[-1].text = "same id, other words"
    merged, report = merge_cases(demo_case, twin(demo_case))
    assert [n.text for n in merged.notes] == [n.text for n in demo_case.notes]
    assert not report.changed
