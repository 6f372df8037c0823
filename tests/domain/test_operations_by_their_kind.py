# SPDX-License-Identifier: GPL-3.0-or-later
"""An operation as a family notes it ("hip operation", "back surgery", "heart op") against the
one the surgeon named ("total hip replacement", "L4-L5 microdiscectomy", "CABG"): one doctor
said more exactly what the other said, not another plan (they had read as two). The kinds are
naming facts in domain/terms.py (KINDS); an operation on another joint, or a treatment that
only shares the place ("hip injection"), stays another plan."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Hip operation", "Total hip replacement"),
    ("Hip surgery", "Hip replacement"),
    ("op on his hip", "Right total hip arthroplasty"),
    ("Hip surgery", "THR"),
    ("Knee surgery", "Knee arthroscopy"),
    ("Knee operation", "TKA"),
    ("Knee surgery", "Arthroscopic ACL reconstruction"),
    ("Cirugía de rodilla", "Prótesis total de rodilla derecha"),
    ("Operar la rodilla", "Prótesis total de rodilla"),
    ("Cirugía de cadera", "Prótesis de cadera"),
    ("Back surgery", "L4-L5 microdiscectomy"),
    ("Back operation", "Lumbar decompression"),
    ("Operación de espalda", "Discectomía"),
    ("Heart surgery", "Coronary artery bypass graft"),
    ("Heart operation", "Aortic valve replacement"),
    ("Cirugía cardiaca", "Bypass coronario"),
    ("Shoulder surgery", "Rotator cuff repair"),
    ("Eye surgery", "Cataract operation"),
    ("Brain surgery", "Craniotomy"),
]))
def test_an_operation_is_refined_by_the_kind_the_surgeon_named(a: str, b: str) -> None:
    assert main_plans(a, b, "surgery").status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Hip surgery", "Knee replacement"),
    ("Knee surgery", "Hip replacement"),
    ("Hip replacement", "Knee replacement"),
    ("Heart surgery", "Knee surgery"),
    ("Heart surgery", "Coronary stent"),
    ("Spinal fusion", "Discectomy"),
    ("Back surgery", "Physiotherapy for back pain"),
    ("Avoid surgery", "Knee replacement"),
    ("Avoid back surgery", "Lumbar discectomy"),
    # the place shared, the treatment not: the injection is what is given, not the route of
    # an operation (these had read as one said more exactly)
    ("Hip replacement", "Hip injection"),
    ("Knee arthroscopy", "Knee injection"),
]))
def test_another_operation_or_treatment_stays_another(a: str, b: str) -> None:
    assert main_plans(a, b, "surgery").status == "different"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Total hip replacement", "THR"),
    ("TKR left", "Left total knee replacement"),
    ("Prótesis total de rodilla derecha", "Right TKR"),
]))
def test_an_operation_by_its_letters_is_the_same(a: str, b: str) -> None:
    # the letters read as the table's name, so the kind it is of comes with them too
    assert main_plans(a, b, "surgery").status == "same"


def test_one_injection_said_two_ways_is_still_one() -> None:
    assert main_plans("Knee injection", "Steroid injection into the knee",
                      "procedure").status == "refined"


@pytest.mark.parametrize(("a", "b"), both_ways([
    # an operation as a family writes what it does (6 December, eighth session): each had
    # differed or read as more exact
    ("Take out the appendix", "Appendicectomy"),
    ("Surgery to take out the appendix", "Appendicectomy"),
    ("An operation to remove the gallbladder", "Cholecystectomy"),
    ("Operar para quitar la vesícula", "Cholecystectomy"),
    ("Keyhole surgery to take the gallbladder out", "Laparoscopic cholecystectomy"),
    ("An operation to remove the tonsils", "Tonsillectomy"),
    ("Breast removal", "Mastectomy"),
    ("Remove the breast", "Mastectomy"),
    ("Pacemaker fitted", "Pacemaker implantation"),
    ("Pacemaker", "Pacemaker insertion"),
    ("Tube in the ear", "Grommets"),
]))
def test_an_operation_said_by_what_it_does_is_the_operation(a: str, b: str) -> None:
    assert main_plans(a, b, "surgery").status == "same"


def test_an_operation_said_by_what_it_does_keeps_its_way() -> None:
    # open or keyhole: the surgeon's way is more exact than the family's words
    assert main_plans("Surgery to remove the gallbladder", "Laparoscopic cholecystectomy",
                      "surgery").status == "refined"
    assert main_plans("Remove the breast", "Lumpectomy", "surgery").status == "different"
