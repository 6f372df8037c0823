# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish speaks of a titled doctor with the article ("Pregúntele al Dr Hale", "la opinión de
la Dra. Ruiz"); the catalog cannot write it, so fill() adds it to names with a title."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secondop_desktop.i18n import fill, using


@pytest.mark.parametrize(("template", "values", "said"), [
    ("Pregúntele a {doctor} cuál es el diagnóstico.", {"doctor": "Dr Hale"},
     "Pregúntele al Dr Hale cuál es el diagnóstico."),
    ("Pregúntele a {doctor} qué piensa de lo que sugirió {other}.",
     {"doctor": "Dra. Márquez", "other": "Dr Hale"},
     "Pregúntele a la Dra. Márquez qué piensa de lo que sugirió el Dr Hale."),
    ("Opinión de {doctor}", {"doctor": "Dr. Robert Hale"}, "Opinión del Dr. Robert Hale"),
    ("Nota sobre {doctor}", {"doctor": "Doctora Ruiz"}, "Nota sobre la Doctora Ruiz"),
    ("{doctor} vio: {records}; {other} no.", {"doctor": "Dr Tanaka", "records": "RM",
                                             "other": "Dr Hale"},
     "El Dr Tanaka vio: RM; el Dr Hale no."),
    ("({doctors} no coinciden)", {"doctors": "Dr Hale y Dra. Ruiz"},
     "(el Dr Hale y la Dra. Ruiz no coinciden)"),
    ("¿Qué dijo {doctor}?", {"doctor": "Dra. Ruiz"}, "¿Qué dijo la Dra. Ruiz?"),
    # No title, no article: the name is written as the user wrote it.
    ("Pregúntele a {doctor} cuál es el diagnóstico.", {"doctor": "Mei Tanaka"},
     "Pregúntele a Mei Tanaka cuál es el diagnóstico."),
    # Headings, labels and lists are not sentences.
    ("{doctor} ({label})", {"doctor": "Dr Robert Hale", "label": "Opinión original"},
     "Dr Robert Hale (Opinión original)"),
    ("{doctor}: más preciso", {"doctor": "Dr Hale"}, "Dr Hale: más preciso"),
    ("{a} y {b}", {"a": "Dr Hale", "b": "Dra. Ruiz"}, "Dr Hale y Dra. Ruiz"),
    ("{status} · {doctors}", {"status": "Comparando", "doctors": "Dr Hale"},
     "Comparando · Dr Hale"),
])
def test_a_titled_doctor_takes_the_article_in_a_spanish_sentence(template, values, said) -> None:
    with using("es"):
        assert fill(template, **values) == said


def test_english_is_left_as_it_is() -> None:
    with using("en"):
        assert fill("Ask {doctor} and {other}.", doctor="Dr Hale", other="Dra. Ruiz") == \
            "Ask Dr Hale and Dra. Ruiz."

@given(st.text(max_size=30).map(lambda t: t.replace("{", "(").replace("}", ")")),
       st.sampled_from(["Dr", "Dra.", "doctor", "Sr."]),
       st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=12))
def test_the_name_itself_is_never_changed(before: str, title: str, name: str) -> None:
    """Whatever text stands before it, the doctor's name is written whole, as typed."""
    with using("es"):
        said = fill(before + " {doctor} habló.", doctor=f"{title} {name}")
    assert said.endswith(f"{title} {name} habló.")
