# SPDX-License-Identifier: GPL-3.0-or-later
"""A family writes the kind of medicine ("diabetes tablets", "sleeping pills", "a steroid
inhaler"); the doctor names it ("metformin 500 mg twice daily"). Read as one plan made more
exact, both ways round and in Spanish; two medicines of one kind stay two, a tablet is not an
injection, and a class given another way than the doctor's medicine (steroid tablets against
prednisolone eye drops) is two treatments, with the question naming how each is given."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import main_plans

REFINED = [
    ("Diabetes tablets", "Metformin 500 mg twice daily"),
    ("diabetes pills", "Gliclazide 80 mg with breakfast"),
    ("Diabetes medication", "Insulin glargine 10 units at night"),
    ("Pastillas para la diabetes", "Metformina 850 mg"),
    ("Thyroid tablets", "Levothyroxine 50 micrograms daily"),
    ("thyroid medication", "Carbimazole 20 mg daily"),
    ("Sleeping tablets", "Zopiclone 7.5 mg at night"),
    ("Pastillas para dormir", "Zolpidem 5 mg"),
    ("A steroid inhaler", "Beclometasone inhaler 2 puffs twice daily"),
    ("Preventer inhaler", "Fluticasone inhaler"),
    ("Blue inhaler when needed", "Salbutamol inhaler 2 puffs as needed"),
    ("A course of steroids", "Prednisolone 40 mg daily for 5 days"),
    ("Steroid cream", "Hydrocortisone 1% cream twice a day for 7 days"),
    ("Crema de corticoides", "Crema de hidrocortisona al 1%"),
    ("Strong painkiller (opioid)", "Oral morphine solution 5 mg every 4 hours PRN"),
    ("Cholesterol tablet at night", "Simvastatin 40 mg at night"),
    ("Stomach protector", "Omeprazole 20 mg daily"),
    ("Epilepsy medicine", "Levetiracetam 500 mg twice daily"),
    ("Seizure medication", "Lamotrigine 25 mg"),
    ("Medicina para la epilepsia", "Levetiracetam 500 mg"),
    # "for" inside a name of the table is no purpose: the kind, not "medicine" for epilepsy
    ("Medicine for epilepsy", "Levetiracetam 500 mg twice daily"),
    ("Pastillas para la epilepsia", "Levetiracetam 500 mg cada 12 horas"),
    ("Medicina para la diabetes", "Metformina 850 mg"),
    # vitamin B12 by its letters, refined by the cobalamin named (NHS)
    ("B12 injections every 3 months", "Hydroxocobalamin injections every 3 months"),
    # "blood thinning" as families write the anticoagulant injections after an operation
    ("Blood thinning injections", "Enoxaparin 40 mg SC daily"),
    ("Blood-thinning injections for 6 weeks", "Enoxaparin 40 mg SC daily for 42 days"),
    ("Injections to thin the blood", "Dalteparin 5000 units daily"),
    # insulins by how they act, laxatives, a heartburn medicine (eighth session)
    ("Long-acting insulin at night", "Lantus 20 units at night"),
    ("Insulina lenta por la noche", "Insulin glargine at night"),
    ("Quick-acting insulin with meals", "NovoRapid with meals"),
    ("Insulina rápida con las comidas", "Insulin aspart with meals"),
    ("Laxative", "Lactulose 15 ml twice daily"),
    ("Laxantes", "Senna 15 mg at night"),
    ("Stool softener", "Docusate 100 mg twice daily"),
    ("Heartburn medicine", "Gaviscon after meals"),
    ("B12 tablets", "Cyanocobalamin 50 micrograms daily"),
    # one tablet or pill where the table has many, and the other way round
    ("Blood pressure tablet", "Amlodipine 5 mg"),
    ("Blood pressure pill", "Amlodipine 5 mg"),
    ("Pastilla para el colesterol", "Atorvastatina 20 mg"),
    ("Pastilla del azúcar", "Metformina 850 mg"),
    ("Thyroid tablet", "Levothyroxine 50 micrograms daily"),
    # Spanish words a family uses for a painkiller, for sickness, for the thyroid
    ("Calmante", "Paracetamol 1 g"),
    ("Pastilla para las náuseas", "Ondansetrón 4 mg"),
    ("Pastilla del tiroides", "Eutirox 100 mcg"),
    # NHS "Neuropathic pain": its medicines, whatever else each is
    ("Nerve pain tablets", "Pregabalin 75 mg twice a day"),
    ("Nerve pain medication", "Amitriptyline 10 mg at night"),
    ("Pastillas para el dolor neuropático", "Gabapentina 300 mg"),
    # NHS "Heartburn and acid reflux": a PPI or an H2 blocker
    ("Heartburn tablets before breakfast", "Omeprazole 20 mg before breakfast"),
    ("Heartburn tablets", "Famotidine 20 mg"),
    ("Pastillas para la acidez", "Omeprazol 20 mg"),
    # a family's "pain relief", "something for the pain" (seventh session)
    ("Pain relief as needed", "Paracetamol 1 g PRN"),
    ("Something for the pain", "Codeine 30 mg"),
    ("Algo para el dolor si hace falta", "Paracetamol 1 g cada 8 horas si dolor"),
    # gout tablets, a painkilling patch, bone strengthening medicine (ninth session; NHS
    # "Gout - treatment", "Osteoporosis - treatment")
    ("Gout tablets", "Allopurinol 100 mg daily"),
    ("Tablets for gout", "Febuxostat 80 mg"),
    ("Pastillas para la gota", "Colchicina 500 mcg"),
    ("Patch for the pain", "Buprenorphine 5 micrograms/hour patch weekly"),
    ("Pain patch", "Fentanyl 12 mcg/hr patch every 72 hours"),
    ("Bone strengthening tablets", "Alendronic acid 70 mg weekly"),
    ("Bone strengthening injections", "Denosumab 60 mg every 6 months"),
    # the blue inhaler "when short of breath", and a course of so many days after the kind, as
    # a Spanish family writes them ("7 días" had been read as 7 of the antibiotic)
    ("El inhalador azul si le falta el aire", "Salbutamol 2 inhalaciones a demanda"),
    ("Antibiótico 7 días", "Amoxicilina-clavulánico 875/125 mg cada 8 horas 7 días"),
    # hormone therapy for a cancer (NHS): tamoxifen, the aromatase inhibitors, goserelin
    ("Hormone therapy for 5 years", "Letrozole 2.5 mg daily for 5 years"),
    ("Anti-hormone tablets", "Tamoxifen 20 mg daily"),
    ("Hormone treatment", "Zoladex 10.8 mg every 12 weeks"),
    ("Tratamiento hormonal", "Tamoxifeno 20 mg"),
]

DIFFERENT = [
    # a kind against a medicine of another kind
    ("Epilepsy medicine", "Sertraline 50 mg"),
    ("Stomach protector", "Ibuprofen 400 mg"),
    ("Cholesterol tablet", "Amlodipine 5 mg"),
    ("Hydroxocobalamin 1 mg", "Cyanocobalamin 1 mg"),
    ("Vitamin B12", "Folic acid"),
    ("Vitamin B12", "Vitamin B6"),
    # two medicines of one kind
    ("Metformin 500 mg twice daily", "Gliclazide 80 mg daily"),
    ("Zopiclone 7.5 mg", "Zolpidem 5 mg"),
    ("Lantus at night", "NovoRapid at night"),
    ("Lactulose", "Senna"),
    ("Gaviscon", "Omeprazole"),
    ("Long-acting insulin", "Quick-acting insulin"),
    ("Laxative", "Loperamide"),
    # for an underactive thyroid and for an overactive one
    ("Levothyroxine 50 micrograms", "Carbimazole 20 mg"),
    # tablets against injections, and a medicine of another kind
    ("Diabetes tablets", "Insulin glargine 10 units at night"),
    ("Diabetes tablets", "Semaglutide injection weekly"),
    ("Sleeping tablets", "Melatonin 2 mg"),
    ("Thyroid tablets", "Metformin 500 mg"),
    ("Nerve pain tablets", "Paracetamol 1 g"),
    ("Nerve pain tablets", "Antidepressant"),
    ("Pregabalin 75 mg", "Gabapentin 300 mg"),
    ("Heartburn tablets", "Ibuprofen 400 mg"),
    ("Omeprazole 20 mg", "Lansoprazole 30 mg"),
    # two medicines of one form, a form against a medicine of no such form
    ("Salbutamol inhaler", "Beclometasone inhaler"),
    ("Latanoprost at night", "Timolol twice a day"),
    ("Eye drops", "Chloramphenicol"),
    ("Inhaler", "Omeprazole 20 mg"),
    ("Pain relief as needed", "Omeprazole 20 mg"),
    # two medicines of one kind, a kind against another kind's medicine
    ("Allopurinol 100 mg", "Colchicine 500 mcg"),
    ("Alendronic acid 70 mg weekly", "Denosumab 60 mg every 6 months"),
    ("Gout tablets", "Alendronic acid 70 mg weekly"),
    ("Tamoxifen 20 mg", "Letrozole 2.5 mg"),
    ("Chemotherapy", "Tamoxifen 20 mg"),
]

GIVEN_ANOTHER_WAY = [
    ("Steroid tablets", "Prednisolone eye drops", "by mouth", "in the eye"),
    ("A steroid inhaler", "Budesonide capsules 9 mg", "inhaled", "by mouth"),
    ("Steroid inhaler", "Fluticasone nasal spray", "inhaled", "in the nose"),
    ("Steroid tablets", "Hydrocortisone cream", "by mouth", "on the skin (topical)"),
    ("Blood thinner tablets", "Enoxaparin injections once daily", "by mouth", "by injection"),
]


# A kind given one way against a medicine given only another way, where the doctor names the
# medicine without saying how it is given (6 December, ninth session): "blood thinning
# injections" against "apixaban", a tablet, had read as one plan said more exactly
GIVEN_ANOTHER_WAY_BY_ITS_NAME = [
    ("Blood thinning injections", "Apixaban 5 mg twice a day", "by injection",
     "apixaban (given by mouth)"),
    ("Anticoagulant injections", "Warfarin as per INR", "by injection",
     "warfarin (given by mouth)"),
    ("Blood thinner tablets", "Enoxaparin 40 mg daily", "by mouth",
     "enoxaparin (given by injection)"),
    ("Inyecciones para diluir la sangre", "Rivaroxabán 20 mg al día", "by injection",
     "rivaroxaban (given by mouth)"),
    ("Bone strengthening injections", "Alendronic acid 70 mg weekly", "by injection",
     "alendronate (given by mouth)"),
    ("Bone strengthening tablets", "Denosumab 60 mg every 6 months", "by mouth",
     "denosumab (given by injection)"),
    ("Diabetes medication by mouth", "Lantus 20 units at night", "by mouth",
     "insulin glargine (given by injection)"),
]
GIVEN_THE_SAME_WAY_BY_ITS_NAME = [
    ("Blood thinner tablets", "Apixaban 5 mg twice a day"),
    ("Pastillas para diluir la sangre", "Apixabán 5 mg cada 12 horas"),
    ("Blood thinning injections", "Clexane 40 mg daily"),
    ("Medicamento para diluir la sangre", "Enoxaparina 40 mg"),
    ("Insulin injections", "Lantus 20 units at night"),
]


@pytest.mark.parametrize(("lee", "kim", "way", "named"), GIVEN_ANOTHER_WAY_BY_ITS_NAME,
                         ids=[a for a, *_ in GIVEN_ANOTHER_WAY_BY_ITS_NAME])
def test_a_kind_given_otherwise_than_the_medicine_named_is_two_treatments(
        lee: str, kim: str, way: str, named: str) -> None:
    point = main_plans(lee, kim, category="medication")
    assert (point.status, point.severity) == ("different", "major")
    assert point.detail == f"how it is given: Dr Lee wrote {way}, Dr Kim {named}"
    assert point.detail in point.question
    back = main_plans(kim, lee, category="medication")
    assert back.detail == f"how it is given: Dr Lee wrote {named}, Dr Kim {way}"


@pytest.mark.parametrize(("lee", "kim"), GIVEN_THE_SAME_WAY_BY_ITS_NAME,
                         ids=[a for a, _ in GIVEN_THE_SAME_WAY_BY_ITS_NAME])
def test_a_kind_given_as_the_medicine_named_is_still_refined(lee: str, kim: str) -> None:
    for a, b in ((lee, kim), (kim, lee)):
        point = main_plans(a, b, category="medication")
        assert (point.status, point.detail) == ("refined", ""), (a, b)


@pytest.mark.parametrize(("lee", "kim"), REFINED, ids=[a for a, _ in REFINED])
def test_the_kind_a_family_writes_is_refined_by_the_medicine_a_doctor_names(lee, kim) -> None:
    for a, b in ((lee, kim), (kim, lee)):
        point = main_plans(a, b, category="medication")
        assert (point.status, point.severity) == ("refined", "minor"), (a, b)


@pytest.mark.parametrize(("lee", "kim"), DIFFERENT, ids=[f"{a}|{b}" for a, b in DIFFERENT])
def test_two_medicines_and_two_forms_stay_apart(lee, kim) -> None:
    for a, b in ((lee, kim), (kim, lee)):
        assert main_plans(a, b, category="medication").status == "different", (a, b)


@pytest.mark.parametrize(("lee", "kim", "way_a", "way_b"), GIVEN_ANOTHER_WAY,
                         ids=[a for a, *_ in GIVEN_ANOTHER_WAY])
def test_a_kind_given_another_way_than_the_medicine_is_two_treatments(lee, kim, way_a,
                                                                      way_b) -> None:
    point = main_plans(lee, kim, category="medication")
    assert (point.status, point.severity) == ("different", "major")
    assert f"Dr Lee wrote {way_a}, Dr Kim {way_b}" in point.detail
    assert f"Dr Lee wrote {way_a}, Dr Kim {way_b}" in point.question
    # the same medicine given the same way is still the kind made more exact
    assert main_plans("Steroid tablets", "Prednisolone tablets 40 mg",
                      category="medication").status == "refined"


@pytest.mark.parametrize(("a", "b"), [
    # a kind counted in tablets (6 December, fourth session): "iron one tablet daily" left
    # "iron", no medicine by itself once the count was taken out, and differed from ferrous
    # sulfate with no words; a tablet may hold the other's amount, so the program asks
    ("Iron one tablet daily", "Ferrous sulfate 200 mg once a day"),
    ("Hierro un comprimido al día", "Ferrous sulfate 200 mg once a day"),
])
def test_a_kind_counted_in_tablets_may_be_the_one_named(a: str, b: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == (
        "maybe_same", "Dr Lee wrote 1 tablet, Dr Kim 200 mg (milligrams)")
    # what one tablet holds is the question (not a dose said in words, "one thousand mg")
    assert point.question.startswith("Ask both doctors how much one tablet or capsule of ")
    assert "one thousand" not in point.question


@pytest.mark.parametrize(("a", "b"), [
    # a medicine by its form (6 December, seventh session): "inhaler two puffs when needed"
    # against "salbutamol 2 puffs PRN", "eye drops at night" against "latanoprost 1 drop nocte"
    # had differed; an inhaler and eye drops are kinds of medicine refined by a medicine given
    # so (NHS "Asthma", "Glaucoma - treatment")
    ("Inhaler two puffs when needed", "Salbutamol 2 puffs PRN"),
    ("Inhaler twice a day", "Beclometasone 2 puffs twice a day"),
    ("Inhaler", "Steroid inhaler"),
    ("Inhaler", "Symbicort"),
    ("Inhalador cuando lo necesite", "Salbutamol 2 puffs PRN"),
    ("Eye drops at night", "Latanoprost 1 drop nocte"),
    ("Glaucoma drops at night", "Latanoprost 1 drop nocte"),
    ("Colirio por la noche", "Latanoprost una gota por la noche"),
    # the form said after the medicine is that medicine's form, not a second medicine
    ("Eye drops", "Chloramphenicol eye drops"),
    ("Inhaler", "Tiotropium inhaler"),
])
def test_a_medicine_by_its_form_is_refined_by_one_given_so(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "medication").status == "refined", (x, y)


def test_a_medicine_named_with_its_form_is_that_medicine() -> None:
    assert main_plans("Ventolin 2 puffs when needed", "salbutamol inhaler two puffs prn",
                      "medication").status == "same"
    assert main_plans("Latanoprost eye drops", "Latanoprost", "medication").status == "same"


@pytest.mark.parametrize(("a", "b", "detail"), [
    # a kind and one of its kind given for another time (6 December, eighth session): "for a
    # week" stayed in the words the two names were compared by, so "antibiotics for 7 days"
    # and "amoxicillin for 5 days" were two treatments with nothing to say why
    # (a week said back as a week, not as the 7 days it is counted in: ninth session)
    ("Antibiotics for a week", "Amoxicillin 500 mg three times a day for 5 days",
     "how long: Dr Lee wrote 1 week, Dr Kim 5 days"),
    ("Steroids for 5 days", "Prednisolone 40 mg daily for 7 days",
     "how long: Dr Lee wrote 5 days, Dr Kim 7 days"),
    ("Antibióticos durante una semana", "Amoxicilina 500 mg cada 8 horas durante 5 días",
     "how long: Dr Lee wrote 1 week, Dr Kim 5 days"),
    ("Blood thinning injections for 6 weeks", "Enoxaparin 40 mg SC daily for 4 weeks",
     "how long: Dr Lee wrote 6 weeks, Dr Kim 4 weeks"),
])
def test_a_kind_and_one_of_it_for_another_time_differ_in_how_long(a: str, b: str,
                                                                  detail: str) -> None:
    point = main_plans(a, b, "medication")
    assert (point.status, point.detail) == ("different", detail)
    assert main_plans(b, a, "medication").status == "different"
    # for as long, the medicine named is the kind made more exact
    same_time = b.replace("for 5 days", "for 7 days").replace("durante 5 días", "durante 7 días")
    if same_time != b:
        assert main_plans(a, same_time, "medication").status == "refined"


def test_each_kind_pairs_with_the_medicine_of_its_kind() -> None:
    # (6 December, ninth session) a kind shares no word with its medicine, and had paired with
    # whichever medicine came first: "Antibiotics for a week" against "Allopurinol 100 mg",
    # "Gout tablets" against "Amoxicillin 500 mg ...", two differences the doctors did not have
    from secondop_desktop.domain.compare import compare_opinions
    from secondop_desktop.domain.model import Case, Opinion, Physician, Recommendation

    def opinion(name: str, *treatments: str) -> Opinion:
        return Opinion(physician=Physician(name=name), recommendations=[
            Recommendation(treatment=t, category="medication") for t in treatments])

    lee = opinion("Dr Lee", "Antibiotics for a week", "Gout tablets", "Statin at night")
    kim = opinion("Dr Kim", "Allopurinol 100 mg daily", "Simvastatin 40 mg at night",
                  "Amoxicillin 500 mg three times a day for 5 days")
    case = Case(title="t", opinions=[lee, kim])
    rows = {(p.a.split(" · ")[0], p.b.split(" · ")[0]): p.status
            for p in compare_opinions(case, lee.id, kim.id).points
            if p.topic == "recommendation"}
    assert rows == {
        ("Antibiotics for a week", "Amoxicillin 500 mg three times a day for 5 days"): "different",
        ("Gout tablets", "Allopurinol 100 mg daily"): "refined",
        ("Statin at night", "Simvastatin 40 mg at night"): "refined",
    }


def test_a_course_after_a_kind_in_spanish_is_how_long() -> None:
    point = main_plans("Antibiótico 7 días", "Amoxicilina 500 mg cada 8 horas 5 días",
                       "medication")
    assert (point.status, point.detail) == ("different", "how long: Dr Lee wrote 7 days, "
                                                          "Dr Kim 5 days")
    assert main_plans("Salbutamol si le cuesta respirar", "Salbutamol a demanda",
                      "medication").status == "same"


def test_a_way_both_write_is_not_read_against_the_medicines_usual_one() -> None:
    # where both say how it is given, each side's own words stand: "warfarin intrathecal" is
    # not said to be given by mouth (found by test_comparison_rules_properties: the row had
    # read differently with the doctors swapped)
    for a, b in (("Methotrexate intrathecal", "Warfarin intrathecal"),
                 ("Warfarin intrathecal", "Methotrexate intrathecal")):
        assert "given by mouth" not in main_plans(a, b, "medication").detail
