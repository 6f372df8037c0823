# SPDX-License-Identifier: GPL-3.0-or-later
"""A summary says which of its differences are only one doctor being more precise.

"3 points differ" worries a family; when in all three one doctor only said the same thing more
exactly ("knee osteoarthritis" against "primary osteoarthritis of the right knee"), the summary
says so, in the terminal, the JSON and (through the same words) the PDF and the window."""

from __future__ import annotations

import json

from secondop_desktop import i18n
from secondop_desktop.domain.compare import compare_opinions, format_comparison_text
from secondop_desktop.domain.comparison import Comparison
from secondop_desktop.domain.model import (
    Case,
    Diagnosis,
    Opinion,
    Physician,
    Recommendation,
    Review,
)
from secondop_desktop.domain.words import differ_words


def _opinion(name: str, diagnosis: str, *plan: tuple[str, str]) -> Opinion:
    return Opinion(physician=Physician(name=name), diagnosis=Diagnosis(text=diagnosis),
                   recommendations=[Recommendation(treatment=t, category=c, preferred=i == 0)
                                    for i, (t, c) in enumerate(plan)])


def _knee_case(b_plan: str = "Physical therapy, 12 weeks") -> Case:
    hale = _opinion("Dr Anna Hale", "Knee osteoarthritis", ("Physical therapy", "therapy"),
                    ("Paracetamol", "medication"))
    osei = _opinion("Dr Ben Osei", "Primary osteoarthritis of the right knee",
                    (b_plan, "therapy"), ("Paracetamol 1 g four times a day", "medication"))
    return Case(title="Mum's knee", opinions=[hale, osei])


def _compare(case: Case) -> Comparison:
    a, b = case.opinions
    return compare_opinions(case, a.id, b.id)


def _summary_line(case: Case) -> str:
    return " ".join(format_comparison_text(case, _compare(case)).split())


def test_differences_that_are_all_one_doctor_more_precise_are_said_to_be_so() -> None:
    case = _knee_case()
    result = _compare(case)
    assert {p.status for p in result.points} == {"refined"}
    assert (result.summary.differ, result.summary.refined) == (3, 3)
    assert "3 points differ (all of them only in detail), 0 agree." in _summary_line(case)
    assert json.loads(json.dumps(result.to_json()))["summary"]["refined"] == 3


def test_a_real_difference_among_them_is_counted_apart() -> None:
    case = _knee_case(b_plan="Total knee replacement")
    result = _compare(case)
    assert (result.summary.differ, result.summary.refined) == (3, 2)
    assert "3 points differ (2 only in detail), 0 agree." in _summary_line(case)


def test_no_qualifier_where_none_is_only_in_detail() -> None:
    hale = _opinion("Dr Anna Hale", "Knee osteoarthritis", ("Physical therapy", "therapy"))
    osei = _opinion("Dr Ben Osei", "Rheumatoid arthritis", ("Methotrexate", "medication"))
    case = Case(title="Knee", opinions=[hale, osei])
    assert _compare(case).summary.refined == 0
    line = _summary_line(case)
    assert "points differ," in line and "only in detail" not in line


def test_the_users_verdict_decides_whether_a_refined_point_is_only_in_detail() -> None:
    case = _knee_case()
    a, b = case.opinions
    # The family asked and learned that "of the right knee" matters: they call it a difference.
    case.reviews.append(Review(opinions=[a.id, b.id], point="diagnosis", verdict="different"))
    result = _compare(case)
    assert (result.summary.differ, result.summary.refined) == (3, 2)
    assert result.engine_summary is not None and result.engine_summary.refined == 3
    assert "3 points differ (2 only in detail)" in _summary_line(case)
    # And one they call the same is no longer a difference at all.
    case.reviews[0].verdict = "same"
    result = _compare(case)
    assert (result.summary.differ, result.summary.refined) == (2, 2)
    assert "2 points differ (all of them only in detail), 1 agrees." in _summary_line(case)


def test_one_point_only_in_detail() -> None:
    assert differ_words(1, 1) == "1 point differs (only in detail)"
    assert differ_words(4, 1) == "4 points differ (1 only in detail)"
    assert differ_words(0, 0) == "0 points differ"


def test_the_words_in_spanish() -> None:
    with i18n.using("es"):
        assert differ_words(3, 3) == "3 puntos son diferentes (todos solo en el detalle)"
        assert differ_words(3, 2) == "3 puntos son diferentes (2 solo en el detalle)"
        assert differ_words(1, 1) == "1 punto es diferente (solo en el detalle)"
