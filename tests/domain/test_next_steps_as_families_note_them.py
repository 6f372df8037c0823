# SPDX-License-Identifier: GPL-3.0-or-later
"""A next step as a letter writes it against the family's note of it. "See you in 3/12"
against "review in 3 months", "phone call in 2/52" against "telephone review in 2 weeks" and
"clinic in 6/52" against "clinic in 6 weeks" differed: a letter's months and weeks were read
only right after the word of a follow-up, and a phone call was no telephone review."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import both_ways, next_steps


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("See you in 3/12", "review in 3 months"),
    ("see him back in 6/52", "review in 6 weeks"),
    ("Phone call in 2/52", "telephone review in 2 weeks"),
    ("phone call in 2 weeks", "telephone review in 2 weeks"),
    ("Clinic in 6/52", "clinic in 6 weeks"),
    ("consulta telefónica en 2 semanas", "phone call in 2 weeks"),
]))
def test_one_next_step_in_a_letters_and_a_familys_words(a: str, b: str) -> None:
    assert next_steps(a, b).status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("telephone review in 2 weeks", "clinic review in 2 weeks"),  # by phone, or in person
    ("See you in 3/12", "review in 6 months"),
    ("phone call in 2/52", "phone call in 2/12"),
]))
def test_another_way_or_time_still_differs(a: str, b: str) -> None:
    assert next_steps(a, b).status == "different"


def test_a_date_is_not_read_as_a_time_from_now() -> None:
    # "clinic 3/12" may be the 3rd of December: only "in 3/12" is three months
    assert "interval" not in units.intervals_said_once("clinic 3/12")
    assert "interval 3 months" in units.intervals_said_once("clinic in 3/12")
