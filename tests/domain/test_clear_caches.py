# SPDX-License-Identifier: GPL-3.0-or-later
"""``compare.clear_caches`` forgets everything cached about the texts read, so the bench's cold
figure is the first comparison's; only the tables built from the program's own data stay."""

from __future__ import annotations

import importlib
import pkgutil

import secondop_desktop.domain as domain
from secondop_desktop.domain.compare import clear_caches, compare_opinions
from secondop_desktop.domain.demo import demo_case

# Built once from the program's data, whatever the texts: kept.
TABLES = {
    "diagnosis_match._table_words", "diagnosis_match._kinds", "diagnosis_match._table_names",
    "spelling._table_words", "terms._broken_bone_patterns", "terms.known_names",
    "terms._eponym_names", "terms.eponyms", "terms._slash_pattern", "terms._targets",
    "textdiff._cjk_patterns",
    "validation.case_schema", "validation._validator",
}


def _cached_functions() -> dict[str, object]:
    found: dict[str, object] = {}
    for info in pkgutil.iter_modules(domain.__path__):
        module = importlib.import_module(f"{domain.__name__}.{info.name}")
        for name, value in vars(module).items():
            if (callable(value) and hasattr(value, "cache_info")
                    and getattr(value, "__module__", "") == module.__name__):
                found[f"{info.name}.{name}"] = value
    return found


def test_every_cache_of_the_texts_read_is_forgotten() -> None:
    cached = _cached_functions()
    assert set(cached) >= TABLES, sorted(TABLES - set(cached))  # the list names real caches
    case = demo_case()
    compare_opinions(case, case.opinions[0].id, case.opinions[1].id)
    clear_caches()
    kept = sorted(name for name, function in cached.items()
                  if name not in TABLES and function.cache_info().currsize)  # type: ignore[attr-defined]
    assert kept == []
