# SPDX-License-Identifier: GPL-3.0-or-later
"""What makes two look-alike treatments two: a cream against an ointment, a dose written
without its unit, vitamin D in units against micrograms, with juice against with milk, two
brands of adrenaline pen, a device under the skin against one through a vein, a mask, a
study on or off the machine, a scan within the hour against within eight (found by the
held-out sets of 5 December: skin creams, eye drops, supplements, family retellings, sleep
and breathing machines, scans, chemotherapy; docs/comparison.md)."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import units
from tests.domain.two_doctors import diagnosis_statuses as _diagnoses
from tests.domain.two_doctors import main_plans, plan_statuses
from tests.domain.two_doctors import plan_statuses as _plans


def _medicines(a: str, b: str) -> tuple[str, str]:
    return plan_statuses(a, b, "medication")


@pytest.mark.parametrize(("a", "b", "status"), [
    ("hydrocortisone 1% cream once daily to arms", "hydrocortisone 1% ointment once daily to arms",
     "different"),
    ("chloramphenicol eye drops left eye 4 times a day",
     "chloramphenicol eye ointment left eye 4 times a day", "different"),
    ("hydrocortisone 1% cream bd", "hydrocortisone 1% crema dos veces al día", "same"),
    # one side names no preparation: nothing to set against the other's
    ("hydrocortisone 1% bd", "hydrocortisone 1% cream bd", "refined"),
])
def test_a_cream_is_not_an_ointment(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


def test_a_preparation_difference_says_both() -> None:
    point = main_plans("hydrocortisone 1% cream bd", "hydrocortisone 1% ointment bd",
                       "medication")
    assert "cream" in point.detail and "ointment" in point.detail


@pytest.mark.parametrize(("text", "preparation"), [
    ("hydrocortisone cream", "cream"), ("Fucidin ointment", "ointment"),
    ("latanoprost eye drops", "drops"), ("colirio de timolol", "drops"),
    ("ketoconazole 2% shampoo", "shampoo"), ("hydrocortisone cream or ointment", ""),
    ("metformin 500 mg", ""),
])
def test_preparation_read(text: str, preparation: str) -> None:
    assert units.read(text).preparation == preparation


@pytest.mark.parametrize(("a", "b", "status"), [
    ("furosemide 40 in the morning", "Furosemide 20 mg mane", "different"),
    ("furosemide 40 in the morning", "Furosemide 40 mg mane", "same"),
    ("Eliquis 2.5 twice a day", "Apixaban 5 mg BD", "different"),
    ("Eliquis 5 twice a day", "Apixaban 5 mg BD", "same"),
    ("levothyroxine 50 every morning", "Levothyroxine 50 micrograms daily", "same"),
    ("metformin 500", "metformin 500 mg", "same"),
    ("ramipril 5", "ramipril 10", "different"),
    # a count or a length is no dose
    ("amoxicillin 7 days", "amoxicillin for a week", "same"),
])
def test_a_dose_written_without_its_unit(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


def test_a_dose_without_its_unit_is_said_as_written() -> None:
    point = main_plans("furosemide 40 in the morning", "Furosemide 20 mg mane", "medication")
    assert "40" in point.detail and "20 mg" in point.detail


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Vitamin D3 1000 IU once daily", "colecalciferol 25 micrograms every day", "same"),
    ("vit D 400 units daily", "vitamin D 10 mcg a day", "same"),
    ("vitamin D 1000 IU daily", "vitamin D 50 mcg daily", "different"),
    # insulin's units stay units
    ("insulin glargine 10 units", "insulin glargine 10 units at night", "refined"),
])
def test_vitamin_d_in_units_or_micrograms(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("take iron tablets with orange juice", "take iron tablets with milk", "different"),
    ("take calcium carbonate with meals", "take calcium carbonate between meals", "different"),
    ("levothyroxine 50 with her breakfast",
     "Levothyroxine 50 mcg on an empty stomach before breakfast", "different"),
    ("ferrous sulfate 200 mg with orange juice",
     "ferrous sulfate 200 mg with a glass of orange juice", "same"),
])
def test_with_what_it_is_taken(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Jext 300 micrograms auto-injector", "EpiPen 300 micrograms auto-injector", "different"),
    ("EpiPen", "adrenaline auto-injector", "same"),
    ("EpiPen 0.3 mg for anaphylaxis", "EpiPen Jr for anaphylaxis", "different"),
    ("EpiPen Jr", "EpiPen 0.15 mg", "same"),
    ("EpiPen Jr 0.15 mg", "epipen junior", "same"),
    ("carry 2 adrenaline pens", "carry two adrenaline pens", "same"),
    ("EpiPens x2", "Epi-pen x 2", "same"),
])
def test_adrenaline_pens(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Subcutaneous ICD", "transvenous ICD", "different"),
    ("CPAP with nasal mask", "CPAP with full face mask", "different"),
    ("repeat sleep study on CPAP", "repeat sleep study off CPAP", "different"),
    ("sleep study on CPAP", "sleep study with CPAP", "same"),
    ("CT head within 1 hour", "CT head within 8 hours", "different"),
    ("CT head within 1 hour", "CT head within 60 minutes", "same"),
    ("CT head within 24 hours", "urgent CT head", "same"),
    ("start hormone therapy after radiotherapy",
     "start hormone replacement therapy after radiotherapy", "different"),
    ("4 cycles of FOLFOX", "four cycles of FOLFOX", "same"),
])
def test_devices_machines_and_hours(a: str, b: str, status: str) -> None:
    assert _plans(a, b) == (status, status)


def test_proton_is_no_slip_for_photon() -> None:
    assert "same" not in _plans("proton therapy for skull base tumour",
                                "photon therapy for skull base tumour")
    assert "maybe_same" not in _plans("proton therapy for skull base tumour",
                                      "photon therapy for skull base tumour")


@pytest.mark.parametrize(("a", "b", "status"), [
    ("trastuzumab every 3 weeks for a year", "trastuzumab emtansine every 3 weeks for a year",
     "different"),
    ("Kadcyla every 3 weeks", "trastuzumab emtansine every 3 weeks", "same"),
    ("Canesten cream", "Canesten HC cream", "different"),
    ("Fucidin cream tds", "Fucidin H cream tds", "different"),
    ("hydrocortisone butyrate 0.1% cream bd", "hydrocortisone 0.1% cream bd", "different"),
    ("clotrimazole cream 2-3 times a day", "Canesten cream two to three times daily", "same"),
    # the strength said by one side only: more exact
    ("clotrimazole 1% cream 2-3 times a day", "Canesten cream 2 or 3 times a day", "refined"),
    ("clotrimazole cream 2-3 times a day", "clotrimazole cream 4 times a day", "different"),
    ("apply terbinafine cream once a day for 1 week", "Lamisil cream daily for 7 days", "same"),
    ("Mag oxide 400mg BID", "magnesium oxide 400 mg twice daily", "same"),
    ("timolol 0.5% one drop right eye twice a day", "Timolol 0.5% 1gtt OD BID", "same"),
])
def test_medicines_of_their_own_and_their_brands(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b"), [
    ("vitamin B12 deficiency", "cobalamin deficiency"),
    ("hypomagnesaemia", "low magnesium level in the blood"),
])
def test_deficiencies_in_other_words(a: str, b: str) -> None:
    assert _diagnoses(a, b) == ("same", "same")


def test_a_pen_in_a_longer_word_is_no_pen() -> None:
    # "Apendicectomía" holds "pen": two texts that name no pen are not two pens
    assert _plans("Apendicectomía", "apendicectomia") == ("same", "same")


@pytest.mark.parametrize(("a", "b", "status"), [
    # one doctor gives the side or how well controlled, the other the kind: each more exact
    ("Eczema on both arms", "Atopic eczema, arms", "refined"),
    ("Asthma, well controlled", "Allergic asthma", "refined"),
    ("Left knee osteoarthritis", "Severe knee osteoarthritis", "refined"),
    # a place, a kind or a side against another stays apart
    ("OA right knee", "OA right hip", "different"),
    ("fracture of the neck of femur", "fracture of the shaft of femur", "different"),
    ("Ischaemic stroke, right", "Haemorrhagic stroke", "different"),
    ("concussion", "severe traumatic brain injury", "different"),
    # Spanish sides in short
    ("artrosis rodilla der.", "artrosis rodilla izq.", "different"),
    ("artrosis rodilla dcha.", "right knee osteoarthritis", "same"),
])
def test_each_doctor_more_exact_in_their_own_way(a: str, b: str, status: str) -> None:
    assert _diagnoses(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    # the same doses or rhythms in another order, all else alike
    ("hydrocortisone 10mg on waking, 5mg at 2pm", "hydrocortisone 5mg on waking, 10mg at 2pm",
     "different"),
    ("colchicine 500mcg bd for 2 days then od", "colchicine 500mcg od for 2 days then bd",
     "different"),
    ("prednisolone 40mg daily for 5 days then 30mg daily",
     "prednisolone 30mg daily for 5 days then 40mg daily", "different"),
    ("hydrocortisone 10mg on waking, 5mg at 2pm",
     "hydrocortisone 10 mg on waking and 5 mg at 2pm", "same"),
    # half and quarter tablets in Spanish, a route in its masculine form
    ("Media pastilla de Sintrom los lunes", "un cuarto de pastilla de Sintrom los lunes",
     "different"),
    ("warfarin three quarters of a tablet", "warfarin 0.75 tablets", "same"),
    ("Metotrexato 15 mg subcutáneo semanal", "metotrexato 15 mg oral semanal", "different"),
])
def test_doses_in_order_and_in_parts(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


def test_an_order_difference_says_both_orders() -> None:
    point = main_plans("hydrocortisone 10mg on waking, 5mg at 2pm",
                       "hydrocortisone 5mg on waking, 10mg at 2pm", "medication")
    assert "10 mg, 5 mg" in point.detail and "5 mg, 10 mg" in point.detail


@pytest.mark.parametrize(("a", "b", "status"), [
    ("WBAT in boot", "WBAT out of boot", "different"),
    ("WBAT in boot", "weight bearing as tolerated in the boot", "same"),
    ("NWB left leg", "non-weight bearing on the left leg", "same"),
    ("PWB", "FWB", "different"),
    ("partial weight bearing 20 kg", "partial weight bearing 20%", "different"),
    ("lose 5 kg", "lose 10 kg", "different"),
    ("transfer for thrombolysis", "transfer for thrombectomy", "different"),
    ("urgent CT head", "urgent CT angiogram head and neck", "different"),
    ("CT angiogram", "CTA", "same"),
    ("hydrocortisone 1% cream", "hydrocortisone 1 percent cream", "same"),
])
def test_weight_bearing_targets_and_scans(a: str, b: str, status: str) -> None:
    assert _plans(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("BP target below 130/80", "aim for blood pressure under 130 over 80", "same"),
    ("BP target below 130/80", "BP target below 140/90", "different"),
    ("INR 2.0-3.0", "INR 2-3", "same"),
    ("Target systolic BP less than 140", "target systolic BP <140 mmHg", "same"),
])
def test_targets_said_other_ways(a: str, b: str, status: str) -> None:
    assert _plans(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    # a product's variant: another product
    ("Calpol 5 ml every 6 hours", "Calpol Six Plus 5 ml every 6 hours", "different"),
    ("Calpol Six Plus 5 ml", "Calpol 6+ 5ml", "same"),
    ("Elleste Duet 1mg daily", "Elleste Solo 1mg daily", "different"),
    # a second medicine in another language's words
    ("amoxicilina 875 mg each 12 hours", "amoxicilina with clavulanic 875 mg each 12 hours",
     "different"),
])
def test_a_products_variant_is_another_product(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Review by crisis team within 4 hours", "review by crisis team within 24 hours",
     "different"),
    ("urgent CT head", "CT head within 24 hours", "same"),
    ("CT chest abdomen pelvis in 3 months", "CT chest abdomen in 3 months", "different"),
    ("CT head", "CT head and neck", "different"),
    ("MRI spine", "MRI lumbar spine", "refined"),
    ("PET-CT in 3 months", "CT in 3 months", "different"),
    ("PET CT", "PET/CT scan", "same"),
    ("eat more fiber and less meat", "eat less fiber and more meat", "different"),
    ("more exercise", "less exercise", "different"),
])
def test_hours_regions_scans_and_more_or_less(a: str, b: str, status: str) -> None:
    assert _plans(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    # the most to take is no dose, and set only against the other's most
    ("paracetamol 1 g qds, max 4 g a day", "paracetamol 1 g qds, max 3 g a day", "different"),
    ("paracetamol 1 g qds, max 4 g a day", "paracetamol 1 g qds", "refined"),
    # a dose above the other's most, or above a day's most with its rhythm
    ("drink 2 liters of water in the day", "drink maximum 1 liter of water in the day",
     "different"),
    ("paracetamol 1 g qds", "paracetamol 1 g qds, max 2 g a day", "different"),
    ("paracetamol 500 mg qds", "paracetamol 500 mg qds, max 4 g in 24 hours", "refined"),
    # "up to 4 times a day" is no dose raised from 1 g, but four at most, when needed: not
    # four every day (test_terms_and_units: the difference is how often, not the dose)
    ("paracetamol 1 g up to 4 times a day", "paracetamol 1 g four times a day", "different"),
    ("paracetamol 1 g up to 4 times a day", "paracetamol 1 g qds prn", "same"),
    # a tablet's strength and a count of tablets: the total, or the strength
    ("paracetamol 500mg two tablets qds", "paracetamol 1 g qds", "maybe_same"),
    ("paracetamol 500mg two tablets four times a day when required, max 8 in 24 hours",
     "paracetamol 1g QDS PRN, no more than 8 tablets in 24h", "maybe_same"),
])
def test_the_most_to_take_and_tablets_of_a_strength(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


@pytest.mark.parametrize("text", [
    "paracetamol 1 g as needed, max 4 g per day", "max 4 g paracetamol per day",
    "paracetamol 1 g prn, max 4 g of paracetamol in 24 hours", "paracetamol 1g prn max 4g/day",
    "no more than 8 tablets a day",
])
def test_a_days_most_is_not_how_often(text: str) -> None:
    # (it had read as "once a day": "up to 4 times daily" against it was another rhythm)
    facts = units.read(text)
    assert facts.limits and facts.limit_per_day
    assert not facts.frequency and facts.per_day is None


def test_each_doses_most_with_its_rhythm_keeps_the_rhythm() -> None:
    facts = units.read("max 2 tablets twice a day")
    assert facts.frequency == "twice a day" and not facts.limit_per_day
    facts = units.read("paracetamol 1g qds max 4g/day")
    assert facts.frequency == "four times a day" and facts.limit_per_day


def test_the_most_to_take_is_said_as_such() -> None:
    point = main_plans("paracetamol 1 g qds, max 4 g a day", "paracetamol 1 g qds, max 3 g a day",
                       "medication")
    assert point.detail.startswith("the most to take:") and "4 g" in point.detail
    assert units.read("paracetamol 1 g qds, max 4 g a day").limits[0].amount == 4.0


@pytest.mark.parametrize(("a", "b"), [
    ("Return if fever persists beyond 5 days", "come back if temp still high after 5 days"),
    ("Phone 911 for any difficulty breathing", "call 911 if trouble breathing"),
    ("may cause drowsiness", "may cause drowsiness; if affected do not drive or operate machinery"),
    ("Call NHS 111 if symptoms worsen overnight",
     "doc said ring 111 if she gets worse in the night"),
    ("Seek urgent review if symptoms persist beyond 72 hours",
     "get seen urgently if still unwell after 3 days"),
])
def test_when_to_seek_help_puts_nothing_off(a: str, b: str) -> None:
    assert "advises against" not in main_plans(a, b).question


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Haemodialysis Monday, Wednesday, Friday", "haemodialysis Tuesday, Thursday, Saturday",
     "different"),
    ("methotrexate 15 mg on Mondays", "methotrexate 15 mg on Fridays", "different"),
    ("methotrexate 15 mg every Monday", "methotrexate 15 mg once a week on Mondays", "same"),
    ("dialysis Mon/Wed/Fri", "dialysis Monday, Wednesday and Friday", "same"),
    ("Eylea OD", "Eylea OU", "different"),
    ("triamcinolone intravitreal right eye", "triamcinolone sub-Tenon right eye", "different"),
    ("stop oral HRT 4 weeks pre-op", "stop HRT patches 4 weeks pre-op", "different"),
    ("stop empagliflozin 3 days before surgery", "stop empagliflozin the day before surgery",
     "different"),
    ("take your usual inhalers on the morning of surgery",
     "bring your usual inhalers on the morning of surgery", "different"),
    ("split-dose bowel prep for colonoscopy", "single-dose bowel prep for colonoscopy",
     "different"),
    ("8 g albumin per litre of ascites drained", "8 g albumin per 3 litres of ascites drained",
     "different"),
])
def test_days_eyes_and_before_an_operation(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


def test_days_are_said_by_name() -> None:
    point = main_plans("Haemodialysis Monday, Wednesday, Friday",
                       "haemodialysis Tuesday, Thursday, Saturday", "medication")
    assert point.detail.startswith("on which days:") and "Tuesday, Thursday, Saturday" in (
        point.detail)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("coronary stent placed 3 months ago", "coronary stent placed 3 years ago", "different"),
    ("Mum's gastroenteritis last week", "Gastroenteritis", "same"),
])
def test_how_long_ago_when_both_say(a: str, b: str, status: str) -> None:
    assert _diagnoses(a, b) == (status, status)


def test_a_dressing_kept_on_is_not_kept_dry() -> None:
    assert "same" not in _plans("keep dressing dry for 48 hours", "keep dressing on for 48 hours")
    assert "refined" not in _plans("keep dressing dry for 48 hours",
                                   "keep dressing on for 48 hours")


@pytest.mark.parametrize(("a", "b", "turned_down"), [
    # a "not" in the condition only denies nothing of the plan
    ("call ambulance if still seizing 5 min after buccal midazolam",
     "dial 999 if fit not stopped 5 mins after buccal midaz", False),
    ("no surgery if the pain settles", "surgery", True),
    # naloxone "if overdose suspected" is its trigger
    ("Narcan nasal spray 4 mg for suspected overdose",
     "naloxone 4mg intranasal if overdose suspected", False),
])
def test_a_condition_with_a_not(a: str, b: str, turned_down: bool) -> None:
    assert ("advises against" in main_plans(a, b, "medication").question) == turned_down


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Peak flow morning and evening", "peak flow mornings only", "different"),
    ("Home oxygen assessment", "home nebuliser assessment", "different"),
    ("salbutamol 2.5 mg via nebuliser", "salbutamol 2.5 mg nebulised", "same"),
    ("Empty leg bag when half full", "Empty leg bag when full", "different"),
    ("Change catheter every 7 days", "Change catheter bag every 7 days", "different"),
    ("betamethasone nose drops, head down position, 3 weeks", "betamethasone ear drops, 3 weeks",
     "different"),
])
def test_action_plans_bags_and_drops(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "turned_down"), [
    ("Salbutamol 2 puffs via spacer when wheezy", "ventolin 2 puffs thru spacer if wheezing",
     False),
    ("Glucagon 1 mg IM for severe hypoglycaemia",
     "GlucaGen HypoKit 1mg intramuscular if severe hypo", False),
    ("GTN spray 400 mcg sublingual before exercise if angina",
     "nitroglycerin 0.4 mg SL prior to exertion as needed for angina", False),
    # holding a walking aid is using it, not holding off
    ("use walking stick in right hand", "hold the cane in the right hand", False),
    ("hold metformin", "metformin", True),
])
def test_triggers_and_aids_put_nothing_off(a: str, b: str, turned_down: bool) -> None:
    assert ("advises against" in main_plans(a, b, "medication").question) == turned_down


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("mesalazine suppository 1 g at night", "mesalazine enema 1 g at night", "in what form"),
    ("Xarelto 20mg taken with evening meal", "Xarelto 20mg taken on an empty stomach",
     "with food or not"),
    ("no more than 2 units of alcohol a day", "no more than 2 units of alcohol a week",
     "the most to take"),
    ("Midazolam 5mg SC PRN agitation", "midazolam 5mg buccal PRN agitation", "how it is given"),
])
def test_another_form_mealtime_period_or_route_is_a_difference_said(a: str, b: str,
                                                                     detail: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y, "medication")
        assert point.status == "different" and point.detail.startswith(detail), point.detail


@pytest.mark.parametrize(("a", "b", "status"), [
    # a purpose on each side, one of them not in the table of names: two purposes
    ("Haloperidol 1.5mg SC at night for nausea", "haloperidol 1.5mg SC at night for delirium",
     "different"),
    ("Antihistamine for the hay fever", "antihistamine", "same"),
    # insulin by the carbohydrate eaten against a set number of units
    ("lispro by carb ratio 1:8 at lunch", "lispro 8 units at lunch", "different"),
    # (the evening meal says when as well as with food: said more exactly)
    ("rivaroxaban 20 mg with the evening meal", "Xarelto 20mg with food", "refined"),
])
def test_purposes_carb_ratios_and_meals(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Active assisted ROM right shoulder", "active ROM right shoulder", "different"),
    ("AAROM right shoulder", "active ROM right shoulder", "different"),
    ("Glute bridge 3x10", "single leg glute bridge 3x10", "different"),
    ("Wall slides 2 sets of 10 daily", "wall slides 2x10 once a day", "same"),
    ("calf raises 3 sets of 15", "calf raises 3x20", "different"),
    ("DNACPR in place", "Do not attempt cardiopulmonary resuscitation order in place", "same"),
    ("DNACPR in place", "for full resuscitation", "different"),
])
def test_exercises_and_resuscitation(a: str, b: str, status: str) -> None:
    assert _plans(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b"), [
    ("Hold each hamstring stretch for 30 seconds, repeat 3 times",
     "hamstring stretch 3 x 30 sec holds"),
    ("Bridges 3 sets of 10, hold 5 seconds at the top", "glute bridge 3x10 with 5 sec hold"),
    ("DNACPR in place", "Do not attempt cardiopulmonary resuscitation order in place"),
    # a level that calls for it, and another day than a medicine, deny nothing
    ("transfuse if Hb below 7 g/dL", "red cell transfusion threshold haemoglobin < 70 g/L"),
    ("platelet transfusion if plt < 10", "transfuse platelets when count below 10 x10^9/L"),
    ("folic acid 5 mg once weekly, not on the methotrexate day",
     "folic acid 5mg weekly on a different day to MTX"),
    ("may resume sex 1 week after uncomplicated MI",
     "avoid sexual activity for the first week after uncomplicated heart attack"),
])
def test_a_stretch_held_or_resuscitation_declined_turns_nothing_down(a: str, b: str) -> None:
    assert "advises against" not in main_plans(a, b).question


def test_a_medicine_held_back_is_still_a_pause() -> None:
    assert _plans("hold warfarin for 5 days before surgery", "continue warfarin") == (
        "different", "different")
    assert "advises against" in main_plans("hold warfarin for 5 days before surgery",
                                           "continue warfarin").question


def test_a_rescue_medicines_point_of_giving_is_said() -> None:
    a = "buccal midazolam 10 mg if seizure lasts over 5 minutes"
    b = "buccal midazolam 10 mg if seizure lasts over 10 minutes"
    point = main_plans(a, b, "medication")
    assert point.status == "different" and point.detail.startswith("when to give it")
    assert _medicines(a, "Buccal midazolam 10mg if seizure lasts more than 5 mins") == (
        "same", "same")


@pytest.mark.parametrize(("a", "b", "status"), [
    ("protein at least 60 g a day after sleeve", "protein at least 60 g a meal after sleeve",
     "different"),
    ("Creon 25000 with each meal", "Creon 25000 three times a day", "same"),
])
def test_each_meal_is_a_rhythm(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("cystitis", "interstitial cystitis", "different"),
    ("childhood absence epilepsy", "juvenile absence epilepsy", "different"),
    ("childhood absence epilepsy", "absence epilepsy", "refined"),  # no denial of epilepsy
    ("absence of seizures", "seizures", "different"),  # still a denial
])
def test_syndromes_apart_and_absence_seizures(a: str, b: str, status: str) -> None:
    assert _diagnoses(a, b) == (status, status)


def test_another_day_than_a_medicine() -> None:
    assert _medicines("folic acid 5 mg once weekly, not on the methotrexate day",
                      "folic acid 5mg weekly on a different day to MTX") == ("same", "same")
    assert _medicines("folic acid 5 mg weekly, not on the methotrexate day",
                      "folic acid 5 mg weekly on the methotrexate day") == (
        "different", "different")
    # a condition still puts a plan off
    assert "advises against" in main_plans("surgery only if physio fails", "surgery").question


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Repeat obs every 15 minutes", "repeat obs every 4 hours", "how often"),
    ("amoxicillin 40 mg/kg/day three times a day",
     "amoxicillin 40 mg/kg per dose three times a day", "Dr Lee wrote 40 mg per kg"),
    ("lidocaine 5% plaster to painful area", "lidocaine 5% cream to painful area",
     "how it is given"),
])
def test_minutes_a_days_total_and_a_plaster_are_said(a: str, b: str, detail: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = main_plans(x, y, "medication")
        assert point.status == "different"
    assert main_plans(a, b, "medication").detail.startswith(detail)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Reduced hours, afternoons only", "reduced hours, evenings only", "different"),
    ("Wear wrist splint at night", "wear wrist splint at work", "different"),
    ("Self-certify for the first 7 days", "self-certify for the first 7 working days",
     "different"),
    ("Not fit for work for 2 weeks", "signed off work for two weeks", "same"),
    ("not fit for work for 2 weeks", "fit for work with adjustments", "different"),
    ("below knee plaster for 6 weeks", "below knee cast for 6 weeks", "different"),  # no route
])
def test_times_of_day_working_days_and_fit_notes(a: str, b: str, status: str) -> None:
    assert _plans(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("well differentiated squamous cell carcinoma",
     "moderately differentiated squamous cell carcinoma", "different"),
    ("moderately differentiated adenocarcinoma", "grade 2 adenocarcinoma", "same"),
    ("poorly differentiated adenocarcinoma", "G3 adenocarcinoma", "same"),
])
def test_a_grade_said_by_its_differentiation(a: str, b: str, status: str) -> None:
    assert _diagnoses(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b"), [
    ("avoid high potassium foods like bananas",
     "stay away from bananas and other high potasium foods"),
    ("Not fit for work for 2 weeks", "signed off work for two weeks"),
    ("Not fit for work, review in a fortnight", "unfit for work until review in 2 weeks"),
])
def test_staying_away_and_being_signed_off_turn_nothing_down(a: str, b: str) -> None:
    assert "advises against" not in main_plans(a, b).question


@pytest.mark.parametrize(("a", "b", "status"), [
    ("take calcium at a different time from alendronate",
     "take calcium together with alendronate", "different"),
    ("take calcium at a different time of day to alendronate",
     "take calcium separately from alendronate", "same"),
    ("Isotretinoin taken with a fatty meal", "Isotretinoin taken on an empty stomach",
     "different"),
    ("Benzoyl peroxide 5% gel once daily", "Benzoyl peroxide 5% wash once daily", "different"),
])
def test_together_or_apart_a_fatty_meal_and_a_wash(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("heart failure with mildly reduced EF", "heart failure with reduced EF", "different"),
    ("HFmrEF", "heart failure with mildly reduced ejection fraction", "same"),
])
def test_a_mildly_reduced_ejection_fraction_is_its_own(a: str, b: str, status: str) -> None:
    assert _diagnoses(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b"), [
    ("bisphosphonate drug holiday after 5 years",
     "pause the bisphosphonate after five years of treatment"),
    ("increase bisoprolol dose every two weeks if tolerated",
     "uptitrate bisoprolol q2wks as tolerated"),
])
def test_holidays_and_tolerance_turn_nothing_down(a: str, b: str) -> None:
    assert "advises against" not in main_plans(a, b).question


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Mirena IUS for heavy periods", "Kyleena IUS for heavy periods", "different"),
    ("Mirena coil", "hormonal coil", "refined"),
    ("EpiPen 0.3 mg", "Jext 300 micrograms", "different"),
    ("Take iron tablets with orange juice", "Take iron tablets with tea", "different"),
])
def test_brands_of_one_family_and_tea_against_juice(a: str, b: str, status: str) -> None:
    assert _medicines(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("macula-on retinal detachment", "macula-off retinal detachment", "different"),
    ("Stuttering", "cluttering", "different"),
    ("stammering", "stuttering", "same"),
    ("anorexia nervosa (adolescent)", "atypical anorexia nervosa (adolescent)", "different"),
])
def test_maculas_fluency_and_atypical_anorexia(a: str, b: str, status: str) -> None:
    assert _diagnoses(a, b) == (status, status)


def test_day_and_night_and_keeping_water_out() -> None:
    assert _plans("wear stockings during the day, take them off at night",
                  "wear stockings day and night") == ("different", "different")
    assert "advises against" not in main_plans(
        "keep water out of the eye for 2 weeks",
        "avoid getting water in the operated eye for two weeks").question


def test_on_and_off_periods_a_way_said_outright_and_embryo_tests() -> None:
    assert _diagnoses("on-period freezing", "off-period freezing") == ("different", "different")
    point = main_plans("Cyclogest 400 mg pessary twice daily vaginally",
                       "Cyclogest 400 mg pessary twice daily rectally", "medication")
    assert point.status == "different" and point.detail.startswith("how it is given")
    assert _medicines("Cyclogest 400 mg pessary twice daily",
                      "Cyclogest 400 mg pessary twice daily vaginally") == ("same", "same")
    assert _plans("PGT-A testing of embryos", "PGT-M testing of embryos") == (
        "different", "different")
    assert "advises against" not in main_plans(
        "Dress lightly and offer extra fluids if feverish after vaccines",
        "if temp after jabs keep clothes light and give plenty to drink", "lifestyle").question
