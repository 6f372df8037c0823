# SPDX-License-Identifier: GPL-3.0-or-later
"""Drops, a cream or an inhaler against a dose with no way given say how each is given.

"Hydrocortisone 10 mg twice daily" against "hydrocortisone cream twice daily" read as the one
saying more of the other ("refined": as if they agreed), and "prednisolone 5 mg daily" against
"prednisolone eye drops QDS" said only "how often", as if of one form (11th session). Where one
doctor gives a way of giving that puts the medicine in one place and the other gives none,
the row says so ("how it is given: Dr Lee did not say; Dr Kim wrote on the skin") when it
differs already, or when the other gives a weight of the medicine the first does not."""

from __future__ import annotations

import pytest

from secondop_desktop import i18n
from tests.domain.two_doctors import both_ways, main_plans, shared_option


@pytest.mark.parametrize(("a", "b", "route"), [
    ("hydrocortisone 10 mg twice daily", "hydrocortisone cream twice daily",
     "on the skin (topical)"),
    ("diclofenac 50 mg three times a day", "diclofenac gel three times a day",
     "on the skin (topical)"),
    ("hydrocortisone 10 mg twice daily", "hydrocortisone 1% cream twice daily",
     "on the skin (topical)"),
    ("prednisolone 5 mg daily", "prednisolone eye drops QDS", "in the eye"),
    ("salbutamol 4 mg three times a day", "salbutamol inhaler 2 puffs when needed", "inhaled"),
])
def test_a_form_in_one_place_against_no_way_given_says_how_each_is_given(
        a: str, b: str, route: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status == "different"
    assert f"how it is given: Dr Lee did not say; Dr Kim wrote {route}" in point.detail
    back = main_plans(b, a, "medication")
    assert back.status == "different"
    assert f"how it is given: Dr Lee wrote {route}; Dr Kim did not say" in back.detail


@pytest.mark.parametrize(("a", "b"), both_ways([
    # no dose to set against the form, or the form's own dose, or the same dose on both: the
    # one with the way given says more
    ("prednisolone QDS", "prednisolone eye drops QDS"),
    ("timolol 0.5% twice daily", "timolol eye drops 0.5% twice daily"),
    ("Ventolin 2 puffs as needed", "salbutamol inhaler 2 puffs as needed"),
    ("beclometasone 200 mcg twice daily", "beclometasone inhaler twice daily"),
    ("paracetamol 1 g four times a day", "paracetamol suppository 1 g four times a day"),
    ("paracetamol 1 g four times a day", "paracetamol 1 g four times a day by mouth"),
]))
def test_a_way_given_that_only_says_more_gives_no_such_line(a: str, b: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status in ("same", "refined")
    assert "how it is given" not in point.detail


def test_the_options_grid_marks_the_way_given_by_one_doctor() -> None:
    option = shared_option("hydrocortisone 10 mg twice daily", "hydrocortisone cream twice daily")
    assert option.gap_kind == "route_by_one"
    assert option.gap_mark() == "◐ Same medicine, how it is given from only one doctor"
    lines = [gap.words() for gap in option.gaps]
    assert "How it is given: Dr Ann Lee did not say; Dr Bo Kim wrote on the skin (topical)" in (
        lines)


def test_in_spanish() -> None:
    with i18n.using("es"):
        point = main_plans("hydrocortisone 10 mg twice daily", "hydrocortisone cream twice daily",
                           "medication")
        option = shared_option("hydrocortisone 10 mg twice daily",
                               "hydrocortisone cream twice daily")
        mark = option.gap_mark()
    assert "cómo se da: " in point.detail and "no lo dijo" in point.detail
    assert mark == "◐ Mismo medicamento, cómo se da lo indica un solo médico"
