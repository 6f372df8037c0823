# SPDX-License-Identifier: GPL-3.0-or-later
"""One medicine at two doses is one option, and the option says so: never left looking like
agreement (the engine's readings of dose, rhythm, route and side, thousands separators too)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from secondop_desktop.domain import number_habits, units
from secondop_desktop.domain.model import Case, Opinion, Physician, Recommendation
from secondop_desktop.domain.options import bare_name, gather_options
from secondop_desktop.i18n import using


def _case(a: str, b: str, category: str = "medication", title: str = "Blood sugar",
          doctors: tuple[str, str] = ("Dr Robert Hale", "Dra. Lucía Ruiz")) -> Case:
    first = Opinion(physician=Physician(name=doctors[0]), recommendations=[
        Recommendation(treatment=a, category=category, preferred=True)])
    second = Opinion(physician=Physician(name=doctors[1]), recommendations=[
        Recommendation(treatment=b, category=category, preferred=True)])
    return Case(title=title, opinions=[first, second])


def _one_option(case: Case):
    options = gather_options(case, include_own=False)
    assert len(options) == 1, [o.label for o in options]
    assert len(options[0].entries) == 2
    return options[0]


def test_metformin_at_two_doses_is_one_option_marked_with_what_each_wrote() -> None:
    case = _case("Metformin 500 mg twice daily", "metformin 5 mg daily")
    option = _one_option(case)
    assert option.gap_kind == "dose"
    assert option.gap_mark() == "≠ Same medicine, different dose"
    # Named by what they share, never by one doctor's dose.
    assert option.label == "Metformin"
    assert [g.words() for g in option.gaps] == [
        "Dr Robert Hale wrote 500 mg (milligrams), Dra. Lucía Ruiz 5 mg (milligrams) (one is "
        "100 times the other)",
        "How often: Dr Robert Hale wrote twice a day, Dra. Lucía Ruiz once a day"]
    hale, ruiz = case.opinions
    assert option.written(hale.id) == "Metformin 500 mg twice daily"
    assert option.written(ruiz.id) == "metformin 5 mg daily"


def test_the_same_dose_in_other_words_is_no_gap() -> None:
    for a, b in [("Metformin 500 mg twice daily", "metformin 500mg BID"),
                 ("Levothyroxine 0.1 mg daily", "Levothyroxine 100 mcg once a day")]:
        option = _one_option(_case(a, b))
        assert option.gaps == [] and option.gap_mark() == ""
        assert option.label == a  # the engine reads both the same: nothing to warn about


def test_rhythm_route_and_side_are_marked_too() -> None:
    weekly = _one_option(_case("Methotrexate 10 mg once weekly", "methotrexate 10 mg daily"))
    assert weekly.gap_mark() == "≠ Same medicine, different schedule"
    route = _one_option(_case("Enoxaparin 40 mg subcutaneous daily", "Enoxaparin 40 mg IV daily"))
    assert route.gap_mark() == "≠ Same medicine, given a different way"
    side = _one_option(_case("Left knee replacement", "Right knee replacement", "surgery"))
    assert side.gap_mark() == "≠ Same treatment, different side"


def test_a_dose_written_by_one_doctor_only_is_not_taken_as_the_others() -> None:
    option = _one_option(_case("Naproxen 500 mg twice daily", "Naproxen twice a day"))
    assert option.gap_mark() == "◐ Same medicine, a dose from only one doctor"
    assert "Dr Robert Hale wrote 500 mg (milligrams); Dra. Lucía Ruiz wrote no dose" in [
        g.words() for g in option.gaps]
    assert option.label == "Naproxen"
    # How often, written by one doctor only: not a mark, but never the option's name either.
    rhythm = _one_option(_case("Naproxen twice daily", "Naproxen"))
    assert rhythm.gaps == [] and rhythm.label == "Naproxen"


def test_a_thousand_that_may_be_one_milligram_is_may_differ_never_the_same() -> None:
    # Nothing says how Dr Hale groups thousands (no other amount, the case's words too few).
    case = _case("Metformin 1.000 mg", "Metformin 1000 mg", title="")
    assert number_habits.grouping(case, case.opinions[0]) == frozenset()
    option = _one_option(case)
    assert option.gap_kind == "unclear"
    assert option.gap_mark() == "? Same medicine, the dose may differ"
    assert option.gaps[0].words().startswith("Dr Robert Hale wrote 1.000 mg (can mean 1,000 mg "
                                             "or 1 mg)")


def test_spanish_writing_read_as_the_engine_reads_it() -> None:
    # A Spanish opinion writes a thousand "1.000 mg": the same as 1000 mg, a thousand times 1 mg.
    same = _case("Metformina 1.000 mg cada 12 horas con las comidas",
                 "Metformina 1000 mg cada 12 horas", title="Azúcar alta")
    assert _one_option(same).gaps == []
    with using("es"):
        case = _case("Metformina 1.000 mg cada 12 horas con las comidas",
                     "metformina 1 mg cada 12 horas", title="Azúcar alta")
        option = _one_option(case)
        assert option.gap_mark() == "≠ Mismo medicamento, distinta dosis"
        # what is left without the dose, and without "with meals", a fact of its own too
        assert option.label == "Metformina"
        assert option.gaps[0].words() == (
            "El Dr Robert Hale escribió 1,000 mg (miligramos); la Dra. Lucía Ruiz, 1 mg "
            "(miligramos) (una es 1,000 veces la otra)")
        folic = _one_option(_case("Ácido fólico 5 mg al día", "ácido fólico 1 mg diario",
                                  title="Embarazo"))
        assert folic.label == "Ácido fólico"
        twice = _one_option(_case("Levotiroxina 50 mcg en ayunas",
                                  "Levotiroxina 50 mcg dos veces al día", title="Tiroides"))
        assert twice.gap_mark() == "≠ Mismo medicamento, distinta frecuencia"


def test_bare_name_keeps_the_doctors_letters() -> None:
    assert bare_name("Metformin 500 mg BID by mouth") == "Metformin"
    assert bare_name("Ácido fólico 5 mg al día, por boca") == "Ácido fólico"
    assert bare_name("500 mg") == ""
    # no joining word left behind by the doses it joined ("Sertraline then" on the PDF)
    assert bare_name("Sertraline 50 mg then 100 mg") == "Sertraline"
    assert bare_name("Sertralina 50 mg y luego 100 mg") == "Sertralina"
    assert bare_name("Prednisolone 30 mg for 1 week then reduce by 5 mg weekly") == "Prednisolone"
    assert bare_name("Rest and physio") == "Rest and physio"
    # a hyphened name, two words once folded (it had left nothing, and the option took the
    # whole line as its name: "Co-codamol 30/500 mg two tablets qds")
    assert bare_name("Co-codamol 30/500 mg two tablets qds") == "Co-codamol"
    assert bare_name("Co-amoxiclav 625 mg tds") == "Co-amoxiclav"
    assert bare_name("X-ray chest") == "X-ray chest"


# --- property -----------------------------------------------------------------------------------

_NAMES = st.sampled_from(["Metformin", "metformina", "Naproxen", "Levothyroxine", "Ibuprofeno",
                          "Ácido fólico", "Methotrexate"])
_AMOUNTS = st.sampled_from(["5", "50", "0.5", "0,5", "500", "1.000", "1,000", "1000", "2.5",
                            "12 500", "100", "1"])
_UNITS = st.sampled_from(["mg", "mcg", "g", "µg", "miligramos", "units", "mL"])
_RHYTHMS = st.sampled_from(["", " daily", " twice daily", " once weekly", " cada 12 horas",
                            " dos veces al día", " BID", " as needed", " por boca", " IV"])
_DOSES = st.builds(lambda a, u, r: f"{a} {u}{r}", _AMOUNTS, _UNITS, _RHYTHMS)


@settings(max_examples=300, deadline=None)
@given(_NAMES, _DOSES, _DOSES, st.sampled_from(["", "Azúcar alta", "Blood sugar"]))
def test_doses_the_engine_reads_as_different_are_never_grouped_without_the_difference(
        name: str, a: str, b: str, title: str) -> None:
    a, b = f"{name} {a}", f"{name} {b}"
    case = _case(a, b, title=title)
    marks = [number_habits.grouping(case, o) for o in case.opinions]
    said = units.differences(a, b, *marks) + units.unclear_doses(a, b, *marks)
    together = [o for o in gather_options(case, include_own=False) if len(o.entries) == 2]
    assert together  # one medicine, whatever its dose, rhythm or route: one option
    for option in together:
        kinds = {g.kind for g in option.gaps}
        for difference in said:
            assert ("unclear" if difference.unclear else difference.kind) in kinds
        if any(d.kind == "dose" and not d.unclear and not d.same_day for d in said):
            assert option.gap_mark().startswith("≠ Same medicine, different dose")
        elif any(d.kind == "dose" and d.same_day for d in said):
            # the same in a day at another rhythm: the schedule is what differs (gap_rank)
            assert option.gap_mark().startswith("≠ Same medicine, different schedule")
        if any(d.kind == "dose" and not d.unclear for d in said):
            assert option.label == name  # never one doctor's dose
        if not option.gaps:
            # No mark only where the engine finds nothing that differs or may differ, and a
            # dose written by one doctor is written by the other too.
            fa, fb = units.read(a, marks[0]), units.read(b, marks[1])
            assert not said and bool(fa.doses) == bool(fb.doses)


def test_each_line_of_what_the_doctors_wrote_starts_with_a_capital_in_spanish_too() -> None:
    """The grid and the PDF give each difference a line of its own: "Con qué frecuencia: la
    Dra. Ruiz …", never the engine's "con qué frecuencia" that goes on after a label."""
    with using("es"):
        case = _case("Metformina 500 mg dos veces al día", "metformina 500 mg una vez al día")
        option = _one_option(case)
        lines = [g.words() for g in option.gaps]
    assert lines and all(line[0].isupper() for line in lines), lines
    assert lines[0].startswith("Con qué frecuencia:"), lines
