# SPDX-License-Identifier: GPL-3.0-or-later
"""Two plans in the same words but a figure: the row says which figures differ. "Warfarin,
target INR 2-3" against "target INR 2.5-3.5", "aim BP below 130/80" against "below 140/90",
"radiotherapy 60 Gy in 30 fractions" against "in 20 fractions" differed with nothing said of
what, and asked the question for two plans of another kind ("how they would do this, and why
that way")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secondop_desktop.domain.figures import figures_apart
from tests.domain.two_doctors import answers, diagnoses, main_plans, next_steps


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("INR target range 2-3", "INR target range 2.5-3.5", ("range 2-3", "range 2.5-3.5")),
    ("Aim BP below 130/80", "aim BP below 140/90", ("below 130/80", "below 140/90")),
    ("HbA1c target under 48 mmol/mol", "HbA1c target under 53 mmol/mol",
     ("under 48 mmol/mol", "under 53 mmol/mol")),
    ("radiotherapy 60 Gy in 30 fractions", "radiotherapy 60 Gy in 20 fractions",
     ("in 30 fractions", "in 20 fractions")),
    ("Seek help if vomiting for more than 4 hours", "Seek help if vomiting for more than 24 hours",
     ("more than 4 hours", "more than 24 hours")),
    ("Sintrom con INR entre 2 y 3", "Sintrom con INR entre 2,5 y 3,5",
     ("entre 2 y 3", "entre 2,5 y 3,5")),
    ("Straight leg raises 2 sets of 10", "Straight leg raises 10 sets of 2",
     ("raises 2 sets of 10", "raises 10 sets of 2")),
    ("R-CHOP x4", "R-CHOP x6", ("R-CHOP x4", "R-CHOP x6")),
    ("stop apixaban 48h before surgery", "stop apixaban 24h before surgery",
     ("apixaban 48h", "apixaban 24h")),
    # (not the word that ends the clause before: "od," is no part of "10 years")
    ("tamoxifen 20mg od, 10 years", "tamoxifen 20mg od, 5 years", ("10 years", "5 years")),
    ("2 of 14 lymph nodes positive", "12 of 14 lymph nodes positive", ("2 of 14", "12 of 14")),
    ("Run only if pain stays below 3 out of 10", "Run only if pain stays below 5 out of 10",
     ("below 3 out of 10", "below 5 out of 10")),
    ("transfuse if Hb < 7 g/dL", "transfuse if Hb < 8 g/dL", ("< 7 g/dL", "< 8 g/dL")),
    ("Type 2 diabetes, HbA1c 8.2%", "type 2 diabetes, HbA1c 6.2%", ("HbA1c 8.2%", "HbA1c 6.2%")),
    # the words around one figure in another order: the figures alone
    ("warfarin, target INR 2-3", "warfarin, INR target 2.5-3.5", ("2-3", "2.5-3.5")),
    # two places apart
    ("review in 2 weeks, INR 2-3", "review in 3 weeks, INR 2.5-3.5",
     ("in 2 weeks … INR 2-3", "in 3 weeks … INR 2.5-3.5")),
])
def test_the_figures_that_differ_with_their_words(a: str, b: str,
                                                  apart: tuple[str, str]) -> None:
    assert figures_apart(a, b) == apart
    assert figures_apart(b, a) == apart[::-1]


@pytest.mark.parametrize(("a", "b"), [
    ("INR 2 to 3", "INR 2.0 to 3.0"),  # the same figures
    ("INR 2-3", "INR 2-3"),
    ("target INR 2-3", "target INR 2-3, check weekly"),  # other words besides
    ("HbA1c target under 48", "HbA1c target over 48"),
    ("sats 88-92%", "sats 88-92"),  # a per cent against none: not the figure alone
    ("physiotherapy", "physiotherapy twice"),
    ("INR 2-3 target 2.5", "target 2-3 INR 2.5"),  # two figures each, moved about
])
def test_no_figures_apart_where_the_words_differ_or_the_figures_agree(a: str, b: str) -> None:
    assert figures_apart(a, b) is None


_NOTE = st.lists(st.one_of(st.sampled_from(["INR", "target", "below", "in", "weeks", "2-3",
                                             "2.5", "130/80", "x4", "and", "mg/dL", "10,"]),
                           st.text(max_size=8)), max_size=8).map(" ".join)


@given(_NOTE, _NOTE)
def test_what_is_said_apart_is_each_doctors_own_words(a: str, b: str) -> None:
    apart = figures_apart(a, b)
    if apart is None:
        return
    for said, text in zip(apart, (a, b), strict=True):
        assert said
        written = {w.strip(".,;:()[]\"'") for w in text.split()}
        assert {w for w in said.replace(" … ", " ").split()} <= written
    assert any(ch.isdigit() for ch in apart[0]) and any(ch.isdigit() for ch in apart[1])


@given(_NOTE)
def test_a_text_against_itself_has_no_figures_apart(a: str) -> None:
    assert figures_apart(a, a) is None


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Warfarin, target INR 2-3", "warfarin, target INR 2.5-3.5",
     "Dr Lee wrote INR 2-3, Dr Kim INR 2.5-3.5"),
    ("Aim BP below 130/80", "aim BP below 140/90", "Dr Lee wrote below 130/80, Dr Kim below "
     "140/90"),
    ("Radiotherapy 60 Gy in 30 fractions", "radiotherapy 60 Gy in 20 fractions",
     "Dr Lee wrote in 30 fractions, Dr Kim in 20 fractions"),
    ("Call 999 if drowsy or hard to wake", "Call 111 if drowsy or hard to wake",
     "Dr Lee wrote Call 999, Dr Kim Call 111"),
])
def test_a_plan_apart_by_a_figure_says_which_and_asks_which_is_meant(a: str, b: str,
                                                                     detail: str) -> None:
    point = main_plans(a, b)
    assert (point.status, point.detail) == ("different", detail)
    assert point.question == (f"Ask both doctors to check “{a}” together: {detail}. Which is "
                              "meant for you?")


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Stage 3 chronic kidney disease", "stage 4 chronic kidney disease",
     "Dr Lee wrote Stage 3, Dr Kim stage 4"),
    ("Prostate cancer, Gleason 3+4=7", "Prostate cancer, Gleason 4+3=7",
     "Dr Lee wrote Gleason 3+4=7, Dr Kim Gleason 4+3=7"),
    ("Breast cancer, 2 of 14 lymph nodes positive", "Breast cancer, 12 of 14 lymph nodes positive",
     "Dr Lee wrote 2 of 14, Dr Kim 12 of 14"),
])
def test_a_diagnosis_apart_by_a_figure_says_which(a: str, b: str, detail: str) -> None:
    point = diagnoses(a, b)
    assert (point.status, point.detail) == ("different", detail)


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Sutures out at 7 days", "sutures out at 14 days", "Dr Lee wrote at 7 days, Dr Kim at 14 "
     "days"),
    # how soon, where it is how soon, as before
    ("Bloods in 2 weeks", "bloods in 4 weeks", "how soon: Dr Lee wrote in 2 weeks, Dr Kim in 4 "
     "weeks"),
])
def test_a_next_step_apart_by_a_figure_says_which(a: str, b: str, detail: str) -> None:
    point = next_steps(a, b)
    assert (point.status, point.detail) == ("different", detail)


def test_a_dose_apart_still_says_the_dose_not_the_figure() -> None:
    point = main_plans("amlodipine 5 mg daily", "amlodipine 10 mg daily", "medication")
    assert point.detail == ("Dr Lee wrote 5 mg (milligrams), Dr Kim 10 mg (milligrams) (one is "
                            "2 times the other)")


@pytest.mark.parametrize(("question", "a", "b", "detail"), [
    # (a length of time alone, or a figure alone, had said nothing of what differs)
    ("How long until I can drive?", "6 weeks", "3 months",
     "how long: Dr Lee wrote 6 weeks, Dr Kim 3 months"),
    ("How long until I can drive?", "About 6 weeks.", "3 months",
     "how long: Dr Lee wrote 6 weeks, Dr Kim 3 months"),
    ("¿Cuánto tardaré en recuperarme?", "6 semanas", "3 meses",
     "how long: Dr Lee wrote 6 weeks, Dr Kim 3 months"),
    ("What are the chances it works?", "80%", "60%", "Dr Lee wrote 80%, Dr Kim 60%"),
    ("How many sessions will I need?", "10 sessions", "20 sessions",
     "Dr Lee wrote 10 sessions, Dr Kim 20 sessions"),
])
def test_an_answer_apart_by_a_time_or_a_figure_says_which(question: str, a: str, b: str,
                                                          detail: str) -> None:
    point = answers(question, a, b)
    assert (point.status, point.detail) == ("different", detail)
