# SPDX-License-Identifier: GPL-3.0-or-later
"""A diagnosis, or its absence, as a family notes it against a letter's words (7 December,
thirteenth session): "Not cancer" against "Benign" read as two doctors disagreeing about a
cancer, and "Not malignant" against "Benign" even as malignant against benign."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, diagnoses, diagnosis_statuses, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Not cancer", "Benign"),
    ("No malignancy", "Not cancer"),
    ("Not malignant", "Benign"),
    ("No evidence of malignancy", "Benign"),
    ("Cancer ruled out", "Benign"),
    ("They think it might be gout", "Possible gout"),
    ("It could be gout", "Query gout"),
    ("A touch of arthritis", "Mild arthritis"),
    # a finding said not to be a cancer after it
    ("Pulmonary nodule, not cancer", "Benign lung nodule"),
    ("Breast lump - not malignant", "Benign breast lump"),
    ("Thyroid nodule, cancer ruled out", "Benign thyroid nodule"),
]))
def test_the_same_finding_in_a_familys_words(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Not cancer", "Benign tumour"),
    ("Bad back", "Chronic low back pain"),
    ("Pre-cancerous cells", "Dysplasia"),
    ("A touch of arthritis", "Mild osteoarthritis"),
    ("Lung nodule", "Pulmonary nodule, not cancer"),
    # not its spread: the cancer said more exactly (it had differed: seventeenth session)
    ("Breast cancer, not metastatic", "Breast cancer"),
]))
def test_a_familys_word_made_more_exact(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Not cancer", "Cancer"),
    ("Not malignant", "Malignant"),
    ("Benign", "Carcinoma"),
    ("No tumour", "Benign"),  # no growth at all, not a benign one
    ("No metastases", "Benign"),
    ("Gout", "Possible gout"),
    ("Pre-cancerous cells", "Cancer"),
    ("A touch of asthma", "Severe asthma"),
    ("Pulmonary nodule, not cancer", "Lung cancer"),
]))
def test_findings_that_still_differ(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # (fourteenth session) each had read as two diagnoses
    ("Blood in the urine", "Haematuria"),
    ("Weak heart", "Heart failure"),
    ("Furred up arteries", "Atherosclerosis"),
    ("Lump on the thyroid", "Thyroid nodule"),
    ("Breast lump", "Breast mass"),
    ("Lump in the neck", "Neck mass"),
]))
def test_a_condition_in_a_familys_words_and_a_letters(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "same"


def test_a_lump_is_still_no_cancer_and_a_weak_heart_is_made_more_exact() -> None:
    assert diagnoses("Breast lump", "Breast cancer").status == "different"
    assert diagnoses("Thyroid lump", "Thyroid cancer").status == "different"
    assert diagnoses("Heart not pumping well",
                     "Heart failure with reduced ejection fraction").status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # how sure, and how high, as a family notes it (fourteenth session): each had differed
    ("Most likely gout", "Probable gout"),
    ("Looks like gout", "Probable gout"),
    ("They're fairly sure it's gout", "Probable gout"),
    ("Almost certainly gout", "Probable gout"),
    ("Definitely gout", "Gout, confirmed"),
    ("Slightly high blood pressure", "Mild hypertension"),
    ("Very high blood pressure", "Severe hypertension"),
]))
def test_how_sure_and_how_high_in_a_familys_words(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "same"


def test_a_likelihood_said_is_still_no_certainty() -> None:
    point = diagnoses("Looks like gout", "Gout, confirmed")
    assert point.status == "different" and "how sure" in point.detail
    assert diagnoses("Slightly high blood pressure", "Severe hypertension").status == (
        "different")


@pytest.mark.parametrize(("a", "b"), [
    ("Bad asthma", "Severe asthma"),
    ("Really bad migraine", "Severe migraine"),
    ("Very bad eczema", "Eczema, severe"),
])
def test_how_bad_in_a_familys_words_is_how_severe(a: str, b: str) -> None:
    assert diagnosis_statuses(a, b) == ("same", "same")


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Bad asthma", "Mild asthma", "different"),  # bad is no mild
    ("Bad eczema", "Moderate eczema", "different"),
    ("Bad asthma", "Asthma", "refined"),
    ("Bad chest infection", "Severe pneumonia", "refined"),
    # not a severity: the LDL, a painful back, an allergy said as what happened
    ("Bad cholesterol", "Severe hypercholesterolaemia", "different"),
    ("Bad back", "Severe back pain", "refined"),
])
def test_bad_is_severe_only_of_a_condition(a: str, b: str, status: str) -> None:
    assert diagnosis_statuses(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Can't have children", "Infertility", "same"),
    ("Can not have children", "Infertility", "same"),
    ("Can't get pregnant", "Female infertility", "refined"),
    # what a doctor cannot do is no condition, and a ban is still a ban
    ("They can't find the cause", "Infertility", "different"),
])
def test_what_a_body_cannot_do_with_an_apostrophe(a: str, b: str, status: str) -> None:
    assert diagnosis_statuses(a, b) == (status, status)


def test_a_ban_with_an_apostrophe_is_still_a_ban() -> None:
    assert main_plans("Can't drive for 6 weeks", "No driving for 6 weeks",
                      "lifestyle").status == "same"
    assert main_plans("Can't drive for 6 weeks", "Drive as normal", "lifestyle").status == (
        "different")


@pytest.mark.parametrize(("a", "b"), both_ways([
    # a heart attack, a stroke or a clot a year or months ago is one of the past (each had
    # differed from the doctor's "Old MI", "Previous ...")
    ("Heart attack last year", "Old MI"),
    ("Heart attack 2 years ago", "History of myocardial infarction"),
    ("Stroke 3 years ago", "Previous stroke"),
    ("Mini stroke a few years ago", "History of TIA"),
    ("DVT 6 months ago", "Previous DVT"),
    ("Infarto hace dos años", "Infarto antiguo"),
    ("Ataque al corazón el año pasado", "Infarto antiguo"),
    ("Derrame cerebral hace 3 años", "Ictus antiguo"),
]))
def test_an_event_long_ago_is_one_of_the_past(a: str, b: str) -> None:
    assert diagnoses(a, b).status == "same"


@pytest.mark.parametrize(("a", "b", "status"), [
    # a year-old heart attack is no acute one (it had read as the same)
    ("Heart attack last year", "Acute MI", "different"),
    ("Heart attack last year", "Myocardial infarction", "different"),  # as "History of MI"
    # days or weeks ago may be the present one: when it began, as before
    ("Heart attack last week", "Acute MI", "refined"),
    ("Heart attack three weeks ago", "Recent MI", "refined"),
    ("Gastroenteritis last week", "Gastroenteritis", "same"),
])
def test_an_event_days_or_weeks_ago_is_not_read_as_past(a: str, b: str, status: str) -> None:
    assert diagnosis_statuses(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    # the knee's torn cartilage is its torn meniscus (each had differed)
    ("Torn cartilage in the knee", "Meniscal tear", "same"),
    ("Cartilage tear in the knee", "Torn meniscus", "same"),
    ("Torn knee cartilage", "Medial meniscus tear", "refined"),
    # not another of the knee's injuries
    ("Torn cartilage in the knee", "ACL tear", "different"),
    ("Torn cartilage in the knee", "Knee osteoarthritis", "different"),
])
def test_torn_cartilage_in_the_knee(a: str, b: str, status: str) -> None:
    assert diagnosis_statuses(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    # kidneys not working well, as a family says kidney disease (each had differed)
    ("Kidneys not working well", "Chronic kidney disease", "refined"),
    ("Weak kidneys", "CKD stage 3", "refined"),
    ("Kidney problems", "Kidney disease", "same"),
    # not the kidney's other troubles, and no kidney disease is none
    ("Kidney problems", "Kidney stones", "different"),
    ("No kidney problems", "Kidney disease", "different"),
])
def test_kidneys_not_working_well(a: str, b: str, status: str) -> None:
    assert diagnosis_statuses(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    # a dementia's or Parkinson's stage is how severe it is (sixteenth session; each had
    # differed, with "how did you reach this diagnosis?")
    ("Early Alzheimer's", "Mild Alzheimer's disease", "same"),
    ("Principio de Alzheimer", "Alzheimer leve", "same"),
    ("Early stage dementia", "Mild dementia", "same"),
    ("Early Parkinson's", "Mild Parkinson's disease", "same"),
    ("Demencia avanzada", "Severe dementia", "same"),
    ("Late-stage Parkinson's", "Advanced Parkinson's disease", "same"),
    ("Alzheimer's", "Early Alzheimer's", "refined"),
    # another stage, or the age it began at, stays apart
    ("Early dementia", "Severe dementia", "different"),
    ("Early-onset Alzheimer's", "Mild Alzheimer's disease", "different"),
    ("Early Alzheimer's", "Early-onset Alzheimer's", "different"),
])
def test_a_dementias_stage_is_how_severe_it_is(a: str, b: str, status: str) -> None:
    assert diagnosis_statuses(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    # (sixteenth session) who said it, "it is", "not sure if", "waiting for": the words around
    # what a family notes, each of which had made a difference
    ("They ruled out cancer", "No evidence of malignancy", "same"),
    ("It's not a stroke", "Stroke excluded", "same"),
    ("It is gallstones", "Cholelithiasis", "same"),
    ("Not sure if it's multiple sclerosis", "Possible multiple sclerosis", "same"),
    ("Waiting for biopsy results", "Awaiting biopsy results", "same"),
    ("w/w for the hernia", "watchful waiting for the hernia", "same"),
    # ... and not what turns the meaning round
    ("It's cancer", "Not cancer", "different"),
    ("They ruled out cancer", "Cancer", "different"),
])
def test_the_words_around_what_a_family_notes(a: str, b: str, status: str) -> None:
    assert diagnosis_statuses(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    # swollen ankles are ankle oedema, a kind of peripheral oedema (each had differed)
    ("Swollen ankles", "Ankle oedema", "same"),
    ("Swollen ankles", "Peripheral oedema", "refined"),
    ("Fluid retention", "Swollen ankles", "refined"),
    ("Tobillos hinchados", "Edema maleolar", "same"),
    ("Swollen ankles", "Swollen knee", "different"),
])
def test_swollen_ankles(a: str, b: str, status: str) -> None:
    assert diagnosis_statuses(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b", "status"), [
    # (seventeenth session) each had read as two doctors disagreeing on the diagnosis
    ("Gallbladder infection", "Cholecystitis", "same"),
    ("Infected gallbladder", "Acute cholecystitis", "refined"),
    ("Bells palsy", "Bell's palsy", "same"),
])
def test_a_gallbladder_and_a_palsy_in_a_familys_words(a: str, b: str, status: str) -> None:
    assert diagnosis_statuses(a, b) == (status, status)


@pytest.mark.parametrize(("a", "b"), [
    ("Facial palsy", "Stroke"),
    ("Gallstones", "Gallbladder infection"),
])
def test_what_is_not_one_of_them_still_differs(a: str, b: str) -> None:
    assert diagnosis_statuses(a, b) == ("different", "different")
