# SPDX-License-Identifier: GPL-3.0-or-later
"""A mineral's dose against the dose of a salt of it is no "times the other".

"Calcium 500 mg twice daily" against "calcium carbonate 1.25 g twice daily" said "Dr Lee wrote
500 mg, Dr Kim 1.25 g (one is 2.5 times the other)", though 1.25 g of calcium carbonate holds
500 mg of calcium: the one may be the very dose of the other (11th session). The salt's weight
is not the mineral's, so the row, its question and the options grid give both doses without a
ratio, and say what the salted one is of, in the doctor's words."""

from __future__ import annotations

import pytest

from secondop_desktop import i18n
from secondop_desktop.domain.plan_match import shares_treatment
from tests.domain.two_doctors import both_ways, main_plans, shared_option


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Calcium 500 mg twice daily", "Calcium carbonate 1.25 g twice daily"),
    ("calcium 500mg BD", "calcium carbonate 1250 mg BD"),
    ("potasio 600 mg dos veces al día", "cloruro de potasio 1200 mg dos veces al día"),
    ("calcio 500 mg cada 12 horas", "carbonato de calcio 1,25 g cada 12 horas"),
]))
def test_no_ratio_between_a_mineral_and_its_salt(a: str, b: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status == "different"
    assert "times the other" not in point.detail
    salted = a if any(w in a.lower() for w in ("carbonat", "cloruro")) else b
    salt = next(w for w in ("Calcium carbonate", "calcium carbonate", "cloruro de potasio",
                            "carbonato de calcio") if w in salted)
    assert f"of {salt}" in point.detail  # what that dose is of, as the doctor wrote it
    assert f"of {salt}" in point.question
    assert "times the other" not in point.question


def test_the_options_grid_gives_both_doses_without_a_ratio() -> None:
    option = shared_option("Calcium 500 mg twice daily", "Calcium carbonate 1.25 g twice daily")
    [gap] = option.gaps
    assert gap.difference.kind == "dose"
    assert gap.difference.factor == 0.0
    assert gap.difference.b == "1.25 g (grams) of Calcium carbonate"  # as written


def test_in_spanish_the_salt_is_said_in_spanish_words() -> None:
    with i18n.using("es"):
        point = main_plans("Calcium 500 mg twice daily", "Calcium carbonate 1.25 g twice daily",
                           "medication")
    assert "de Calcium carbonate" in point.detail
    assert "veces" not in point.detail


@pytest.mark.parametrize(("a", "b", "ratio"), [
    # one salt on both sides, or the mineral alone on both: doses of one thing, as before
    ("calcium carbonate 1.25 g BD", "calcium carbonate 2.5 g BD", "one is 2 times the other"),
    ("calcium 500 mg BD", "calcium 1.5 g BD", "one is 3 times the other"),
])
def test_doses_of_one_thing_keep_their_ratio(a: str, b: str, ratio: str) -> None:
    assert ratio in main_plans(a, b, "medication").detail


def test_the_same_amount_of_a_mineral_and_of_its_salt_stays_one_saying_more() -> None:
    # (one names the salt: it says more; the doses as written agree)
    assert shares_treatment("magnesium 400 mg daily", "magnesium oxide 400 mg daily")
    assert main_plans("magnesium 400 mg daily", "magnesium oxide 400 mg daily",
                      "medication").status == "refined"
