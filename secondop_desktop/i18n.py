# SPDX-License-Identifier: GPL-3.0-or-later
"""The one place that picks the language, and the translation of the layers without Qt.

The domain, the report and the CLI mark their words with ``_("…")`` (or ``N_("…")`` in a table
read later) and fill placeholders one way only: named ``{fields}`` through :func:`fill` (the window
does the same after ``self.tr``). The words come from the gettext catalogs in
``resources/locale/<lang>/LC_MESSAGES/secondop.mo``, built from the ``.po`` files by
``scripts/build_translations.py``.

The language in force is the process's (``set_language``), unless a piece of work asks for another
with ``using("en")`` — the PDF printed in English from a Spanish window.
"""

from __future__ import annotations

import contextlib
import gettext
import os
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from datetime import date, datetime
from functools import cache

from secondop_desktop.resources import resource_path

DOMAIN = "secondop"
LANGUAGES = ("en", "es")
"""The languages the program speaks; English is the source text."""
LANGUAGE_NAMES = {"en": "English", "es": "Español"}

_process_language: str | None = None
_override: ContextVar[str | None] = ContextVar("secondop_language", default=None)
_process_locale: str | None = None


def system_locale() -> str:
    """The user's locale name as the C library would pick it for messages ("es_US.UTF-8").

    ``LANGUAGE`` (a colon-separated list) wins, then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``.
    """
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(key, "").strip()
        if not value:
            continue
        if key == "LANGUAGE":
            # The first entry we speak; an unknown list falls through to the next variable.
            for entry in value.split(":"):
                if _code(entry) in LANGUAGES:
                    return entry
            continue
        if value in ("C", "POSIX"):
            return "en_US"
        return value
    return "en_US"


def language_of(locale_name: str | None) -> str:
    """``"es_MX.UTF-8"`` → ``"es"``; anything we do not speak → ``"en"``."""
    code = _code(locale_name or "")
    return code if code in LANGUAGES else "en"


def _code(locale_name: str) -> str:
    return locale_name.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_")[0].lower()


def system_language() -> str:
    return language_of(system_locale())


def set_language(language: str | None) -> str:
    """Set the process's language (None: follow the system); returns the one now in force."""
    global _process_language, _process_locale
    _process_language = language if language in LANGUAGES else None
    _process_locale = None
    return current_language()


def current_language() -> str:
    override = _override.get()
    if override:
        return override
    return _process_language or system_language()


def current_locale() -> str:
    """The locale whose conventions (dates, numbers, paper) the words in force follow."""
    language = current_language()
    system = system_locale()
    if language_of(system) == language:
        return system.split(".", 1)[0].replace("-", "_")
    # Chosen apart from the system: the United States' variant (the program's first readers).
    return {"en": "en_US", "es": "es_US"}[language]


@contextlib.contextmanager
def using(language: str | None) -> Iterator[str]:
    """Speak ``language`` (None: the one in force) inside the block, in this thread only."""
    chosen = language if language in LANGUAGES else current_language()
    token = _override.set(chosen)
    try:
        yield chosen
    finally:
        _override.reset(token)


@cache
def _catalog(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    try:
        with open(resource_path("locale", language, "LC_MESSAGES", f"{DOMAIN}.mo"), "rb") as f:
            return gettext.GNUTranslations(f)
    except OSError:
        return gettext.NullTranslations()


def _(message: str) -> str:
    """The message in the language in force."""
    return _catalog(current_language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _catalog(current_language()).ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention extractors look for
    """Marks a message for the catalog where it is defined; translated later with ``_``."""
    return message


def in_every_language(message: str) -> frozenset[str]:
    """``message`` as each language says it: to recognise a starter text stored while another
    language was in force ("Lab results" and "Resultados de laboratorio" are one record)."""
    out = set()
    for language in LANGUAGES:
        with using(language):
            out.add(_(message))
    return frozenset(out)


def fill(template: str, /, **values: object) -> str:
    """The one way of filling placeholders: ``fill(_("Wrote {path}"), path=out)``. A
    ``Rewordable`` template gives a ``Rewordable`` text, said again with its values in another
    language."""
    if type(template) is Rewordable:
        return Rewordable(_fill(template, values), lambda: _fill(
            template.again(), {k: v.again() if isinstance(v, Rewordable) else v
                               for k, v in values.items()}))
    return _fill(template, values)


def _fill(template: str, values: dict[str, object]) -> str:
    if (current_language() == "es" and any(_titled(v) for v in values.values())
            and _is_sentence(template)):
        return _fill_with_articles(template, values)
    return template.format(**values)


class Rewordable(str):
    """A translated text that can be said again in the language in force now (an undo step's
    name, made in one language and shown after a switch to another): ``again()`` translates
    its source words afresh and fills in its values, themselves said again if they can be."""

    __slots__ = ("_again",)

    def __new__(cls, text: str, again: Callable[[], str]) -> Rewordable:
        made = super().__new__(cls, text)
        made._again = again
        return made

    def again(self) -> str:
        return self._again()

    def __reduce__(self) -> tuple[type[str], tuple[str]]:
        # A copy is plain text: words that went into the case (a default label) are the
        # patient's text from then on, and a case is deep-copied and pickled as plain data.
        return (str, (str(self),))

    def lower(self) -> Rewordable:  # "Change MRI report: date" takes a field's label lowered
        return Rewordable(str.lower(self), lambda: self.again().lower())


# Spanish speaks of a doctor with the article: "Pregúntele al Dr. Hale", "la opinión de la
# Dra. Ruiz". The catalog cannot write it (it does not know who the doctor is), so a name that
# starts with one of these titles gets its article here; a name without a title stays as it is.
_TITLE_ARTICLES = {
    "dr": "el", "dr.": "el", "doctor": "el", "sr": "el", "sr.": "el", "mr": "el", "mr.": "el",
    "dra": "la", "dra.": "la", "doctora": "la", "sra": "la", "sra.": "la", "srta": "la",
    "srta.": "la", "mrs": "la", "mrs.": "la",
}
_LIST_JOINS = (", ", " y ", " e ", " o ")
_SENTENCE_ENDS = (". ", "? ", "! ", "¿", "¡", "\n")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def inside_sentence(text: str) -> str:
    """A text fill() began with a titled name ("El Dr Hale escribió …") as it reads quoted
    inside another sentence, after a colon ("…: el Dr Hale escribió …"); anything else as it
    is."""
    if text[:3] in ("El ", "La ") and _article(text[3:]) == text[:2].lower():
        return text[0].lower() + text[1:]
    return text


def _is_sentence(template: str) -> bool:
    """Words around the names: "Pregúntele a {doctor}" is a sentence; "{doctor} ({label})",
    "{status} · {doctors}" and "{a} y {b}" are headings and lists, and take no article."""
    words = _PLACEHOLDER.sub(" ", template).split()
    return any(any(ch.isalpha() for ch in w) and w not in ("y", "e", "o") for w in words)


def _article(name: str) -> str | None:
    first = name.split(" ", 1)[0].casefold()
    return _TITLE_ARTICLES.get(first) if " " in name else None


def _titled(value: object) -> bool:
    return isinstance(value, str) and any(
        _article(part) for part in _list_parts(value))


def _list_parts(value: str) -> list[str]:
    parts = [value]
    for join in _LIST_JOINS:
        parts = [piece for part in parts for piece in part.split(join)]
    return parts


def _with_articles(value: str) -> str:
    """"Dr Hale y Dra. Ruiz" → "el Dr Hale y la Dra. Ruiz" (each titled name of a list)."""
    out, start = [], 0
    for index in range(len(value) + 1):
        at_start = index == 0 or any(value.endswith(j, 0, index) for j in _LIST_JOINS)
        if at_start:
            article = _article(value[index:])
            if article and not value.startswith(("el ", "la "), index):
                out.append(value[start:index] + article + " ")
                start = index
    out.append(value[start:])
    return "".join(out)


def _fill_with_articles(template: str, values: dict[str, object]) -> str:
    out, done = "", 0
    for match in _PLACEHOLDER.finditer(template):
        out += template[done:match.start()]
        done = match.end()
        text = match.group().format(**values)
        # A name as a label ("Dr Hale:") is a heading, not part of a sentence.
        label = not out.strip() and template.startswith(":", done)
        if _titled(text) and not label:
            text = _with_articles(text)
            if (out == "a " or out.endswith(" a ")) and text.startswith("el "):
                out, text = out[:-2] + "al ", text[3:]
            elif (out == "de " or out.endswith(" de ")) and text.startswith("el "):
                out, text = out[:-3] + "del ", text[3:]
            elif not out or out.endswith(_SENTENCE_ENDS):
                text = text[:1].upper() + text[1:]
        out += text
    return out + template[done:]


# --- conventions of the chosen language --------------------------------------------------------

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}


def long_date(day: date | datetime) -> str:
    """"2 October 2026" / "2 de octubre de 2026" (without the C library's locale, which a
    desktop may not have generated)."""
    language = current_language()
    month = _MONTHS[language][day.month - 1]
    if language == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def number(value: float, decimals: int = 0) -> str:
    """1234.5 → "1,234.5" in English, "1,234.5" in US Spanish, "1.234,5" in other Spanish."""
    text = f"{value:,.{decimals}f}"
    locale_name = current_locale()
    if current_language() == "es" and not locale_name.endswith("_US"):
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text

