"""A test a family cites in its own words ("Heart scan", "Bloods", "Camera test") against the
doctor's name for it ("Echocardiogram", "Lipid panel", "Gastroscopy") is one cited item read by
two doctors, not two items each doctor alone cited; and a reading that names a kind of what the
other found ("Adenocarcinoma" against "Cancer") says more, it does not contradict."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.model import Case, Evidence, Opinion, Physician
from tests.domain.two_doctors import cited


def _both_ways(lee: tuple[str, str], kim: tuple[str, str]) -> tuple[list[str], list[str]]:
    return ([p.status for p in cited(lee, kim)], [p.status for p in cited(kim, lee)])


@pytest.mark.parametrize(("family", "doctor"), [
    ("Heart scan", "Echocardiogram"),
    ("Heart scan", "Echo"),
    ("Bloods", "Lipid panel"),
    ("Blood test", "Full blood count"),
    ("Camera test", "Gastroscopy"),
    ("Camera test", "Colonoscopy"),
    ("Sugar test", "HbA1c"),
    ("Biopsy", "Histology"),
    ("Biopsy result", "Histopathology"),
    ("Wee test", "Urinalysis"),
    ("Wee test", "Urine dipstick"),
    ("24 hour tape", "24-hour ECG"),
    # a scan of a part against the doctor's scan of it, the part by its describing word
    ("Scan of his tummy", "Abdominal ultrasound"),
    ("Scan of the pelvis", "Pelvic ultrasound"),
])
def test_a_familys_name_for_a_test_is_one_item_with_the_doctors(family: str, doctor: str) -> None:
    assert _both_ways((family, "normal"), (doctor, "normal")) == (["same"], ["same"])
    points = cited((family, ""), (doctor, "normal"))
    assert [p.status for p in points] == ["refined"]  # only one says how they read it
    # both titles stay in view, each on its doctor's side
    assert points[0].a.startswith(family) and points[0].b.startswith(doctor)


def test_two_readings_of_a_familys_test_that_disagree_are_still_flagged() -> None:
    point, = cited(("Heart scan", "normal"), ("Echocardiogram", "severe aortic stenosis"))
    assert (point.status, point.severity) == ("different", "major")
    assert "Heart scan" in point.question


def test_which_of_two_tests_the_family_meant_is_not_guessed() -> None:
    """"Bloods" against a full blood count and a lipid panel: either could be it, so each is
    listed on its own rather than paired with one of them at random."""
    lee = Opinion(physician=Physician(name="Dr Ann Lee"),
                  evidence=[Evidence(title="Bloods", interpretation="cholesterol high")])
    kim = Opinion(physician=Physician(name="Dr Bo Kim"), evidence=[
        Evidence(title="Full blood count", interpretation="normal"),
        Evidence(title="Lipid panel", interpretation="LDL 4.9")])
    result = compare_opinions(Case(title="Cited", opinions=[lee, kim]), lee.id, kim.id)
    assert sorted(p.status for p in result.points if p.topic == "evidence") == [
        "only_a", "only_b", "only_b"]


def test_the_doctors_own_name_pairs_first() -> None:
    """Where the other doctor cited the test under the same name too, that pairs; the family's
    word goes with what is left only where it is the one such item."""
    lee = Opinion(physician=Physician(name="Dr Ann Lee"), evidence=[
        Evidence(title="Echocardiogram", interpretation="normal"),
        Evidence(title="Heart scan", interpretation="normal")])
    kim = Opinion(physician=Physician(name="Dr Bo Kim"), evidence=[
        Evidence(title="Echocardiogram", interpretation="normal")])
    result = compare_opinions(Case(title="Cited", opinions=[lee, kim]), lee.id, kim.id)
    evidence = [p for p in result.points if p.topic == "evidence"]
    assert [(p.status, p.a.split(" —")[0]) for p in evidence] == [
        ("same", "Echocardiogram"), ("only_a", "Heart scan")]


@pytest.mark.parametrize(("lee", "kim"), [
    (("Heart scan", "normal"), ("Chest X-ray", "normal")),  # a scan of the heart, no X-ray
    (("Bloods", "normal"), ("MRI brain", "normal")),
    (("Camera test", "ulcer"), ("CT abdomen", "ulcer")),
])
def test_a_familys_test_is_not_paired_with_another_test(lee: tuple[str, str],
                                                      kim: tuple[str, str]) -> None:
    assert _both_ways(lee, kim) == (["only_a", "only_b"], ["only_a", "only_b"])


@pytest.mark.parametrize(("broad", "narrow"), [
    ("cancer", "adenocarcinoma"),
    ("ulcer", "gastric ulcer"),
    ("tear", "meniscal tear"),
    ("tumour", "glioblastoma"),
])
def test_a_reading_naming_a_kind_of_the_others_says_more(broad: str, narrow: str) -> None:
    point, = cited(("Biopsy", broad), ("Histology", narrow))
    assert (point.status, point.severity) == ("refined", "minor")
    assert point.question == (f"Ask Dr Lee whether they agree with Dr Kim, who read "
                              f"“Histology” as “{narrow}”.")
    back, = cited(("Histology", narrow), ("Biopsy", broad))
    assert (back.status, back.severity) == ("refined", "minor")
    assert back.question == (f"Ask Dr Kim whether they agree with Dr Lee, who read "
                             f"“Histology” as “{narrow}”.")


@pytest.mark.parametrize(("lee", "kim"), [
    ("benign", "cancer"),
    ("no tear", "meniscal tear"),
    ("suspected cancer", "adenocarcinoma"),
    ("fracture", "no fracture"),
])
def test_readings_that_do_not_agree_are_not_read_as_saying_more(lee: str, kim: str) -> None:
    point, = cited(("Biopsy", lee), ("Biopsy", kim))
    assert point.status == "different"


def test_a_reading_that_says_more_asked_in_spanish() -> None:
    from secondop_desktop import i18n

    with i18n.using("es"):
        point, = cited(("Biopsia", "cáncer"), ("Histología", "adenocarcinoma"))
    assert point.question == ("Pregúntele al Dr Lee si está de acuerdo con el Dr Kim, que "
                              "interpretó «Histología» como «adenocarcinoma».")


@pytest.mark.parametrize(("lee", "kim", "severity", "asked"), [
    (("Cholesterol", "high"), ("Total cholesterol", "7.2 mmol/L"), "minor",
     "Ask Dr Kim how they read “7.2 mmol/L” for “Total cholesterol”: Dr Lee read it as “high”."),
    (("PSA", "slightly raised"), ("PSA", "6.2"), "minor",
     "Ask Dr Kim how they read “6.2” for “PSA”: Dr Lee read it as “slightly raised”."),
    (("Echocardiogram", "EF 35%"), ("Heart scan", "weak pumping"), "minor",
     "Ask Dr Lee how they read “EF 35%” for “Echocardiogram”: Dr Kim read it as “weak pumping”."),
    # a figure against "normal" may contradict it: still major
    (("Hb", "9"), ("Hb", "normal"), "major",
     "Ask Dr Lee how they read “9” for “Hb”: Dr Kim read it as “normal”."),
])
def test_a_figure_against_a_reading_asks_the_doctor_who_gave_the_figure(
        lee: tuple[str, str], kim: tuple[str, str], severity: str, asked: str) -> None:
    """The comparison does not say what a figure means: it asks the doctor who gave it."""
    point, = cited(lee, kim)
    assert (point.status, point.severity, point.question) == ("different", severity, asked)
    back, = cited(kim, lee)
    assert (back.status, back.severity) == ("different", severity)


def test_two_figures_or_two_readings_are_compared_as_before() -> None:
    assert cited(("PSA", "6.2"), ("PSA", "4.1"))[0].question.startswith("Ask both doctors")
    assert cited(("PSA", "raised"), ("PSA", "normal"))[0].question.startswith("Ask both doctors")
