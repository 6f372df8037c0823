# SPDX-License-Identifier: GPL-3.0-or-later
"""A diagnosis one doctor writes with a word of doubt and the other without (6 December, eighth
session): "Possible heart failure" against "Heart failure" differed with nothing to say how,
and the question asked how each reached the diagnosis, as for two conditions. The row now says
it is how sure they are that differs, and the question asks that."""

from __future__ import annotations

import pytest

from secondop_desktop.i18n import using
from tests.domain.two_doctors import diagnoses

HOW_SURE = "Ask both doctors how sure they are, and which test would make it certain."


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Possible heart failure", "Heart failure",
     "how sure: Dr Lee wrote it as possible, Dr Kim wrote no word of doubt"),
    ("Heart failure", "Probably heart failure",
     "how sure: Dr Lee wrote no word of doubt, Dr Kim wrote it as probable"),
    ("Might be gallstones", "Gallstones",
     "how sure: Dr Lee wrote it as possible, Dr Kim wrote no word of doubt"),
    ("?PE", "PE",
     "how sure: Dr Lee wrote it as possible, Dr Kim wrote no word of doubt"),
    ("Probably gallstones", "Possible gallstones",
     "how sure: Dr Lee wrote it as probable, Dr Kim as possible"),
    # and one names it more exactly
    ("Possible heart failure", "Heart failure with reduced ejection fraction",
     "how sure: Dr Lee wrote it as possible, Dr Kim wrote no word of doubt"),
    ("Could be arthritis", "Osteoarthritis",
     "how sure: Dr Lee wrote it as possible, Dr Kim wrote no word of doubt"),
])
def test_a_word_of_doubt_on_one_side_says_how_sure(a: str, b: str, detail: str) -> None:
    point = diagnoses(a, b)
    assert (point.status, point.detail, point.question) == ("different", detail, HOW_SURE)


@pytest.mark.parametrize(("a", "b"), [
    ("Possible heart failure", "Asthma"),  # another condition: not a matter of how sure
    ("Heart failure ruled out", "Heart failure"),  # denied, not doubted
    ("Possible migraine", "Tension headache"),  # doubted, and another condition
])
def test_other_differences_are_not_said_to_be_how_sure(a: str, b: str) -> None:
    point = diagnoses(a, b)
    assert point.status == "different"
    assert not point.detail.startswith("how sure") and point.question != HOW_SURE


def test_how_sure_in_spanish() -> None:
    with using("es"):
        point = diagnoses("Posible apendicitis", "Apendicitis")
    assert point.detail == ("seguridad: el Dr Lee lo escribió como posible; el Dr Kim no "
                            "escribió ninguna palabra de duda")
