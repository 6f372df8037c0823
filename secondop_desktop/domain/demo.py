# SPDX-License-Identifier: GPL-3.0-or-later
"""The bundled worked example: an invented patient and two doctors who disagree."""

from __future__ import annotations

import json

from secondop_desktop.domain.model import Case, CaseFile
from secondop_desktop.resources import resource_path

DEMO_FILE = ("demo", "knee-case.json")


def demo_case_file() -> CaseFile:
    with resource_path(*DEMO_FILE).open(encoding="utf-8") as handle:
        return CaseFile.from_dict(json.load(handle))


def demo_case() -> Case:
    return demo_case_file().case
