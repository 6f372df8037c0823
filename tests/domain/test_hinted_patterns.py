# SPDX-License-Identifier: GPL-3.0-or-later
"""A hinted pattern is skipped on a text without its hints (domain/hinted.py): that is only
right if every match of the pattern contains one of them. Proved here from each pattern's
parsed form, so a pattern changed later without its hints fails this test."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import secondop_desktop.domain as domain
from secondop_desktop.domain.hinted import EVERY, Hinted

try:  # the parser of regular expressions, where Python 3.11 keeps it
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - before 3.11
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

for _info in pkgutil.iter_modules(domain.__path__):  # every hinted pattern is made at import
    importlib.import_module(f"{domain.__name__}.{_info.name}")


def _holds(items: list, hints: tuple[str, ...], before: str = "") -> bool:
    """Whether every text these parsed items match (after ``before``, matched just ahead of
    them) contains a hint. Conservative: False whenever it cannot tell."""
    run = before  # literal characters matched one after another, up to here

    def in_run() -> bool:
        return any(hint in run for hint in hints)

    for op, value in items:
        if op is sre.LITERAL:
            run += chr(value)
            continue
        if in_run():
            return True
        ahead, run = run, ""
        if op is sre.SUBPATTERN and _holds(list(value[3]), hints, ahead):
            return True
        if op is sre.BRANCH and all(_holds(list(alt), hints, ahead) for alt in value[1]):
            return True
        if (op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1
                and _holds(list(value[2]), hints, ahead)):
            return True
        if (op is sre.IN and value and all(kind is sre.LITERAL for kind, _ in value)
                and all(any(hint in ahead + chr(c) for hint in hints) for _, c in value)):
            return True
        # anything else (a class, a look-around, an optional part) promises no text
    return in_run()


def every_match_holds_a_hint(pattern: re.Pattern[str], hints: tuple[str, ...]) -> bool:
    if pattern.flags & re.IGNORECASE:
        return False
    return _holds(list(sre_parse.parse(pattern.pattern, pattern.flags)), hints)


def test_the_proof_refuses_hints_a_match_may_lack() -> None:
    wrong = [(r"\bleft\s+one", (" one",)), (r"ab|cd", ("ab",)), (r"x(?:yz)?", ("xyz",)),
             (r"(?:ab)*", ("ab",)), (r"[ab]c", ("a",)), (r"a[^b]", ("ab",)),
             (r"(?i)abc", ("abc",)), (r"a.c", ("abc",)), (r"a\d", ("a1",))]
    for pattern, hints in wrong:
        assert not every_match_holds_a_hint(re.compile(pattern), hints), pattern
    right = [(r"\btriple|\btnbc", ("triple", "tnbc")), (r"x(?:yz)+", ("xyz",)),
             (r"[ab]c", ("a", "b")), (r"(?:ab|ac)d", ("ab", "ac")), (r"(?<=\w)ab", ("ab",))]
    for pattern, hints in right:
        assert every_match_holds_a_hint(re.compile(pattern), hints), pattern


def test_there_are_hinted_patterns_to_check() -> None:
    assert len(EVERY) >= 20


@pytest.mark.parametrize("hinted", EVERY, ids=lambda h: h.pattern.pattern[:40])
def test_every_match_of_a_hinted_pattern_holds_one_of_its_hints(hinted: Hinted) -> None:
    assert every_match_holds_a_hint(hinted.pattern, hinted.hints), hinted.hints


def test_a_hinted_pattern_refuses_to_ignore_case_or_go_without_hints() -> None:
    count = len(EVERY)
    with pytest.raises(ValueError):
        Hinted(r"abc", "abc", flags=re.IGNORECASE)
    with pytest.raises(ValueError):
        Hinted(r"abc")
    assert len(EVERY) == count


_PIECES = st.sampled_from(sorted({hint for h in EVERY for hint in h.hints}
                                 | {"2", "10", " ", "cm", "left", "(", ")", ",", "x", "de la"}))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=8), st.sampled_from(EVERY))
def test_hinted_and_plain_give_the_same(pieces: list[str], hinted: Hinted) -> None:
    text = " ".join(pieces)
    assert hinted.sub("#", text) == hinted.pattern.sub("#", text)
    assert (hinted.search(text) is None) == (hinted.pattern.search(text) is None)
    assert (hinted.match(text) is None) == (hinted.pattern.match(text) is None)
    assert hinted.findall(text) == hinted.pattern.findall(text)


# A list of patterns tried only where their union finds one (units._ANY_FREQUENCY and the
# like): right only if the union finds one exactly where one of the list does.
def _unions() -> list[tuple[re.Pattern[str], list[re.Pattern[str]]]]:
    from secondop_desktop.domain import plan_match, units
    return [
        (units._ANY_FREQUENCY, [pattern for pattern, _per_day, _name in units._FREQ_RES]),
        (units._ANY_ROUTE, [pattern for pattern, _name in units._ROUTE_RES]),
        (units._ANY_TIME_OF_DAY, [pattern for _name, pattern in units._TIMES_OF_DAY]),
        (plan_match._ANY_MODALITY, [pattern for _name, pattern in plan_match._MODALITIES]),
    ]


_UNION_PIECES = st.sampled_from(sorted({
    "twice a day", "bd", "daily", "at night", "weekly", "every other day", "prn", "tds", "qds",
    "once", "a day", "mane", "nocte", "by mouth", "iv", "sc", "inhaled", "cream", "patch",
    "eye drops", "in the morning", "with breakfast", "at work", "pm", "am", "mri", "ct",
    "x ray", "ultrasound", "echocardiogram", "holter", "2", "mg", "take", "the", ",", ".",
    "dos veces al dia", "por la noche", "cada 8 horas", "oral", "topical", "scan"}))


@settings(max_examples=300, deadline=None)
@given(st.lists(_UNION_PIECES, max_size=6), st.sampled_from(range(4)))
def test_a_union_finds_one_where_one_of_its_list_does(pieces: list[str], which: int) -> None:
    union, patterns = _unions()[which]
    text = " ".join(pieces)
    assert (union.search(text) is not None) == any(p.search(text) for p in patterns)
