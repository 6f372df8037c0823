# SPDX-License-Identifier: GPL-3.0-or-later
"""An operation as a family says it, by the organ taken out (7 December, sixteenth session):
"Take out the womb" against "Hysterectomy", "Remove the left kidney" against "Left
nephrectomy", "Take out the womb and ovaries" against "Hysterectomy and bilateral
salpingo-oophorectomy", "Both knees replaced" against "Bilateral TKR", "Stoma bag" against
"Colostomy" each read as two treatments. A thing taken out of an organ, part of an organ, or
the other side, stays apart."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import terms
from tests.domain.two_doctors import main_plans


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Take out the womb", "Hysterectomy", "same"),
    ("take the womb out", "Hysterectomy", "same"),
    ("Remove the left kidney", "Left nephrectomy", "same"),
    ("quitar el riñón izquierdo", "Left nephrectomy", "same"),
    ("Remove part of the bowel", "Bowel resection", "same"),
    ("Left breast lump removed", "Left wide local excision", "same"),
    ("Take out the womb and ovaries", "Hysterectomy and bilateral salpingo-oophorectomy",
     "refined"),
    ("Remove the womb and the ovaries", "TAH and BSO", "refined"),
    ("Take out the prostate", "Radical prostatectomy", "refined"),
    ("take out the adenoids", "adenoidectomy", "same"),
    ("keyhole op to take his appendix out", "laparoscopic appendicectomy", "same"),
    ("Both knees replaced", "Bilateral TKR", "refined"),
    ("Stoma bag", "Colostomy", "refined"),
    ("Bag on the tummy", "Ileostomy", "refined"),
])
def test_an_organ_taken_out_is_its_operation(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y).status == status, (x, y)


@pytest.mark.parametrize(("a", "b"), [
    ("Remove the left kidney", "Right nephrectomy"),
    ("Take out the womb", "Remove the ovaries"),
    ("Remove the kidney stone", "Nephrectomy"),
    ("Colostomy", "Ileostomy"),
    ("Right knee replacement", "Left knee replacement"),
])
def test_another_organ_side_or_thing_stays_apart(a: str, b: str) -> None:
    assert main_plans(a, b).status == "different"


@pytest.mark.parametrize("text", [
    "remove the kidney stone", "breast lump biopsy", "remove part of the kidney",
    "take out the breast implant",
])
def test_what_is_no_organ_taken_out(text: str) -> None:
    assert "ectomy" not in terms.canonical(text)
