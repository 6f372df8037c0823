# SPDX-License-Identifier: GPL-3.0-or-later
"""One word typed two ways. Notes taken in the consultation room are typed fast: one doctor's
diagnosis is written "Pnuemonia" and the other's "Pneumonia", a plan "metfromin" and the other
"metformin", a rhythm "twice dialy" and "twice daily". Read letter by letter, those doctors
differ. The comparison takes such a pair as one word only to see whether the doctors would then
agree, and says so as "may be the same: check the spelling", naming both words; it never settles
a spelling by itself (``compare._with_spelling``).

A pair counts only when it is one slip apart (a letter changed, added or dropped, or two
neighbours swapped), both words have at least five letters and start with the same one, neither
is the other's plural, and not both are words the program knows (its table of names, the
ICD-10-CM code set): "prednisone" and "prednisolone", "ileum" and "ilium", "dysphagia" and
"dysphasia" are two words, not one typed twice. A pair whose slip turns one medical word part
into another ("abduction" and "adduction", "colostomy" and "colotomy") does not count either."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from secondop_desktop.domain import icd10, terms

if TYPE_CHECKING:  # the search's fallback uses one_slip without loading the model
    from secondop_desktop.domain.model import Opinion

MIN_LETTERS = 5

_WORD = re.compile(r"[^\W\d_]+")

# Word parts one slip apart that mean different things: a pair whose slip is inside one of
# them is two words.
_CONTRAST_STARTS = (("ab", "ad"), ("hypo", "hyper"), ("ante", "anti"), ("inter", "intra"),
                    # small against large cells: "microcytic" against "macrocytic" anaemia
                    ("micro", "macro"))
_CONTRAST_ENDS = (("ostomy", "otomy"), ("ostomy", "ectomy"), ("otomy", "ectomy"),
                  ("phagia", "phasia"), ("itis", "osis"), ("emia", "uria"), ("ion", "ia"),
                  # the same parts in Spanish (accents folded)
                  ("ostomia", "otomia"), ("ostomia", "ectomia"), ("otomia", "ectomia"),
                  ("fagia", "fasia"))
# Real words one slip from a common one that neither the table nor the code set holds, each a
# different thing: ostitis (of bone) and otitis, inulin and insulin, photon (X-ray) and proton
# radiotherapy. (Rubeola, the measles, is
# in the table.)
_REAL_WORDS = frozenset({"ostitis", "inulin", "photon"})


def one_slip(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter changed, added or dropped, or two neighbouring
    letters swapped (and not ``a`` itself)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    rest_a, rest_b = a[start:end_a], b[start:end_b]
    if len(a) == len(b):
        return len(rest_a) == 1 or (len(rest_a) == 2 and rest_a == rest_b[::-1])
    return len(rest_a) + len(rest_b) == 1


def _plural(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es") or (short.endswith("y") and long == short[:-1]
                                                   + "ies")


def _contrast(a: str, b: str) -> bool:
    """Whether the slip between ``a`` and ``b`` turns one word part into another."""
    for one, other in _CONTRAST_STARTS:
        if (a.startswith(one) and b.startswith(other) and a[len(one):] == b[len(other):]) or (
                a.startswith(other) and b.startswith(one) and a[len(other):] == b[len(one):]):
            return True
    for one, other in _CONTRAST_ENDS:
        if (a.endswith(one) and b.endswith(other) and a[:-len(one)] == b[:-len(other)]) or (
                a.endswith(other) and b.endswith(one) and a[:-len(other)] == b[:-len(one)]):
            return True
    return False


@lru_cache(maxsize=1)
def _table_words() -> frozenset[str]:
    """Every word of the names the comparison's table knows (diagnoses, medicines, operations,
    tests, in English and Spanish), folded."""
    names: set[str] = set(terms.BONES)
    names.update(terms.known_names())
    names.update(terms.MEDICINE_CLASSES)
    names.update(terms.MEDICINE_CLASSES.values())
    names.update(terms.KINDS)
    names.update(terms.KINDS.values())
    return frozenset(w for name in names for w in _WORD.findall(terms.fold_letters(name)))


@lru_cache(maxsize=2048)
def known(word: str) -> bool:
    """Whether ``word`` (folded) is a word of the program's table of names or of the ICD-10-CM
    code set's descriptions and inclusion terms."""
    return word in _REAL_WORDS or word in _table_words() or icd10.has_word(word)


def slip_between(a: str, b: str) -> bool:
    """Whether the words ``a`` and ``b`` (as typed) may be one word typed two ways."""
    fa, fb = terms.fold_letters(a), terms.fold_letters(b)
    if min(len(fa), len(fb)) < MIN_LETTERS or fa[0] != fb[0] or not one_slip(fa, fb):
        return False
    if _plural(fa, fb) or _contrast(fa, fb):
        return False
    return not (known(fa) and known(fb))


def _words(texts: Iterable[str]) -> dict[str, str]:
    """The words of ``texts``, folded, each with the first way it was typed."""
    found: dict[str, str] = {}
    for text in texts:
        for typed in _WORD.findall(text or ""):
            found.setdefault(terms.fold_letters(typed), typed)
    return found


def slips(texts_a: Iterable[str], texts_b: Iterable[str]) -> list[tuple[str, str]]:
    """The words of ``texts_a`` and ``texts_b`` that may be one word typed two ways, as typed
    on each side: a word of one side counts only when the other side does not have it, and
    has one such partner, and that partner one such partner."""
    words_a, words_b = _words(texts_a), _words(texts_b)
    only_a = [w for w in words_a if w not in words_b and len(w) >= MIN_LETTERS]
    only_b = [w for w in words_b if w not in words_a and len(w) >= MIN_LETTERS]
    by_start: dict[str, list[str]] = {}
    for wb in only_b:  # a slip keeps the first letter: only those words are tried
        by_start.setdefault(wb[0], []).append(wb)
    partners: dict[str, list[str]] = {}
    backwards: dict[str, list[str]] = {}
    for wa in only_a:
        for wb in by_start.get(wa[0], ()):
            if abs(len(wa) - len(wb)) <= 1 and one_slip(wa, wb):
                partners.setdefault(wa, []).append(wb)
                backwards.setdefault(wb, []).append(wa)
    return [(words_a[wa], words_b[found[0]]) for wa, found in partners.items()
            if len(found) == 1 and len(backwards[found[0]]) == 1
            and slip_between(words_a[wa], words_b[found[0]])]


@dataclass
class Respelling:
    """Two opinions with each word they typed two ways written alike (copies; the opinions
    themselves are not changed): the side whose word the program does not know takes the
    other side's."""

    a: Opinion
    b: Opinion
    words: list[tuple[str, str]] = field(default_factory=list)
    """(as A typed it, as B typed it) for each pair taken as one word."""
    changed: set[tuple[str, str]] = field(default_factory=set)
    """What was rewritten, by side ("a", "b") and by what: "diagnosis" for the diagnosis or
    its stage, else the id of a recommendation or of a cited item."""

    def words_of(self, *texts: str) -> list[tuple[str, str]]:
        """The pairs with a word in ``texts`` (as either side typed it)."""
        found = _words(texts)
        return [(x, y) for x, y in self.words
                if terms.fold_letters(x) in found or terms.fold_letters(y) in found]


def as_the_other_side(text: str, pairs: list[tuple[str, str]]) -> str:
    """``text`` (one side's) with each first word of ``pairs`` written as the second (the
    other side's)."""
    return _rewrite(text, {terms.fold_letters(x): y for x, y in pairs})


def _rewrite(text: str, as_written: dict[str, str]) -> str:
    if not text or not as_written:
        return text
    return _WORD.sub(lambda m: as_written.get(terms.fold_letters(m.group(0)), m.group(0)), text)


def _groups(o: Opinion) -> tuple[list[str], list[str], list[str]]:
    """The texts compared field with field: the diagnosis, the plans, the cited items."""
    return ([o.diagnosis.text, o.diagnosis.stage or ""],
            [r.treatment for r in o.recommendations],
            [t for e in o.evidence for t in (e.title, e.interpretation)])


def respell(a: Opinion, b: Opinion,
            fixed: Callable[[str], bool] | None = None) -> Respelling | None:
    """``a`` and ``b`` with the words each typed differently written alike, looked for field
    with field (the diagnoses against each other, the plans, the cited items). None when
    there is nothing to respell. ``fixed``: known folded words, two of which one letter apart
    are two words (the words a rhythm is read from: "semanal" is no slip of "semana")."""
    maps: dict[str, list[dict[str, str]]] = {"a": [], "b": []}
    words: list[tuple[str, str]] = []
    for texts_a, texts_b in zip(_groups(a), _groups(b), strict=True):
        to_a: dict[str, str] = {}
        to_b: dict[str, str] = {}
        for x, y in slips(texts_a, texts_b):
            fx, fy = terms.fold_letters(x), terms.fold_letters(y)
            if fixed is not None and fixed(fx) and fixed(fy):
                continue  # two words of the facts' own
            if known(fy) or not known(fx):
                to_a[fx] = y  # A's word is the one the program does not know
            else:
                to_b[fy] = x
            if (x, y) not in words:
                words.append((x, y))
        maps["a"].append(to_a)
        maps["b"].append(to_b)
    if not words:
        return None
    out = Respelling(a=a, b=b, words=words)
    out.a = _respelled(a, "a", maps["a"], out.changed)
    out.b = _respelled(b, "b", maps["b"], out.changed)
    return out


def _respelled(o: Opinion, side: str, maps: list[dict[str, str]],
               changed: set[tuple[str, str]]) -> Opinion:
    diagnosis_map, plan_map, evidence_map = maps
    if not any(maps):
        return o
    diagnosis = o.diagnosis
    text = _rewrite(diagnosis.text, diagnosis_map)
    stage = _rewrite(diagnosis.stage or "", diagnosis_map) or diagnosis.stage
    if text != diagnosis.text or stage != diagnosis.stage:
        changed.add((side, "diagnosis"))
        diagnosis = replace(diagnosis, text=text, stage=stage)
    recommendations = []
    for rec in o.recommendations:
        treatment = _rewrite(rec.treatment, plan_map)
        if treatment != rec.treatment:
            changed.add((side, rec.id))
            rec = replace(rec, treatment=treatment)
        recommendations.append(rec)
    evidence = []
    for item in o.evidence:
        title = _rewrite(item.title, evidence_map)
        reading = _rewrite(item.interpretation, evidence_map)
        if (title, reading) != (item.title, item.interpretation):
            changed.add((side, item.id))
            item = replace(item, title=title, interpretation=reading)
        evidence.append(item)
    return replace(o, diagnosis=diagnosis, recommendations=recommendations, evidence=evidence)
