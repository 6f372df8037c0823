# SPDX-License-Identifier: GPL-3.0-or-later
"""Answers to the patient's questions in Spanish, as they are said (7 December, fifteenth
session): "Se recomienda operar" and "Hay que operar" to "¿Necesita cirugía?", "Localizado" and
"No se ha extendido" to "¿Se ha extendido?" had differed from a plain "Sí" or "No"; and "No sé"
(I do not know) was read as a no, a major difference against any yes."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.compare import MAJOR
from tests.domain.two_doctors import answers


@pytest.mark.parametrize(("question", "a", "b"), [
    ("¿Necesita cirugía?", "Sí", "Se recomienda operar"),
    ("¿Necesita cirugía?", "Sí", "Hay que operar"),
    ("¿Se ha extendido?", "No", "Localizado"),
    ("¿Se ha extendido?", "No", "No se ha extendido"),
    ("¿Ha crecido?", "No", "Estable"),
])
def test_the_questions_words_said_again_in_spanish(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert answers(question, x, y).status == "same", (x, y)


@pytest.mark.parametrize(("question", "a", "b"), [
    ("¿Necesita cirugía?", "No", "Se recomienda operar"),
    ("¿Se ha extendido?", "Sí", "Localizado"),
    ("¿Se ha extendido?", "No", "Extendido al hígado"),
])
def test_a_yes_against_a_no_in_spanish_is_major(question: str, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        point = answers(question, x, y)
        assert (point.status, point.severity) == ("different", MAJOR), (x, y)


def test_a_yes_with_where_is_said_more_exactly() -> None:
    assert answers("¿Se ha extendido?", "Sí", "Extendido al hígado").status == "refined"


@pytest.mark.parametrize("unknown", ["No sé", "No lo sabemos", "No estoy segura"])
@pytest.mark.parametrize(("question", "yes"), [
    ("¿Es cáncer?", "Sí"), ("¿Es cáncer?", "Cáncer de mama"), ("¿Necesita cirugía?", "Sí")])
def test_not_knowing_is_no_no(unknown: str, question: str, yes: str) -> None:
    point = answers(question, unknown, yes)
    assert point.severity != MAJOR and point.status != "same", (unknown, yes, point.status)


def test_a_no_that_opens_with_no_se_is_still_a_no() -> None:
    # "No se ha extendido" is no "No sé"
    point = answers("¿Se ha extendido?", "Sí", "No se ha extendido")
    assert (point.status, point.severity) == ("different", MAJOR)
