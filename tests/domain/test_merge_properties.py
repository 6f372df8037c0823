# SPDX-License-Identifier: GPL-3.0-or-later
"""Properties of merge_cases over many generated pairs of drifted copies of one case."""

from __future__ import annotations

import copy

from hypothesis import given

from secondop_desktop.domain.merge import merge_cases
from secondop_desktop.domain.model import Case
from tests.strategies import CASE_SETTINGS, cases, merge_pairs


def ids_by_kind(case: Case) -> dict[str, list[str]]:
    found = {kind: [item.id for item in getattr(case, kind)]
             for kind in ("opinions", "questions", "notes", "records", "medications", "reviews")}
    for kind in ("evidence", "recommendations", "answers"):
        found[kind] = [item.id for o in case.opinions for item in getattr(o, kind)]
    return found


@CASE_SETTINGS
@given(merge_pairs())
def test_merging_the_same_incoming_twice_changes_nothing_the_second_time(
    pair: tuple[Case, Case],
) -> None:
    existing, incoming = pair
    once, first = merge_cases(existing, incoming)
    twice, second = merge_cases(once, incoming)
    assert not second.changed, second.describe()
    assert second.added == [] and second.updated == []
    assert twice.to_dict() == once.to_dict()


@CASE_SETTINGS
@given(merge_pairs())
def test_nothing_is_dropped_and_notes_least_of_all(pair: tuple[Case, Case]) -> None:
    existing, incoming = pair
    merged, report = merge_cases(existing, incoming)
    result = ids_by_kind(merged)
    old, new = ids_by_kind(existing), ids_by_kind(incoming)
    for kind in result:
        # The journal's objects first, in its order, then the new ones in incoming order.
        added = [i for i in dict.fromkeys(new[kind]) if i not in old[kind]]
        if kind not in ("evidence", "recommendations", "answers"):
            assert result[kind] == old[kind] + added
        else:
            assert set(result[kind]) == set(old[kind]) | set(new[kind])
    assert set(result["notes"]) == set(old["notes"]) | set(new["notes"])
    # Every object added is reported as added, and nothing else is (an opinion that is new brings
    # its evidence, recommendations and answers with it, and is reported alone).
    reported = {ident for kind, ident in report.added if kind != "decision"}
    new_opinions = set(result["opinions"]) - set(old["opinions"])
    expected = {i for kind in ("opinions", "questions", "notes", "records", "medications",
                               "reviews") for i in result[kind] if i not in old[kind]}
    for opinion in merged.opinions:
        if opinion.id not in new_opinions:
            for kind in ("evidence", "recommendations", "answers"):
                expected.update(i.id for i in getattr(opinion, kind) if i.id not in old[kind])
    assert reported == expected


@CASE_SETTINGS
@given(merge_pairs())
def test_a_winner_is_always_one_side_never_a_blend(pair: tuple[Case, Case]) -> None:
    existing, incoming = pair
    merged, _ = merge_cases(existing, incoming)
    by_id = {n.id: n.to_dict() for n in existing.notes}
    by_id_new = {n.id: n.to_dict() for n in incoming.notes}
    for note in merged.notes:
        assert note.to_dict() in (by_id.get(note.id), by_id_new.get(note.id))


@CASE_SETTINGS
@given(cases())
def test_a_case_merged_with_a_copy_of_itself_is_unchanged(case: Case) -> None:
    merged, report = merge_cases(case, copy.deepcopy(case))
    assert not report.changed
    assert merged.to_dict() == case.to_dict()
