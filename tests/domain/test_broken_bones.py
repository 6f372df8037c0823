# SPDX-License-Identifier: GPL-3.0-or-later
""""Broken" names a fracture only beside a bone or joint, for the comparison engine as for
search (one rule in domain/terms.py): "broken wrist" and "wrist fracture" are the same, "broken
sleep" and "fracture" never are."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from secondop_desktop.domain import terms
from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.diagnosis_match import diagnosis_relation, parse, text_relation
from secondop_desktop.domain.model import Case, Diagnosis, Opinion, Physician

SAME_BREAK = [
    ("broken wrist", "wrist fracture"),
    ("Broken wrist", "fractura de muñeca"),
    ("broke my arm", "fracture of the arm"),
    ("broken left hip", "fractured left hip"),
    ("broken hip", "hip fracture"),
    ("hueso roto", "fracture"),
    ("se rompió la muñeca", "fractura de muñeca"),
    ("muñeca izquierda rota", "fractura de muñeca izquierda"),
    ("Se ha roto la cadera derecha", "right hip fracture"),
    ("wrist break", "wrist fracture"),
]
NOT_A_BREAK = [
    ("broken sleep", "fracture"),
    ("Broken sleep", "fractura"),
    ("take a break", "fracture"),
    ("broken heart", "fracture"),
    ("break the news", "fracture"),
    ("broken promise", "broken bone"),
    ("break a leg", "broken leg"),
]


@pytest.mark.parametrize(("a", "b"), SAME_BREAK)
def test_a_bone_said_broken_is_that_fracture(a: str, b: str) -> None:
    assert text_relation(a, b) == "same"
    assert text_relation(b, a) == "same"


@pytest.mark.parametrize(("a", "b"), NOT_A_BREAK)
def test_broken_said_of_anything_else_is_no_fracture(a: str, b: str) -> None:
    assert text_relation(a, b) == "different"
    assert text_relation(b, a) == "different"
    assert diagnosis_relation(Diagnosis(text=a), Diagnosis(text=b)) == "different"


def test_the_side_still_counts() -> None:
    assert text_relation("broken left wrist", "right wrist fracture") == "different"
    assert text_relation("muñeca izquierda rota", "fractura de muñeca derecha") == "different"


def test_two_opinions_broken_sleep_and_fracture_are_not_the_same_diagnosis() -> None:
    """The whole comparison, as the Compare tab shows it."""
    a = Opinion(physician=Physician(name="Dr Ana Ruiz"), diagnosis=Diagnosis(text="Broken sleep"))
    b = Opinion(physician=Physician(name="Dr Ben Cole"), diagnosis=Diagnosis(text="Fracture"))
    c = Opinion(physician=Physician(name="Dr Cy Diaz"), diagnosis=Diagnosis(text="Broken wrist"))
    d = Opinion(physician=Physician(name="Dr Di Eze"),
                diagnosis=Diagnosis(text="Fractura de muñeca"))
    case = Case(title="Falls", opinions=[a, b, c, d])
    assert compare_opinions(case, a.id, b.id).point("diagnosis").status == "different"
    assert compare_opinions(case, c.id, d.id).point("diagnosis").status == "same"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["broken", "broke", "break", "broke my", "broke the", "roto", "rota",
                        "se rompio la", "me he roto el"]),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10))
@example("broken", "sleep")
@example("break", "news")
@example("break", "no")  # (found by the search on 7 December: "no break" is denied)
def test_broken_beside_no_bone_is_never_read_as_a_fracture(verb: str, word: str) -> None:
    assume(word not in terms.BONES and word not in ("bone", "bones", "hueso", "huesos"))
    assume("fractur" not in word and word != "fx")  # "fx": the table's short name of one
    # a short name that says "bone" ("bmt", bone marrow transplant) is a bone word too
    assume("bone" not in terms.canonical(word).split())
    assert "fracture" not in terms.canonical(f"{verb} {word}").split()
    if word in ("no", "not"):  # "no break", "not broken": an X-ray's denial, "no fracture"
        assert "fracture" not in parse(f"{word} {verb}").positive
        return
    assert "fracture" not in terms.canonical(f"{word} {verb}").split()
