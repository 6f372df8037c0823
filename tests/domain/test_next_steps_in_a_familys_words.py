# SPDX-License-Identifier: GPL-3.0-or-later
"""Next steps as a family notes them against a letter's (7 December, thirteenth session): the
next visit however said, and a specialty by the part of the body its doctors treat."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, next_steps


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Blood test before next visit", "Bloods prior to clinic"),
    ("Bloods before your next appointment", "Blood test before clinic"),
    ("Bring your inhalers to the next appointment", "Bring inhalers to clinic"),
    ("Next visit in 3 months", "Review in 3 months"),
    ("Next appointment in 6 weeks", "Follow-up in 6 weeks"),
    ("See the kidney doctors", "Nephrology referral"),
    ("Referral to a lung doctor", "Respiratory medicine referral"),
    ("See a brain specialist", "Neurology referral"),
    ("Referral to a blood doctor", "Haematology referral"),
]))
def test_the_same_next_step_in_a_familys_words(a: str, b: str) -> None:
    assert next_steps(a, b).status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Next visit in 3 months", "Review in 6 months"),
    ("See the kidney doctors", "Urology referral"),
    ("Blood test before next visit", "Blood test after clinic"),
]))
def test_other_next_steps_still_differ(a: str, b: str) -> None:
    assert next_steps(a, b).status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # (fourteenth session) each had differed
    ("Back in 6 months", "Review in 6 months"),
    ("Check-up in 6 months", "Review in 6 months"),
    ("Review next week", "Review in 1 week"),
    ("No follow up needed", "Discharged"),
    ("Discharged", "No further follow-up"),
    ("Results by letter", "Results will be sent by post"),
    ("They will write to us", "Letter to follow"),
    ("MDT meeting to discuss", "Discuss at MDT"),
    # (fifteenth session) next week, month, year in Spanish: each had differed
    ("Control la semana que viene", "Review in 1 week"),
    ("Control la próxima semana", "Review next week"),
    ("Revisión el mes que viene", "Review in 1 month"),
    ("Control el próximo mes", "Control en un mes"),
]))
def test_the_same_next_step_as_a_family_notes_it(a: str, b: str) -> None:
    assert next_steps(a, b).status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Back in 6 months", "Review in 3 months"),
    ("Review next week", "Review next month"),
    ("No more chemo", "Discharged"),
    ("Back to work in 2 weeks", "Review in 2 weeks"),
    ("Control la semana que viene", "Review in 1 month"),
    ("Control la semana que viene", "Control en 2 semanas"),
]))
def test_next_steps_a_family_notes_apart_still_differ(a: str, b: str) -> None:
    assert next_steps(a, b).status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # (sixteenth session) each had differed
    ("Phone for results in 2 weeks", "Results by telephone in 14 days"),
    ("Back to the clinic in 6 weeks", "Outpatient review 6/52"),
    ("No need to come back", "Discharged"),
    ("Come back if it gets worse", "Re-attend if worsening"),
    ("MRI then see the surgeon", "MRI followed by surgical review"),
    ("Phone review in 2 weeks", "Telephone review in 2 weeks"),
]))
def test_next_steps_said_as_families_say_them(a: str, b: str) -> None:
    assert next_steps(a, b).status == "same"


@pytest.mark.parametrize(("a", "b"), [
    ("Clinic review in 2 weeks", "Telephone review in 2 weeks"),
    ("Back to the clinic in 6 weeks", "Telephone review in 6 weeks"),
])
def test_a_review_held_another_way_says_how(a: str, b: str) -> None:
    point = next_steps(a, b)
    assert (point.status, point.severity, point.detail) == (
        "different", "minor", "how the review is held: Dr Lee wrote in person, Dr Kim by "
        "telephone")


@pytest.mark.parametrize(("a", "b"), [
    ("No need to come back", "Review in 6 months"),
    ("See the surgeon", "See the oncologist"),
])
def test_what_stays_another_step(a: str, b: str) -> None:
    assert next_steps(a, b).status == "different"
