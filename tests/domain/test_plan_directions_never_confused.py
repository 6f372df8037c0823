# SPDX-License-Identifier: GPL-3.0-or-later
"""What to do with a medicine, however it is said: start it, stop it, keep it, raise it, lower
it or pause it. Two of these never read as the same plan. "Start bisoprolol" against "withdraw
bisoprolol", "d/c bisoprolol", "up bisoprolol", "go up on bisoprolol" or "bisoprolol
unchanged" had read as the same plan made more exact (the words for starting are left out,
and the other's words were not known as a change); "withhold" and "pause" as other plans
than "hold", and "bisoprolol stopped", "metformin on hold" (said after the name, as families
note it) as other plans than "stop bisoprolol", "hold metformin"."""

from __future__ import annotations

import itertools

import pytest

from secondop_desktop.domain.comparison import Point
from tests.domain.two_doctors import main_plans, read_apart, read_as_one

DIRECTIONS: dict[str, tuple[str, ...]] = {
    "start": ("start {m}", "begin {m}", "commence {m}", "initiate {m}", "put on {m}",
              "empezar {m}", "iniciar {m}", "try {m}"),
    "stop": ("stop {m}", "discontinue {m}", "come off {m}", "cease {m}", "suspender {m}",
             "dejar {m}", "withdraw {m}", "no more {m}", "d/c {m}", "quit {m}",
             "{m} stopped", "{m} discontinued", "{m} suspendido"),
    "keep": ("continue {m}", "keep taking {m}", "carry on with {m}", "stay on {m}",
             "continuar {m}", "seguir con {m}", "{m} unchanged", "no change to {m}"),
    "raise": ("increase {m}", "up {m}", "raise {m}", "go up on {m}", "titrate up {m}",
              "aumentar {m}", "subir {m}", "double {m}"),
    "lower": ("reduce {m}", "lower {m}", "cut down {m}", "decrease {m}", "bajar {m}",
              "reducir {m}", "wean {m}", "taper {m}", "halve {m}"),
    # for a while: "withhold" and "pause" had read as two plans against "hold"
    "pause": ("hold {m}", "withhold {m}", "pause {m}", "{m} withheld", "{m} on hold"),
}
# Said more exactly than the rest of their kind ("double" is a rise of one size), or of two
# meanings ("d/c" is also a discharge): not the same as the others, but never another kind
_OWN_WORDS = ("double {m}", "halve {m}", "d/c {m}")


def _compared(a: str, b: str) -> Point:
    return main_plans(a.format(m="bisoprolol"), b.format(m="bisoprolol"), "medication")


@pytest.mark.parametrize(("one", "other"), list(itertools.combinations(DIRECTIONS, 2)))
def test_two_directions_never_read_as_one(one: str, other: str) -> None:
    assert not read_as_one(DIRECTIONS[one], DIRECTIONS[other], _compared)


@pytest.mark.parametrize("direction", list(DIRECTIONS))
def test_one_direction_said_two_ways_is_the_same(direction: str) -> None:
    assert not read_apart([a for a in DIRECTIONS[direction] if a not in _OWN_WORDS], _compared)


def test_stopped_at_the_end_of_a_condition_is_no_stop() -> None:
    # "until stopped" says how long the tapering goes on, not to stop at once
    tapering = "reduce zopiclone by 25% every 2 weeks until stopped"
    assert main_plans(tapering, "stop zopiclone", "medication").status == "different"
    assert main_plans(tapering, "taper off sleeping tablets", "medication").status == "refined"
