# SPDX-License-Identifier: GPL-3.0-or-later
"""Spares the window's start PySide's scan of every module imported after it.

PySide 6 replaces Python's ``__import__``. The first time any module is imported after PySide
(``from typing import …`` in a module of ours counts, though ``typing`` was loaded long before),
it reads that module's whole source file to see whether it mentions "PySide6", and notes the
answer in a registry (``shibokensupport.feature.pyside_feature_dict``: 0 "uses PySide", -1 "does
not"). The registry only serves PySide's opt-in ``from __feature__ import snake_case,
true_property``, which SecondOp never uses; yet before the window's first paint the scan reads
about 60 files (``typing.py`` alone takes a millisecond): ~12 ms of CPU time, as much as
building the whole window.

``skip`` enters those answers in the registry ahead of the scan, as the scan would find them:
the modules loaded before PySide (the standard library, the command line's modules) as not
using it, and SecondOp's own packages as using it. The registry only tells PySide which
feature selection a module's calls switch to, and with no feature selected anywhere every
module gets plain PySide either way. On a PySide without that registry nothing is done.
"""

from __future__ import annotations

import os
import sys

import PySide6.QtCore  # noqa: F401  (loads PySide's import hook and its registry)

_OWN_PACKAGES = ("secondop_desktop", "secondop_desktop.ui", "secondop_desktop.store",
                 "secondop_desktop.domain", "secondop_desktop.report")
USES_PYSIDE, DOES_NOT = 0, -1


def _registry() -> dict[str, int] | None:
    feature = sys.modules.get("shibokensupport.feature")
    registry = getattr(feature, "pyside_feature_dict", None)
    return registry if isinstance(registry, dict) else None


def _own_module_names() -> list[str]:
    """Every module of SecondOp's packages, by its import name, from the package folders."""
    names = list(_OWN_PACKAGES)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for package in _OWN_PACKAGES:
        folder = os.path.join(root, *package.split(".")[1:])
        try:
            entries = os.listdir(folder)
        except OSError:
            continue
        names += [f"{package}.{entry[:-3]}" for entry in entries
                  if entry.endswith(".py") and entry != "__init__.py"]
    return names


def skip() -> None:
    """Enter the scan's answers for the modules loaded so far and for SecondOp's own."""
    registry = _registry()
    if registry is None:
        return
    for name in list(sys.modules):
        if name != "__main__" and not name.startswith(("PySide6", "shiboken")):
            registry.setdefault(name, DOES_NOT)
    for name in _own_module_names():
        registry[name] = USES_PYSIDE
