# SPDX-License-Identifier: GPL-3.0-or-later
"""Plans and results in the words a family notes them (7 December, fourteenth session): "Back
to GP" against "Discharge to GP" and "Covid jab" against "Covid vaccine" had differed or read as
one made more exact; "Respiratory referral" against "Refer to lung specialist" too; "CIN 2"
against "Moderate cervical dysplasia" differed."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import diagnoses, main_plans


def _both_ways(a: str, b: str, category: str = "other") -> set[str]:
    return {main_plans(a, b, category).status, main_plans(b, a, category).status}


@pytest.mark.parametrize(("a", "b"), [
    ("Back to GP", "Discharge to GP"),
    ("Discharged back to the GP", "Discharge to GP"),
    ("Back to the GP", "Discharged to the care of the GP"),
    ("Handed back to GP", "Discharge to GP"),
    ("Alta a su médico de cabecera", "Discharge to GP"),
])
def test_care_handed_back_to_the_family_doctor_is_one_plan(a: str, b: str) -> None:
    assert _both_ways(a, b) == {"same"}


def test_going_back_to_the_gp_if_worse_is_no_discharge() -> None:
    assert _both_ways("Go back to the GP if worse", "Discharge to GP") == {"different"}


@pytest.mark.parametrize(("a", "b"), [
    ("Covid jab", "Covid vaccine"),
    ("Covid booster", "COVID-19 vaccine"),
    ("Shingles jab", "Shingles vaccine"),
    ("Pneumonia jab", "Pneumococcal vaccine"),
    ("Tetanus booster", "Tetanus jab"),
])
def test_a_jab_against_a_disease_is_its_vaccine(a: str, b: str) -> None:
    assert _both_ways(a, b) == {"same"}


def test_two_vaccines_still_differ() -> None:
    assert _both_ways("Covid jab", "Flu jab") == {"different"}
    assert _both_ways("6-in-1 vaccine", "PCV") == {"different"}


@pytest.mark.parametrize(("a", "b", "status"), [
    # (seventeenth session) a baby's vaccines as a health visitor and a family note them
    ("Immunisations up to date for age", "vaccines UTD for age", "same"),
    ("Immunizations up to date", "Vaccinations up to date", "same"),
    ("6-in-1 jab at 8 weeks", "Hexavalent vaccine at 8 weeks", "same"),
    ("PCV booster at 12 months", "Pneumococcal conjugate vaccine booster at 12 months", "same"),
    ("Pneumococcal vaccine", "PCV", "refined"),
])
def test_a_babys_vaccines_in_other_words(a: str, b: str, status: str) -> None:
    assert _both_ways(a, b) == {status}


@pytest.mark.parametrize(("a", "b"), [
    ("Respiratory referral", "Refer to lung specialist"),
    ("Refer to respiratory", "Lung specialist referral"),
    ("Renal referral", "Refer to a kidney doctor"),
    ("Refer to renal", "Nephrology referral"),
    ("Cardiac referral", "See a heart specialist"),
    ("Neuro referral", "Refer to neurology"),
    ("Refer to nephrology", "Referral to the renal team"),
])
def test_a_department_by_its_describing_word_is_the_specialty(a: str, b: str) -> None:
    assert _both_ways(a, b) == {"same"}


def test_a_describing_word_outside_a_referral_stays_as_written() -> None:
    assert _both_ways("Renal referral", "Cardiac referral") == {"different"}
    assert _both_ways("Treat the respiratory infection", "Nephrology referral") == {"different"}


@pytest.mark.parametrize(("a", "b"), [
    ("CIN 2", "Moderate cervical dysplasia"),
    ("CIN3", "Severe cervical dysplasia"),
    ("CIN II", "CIN 2"),
    ("CIN I", "Mild cervical dysplasia"),
    ("Cervical intraepithelial neoplasia grade 2", "CIN 2"),
    ("Moderate cervical dysplasia", "Moderate dysplasia of the cervix"),
])
def test_a_smears_grade_in_letters_or_in_words_is_one_result(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert diagnoses(x, y).status == "same", (x, y)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("CIN 2", "CIN 3", "different"),
    ("CIN 1", "Abnormal cells on the cervix", "refined"),
    ("CIN 2", "Precancerous cells", "refined"),
    # "CIN" alone is also the kidney injury a scan's dye may cause: left open
    ("CIN", "Cervical dysplasia", "maybe_same"),
])
def test_grades_apart_and_letters_alone(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert diagnoses(x, y).status == status, (x, y)



@pytest.mark.parametrize(("a", "b"), [
    # (seventeenth session) one referral said for two services: "OT" alone had paired with
    # "referral to occupational therapy" as a thing Dr Kim names besides
    ("refer to physio and OT", "referral to occupational therapy and physiotherapy"),
    ("refer to physio and OT", "refer to OT and physio"),
    ("Refer to cardiology and neurology", "Cardiology referral and neurology referral"),
    ("derivar a fisioterapia y terapia ocupacional", "referral to physio and OT"),
])
def test_one_referral_to_two_services_is_a_referral_to_each(a: str, b: str) -> None:
    assert _both_ways(a, b) == {"same"}


def test_a_service_one_doctor_refers_to_besides_is_named() -> None:
    point = main_plans("refer to physio", "refer to physio and OT")
    assert point.status == "different"
    assert point.detail == "Dr Kim also names refer to OT"
