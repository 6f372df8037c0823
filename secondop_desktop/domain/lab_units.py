# SPDX-License-Identifier: GPL-3.0-or-later
"""A blood test's result written in another unit: "Haemoglobin 9 g/dL" from a clinic in the
United States and "Hb 90 g/L" from one in Britain or Spain are one amount. Read as two numbers
they were a major difference; read here in one unit they are the same, and two results that
differ are said in one unit too.

Only a result written as a number and its unit (or a number alone) for a test of the short
list below is read; anything else is left to the comparison of words. Where a number has no
unit and one of the test's units makes it the other doctor's amount, nothing decides which unit
was meant: the engine says "may be the same" and asks, never guesses.

The factors are the usual conversions between the conventional (US) and SI units (as in the
AMA Manual of Style's table of SI conversion factors and the laboratories' own tables); HbA1c
between the NGSP per cent and the IFCC mmol/mol by the IFCC master equation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from secondop_desktop.domain.amounts import NUMBER, readings
from secondop_desktop.domain.hinted import Hinted
from secondop_desktop.domain.terms import canonical, fold_letters

# test (in the table's canonical words) -> its units as written (folded, no spaces) and how
# each becomes the first one. One function for HbA1c, where the scales are not proportional.
_Scale = Callable[[float], float]


def _times(factor: float) -> _Scale:
    return lambda value: value * factor


_MICRO = ("u", "mc", "micro")  # µ and μ are read as u (_result); "micromol/L" spelt out
_PER_LITRE_COUNT = ("x10^9/l", "x109/l", "10^9/l", "109/l", "x10e9/l", "g/l")
_PER_MICROLITRE = ("/ul", "/mm3", "/mm^3", "cells/ul")
_THOUSANDS_PER_MICROLITRE = ("k/ul", "x10^3/ul", "x103/ul", "10^3/ul", "thou/ul")


def _micromolar(per_litre: float) -> dict[str, _Scale]:
    return {f"{m}mol/l": _times(per_litre) for m in _MICRO}


TESTS: dict[str, dict[str, _Scale]] = {
    # g/dL is the first unit
    "hemoglobin": {"g/dl": _times(1.0), "g/l": _times(0.1)},
    # per cent (NGSP/DCCT); IFCC mmol/mol = 10.929 × (per cent − 2.15)
    "hemoglobin a1c": {"%": _times(1.0),
                       "mmol/mol": lambda ifcc: ifcc / 10.929 + 2.15},
    # mg/dL; 1 mg/dL = 88.4 µmol/L
    "creatinine": {"mg/dl": _times(1.0), **_micromolar(1 / 88.4)},
    # mg/dL; 1 mmol/L = 18.016 mg/dL
    "glucose": {"mg/dl": _times(1.0), "mmol/l": _times(18.016)},
    # cholesterol, LDL, HDL: mg/dL; 1 mmol/L = 38.67 mg/dL
    "cholesterol": {"mg/dl": _times(1.0), "mmol/l": _times(38.67)},
    "low density lipoprotein": {"mg/dl": _times(1.0), "mmol/l": _times(38.67)},
    "high density lipoprotein": {"mg/dl": _times(1.0), "mmol/l": _times(38.67)},
    # mg/dL; 1 mmol/L = 88.57 mg/dL
    "triglycerides": {"mg/dl": _times(1.0), "mmol/l": _times(88.57)},
    # 25-hydroxyvitamin D: ng/mL; 1 ng/mL = 2.496 nmol/L
    "vitamin d": {"ng/ml": _times(1.0), "nmol/l": _times(1 / 2.496)},
    # mg/dL; 1 mmol/L = 4.008 mg/dL
    "calcium": {"mg/dl": _times(1.0), "mmol/l": _times(4.008)},
    # a count in thousands per microlitre = 10^9 per litre
    "platelets": {**{u: _times(1.0) for u in _PER_LITRE_COUNT + _THOUSANDS_PER_MICROLITRE},
                  **{u: _times(0.001) for u in _PER_MICROLITRE}},
    "white blood cells": {
        **{u: _times(1.0) for u in _PER_LITRE_COUNT[:-1] + _THOUSANDS_PER_MICROLITRE},
        **{u: _times(0.001) for u in _PER_MICROLITRE}},
    # units that are one amount under two names: mU/L = µIU/mL; ng/mL = µg/L; mEq/L = mmol/L
    # for a singly charged ion
    # (Spanish reports write the international unit "UI": µUI/ml, mUI/l)
    "thyroid stimulating hormone": {"mu/l": _times(1.0), "miu/l": _times(1.0),
                                    "mui/l": _times(1.0), "uiu/ml": _times(1.0),
                                    "uui/ml": _times(1.0), "uu/ml": _times(1.0)},
    "ferritin": {"ng/ml": _times(1.0), "ug/l": _times(1.0)},
    "prostate specific antigen": {"ng/ml": _times(1.0), "ug/l": _times(1.0)},
    "potassium": {"mmol/l": _times(1.0), "meq/l": _times(1.0)},
    "sodium": {"mmol/l": _times(1.0), "meq/l": _times(1.0)},
    # mg/dL; 1 mg/dL = 17.1 µmol/L
    "bilirubin": {"mg/dl": _times(1.0), **_micromolar(1 / 17.1)},
}
# The names a title gives a test of TESTS, as the table of terms writes them.
_NAMES = {
    "hemoglobin a1c": "hemoglobin a1c", "hemoglobin": "hemoglobin", "creatinine": "creatinine",
    "glucose": "glucose", "glucosa": "glucose", "blood sugar": "glucose", "glucemia": "glucose",
    "cholesterol": "cholesterol", "colesterol": "cholesterol",
    "low density lipoprotein": "low density lipoprotein",
    "high density lipoprotein": "high density lipoprotein",
    "triglycerides": "triglycerides", "triglyceride": "triglycerides",
    "trigliceridos": "triglycerides", "vitamin d": "vitamin d", "vitamina d": "vitamin d",
    "calcium": "calcium", "calcio": "calcium", "platelets": "platelets",
    "platelet count": "platelets", "platelet": "platelets", "plaquetas": "platelets",
    "plt": "platelets", "white blood cells": "white blood cells", "wbc": "white blood cells",
    "white count": "white blood cells", "white cell count": "white blood cells",
    "leucocitos": "white blood cells", "leukocytes": "white blood cells",
    "thyroid stimulating hormone": "thyroid stimulating hormone", "ferritin": "ferritin",
    "ferritina": "ferritin", "prostate specific antigen": "prostate specific antigen",
    "potassium": "potassium", "potasio": "potassium", "sodium": "sodium", "sodio": "sodium",
    "bilirubin": "bilirubin", "bilirrubina": "bilirubin",
}
# Short forms a result is written with before its number ("creat 106", "K 5.9", "vit D 50"):
# read only there, in front of the result of the test its title names.
_SHORT_NAMES = {"creat": "creatinine", "bili": "bilirubin", "vit d": "vitamin d",
                "ca": "calcium", "k": "potassium", "na": "sodium", "plt": "platelets",
                "hgb": "hemoglobin", "hb": "hemoglobin", "a1c": "hemoglobin a1c",
                "glu": "glucose", "tc": "cholesterol", "chol": "cholesterol",
                "25-oh d": "vitamin d", "25 oh d": "vitamin d", "25-oh vitamin d": "vitamin d",
                "25(oh)d": "vitamin d", "25-hydroxyvitamin d": "vitamin d",
                "25 hydroxyvitamin d": "vitamin d", "hba1c": "hemoglobin a1c",
                "total cholesterol": "cholesterol", "serum sodium": "sodium",
                "serum potassium": "potassium", "serum creatinine": "creatinine"}
# What the result is called after it: low or high, in the writer's words (both sides must agree
# where both say it).
_FLAGS = {"low": "low", "baja": "low", "bajo": "low", "decreased": "low", "high": "high",
          "raised": "high", "elevated": "high", "alta": "high", "alto": "high",
          "elevada": "high", "elevado": "high", "normal": "normal"}
_FLAG = Hinted(r"\s*[,(;]?\s*(" + "|".join(_FLAGS) + r")\s*\)?\s*\.?\s*$", *_FLAGS)
# Where a result may start after its name: a space (or ":"), then a number ("Hb 9.1",
# "25-OH vitamin D: 20").
_BEFORE_RESULT = re.compile(r"\s*[:=]?\s+(?=[<>≤≥]?\s*\d)")
_NAME_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True))
                      + r")\b")
# The result alone: a number, perhaps its unit, perhaps a bound before it ("< 5").
_UNIT = r"[%a-zµμ/^0-9.]+(?:\s*/\s*[a-zµμ0-9^]+)?"
_RESULT = re.compile(rf"^\s*(?:[<>≤≥]=?\s*)?({NUMBER})\s*({_UNIT})?\s*\.?\s*$")
_BOUND = re.compile(r"^\s*[<>≤≥]")
# Two amounts are one when they differ by no more than the rounding of a printed result.
_TOLERANCE = 0.03


@dataclass(frozen=True)
class Reading:
    status: str
    """"same" (one amount in two units), "maybe_same" (a number without its unit that one of
    the test's units makes the other doctor's amount) or "different"."""
    test: str
    """The test of TESTS, or "" (a number the same on both sides, one unit left out)."""


@lru_cache(maxsize=2048)
def test_named(title: str) -> str | None:
    """The test of TESTS a title names ("Hb (3 June)" -> "hemoglobin"), None if none or two."""
    found = {_NAMES[m] for m in _NAME_RE.findall(canonical(title or ""))}
    return found.pop() if len(found) == 1 else None


def named_alone(title: str) -> str | None:
    """The test of TESTS a title is the name of and no more ("Blood sugar", "Hb"), else None
    ("Glucose (fasting)" says which glucose)."""
    name = " ".join(re.findall(r"[^\W_]+", canonical(title or "")))
    found = _NAMES.get(name) or _SHORT_NAMES.get(name)
    return found if found in TESTS else None


def _named_before_result(text: str) -> str | None:
    """The test of TESTS a result names before its number ("creat 106 µmol/L", "Hb 9.1"),
    None if none."""
    folded = fold_letters(text or "")
    place = _BEFORE_RESULT.search(folded, 0, 60)
    if place is None:
        return None
    name = folded[:place.start()].strip()
    return _SHORT_NAMES.get(name) or test_named(name) if name else None


def _without_name_and_flag(text: str, test: str | None) -> tuple[str, str]:
    """A result written with the test's name before it ("Hb 9.1 g/dL", "creat 106 µmol/L") and
    low or high after it ("8 ng/mL, low", "8 µg/L (baja)"): the result alone and the flag."""
    folded = fold_letters(text or "")
    flag = ""
    found = _FLAG.search(folded)
    if found and found.start() > 0:
        flag, folded = _FLAGS[found.group(1)], folded[:found.start()]
    if test is not None:
        for place in _BEFORE_RESULT.finditer(folded, 0, 60):
            name = folded[:place.start()].strip()
            if name and (_SHORT_NAMES.get(name) == test or test_named(name) == test):
                folded = folded[place.end():]
                break
    return folded, flag


def _result(text: str) -> tuple[tuple[float, ...], str] | None:
    """(the amounts the number can mean, unit folded without spaces or "") of a result
    written as just that ("150,000" can mean 150000 or 150)."""
    match = _RESULT.match(re.sub(r"\s+per\s+", "/", fold_letters(text or "")))
    if not match:
        return None
    values = readings(match.group(1))
    if not values:
        return None
    unit = re.sub(r"\s+", "", match.group(2) or "").rstrip(".").replace("³", "3")
    return values, unit.replace("µ", "u").replace("μ", "u")


def _alike(x: float, y: float) -> bool:
    return abs(x - y) <= _TOLERANCE * max(abs(x), abs(y))


def compare(title_a: str, title_b: str, text_a: str, text_b: str) -> Reading | None:
    """How two doctors' results of one test compare once in one unit; None when either is not
    a result of a test this module knows, or both are written in one unit (then the numbers
    are compared as they are)."""
    named = {test_named(title_a), test_named(title_b)} - {None}
    if not named:
        # titles that name no one test ("Blood test", "Análisis de sangre"): the name the
        # results are written with ("creatinine 1.0 mg/dL", "creatinina 88 µmol/L")
        named = {_named_before_result(text_a), _named_before_result(text_b)}
        named = named - {None} if None not in named else set()
    test_of = next(iter(named)) if len(named) == 1 else None
    (bare_a, flag_a), (bare_b, flag_b) = (_without_name_and_flag(text_a, test_of),
                                          _without_name_and_flag(text_b, test_of))
    if flag_a and flag_b and flag_a != flag_b:
        return None  # "low" against "normal": read as words
    if _BOUND.match(bare_a) or _BOUND.match(bare_b):
        return None  # "PSA > 10" against "PSA < 10": the bounds are read as words
    a, b = _result(bare_a), _result(bare_b)
    if a is None or b is None:
        return None
    (values_a, unit_a), (values_b, unit_b) = a, b
    if (not unit_a or not unit_b) and (unit_a or unit_b) and len(values_a) == len(
            values_b) == 1 and values_a == values_b:
        # "4.5" and "4.5 ng/mL": one doctor left the unit out
        return Reading("same", next(iter(named), ""))
    if len(named) != 1:
        return None
    test = named.pop()
    units = TESTS[test]
    if (unit_a and unit_a not in units) or (unit_b and unit_b not in units):
        return None
    if unit_a and unit_a == unit_b:
        return None
    # every (amount in the first unit) each result can mean, and whether it is certain
    ways_a = _ways(values_a, unit_a, unit_b, units)
    ways_b = _ways(values_b, unit_b, unit_a, units)
    matches = [(x, y) for x in ways_a for y in ways_b if _alike(x[0], y[0])]
    if not matches:
        return Reading("different", test) if unit_a and unit_b and len(values_a) == len(
            values_b) == 1 else None
    certain = any(x[1] and y[1] for x, y in matches)
    if certain and len(values_a) == len(values_b) == 1:
        return Reading("same", test)
    return Reading("maybe_same", test)


def _ways(values: tuple[float, ...], unit: str, other_unit: str,
          units: dict[str, _Scale]) -> list[tuple[float, bool]]:
    """(amount in the test's first unit, certain) for each way a result can be read: in its
    own unit; without one, in the other result's unit (certain: the unit left unsaid) or in any
    of the test's units (not certain)."""
    if unit:
        return [(units[unit](v), True) for v in values]
    if other_unit:
        return [(units[u](v), u == other_unit) for v in values for u in units]
    return [(units[u](v), False) for v in values for u in units]


# A result inside a note ("Anaemia, Hb 95 g/L" against "anemia with hemoglobin 9.5 g/dL"), where
# the two doctors write one test in two units: both said in the test's first unit, rounded as
# that unit is printed, so that the words around them are compared as usual. Only where the
# units differ: two results in one unit keep their figures ("58" against "59 mmol/mol" would
# both round to 7.5 %).
_DECIMALS = {"hemoglobin": 1, "hemoglobin a1c": 1, "creatinine": 2, "glucose": 0,
             "cholesterol": 0, "low density lipoprotein": 0, "high density lipoprotein": 0,
             "triglycerides": 0, "vitamin d": 0, "calcium": 1, "platelets": 0,
             "white blood cells": 1, "thyroid stimulating hormone": 2, "ferritin": 0,
             "prostate specific antigen": 2, "potassium": 1, "sodium": 0, "bilirubin": 1}
_ALL_UNITS = sorted({unit for units in TESTS.values() for unit in units}, key=len, reverse=True)
_UNIT_WRITTEN = "|".join(re.escape(unit).replace("/", r"\s*/\s*") for unit in _ALL_UNITS)
# a figure and one of the units (looked for first: most notes have none), then the words
# before it that may name the test ("Hb", "with hemoglobin", "TSH of", "level")
_FIGURE_AND_UNIT = re.compile(r"(?<![\w.,])(" + NUMBER + r")\s*(" + _UNIT_WRITTEN + r")(?![\w/])")
_NAME_BEFORE = re.compile(r"((?:[a-z0-9][\w-]*\s+){0,3}?[a-z0-9][\w-]*)\s*(?:[:=]\s*|\s(?:level|"
                          r"levels|of|is|was|de|nivel)\s+)?$")
_HAS_DIGIT = re.compile(r"\d").search


def _test_of(name: str) -> tuple[str, int] | None:
    """The test the last one to three words before a result name, and how many characters of
    ``name`` name it ("with hemoglobin" -> "hemoglobin", "25-OH D" -> "vitamin d")."""
    words = name.split()
    for size in (3, 2, 1):  # the most words that are a test's whole name
        if len(words) >= size:
            said = " ".join(words[-size:])
            test = _SHORT_NAMES.get(said) or _NAMES.get(canonical(said).strip())
            if test is not None:
                return test, len(said)
    return None


def _results_in_note(folded: str) -> list[tuple[str, float, str, int, int, bool]]:
    """(test, amount, unit, start, end of the test's name, amount and unit, whether the name
    is in it) of each result in a note; a result with no test's name before it is the one test
    the note names ("Vitamin D deficiency, level 20 nmol/L", "Hb less than 70 g/L")."""
    found = []
    for match in _FIGURE_AND_UNIT.finditer(folded):
        unit = re.sub(r"\s+", "", match.group(2))
        values = readings(match.group(1))
        before = _NAME_BEFORE.search(folded, max(0, match.start() - 60), match.start())
        named = _test_of(before.group(1)) if before else None
        if named is not None and before is not None:
            test, start = named[0], before.end(1) - named[1]
        else:
            test, start = test_named(folded), match.start(1)
        if test is not None and unit in TESTS[test] and len(values) == 1:
            found.append((test, values[0], unit, start, match.end(2), named is not None))
    return found


def _folded(text: str) -> str:
    return fold_letters(text).replace("µ", "u").replace("μ", "u")


@lru_cache(maxsize=2048)
def results_in_one_unit(a: str, b: str) -> tuple[str, str]:
    """Two notes with the results of one test written in two units, each result in the test's
    first unit (the notes folded); the notes as they are otherwise."""
    if not (_HAS_DIGIT(a) and _HAS_DIGIT(b)):
        return a, b
    fa = _folded(a)
    found_a = _results_in_note(fa)
    if not found_a:
        return a, b
    fb = _folded(b)
    found_b = _results_in_note(fb)
    units_a = {found[0]: found[2] for found in found_a}
    units_b = {found[0]: found[2] for found in found_b}
    apart = {test for test in units_a.keys() & units_b.keys() if units_a[test] != units_b[test]}
    if not apart:
        return a, b
    return _in_first_unit(fa, found_a, apart), _in_first_unit(fb, found_b, apart)


def _in_first_unit(folded: str, found: list[tuple[str, float, str, int, int, bool]],
                   tests: set[str]) -> str:
    for test, value, unit, start, end, named in reversed(found):  # from the end: places stay
        if test not in tests:
            continue
        units = TESTS[test]
        first = next(iter(units))
        amount = round(units[unit](value), _DECIMALS.get(test, 1))
        name = f"{test} " if named else ""
        folded = f"{folded[:start]}{name}{amount:g} {first}{folded[end:]}"
    return folded
