# SPDX-License-Identifier: GPL-3.0-or-later
"""How soon a recommendation's own words say it is to be done."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.how_soon import differ, how_soon, same_timing, without_timing


@pytest.mark.parametrize(("text", "days"), [
    ("Emergency surgery", 1), ("Operate today", 1), ("Cirugía urgente", 1),
    ("Surgery within 24 hours", 1), ("Surgery within 48 hours", 2),
    ("Surgery soon", 14), ("Cirugía esta semana", 14), ("Surgery in the next two weeks", 14),
    ("Cirugía en dos semanas", 14), ("Surgery in a few weeks", 21),
    ("Elective surgery", 120), ("Non-urgent surgery", 120), ("No es urgente operar", 120),
    ("Cirugía programada", 120), ("Surgery within six months", 180), ("Surgery in 3 months", 90),
])
def test_the_timing_the_words_say(text: str, days: float) -> None:
    assert how_soon(text) == days


@pytest.mark.parametrize("text", [
    "Knee replacement", "Physio for 6 weeks", "Avoid surgery for now", "De momento, reposo",
    "Physio now, surgery in 6 months", "", None,
])
def test_no_timing_or_two_timings_say_none(text: str | None) -> None:
    assert how_soon(text) is None


def test_timings_differ_when_one_is_three_times_as_far_off() -> None:
    assert differ("Emergency surgery", "Elective surgery")
    assert differ("Surgery in the next two weeks", "Surgery in 3 months")
    assert differ("Non-urgent surgery", "Urgent surgery")
    assert not differ("Surgery within 4 weeks", "Surgery within 6 weeks")
    assert not differ("Surgery in a few weeks", "Surgery soon")
    assert not differ("Surgery", "Surgery now")  # one doctor says no timing


def test_one_timing_said_two_ways_and_the_words_without_it() -> None:
    assert how_soon("Surgery as soon as possible") == how_soon("Surgery ASAP")  # now, not soon
    assert same_timing("Cirugía urgente", "Urgent surgery")
    assert same_timing("Surgery within 2 weeks", "Surgery in the next fortnight")
    assert not same_timing("Surgery within 4 weeks", "Surgery within 6 weeks")
    assert not same_timing("Surgery", "Surgery")  # no timing said
    assert without_timing("Urgent surgery") == "surgery"
    assert without_timing("Cirugía programada") == "cirugia"
