# SPDX-License-Identifier: GPL-3.0-or-later
"""Two answers read either way round give one finding, and an answer against itself is the
same (7 December, fourteenth session, after the readings of answers grew: a yes said in the
question's words, its opposite denied, a kind named, nothing in the way). Drawn from the
questions families ask and the answers doctors give, in a few words each."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.domain.two_doctors import answers

QUESTIONS = ("Does he need surgery?", "Is it cancer?", "Is it benign?", "Can he drive?",
             "Has it spread?", "Should I stop the aspirin?", "Is it safe to fly?",
             "Does he have diabetes?", "Is it normal?", "Has it grown?",
             "When is the next scan?", "¿Es cáncer?")
ANSWERS = ("Yes", "No", "Maybe", "Not sure", "Unlikely", "Not for 6 weeks", "Yes, after 6 weeks",
           "Surgery recommended", "Surgery is an option", "Not cancer", "Benign",
           "Breast cancer", "Suspected cancer", "Don't stop it", "Continue aspirin",
           "Avoid flying", "No problem", "Stable", "Not stable", "Spread to the liver",
           "No spread", "Localised", "Type 2 diabetes", "Not abnormal", "Nothing sinister",
           "In 3 months", "3 months", "Sí", "No es cáncer", "Depends on the scan")


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(QUESTIONS), st.sampled_from(ANSWERS), st.sampled_from(ANSWERS))
def test_two_answers_read_either_way_round_agree(question: str, a: str, b: str) -> None:
    one, other = answers(question, a, b), answers(question, b, a)
    assert (one.status, one.severity) == (other.status, other.severity), (question, a, b)
    if a == b:
        assert one.status == "same"
