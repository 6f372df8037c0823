# SPDX-License-Identifier: GPL-3.0-or-later
"""The bundled worked example: an invented patient and two doctors who disagree.

It exists in each language the program speaks, with ids of its own per language, so an English
and a Spanish copy can live side by side in one journal.
"""

from __future__ import annotations

import json

from secondop_desktop.domain.model import Case, CaseFile
from secondop_desktop.i18n import LANGUAGES, current_language
from secondop_desktop.resources import resource_path

DEMO_FILE = ("demo", "knee-case.json")
DEMO_FILES = {"en": DEMO_FILE, "es": ("demo", "knee-case-es.json")}
"""The worked example's file for each language; English is the original."""


def demo_file_parts(language: str | None = None) -> tuple[str, str]:
    """The example's resource path for ``language`` (None: the language in force)."""
    chosen = language if language in LANGUAGES else current_language()
    return DEMO_FILES.get(chosen, DEMO_FILE)


def demo_case_file(language: str | None = None) -> CaseFile:
    """The worked example in ``language`` (None: the language in force, see ``i18n``)."""
    with resource_path(*demo_file_parts(language)).open(encoding="utf-8") as handle:
        return CaseFile.from_dict(json.load(handle))


def demo_case(language: str | None = None) -> Case:
    return demo_case_file(language).case
