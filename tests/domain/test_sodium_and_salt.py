# SPDX-License-Identifier: GPL-3.0-or-later
"""A most of sodium against one of salt. Salt is about 39 % sodium by weight, so "limit sodium
to 2 g a day" and "limit salt to 5 g a day" are about one limit (the WHO gives them side by
side); they had differed as "2 g against 5 g", and "limit sodium to 2 g" against "limit salt to
2 g", which are not one limit, had differed with no words at all."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.model import Case, Opinion, Physician, Recommendation
from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans, shared_option


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Limit sodium to 2 g a day", "Limit salt to 5 g a day"),
    ("Limit sodium to 2.3 g a day", "Limit salt to 6 g a day"),
    ("Limitar el sodio a 2 g al día", "Limit salt to 5 g a day"),
    ("Sodium under 2 g a day", "Less than 5 g of salt a day"),
]))
def test_about_as_much_salt_may_be_the_same_limit(a: str, b: str) -> None:
    point = main_plans(a, b, "lifestyle")
    assert (point.status, point.read_two_ways) == ("maybe_same", "limit")
    assert "of sodium (about" in point.detail and "g of salt" in point.detail


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Limit sodium to 2 g a day", "Limit salt to 2 g a day",
     "the most to take: Dr Lee wrote 2 g of sodium (about 5.1 g of salt), Dr Kim 2 g of salt"),
    ("Limit salt to 6 g a day", "Limit sodium to 2000 mg a day",
     "the most to take: Dr Lee wrote 6 g of salt, Dr Kim 2,000 mg of sodium (about 5.1 g of "
     "salt)"),
])
def test_another_limit_differs_with_its_salt_said(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "lifestyle")
    assert (point.status, point.detail) == ("different", detail)
    assert main_plans(b, a, "lifestyle").status == "different"


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Limit sodium to 2 g a day", "Limit sodium to 1.5 g a day", "different"),
    ("Salt intake below 6 g a day", "Limit salt to 6 g a day", "same"),
    ("Low sodium diet", "Low salt diet", "same"),
    # a limit with its amount is a low salt diet said more exactly, sodium's too
    ("Limit sodium to 2 g a day", "Low salt diet", "refined"),
    ("Limit salt to 5 g a day", "Low salt diet", "refined"),
])
def test_one_substance_compares_as_before(a: str, b: str, status: str) -> None:
    assert main_plans(a, b, "lifestyle").status == status
    assert main_plans(b, a, "lifestyle").status == status


def test_the_level_in_the_blood_is_no_limit() -> None:
    assert units.read("Serum sodium below 130 mmol/L").limits == []
    assert not units.read("Serum sodium below 130 mmol/L").limit_of_sodium


def test_the_question_asks_whether_they_mean_one_limit() -> None:
    lee = Opinion(physician=Physician(name="Dr Ann Lee"), recommendations=[
        Recommendation(treatment="Limit sodium to 2 g a day", category="lifestyle")])
    kim = Opinion(physician=Physician(name="Dr Bo Kim"), recommendations=[
        Recommendation(treatment="Limit salt to 5 g a day", category="lifestyle")])
    case = Case(title="Blood pressure", opinions=[lee, kim])
    (point,) = compare_opinions(case, lee.id, kim.id).points
    assert point.question.startswith("Ask both doctors whether they mean the same limit")
    assert "in words" not in point.question  # (not the question for a dose of two readings)
    with using("es"):
        (point,) = compare_opinions(case, lee.id, kim.id).points
        assert "2 g de sodio (unos" in point.detail
        assert point.question.startswith("Pregúnteles a los dos médicos si se refieren al mismo "
                                         "límite")


def test_the_options_page_marks_a_most_that_may_differ() -> None:
    # (it had said "the dose may differ", under the label "Limit sodium to")
    from secondop_desktop.domain import options

    option = shared_option("Limit sodium to 2 g a day", "Limit salt to 5 g a day", "lifestyle")
    assert option.label == "Limit sodium"
    assert option.gap_mark() == "? Same treatment, the most may differ"
    # a name that ends in a letter keeps it
    assert options.bare_name("Vitamin A 5000 units daily") == "Vitamin A"
