# SPDX-License-Identifier: GPL-3.0-or-later
"""Drops in each eye are drops in both eyes, in English and in Spanish. "Latanoprost one drop in
each eye" against "... in both eyes", "una gota en cada ojo" or "en ambos ojos" against "in both
eyes" had read as two plans: "each" was no side, and Spanish drops in the eyes no way of giving
("en ambos ojos" only counted after "gotas en los/el"). An ointment put in the eyes had read as
a cream on the skin.

A medicine named between the words of its way of giving ("pomada de cloranfenicol en los ojos",
"gotas de ciprofloxacino en el oído") had lost its name with the route; "una gota" had read as
gout ("gota" alone is gout); "por la noche" had not read as "at night" in the words compared."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Latanoprost una gota en ambos ojos por la noche",
     "Latanoprost one drop in both eyes at night"),
    ("Latanoprost una gota en cada ojo por la noche", "Latanoprost one drop in both eyes at night"),
    ("Colirio de latanoprost una gota en cada ojo", "Latanoprost eye drops one drop in each eye"),
    ("Chloramphenicol eye drops 1 drop each eye 4 times a day",
     "Chloramphenicol eye drops 1 drop both eyes qds"),
    ("Beclometasone nasal spray 2 sprays each nostril",
     "Beclometasone nasal spray 2 sprays in both nostrils"),
    ("dorzolamide-timolol 1 drop both eyes twice daily", "dorzolamide-timolol 1 drop each eye bd"),
    ("Chloramphenicol eye ointment", "Chloramphenicol ointment to the eyes"),
    # a medicine of a kind named with "eye" (glaucoma eye drops): the kind's "eye" not added
    # beside "both eyes" (it had read as more said on that side only)
    ("Timolol una gota en ambos ojos por la noche", "Timolol one drop in both eyes at night"),
]))
def test_each_of_a_pair_is_both(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_each_eye_against_one_eye_says_which_side() -> None:
    point = main_plans("Latanoprost 1 drop left eye at night",
                       "Latanoprost 1 drop in each eye at night", "medication")
    assert (point.status, point.detail) == (
        "different", "which side: Dr Lee wrote left, Dr Kim both sides")


def test_how_each_is_read() -> None:
    assert units.read("1 drop in each eye").sides == frozenset({"both sides"})
    assert units.read("gotas en cada oído").route == "in the ear"
    assert units.read("chloramphenicol ointment to the eyes").route == "in the eye"
    assert units.read("hydrocortisone ointment to the face").route == "on the skin (topical)"
    assert not units.read("every eye examination").sides  # (not "every")


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Pomada de cloranfenicol en los ojos 4 veces al día",
     "Chloramphenicol eye ointment four times a day"),
    ("Una gota en cada ojo por la noche", "One drop in each eye at night"),
    ("Caminar por la mañana", "Walk in the morning"),
]))
def test_spanish_words_around_a_name_or_a_drop(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_a_name_between_the_route_words_stays() -> None:
    assert units.without_facts("Pomada de cloranfenicol en los ojos") == "cloranfenicol"
    assert units.without_facts("Gotas de ciprofloxacino en el oído") == "ciprofloxacino"
    assert units.without_facts("gotas de colirio en los ojos") == ""  # route words only
    # another medicine between the words is another plan, not the same one
    assert main_plans("Gotas de ciprofloxacino en el oído",
                      "Gotas de ofloxacino en el oído", "medication").status == "different"


def test_one_drop_is_no_gout() -> None:
    from secondop_desktop.domain import terms
    assert terms.canonical("una gota en cada ojo") == "a drop in bilateral eye"
    assert terms.canonical("gota") == "gout"
    assert main_plans("Walk in the afternoon", "Caminar por la mañana").status == "different"
