# SPDX-License-Identifier: GPL-3.0-or-later
"""A follow-up as a family writes it down and as a letter does: "see the GP in 2 weeks", "GP
appointment in 2 weeks", "GP review in a fortnight" are one plan. Seeing someone who sees
patients, or an appointment, is a review; "see" in other senses ("wait and see", "see if it
settles") stays as it is, and another time, another person or another way of being seen stays
another plan. "Come back if it gets worse" is "return if symptoms worsen"; and a scan's region
is one however named ("CT thorax" = "CT chest" = "TAC de tórax"); "stitches out" is their
removal."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans

SAME = [
    # 6 December, fourth session: a time with no "in" after the follow-up, a Spanish
    # fortnight, the clinic in Spanish
    ("Follow up in clinic in 3 months", "Clinic follow-up 3 months"),
    ("Follow-up at 3 months", "Follow up in 3 months"),
    ("Review 6 weeks", "Review in 6 weeks"),
    ("Revisión 3 meses", "Review in 3 months"),
    ("Control 6 meses", "Review in 6 months"),
    ("Revisión en 15 días", "Review in 2 weeks"),
    ("Cita en consulta en 3 meses", "Clinic appointment in 3 months"),
    ("Consulta de cardiología", "Cardiology clinic"),
    ("See the GP in 2 weeks", "GP review in 2 weeks"),
    ("see your GP in 2 weeks", "GP review in a fortnight"),
    ("GP appointment in 2 weeks", "GP review in 2 weeks"),
    ("Appointment with the GP in two weeks", "GP review in 2 weeks"),
    ("See the consultant in 6 weeks", "Consultant review in 6 weeks"),
    ("Next appointment", "Next review"),
    ("Wait and see", "Watchful waiting"),
    ("Ver al médico de cabecera en 2 semanas", "See the GP in 2 weeks"),
    ("Cita en 6 meses", "Revisión en 6 meses"),
    ("Ver a la enfermera en una semana", "Cita con la enfermera en una semana"),
    ("Come back if it gets worse", "Return if symptoms worsen"),
    ("Come back if you get worse", "Return if symptoms worsen"),
    ("Seek help if things get worse", "Seek help if symptoms worsen"),
    ("Volver si empeora", "Return if it gets worse"),
    ("CT thorax", "CT chest"),
    ("CT thorax, abdomen and pelvis", "CT chest abdomen pelvis"),
    ("TAC de tórax", "CT chest"),
    ("Abdominal ultrasound", "Ultrasound of the abdomen"),
    # what is taken out, as families say it
    ("Stitches out in 10 days", "Removal of sutures in 10 days"),
    ("Remove the stitches in 10 days", "Removal of sutures in 10 days"),
    ("Catheter out tomorrow", "Remove the catheter tomorrow"),
    ("Heart operation", "Cardiac surgery"),
    # the other way round, and a cast (eighth session)
    ("Take out the stitches in 10 days", "Removal of sutures in 10 days"),
    ("Take the stitches out in 10 days", "Removal of sutures in 10 days"),
    ("Take off the cast in 6 weeks", "Cast removal in 6 weeks"),
    ("Cast off in 6 weeks", "Cast removal in 6 weeks"),
    ("Remove the drain tomorrow", "Drain removal tomorrow"),
    # the family doctor is the GP; a doctor of an organ is its specialty
    ("See the family doctor in 2 weeks", "GP review in 2 weeks"),
    ("See your family doctor", "See your GP"),
    ("See the heart doctor", "Cardiology referral"),
    ("See a heart doctor", "Refer to cardiology"),
    ("See the kidney doctor", "Nephrology referral"),
    # in a family's Spanish (eighth session)
    ("Pedir cita con el cardiólogo", "Refer to cardiology"),
    ("Cita con el traumatólogo", "Derivar al traumatólogo"),
    ("Revisión anual", "Annual review"),
    ("Control anual", "Annual review"),
    ("Quitar los puntos en 10 días", "Removal of sutures in 10 days"),
    ("Hacer una resonancia de rodilla", "MRI knee"),
    ("Hacer una radiografía de tórax", "Chest X-ray"),
    ("B12 injections every 3 months", "Vitamin B12 injection every 3 months"),
]

DIFFERENT = [
    ("Follow up 3 months", "Follow up 6 months"),
    ("Cita en consulta en 3 meses", "Clinic appointment in 6 months"),
    ("Amoxicilina durante 15 días", "Amoxicillin for 2 weeks"),  # a course stays 15 days
    ("See the GP in 2 weeks", "GP review in 6 weeks"),
    ("See the GP in 2 weeks", "See the cardiologist in 2 weeks"),
    ("See the GP in 2 weeks", "Phone the GP in 2 weeks"),
    ("See the GP in 2 weeks", "Refer to cardiology"),
    ("See if it settles", "Review if it settles"),
    ("Bloods at the next appointment", "Bloods before the next appointment"),
    ("Come back if it gets worse", "Come back if it does not get better"),
    ("CT thorax", "CT abdomen"),
    ("CT chest", "CT thorax abdomen pelvis"),
    ("Stitches out in 10 days", "Stitches out in 14 days"),
    ("Stitches out in 10 days", "Dissolvable stitches"),
    ("Ver al traumatólogo", "Ver al médico de cabecera"),
    ("Cita en 6 meses", "Cita en 3 meses"),
    ("Cast off in 6 weeks", "Cast removal in 4 weeks"),
    ("Remove the cast", "Apply a new cast"),
    ("See the family doctor", "Refer to cardiology"),
    ("See the same doctor", "Cardiology referral"),
    ("See the heart doctor", "See the GP"),
    ("Revisión anual", "Revision surgery"),
    ("Pedir cita con el cardiólogo", "Refer to neurology"),
]



@pytest.mark.parametrize(("a", "b"), both_ways(SAME))
def test_seeing_someone_again_is_a_review(a: str, b: str) -> None:
    assert main_plans(a, b, "other").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways(DIFFERENT))
def test_another_time_person_or_way_stays_another_plan(a: str, b: str) -> None:
    assert main_plans(a, b, "other").status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Review by cardiology in 6 months", "Cardiology review in 6 months"),
    ("Review by the cardiologist in 6 months", "Cardiology review in 6 months"),
    ("Follow-up with neurology in 3 months", "Neurology review in 3 months"),
    ("Review by cardiology", "Cardiology review"),
]))
def test_who_reviews_said_after_the_review_is_the_same_review(a: str, b: str) -> None:
    # the "by" had stayed a word of the plan: two plans with no reason given
    assert main_plans(a, b, "other").status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Review by cardiology in 6 months", "Neurology review in 6 months"),
    ("Review by cardiology in 6 months", "Cardiology review in 12 months"),
]))
def test_another_specialty_or_time_is_another_review(a: str, b: str) -> None:
    assert main_plans(a, b, "other").status == "different"


@pytest.mark.parametrize(("a", "b", "status"), [
    # a Spanish check-up stays a check-up once its time is set aside: "revisión" alone is also
    # an operation done again in English, and it had read as refined by "revision surgery"
    ("revisión en 6 meses", "revision surgery in 6 months", "different"),
    ("revisión en 6 meses", "review in 6 months", "same"),
    ("revisión de la prótesis de cadera", "revision hip replacement", "same"),
])
def test_a_spanish_check_up_is_no_revision_operation(a: str, b: str, status: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert main_plans(x, y, "other").status == status
