# SPDX-License-Identifier: GPL-3.0-or-later
"""``i18n.Rewordable``: a translated text that can be said again in another language, with the
values it was filled with (an undo step's name after View → Language)."""

from __future__ import annotations

import copy
import pickle

from secondop_desktop.i18n import Rewordable, fill

LANGUAGE = {"now": "es"}
WORDS = {("es", "Change {what}"): "Cambiar {what}", ("es", "title"): "título",
         ("en", "Change {what}"): "Change {what}", ("en", "title"): "title"}


def said(source: str) -> Rewordable:
    def again() -> str:
        return WORDS[(LANGUAGE["now"], source)]
    return Rewordable(again(), again)


def test_a_filled_text_is_said_again_with_its_values_said_again_too() -> None:
    LANGUAGE["now"] = "es"
    text = fill(said("Change {what}"), what=said("title"))
    assert text == "Cambiar título" and isinstance(text, Rewordable)
    LANGUAGE["now"] = "en"
    assert text.again() == "Change title"
    # A value that is the patient's own words stays as typed.
    typed = fill(said("Change {what}"), what="Rodilla")
    assert typed.again() == "Change Rodilla"


def test_lowered_words_are_lowered_again() -> None:
    LANGUAGE["now"] = "en"
    lowered = said("Change {what}").lower()
    LANGUAGE["now"] = "es"
    assert lowered == "change {what}" and lowered.again() == "cambiar {what}"


def test_a_copy_is_plain_text() -> None:
    LANGUAGE["now"] = "en"
    text = said("title")
    for copied in (copy.copy(text), copy.deepcopy([text])[0], pickle.loads(pickle.dumps(text))):
        assert type(copied) is str and copied == "title"


def test_a_plain_template_fills_as_before() -> None:
    assert type(fill("{a} and {b}", a="x", b="y")) is str
