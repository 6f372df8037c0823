# SPDX-License-Identifier: GPL-3.0-or-later
"""So many puffs of an inhaler against an amount (7 December, sixteenth session):
"Salbutamol 2 puffs qds prn" against "Salbutamol 200 micrograms qds prn" read as two
treatments with no detail. Two puffs of 100 micrograms each are 200 micrograms; nothing says
what a puff gives, so the two may be the same, and the question asks what one puff gives (as
tablets against an amount ask what a tablet holds)."""

from __future__ import annotations

from secondop_desktop import i18n
from tests.domain.two_doctors import main_plans


def test_puffs_against_micrograms_may_be_the_same() -> None:
    point = main_plans("Salbutamol 2 puffs qds prn", "Salbutamol 200 micrograms qds prn",
                       "medication")
    assert point.status == "maybe_same"
    assert point.detail == "Dr Lee wrote 2 puffs, Dr Kim 200 mcg (micrograms)"
    assert point.question.startswith("Ask both doctors how much one puff of ")


def test_tablets_still_ask_what_a_tablet_holds() -> None:
    point = main_plans("Paracetamol 2 tablets qds", "Paracetamol 1 g qds", "medication")
    assert point.question.startswith("Ask both doctors how much one tablet or capsule of ")


def test_the_puff_question_in_spanish() -> None:
    with i18n.using("es"):
        point = main_plans("Salbutamol 2 puffs qds prn", "Salbutamol 200 micrograms qds prn",
                           "medication")
    assert point.question.startswith("Pídales a los dos médicos que le digan cuánto da una "
                                     "inhalación de ")
