# SPDX-License-Identifier: GPL-3.0-or-later
"""Properties of the options, the follow-ups and the timeline for any valid case."""

from __future__ import annotations

from hypothesis import given

from secondop_desktop.domain import followups, timeline
from secondop_desktop.domain.model import Case
from secondop_desktop.domain.options import ROWS, gather_options
from tests.strategies import CASE_SETTINGS, cases


@CASE_SETTINGS
@given(cases())
def test_every_named_recommendation_is_in_exactly_one_option(case: Case) -> None:
    options = gather_options(case, include_own=False)
    placed = [e.recommendation.id for o in options for e in o.entries]
    named = [r.id for o in case.opinions for r in o.recommendations if r.treatment.strip()]
    assert sorted(placed) == sorted(named)
    for option in options:
        doctors = [e.opinion_id for e in option.entries]
        assert len(doctors) == len(set(doctors))  # one doctor, one column
        for entry in option.entries:
            for row in ROWS:  # a cell is what the doctor said, or empty
                assert isinstance(option.cell(row, entry.opinion_id), str)


@CASE_SETTINGS
@given(cases())
def test_own_options_never_repeat_a_doctors_option_or_each_other(case: Case) -> None:
    options = gather_options(case)
    keys = [o.key for o in options]
    assert len(keys) == len(set(keys))


@CASE_SETTINGS
@given(cases())
def test_the_timeline_is_in_order_and_loses_nothing_dated(case: Case) -> None:
    events = timeline.build(case)
    dated = [e for e in events if e.when is not None]
    assert events[: len(dated)] == dated
    assert [e.sort_key() for e in dated] == sorted(e.sort_key() for e in dated)
    assert len([e for e in events if e.kind == "visit"]) == len(case.opinions)


@CASE_SETTINGS
@given(cases())
def test_follow_ups_match_the_reviews_the_compare_view_reads(case: Case) -> None:
    for item in followups.collect(case):
        review = case.review_for(item.a_id, item.b_id, item.point.key)
        assert item.review is review
        assert item.state == (review.state if review else item.point.state)
