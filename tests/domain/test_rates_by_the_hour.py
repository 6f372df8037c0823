# SPDX-License-Identifier: GPL-3.0-or-later
"""A dose given as a rate by the hour, as a drip or a pump is written ("heparin 1000 units/hr",
"morphine 2 mg an hour", "por hora"). Against the same amount once a day it had read as one
doctor saying the same more exactly, where one gives 24 times the other in a day."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize("text", [
    "Heparin 1000 units/hr", "Heparin 1000 units per hour", "Morphine 2 mg an hour",
    "Morfina 2 mg por hora", "Insulina 1 unidad a la hora", "Fentanyl 25 mcg/h patch",
])
def test_a_rate_by_the_hour_is_read(text: str) -> None:
    assert units.read(text).per_hour


@pytest.mark.parametrize("text", [
    "Paracetamol 1 g every 6 hours", "Walk 1 hour a day", "Morphine 10 mg",
    "Take 1 hour before food",
])
def test_other_hours_are_no_rate(text: str) -> None:
    assert not units.read(text).per_hour


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Heparin 1000 units an hour", "Heparin 1000 units a day"),
    ("Heparin 1000 units/hr", "Heparin 1000 units daily"),
    ("Morfina 2 mg por hora", "Morfina 2 mg cada 4 horas"),
]))
def test_a_rate_by_the_hour_against_doses_a_day_is_another_rhythm(a: str, b: str) -> None:
    point = main_plans(a, b, "medication")
    assert point.status == "different"
    assert "how often:" in point.detail


def test_the_rhythm_is_said_plainly() -> None:
    point = main_plans("Heparin 1000 units/hr", "Heparin 1000 units once a day", "medication")
    assert point.detail == ("how often: Dr Lee wrote by the hour (a rate), Dr Kim once a day")


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Heparin 1000 units an hour", "Heparin 1000 units per hour", "same"),
    ("Morphine 2 mg an hour", "Morphine 2 mg/hr", "same"),
    ("Heparin 1000 units per hour", "Heparin 1200 units per hour", "different"),
    # a patch's strength by the hour, changed every three days, both ways of saying when
    ("Fentanyl 25 mcg/hr patch every 72 hours", "Fentanyl 25 mcg/hr patch every 3 days", "same"),
])
def test_rates_by_the_hour_against_each_other(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "medication").status == status


def test_a_rate_against_an_amount_says_no_times_the_other() -> None:
    """"100 ml/hr" against "1 litre over 8 hours" had said "(one is 10 times the other)",
    setting a rate against a whole amount."""
    point = main_plans("IV fluids 100 ml/hr", "IV fluids 1 litre over 8 hours", "other")
    assert point.status == "different"
    assert point.detail == "Dr Lee wrote 100 mL (millilitres) an hour, Dr Kim 1 L (litres)"


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Oxygen 2 litres per minute", "Oxygen 2 L/min", "same"),
    ("Oxygen 2 litres per minute", "O2 at 2 L/min", "same"),
    ("Oxígeno 2 litros por minuto", "Oxygen 2 L/min", "same"),
    ("Oxygen 2 litres per minute", "Oxygen 4 L/min", "different"),
])
def test_a_flow_by_the_minute_however_written(a: str, b: str, status: str) -> None:
    """"/min" had stayed a word of its own against "per minute": two plans of one flow."""
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "other").status == status
