# SPDX-License-Identifier: GPL-3.0-or-later
"""A prostate cancer's treatments and tests in Spanish ("prostatectomía radical", "braquiterapia",
"resonancia multiparamétrica", "Decapeptyl trimestral", a radiotherapy's "sesiones") had each
read as another plan; and its hormone therapy is androgen deprivation (NHS "Prostate
cancer")."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Prostatectomía radical", "Radical prostatectomy"),
    ("Braquiterapia", "Brachytherapy"),
    ("Resonancia multiparamétrica de próstata", "Prostate mpMRI"),
    ("Radioterapia externa 20 sesiones", "External beam radiotherapy 20 fractions"),
]))
def test_one_plan_in_two_languages(a: str, b: str) -> None:
    assert main_plans(a, b).status == "same"


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Decapeptyl trimestral", "Triptorelin 11.25 mg every 3 months", "refined"),
    ("Goserelina cada 3 meses", "Zoladex 10.8 mg every 12 weeks", "maybe_same"),
    ("Hormonoterapia", "ADT", "refined"),
    ("Radioterapia externa 20 sesiones", "External beam radiotherapy 39 fractions", "different"),
    ("Fisioterapia 10 sesiones", "Physiotherapy 10 fractions", "different"),
])
def test_medicines_and_rhythms(a: str, b: str, status: str) -> None:
    assert main_plans(a, b, "medication").status == main_plans(b, a, "medication").status == status


def test_spanish_rhythms_of_months() -> None:
    assert units.read("PSA semestral").frequency == "every 6 months"
    assert units.read("PSA bimestral").frequency == "every 2 months"
    assert units.read("PSA trimestral").frequency == "every three months"
    assert units.read("PSA semestral").per_day == units.read("PSA cada 6 meses").per_day
