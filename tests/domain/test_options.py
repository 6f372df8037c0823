# SPDX-License-Identifier: GPL-3.0-or-later
"""Gathering the options from the doctors' recommendations, without Qt."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.model import (
    Case,
    Decision,
    Opinion,
    Physician,
    Recommendation,
    ValueFactor,
)
from secondop_desktop.domain.options import (
    favouring,
    find_option,
    gather_options,
    own_key,
    same_treatment,
)


def _opinion(name: str, *recs: Recommendation) -> Opinion:
    return Opinion(physician=Physician(name=name), recommendations=list(recs))


def _rec(treatment: str, category: str = "surgery", **kw) -> Recommendation:
    return Recommendation(treatment=treatment, category=category, **kw)


def test_users_words_for_one_operation_are_one_option_with_both_doctors() -> None:
    hale = _opinion("Dr Hale", _rec("knee replacement", preferred=True,
                                    benefits="Lasting relief", recovery="Three months"))
    tanaka = _opinion("Dr Tanaka", _rec("Total knee arthroplasty", benefits="Walk without pain"))
    case = Case(title="Knee", opinions=[hale, tanaka])
    options = gather_options(case, include_own=False)
    assert len(options) == 1
    option = options[0]
    assert option.label == "knee replacement"
    assert option.named_by() == ["Dr Hale", "Dr Tanaka"]
    assert option.cell("benefits", hale.id) == "Lasting relief"
    assert option.cell("benefits", tanaka.id) == "Walk without pain"
    assert option.cell("recovery", tanaka.id) == ""  # not said
    assert "recovery" in option.question("recovery").casefold()


def test_different_treatments_stay_apart() -> None:
    assert not same_treatment(_rec("knee replacement"), _rec("hip replacement"))
    assert not same_treatment(_rec("Physical therapy", "therapy"),
                              _rec("Cognitive behavioural therapy", "therapy"))
    assert not same_treatment(_rec("Knee replacement"), _rec("Physical therapy", "therapy"))
    assert same_treatment(_rec("Physiotherapy", "therapy"),
                          _rec("Supervised physical therapy, 12 weeks", "therapy"))
    assert same_treatment(_rec("Naproxen for pain until the operation", "medication"),
                          _rec("naproxen only on bad days", "medication"))
    # Through the engine's table of names for one thing (lay and clinical, accents folded).
    assert same_treatment(_rec("Medicine for high blood pressure", "medication"),
                          _rec("Hypertension medicine", "medication"))
    # And in Spanish, as a patient may write down one doctor's words.
    assert same_treatment(_rec("Fisioterapia", "therapy"), _rec("Physiotherapy", "therapy"))
    assert same_treatment(_rec("Prótesis de rodilla"), _rec("Total knee replacement"))
    assert not same_treatment(_rec("Prótesis de cadera"), _rec("Total knee replacement"))


def test_the_demo_case_has_three_doctor_options_and_the_starters(demo_case: Case) -> None:
    options = gather_options(demo_case)
    labels = [o.label for o in options]
    assert labels[:4] == ["Total knee replacement, right knee", "Naproxen for pain until the "
                          "operation", "Supervised physical therapy, 12 weeks",
                          "Weight loss programme, aiming for 5 kg"]
    naproxen = options[1]
    assert len(naproxen.entries) == 2  # both doctors named it
    assert labels[-2:] == ["Wait and see", "Another opinion"]
    assert options[-1].own


def test_one_doctor_naming_one_treatment_twice_makes_two_options() -> None:
    case = Case(title="x", opinions=[_opinion("Dr A", _rec("Knee replacement"),
                                              _rec("Knee replacement, the other knee"))])
    assert len(gather_options(case, include_own=False)) == 2


def test_own_options_follow_the_decision_and_skip_blanks_and_repeats() -> None:
    case = Case(title="x", opinions=[_opinion("Dr A", _rec("Wait and see", "monitoring"))])
    case.decision = Decision(own_options=["Wait and see", "  ", "Move nearer my daughter"])
    labels = [(o.label, o.own) for o in gather_options(case)]
    assert labels == [("Wait and see", False), ("Move nearer my daughter", True)]
    case.decision.own_options = []
    assert [o.own for o in gather_options(case)] == [False]


def test_factors_favour_options_by_any_of_their_recommendations() -> None:
    a = _rec("Knee replacement")
    b = _rec("total knee arthroplasty")
    case = Case(title="x", opinions=[_opinion("Dr A", a), _opinion("Dr B", b)])
    case.decision = Decision(values=[
        ValueFactor("Fast relief", 4, favours=[f"rec:{b.id}"]),
        ValueFactor("Avoiding surgery", 5, favours=[own_key("Wait and see")]),
        ValueFactor("", 3, favours=[f"rec:{a.id}"]),
    ])
    options = gather_options(case)
    weights = favouring(case, options)
    surgery = find_option(options, f"rec:{b.id}")
    assert surgery is options[0]
    assert [(w.factor, w.importance) for w in weights[surgery.key]] == [("Fast relief", 4)]
    wait = find_option(options, own_key("wait  AND see"))
    assert [w.factor for w in weights[wait.key]] == ["Avoiding surgery"]


def test_the_grid_speaks_the_language_in_force_and_keeps_the_patients_marks() -> None:
    from secondop_desktop.i18n import using

    rec = _rec("Reemplazo total de rodilla", urgency="soon")
    case = Case(title="Rodilla", opinions=[_opinion("Dra. Ruiz", rec)])
    case.decision = Decision(values=[
        ValueFactor("No operarme", 5, favours=[own_key("Wait and see")])])  # marked in English
    with using("es"):
        options = gather_options(case)
        assert [o.label for o in options[-2:]] == ["Esperar y ver", "Otra opinión"]
        assert options[0].cell("timing", case.opinions[0].id) == "Pronto"
        assert options[0].question("cost") == (
            "¿Cuánto me costaría la opción «reemplazo total de rodilla», y la cubre mi seguro "
            "médico?")
        wait = favouring(case, options)[options[-2].key]
        assert [f.factor for f in wait] == ["No operarme"]  # the English mark still counts
    with using("en"):
        options = gather_options(case)
        assert [o.label for o in options[-2:]] == ["Wait and see", "Another opinion"]
        assert options[0].cell("timing", case.opinions[0].id) == "Soon"
        assert options[-1].question("cost") == (
            "What would another opinion cost me, and is it covered?")
    # Stored by the patient (in Spanish), they are the patient's words in any language.
    case.decision.own_options = ["Esperar y ver"]
    case.decision.values[0].favours = [own_key("Esperar y ver")]
    with using("en"):
        options = gather_options(case)
        assert options[-1].label == "Esperar y ver"
        assert [f.factor for f in favouring(case, options)[options[-1].key]] == ["No operarme"]


def test_one_list_of_aspect_urgency_certainty_evidence_and_record_words() -> None:
    from pathlib import Path

    from secondop_desktop.domain import options, words

    root = Path(__file__).resolve().parents[2] / "secondop_desktop"
    for name in ("domain/options.py", "report/rows.py", "ui/words.py",
                 "domain/compare_questions.py"):
        source = (root / name).read_text("utf-8")
        for text in ('"Side effects"', '"Risks"', '"Soon"', '"Routine"', '"When I choose"',
                     '"side effects"', '"Confirmed"', '"Imaging (X-ray, scan)"',
                     '"Received"'):
            assert text not in source, (name, text)
    assert options.ROW_LABELS["benefits"] is words.ASPECT_WORDS["benefits"]


def test_every_way_two_doctors_write_one_medicine_differently_has_a_mark() -> None:
    # Each kind of fact the comparison reads has its place in the grid: an option whose
    # doctors differ on taking a medicine with food or not stopped the PDF (the kind was
    # missing from GAP_KINDS).
    written = {
        "dose": ("Ramipril 5 mg daily", "Ramipril 10 mg daily"),
        "frequency": ("Ramipril 5 mg once a day", "Ramipril 5 mg twice a day"),
        "route": ("Morphine 10 mg by mouth", "Morphine 10 mg subcutaneous"),
        "side": ("Knee injection, left", "Knee injection, right"),
        "food": ("Levothyroxine 50 mcg 30 min before breakfast",
                 "Levothyroxine 50 mcg with breakfast"),
    }
    for kind, (lee, kim) in written.items():
        case = Case(title="t", opinions=[_opinion("Dr Lee", _rec(lee, "medication")),
                                         _opinion("Dr Kim", _rec(kim, "medication"))])
        options = gather_options(case, include_own=False)
        assert len(options) == 1, (kind, options)
        assert options[0].gap_kind == kind
        assert options[0].gap_mark().startswith("≠ Same ")


def test_a_dose_or_a_rhythm_that_can_mean_two_is_marked_as_may_differ() -> None:
    # "biweekly" (every two weeks, or twice a week) against "every other week": not a dose
    # that may differ, which the grid had said of every unclear fact
    written = {
        "unclear": ("Ramipril 1.000 mg daily", "Ramipril 1000 mg daily",
                    "? Same medicine, the dose may differ"),
        "unclear_rhythm": ("Adalimumab 40 mg biweekly", "Adalimumab 40 mg every other week",
                           "? Same medicine, how often may differ"),
    }
    for kind, (lee, kim, mark) in written.items():
        case = Case(title="t", opinions=[_opinion("Dr Lee", _rec(lee, "medication")),
                                         _opinion("Dr Kim", _rec(kim, "medication"))])
        (option,) = gather_options(case, include_own=False)
        assert (option.gap_kind, option.gap_mark()) == (kind, mark)


def test_a_kind_of_medicine_and_one_of_that_kind_are_one_option_naming_both() -> None:
    # "nerve pain tablets" and "pregabalin" share no word: they had been two options, each
    # named by one doctor, where the comparison reads one as the other said more exactly
    for kind, medicine, label in (
            ("Nerve pain tablets", "Pregabalin 75 mg twice a day",
             "Nerve pain tablets / Pregabalin"),
            ("Iron tablets", "Ferrous sulfate 200 mg once a day", "Iron tablets / Ferrous sulfate"),
            ("Painkillers", "Paracetamol 1 g four times a day", "Painkillers / Paracetamol")):
        case = Case(opinions=[_opinion("Dr Hale", _rec(kind, "medication")),
                              _opinion("Dr Tanaka", _rec(medicine, "medication"))])
        options = gather_options(case, include_own=False)
        assert [(o.label, o.named_by()) for o in options] == [
            (label, ["Dr Hale", "Dr Tanaka"])], kind
        assert options[0].gaps, kind  # one gives a dose, the other none
        # not "the same medicine": the kind may be another of its medicines
        assert options[0].gap_mark() == "~ A kind of medicine, and one medicine of that kind"


def test_a_medicine_by_its_form_and_one_given_so_are_one_option() -> None:
    # the kind's own words name it, not its dose and rhythm ("Inhaler", not "Inhaler two puffs
    # when needed"); a medicine named with the form ("chloramphenicol eye drops") is one
    for form, medicine, label in (
            ("Inhaler two puffs when needed", "Salbutamol 2 puffs PRN", "Inhaler / Salbutamol"),
            ("Eye drops at night", "Latanoprost 1 drop nocte", "Eye drops / Latanoprost"),
            ("Eye drops", "Chloramphenicol eye drops", "Eye drops / Chloramphenicol"),
            ("Colirio por la noche", "Latanoprost una gota por la noche",
             "Colirio / Latanoprost"),
            ("Heartburn tablets before breakfast", "Omeprazole 20 mg before breakfast",
             "Heartburn tablets / Omeprazole")):
        case = Case(opinions=[_opinion("Dr Hale", _rec(form, "medication")),
                              _opinion("Dr Tanaka", _rec(medicine, "medication"))])
        options = gather_options(case, include_own=False)
        assert [(o.label, o.named_by(), o.kind_and_one) for o in options] == [
            (label, ["Dr Hale", "Dr Tanaka"], True)], form
    two = Case(opinions=[_opinion("Dr Hale", _rec("Salbutamol inhaler", "medication")),
                         _opinion("Dr Tanaka", _rec("Beclometasone inhaler", "medication"))])
    assert len(gather_options(two, include_own=False)) == 2


def test_a_scan_and_one_kind_of_scan_of_the_same_part_are_one_option() -> None:
    # "Brain scan" and "MRI brain" share one word of three: they had been two options, each
    # named by one doctor, where the comparison reads one as the other said more exactly
    for scan, kind, label in (("Brain scan", "MRI brain", "Brain scan / MRI brain"),
                              ("Scan of head", "CT head", "Scan of head / CT head")):
        case = Case(opinions=[_opinion("Dr Hale", _rec(scan, "test")),
                              _opinion("Dr Tanaka", _rec(kind, "test"))])
        options = gather_options(case, include_own=False)
        assert [(o.label, o.named_by(), o.gap_mark()) for o in options] == [
            (label, ["Dr Hale", "Dr Tanaka"], "~ A kind of test, and one test of that kind")]
    # another part, or two kinds of scan, stay two options
    for a, b in (("Brain scan", "MRI knee"), ("MRI brain", "CT brain")):
        case = Case(opinions=[_opinion("Dr Hale", _rec(a, "test")),
                              _opinion("Dr Tanaka", _rec(b, "test"))])
        assert len(gather_options(case, include_own=False)) == 2, (a, b)


def test_two_medicines_of_one_kind_stay_two_options() -> None:
    case = Case(opinions=[_opinion("Dr Hale", _rec("Pregabalin 75 mg twice a day", "medication")),
                          _opinion("Dr Tanaka", _rec("Gabapentin 300 mg three times a day",
                                                     "medication"))])
    assert len(gather_options(case, include_own=False)) == 2
    assert not same_treatment(_rec("Nerve pain tablets", "medication"),
                              _rec("Pregabalin 75 mg", "surgery"))


def test_a_marks_words_are_the_mark_without_its_symbol() -> None:
    """What a screen reader is given: "~" would be read as "tilde", "≠" as "not equal to"."""
    case = Case(opinions=[_opinion("Dr Hale", _rec("Nerve pain tablets", "medication")),
                          _opinion("Dr Tanaka", _rec("Pregabalin 75 mg twice a day",
                                                     "medication"))])
    option = gather_options(case, include_own=False)[0]
    assert option.gap_mark() == "~ A kind of medicine, and one medicine of that kind"
    assert option.gap_words() == "A kind of medicine, and one medicine of that kind"
    doses = Case(opinions=[_opinion("Dr Hale", _rec("Naproxen 500 mg twice daily", "medication")),
                           _opinion("Dr Tanaka", _rec("Naproxen 5 mg daily", "medication"))])
    option = gather_options(doses, include_own=False)[0]
    assert (option.gap_mark(), option.gap_words()) == (
        "≠ Same medicine, different dose", "Same medicine, different dose")
    alone = Case(opinions=[_opinion("Dr Hale", _rec("Knee replacement"))])
    option = gather_options(alone, include_own=False)[0]
    assert (option.gap_mark(), option.gap_words()) == ("", "")


def test_one_treatment_at_another_date_is_marked_so() -> None:
    # "Repeat MRI in 3 months" and "in 6 months" are one option: marked, never read as agreement
    case = Case(opinions=[_opinion("Dr Hale", _rec("Repeat MRI in 3 months", "test")),
                          _opinion("Dr Tanaka", _rec("Repeat MRI in 6 months", "test"))])
    (option,) = gather_options(case, include_own=False)
    assert (option.label, option.gap_mark()) == ("Repeat MRI", "≠ Same treatment, at another date")
    assert [gap.words() for gap in option.gaps] == [
        "How soon: Dr Hale wrote in 3 months, Dr Tanaka in 6 months"]
    same = Case(opinions=[_opinion("Dr Hale", _rec("Review in 2 weeks", "other")),
                          _opinion("Dr Tanaka", _rec("Review within 2 weeks", "other"))])
    assert [o.gaps for o in gather_options(same, include_own=False)] == [[]]


def test_one_treatment_at_another_time_before_is_marked_so() -> None:
    # (7 December, tenth session) "stop aspirin 5 days before surgery" and "7 days before"
    case = Case(opinions=[
        _opinion("Dr Hale", _rec("Stop aspirin 5 days before surgery", "medication")),
        _opinion("Dr Tanaka", _rec("Stop aspirin 7 days before surgery", "medication"))])
    (option,) = gather_options(case, include_own=False)
    assert option.gap_mark() == "≠ Same medicine, a different time before"
    assert [gap.words() for gap in option.gaps] == [
        "How long before: Dr Hale wrote 5 days before surgery, Dr Tanaka 7 days before surgery"]


def test_a_stop_before_an_operation_groups_with_the_stop_the_comparison_pairs_it_with() -> None:
    # (11th session) Dr Hale's "Stop aspirin 7 days before surgery" and "Aspirin 75 mg daily"
    # against Dr Tanaka's "Stop aspirin": the grid had grouped the stop with the daily dose
    # (the operation read as a treatment of the first), where the comparison pairs the two stops
    case = Case(opinions=[
        _opinion("Dr Hale", _rec("Stop aspirin 7 days before surgery", "medication"),
                 _rec("Aspirin 75 mg daily", "medication")),
        _opinion("Dr Tanaka", _rec("Stop aspirin", "medication"))])
    grouped = [[e.recommendation.treatment for e in o.entries]
               for o in gather_options(case, include_own=False)]
    assert grouped == [["Stop aspirin 7 days before surgery", "Stop aspirin"],
                       ["Aspirin 75 mg daily"]]


@pytest.mark.parametrize(("a", "b", "mark"), [
    # (7 December, tenth session) one option, the two going opposite ways: "Aspirin 75 mg daily"
    # against "Stop aspirin" had been marked "a dose from only one doctor", "Start statin"
    # against "Stop statin" not at all, as if the two agreed
    ("Aspirin 75 mg daily", "Stop aspirin",
     "≠ Same medicine, one doctor advises against it or not yet"),
    ("Start statin", "Stop statin", "≠ Same medicine, one doctor advises against it or not yet"),
    ("Increase ramipril to 10 mg", "Reduce ramipril to 2.5 mg",
     "≠ Same medicine, changed opposite ways"),
])
def test_one_option_going_opposite_ways_is_marked_so(a: str, b: str, mark: str) -> None:
    case = Case(opinions=[_opinion("Dr Hale", _rec(a, "medication")),
                          _opinion("Dr Tanaka", _rec(b, "medication"))])
    (option,) = gather_options(case, include_own=False)
    assert option.gap_mark() == mark
    assert option.gaps[0].words().startswith(f"Dr Hale wrote “{a}”, Dr Tanaka “{b}”: ")
    agreeing = Case(opinions=[_opinion("Dr Hale", _rec("No alcohol", "lifestyle")),
                              _opinion("Dr Tanaka", _rec("Give up alcohol", "lifestyle"))])
    assert [o.gap_mark() for o in gather_options(agreeing, include_own=False)] == [""]


def test_another_medicine_beside_one_is_no_dose_of_its_option() -> None:
    # (6 December, ninth session) "aspirin 75 mg daily" against "aspirin 300 mg and
    # clopidogrel 75 mg": the grid had said "Dr Kim 300 mg + 75 mg", the clopidogrel's dose
    # summed into the aspirin's
    case = Case(title="t", opinions=[
        _opinion("Dr Lee", _rec("Aspirin 75 mg daily", "medication")),
        _opinion("Dr Kim", _rec("Aspirin 300 mg and clopidogrel 75 mg", "medication"))])
    (option,) = gather_options(case, include_own=False)
    assert option.gap_kind == "dose"
    assert [gap.words() for gap in option.gaps if gap.kind == "dose"] == [
        "Dr Lee wrote 75 mg (milligrams), Dr Kim 300 mg (milligrams) (one is 4 times the other)"]
