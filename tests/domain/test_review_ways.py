"""One review held another way (by telephone, by video, in person) is a small difference about
how, with a question that says what each doctor wrote; not two treatments to choose between."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import review_ways
from tests.domain.two_doctors import main_plans


@pytest.mark.parametrize(("a", "b", "said"), [
    ("Telephone review in 2 weeks", "Clinic review in 2 weeks",
     "how the review is held: Dr Lee wrote by telephone, Dr Kim in person"),
    ("Phone call in 2 weeks", "Review in clinic in 2 weeks",
     "how the review is held: Dr Lee wrote by telephone, Dr Kim in person"),
    ("Video appointment next month", "Face to face review in 1 month",
     "how the review is held: Dr Lee wrote by video, Dr Kim in person"),
    ("Revisión telefónica en 2 semanas", "Revisión presencial en 2 semanas",
     "how the review is held: Dr Lee wrote by telephone, Dr Kim in person"),
])
def test_one_review_held_another_way(a: str, b: str, said: str) -> None:
    point = main_plans(a, b, "other")
    assert (point.status, point.severity, point.detail) == ("different", "minor", said)
    assert point.question.startswith("Ask both doctors to check")
    assert said in point.question  # not "why this treatment first"
    back = main_plans(b, a, "other")
    assert (back.status, back.severity) == ("different", "minor")


@pytest.mark.parametrize(("a", "b"), [
    ("Telephone review in 2 weeks", "Clinic review in 6 weeks"),  # another time too
    ("Telephone review in 2 weeks", "Surgery"),
    ("Call the clinic if worse", "Clinic review in 2 weeks"),  # no way of a review
])
def test_not_one_review_held_another_way(a: str, b: str) -> None:
    assert "how the review is held" not in main_plans(a, b, "other").detail
    assert review_ways.another_way(a, b) is None or review_ways.without_way(a) != (
        review_ways.without_way(b))


def test_a_way_said_by_one_doctor_only_is_said_more_exactly() -> None:
    assert main_plans("Telephone review in 2 weeks", "Review in 2 weeks", "other").status == (
        "refined")


def test_the_way_a_text_names() -> None:
    assert review_ways.way("Telephone review in 2 weeks") == "telephone"
    assert review_ways.way("Follow-up in clinic") == "in person"
    assert review_ways.way("Videollamada en 1 mes") == "video"
    assert review_ways.way("Physio twice a week") == ""  # no review named
    assert review_ways.way("Call the clinic to book a review") == ""  # two ways: none read
