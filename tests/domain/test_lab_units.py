# SPDX-License-Identifier: GPL-3.0-or-later
"""A blood test's result in another unit: one amount, not a difference; a number without its
unit that may be one amount in two units: "may be the same", never a guess."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from secondop_desktop.domain import lab_units
from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.lab_units import results_in_one_unit
from secondop_desktop.domain.model import Case, Evidence, Opinion, Physician
from tests.domain.two_doctors import diagnoses


@pytest.mark.parametrize(("title", "a", "b", "status"), [
    # conventional (US) against SI units: one amount
    ("Haemoglobin", "9 g/dL", "90 g/L", "same"),
    ("HbA1c", "7.5%", "58 mmol/mol", "same"),
    ("Creatinine", "120 µmol/L", "1.36 mg/dL", "same"),
    ("Creatinine", "120 umol/L", "1.36 mg/dL", "same"),
    ("Vitamin D", "20 ng/mL", "50 nmol/L", "same"),
    ("Glucose", "5.5 mmol/L", "99 mg/dL", "same"),
    ("Glucosa", "5,5 mmol/L", "99 mg/dl", "same"),
    ("LDL cholesterol", "3.0 mmol/L", "116 mg/dL", "same"),
    ("Calcium", "2.4 mmol/L", "9.6 mg/dL", "same"),
    ("Triglycerides", "1.7 mmol/L", "150 mg/dL", "same"),
    # and two amounts, once in one unit
    ("Haemoglobin", "9 g/dL", "120 g/L", "different"),
    ("HbA1c", "7.5%", "75 mmol/mol", "different"),
    ("Creatinine", "120 µmol/L", "2.5 mg/dL", "different"),
    # a number without its unit: the other doctor's unit makes it the same; another of the
    # test's units may make it so, which nothing decides
    ("PSA", "4.5 ng/mL", "4.5", "same"),
    ("Hb", "9", "90", "maybe_same"),
    ("Hb", "9 g/dL", "90", "maybe_same"),
    ("Glucose", "5.5", "99", "maybe_same"),
    ("Platelets", "150", "150,000", "maybe_same"),
])
def test_results_in_two_units(title: str, a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        reading = lab_units.compare(title, title, x, y)
        assert reading is not None and reading.status == status, (x, y, reading)


@pytest.mark.parametrize(("title", "a", "b"), [
    ("Hb", "9 g/dL", "9.5 g/dL"),  # one unit: the numbers are compared as they are
    ("Hb", "low", "9 g/dL"),  # words, not a result alone
    ("Hb", "9 g/dL", "9 mg/dL"),  # not a unit of the test
    ("Ferritin", "10", "100"),  # not a test of the list
    ("Hb", "9", "11"),  # no unit makes them one
    ("Blood pressure", "140/90", "150/90"),
])
def test_what_is_left_to_the_comparison_of_words(title: str, a: str, b: str) -> None:
    assert lab_units.compare(title, title, a, b) is None


@given(st.sampled_from(sorted(lab_units.TESTS)), st.floats(0.5, 500.0))
def test_a_result_against_itself_in_each_unit_of_its_test(test: str, value: float) -> None:
    """Any amount, written in any two units of its test, reads as one amount."""
    title = {"hemoglobin a1c": "HbA1c", "low density lipoprotein": "LDL",
             "high density lipoprotein": "HDL"}.get(test, test)
    scales = lab_units.TESTS[test]
    units = sorted(scales)
    first = units[0]
    base = scales[first](value)
    for unit in units[1:]:
        # the amount in ``unit``: found by the scale's inverse, numerically
        low, high = 1e-6, 1e7
        for _ in range(200):
            mid = (low + high) / 2
            if scales[unit](mid) < base:
                low = mid
            else:
                high = mid
        if scales[unit](1.0) == scales[first](1.0) or unit[0].isdigit():
            continue  # two spellings of one unit; "109/l" after a number reads as its digits
        # an amount no positive number in that unit writes (HbA1c under 2.15%: IFCC < 0)
        assume(abs(scales[unit](low) - base) <= 1e-6 * abs(base))
        written_a, written_b = f"{value:.3g}", f"{low:.3g}"  # as a laboratory prints them
        assume("e" not in written_a + written_b)
        reading = lab_units.compare(title, title, f"{written_a} {first}", f"{written_b} {unit}")
        assert reading is not None and reading.status == "same", (test, first, unit)


def _evidence_point(lee: tuple[str, str], kim: tuple[str, str]):
    a = Opinion(physician=Physician(name="Dr Ann Lee"),
                evidence=[Evidence(title=lee[0], interpretation=lee[1])])
    b = Opinion(physician=Physician(name="Dr Bo Kim"),
                evidence=[Evidence(title=kim[0], interpretation=kim[1])])
    result = compare_opinions(Case(title="t", opinions=[a, b]), a.id, b.id)
    (point,) = [p for p in result.points if p.topic == "evidence"]
    return point


def test_the_comparison_shows_one_amount_in_two_units_as_the_same_and_asks_about_a_bare_one(
        ) -> None:
    # "Haemoglobin 9 g/dL" against "Hb 90 g/L" was a major difference
    point = _evidence_point(("Haemoglobin", "9 g/dL"), ("Hb", "90 g/L"))
    assert (point.status, point.severity) == ("same", "none") and point.wording_only
    point = _evidence_point(("Hb", "9"), ("Hb", "90"))
    assert (point.status, point.severity) == ("maybe_same", "minor")
    assert "which unit" in point.question and "“Hb”" in point.question
    point = _evidence_point(("Creatinine", "120 µmol/L"), ("Creatinine", "2.5 mg/dL"))
    assert (point.status, point.severity) == ("different", "major")


@pytest.mark.parametrize(("title", "lee", "kim", "status"), [
    # the test's name (or its short form) before the result, low or high after it
    ("Hb", "Hb 9.1 g/dL", "Haemoglobin 91 g/L", "same"),
    ("HbA1c", "HbA1c 53 mmol/mol", "HbA1c 7.0 %", "same"),
    ("Creatinine", "Creatinine 1.2 mg/dL", "creat 106 µmol/L", "same"),
    ("Vitamin D", "25-OH vitamin D 20 ng/mL", "vit D 50 nmol/L", "same"),
    ("Calcium", "Calcium 2.5 mmol/L", "Ca 10 mg/dL", "same"),
    ("Ferritin", "Ferritin 8 ng/mL, low", "ferritina 8 µg/L (baja)", "same"),
    ("Sodium", "Na 128 mmol/L, low", "hyponatraemia, sodium 128", "same"),
    # tests added with the sweep of readings: two names of one unit, or a factor
    ("TSH", "TSH 2.1 mU/L", "TSH 2.1 µIU/mL", "same"),
    ("TSH", "TSH 2.5 mU/L", "TSH 2,5 µUI/ml", "same"),  # the Spanish "UI"
    ("TSH", "TSH 2.5 mUI/l", "TSH 4.5 mU/L", "different"),
    ("Potassium", "K 5.9 mmol/L", "potassium 5.9 mEq/L (high)", "same"),
    ("Bilirubin", "Bilirubin 34 µmol/L", "bili 2.0 mg/dL", "same"),
    ("PSA", "4.8 ng/mL", "4.8 µg/L", "same"),
    ("Bilirubin", "Bilirubin 34 µmol/L", "bili 4.0 mg/dL", "different"),
    # "11,500" may be eleven and a half: asked, not decided
    ("WBC", "WBC 11.5 x10^9/L", "white count 11,500 per mm³", "maybe_same"),
])
def test_results_written_as_people_write_them(title: str, lee: str, kim: str,
                                              status: str) -> None:
    found = lab_units.compare(title, title, lee, kim)
    assert found is not None and found.status == status, (lee, kim, found)


def test_a_flag_on_each_side_that_disagrees_is_left_to_the_words() -> None:
    assert lab_units.compare("Hb", "Hb", "Hb 9.1 g/dL, low", "Hb 91 g/L, normal") is None


def test_a_long_reading_without_a_result_is_read_at_once() -> None:
    # The name before a result was once found by a pattern that took exponential time on a
    # long reading with no number in it (12 s for ten words).
    reading = " ".join(["complete tear of the supraspinatus tendon through its whole"] * 8)
    assert lab_units.compare("MRI", "MRI", reading, reading + " thickness") is None


@pytest.mark.parametrize(("a", "b", "status"), [
    ("Anaemia, Hb 95 g/L", "anaemia, haemoglobin 9.5 g/dL", "same"),
    ("Hyponatraemia, sodium 128 mmol/L", "hyponatremia, Na 128 mEq/L", "same"),
    ("Hypercholesterolaemia, total cholesterol 7.8 mmol/L", "high cholesterol, TC 302 mg/dL",
     "same"),
    ("CKD stage 3, creatinine 106 µmol/L", "CKD stage 3, creatinine 1.2 mg/dL", "same"),
    ("Type 2 diabetes, HbA1c 58 mmol/mol", "Type 2 diabetes, HbA1c 7.5%", "same"),
    # another amount stays another, in any unit
    ("Anaemia, Hb 95 g/L", "anaemia, haemoglobin 8.5 g/dL", "different"),
    ("Anaemia, Hb 94 g/L", "anaemia, haemoglobin 9.5 g/dL", "different"),
    ("Type 2 diabetes, HbA1c 58 mmol/mol", "Type 2 diabetes, HbA1c 8.5%", "different"),
    ("Hyponatraemia, sodium 128 mmol/L", "hyponatremia, Na 132 mEq/L", "different"),
    # a result with the test named earlier in the note; the same figure in two units is two
    # amounts (its "20" had been read as "2" and "0", 0 in both units: the same)
    ("Vitamin D deficiency, 8 ng/mL", "vitamin D deficiency, 20 nmol/L", "same"),
    ("Vitamin D deficiency, 20 ng/mL", "vitamin D deficiency, 20 nmol/L", "different"),
    # in one unit the figures are compared as written (58 and 59 would both be 7.5 %)
    ("HbA1c 58 mmol/mol", "HbA1c 59 mmol/mol", "different"),
])
def test_a_result_inside_a_diagnosis_in_another_unit(a: str, b: str, status: str) -> None:
    assert (diagnoses(a, b).status, diagnoses(b, a).status) == (status, status)


def test_results_in_one_unit_leave_notes_without_two_units_alone() -> None:
    assert results_in_one_unit("Hb 9.5 g/dL", "Hb 9.4 g/dL") == ("Hb 9.5 g/dL", "Hb 9.4 g/dL")
    assert results_in_one_unit("knee pain", "Hb 95 g/L") == ("knee pain", "Hb 95 g/L")
    a, b = results_in_one_unit("Hb 95 g/L", "haemoglobin 9.5 g/dL")
    assert a == b == "hemoglobin 9.5 g/dl"


@pytest.mark.parametrize(("a", "b", "status"), [
    # a result said aloud or after "with"
    ("hypertension, BP 160/100", "hypertension, BP 160 over 100", "same"),
    ("hypertension, BP 160/100", "hypertension, BP 160 over 90", "different"),
    ("Obesity, BMI 32", "obesity, BMI thirty-two", "same"),
    ("Hypothyroidism, TSH 12", "hypothyroidism, TSH of twelve", "same"),
    ("Hypothyroidism, TSH 12", "hypothyroidism, TSH of two", "different"),
    ("PSA 4.5", "PSA four point five", "same"),
    ("Anaemia, Hb 95 g/L", "anemia with hemoglobin 9.5 g/dL", "same"),
    ("AKI, creatinine 2.0 mg/dL", "AKI, creatinine 177 micromol/L", "same"),
    # "with" before no result still joins a second condition
    ("asthma", "asthma with eczema", "different"),
])
def test_a_result_said_aloud_or_after_with(a: str, b: str, status: str) -> None:
    assert (diagnoses(a, b).status, diagnoses(b, a).status) == (status, status)


def _evidence_points(lee: tuple[str, str], kim: tuple[str, str]) -> list[tuple[str, str]]:
    a = Opinion(physician=Physician(name="Dr Ann Lee"),
                evidence=[Evidence(title=lee[0], kind="lab", interpretation=lee[1])])
    b = Opinion(physician=Physician(name="Dr Bo Kim"),
                evidence=[Evidence(title=kim[0], kind="lab", interpretation=kim[1])])
    result = compare_opinions(Case(title="Sugar", opinions=[a, b]), a.id, b.id)
    return [(p.topic, p.status) for p in result.points if p.topic == "evidence"]


@pytest.mark.parametrize(("lee", "kim", "status"), [
    # one blood test by two names that share no word was two tests each cited by one doctor
    # (11th session): its results are now read against each other
    (("Blood sugar", "7 mmol/L"), ("Glucose", "126 mg/dL"), "same"),
    (("Blood sugar", "7 mmol/L"), ("Glucose", "9 mmol/L"), "different"),
    (("Glucemia", "7 mmol/L"), ("Glucose", "126 mg/dL"), "same"),
])
def test_one_test_by_two_names_is_one_test(lee: tuple[str, str], kim: tuple[str, str],
                                           status: str) -> None:
    assert _evidence_points(lee, kim) == [("evidence", status)]
    assert _evidence_points(kim, lee) == [("evidence", status)]


def test_two_names_that_say_which_glucose_stay_two_tests() -> None:
    assert [status for _, status in _evidence_points(
        ("Glucose (fasting)", "7"), ("Blood sugar (random)", "11"))] == ["only_a", "only_b"]
