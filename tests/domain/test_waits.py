# SPDX-License-Identifier: GPL-3.0-or-later
"""Something put off for so long, however said (domain/waits.py): two doctors saying when it
may be done again are read as one plan, not as one advising against what the other allows."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.waits import as_after, both_as_after
from tests.domain.two_doctors import main_plans


@pytest.mark.parametrize(("text", "after"), [
    ("avoid sex for the first week", "sex after 1 weeks"),
    ("May resume sex after 1 week.", "sex after 1 weeks"),
    ("do not drive until 45 min after", "drive after 45 minutes"),
    ("wait 45 minutes before driving", "driving after 45 minutes"),
    ("no driving for six weeks after surgery", "driving after 6 weeks after surgery"),
    ("can start lifting after 6 weeks", "lifting after 6 weeks"),
    ("avoid alcohol", ""),  # no length: not put off, turned down
    ("take 2 tablets after food", ""),
])
def test_put_off_for_so_long_written_one_way(text: str, after: str) -> None:
    assert as_after(text) == after


def test_only_a_pair_that_both_say_when_is_rewritten() -> None:
    assert both_as_after("avoid lifting for 6 weeks", "avoid lifting") == (
        "avoid lifting for 6 weeks", "avoid lifting")
    assert both_as_after("avoid lifting for 6 weeks", "resume lifting after 6 weeks") == (
        "lifting after 6 weeks", "lifting after 6 weeks")


@pytest.mark.parametrize(("a", "b", "status"), [
    ("avoid sex for the first week", "may resume sex after 1 week", "same"),
    ("do not drive until 45 min after", "wait 45 minutes before driving", "same"),
    ("no swimming for 2 weeks", "you can swim again after 2 weeks", "same"),
    ("Avoid alcohol for 48 hours", "avoid alcohol for 2 weeks", "different"),
    ("no driving for six weeks after surgery", "can drive again from 4 weeks after surgery",
     "different"),
    ("avoid swimming for 2 weeks", "may resume running after 2 weeks", "different"),
    ("avoid heavy lifting for 6 weeks", "avoid heavy lifting", "refined"),
])
def test_when_it_may_be_done_again(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y, "lifestyle")
        assert point.status == status
        if status == "same":
            assert "advises against" not in point.question
