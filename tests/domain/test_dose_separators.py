# SPDX-License-Identifier: GPL-3.0-or-later
"""Doses written with thousands separators, as English and Spanish writers write them: "1,000 mg",
"1.000 mg", "1 000 mg", "1.000,5 mg", "0,5 g", "2.500 UI". A writing that can mean two amounts
a thousand-fold apart is read by what the opinion and the case say of the writer; where nothing
says, the comparison says it cannot tell ("may be the same", with what to check), never the same
and never a made-up difference."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secondop_desktop.domain import amounts, units
from secondop_desktop.domain.compare import compare_opinions, format_comparison_text
from secondop_desktop.domain.language_guess import guess_language
from secondop_desktop.domain.model import (
    Case,
    Diagnosis,
    Opinion,
    Physician,
    Question,
    Recommendation,
)
from secondop_desktop.domain.number_habits import grouping
from secondop_desktop.i18n import using

COMMA, POINT, NOTHING = frozenset(","), frozenset("."), frozenset()


@pytest.mark.parametrize(("written", "known", "expected"), [
    ("1000", NOTHING, (1000.0,)),
    ("1,000", COMMA, (1000.0,)),  # an English writer's thousand
    ("1.000", POINT, (1000.0,)),  # a writer from Spain's thousand
    ("1,000", NOTHING, (1000.0, 1.0)),  # nothing says: a thousand, or 1 with three decimals
    ("1.000", NOTHING, (1000.0, 1.0)),
    ("1.000", COMMA, (1000.0, 1.0)),  # a point where the writer groups with commas: still unsure
    ("1,000", POINT, (1000.0, 1.0)),
    ("2.500", NOTHING, (2500.0, 2.5)),
    ("1.000,5", NOTHING, (1000.5,)),  # only one way to read these
    ("1,000.5", NOTHING, (1000.5,)),
    ("1.000.000", NOTHING, (1000000.0,)),
    ("1,000,000", NOTHING, (1000000.0,)),
    ("1 000", NOTHING, (1000.0,)),
    ("10 000", NOTHING, (10000.0,)),
    ("1 000,5", NOTHING, (1000.5,)),
    ("2 500", NOTHING, (2500.0, 500.0)),  # or "2 × 500"
    ("0,5", NOTHING, (0.5,)),
    ("0.5", NOTHING, (0.5,)),
    ("2,25", NOTHING, (2.25,)),
    ("0,125", NOTHING, (0.125,)),  # a leading zero never starts a group of thousands
    ("1000.500", NOTHING, (1000.5,)),  # four digits before the point: not a grouping
    (".5", NOTHING, (0.5,)),
    ("1.000,000.5", NOTHING, ()),  # no number
])
def test_a_written_amount_reads_as_what_it_can_mean(written, known, expected):
    assert amounts.readings(written, known) == expected


@pytest.mark.parametrize(("written", "language", "marks"), [
    ([], None, NOTHING),
    ([], "en", COMMA),
    ([], "es", POINT),
    (["0,5"], None, POINT),  # "0,5 g" beside "1.000 mg": the point groups (the Spanish way)
    (["0.5"], None, COMMA),
    (["0.5"], "es", COMMA),  # Mexican Spanish: decimal point, grouping comma
    (["0,5"], "en", POINT),  # the amounts say more than the language
    (["1,000.5"], None, COMMA),
    (["1.000,5"], None, POINT),
    (["1.000.000"], None, POINT),
    (["0,5", "0.5"], "es", NOTHING),  # both marks as decimals: nothing can be said
    (["0,5", "1,000.5"], None, NOTHING),  # the comma both ways
    (["1.000", "1,000"], None, NOTHING),  # unsure writings say nothing
])
def test_how_a_writer_groups_is_read_from_their_amounts_then_their_language(
        written, language, marks):
    assert amounts.grouping_marks(written, language) == marks


@pytest.mark.parametrize(("texts", "language"), [
    (["Metformin 1,000 mg twice daily with meals"], "en"),
    (["Take one tablet every morning", "Type 2 diabetes"], "en"),
    (["Metformina 1.000 mg cada 12 horas con las comidas"], "es"),
    (["Diabetes tipo 2", "Tomar un comprimido por la mañana"], "es"),
    (["Metformin 1.000 mg"], None),  # a medicine and a dose are in no language
    ([""], None),
])
def test_the_language_of_a_doctors_words(texts, language):
    assert guess_language(texts) == language


def _opinion(name: str, *treatments: str, diagnosis: str = "Type 2 diabetes",
             rationale: str = "") -> Opinion:
    return Opinion(physician=Physician(name=name), diagnosis=Diagnosis(text=diagnosis),
                   rationale=rationale,
                   recommendations=[Recommendation(treatment=t, category="medication",
                                                   preferred=i == 0)
                                    for i, t in enumerate(treatments)])


def _main_point(case: Case):
    a, b = case.opinions
    result = compare_opinions(case, a.id, b.id)
    return result, next(p for p in result.points if p.topic == "recommendation" and p.main)


def _two_doctors(a: str, b: str):
    """The main-recommendation point of two doctors of no stated language, each giving one."""
    return _main_point(Case(title="X", opinions=[_opinion("Dr A Hale", a),
                                                 _opinion("Dr B Osei", b)]))


SPANISH = dict(diagnosis="Diabetes tipo 2", rationale="La glucosa en ayunas sigue alta")


def test_a_spanish_thousand_is_the_same_as_the_thousand_written_without_marks():
    ruiz = _opinion("Dra. Elena Ruiz", "Metformina 1.000 mg cada 12 horas", **SPANISH)
    paz = _opinion("Dr. Luis Paz", "Metformina 1000 mg cada 12 horas", **SPANISH)
    _result, point = _main_point(Case(title="Azúcar", opinions=[ruiz, paz]))
    assert point.status == "same"


def test_a_spanish_thousand_against_one_milligram_is_a_thousand_fold_difference():
    ruiz = _opinion("Dra. Elena Ruiz", "Metformina 1.000 mg cada 12 horas", **SPANISH)
    paz = _opinion("Dr. Luis Paz", "Metformina 1 mg cada 12 horas", **SPANISH)
    _result, point = _main_point(Case(title="Azúcar", opinions=[ruiz, paz]))
    assert point.status == "different" and point.severity == "major"
    assert "1,000 times" in point.detail
    with using("es"):
        _result, point = _main_point(Case(title="Azúcar", opinions=[ruiz, paz]))
    assert ("revisen juntos «Metformina 1.000 mg cada 12 horas»: la Dra. Ruiz escribió "
            in point.question)  # the article in lower case inside the sentence


def test_the_case_says_the_language_when_the_opinion_does_not():
    ruiz = _opinion("Dra. Elena Ruiz", "Metformina 1.000 mg", diagnosis="DM2")
    paz = _opinion("Dr. Luis Paz", "Metformina 1000 mg", diagnosis="DM2")
    case = Case(title="Azúcar", concern="Tengo la glucosa alta desde hace un año y no sé qué hacer",
                opinions=[ruiz, paz])
    assert grouping(case, ruiz) == POINT
    assert _main_point(case)[1].status == "same"
    case.concern = ""
    assert grouping(case, ruiz) == NOTHING
    assert _main_point(case)[1].maybe_same


@pytest.mark.parametrize(("a", "b"), [
    ("Metformin 1.000 mg", "Metformin 1000 mg"),  # a thousand, or 1 mg written with decimals
    ("Metformin 1.000 mg", "Metformin 1 mg"),  # never "the same" on one reading alone
    ("Metformin 1,000 mg", "Metformin 1 g"),
    ("Metformin 1,000 mg", "Metformin 1.000 mg"),  # two writers of unknown ways: 1000 or 1 each
    ("Vitamin D 2.500 UI", "Vitamin D 2500 units"),
    ("Vitamin D 2.500 UI", "Vitamin D 2.5 units"),
])
def test_where_nothing_says_how_the_writer_groups_the_program_cannot_tell(a, b):
    result, point = _two_doctors(a, b)
    assert point.status == "maybe_same" and point.differs
    assert "can mean" in point.detail
    assert "cannot tell" in point.question
    assert result.summary.plan == "partly"  # neither "the same" nor "different"


def test_the_same_figures_from_both_doctors_are_the_same():
    assert _two_doctors("Metformin 1.000 mg", "Metformin 1.000 mg")[1].status == "same"


def test_an_unsure_writing_against_a_dose_it_cannot_mean_is_a_difference_without_a_factor():
    _result, point = _two_doctors("Metformin 1.000 mg", "Metformin 500 mg")
    assert point.status == "different"
    assert "can mean 1,000 mg or 1 mg" in point.detail and "times" not in point.detail


def test_an_english_opinion_groups_with_the_comma():
    english = dict(rationale="The sugar is still high after the diet and the exercise")
    hale = _opinion("Dr Robert Hale", "Metformin 1,000 mg twice daily", **english)
    osei = _opinion("Dr Amara Osei", "Metformin 1000 mg twice daily", **english)
    assert _main_point(Case(title="Sugar", opinions=[hale, osei]))[1].status == "same"
    osei.recommendations[0].treatment = "Metformin 1 mg twice daily"
    point = _main_point(Case(title="Sugar", opinions=[hale, osei]))[1]
    assert point.status == "different" and "1,000 times" in point.detail
    # The point is not how English writes a thousand: 1 mg with decimals, or a thousand.
    hale.recommendations[0].treatment = "Metformin 1.000 mg twice daily"
    assert _main_point(Case(title="Sugar", opinions=[hale, osei]))[1].maybe_same


def test_a_decimal_comma_in_one_opinion_makes_its_point_a_thousands_mark():
    """Mixed within one opinion: "1.000 mg" beside "0,5 g" is the Spanish way."""
    ruiz = _opinion("Dra. Elena Ruiz", "Metformina 1.000 mg", "Paracetamol 0,5 g")
    hale = _opinion("Dr Robert Hale", "Metformina 1000 mg", "Paracetamol 500 mg")
    _result, point = _main_point(Case(title="X", opinions=[ruiz, hale]))
    assert point.status == "same"


@pytest.mark.parametrize(("a", "b"), [
    ("Metformin 1.000,5 mg", "Metformin 1000.5 mg"),
    ("Metformin 1,000.5 mg", "Metformin 1.000,5 mg"),
    ("Insulin glargine 1 000 units", "Insulin glargine 1000 units"),
    ("Vitamin D 10.000.000 UI", "Vitamin D 10,000,000 units"),
])
def test_amounts_that_read_one_way_only_agree_whoever_wrote_them(a, b):
    assert _two_doctors(a, b)[1].status == "same"


def test_the_terminal_says_what_to_check_in_english_and_spanish():
    case = Case(title="X", opinions=[_opinion("Dr Robert Hale", "Metformin 1.000 mg"),
                                     _opinion("Dra. Elena Ruiz", "Metformin 1000 mg")],
                questions=[Question(text="")])
    result, _point = _main_point(case)
    text = " ".join(format_comparison_text(case, result).split())
    assert "* Main recommendation: may be the same" in text
    assert ("What to check: Dr Hale wrote 1.000 mg (can mean 1,000 mg or 1 mg), Dra. Ruiz "
            "1,000 mg (milligrams)") in text
    with using("es"):
        result, _point = _main_point(case)
        text = " ".join(format_comparison_text(case, result).split())
    assert "puede que sea lo mismo" in text
    # after the colon the article is in lower case, as in the question
    assert ("Qué comprobar: el Dr Hale escribió 1.000 mg (puede ser 1,000 mg o 1 mg); la Dra. "
            "Ruiz, 1,000 mg (miligramos)") in text
    assert "el programa no puede saber si el Dr Hale y la Dra. Ruiz" in text
    # quoted in the question, after a colon, the article is in lower case
    assert "(por ejemplo, «mil miligramos»): el Dr Hale escribió 1.000 mg" in text


# --- properties ---------------------------------------------------------------------------------

def _english(value: Decimal, places: int) -> str:
    return f"{value:,.{places}f}"


def _spanish(value: Decimal, places: int) -> str:
    return _english(value, places).replace(",", "\0").replace(".", ",").replace("\0", ".")


def _spaced(value: Decimal, places: int) -> str:
    return _spanish(value, places).replace(".", " ")


STYLES = {"en": (_english, COMMA), "es": (_spanish, POINT), "space": (_spaced, POINT)}
_amounts = st.builds(lambda cents, places: (Decimal(cents) / 100, places),
                     st.integers(100, 10**9), st.sampled_from([0, 1, 2]))


def _written(draw: st.DrawFn, amount: tuple[Decimal, int]) -> tuple[str, frozenset[str]]:
    """A dose written in one style, with what is known of its writer: their way, or nothing."""
    value, places = amount
    style = draw(st.sampled_from(sorted(STYLES)))
    write, marks = STYLES[style]
    unit = draw(st.sampled_from(["mg", "units", "mcg"]))
    known = draw(st.sampled_from([marks, NOTHING]))
    return f"Drug {write(value.quantize(Decimal(1) / 10**places), places)} {unit}", known


@settings(max_examples=300, deadline=None)
@given(st.data(), _amounts)
def test_one_amount_written_two_ways_is_never_a_difference(data, amount):
    text_a, known_a = _written(data.draw, amount)
    text_b, known_b = _written(data.draw, amount)
    text_b = text_b.rsplit(" ", 1)[0] + " " + text_a.rsplit(" ", 1)[1]  # one unit
    assert units.differences(text_a, text_b, known_a, known_b) == []


@settings(max_examples=300, deadline=None)
@given(st.data(), _amounts, _amounts)
def test_two_different_amounts_are_never_the_same(data, first, second):
    if first[0].quantize(Decimal(1) / 10**first[1]) == second[0].quantize(
            Decimal(1) / 10**second[1]):
        return
    text_a, known_a = _written(data.draw, first)
    text_b, known_b = _written(data.draw, second)
    text_b = text_b.rsplit(" ", 1)[0] + " " + text_a.rsplit(" ", 1)[1]
    assert not units.same_facts(text_a, text_b, known_a, known_b)
    assert (units.differences(text_a, text_b, known_a, known_b)
            or units.unclear_doses(text_a, text_b, known_a, known_b))


@settings(max_examples=40, deadline=None)
@given(st.data(), _amounts, st.booleans())
def test_the_comparison_never_misleads_on_a_dose_written_two_ways(data, amount, other):
    """Through the engine, opinions in each language: the same amount is never a difference,
    another amount never the same."""
    value, places = amount
    second = data.draw(_amounts) if other else amount
    same = value.quantize(Decimal(1) / 10**places) == second[0].quantize(
        Decimal(1) / 10**second[1])
    text_a, _known = _written(data.draw, amount)
    text_b, _known = _written(data.draw, second)
    text_b = text_b.rsplit(" ", 1)[0] + " " + text_a.rsplit(" ", 1)[1]
    rationale = data.draw(st.sampled_from(["", "The sugar is still high after the diet",
                                           "La glucosa sigue alta con la dieta"]))
    case = Case(title="X", opinions=[_opinion("Dr A Hale", text_a, rationale=rationale),
                                     _opinion("Dr B Osei", text_b, rationale=rationale)])
    status = _main_point(case)[1].status  # the language from the rationale, or none
    assert status != ("different" if same else "same")
