# SPDX-License-Identifier: GPL-3.0-or-later
"""A length of time however short or spoken: "150 min weekly" is "150 minutes a week", "walk
half an hour daily" is "walk 30 minutes a day", "media hora" is "30 minutos". They had read as
two main plans with no reason given, the commonest exercise advice among them."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import terms
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Exercise 150 minutes a week", "Exercise 150 min weekly"),
    ("Exercise 150 minutes a week", "Exercise 150 mins a week"),
    ("Walk 30 minutes a day", "Walk half an hour daily"),
    ("Walk 30 minutes a day", "Walking 30 min daily"),
    ("Walk 30 minutes every day", "walk 30min daily"),
    ("Swim 1.5 hrs a week", "Swim 1.5 hours a week"),
    ("Walk an hour and a half a week", "Walk 90 minutes a week"),
    ("Caminar 30 minutos al día", "Caminar media hora al día"),
    # "for" before so many minutes says nothing more: so long each time
    ("Walk for 30 minutes daily", "walk 30min every day"),
    ("Caminar durante 30 minutos al día", "Caminar 30 minutos al día"),
    # an hour, or an hour and a half, as the other doctor counts it in minutes
    ("Walk 1 hour a day", "Walk 60 minutes a day"),
    ("Exercise for an hour daily", "Exercise 60 minutes daily"),
    ("Walk 1 hr a day", "Walk 60 min a day"),
    ("Swim 1.5 hours a week", "Swim 90 minutes a week"),
    ("Walk 1 hour 30 minutes a day", "Walk 90 minutes a day"),
    ("Caminar una hora y media al día", "Caminar 90 minutos al día"),
    # whole days in hours are a length in days
    ("Keep the wound dry for 48 hours", "Keep wound dry for 2 days"),
    ("No driving x24h", "No driving for 1 day"),
    ("Caminar una hora al día", "Caminar 60 minutos al día"),
]))
def test_one_length_of_time_in_two_forms_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Walk 30 minutes a day", "Walk 45 minutes a day"),
    ("Exercise 150 min a week", "Exercise 90 minutes a week"),
    ("Walk half an hour a day", "Walk 20 minutes a day"),
    ("Caminar media hora al día", "Caminar 45 minutos al día"),
    ("Walk for 30 minutes daily", "Walk for 45 minutes daily"),
    ("Walk 1 hour a day", "Walk 30 minutes a day"),
]))
def test_two_lengths_of_time_stay_two(a: str, b: str) -> None:
    assert main_plans(a, b, "lifestyle").status == "different"


@pytest.mark.parametrize(("written", "read"), [
    ("min 2 litres a day", "min 2 liters a day"),  # before a number: a minimum
    ("every 4 hrs", "every 4 hours"),
    ("repeat in 30 mins", "repeat in 30 minutes"),
    ("15min", "15 minutes"),
    ("1,5 hrs", "90 minutes"),
    ("2 hrs", "2 hours"),
    ("caminar una hora y media", "walk 90 minutos"),  # ("caminar" is "walk")
    ("v2.5min", "v2.5min"),  # inside a word: left alone
    # an hour as a rate stays a rate: after a count, or so much an hour
    ("once an hour", "once an hour"),
    ("every 1 hour", "every 1 hour"),
    ("cada hora", "every hour"),  # (the Spanish folded to English, as before)
    ("1 drink an hour", "1 drink per hour"),
    # weeks, months and years written short, after a number only
    ("until 12 wks", "until 12 weeks"),
    ("for 1 wk", "for 1 week"),
    ("review in 3 mths", "review in 3 months"),
    ("6 mos", "6 months"),
    ("2 yrs", "2 years"),
    ("wks", "wks"),
])
def test_only_a_number_s_short_form_is_a_length_of_time(written: str, read: str) -> None:
    assert terms.canonical(written) == read


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Folic acid 400 micrograms daily until 12 weeks", "folic acid 0.4 mg once a day till 12 wks"),
    ("No swimming until the wound has healed", "no swimming til the wound has healed"),
    ("Salbutamol 2 puffs via spacer when wheezy", "Ventolin 2 puffs thru spacer if wheezing"),
    ("Salbutamol 2 puffs via spacer when wheezy", "Salbutamol 2 puffs with a spacer when wheezy"),
]))
def test_words_written_short_or_informally(a: str, b: str) -> None:
    """"till" and "til" are "until", "thru" is "through", an inhaler "with a spacer" is one
    "via spacer": each had made two plans of one."""
    category = "medication" if "puffs" in a or "acid" in a else "lifestyle"
    assert main_plans(a, b, category).status == "same"


@pytest.mark.parametrize(("a", "b", "status"), [
    ("no lifting >5kg x 6 wks", "no lifting more than 5 kg for 6 weeks", "same"),
    ("No lifting over 5 kg for 6 weeks", "No lifting heavier than 5 kg for 6 weeks", "same"),
    ("lose 5kg", "lose 5 kg", "same"),
    ("No lifting over 5 kg for 6 weeks", "No lifting over 10 kg for 6 weeks", "different"),
])
def test_a_weight_however_bounded_or_typed(a: str, b: str, status: str) -> None:
    """">5kg" typed against its number and "heavier than" had made two plans of one."""
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "lifestyle").status == status


@pytest.mark.parametrize(("a", "b", "detail"), [
    # each as it was written (the hours had been said back as days: "Dr Lee wrote 1 day")
    ("No driving x24h", "No driving for 48 hours",
     "how long: Dr Lee wrote 24 hours, Dr Kim 48 hours"),
    ("Holter monitor for 24 hours", "Holter monitor for 7 days",
     "how long: Dr Lee wrote 24 hours, Dr Kim 7 days"),
])
def test_a_length_in_hours_against_one_in_days_says_how_long(a: str, b: str,
                                                             detail: str) -> None:
    point = main_plans(a, b)
    assert point.status == "different" and point.detail == detail
