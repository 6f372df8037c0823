# SPDX-License-Identifier: GPL-3.0-or-later
"""Finds files under ``resources/`` whether running from a checkout, an install or a frozen app."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package_dir = Path(__file__).resolve().parent
    checkout = package_dir.parent / "resources"
    if checkout.is_dir():
        return checkout
    # A wheel install carries the same folder inside the package (see pyproject's package-dir).
    return package_dir / "_resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)
