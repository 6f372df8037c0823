# SPDX-License-Identifier: GPL-3.0-or-later
"""A mineral's dose against the dose of a salt of it is no "times the other".

"Calcium 500 mg twice daily" against "calcium carbonate 1.25 g twice daily" said "Dr Lee wrote
500 mg, Dr Kim 1.25 g (one is 2.5 times the other)", though 1.25 g of calcium carbonate holds
500 mg of calcium: the one may be the very dose of the other (11th session). The salt's weight
is not the mineral's, so the row, its question and the options grid give both doses without a
ratio, and say what the salted one is of, in the doctor's words."""

from __future__ import annotations

import pytest

from secondop_desktop import i18n
from secondop_desktop.domain.plan_match import shares_treatment
from tests.domain.two_doctors import both_ways, main_plans, shared_option


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Calcium 500 mg twice daily", "Calcium carbonate 1.25 g twice daily"),
    ("calcium 500mg BD", "calcium carbonate 1250 mg BD"),
    ("potasio 600 mg dos veces al día", "cloruro de potasio 1200 mg dos veces al día"),
    ("calcio 500 mg cada 12 horas", "carbonato de calcio 1,25 g cada 12 horas"),
]))
def test_no_ratio_between_a_mineral_and_its_salt(a: str, b: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status == "different"
    assert "times the other" not in point.detail
    salted = a if any(w in a.lower() for w in ("carbonat", "cloruro")) else b
    salt = next(w for w in ("Calcium carbonate", "calcium carbonate", "cloruro de potasio",
                            "carbonato de calcio") if w in salted)
    assert f"of {salt}" in point.detail  # what that dose is of, as the doctor wrote it
    assert f"of {salt}" in point.question
    assert "times the other" not in point.question


def test_the_options_grid_gives_both_doses_without_a_ratio() -> None:
    option = shared_option("Calcium 500 mg twice daily", "Calcium carbonate 1.25 g twice daily")
    [gap] = option.gaps
    assert gap.difference.kind == "dose"
    assert gap.difference.factor == 0.0
    assert gap.difference.b == "1.25 g (grams) of Calcium carbonate"  # as written


def test_in_spanish_the_salt_is_said_in_spanish_words() -> None:
    with i18n.using("es"):
        point = main_plans("Calcium 500 mg twice daily", "Calcium carbonate 1.25 g twice daily",
                           "medication")
    assert "de Calcium carbonate" in point.detail
    assert "veces" not in point.detail


@pytest.mark.parametrize(("a", "b", "ratio"), [
    # one salt on both sides, or the mineral alone on both: doses of one thing, as before
    ("calcium carbonate 1.25 g BD", "calcium carbonate 2.5 g BD", "one is 2 times the other"),
    ("calcium 500 mg BD", "calcium 1.5 g BD", "one is 3 times the other"),
])
def test_doses_of_one_thing_keep_their_ratio(a: str, b: str, ratio: str) -> None:
    assert ratio in main_plans(a, b, "medication").detail


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("magnesium 400 mg daily", "magnesium oxide 400 mg daily"),
    ("Calcium 500 mg daily", "calcium carbonate 500 mg daily"),
]))
def test_the_same_weight_of_a_mineral_and_of_its_salt_may_be_two_doses(a: str, b: str) -> None:
    # (it had read as one saying more exactly, as if agreed: 400 mg of magnesium oxide holds
    # less magnesium than 400 mg of magnesium, or is the same tablet loosely named)
    assert shares_treatment(a, b)
    point = main_plans(a, b, "medication")
    assert (point.status, point.read_two_ways) == ("maybe_same", "dose")
    assert "(milligrams) of magnesium oxide" in point.detail or (
        "(milligrams) of calcium carbonate" in point.detail)
    assert point.question.startswith("Ask both doctors whether the dose of ")
    assert "the weight of the mineral itself or of the salt it comes as" in point.question


def test_a_weight_said_to_be_the_minerals_own_differs_from_the_salts() -> None:
    point = main_plans("calcium carbonate 1250 mg twice daily",
                       "elemental calcium 1250 mg twice daily", "medication")
    assert (point.status, point.detail) == (
        "different", "Dr Lee wrote 1,250 mg (milligrams) of calcium carbonate, Dr Kim 1,250 mg "
        "(milligrams)")


def test_a_dose_in_mmol_is_the_minerals_in_both() -> None:
    # (24 mmol of potassium chloride holds 24 mmol of potassium)
    assert main_plans("potassium 24 mmol daily", "potassium chloride 24 mmol daily",
                      "medication").status == "refined"


def test_the_question_is_asked_in_spanish() -> None:
    with i18n.using("es"):
        point = main_plans("magnesio 400 mg al día", "óxido de magnesio 400 mg al día",
                           "medication")
    assert point.question.startswith("Pregunte a los dos médicos si la dosis de ")


@pytest.mark.parametrize(("a", "b", "status"), [
    # Spain's "carbonato cálcico", the mineral as an adjective, and "magnesio" alone had named
    # no medicine the other's words shared
    ("calcio 500 mg al día", "carbonato cálcico 500 mg al día", "maybe_same"),
    ("carbonato cálcico 1,25 g", "carbonato de calcio 1250 mg", "same"),
    ("calcium carbonate 1.25 g", "carbonato cálcico 1,25 g", "same"),
    ("magnesio 400 mg al día", "óxido de magnesio 400 mg al día", "maybe_same"),
    ("calcio 500 mg cada 12 horas", "carbonato cálcico 1,25 g cada 12 horas", "different"),
])
def test_spanish_salts_are_the_salts_they_name(a: str, b: str, status: str) -> None:
    assert main_plans(a, b, "medication").status == status
    assert main_plans(b, a, "medication").status == status


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Ferrous sulfate 325 mg daily", "Ferrous sulfate 65 mg elemental iron daily",
     "Dr Lee wrote 325 mg (milligrams) of Ferrous sulfate, Dr Kim 65 mg (milligrams) of "
     "elemental iron"),
    ("Ferrous sulphate 200 mg three times a day",
     "Ferrous sulphate 65 mg iron three times a day",
     "Dr Lee wrote 200 mg (milligrams) of Ferrous sulphate, Dr Kim 65 mg (milligrams) of iron"),
    ("Sulfato ferroso 325 mg al día", "Sulfato ferroso 80 mg de hierro al día",
     "Dr Lee wrote 325 mg (milligrams) of Sulfato ferroso, Dr Kim 80 mg (milligrams) of hierro"),
])
def test_a_salts_weight_against_the_minerals_in_it_says_what_each_is_of(
        a: str, b: str, detail: str) -> None:
    # (eighteenth session) both name the salt, one gives its dose as the iron in it: "one is
    # 5 times the other" had read as five times the medicine
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Iron 65 mg daily", "Ferrous sulfate 325 mg daily"),
    ("Hierro 80 mg al día", "Sulfato ferroso 325 mg al día"),
]))
def test_iron_with_a_dose_is_the_iron_a_salt_gives(a: str, b: str) -> None:
    # "Iron 65 mg daily" against "ferrous sulfate 325 mg daily" had been two treatments, with
    # "why this treatment first?"; now one medicine at doses of two weights
    point = main_plans(a, b, "medication")
    assert point.status == "different"
    assert "of Ferrous sulfate" in point.detail or "of Sulfato ferroso" in point.detail
    assert "times the other" not in point.detail
    # an iron infusion stays a treatment of its own
    assert main_plans("IV iron", "Ferrous sulfate 200 mg daily", "medication").detail == ""


@pytest.mark.parametrize(("a", "b", "status", "detail"), [
    ("Ferrous fumarate 210 mg twice daily", "Ferrous fumarate 210 mg (65 mg iron) twice daily",
     "same", ""),
    ("Ferrous fumarate 210 mg (65 mg iron) twice daily", "Iron 65 mg twice daily", "refined", ""),
    ("Sulfato ferroso 325 mg (65 mg de hierro elemental) al día", "Hierro 65 mg al día",
     "refined", ""),
    ("Calcium carbonate 1.25 g (500 mg calcium) twice daily", "Calcium 500 mg twice daily",
     "refined", ""),
    ("Ferrous fumarate 210 mg (65 mg iron) twice daily", "Iron 100 mg twice daily", "different",
     "Dr Lee wrote 65 mg (milligrams), Dr Kim 100 mg (milligrams) (one is 1.5 times the other)"),
    ("Ferrous fumarate 210 mg (65 mg iron) twice daily", "Ferrous fumarate 322 mg twice daily",
     "different",
     "Dr Lee wrote 210 mg (milligrams), Dr Kim 322 mg (milligrams) (one is 1.5 times the other)"),
])
def test_the_mineral_a_dose_holds_in_brackets_is_no_dose_besides(
        a: str, b: str, status: str, detail: str) -> None:
    # "ferrous fumarate 210 mg (65 mg iron)" had read as two doses, "210 mg + 65 mg"; it is
    # the salt's dose and the iron in it, set against a dose of iron alone
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y, "medication")
        assert point.status == status
        assert " + " not in point.detail
    assert main_plans(a, b, "medication").detail == detail


def test_the_options_grid_has_iron_and_its_salt_as_one_option() -> None:
    option = shared_option("Iron 65 mg daily", "Ferrous sulfate 325 mg daily")
    [gap] = option.gaps
    assert (gap.difference.kind, gap.difference.factor) == ("dose", 0.0)
    assert gap.difference.b == "325 mg (milligrams) of Ferrous sulfate"
    with pytest.raises(StopIteration):  # an iron infusion is an option of its own
        shared_option("IV iron", "Ferrous sulfate 200 mg daily")
