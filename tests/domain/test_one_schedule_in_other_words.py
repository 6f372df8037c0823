# SPDX-License-Identifier: GPL-3.0-or-later
"""One schedule in the words a letter, a family or a second language uses, read as that
schedule (eighteenth session). Each had been quoted as something the doctor did not write:
"three sessions weekly" as once a week, "morning and midday" as midday, "within 3 hours of
bedtime" as no time at all, "reduce by 5 mg q7d" as a step with no rhythm (and the dose once a
week), "1.2 grams protein per kilo" as 1.2 g, "if have pain" as regularly."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("physio 3 times a week for 6 weeks", "physiotherapy three sessions weekly for six weeks"),
    ("haemodialysis 3 sessions a week", "haemodialysis three times weekly"),
    ("no alcohol within 3 hours of bedtime", "avoid alcohol for 3 hrs before bed"),
    ("no screens within an hour of bedtime", "no screens for 1 hour before bed"),
    ("take melatonin 1 hour before bedtime", "take melatonin 1 hour before bed"),
    ("gabapentin 300mg at night, increase by 300mg every 3 days",
     "gabapentin 300 mg nocte, titrate up by 300 mg q3 days"),
    ("fentanyl patch 25 mcg q72h", "fentanyl patch 25 mcg q3d"),
    ("prednisolone 40 mg od, reduce by 5 mg every week then stop",
     "prednisolone 40mg once daily, taper 5mg every week until off"),
    ("Protein target 1.2 g/kg/day", "aim for 1.2 grams protein per kilo per day"),
]))
def test_one_schedule_in_other_words_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("text", "rhythm"), [
    ("physiotherapy three sessions weekly", "three times a week"),
    ("fisioterapia tres sesiones por semana", "three times a week"),
    ("two sessions weekly", "twice a week"),
    ("fentanyl patch q3d", "every 3 days"),
    ("1 mg q7d", "once a week"),
    ("1 mg q2 weeks", "every two weeks"),
])
def test_the_rhythm_is_read(text: str, rhythm: str) -> None:
    assert units.read(text).frequency == rhythm
    assert units.read("6 sessions of CBT").frequency == ""  # a count, no rhythm


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("methylphenidate 10 mg bd, morning and midday", "methylphenidate 10 mg at midday",
     "how often: Dr Lee wrote twice a day, Dr Kim once a day"),
    ("no alcohol within 3 hours of bedtime", "avoid alcohol for 4 hours before bed",
     "how long before: Dr Lee wrote within 3 hours of bedtime, Dr Kim 4 hours before bed"),
    ("no screens within an hour of bedtime", "no screens for 2 hours before bed",
     "how long before: Dr Lee wrote within an hour of bedtime, Dr Kim 2 hours before bed"),
    ("pred 40 mg od, reduce by 5 mg q7d", "pred 40 mg od, reduce by 5 mg every 2 weeks",
     "the dose in steps: Dr Lee wrote lower by 5 mg (milligrams) once a week, Dr Kim lower by "
     "5 mg (milligrams) every two weeks"),
    ("Protein 1.2 g/kg/day", "protein 1.5 grams per kilo per day",
     "Dr Lee wrote 1.2 g per kg of body weight, Dr Kim 1.5 g per kg of body weight"),
])
def test_what_differs_is_said_as_written(a: str, b: str, detail: str) -> None:
    assert (main_plans(a, b, "medication").status, main_plans(a, b, "medication").detail) == (
        "different", detail)


def test_a_morning_and_a_time_after_it_are_both_times_of_day() -> None:
    assert main_plans("my son takes his Ritalin 10 at breakfast and lunch",
                      "methylphenidate 10 mg bd, morning and midday",
                      "medication").status == "refined"
    assert units.read("morning stiffness, ibuprofen 400 mg").time_of_day == ""


@pytest.mark.parametrize(("text", "when_needed"), [
    ("paracetamol 1 g each 8 hours if have pain", True),
    ("paracetamol 1 g if pain", True),
    ("ibuprofen 400 mg if pain, max 3 a day", True),
    ("call GP if pain worsens", False),
    ("GTN spray if chest pain", False),
])
def test_if_pain_at_a_clauses_end_is_when_needed(text: str, when_needed: bool) -> None:
    assert units.read(text).as_needed is when_needed


def test_a_course_then_stop_is_no_taper() -> None:
    # "then stop" after a course is its end, as before; after a step, "until off"
    assert main_plans("amoxicillin 500 mg tds for 5 days then stop",
                      "amoxicillin 500 mg tds for 5 days", "medication").status == "same"
    assert main_plans("prednisolone 40 mg od, reduce by 5 mg every week then stop",
                      "prednisolone 40mg once daily, reduce by 5 mg every week then review",
                      "medication").status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("teicoplanin 400 mg IV three times a week", "teicoplanin 400mg IV thrice weekly"),
    ("trastuzumab every 3 weeks for one year", "Herceptin q3 weekly for 12 months"),
    ("give ibuprofen with or after food", "dont give Nurofen on an empty stomach"),
    ("ibuprofen 200 mg with food", "ibuprofen 200 mg, not on an empty stomach"),
]))
def test_more_schedules_in_other_words_are_the_same(a: str, b: str) -> None:
    # "thrice weekly" and "q3 weekly" had read as once a week; "don't give Nurofen on an empty
    # stomach" as on an empty stomach, and its "don't" as turning the medicine down
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("text", "food"), [
    ("dont give Nurofen on an empty stomach", "food"),
    ("never on an empty stomach", "food"),
    ("no tomar en ayunas", "food"),
    ("take on an empty stomach", "empty"),
    ("tomar en ayunas", "empty"),
    ("ibuprofen with or after food", "food"),
])
def test_an_empty_stomach_said_not_to_be_is_with_food(text: str, food: str) -> None:
    assert units.read(text).food == food
    point = main_plans("ibuprofen with or after food", "ibuprofen on an empty stomach",
                       "medication")
    assert point.detail == ("with food or not: Dr Lee wrote with food, Dr Kim on an empty "
                            "stomach")


def test_a_condition_of_the_mouth_names_no_route() -> None:
    # "Antifungal for oral thrush" against "Miconazole oral gel" had said "how it is given: by
    # mouth, on the skin"
    assert units.read("Antifungal for oral thrush").route == ""
    assert main_plans("Antifungal for oral thrush",
                      "Miconazole oral gel 2.5 ml QDS for oral thrush",
                      "medication").status == "refined"
    assert units.read("amoxicillin 500 mg oral tds").route == "by mouth"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Folic acid 5 mg every day except the methotrexate day", "folic acid 5mg 6 days a week"),
    ("Omeprazole 20 mg twice daily for 8 weeks then once daily",
     "omeprazole 20mg bd for 2 months, then 20mg od"),
]))
def test_a_rhythm_with_its_exception_or_its_step_is_the_same(a: str, b: str) -> None:
    # "every day except the methotrexate day" had read as once a day; "bd for 2 months, then
    # 20mg od" as two doses ("20 mg then 20 mg") against one, and its 2 months as 8 weeks'
    # other length
    assert main_plans(a, b, "medication").status == "same"


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("omeprazole 20mg bd for 8 weeks then once daily",
     "omeprazole 20mg bd for 8 weeks then twice daily",
     "how often: Dr Lee wrote twice a day then once a day, Dr Kim twice a day"),
    ("omeprazole 20 mg bd then od", "omeprazole 20 mg bd then tds",
     "how often: Dr Lee wrote twice a day then once a day, Dr Kim twice a day then three times "
     "a day"),
    ("colchicine 500mcg bd for 2 days then od", "colchicine 500mcg od for 2 days then bd",
     "how often: Dr Lee wrote twice a day then once a day, Dr Kim once a day then twice a day"),
])
def test_rhythms_in_turn_are_read_and_said_in_turn(a: str, b: str, detail: str) -> None:
    # the step's rhythm had not been read: "bd for 8 weeks then once daily" and "... then
    # twice daily" were the same
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)
    assert units.read("amiodarone 200 mg three times a day x1 wk, twice a day x1 wk, then once "
                      "daily").rhythms_in_turn == ("three times a day", "twice a day",
                                                   "once a day")
    assert units.read("prednisolone 40 mg daily then reduce by 5 mg weekly").rhythms_in_turn == ()
