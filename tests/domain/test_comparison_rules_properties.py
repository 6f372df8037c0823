# SPDX-License-Identifier: GPL-3.0-or-later
"""Properties of the comparison rules on generated diagnoses and plans: which doctor is "A" never
matters, a contradiction never makes two texts "same", another name never makes them "different".
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.diagnosis_match import (
    MARKER_CLASSES,
    diagnosis_relation,
    parse,
    text_relation,
)
from secondop_desktop.domain.model import Case, Diagnosis, Opinion, Physician, Recommendation
from secondop_desktop.domain.terms import SYNONYMS

CONDITIONS = sorted(SYNONYMS)[:60] + [
    "osteoarthritis of the knee", "lymphoma", "melanoma", "thyroid nodule", "glioma",
    "pancreatitis", "MS", "RA", "PE", "rotator cuff tear", "kidney stone", "neumonía",
]
MODIFIERS = ("", "left", "right", "acute", "chronic", "primary", "grade 2", "stage III",
             "type 1", "suspected", "history of", "no evidence of", "mild", "in situ",
             "Breslow 1.1 mm")
# Pairs that contradict each other wherever they are added (side, number, grade, negation …).
CONTRADICTIONS = (
    ("left", "right"), ("grade 1", "grade 3"), ("stage II", "stage IV"), ("benign", "malignant"),
    ("acute", "chronic"), ("in situ", "invasive"), ("TI-RADS 2", "TI-RADS 5"),
    ("Breslow 0.5 mm", "Breslow 2.5 mm"), ("ASA 1", "ASA 3"), ("type A", "type B"),
    ("mild", "severe"), ("partial", "complete"), ("HER2+", "HER2-"), ("ER positive", "ER-"),
    ("L", "R"), ("> 2 cm", "< 2 cm"), ("(+)", "(-)"), ("score -2", "score +2"),
)
CODES = (None, "C43.9", "M17.11", "B18.1", "B19.9", "G35", "I05.0", "E11.9", "N20.0")

def _free_of(pair: tuple[str, str], *bases: str) -> bool:
    """The base texts say nothing of the kind the contradiction is about (no side when the
    contradiction is about sides, no number after the same word …), so adding it is new."""
    added = parse(pair[0]), parse(pair[1])
    classes = set(added[0].markers) | set(added[1].markers)
    qualifiers = set(added[0].numbers) | set(added[1].numbers)
    for base in bases:
        phrase = parse(base)
        if classes & set(phrase.markers) or qualifiers & set(phrase.numbers):
            return False
        if any(set(MARKER_CLASSES[c]) & set(phrase.positive) for c in classes):
            return False
    return True


texts = st.builds(lambda m, c: f"{m} {c}".strip(), st.sampled_from(MODIFIERS),
                  st.sampled_from(CONDITIONS))
FAST = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(texts, texts, st.sampled_from(CODES), st.sampled_from(CODES))
def test_swapping_the_doctors_never_changes_the_diagnosis_category(a: str, b: str, ca, cb) -> None:
    da, db = Diagnosis(text=a, icd10=ca), Diagnosis(text=b, icd10=cb)
    assert diagnosis_relation(da, db) == diagnosis_relation(db, da)


@FAST
@given(texts, texts, st.sampled_from(CONTRADICTIONS), st.booleans())
def test_adding_a_contradiction_never_turns_different_into_same(a: str, b: str, pair,
                                                                first: bool) -> None:
    x, y = pair if first else pair[::-1]
    assume(_free_of(pair, a, b))
    assert text_relation(f"{a}, {x}", f"{b}, {y}") != "same"
    if text_relation(a, b) == "different":
        assert text_relation(f"{a}, {x}", b) != "same"
        assert text_relation(a, f"{b}, {x}") != "same"


@FAST
@given(texts, st.sampled_from(CONTRADICTIONS), st.sampled_from(CODES))
def test_a_contradiction_beats_an_equal_code(a: str, pair, code) -> None:
    x, y = pair
    assume(_free_of(pair, a))
    da, db = Diagnosis(text=f"{a}, {x}", icd10=code), Diagnosis(text=f"{a}, {y}", icd10=code)
    assert diagnosis_relation(da, db) not in ("same", "refined")


def _substitutions(text: str) -> list[str]:
    folded = text.casefold()
    found = [name for canonical, names in SYNONYMS.items() for name in (canonical, *names)
             if f" {name} " in f" {folded} "]
    out = []
    for canonical, names in SYNONYMS.items():
        for name in (canonical, *names):
            # not a name inside a longer one the table reads there ("stroke" in "heat stroke")
            if any(name != longer and f" {name} " in f" {longer} " for longer in found):
                continue
            if len(name) > 2 and f" {name} " in f" {folded} ":
                for other in (canonical, *names):
                    if other != name and len(other) > 2:
                        out.append(f" {folded} ".replace(f" {name} ", f" {other} ", 1).strip())
    return out


@FAST
@given(texts, texts, st.data())
def test_another_name_never_turns_same_into_different(a: str, b: str, data) -> None:
    if text_relation(a, b) != "same":
        b = a
    options = _substitutions(b)
    if not options:
        return
    other = data.draw(st.sampled_from(options))
    assert text_relation(a, other) != "different", (a, other)


DRUGS = ("Warfarin", "Methotrexate", "Levothyroxine", "Insulin glargine", "Metformin",
         "Knee replacement", "Morphine")
DOSES = ("", "5 mg", "0.5 mg", "500 mcg", "50 mcg", "1 g", "1000 mg", "10 units", "100 IU")
RHYTHMS = ("", "daily", "once weekly", "twice daily", "every 8 hours", "as needed")
ROUTES = ("", "by mouth", "IV", "intrathecal", "left", "right")
treatments = st.builds(lambda *p: " ".join(x for x in p if x), st.sampled_from(DRUGS),
                       st.sampled_from(DOSES), st.sampled_from(RHYTHMS), st.sampled_from(ROUTES))


@FAST
@given(st.lists(st.tuples(treatments, st.booleans()), min_size=1, max_size=3),
       st.lists(st.tuples(treatments, st.booleans()), min_size=1, max_size=3))
def test_swapping_the_doctors_never_changes_the_plan_category(recs_a, recs_b) -> None:
    def opinion(name: str, recs) -> Opinion:
        return Opinion(physician=Physician(name=name), recommendations=[
            Recommendation(id=f"{name}{i}", treatment=t, category="medication", preferred=m)
            for i, (t, m) in enumerate(recs)])
    a, b = opinion("A", recs_a), opinion("B", recs_b)
    case = Case(title="t", opinions=[a, b])
    forward, backward = compare_opinions(case, a.id, b.id), compare_opinions(case, b.id, a.id)
    assert forward.summary.plan == backward.summary.plan
    assert forward.summary.diagnosis == backward.summary.diagnosis
    assert sorted(p.severity for p in forward.points) == sorted(p.severity for p in backward.points)


# Doubt as a note taker writes it, and a plan turned down or put off, each on one side only.
DOUBTS = ("{}?", "?{}", "maybe {}", "could be {}", "can't rule out {}", "{} not excluded",
          "rule out {}", "r/o {}", "{}, unconfirmed", "tentative {}", "quizás {}",
          "no se descarta {}", "{} por confirmar")
TURNED_DOWN = ("Avoid {}", "Don't start {}", "No need for {}", "{} unnecessary",
               "Advised against {}", "Stop {}", "Hold off on {}", "{} later",
               "{} only if physio fails", "Evitar {}", "Nada de {}", "Desaconseja {}",
               "{} solo si empeora")


@FAST
@given(texts, st.sampled_from(DOUBTS))
def test_doubt_on_one_side_only_is_never_the_same_nor_more_specific(sure: str, doubt) -> None:
    # ("suspected X?" is as unsure as "suspected X": a question mark is how a note says it)
    assume(not sure.startswith("suspected"))
    unsure = doubt.format(sure)
    assert text_relation(unsure, sure) == "different", (unsure, sure)
    assert text_relation(sure, unsure) == "different", (sure, unsure)


@FAST
@given(treatments, st.sampled_from(TURNED_DOWN), st.booleans())
def test_a_treatment_turned_down_or_put_off_is_a_major_difference(treatment: str, form,
                                                                  main: bool) -> None:
    a = Opinion(physician=Physician(name="A"), recommendations=[
        Recommendation(treatment=form.format(treatment), preferred=main)])
    b = Opinion(physician=Physician(name="B"), recommendations=[
        Recommendation(treatment=treatment, preferred=main)])
    point = next(p for p in compare_opinions(Case(title="t", opinions=[a, b]), a.id,
                                             b.id).points if p.topic == "recommendation")
    assert (point.status, point.severity) == ("different", "major"), (form, treatment)


@FAST
@given(st.sampled_from(DRUGS), st.sampled_from(DRUGS), st.sampled_from(
    ("{} then {}", "{} followed by {}", "{} first, then {}", "{} y después {}")))
def test_two_treatments_in_the_other_order_are_never_the_same_plan(x: str, y: str,
                                                                   order: str) -> None:
    assume(x != y)
    assert text_relation(order.format(x, y), order.format(y, x)) == "different", (x, y)
    assert text_relation(order.format(x, y), f"{y} then {x}") == "different", (x, y)


# Conditions that are not one another, and ways of listing two in one line.
ILLNESSES = ("Pneumonia", "Bronchitis", "Asthma", "Heart attack", "Lung cancer", "Kidney stone",
             "Migraine", "Gout", "Type 2 diabetes", "High blood pressure", "Appendicitis",
             "Osteoarthritis of the left knee", "Neumonía", "COPD", "Anaemia", "Depression")
LISTS = ("{} and {}", "{} y {}", "{}/{}", "{} / {}", "{}; {}", "{} & {}", "{} plus {}",
         "{}, {} and gout")


@FAST
@given(st.sampled_from(ILLNESSES), st.sampled_from(ILLNESSES), st.sampled_from(LISTS))
def test_a_second_condition_named_by_one_doctor_is_never_the_same_nor_more_detail(
        x: str, y: str, form: str) -> None:
    assume(text_relation(x, y) == "different" and "gout" not in (x + y).casefold())
    both = form.format(x, y)
    assert text_relation(x, both) == "different", (x, both)
    assert text_relation(both, y) == "different", (both, y)
    assert text_relation(both, form.format(y, x)) == "same", (both, form.format(y, x))
