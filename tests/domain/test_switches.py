# SPDX-License-Identifier: GPL-3.0-or-later
"""One medicine for another, however said, read as "stop X, start Y" (domain/switches.py): two
doctors who switch the same way agree, and are never asked why one advises against what the
other recommends; a switch the other way, or staying on the first, stays a difference."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.switches import written_out
from tests.domain.two_doctors import main_plans


@pytest.mark.parametrize(("said", "written"), [
    ("Switch from Lipitor 20mg to rosuvastatin 10mg daily",
     "stop lipitor, start rosuvastatin 10mg daily"),
    ("swap omeprazole for lansoprazole 30mg each morning",
     "stop omeprazole, start lansoprazole 30mg each morning"),
    ("replace NSAID with paracetamol", "stop nsaid, start paracetamol"),
    ("come off warfarin and start Eliquis 5 mg BD", "stop warfarin, start eliquis 5 mg bd"),
    ("lansoprazole 30 mg every morning instead of omeprazole",
     "stop omeprazole, start lansoprazole 30 mg every morning"),
    ("Cambiar enalapril por losartán 50 mg al día", "stop enalapril, start losartan 50 mg al dia"),
    ("pasar de omeprazol a pantoprazol", "stop omeprazol, start pantoprazol"),
    # the same medicine in another form goes on
    ("change methotrexate to injection", "methotrexate as injection"),
    ("switch levothyroxine from tablets to oral solution",
     "levothyroxine as oral solution"),
    ("change follow-up from in-person to telephone review",
     "follow-up, stop in-person, start telephone review"),
])
def test_a_switch_is_written_stop_and_start(said: str, written: str) -> None:
    assert written_out(said) == written


@pytest.mark.parametrize("said", [
    "change the dose to 20 mg", "switch to twice daily", "Metformin 500 mg twice daily",
    "stay on amlodipine",
])
def test_a_change_of_dose_or_rhythm_is_no_switch(said: str) -> None:
    assert written_out(said) == said


def _both_ways(a: str, b: str) -> tuple[str, str]:
    return (main_plans(a, b, "medication").status, main_plans(b, a, "medication").status)


@pytest.mark.parametrize(("a", "b"), [
    ("Switch from Lipitor 20mg to rosuvastatin 10mg daily",
     "stop atorvastatin 20 mg, start Crestor 10 mg once a day"),
    ("change warfarin to apixaban 5mg twice daily", "come off warfarin and start Eliquis 5 mg BD"),
    ("swap omeprazole for lansoprazole 30mg each morning",
     "lansoprazole 30 mg every morning instead of omeprazole"),
    ("Cambiar enalapril por losartán 50 mg al día", "switch enalapril to losartan 50mg daily"),
    ("Swap amlodipine for ramipril", "Switch from amlodipine to ramipril"),
])
def test_one_switch_said_two_ways_is_the_same(a: str, b: str) -> None:
    assert _both_ways(a, b) == ("same", "same")
    assert "advises against" not in main_plans(a, b, "medication").question


@pytest.mark.parametrize(("a", "b"), [
    ("Swap losartan for ramipril", "Swap ramipril for losartan"),
    ("Swap amlodipine for ramipril", "Stay on amlodipine"),
    ("switch warfarin to apixaban", "switch warfarin to rivaroxaban"),
    ("switch atorvastatin to rosuvastatin 10mg", "switch atorvastatin to rosuvastatin 20mg"),
])
def test_a_switch_the_other_way_or_to_another_stays_a_difference(a: str, b: str) -> None:
    assert "same" not in _both_ways(a, b) and "refined" not in _both_ways(a, b)


def test_the_dose_of_the_medicine_stopped_is_not_a_dose_given() -> None:
    # it had read as 20 mg + 10 mg against 10 mg, "one is 3 times the other"
    point = main_plans("stop atorvastatin 20 mg, start rosuvastatin 10 mg",
                       "switch atorvastatin to rosuvastatin 10 mg", "medication")
    assert point.status == "same" and "times" not in point.detail
