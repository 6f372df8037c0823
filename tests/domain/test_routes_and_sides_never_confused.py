# SPDX-License-Identifier: GPL-3.0-or-later
"""How a medicine is given and on which side, however it is written: two ways of giving, or two
sides, never read as the same plan. Unread, "endovenoso", "sub-q", "tópico", "applied to the
skin", "nasally" and "bilaterally" had left one side with no route (or side) at all, and so the
other's as the same plan made more exact: morphine by mouth against "endovenoso", a left
cataract operation against one "bilaterally"."""

from __future__ import annotations

import itertools

import pytest

from tests.domain.two_doctors import diagnoses, main_plans, read_as_one

ROUTES: dict[str, tuple[str, ...]] = {
    "by mouth": ("orally", "by mouth", "PO", "p.o.", "oral", "vía oral", "por boca",
                 "tablets"),
    "into a vein": ("IV", "intravenously", "i.v.", "into a vein", "intravenous",
                    "vía intravenosa", "endovenoso", "IV infusion", "by drip"),
    "into a muscle": ("IM", "intramuscular", "intramuscularly", "i.m.", "into the muscle",
                      "vía intramuscular", "im injection"),
    "under the skin": ("SC", "subcutaneous", "subcut", "s.c.", "under the skin", "subcutáneo",
                       "SQ", "sub-q"),
    "on the skin": ("topically", "applied to the skin", "cream", "tópico"),
    "inhaled": ("inhaled", "via inhaler", "nebulised", "inhalado"),
    "rectal": ("rectally", "PR", "per rectum", "suppository", "vía rectal"),
    "under the tongue": ("sublingual", "under the tongue", "SL", "sublingual spray"),
    "in the nose": ("nasal spray", "intranasal", "in the nose", "nasally"),
}
SIDES: dict[str, tuple[str, ...]] = {
    "left": ("left", "L", "lt", "izquierda", "left-sided", "on the left"),
    "right": ("right", "R", "rt", "derecha", "right-sided", "on the right"),
    "both": ("both", "bilateral", "both sides", "ambas", "bilaterally", "left and right"),
}


@pytest.mark.parametrize(("one", "other"), list(itertools.combinations(ROUTES, 2)))
def test_two_ways_of_giving_never_read_as_one(one: str, other: str) -> None:
    assert not read_as_one(ROUTES[one], ROUTES[other], lambda a, b: main_plans(
        f"Morphine 5 mg {a}", f"Morphine 5 mg {b}", "medication"))


@pytest.mark.parametrize("said", [
    "Total knee replacement, {}", "{} knee replacement", "Cataract surgery {} eye",
    "Fractured {} wrist", "Breast cancer, {}", "{} inguinal hernia"])
@pytest.mark.parametrize(("one", "other"), list(itertools.combinations(SIDES, 2)))
def test_two_sides_never_read_as_one(said: str, one: str, other: str) -> None:
    compare = diagnoses if said.startswith(("Fractured", "Breast", "{} inguinal")) else main_plans
    assert not read_as_one(SIDES[one], SIDES[other],
                           lambda a, b: compare(said.format(a), said.format(b)))
