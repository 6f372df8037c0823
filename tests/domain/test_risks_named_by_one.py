# SPDX-License-Identifier: GPL-3.0-or-later
"""A risk, benefit or side effect one doctor names and the other does not: "infection,
bleeding" against "infection, bleeding, nerve damage" differed with nothing said of what, and
its question said only that the doctors "described them differently"."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.named_items import named_by_one
from tests.domain.two_doctors import risks


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("infection, bleeding", "infection, bleeding, nerve damage", "Dr Kim also names nerve damage"),
    ("Infection and bleeding", "bleeding, infection and blood clots",
     "Dr Kim also names blood clots"),
    ("risk of infection or bleeding", "infection, stiffness",
     "Dr Lee also names bleeding; Dr Kim also names stiffness"),
    ("infección y sangrado", "infección, sangrado y trombosis", "Dr Kim also names trombosis"),
])
def test_a_risk_named_by_one_doctor_is_said(a: str, b: str, detail: str) -> None:
    point = risks(a, b)
    assert (point.status, point.detail) == ("different", detail)
    assert detail in point.question


@pytest.mark.parametrize(("a", "b"), [
    ("infection", "bleeding"),  # nothing named by both: two accounts, compared as words
    ("Risks: infection, bleeding, blood clots", "blood clots, bleeding and infection"),  # alike
    ("1% risk of infection", "infection"),  # a chance is said as a chance
])
def test_no_list_apart_where_nothing_or_everything_is_shared(a: str, b: str) -> None:
    assert named_by_one(a, b) is None
