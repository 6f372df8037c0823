# SPDX-License-Identifier: GPL-3.0-or-later
"""The synonym table, the reading of doses and the code families, each on its own."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from secondop_desktop.domain import code_families, terms, units
from secondop_desktop.domain.diagnosis_match import MEDICINE_STEM, text_relation
from secondop_desktop.i18n import number, using
from tests.domain.said_aloud import english, spanish


@pytest.mark.parametrize(("a", "b"), [
    ("Á É Í Ó Ú Ñ", "a e i o u n"),
    ("gastro-oesophageal", "gastroesophageal"),
    # a name made of names is read as the name it makes
    ("riñón stone", "kidney stone"),
    ("type 1 diabetes gestacional", "type 1 diabetes mellitus gestational"),
])
def test_fold_and_canonical_forms(a: str, b: str) -> None:
    assert terms.canonical(a) == terms.canonical(b)


def test_every_name_in_the_table_reads_as_its_canonical_term() -> None:
    for canonical, names in terms.SYNONYMS.items():
        for name in names:
            assert text_relation(name, canonical) == "same", (name, canonical)


def test_no_name_belongs_to_two_terms() -> None:
    seen: dict[str, str] = {}
    for canonical, names in terms.SYNONYMS.items():
        for name in names:
            assert seen.setdefault(name, canonical) == canonical, name


def test_two_meaning_abbreviations_are_never_in_the_synonym_table() -> None:
    names = {n for ns in terms.SYNONYMS.values() for n in ns}
    assert not names & set(terms.AMBIGUOUS)


def test_an_abbreviation_is_decided_by_its_words_or_its_code_or_left_open() -> None:
    assert terms.meanings("ms", "MS with new brain lesions") == ["multiple sclerosis"]
    assert terms.meanings("ms", "MS", "I05.0") == ["mitral stenosis"]
    assert len(terms.meanings("ms", "MS")) == 2
    assert terms.ambiguous_in("presenting as pain") == []  # "as" only in capitals
    assert terms.ambiguous_in("AS, severe") == ["as"]


@pytest.mark.parametrize(("text", "base", "unit"), [
    ("Drug 5 mg", 5.0, "mg"), ("drug 500 mcg", 0.5, "mcg"), ("drug 500 µg", 0.5, "mcg"),
    ("drug 2 g", 2000.0, "g"), ("drug 0,5 mg", 0.5, "mg"), ("drug 10 IU", 10.0, "units"),
    ("drug 20 microgramos", 0.02, "mcg"),
    # a strength, in per cent or as a ratio (1 in 1000 is 0.1%)
    ("lidocaine 2%", 2.0, "%"), ("adrenaline 1:1000", 0.1, "ratio"),
    ("adrenaline 1:10,000", 0.01, "ratio"), ("adrenaline 1 in 200,000", 0.0005, "ratio"),
])
def test_doses_are_read_in_one_unit(text: str, base: float, unit: str) -> None:
    (dose,) = units.read(text).doses
    assert dose.base == pytest.approx(base) and dose.unit == unit


@pytest.mark.parametrize(("text", "per_day"), [
    ("once weekly", 1 / 7), ("daily", 1.0), ("BID", 2.0), ("every 6 hours", 4.0),
    ("tres veces al día", 3.0), ("every other day", 0.5), ("semanal", 1 / 7),
    ("nocte", 1.0), ("mane", 1.0), ("mane and nocte", 2.0),
])
def test_frequencies(text: str, per_day: float) -> None:
    assert units.read(f"Drug 5 mg {text}").per_day == pytest.approx(per_day)


def test_differences_name_both_sides_and_the_factor() -> None:
    (diff,) = units.differences("Drug 5 mg", "Drug 5 mcg")
    assert diff.kind == "dose"
    words = diff.words("Dr A", "Dr B")
    assert "Dr A wrote 5 mg (milligrams)" in words and "Dr B 5 mcg (micrograms)" in words
    assert "1,000 times" in words
    assert units.differences("Drug 1 g", "Drug 1000 mg") == []
    assert [d.kind for d in units.differences("Drug IV", "Drug intrathecal")] == ["route"]
    assert [d.kind for d in units.differences("Left hip", "Right hip")] == ["side"]
    assert units.differences("Take it with food", "take it by mouth") == []


def test_a_strength_tenfold_apart_is_a_dose_difference_and_its_ratio_is_not_a_time() -> None:
    (diff,) = units.differences("Adrenaline 1:1000 IM", "Adrenaline 1:10,000 IM")
    assert diff.kind == "dose"
    words = diff.words("Dr A", "Dr B")
    assert "Dr A wrote 1:1,000 (0.1%)" in words and "Dr B 1:10,000 (0.01%)" in words
    assert "10 times" in words
    assert units.differences("Adrenaline 1:1000", "Adrenaline 0.1%") == []
    assert units.differences("Adrenaline 1 in 1000", "Adrenaline 1:1,000") == []
    assert [d.kind for d in units.differences("Lidocaine 1%", "Lidocaine 2%")] == ["dose"]
    # a time of day, a score or a scale is no strength
    assert units.read("Review at 1:30 pm").doses == []
    assert units.read("Dilute 1:10").doses == []


def test_nocte_and_mane_say_when_in_the_day() -> None:
    assert units.differences("Atorvastatin 20 mg at night", "Atorvastatin 20 mg nocte") == []
    assert units.read("Prednisolone 30 mg mane").time_of_day == "morning"
    assert units.read("Atorvastatin 20 mg nocte").time_of_day == "night"


def test_code_families_use_the_blocks_of_the_code_set() -> None:
    assert code_families.block_of("B18.1") == code_families.block_of("B19.9")
    assert code_families.family_relation("B18.1", "B19.9") == "refined"
    assert code_families.family_relation("B19.9", "B18.1") == "refined"
    # two named types in one block are different, and "Other …" is not a family
    assert code_families.family_relation("B16.9", "B18.1") == "different"
    assert code_families.family_relation("M10.9", "M11.20") == "different"
    assert code_families.family_relation("B18.1", "K70.0") == "different"


@pytest.mark.parametrize(("dose", "unit", "shown"), [
    ("500", "mg", "500 mg"),
    ("500mg", "mg", "500mg"),      # the unit typed into the dose as well: not said twice
    ("500 MG", "mg", "500 MG"),
    ("2 puffs", "Puffs", "2 puffs"),
    ("10mg", "g", "10mg g"),       # a different unit's tail: both shown, one is wrong
    ("400", "", "400"),
    ("", "mg", "mg"),
])
def test_a_dose_and_its_unit_read_as_typed_without_saying_the_unit_twice(
        dose: str, unit: str, shown: str) -> None:
    assert units.dose_with_unit(dose, unit) == shown


@pytest.mark.parametrize(("text", "amount", "form"), [
    ("Morphine 1 tablet", 1.0, "tablet"), ("Morphine ½ tablet", 0.5, "tablet"),
    ("Morphine 1/2 tab", 0.5, "tablet"), ("half a tablet at night", 0.5, "tablet"),
    ("3/4 tablet", 0.75, "tablet"), ("two puffs twice a day", 2.0, "puff"),
    ("Salbutamol 2 inhalaciones", 2.0, "puff"), ("dos comprimidos al día", 2.0, "tablet"),
    ("1 drop in each eye", 1.0, "drop"), ("2 gotas cada 8 horas", 2.0, "drop"),
])
def test_a_count_of_a_medicines_form_is_a_dose(text: str, amount: float, form: str) -> None:
    doses = units.read(text).doses
    assert [(d.amount, d.dimension) for d in doses] == [(amount, form)]


@pytest.mark.parametrize("text", ["L4/5 disc", "Stage 1/2", "Take 1/2", "Gota", "half the dose"])
def test_what_is_not_a_count_of_a_form_stays_out(text: str) -> None:
    assert units.read(text).doses == []


def test_every_kind_and_its_family_are_written_in_the_tables_own_words() -> None:
    for child, parent in terms.KINDS.items():
        assert terms.canonical(child) == child, child
        assert terms.canonical(parent) == parent, parent
        assert child != parent


def test_a_medicine_and_its_class_read_as_refined_and_nothing_else_does() -> None:
    """Every pair of the table's medicines and classes (terms.MEDICINES): refined exactly when
    one is a class the other belongs to, however far up ("atorvastatin" and "cholesterol
    medicine"; "bisoprolol" and "antihypertensive", its second kind), else different; never
    the same."""
    above: dict[str, set[str]] = {}
    for name in terms.MEDICINES:
        chain, todo = set(), [name]
        while todo:  # the class, and a second broader name where a kind has one
            node = todo.pop()
            for up in (terms.MEDICINE_CLASSES.get(node), *terms.ALSO_KIND_OF.get(node, ())):
                if up and up not in chain:
                    chain.add(up)
                    todo.append(up)
        above[name] = chain
    wrong = [(a, b, relation) for a, b in itertools.combinations(sorted(terms.MEDICINES), 2)
             if (relation := text_relation(a, b)) != (
                 "refined" if a in above[b] or b in above[a] else "different")]
    assert wrong == []


def test_a_medicine_whose_name_holds_another_word_of_the_table_is_not_a_kind_of_it() -> None:
    assert text_relation("Calcium", "Calcium channel blocker") == "different"
    assert text_relation("Calcio y vitamina D", "Calcium and vitamin D") == "same"
    assert text_relation("Beta blocker", "Bisoprolol") == "refined"  # a kind: still refined


@pytest.mark.parametrize(("a", "b", "relation"), [
    # a product or a regimen both sides name is no medicine more on either
    ("Fluticasone salmeterol", "Fluticasone salmeterol, for asthma", "refined"),
    ("R-CHOP", "R-CHOP, 6 cycles every 21 days", "refined"),
    # an antibody added to a regimen, or R-CHOP's rituximab, is a medicine more
    ("R-CHOP", "CHOP", "different"),
    ("FOLFOX", "FOLFOX plus bevacizumab", "different"),
    ("FOLFOX", "FOLFIRI", "different"),
    ("FOLFOX4", "FOLFOX6", "different"),
    ("Trastuzumab for 1 year", "Phesgo (trastuzumab + pertuzumab) for a year", "different"),
    # a regimen is a chemotherapy, and said beside the word it is the regimen
    ("Chemo", "FOLFOX", "refined"),
    ("FOLFOX", "FOLFOX chemotherapy", "same"),
    ("Immunotherapy", "Pembrolizumab", "refined"),
    ("Avastin", "Bevacizumab", "same"),
])
def test_cancer_regimens_and_the_medicines_added_to_them(a: str, b: str, relation: str) -> None:
    assert text_relation(a, b) == relation and text_relation(b, a) == relation


@pytest.mark.parametrize(("written", "frequency", "as_needed"), [
    ("Metformin 500 mg x2/day", "twice a day", False),
    ("x3/day", "three times a day", False),
    ("2x/day", "twice a day", False),
    ("Salbutamol 2 puffs 4-hourly", "every 4 hours", False),
    ("2 puffs 4 hourly", "every 4 hours", False),
    ("Paracetamol 1 g cada 8 horas si hay dolor", "every 8 hours", True),
    ("Paracetamol si le duele", "", True),
    ("1/2 tablet daily", "once a day", False),  # half a tablet, not a rhythm
    # so many a week, a month, a year ("2 drinks a day" against "a week" had read as the same
    # advice said more exactly); not "in a week", "wait a week" or "a month and a half"; a most
    # a week is no rhythm (Facts.limit_per_week: "max 2 drinks a week")
    ("2 drinks a week", "once a week", False),
    ("max 2 drinks a week", "", False),
    ("14 units per week", "once a week", False),
    ("150 minutes a week", "", False),  # the week's time in all (Facts.session_week)
    ("Dos copas por semana", "once a week", False),
    ("Walk 2 miles a month", "once a month", False),
    ("Flu jab per year", "once a year", False),
    ("Review in a week", "", False),
    ("Antibiotics for a month", "", False),
    ("Wait a week", "", False),
    ("Recovery takes roughly a month and a half", "", False),
    ("Off work for 2 weeks a month or so", "", False),
    # every so many weeks or months, not weekly or monthly
    ("Methotrexate 2-weekly", "every two weeks", False),
    ("Docetaxel at 3-weekly intervals", "every three weeks", False),
    ("Zoledronic acid 6-weekly", "every 6 weeks", False),
    ("Zoledronic acid every 6 weeks", "every 6 weeks", False),
    ("Ácido zoledrónico cada 6 semanas", "every 6 weeks", False),
    ("B12 injection 3-monthly", "every three months", False),
    ("Denosumab every 6 months", "every 6 months", False),
    ("CBT, 12 weekly sessions", "once a week", False),  # twelve sessions, once a week
    # with hyphens ("twice-daily" had been read as "daily")
    ("Metformin 500 mg twice-daily", "twice a day", False),
    ("Alendronate 70 mg once-weekly", "once a week", False),
    ("Physio twice weekly", "twice a week", False),
    ("Methotrexate six-weekly", "every 6 weeks", False),
    # (every two weeks, or twice a week: asked, test_rhythms_never_confused)
    ("Injection bi-weekly", "biweekly", False),
    # rhythms that had been read wrong ("thrice daily" as once a day) or not at all
    ("Amoxicillin 500 mg thrice daily", "three times a day", False),
    ("Methotrexate every 2 days", "every other day", False),
    ("Every third day", "every 3 days", False),
    ("Paracetamol every eight hours", "every 8 hours", False),
    ("Paracetamol cada ocho horas", "every 8 hours", False),
    ("Omeprazol 20 mg 1-0-1", "twice a day", False),
    ("Enalapril 0-0-1", "once a day", False),
    ("Physio 3 days a week", "three times a week", False),
    ("Denosumab once a year", "once a year", False),
    ("Zoledronic acid annually", "once a year", False),
    ("Injection once a fortnight", "every two weeks", False),
    ("Twice a month", "twice a month", False),
    ("Stage 2-3-4", "", False),  # not a prescription's three times of day
    ("EpiPen if he gets a reaction", "", True),
    ("Lorazepam 1 mg si ansiedad", "", True),
    ("Lorazepam 1 mg when anxious", "", True),
    ("Paracetamol 1 g si fiebre", "", True),
])
def test_rhythms_as_patients_write_them(written: str, frequency: str, as_needed: bool) -> None:
    facts = units.read(written)
    assert (facts.frequency, facts.as_needed) == (frequency, as_needed)


def test_every_so_many_weeks_is_said_in_the_language_in_force() -> None:
    with using("es"):
        assert units.frequency_words("every 6 weeks") == "cada 6 semanas"
        assert units.frequency_words("every 6 months") == "cada 6 meses"
        assert units.frequency_words("every 3 days") == "cada 3 días"
        assert units.frequency_words("once a year") == "una vez al año"
    with using("en"):
        assert units.frequency_words("every 6 weeks") == "every 6 weeks"


def test_a_medicine_every_few_weeks_is_not_the_same_medicine_weekly() -> None:
    for every_few in ("Methotrexate 15 mg 2-weekly", "Methotrexate 15 mg every 6 weeks",
                      "Methotrexate 15 mg 3-monthly"):
        assert not units.facts_agree(every_few, "Methotrexate 15 mg weekly")
    assert units.facts_agree("Zoledronic acid 6-weekly", "Zoledronic acid every 6 weeks")
    assert not units.facts_agree("Metformin 500 mg twice-daily", "Metformin 500 mg once daily")
    assert units.without_facts("Metformin 500 mg twice-daily") == "metformin"


@pytest.mark.parametrize(("written", "route"), [
    ("Morphine into the vein", "into a vein (IV)"),
    ("Fluids by drip", "into a vein (IV)"),
    ("Enoxaparin under the skin", "under the skin (subcutaneous)"),
    ("Vitamin B12 injection into the muscle", "into a muscle (IM)"),
    ("Salbutamol nebuliser", "inhaled"),
    ("Ventolin puffer", "inhaled"),
    ("GTN spray under the tongue", "under the tongue (sublingual)"),
    ("Chloramphenicol eye drops", "in the eye"),
    ("Latanoprost one drop in both eyes at night", "in the eye"),
    ("Colirio de timolol", "in the eye"),
    ("Ofloxacin ear drops", "in the ear"),
    ("Clotrimazole pessary", "vaginal"),
    ("Diazepam per rectum", "rectal"),
    ("Prednisolone liquid", "by mouth"),
    ("Salbutamol inhalador", "inhaled"),
    ("Laser treatment in the left eye", ""),  # a procedure's place, not a route
])
def test_routes_as_families_write_them(written: str, route: str) -> None:
    assert units.read(written).route == route


def test_a_wrong_route_in_everyday_words_is_a_difference() -> None:
    assert not units.facts_agree("Morphine 5 mg into the vein", "Morphine 5 mg by mouth")
    assert not units.facts_agree("Chloramphenicol eye drops", "Chloramphenicol ear drops")


@pytest.mark.parametrize(("written", "sides"), [
    ("L knee replacement", {"left"}),
    ("Hip replacement, L", {"left"}),
    ("Cataract surgery R eye", {"right"}),
    ("Prótesis de rodilla (izq.)", {"left"}),
    ("Prótesis de rodilla dcha.", {"right"}),
    ("b/l knee injections", {"both sides"}),
    ("L-thyroxine 50 mcg", set()),  # a medicine's name
    ("Fluids 2 l daily", set()),  # two litres
    ("Dr L. Smith to operate", set()),  # an initial
])
def test_sides_as_letters_and_short_forms(written: str, sides: set[str]) -> None:
    assert units.read(written).sides == sides


def test_one_course_said_in_other_words_is_one_course() -> None:
    days = units.without_facts
    assert days("Amoxicillin 500 mg tds for a week") == days("Amoxicillin 500 mg tds 7/7")
    assert days("Amoxicillin 500 mg tds 7/7") == "amoxicillin for 7 days"
    assert days("Prednisolone 30 mg od 2/52") == days("Prednisolone 30 mg od for 2 weeks")
    assert days("Amoxicilina durante una semana") == "amoxicilina for 7 days"
    assert days("A 7-day course of amoxicillin") == "for 7 days of amoxicillin"
    assert days("Amoxicillin for 7 days") != days("Amoxicillin for 14 days")
    # says when, not how long: "in 3 months", as "review in 12 weeks" says it
    assert days("Review 3/12") == "review interval 3 months" == days("Review in 12 weeks")
    # a patch's rate, however written
    assert days("Fentanyl 25 micrograms/hour patch") == days("Fentanyl patch 25 mcg/h")


def test_so_many_times_a_dose_can_mean_the_whole_or_each_time() -> None:
    # two tablets of 200 mg, or 200 mg twice a day (as much of Europe writes "2 x 200 mg")
    (dose,) = units.read("Ibuprofen 2 x 200 mg").doses
    assert (dose.amount, dose.other, dose.written) == (400.0, 200.0, "2 × 200")
    assert units.without_facts("Ibuprofen 2 × 200 mg") == "ibuprofen"
    assert units.unclear_doses("Ibuprofen 2 x 200 mg", "Ibuprofen 400 mg")
    assert units.unclear_doses("Ibuprofen 2 x 200 mg", "Ibuprofen 200 mg")
    assert not units.facts_agree("Ibuprofen 2 x 200 mg", "Ibuprofen 600 mg")


def test_facts_agree_when_only_one_side_states_one() -> None:
    assert units.facts_agree("Semaglutide 0.5 mg once weekly", "Semaglutide 0.5 mg SC once weekly")
    assert not units.facts_agree("Lisinopril 10 mg at night", "Lisinopril 10 mg in the morning")
    assert not units.facts_agree("Amoxicillin 500 mg", "Amoxicillin 250 mg")
    assert not units.facts_agree("Metformin 500 mg bd", "Metformin 500 mg od")


def test_when_needed_is_set_only_against_a_regular_rhythm() -> None:
    # One doctor names the medicine, the other how often when needed: nothing to set against
    # it (it read "how often: Dr Lee wrote , Dr Kim when needed", a major difference).
    assert units.differences("Morphine", "Morphine 5 mg every 4 hours PRN") == []
    assert units.differences("Morphine 5 mg every 4 hours PRN", "Morphine") == []
    assert units.facts_agree("Morphine", "Morphine 5 mg every 4 hours PRN")
    found = units.differences("Paracetamol 1 g four times a day", "Paracetamol 1 g when needed")
    assert [(f.kind, f.a, f.b) for f in found] == [
        ("frequency", "four times a day", "when needed")]


@pytest.mark.parametrize("written", ["Paracetamol 1 g every 4-6 hours",
                                     "Paracetamol 1 g every 4 to 6 hours",
                                     "Paracetamol 1 g 4-6 hourly", "Salbutamol q4-6h",
                                     "Paracetamol 1 g cada 4-6 horas",
                                     "Paracetamol 1 g cada 4 a 6 horas"])
def test_a_range_of_hours_is_read_as_a_range(written: str) -> None:
    # "4-6 hourly" was read as every 6 hours, the same as "every 6 hours" and not as
    # "every 4 hours"
    facts = units.read(written)
    assert (facts.per_day, facts.per_day_range) == (None, (4.0, 6.0))
    assert units.frequency_words(facts.frequency) == "every 4 to 6 hours"
    assert units.without_facts(written) in ("paracetamol", "salbutamol")
    with using("es"):
        assert units.frequency_words(facts.frequency) == "cada 4 a 6 horas"


@pytest.mark.parametrize(("a", "b", "differ"), [
    ("every 4-6 hours", "every 4 to 6 hours", False),
    ("every 4-6 hours", "every 6 hours", False),  # within the range: may be it
    ("4-6 hourly", "every 4 hours", False),
    ("every 4-6 hours", "four times a day", False),
    ("every 6-8 hours", "every 4 hours", True),  # six a day against three or four
    ("every 6-8 hours", "every 4-6 hours", True),
    ("every 4-6 hours", "twice a day", True),
])
def test_a_range_of_hours_differs_only_from_what_it_cannot_be(a: str, b: str,
                                                               differ: bool) -> None:
    for x, y in ((a, b), (b, a)):
        found = units.differences(f"Paracetamol 1 g {x}", f"Paracetamol 1 g {y}")
        assert [f.kind for f in found] == (["frequency"] if differ else []), (x, y)
        assert units.facts_agree(f"Paracetamol 1 g {x}", f"Paracetamol 1 g {y}") is not differ


def test_a_single_dose_is_a_rhythm_of_its_own() -> None:
    # "stat" had been left unread: "Ceftriaxone 1 g IV stat" against "… daily" read as more
    # detail, where one is a single dose and the other a daily course
    for written in ("Ceftriaxone 1 g IV stat", "Adrenaline 0.5 mg IM once only",
                    "Fosfomycin 3 g single dose", "Fosfomicina 3 g dosis única"):
        assert units.read(written).frequency == "once only", written
    found = units.differences("Ceftriaxone 1 g IV stat", "Ceftriaxone 1 g IV daily")
    assert [(f.kind, f.a, f.b) for f in found] == [("frequency", "once only", "once a day")]
    assert units.differences("Fosfomycin 3 g single dose", "Fosfomicina 3 g dosis única") == []
    assert units.facts_agree("Ceftriaxone 1 g IV stat", "Ceftriaxone 1 g IV")
    with using("es"):
        assert units.frequency_words("once only") == "una sola vez"
    # not inside another word
    assert units.read("Atorvastatin 20 mg").frequency == ""


@pytest.mark.parametrize(("written", "frequency"), [
    ("Methotrexate 15 mg every Monday", "once a week"),
    ("Methotrexate 15 mg on Mondays", "once a week"),
    ("Metotrexato 15 mg los lunes", "once a week"),
    ("Alendronic acid 70 mg every Sunday", "once a week"),
    ("Haemodialysis Mon/Wed/Fri", "three times a week"),
    ("Dialysis Monday, Wednesday and Friday", "three times a week"),
    ("Diálisis lunes, miércoles y viernes", "three times a week"),
    ("Physio Tue and Thu", "twice a week"),
    ("Radiotherapy Mon-Fri for 5 weeks", "5 times a week"),
    ("Radioterapia de lunes a viernes", "5 times a week"),
    # one day named once says when, not how often
    ("Surgery on Monday", ""),
    ("Revisión el lunes", ""),
    ("Sat up in bed for meals", ""),
])
def test_days_of_the_week_are_a_rhythm(written: str, frequency: str) -> None:
    assert units.read(written).frequency == frequency
    if frequency:
        assert not any(day in units.without_facts(written)
                       for day in ("mon", "lunes", "sunday", "tue", "fri"))


@pytest.mark.parametrize(("a", "b"), [
    # a dose by weight however written
    ("Paracetamol 15 mg/kg every 6 hours", "Paracetamol 15 mg per kilo q6h"),
    ("Paracetamol 15 mg por kilo cada 6 horas", "paracetamol 15 mg/kg every 6 hours"),
    # a day's total split into doses is each dose that many times a day
    ("Amoxicillin 40 mg/kg/day in 2 divided doses", "Amoxicillin 20 mg/kg twice a day"),
    ("Paracetamol 60 mg/kg/day divided in 4 doses", "Paracetamol 15 mg/kg four times a day"),
    ("Amoxicilina 80 mg/kg/día repartido en 2 dosis", "Amoxicillin 40 mg/kg every 12 hours"),
    ("Metformin 2000 mg/day", "Metformin 2000 mg daily"),
    # "a day", "daily", "al día" before the split as "per day" ("2 g a day in two doses"
    # against "1 g twice a day" had said 1 g against 2 g, and once a day against twice)
    ("Metformin 2 g a day in two doses", "Metformin 1 g twice a day"),
    ("Metformin 2 g daily in 2 divided doses", "Metformin 1 g bd"),
    ("Metformina 2 g al día repartidos en dos tomas", "Metformina 1 g dos veces al día"),
    # the weight either note gives works a dose by weight out
    ("Ondansetron 0.15 mg/kg, weight 20 kg", "Ondansetron 3 mg"),
    ("Prednisolone 1 mg/kg once, child 12 kg", "Prednisolone 12 mg once"),
    ("Amoxicillin 40 mg/kg per dose twice a day", "Amoxicillin 40 mg/kg twice a day"),
])
def test_doses_by_weight_and_a_days_total_said_two_ways_agree(a: str, b: str) -> None:
    assert units.differences(a, b) == [] and units.differences(b, a) == []


@pytest.mark.parametrize(("a", "b", "kind"), [
    # 15 mg/kg is 15 mg only for a child of 1 kg: they had read as one dose, and "refined"
    ("Paracetamol 15 mg/kg", "Paracetamol 15 mg", "dose"),
    ("Ibuprofen 10 mg/kg every 8 hours", "Ibuprofen 100 mg every 8 hours", "dose"),
    # a day's total against each dose that many times a day: twice or three times it in a day
    ("Amoxicillin 40 mg/kg/day", "Amoxicillin 40 mg/kg twice a day", "dose"),
    ("Metformin 2000 mg/day", "Metformin 2000 mg twice a day", "dose"),
    ("Iron 3 mg/kg/day", "Iron 3 mg/kg three times a day", "dose"),
    # each dose, how often unsaid, against a day's amount
    ("Ibuprofeno 10 mg/kg por dosis", "Ibuprofeno 10 mg/kg al día", "frequency"),
    # another weight works it out to another dose
    ("Ondansetron 0.15 mg/kg, weight 20 kg", "Ondansetron 2 mg", "dose"),
])
def test_doses_by_weight_and_a_days_total_that_differ(a: str, b: str, kind: str) -> None:
    assert kind in {d.kind for d in units.differences(a, b)}
    assert kind in {d.kind for d in units.differences(b, a)}


_RHYTHMS = {2: ("twice a day", "bd", "every 12 hours", "in 2 divided doses"),
            3: ("three times a day", "tds", "every 8 hours", "in three divided doses"),
            4: ("four times a day", "qds", "every 6 hours", "divided into 4 doses")}


@pytest.mark.parametrize("total", ["40", "45", "50", "90", "100", "7.5"])
@pytest.mark.parametrize("times", sorted(_RHYTHMS))
def test_a_days_total_given_so_many_times_a_day_is_shared_out(total: str, times: int) -> None:
    # "40 mg/kg/day tds" is the day's 40 mg/kg in three doses, as "in 3 divided doses" says:
    # they had read as 13.3333 mg/kg against 40 mg/kg ("one is 3 times the other")
    ways = [f"Amoxicillin {total} mg/kg/day {said}" for said in _RHYTHMS[times]]
    for a, b in itertools.combinations(ways, 2):
        assert units.differences(a, b) == [] and units.differences(b, a) == [], (a, b)
    # ... and each dose of that share is the same
    share = float(total) / times
    if share == round(share, 1):
        each = f"Amoxicillin {share:g} mg/kg {_RHYTHMS[times][0]}"
        for a in ways:
            assert units.differences(a, each) == [] and units.same_facts(a, each), (a, each)
    # the total against the same amount at each dose: a difference that quotes what each
    # doctor wrote, never a share no one wrote
    for a in ways:
        b = f"Amoxicillin {total} mg/kg {_RHYTHMS[times][1]}"
        (found,) = units.differences(a, b)
        assert found.kind == "dose" and found.factor == pytest.approx(times)
        day = f"{float(total) * times:g}"
        assert (found.a, found.b) == (f"{total} mg per kg of body weight a day in all",
                                      f"{total} mg per kg of body weight each dose, {day} mg per "
                                      "kg of body weight a day")


def test_two_days_totals_are_set_side_by_side_as_written() -> None:
    found = units.differences("Amoxicillin 40 mg/kg/day in 3 divided doses",
                              "Amoxicillin 90 mg/kg/day in 2 divided doses")
    (dose,) = [f for f in found if f.kind == "dose"]
    assert (dose.a, dose.b, dose.factor) == ("40 mg per kg of body weight a day in all",
                                            "90 mg per kg of body weight a day in all", 2.25)
    # one day's total shared out another way differs in how often only
    assert [f.kind for f in units.differences("Amoxicillin 40 mg/kg/day tds",
                                              "Amoxicillin 40 mg/kg/day bd")] == ["frequency"]
    with using("es"):
        (found,) = units.differences("Amoxicilina 40 mg/kg/día cada 8 horas",
                                     "Amoxicilina 40 mg/kg cada 8 horas")
        assert found.a == "40 mg por kg de peso al día en total"


def test_a_days_total_within_the_others_most_is_not_over_it() -> None:
    # 4 g a day in four doses is 1 g each time: within "max 4 g a day" (it had read as 16 g)
    assert units.differences("Paracetamol 4 g/day qds", "Paracetamol max 4 g a day") == []
    (found,) = units.differences("Paracetamol 8 g/day qds", "Paracetamol max 4 g a day")
    assert (found.a, found.b) == ("8 g (grams) a day in all", "at most 4 g (grams) a day")


@pytest.mark.parametrize(("a", "b"), [
    ("Capecitabine 1250 mg/m2 twice daily", "Capecitabine 1250 mg/m² bd"),
    ("Capecitabine 1250 mg per square metre twice daily", "Capecitabine 1250 mg/m2 twice daily"),
    ("Docetaxel 75 mg/m^2 every 3 weeks", "Docetaxel 75 mg/m2 q3w"),
    ("Capecitabine 2500 mg/m2/day in 2 divided doses", "Capecitabine 1250 mg/m2 bd"),
    ("Capecitabina 1250 mg/m2 cada 12 horas", "Capecitabine 1250 mg/m2 twice daily"),
    ("Methotrexate 1 g/m2 of body surface area", "Methotrexate 1000 mg/m2"),
])
def test_a_dose_by_body_surface_said_two_ways_agrees(a: str, b: str) -> None:
    assert units.differences(a, b) == [] and units.differences(b, a) == []


def test_a_dose_by_body_surface_is_never_a_plain_dose() -> None:
    # 1250 mg/m2 is about 2,250 mg for an adult of 1.8 m2: it had read as 1,250 mg, so
    # "1250 mg/m2" against "1250 mg" was more detail of one dose
    (found,) = units.differences("Capecitabine 1250 mg/m2 twice daily",
                                 "Capecitabine 1250 mg twice daily")
    assert (found.kind, found.a, found.b) == ("dose", "1,250 mg per m² of body surface",
                                              "1,250 mg (milligrams)")
    (found,) = units.differences("Docetaxel 75 mg/m2", "Docetaxel 60 mg/m2")
    assert (found.a, found.factor) == ("75 mg per m² of body surface", 1.25)
    with using("es"):
        (found,) = units.differences("Capecitabina 1250 mg/m2", "Capecitabina 1000 mg/m2")
        assert found.a == f"{number(1250)} mg por m² de superficie corporal"


def test_a_dose_by_the_exposure_aimed_at_is_no_amount() -> None:
    # carboplatin "AUC 5" is worked out from the kidneys: "500 mg" had read as the same
    # dose made more exact
    (found,) = units.differences("Carboplatin AUC 5 every 3 weeks",
                                 "Carboplatin 500 mg every 3 weeks")
    assert (found.kind, found.a, found.b) == ("dose", "AUC 5", "500 mg (milligrams)")
    (found,) = units.differences("Carboplatin AUC 5 every 3 weeks", "Carboplatin AUC6 q3w")
    assert (found.a, found.b) == ("AUC 5", "AUC 6")
    assert units.differences("Carboplatin AUC5 q3w", "Carboplatino AUC 5 cada 3 semanas") == []


@pytest.mark.parametrize("weekly", [
    "Methotrexate 15 mg a week", "Methotrexate 15 mg/week", "Methotrexate 15mg/wk",
    "Methotrexate 15 mg per week", "Metotrexato 15 mg a la semana", "Metotrexato 15 mg/semana",
    "Methotrexate 1 tablet a week",
])
def test_so_much_a_week_is_once_a_week(weekly: str) -> None:
    # "15 mg a week" had read with no rhythm: against "15 mg daily", the same dose made more
    # exact (methotrexate taken daily instead of weekly is a known fatal slip)
    assert units.read(weekly).frequency == "once a week"
    daily = weekly.replace("a la semana", "al día").replace("/semana", " al día")
    daily = daily.replace("a week", "daily").replace("/week", " daily").replace(
        "/wk", " daily").replace("per week", "daily")
    assert [f.kind for f in units.differences(weekly, daily)] == ["frequency"], daily
    assert units.without_facts(weekly) in ("methotrexate", "metotrexato")


def test_so_much_a_month_in_spanish_and_a_time_that_says_when() -> None:
    assert units.read("Hidroferol una ampolla al mes").frequency == "once a month"
    (found,) = units.differences("Hidroferol una ampolla al mes",
                                 "Hidroferol una ampolla a la semana")
    assert found.kind == "frequency"
    # "control al mes" is a check at one month, not one every month
    assert units.read("control al mes").frequency == ""
    assert units.read("control a la semana").frequency == ""


@pytest.mark.parametrize(("a", "b"), [
    ("Paracetamol 1 g up to 4 times daily", "Paracetamol 1 g four times daily"),
    ("Ibuprofen 400 mg up to three times a day", "Ibuprofen 400 mg tds"),
    ("Salbutamol 2 puffs no more than 4 times a day", "Salbutamol 2 puffs qds"),
    ("Paracetamol 1 g hasta 4 veces al día", "Paracetamol 1 g cuatro veces al día"),
])
def test_a_rhythm_said_as_a_most_is_not_that_rhythm_every_day(a: str, b: str) -> None:
    # "up to 4 times a day" is when needed, four at most: it had read as four times a day
    for x, y in ((a, b), (b, a)):
        (found,) = units.differences(x, y)
        assert found.kind == "frequency"
    (found,) = units.differences(a, b)
    assert found.a.startswith("at most ") and not found.b.startswith("at most")
    with using("es"):
        (found,) = units.differences(a, b)
        assert found.a.startswith("como mucho ")


@pytest.mark.parametrize(("a", "b"), [
    ("Paracetamol 1 g up to 4 times daily", "Paracetamol 1 g qds prn"),
    ("Paracetamol 1 g up to 4 times daily", "Paracetamol 1 g four times daily as needed"),
])
def test_a_rhythm_said_as_a_most_is_that_rhythm_when_needed(a: str, b: str) -> None:
    assert units.differences(a, b) == [] and units.differences(b, a) == []


def test_when_needed_says_its_rhythm_as_the_most() -> None:
    (found,) = units.differences("Paracetamol 1 g every 6 hours when needed",
                                 "Paracetamol 1 g every 6 hours")
    assert (found.a, found.b) == ("when needed (at most every 6 hours)", "every 6 hours")


def test_a_dose_by_weight_is_said_as_such() -> None:
    (found,) = units.differences("Paracetamol 15 mg/kg", "Paracetamol 15 mg")
    assert found.a == "15 mg per kg of body weight" and found.b == "15 mg (milligrams)"
    with using("es"):
        (found,) = units.differences("Paracetamol 15 mg/kg", "Paracetamol 15 mg")
        assert found.a == "15 mg por kg de peso"


def test_a_rhythm_of_once_every_24_hours_is_no_days_total() -> None:
    facts = units.read("Naproxeno 250 mg c/24 h")
    assert (facts.frequency, [d.unit for d in facts.doses]) == ("every 24 hours", ["mg"])


@pytest.mark.parametrize(("a", "b"), [
    # a liquid's strength and the mL given: the milligrams in them
    ("Calpol Infant 120mg/5ml, 5ml every 6 hours", "Paracetamol 120 mg every 6 hours"),
    ("Motrin 7.5 mL of 100 mg/5 mL every 6-8 hours", "Ibuprofen 150 mg q6-8h"),
    ("Amoxicillin 125mg/5ml 10 ml BID", "Amoxicillin 250 mg twice daily"),
    ("Dalsy 20 mg/ml, 5 ml cada 8 horas", "Ibuprofeno 100 mg cada 8 horas"),
    ("Tylenol 160 mg/5 mL, 1 tsp every 4-6 hours", "Acetaminophen 160 mg every 4 to 6 hours"),
    ("Lactulose 1 tbsp daily", "Lactulose 15 ml daily"),
])
def test_a_liquids_strength_and_the_ml_given_are_the_dose(a: str, b: str) -> None:
    assert units.differences(a, b) == [] and units.differences(b, a) == []


@pytest.mark.parametrize(("a", "b"), [
    ("Amoxicillin 125 mg/5 mL, 5 mL three times a day",
     "Amoxicillin 250 mg/5 mL, 5 mL three times a day"),  # the stronger syrup: twice the dose
    ("Paracetamol 120 mg/5 mL, 2.5 mL", "Paracetamol 120 mg/5 mL, 25 mL"),
    ("Ibuprofen 100 mg/5 mL, 5 mL", "Ibuprofen 200 mg"),
    ("Cough syrup 1 tsp at night", "Cough syrup 10 ml at night"),
])
def test_another_strength_or_another_amount_of_a_liquid_differs(a: str, b: str) -> None:
    assert "dose" in {d.kind for d in units.differences(a, b)}


@pytest.mark.parametrize(("a", "b"), [
    # a length with no "for" after the treatment's name
    ("Physio 6 weeks", "Physio for six weeks"),
    ("Tamoxifen 5 yrs", "Tamoxifen for five years"),
    ("Fisioterapia 6 semanas", "Fisioterapia durante 6 semanas"),
    ("Amoxicillin 500 mg tds 7 days", "Amoxicillin 500 mg tds for a week"),
    ("Trastuzumab for 12 months", "Trastuzumab for a year"),
])
def test_a_length_said_without_for_is_that_length(a: str, b: str) -> None:
    assert units.without_facts(a) == units.without_facts(b)


@pytest.mark.parametrize("timing", [
    "Review 6 weeks", "f/u US 12 months", "Repeat scan 3 months", "Physio every 2 weeks",
    "Walk 5 days a week", "6 weeks post-op", "12 weeks pregnant", "Baby 3 months old",
])
def test_a_bare_time_that_says_when_or_how_often_is_no_length(timing: str) -> None:
    assert " for " not in f" {units.without_facts(timing)} "


def test_a_days_total_is_said_as_such_not_as_once_a_day() -> None:
    # against doses so many times a day, the day's amounts side by side (test_day_totals.py)
    (found,) = units.differences("Amoxicillin 40 mg/kg/day",
                                 "Amoxicillin 40 mg/kg per dose twice a day")
    assert found.words("Dr Lee", "Dr Kim") == (
        "Dr Lee wrote 40 mg per kg of body weight a day in all, Dr Kim 40 mg per kg of body "
        "weight each dose, 80 mg per kg of body weight a day (one is 2 times the other)")
    # against doses at no fixed rhythm, how often
    found = units.differences("Amoxicillin 40 mg/kg/day",
                              "Amoxicillin 40 mg/kg per dose every 8 to 12 hours")
    assert "how often: Dr Lee wrote for the whole day, Dr Kim every 8 to 12 hours" in [
        f.words("Dr Lee", "Dr Kim") for f in found]
    with using("es"):
        found = units.differences("Amoxicillin 40 mg/kg/day",
                                  "Amoxicillin 40 mg/kg per dose every 8 to 12 hours")
        assert any("para todo el día" in f.words("Dr Lee", "Dr Kim") for f in found)


@pytest.mark.parametrize(("said", "amount", "unit"), [
    ("Rivaroxaban twenty mg OD", 20, "mg"), ("Bisoprolol two and a half mg", 2.5, "mg"),
    ("Degludec twenty-two units daily", 22, "units"), ("Insulin sixteen units", 16, "units"),
    ("Aspart six units before meals", 6, "units"), ("Insulina diez unidades", 10, "units"),
    ("Treinta y cinco unidades", 35, "units"), ("Una unidad", 1, "units"),
    ("One hundred mg", 100, "mg"), ("Ninety-nine mcg", 99, "mcg"),
])
def test_an_amount_said_in_words_is_that_amount(said: str, amount: float, unit: str) -> None:
    assert [(d.amount, d.unit) for d in units.read(said).doses] == [(amount, unit)]


def test_every_amount_in_words_is_read_so_none_is_left_as_a_word() -> None:
    # "six units" read as 6 against "sixteen units" left as words had read as more detail
    for value in range(1, 101):
        for word in (english(value, "and"), spanish(value)):
            assert [d.amount for d in units.read(f"insulin {word} units").doses] == [value], word
    found = units.differences("Insulin aspart six units before meals",
                              "Insulin aspart sixteen units before meals")
    assert [d.kind for d in found] == ["dose"]


@pytest.mark.parametrize(("a", "b"), [
    # a medicine the table does not hold, known by the stem of its international name: one
    # more on one side is no detail ("a medicine more read as agreeing" had been 51 of 236
    # common medicines added to "aspirin" or to "metformin 500 mg twice daily")
    ("Aspirin", "Aspirin plus sotalol"),
    ("Aspirin", "Aspirin, sotalol 80 mg"),
    ("Metformin 500 mg twice daily", "Metformin 500 mg twice daily and acarbose"),
    ("Warfarin", "Warfarin with isoniazid"),
    ("Levothyroxine", "Levothyroxine plus liothyronine"),
    ("Metformin", "Metformina y saxagliptina"),
])
def test_a_medicine_more_known_by_its_stem_is_a_difference(a: str, b: str) -> None:
    assert text_relation(a, b) == "different" and text_relation(b, a) == "different"


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("Statin", "Atorvastatin", "refined"),  # the table's kinds stand
    ("Sotalol", "Sotalol 80 mg twice daily", "refined"),
    ("Atorvastatina", "Atorvastatin", "same"),
])
def test_the_stems_leave_kinds_and_one_medicine_said_two_ways_alone(a: str, b: str,
                                                                      relation: str) -> None:
    assert text_relation(a, b) == relation and text_relation(b, a) == relation


def test_no_everyday_word_of_the_pair_sets_reads_as_a_medicine_by_its_stem() -> None:
    for word in ("cholesterol", "april", "serotonin", "examination", "replacement", "medication",
                 "operation", "vitamin", "spine", "infection", "suspicion", "prescription"):
        assert not MEDICINE_STEM.search(word), word


@pytest.mark.parametrize("added", ["vertigo", "cataracts", "coeliac disease", "incontinence",
                                   "vitiligo", "insomnia", "obesity", "migraine"])
def test_a_condition_added_with_and_is_a_second_condition(added: str) -> None:
    # "asthma and vertigo": one condition more, not more detail (each had read as refined)
    for base in ("Asthma", "Type 2 diabetes"):
        assert text_relation(base, f"{base} and {added}") == "different"
        assert text_relation(base, f"{base} plus {added}") == "different"


@pytest.mark.parametrize(("a", "b"), [
    # a second condition after "with" or a comma is no detail of the first (all 225 common
    # conditions so added to "asthma" or "type 2 diabetes" had read as refined)
    ("Asthma", "Asthma with eczema"),
    ("Asthma", "Asthma, eczema"),
    ("Pneumonia", "Pneumonia with sepsis"),
    ("Type 2 diabetes", "Type 2 diabetes with neuropathy"),
    ("Heart failure", "Heart failure, gout"),
    ("Asma", "Asma con dermatitis atópica"),
    ("Type 2 diabetes", "Type 2 diabetes with pneumonia"),
    ("Asthma", "Asthma, sciatica"),
    ("Asthma", "Asthma with a stroke"),
])
def test_a_second_condition_after_with_or_a_comma_is_a_difference(a: str, b: str) -> None:
    assert text_relation(a, b) == "different" and text_relation(b, a) == "different"


@pytest.mark.parametrize(("a", "b"), [
    # what follows is the first made more exact: a kind, a stage, a site, a cause, its own
    # complication, the same cancer named two ways
    ("Breast cancer", "Breast cancer, ductal carcinoma in situ"),
    ("Pneumonia", "Pneumonia, left lower lobe"),
    ("Colon cancer", "Colon cancer, stage III"),
    ("Heart failure", "Heart failure with reduced ejection fraction"),
    ("Type 2 diabetes", "Type 2 diabetes with diabetic kidney disease"),
    ("Neumonía", "Neumonía, después de la gripe"),
    ("Guillain-Barre", "Guillain-Barré syndrome, AIDP subtype"),
    ("Fluticasone salmeterol", "Fluticasone salmeterol, for asthma"),
])
def test_what_makes_the_first_condition_more_exact_stays_refined(a: str, b: str) -> None:
    assert text_relation(a, b) == "refined" and text_relation(b, a) == "refined"


@pytest.mark.parametrize(("a", "b"), [
    # two conditions of their own after a comma are a list, as with "and" (it had read as
    # different from the same two joined by "and")
    ("Asthma, eczema", "Asthma and eczema"),
    ("Eczema, asthma", "Asthma and eczema"),
    ("Asma, eczema", "Asthma and eczema"),
])
def test_two_conditions_after_a_comma_are_the_same_list_as_with_and(a: str, b: str) -> None:
    assert text_relation(a, b) == "same" and text_relation(b, a) == "same"


def _corpus_texts() -> list[str]:
    texts: set[str] = set()
    for path in sorted((Path(__file__).parents[1] / "corpus" / "pairs").glob("*.json")):
        for pair in json.loads(path.read_text(encoding="utf-8")):
            if isinstance(pair, dict) and isinstance(pair.get("a"), str):
                texts |= {pair["a"], pair["b"]}
    return sorted(texts)


def test_a_dose_counted_in_a_form_is_told_without_reading_every_text() -> None:
    # counts_a_form reads a text's doses only where it names a form: the same answer as
    # reading them, on every text of the corpus and on these
    texts = [*_corpus_texts(), "iron one tablet daily", "2 tabs nocte", "1 gtt OU", "dos gotas",
             "Salbutamol 2 puffs PRN", "una pastilla al día", "1 sobre cada 8 horas",
             "paracetamol 1 g QDS", "metformin 500 mg BD", "walking aid, 6 weeks"]
    counted = [text for text in texts
               if any(d.dimension in units.FORMS for d in units.read(text).doses)]
    assert len(counted) > 100  # (the corpus counts tablets, puffs and drops)
    assert [text for text in texts if units.counts_a_form(text)] == counted
