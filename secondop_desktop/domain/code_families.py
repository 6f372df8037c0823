# SPDX-License-Identifier: GPL-3.0-or-later
"""Families of ICD-10-CM categories: which block a category sits in, and whether one category is
the block's "unspecified" form of another.

The code set groups its 3-character categories into blocks (B15-B19 "Viral hepatitis"). A block
often ends with an "unspecified" category (B19 "Unspecified viral hepatitis") that names the
family without its type; a named type in a neighbouring category (B18 "Chronic viral hepatitis")
is then a refinement of it, not a different disease. An "Other …" category is not a family: it
holds the types not named elsewhere, so it never covers a named type.

The data (category -> block, description) is a small file generated from the code-set package
(``scripts/make_icd10_categories.py``), read on first need; the full code index is not opened.
"""

from __future__ import annotations

import json
import re
import threading
from functools import lru_cache

from secondop_desktop.resources import resource_path

_lock = threading.Lock()
_categories: dict[str, tuple[str, str]] | None = None

# Words of a description that say how specific it is, not what it is.
_UNSPECIFIED = frozenset({"unspecified", "nos"})
_NOISE = frozenset({
    "unspecified", "nos", "of", "the", "and", "or", "in", "with", "without", "not", "elsewhere",
    "classified", "type", "site", "organism", "specification", "disease", "diseases",
    "disorder", "disorders", "a", "an",
})


def _load() -> dict[str, tuple[str, str]]:
    global _categories
    with _lock:
        if _categories is None:
            try:
                with resource_path("icd10", "categories.json").open(encoding="utf-8") as fh:
                    data = json.load(fh)
                _categories = {k: (v[0], v[1]) for k, v in data["categories"].items()}
            except (OSError, ValueError, KeyError, IndexError):
                _categories = {}
        return _categories


def category(code: str) -> str:
    """The 3-character category of a code ("B18.1" -> "B18")."""
    return re.sub(r"[^0-9A-Z]", "", (code or "").upper())[:3]


def block_of(code: str) -> str | None:
    """The block a code's category belongs to ("B18.1" -> "B15-B19"), or None if unknown."""
    found = _load().get(category(code))
    return found[0] if found else None


def category_description(code: str) -> str | None:
    found = _load().get(category(code))
    return found[1] if found else None


def _words(description: str) -> set[str]:
    words = set()
    for word in re.findall(r"[a-z0-9]+", description.casefold()):
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        words.add(word)
    return words


@lru_cache(maxsize=1024)
def family_relation(code_a: str, code_b: str) -> str:
    """"refined" when the two codes sit in different categories of one block and one category
    is the block's unspecified family whose every telling word is in the other's description
    (B19 "Unspecified viral hepatitis" and B18 "Chronic viral hepatitis"); else "different"."""
    cat_a, cat_b = category(code_a), category(code_b)
    if cat_a == cat_b:
        return "different"  # same category: the caller's own rule
    block_a, block_b = block_of(cat_a), block_of(cat_b)
    if not block_a or block_a != block_b:
        return "different"
    desc_a, desc_b = category_description(cat_a) or "", category_description(cat_b) or ""
    words_a, words_b = _words(desc_a), _words(desc_b)
    for family, family_words, named_words in ((desc_a, words_a, words_b),
                                              (desc_b, words_b, words_a)):
        if not (_UNSPECIFIED & family_words) or family.casefold().startswith("other"):
            continue
        telling = family_words - _NOISE
        if telling and telling <= named_words:
            return "refined"
    return "different"
