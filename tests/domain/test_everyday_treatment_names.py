# SPDX-License-Identifier: GPL-3.0-or-later
"""Treatments and tests as a family writes them down: "anti-sickness tablets" is refined by the
antiemetic the doctor named, "the morning after pill" is one kind of emergency contraception,
"a camera test of the stomach" is a gastroscopy and "a heart scan" is refined by an
echocardiogram. The first read as another plan (the table had no antiemetics), the second as
"the pill, then the morning" (its "after" was taken for the order of two treatments)."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import main_plans


@pytest.mark.parametrize(("broad", "named"), [
    ("anti-sickness tablets", "ondansetron 4 mg three times a day"),
    ("anti-sickness medicine", "metoclopramide 10 mg"),
    ("antiemetic", "cyclizine 50 mg"),
    ("emergency contraception", "the morning after pill"),
    ("heart scan", "echocardiogram"),
    ("heart scan", "cardiac MRI"),
    ("breathing test", "spirometry"),
    ("pee test", "urinalysis"),
    ("urine test", "urine culture"),
    # NHS "Dialysis": haemodialysis and peritoneal dialysis, its two main types
    ("dialysis three times a week", "haemodialysis three times weekly"),
    ("diálisis", "diálisis peritoneal"),
    # NHS "Cholesterol levels": a lipid profile is a blood test
    ("blood test", "lipid profile"),
    ("análisis de sangre", "perfil lipídico"),
])
def test_a_kind_is_refined_by_the_one_named(broad: str, named: str) -> None:
    for a, b in ((broad, named), (named, broad)):
        assert main_plans(a, b, "medication").status == "refined", (a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("ondansetron", "metoclopramide"),
    ("anti-sickness tablets", "painkillers"),
    ("the morning after pill", "copper coil"),
    ("chemotherapy after surgery", "chemotherapy before surgery"),
    ("echocardiogram", "cardiac MRI"),
    ("urinalysis", "urine culture"),
    ("camera test of the stomach", "colonoscopy"),
    ("kidney function test", "liver function tests"),
    ("heart scan", "CT head"),
    ("OGTT", "HbA1c"),
    ("ABPM", "home blood pressure monitoring"),
    ("ABPM", "24 hour ECG"),
    ("stent in the heart", "stent in the kidney"),
    ("coronary stent", "carotid stent"),
    ("bypass surgery on the heart", "gastric bypass"),
    ("keyhole surgery to remove the gallbladder", "open cholecystectomy"),
    ("resonancia de la rodilla", "radiografía de la rodilla"),
    ("X-ray", "CT scan"),
    ("electroterapia", "ECG"),
    ("haemodialysis", "peritoneal dialysis"),
    ("quitar la vesícula por laparoscopia", "colecistectomía abierta"),
    ("EMG", "EEG"),
    ("lipid profile", "HbA1c"),
    ("escáner de abdomen", "ecografía de abdomen"),
    ("inyecciones en el ojo", "inyecciones intramusculares"),
])
def test_two_treatments_stay_two(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "different"
    assert main_plans(b, a, "medication").status == "different"


@pytest.mark.parametrize(("a", "b"), [
    ("camera test of the stomach", "gastroscopy"),
    ("kidney function test", "U&E"),
    ("water test", "urine test"),
    ("glucose tolerance test", "OGTT"),
    ("24-hour blood pressure monitor", "ABPM"),
    ("24 hour BP monitor", "ambulatory blood pressure monitoring"),
    # 6 December, fourth session: operations and scans as a family says them
    ("stent in the heart", "coronary stent"),
    ("heart stent", "angioplasty and stent"),
    ("stent en el corazón", "PCI"),
    ("bypass surgery on the heart", "CABG"),
    ("keyhole surgery to remove the gallbladder", "laparoscopic cholecystectomy"),
    ("MRI of the knee", "resonancia de rodilla"),
    # tests as a Spanish report names them
    ("radiografía", "X-ray"),
    ("X-ray of the knee", "radiografía de rodilla"),
    ("radiography of thorax", "chest X-ray"),
    ("electro", "ECG"),
    ("endoscopia", "endoscopy"),
    ("espirometría", "spirometry"),
    ("bioquímica", "biochemistry"),
    ("gammagrafía ósea", "bone scan"),
    ("audiometría", "hearing test"),
    ("fondo de ojo", "fundoscopy"),
    # 6 December, fifth session: Spain's "fisio", a sleep study, thyroid bloods, a keyhole
    # operation in Spanish
    ("fisio", "fisioterapia"),
    ("estudio del sueño", "polisomnografía"),
    ("análisis del tiroides", "perfil tiroideo"),
    ("quitar la vesícula por laparoscopia", "colecistectomía laparoscópica"),
    ("remove the gallbladder laparoscopically", "laparoscopic cholecystectomy"),
    ("inyecciones en el ojo", "inyecciones intravítreas"),
    # tests as Spain's reports name them
    ("escáner", "CT scan"),
    ("angio-TAC", "CT angiogram"),
    ("colonoscopia virtual", "CT colonography"),
    ("perfil lipídico", "lipid panel"),
    ("lipid profile", "lipid panel"),
    ("biopsia con aguja gruesa", "core needle biopsy"),
    ("electromiograma", "EMG"),
    ("prueba del talón", "newborn heel prick test"),
    ("curva de glucosa", "glucose tolerance test"),
    ("función renal", "kidney function tests"),
])
def test_one_test_in_everyday_words_is_the_same(a: str, b: str) -> None:
    assert main_plans(a, b, "other").status == main_plans(b, a, "other").status == "same"


def test_after_between_two_treatments_still_says_their_order() -> None:
    assert main_plans("chemo after the operation", "surgery then chemotherapy",
                      "other").status == "same"


@pytest.mark.parametrize(("a", "b", "status"), [
    # (6 December, ninth session) the head a scan looks at is the brain, the back an image
    # looks at the spine; a scan of the kidneys is an ultrasound of them, the kidney bloods
    # the urea and electrolytes: each had read as another test
    ("brain scan", "CT head", "refined"),
    ("CT head", "CT brain", "same"),
    ("head scan", "MRI brain", "refined"),
    ("TAC craneal", "CT head", "same"),
    ("resonancia cerebral", "MRI brain", "same"),
    ("MRI of the back", "MRI of the spine", "same"),
    ("MRI of the back", "MRI lumbar spine", "refined"),
    ("back MRI", "lumbar spine MRI", "refined"),
    ("X-ray of the back", "lumbar spine X-ray", "refined"),
    ("kidney ultrasound", "renal ultrasound", "same"),
    ("kidney scan", "renal ultrasound", "refined"),
    ("ecografía renal", "kidney ultrasound", "same"),
    ("kidney bloods", "U&Es", "same"),
    ("bowel camera", "colonoscopy", "same"),
    ("bowel camera", "OGD", "different"),
    ("kidney function bloods", "urea and electrolytes", "same"),
    # a head X-ray is the skull's bones, not the brain; two regions stay two
    ("skull X-ray", "CT head", "different"),
    ("MRI brain", "MRI of the back", "different"),
])
def test_tests_by_the_part_they_look_at(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "other").status == status, (x, y)


@pytest.mark.parametrize(("a", "b"), [
    # (ninth session) the emergency number is the ambulance, in English and Spanish; chest pain
    # in Spanish is a warning sign like the English, not a medicine "si dolor" (when needed)
    ("Ring 999 if chest pain", "Call an ambulance if chest pain"),
    ("Dial 999 if he has a seizure lasting more than 5 minutes",
     "Call an ambulance if he has a seizure lasting more than 5 minutes"),
    ("Llamar al 112 si dolor en el pecho", "Call an ambulance if chest pain"),
])
def test_the_emergency_number_is_the_ambulance(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "other").status == "same", (x, y)
    # a painkiller "si dolor" is still one taken when needed
    assert main_plans("Paracetamol si dolor", "Paracetamol PRN", "medication").status == "same"
