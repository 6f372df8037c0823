# SPDX-License-Identifier: GPL-3.0-or-later
"""The same dose at two or more times of the day, its amount written out each time, as
families copy a label: "metformin 500 mg in the morning and 500 mg in the evening" is
"metformin 500 mg twice a day". It had read as two doses taken once a day, and against "500 mg
twice a day" said "Dr Lee wrote 500 mg + 500 mg, Dr Kim 500 mg (one is 2 times the other);
how often: Dr Lee wrote once a day, Dr Kim twice a day", a difference the doctors never had."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Metformin 500 mg in the morning and 500 mg in the evening", "Metformin 500 mg bd"),
    ("Metformin 500 mg with breakfast and 500 mg with dinner",
     "Metformin 500 mg twice a day"),
    ("Insulin glargine 10 units in the morning and 10 units at night",
     "Insulin glargine 10 units twice daily"),
    ("Paracetamol 1 g with breakfast, 1 g with lunch and 1 g with dinner",
     "Paracetamol 1 g tds"),
    ("Metformina 500 mg por la mañana y 500 mg por la noche",
     "Metformina 500 mg dos veces al día"),
    ("Metformin 500 mg in the morning and 500 mg in the evening",
     "Metformin 500 mg morning and night"),
    # ("the evening meal" was no time: 500 mg + 500 mg once a day)
    ("Metformin 500 mg with breakfast and 500 mg with the evening meal",
     "Metformin 500 mg twice daily"),
]))
def test_one_dose_at_each_time_is_that_dose_so_many_times_a_day(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Metformin 500 mg in the morning and 500 mg in the evening",
     "Metformin 500 mg three times a day",
     "how often: Dr Lee wrote twice a day, Dr Kim three times a day"),
    ("Metformin 500 mg in the morning and 500 mg in the evening", "Metformin 1 g twice a day",
     "Dr Lee wrote 500 mg (milligrams), Dr Kim 1 g (grams)"),
    ("Insulin 10 units in the morning and 10 units at night", "Insulin 10 units at night",
     "how often: Dr Lee wrote twice a day, Dr Kim once a day"),
])
def test_another_rhythm_or_dose_still_differs_and_says_what(a: str, b: str, detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status == "different"
    assert detail in point.detail
    assert "+" not in point.detail


@pytest.mark.parametrize(("text", "per_day", "amounts"), [
    ("Metformin 500 mg in the morning then 500 mg at night", 2.0, [500.0]),
    ("1 tablet in the morning and 1 at night", 2.0, [1.0]),
    ("Metformina 500 mg en el desayuno y 500 mg en la cena", 2.0, [500.0]),
    # two medicines, each once: not one dose twice
    ("Aspirin 75 mg in the morning and clopidogrel 75 mg in the morning", 1.0, [75.0, 75.0]),
    # another dose at each time: both kept, each once a day, so twice a day in all
    ("Prednisolone 10 mg in the morning and 5 mg at night", 2.0, [10.0, 5.0]),
    ("Novomix 30 20 units in the morning and 14 units in the evening", 2.0, [20.0, 14.0]),
])
def test_what_is_read_as_one_dose_at_times(text: str, per_day: float,
                                           amounts: list[float]) -> None:
    facts = units.read(text)
    assert facts.per_day == per_day
    assert [d.amount for d in facts.doses] == amounts


@pytest.mark.parametrize(("a", "b", "status", "detail"), [
    # "how often: Dr Lee wrote once a day, Dr Kim twice a day" had been said of these
    ("Novomix 30 20 units in the morning and 14 units in the evening", "Novomix 30 twice daily",
     "refined", ""),
    # (the day's two doses come to the other's one: said so, 6 December, fourth session)
    ("Prednisolone 10 mg in the morning and 5 mg at night", "Prednisolone 15 mg daily",
     "different", "Dr Lee wrote 10 mg (milligrams) + 5 mg (milligrams), Dr Kim 15 mg "
     "(milligrams) (the same in a day: 15 mg (milligrams)); how often: Dr Lee wrote twice a "
     "day, Dr Kim once a day"),
    ("Prednisolone 10 mg in the morning and 5 mg at night",
     "Prednisolone 10 mg mane and 5 mg nocte", "same", ""),
    # each dose once a day: 1.5 g in the day, within a most of 4 g, above one of 1 g
    ("Paracetamol 1 g in the morning and 500 mg at night", "Paracetamol max 4 g a day",
     "refined", ""),
    ("Paracetamol 1 g in the morning and 500 mg at night", "Paracetamol max 1 g a day",
     "different", "Dr Lee wrote 1 g (grams) + 500 mg (milligrams), Dr Kim at most 1 g (grams) "
     "a day"),
])
def test_another_dose_at_each_time_is_each_once_a_day(a: str, b: str, status: str,
                                                      detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == (status, detail)


@pytest.mark.parametrize(("a", "b", "detail"), [
    # (it had said "in what order: Dr Lee wrote 25 mg, once a day, 50 mg, once a day, Dr Kim
    # 50 mg, once a day, 25 mg, once a day": which dose was at which time went unsaid)
    ("Quetiapine 25 mg in the morning and 50 mg at night",
     "Quetiapine 50 mg in the morning and 25 mg at night",
     "which dose when: Dr Lee wrote 25 mg in the morning, 50 mg at night; Dr Kim 50 mg in the "
     "morning, 25 mg at night"),
    ("Quetiapine 25 mg OM and 50 mg ON", "quetiapine 25 mg at night and 50 mg in the morning",
     "which dose when: Dr Lee wrote 25 mg in the morning, 50 mg at night; Dr Kim 25 mg at "
     "night, 50 mg in the morning"),
    ("Prednisolone 20 mg in the morning and 10 mg at lunchtime",
     "Prednisolone 10 mg in the morning and 20 mg at lunchtime",
     "which dose when: Dr Lee wrote 20 mg in the morning, 10 mg at midday; Dr Kim 10 mg in the "
     "morning, 20 mg at midday"),
    # rhythms alone, in another order: the order is the difference (said as each doctor's
    # rhythms in turn since the eighteenth session)
    ("Prednisolone bd for 2 days then od", "Prednisolone od for 2 days then bd",
     "how often: Dr Lee wrote twice a day then once a day, Dr Kim once a day then twice a day"),
    # one dose after another, each at night: a step up against a step down
    ("Mirtazapine 15 mg at night for a week then 30 mg at night",
     "Mirtazapine 30 mg at night for a week then 15 mg at night",
     "in what order: Dr Lee wrote 15 mg at night, 30 mg at night; Dr Kim 30 mg at night, "
     "15 mg at night"),
])
def test_two_doses_swapped_between_times_say_which_dose_when(a: str, b: str,
                                                            detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)
    assert main_plans(b, a, "medication").status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # (it had said "in what order", a difference the doctors never had)
    ("Prednisolone 10 mg in the morning and 5 mg at night",
     "Prednisolone 5 mg at night and 10 mg in the morning"),
    ("Quetiapine 25 mg OM and 50 mg ON", "quetiapine 50 mg at bedtime and 25 mg in the morning"),
]))
def test_one_days_doses_in_another_order_are_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


def test_which_dose_when_is_said_in_spanish() -> None:
    from secondop_desktop.i18n import using

    with using("es"):
        point = main_plans("Quetiapina 25 mg por la mañana y 50 mg por la noche",
                           "Quetiapina 50 mg por la mañana y 25 mg por la noche", "medication")
    assert point.detail == ("qué dosis cuándo: el Dr Lee escribió 25 mg por la mañana, 50 mg "
                            "por la noche; el Dr Kim, 50 mg por la mañana, 25 mg por la noche")
