# SPDX-License-Identifier: GPL-3.0-or-later
"""An insulin mixed ready of a quick and a slow one is another insulin than the quick one
alone. "NovoMix 30" is "biphasic insulin aspart 30" and "NovoRapid" is "insulin aspart": the
mixed one's name holds the other's, so it had read as the same insulin said more exactly
("refined"), as had Humalog Mix25 against Humalog."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import options, units
from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.model import Case, Opinion, Physician, Recommendation
from secondop_desktop.i18n import using
from tests.domain.two_doctors import both_ways, main_plans, shared_option


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("NovoRapid 8 units with meals", "NovoMix 30 8 units with meals"),
    ("Insulin aspart 8 units", "NovoMix 30 8 units"),
    ("Humalog 10 units", "Humalog Mix25 10 units"),
    ("Insulin lispro 10 units", "Humalog Mix 50 10 units"),
    ("Insulin aspart 8 units", "Biphasic insulin aspart 8 units"),
    ("Actrapid 10 units", "Mixtard 30 10 units"),
]))
def test_a_mixed_insulin_is_not_the_quick_one_alone(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("NovoMix 30 20 units bd", "NovoMix 30 20 units twice daily"),
    ("Humulin M3 20 units in the morning", "Humulin M3 20 units mane"),
]))
def test_one_mixed_insulin_written_two_ways_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_mixing_a_powder_is_no_mixed_insulin() -> None:
    assert "premixed" not in units.product_variant("Movicol 1 sachet mixed in water")
    assert "premixed" in units.product_variant("Humalog Mix25 10 units")


@pytest.mark.parametrize(("a", "b"), [
    ("NovoRapid 8 units with meals", "NovoMix 30 8 units with meals"),
    ("Quetiapine 50 mg at night", "Quetiapine XL 50 mg at night"),
])
def test_another_product_weighs_as_another_dose_does(a: str, b: str) -> None:
    # (a recommendation beside the main one: another product had weighed "minor", where a
    # dose or time of day written differently weighs "major")
    lee = Opinion(physician=Physician(name="Dr Ann Lee"), recommendations=[
        Recommendation(treatment="Physiotherapy", preferred=True),
        Recommendation(treatment=a, category="medication")])
    kim = Opinion(physician=Physician(name="Dr Bo Kim"), recommendations=[
        Recommendation(treatment="Physiotherapy", preferred=True),
        Recommendation(treatment=b, category="medication")])
    result = compare_opinions(Case(title="Two doctors", opinions=[lee, kim]), lee.id, kim.id)
    (point,) = [p for p in result.points if p.topic == "recommendation" and p.status != "same"]
    assert (point.status, point.severity) == ("different", "major")


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("NovoRapid 8 units with meals", "NovoMix 30 8 units with meals",
     "which product: Dr Lee wrote an insulin on its own, Dr Kim a mixed insulin (quick and "
     "slow together)"),
    ("Quetiapine 50 mg at night", "Quetiapine XL 50 mg at night",
     "which product: Dr Lee wrote the usual release, Dr Kim modified release"),
    ("Calpol 5 ml four times a day", "Calpol Six Plus 5 ml four times a day",
     "which product: Dr Lee wrote no variant, Dr Kim “Six Plus”"),
])
def test_another_product_says_which(a: str, b: str, detail: str) -> None:
    # (another product had differed with no words to say how)
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)


def test_which_product_has_spanish_words_and_a_mark_among_the_options() -> None:
    with using("es"):
        (found,) = units.product_differences("quetiapina 50 mg",
                                             "quetiapina liberación prolongada 50 mg")
        assert found.words("el Dr Lee", "el Dr Kim") == (
            "qué producto: el Dr Lee escribió liberación normal; el Dr Kim, liberación "
            "modificada")
    # the options page had put NovoRapid and NovoMix 30 under one option, each doctor "named
    # it", with nothing to say they are two insulins
    option = shared_option("NovoRapid 8 units with meals", "NovoMix 30 8 units with meals")
    assert [gap.kind for gap in option.gaps] == ["product"]
    assert option.gap_mark() == "≠ Same medicine, another product"


def test_two_products_of_one_medicine_are_each_named_among_the_options() -> None:
    # (the option was labelled with the first doctor's product alone, "NovoRapid", and said
    # "named by Dr Lee, Dr Kim")
    for a, b, label in (
            ("NovoRapid 8 units with meals", "NovoMix 30 8 units with meals",
             "NovoRapid / NovoMix 30"),
            ("Calpol 5 ml four times a day", "Calpol Six Plus 5 ml four times a day",
             "Calpol / Calpol Six Plus")):
        lee = Opinion(physician=Physician(name="Dr Ann Lee"), recommendations=[
            Recommendation(treatment=a, category="medication")])
        kim = Opinion(physician=Physician(name="Dr Bo Kim"), recommendations=[
            Recommendation(treatment=b, category="medication")])
        found = options.gather_options(Case(opinions=[lee, kim]), include_own=False)
        assert [o.label for o in found] == [label]
