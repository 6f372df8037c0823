# SPDX-License-Identifier: GPL-3.0-or-later
"""Dose, frequency, route and side read out of a treatment as a doctor writes it
("Methotrexate 10 mg once weekly by mouth", "Levothyroxine 50 mcg daily", "Left hip replacement").

Two doctors who name the same medicine or operation but another amount, unit, rhythm, way of
giving it or side of the body disagree in one of the most harmful ways there are (medication-error
reports name 10-fold and 1000-fold doses, mg against mcg, daily against weekly, the wrong route and
the wrong side again and again). This module only reads what is written and puts it in one unit
(mcg = µg = microgram; 1 g = 1000 mg; units = IU; mL = cc) so two texts can be set side by side;
it never judges which is right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from secondop_desktop import i18n
from secondop_desktop.domain import cycles, number_words, terms
from secondop_desktop.domain.amounts import NUMBER, readings
from secondop_desktop.domain.dataclass_methods import FieldMethods, FrozenFieldMethods
from secondop_desktop.domain.hinted import Hinted, any_of, words_of
from secondop_desktop.domain.terms import TIGHT_TIMES, fold, fold_letters
from secondop_desktop.i18n import N_, _, fill, ngettext

# unit as written -> (dimension, factor to the dimension's base unit, plain name of the base)
UNITS: dict[str, tuple[str, float]] = {
    "mg": ("mass", 1.0), "milligram": ("mass", 1.0), "milligrams": ("mass", 1.0),
    "mgs": ("mass", 1.0), "miligramo": ("mass", 1.0), "miligramos": ("mass", 1.0),
    "mcg": ("mass", 0.001), "µg": ("mass", 0.001), "μg": ("mass", 0.001), "ug": ("mass", 0.001),
    "microgram": ("mass", 0.001), "micrograms": ("mass", 0.001), "microgramo": ("mass", 0.001),
    "microgramos": ("mass", 0.001),
    "g": ("mass", 1000.0), "gram": ("mass", 1000.0), "grams": ("mass", 1000.0),
    "gm": ("mass", 1000.0), "gramo": ("mass", 1000.0), "gramos": ("mass", 1000.0),
    "ng": ("mass", 0.000001), "nanogram": ("mass", 0.000001), "nanograms": ("mass", 0.000001),
    "unit": ("units", 1.0), "units": ("units", 1.0), "u": ("units", 1.0), "iu": ("units", 1.0),
    "ui": ("units", 1.0), "unidades": ("units", 1.0), "unidad": ("units", 1.0),
    "ml": ("volume", 1.0), "millilitre": ("volume", 1.0), "milliliter": ("volume", 1.0),
    "millilitres": ("volume", 1.0), "milliliters": ("volume", 1.0), "cc": ("volume", 1.0),
    "mililitro": ("volume", 1.0), "mililitros": ("volume", 1.0),
    "mls": ("volume", 1.0),  # "15mls", as "mgs" for milligrams
    "l": ("volume", 1000.0), "litre": ("volume", 1000.0), "liter": ("volume", 1000.0),
    "litres": ("volume", 1000.0), "liters": ("volume", 1000.0), "litro": ("volume", 1000.0),
    "litros": ("volume", 1000.0),
    # a medicine spoon: 5 mL (a teaspoon), 15 mL (a tablespoon), as children's doses say it
    "tsp": ("volume", 5.0), "teaspoon": ("volume", 5.0), "teaspoons": ("volume", 5.0),
    "tsps": ("volume", 5.0), "cucharadita": ("volume", 5.0), "cucharaditas": ("volume", 5.0),
    "tbsp": ("volume", 15.0), "tablespoon": ("volume", 15.0), "tablespoons": ("volume", 15.0),
    "meq": ("meq", 1.0), "mmol": ("mmol", 1.0),
    "gy": ("dose_gy", 1.0), "gray": ("dose_gy", 1.0), "cgy": ("dose_gy", 0.01),
    # a strength: "lidocaine 1%", "hydrocortisone cream 2.5%" (and "1:1000", _RATIO)
    "%": ("strength", 1.0), "percent": ("strength", 1.0), "per cent": ("strength", 1.0),
    "por ciento": ("strength", 1.0),
}
# A count of a medicine's form ("1 tablet", "two puffs", "2 gotas"): each form its own dimension,
# as a tablet and a capsule cannot be set side by side.
FORMS: dict[str, tuple[str, ...]] = {
    "tablet": ("tablet", "tablets", "tab", "tabs", "comprimido", "comprimidos", "pastilla",
               "pastillas"),
    "capsule": ("capsule", "capsules", "cap", "caps", "capsula", "capsulas"),
    "puff": ("puff", "puffs", "inhalation", "inhalations", "inhalacion", "inhalaciones",
             "pulsacion", "pulsaciones"),
    # ("gtt", guttae: drops as a prescription writes them)
    "drop": ("drop", "drops", "gota", "gotas", "gtt", "gtts"),
    "sachet": ("sachet", "sachets", "sobre", "sobres"),
    "patch": ("patch", "patches", "parche", "parches"),
    "spray": ("spray", "sprays", "pulverizacion", "pulverizaciones"),
    # alcohol counted in drinks, which are not units ("2 drinks a day" against "2 units a day":
    # a US drink holds about 14 g of alcohol, a UK unit 8 g)
    "drink": ("drink", "drinks", "bebida", "bebidas", "copa", "copas"),
}
UNITS.update({word: (form, 1.0) for form, words in FORMS.items() for word in words})
# What a text counted in a form holds, one of them ("tab" of "tabs", "gota" of "gotas")
_FORM_HINTS = words_of("|".join(word for words in FORMS.values() for word in words))
# A dose by body weight, as children's doses are written ("15 mg/kg", "15 mg por kilo"; every
# spelling is written "<unit>/kg" first, _per_weight_and_day): its own dimensions, as 15 mg/kg
# is 15 mg only for a child of 1 kg (_dose_findings sets them against a plain dose).
PER_KG = {"mg/kg": ("mass/kg", 1.0), "mcg/kg": ("mass/kg", 0.001), "g/kg": ("mass/kg", 1000.0),
          "ml/kg": ("volume/kg", 1.0), "units/kg": ("units/kg", 1.0)}
UNITS.update(PER_KG)
# A dose by body surface, as cancer medicines are written ("capecitabine 1250 mg/m2", "mg per
# square metre"; each spelling is written "<unit>/m2" first, _per_weight_and_day): 1250 mg/m2
# is about 2,250 mg for an adult of 1.8 m², never 1,250 mg.
PER_M2 = {"mg/m2": ("mass/m2", 1.0), "mcg/m2": ("mass/m2", 0.001), "g/m2": ("mass/m2", 1000.0),
          "ml/m2": ("volume/m2", 1.0), "units/m2": ("units/m2", 1.0)}
UNITS.update(PER_M2)
# A dose by the exposure it aims at, as carboplatin is written ("AUC 5", "AUC5"; written "5
# auc" first, _per_weight_and_day): worked out from the kidneys' function, so no amount in
# milligrams is the same dose as far as the notes tell.
UNITS["auc"] = ("auc", 1.0)
BASE_WORDS = {"mass": "mg (milligrams)", "units": "units", "volume": "mL (millilitres)",
              "meq": "mEq", "mmol": "mmol", "dose_gy": "Gy (gray)"}
# How a difference names each unit (translated where it is said: FactDifference.words).
UNIT_WORDS = {
    "mg": N_("mg (milligrams)"), "mcg": N_("mcg (micrograms)"), "g": N_("g (grams)"),
    "ng": N_("ng (nanograms)"), "units": N_("units"), "ml": N_("mL (millilitres)"),
    "l": N_("L (litres)"), "meq": "mEq", "mmol": "mmol", "gy": N_("Gy (gray)"),
    "cgy": N_("cGy (centigray)"),
    "mg/kg": N_("mg per kg of body weight"), "mcg/kg": N_("mcg per kg of body weight"),
    "g/kg": N_("g per kg of body weight"), "ml/kg": N_("mL per kg of body weight"),
    "units/kg": N_("units per kg of body weight"),
    "mg/m2": N_("mg per m² of body surface"), "mcg/m2": N_("mcg per m² of body surface"),
    "g/m2": N_("g per m² of body surface"), "ml/m2": N_("mL per m² of body surface"),
    "units/m2": N_("units per m² of body surface"),
    "tsp": N_("tsp (teaspoon, 5 mL)"), "tbsp": N_("tbsp (tablespoon, 15 mL)"),
}
_UNIT_SHORT = {
    "milligram": "mg", "milligrams": "mg", "mgs": "mg", "miligramo": "mg", "miligramos": "mg",
    "µg": "mcg", "μg": "mcg", "ug": "mcg", "microgram": "mcg", "micrograms": "mcg",
    "microgramo": "mcg", "microgramos": "mcg", "gram": "g", "grams": "g", "gm": "g",
    "gramo": "g", "gramos": "g", "nanogram": "ng", "nanograms": "ng", "unit": "units",
    "u": "units", "iu": "units", "ui": "units", "unidades": "units", "unidad": "units",
    "millilitre": "ml", "milliliter": "ml", "millilitres": "ml", "milliliters": "ml", "mls": "ml",
    "cc": "ml", "mililitro": "ml", "mililitros": "ml", "litre": "l", "liter": "l", "litres": "l",
    "liters": "l", "litro": "l", "litros": "l", "gray": "gy",
    "teaspoon": "tsp", "teaspoons": "tsp", "tsps": "tsp", "cucharadita": "tsp",
    "cucharaditas": "tsp", "tablespoon": "tbsp", "tablespoons": "tbsp",
}
_UNIT_SHORT.update({word: form for form, words in FORMS.items() for word in words})


def _form_words(form: str, n: int) -> str:
    """How a count of each form is said (Dose.words), singular or plural by ``n``."""
    return {
        "tablet": lambda: ngettext("{n} tablet", "{n} tablets", n),
        "capsule": lambda: ngettext("{n} capsule", "{n} capsules", n),
        "puff": lambda: ngettext("{n} puff", "{n} puffs", n),
        "drop": lambda: ngettext("{n} drop", "{n} drops", n),
        "sachet": lambda: ngettext("{n} sachet", "{n} sachets", n),
        "patch": lambda: ngettext("{n} patch", "{n} patches", n),
        "spray": lambda: ngettext("{n} spray", "{n} sprays", n),
        "drink": lambda: ngettext("{n} drink", "{n} drinks", n),
    }[form]()
_PARTS_OF_ONE = {0.25: "¼", 0.5: "½", 0.75: "¾"}


def _count_of_forms(amount: float) -> str:
    """A count of tablets, puffs or drops, its part of one as a fraction ("½", "1½", "¾"):
    "half a tablet" is not said "0.5 tablets"."""
    whole = int(amount)
    part = _PARTS_OF_ONE.get(round(amount - whole, 2))
    if part is None:
        return _number(amount)
    return f"{whole}{part}" if whole else part


def _whole(said: str | None) -> int:
    """The whole count before "and a half" ("one", "dos", "2"; none or "a" is one)."""
    return int(said) if said and said.isdigit() else _COUNTS.get(said or "", 1)


# Half and quarter tablets, however written: "½", "1/2", "half a", "medio".
_FORM_WORD = "|".join(sorted((w for words in FORMS.values() for w in words), key=len,
                             reverse=True))
_FRACTIONS = ((Hinted(r"(?<![\d/.,])([13])\s*[/⁄]\s*([24])(?![\d/])", "/", "⁄"),
               lambda m: str(int(m.group(1)) / int(m.group(2)))),
              # a count and a half: "one and a half tablets", "1 and a half tabs", "un
              # comprimido y medio", "comprimido y medio", "dos comprimidos y medio" (the first
              # had read as half a tablet of 10 mg, 5 mg, and "one and a" as words)
              (Hinted(r"\b(one|two|three|a|[123])\s+and\s+a\s+half\s+"
                      rf"(?=(?:{_FORM_WORD})\b)", "half"),
               lambda m: f"{_whole(m.group(1))}.5 "),
              (Hinted(r"\b(?:(un|una|uno|dos|tres|[123])\s+)?"
                      rf"({_FORM_WORD})\s+y\s+(?:medio|media)\b", "medi"),
               lambda m: f"{_whole(m.group(1))}.5 {m.group(2)}"),
              (Hinted(rf"\b(?:half an?|half|medio|media)\s+(?=(?:{_FORM_WORD})\b)",
                      "half", "medi"),
               lambda m: "0.5 "),
              # "a quarter of a tablet", "un cuarto de pastilla", "tres cuartos de comprimido"
              (Hinted(r"\b(?:(three|tres)\s+)?(?:(?:a|one|un)\s+)?(?:quarters?|cuartos?)"
                      rf"(?:\s+(?:of\s+an?|of|de(?:\s+una?)?))?\s+(?=(?:{_FORM_WORD})\b)",
                      "quarter", "cuarto"),
               lambda m: "0.75 " if m.group(1) else "0.25 "),
              # "two puffs", "dos comprimidos": a count in words before a form
              (re.compile(r"\b(one|two|three|four|five|six|un|una|uno|dos|tres|cuatro|cinco|"
                          rf"seis)\s+(?=(?:{_FORM_WORD})\b)"),
               lambda m: f"{_COUNTS.get(m.group(1), 1)} "))
_VULGAR = {"½": "0.5", "¼": "0.25", "¾": "0.75"}

# An amount as written, its marks kept ("1.000", "1,000.5", "0,5", "1 000": domain/amounts.py).
_DOSE_RE = re.compile(
    r"(?<![\w.,])(" + NUMBER + r")\s*(" + "|".join(
        sorted((re.escape(u) for u in UNITS), key=len, reverse=True)) + r")(?![\w])"
    # a concentration is no dose: "Hb below 7 g/dL", "potassium 6.2 mmol/L", "HbA1c 53 mmol/mol"
    # ("7 g/dL" against "70 g/L" had read as 7 g against 70 g, "one is 10 times the other")
    r"(?!\s*/\s*(?:d?l|mol|litre|liter|decilitre|deciliter)\b)")
# "2 x 200 mg", "3 × 500 mg": two tablets of 200 mg (400 mg at a time), or 200 mg twice a day
# as much of Europe writes it ("3 x 500 mg" for 500 mg three times a day). Nothing says which,
# so both amounts are kept (``Dose.other``), as for any dose whose writing can mean two.
_TIMES_DOSE = Hinted(r"(?<![\w.,])([2-6])\s*[x×]\s*(?=(?:" + NUMBER + r")\s*(?:" + "|".join(
    sorted((re.escape(u) for u in UNITS), key=len, reverse=True)) + r")(?![\w]))", "x", "×")

# A dose given as a range: "50-100 mg", "5 to 10 mg", "5 mg-10 mg", "1-2 tablets", "one or two
# puffs", "de 1 a 2 comprimidos", "entre 400 y 600 mg" (which _ranges_one_way writes "400-600").
# The most alone had been read ("Dr Lee wrote 10 mg" of "5-10 mg"), and the range against its
# own lowest amount as "2 times" it. "To" and "a" say a change after "from" or a word of change
# ("increase from 50 to 100 mg"). "Or" joins two amounts either of which may be taken ("50 or
# 100 mg", "one or two puffs"): read as the range between them (it had been read only between
# counts, so "50 or 100 mg" was 100 mg alone and the 50 lost).
_UNIT_NAMES = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_DOSE_RANGE = re.compile(
    r"(?<![\w.,/:])(?:(" + NUMBER + r")|(one|uno|una|two|dos|three|tres))\s*(?:(" + _UNIT_NAMES
    + r")\s*)?(-|–|\bto\b|\ba\b|\bor\b|\bo\b)\s*(?=(" + NUMBER + r")\s*(" + _UNIT_NAMES
    + r")(?!\w))")
_LOW_WORDS = {"one": 1.0, "uno": 1.0, "una": 1.0, "two": 2.0, "dos": 2.0, "three": 3.0,
              "tres": 3.0}


def _dose_ranges(dosing: str, grouping: frozenset[str]) -> list[tuple[re.Match[str], float]]:
    """Each range of a dose ``dosing`` gives, with its lowest amount in the unit of its most."""
    if not any(join in dosing for join in ("-", "–", " to ", " a ", " or ", " o ")):
        return []
    out = []
    for found in _DOSE_RANGE.finditer(dosing):
        join, unit = found.group(4), found.group(6)
        if join in ("to", "a") and (_CHANGE_SAID.search(dosing) or dosing.endswith(
                "from ", 0, found.start())):
            continue
        low = ((_LOW_WORDS[found.group(2)],) if found.group(2)
               else readings(found.group(1), grouping))
        most = readings(found.group(5), grouping)
        if len(low) != 1 or len(most) != 1:
            continue
        said = found.group(3)
        if said and UNITS[said][0] != UNITS[unit][0]:
            continue  # "5 mg - 10 ml": two measures, no range
        amount = low[0] * UNITS[said][1] / UNITS[unit][1] if said else low[0]
        if 0 < amount < most[0]:
            out.append((found, amount))
    return out


# A strength as a ratio, "adrenaline 1:1000" (1 g in 1000 mL: 0.1%), "1:10,000", "1 in 200,000":
# a thousand-fold error of the kind medication-error reports name. Only 1 to 100 or more, never
# a time of day ("1:30").
_RATIO = re.compile(r"(?<![\d.,:])1\s*(?::|in)\s*(\d{1,3}(?:,\d{3})+|\d{3,})(?![\d:.,])")

# Times a day, from the words a prescription uses (English, Latin abbreviations, Spanish).
# "per week" is always a rhythm; "a week" only after so many of a thing ("2 drinks a week",
# "150 minutes a week", "14 units a week"), not where it says when or how long ("in a week",
# "wait a week", "roughly a month and a half", "a week or two", "a week later").
def _after_an_amount(words: str, before: tuple[str, ...]) -> str:
    """``words`` (literal) where one of ``before`` (each fixed, a pattern) ends just ahead of
    them: looked behind once the words are found, so a place without them fails at once."""
    return words + "(?:" + "|".join(f"(?<={b} {words})" for b in before) + ")"


_AMOUNT_ENDS = (r"\d", "s", "mg", "ml", "iu", "ui", r"\dg", " g")
# "a" says "per" after an amount or a plural: "2 a week", "2 drinks a week", "15 mg a week",
# "1 tablet a week" (methotrexate's "15 mg a week" had read with no rhythm, so against "15 mg
# daily" as the same dose made more exact)
_PER = ("(?:per|" + _after_an_amount("a", (*_AMOUNT_ENDS, "tablet", "capsule", "unit", "dose",
                                           "puff", "drop", "sachet", "patch", "injection",
                                           "infusion")) + r")\s+")
# ... and in Spanish, "al mes", "a la semana" after an amount or a form ("una ampolla al mes",
# "15 mg a la semana"; "control al mes" says when: at one month)
_SPANISH_FORMS = ("ampolla", "comprimido", "capsula", "pastilla", "sobre", "inyeccion", "parche",
                  "unidad")
_NOT_WHEN = r"(?!\s+(?:and|or|later|ago|after|before|from|off)\b)"
# "a day" is no rhythm where it is so long before a thing ("stop apixaban a day before the
# procedure"), but is before a meal or bed ("one tablet a day before breakfast")
_A_DAY_BEFORE_A_THING = (r"(?!\s+(?:before|prior(?:\s+to)?|antes(?:\s+de)?)\s+(?!"
                         + terms.MEAL_OR_BED + r"))")
_COURSE_OF_DOSES = r"(?!\s+(?:a|per|each|every|daily|in|within|al|por|cada|en|diarias?)\b)"
# not a most ("max 4 doses in 24 hours")
_NOT_A_MOST = r"(?<!max )(?<!maximum )(?<!up to )(?<!no more than )(?<!hasta )(?<!maximo )"
# so many doses a day, as a family writes a rhythm ("2 doses a day", "tres tomas al día")
_DOSES_A_DAY = r"(?:{}) (?:doses|dosis|tomas) (?:a|per|each|al|por|cada) (?:day|dia)"
# Two or three of the day's meals named, each a dose: "with breakfast and evening meal", "with
# lunch and dinner", "breakfast, lunch and evening meal", "con desayuno y comida" (each meal
# alone is once a day, so two had read as once: "with breakfast and evening meal" against
# "twice a day" said "Dr Lee wrote once a day"). Not "tea", a drink as often.
_MEAL = (r"(?:breakfast|lunch|dinner|supper|evening meal|desayuno|almuerzo|comida|cena)")
_AT_MEAL = (r"(?:(?:with|at|before|after|con|en|antes del?|despues del?) )?"
            r"(?:the |your |el |la )?")
_TWO_MEALS = rf"{_AT_MEAL}{_MEAL} (?:and|y|&) {_AT_MEAL}{_MEAL}"
_THREE_MEALS = rf"{_AT_MEAL}{_MEAL},? {_AT_MEAL}{_MEAL},? (?:and|y|&) {_AT_MEAL}{_MEAL}"
_MEALS_NAMED = Hinted(rf"\b(?:{_THREE_MEALS}|{_TWO_MEALS})\b", "almuerzo", "breakfast", "cena",
                      "comida", "desayuno", "dinner", "evening meal", "lunch", "supper")
_MEAL_TIMES = {"breakfast": "morning", "desayuno": "morning", "lunch": "midday",
               "almuerzo": "midday", "comida": "midday", "dinner": "night", "supper": "night",
               "evening meal": "night", "cena": "night"}
FREQUENCIES: tuple[tuple[str, float, str], ...] = (
    (r"every other day|every second day|alternate days?|qod|cada dos dias|en dias alternos|"
     r"(?:a )?dias alternos|cada tercer dia|un dia si y (?:un dia|otro) no|dia (?:por|de) medio|"
     r"interdiario", 0.5,
     "every other day"),
    (r"twice (?:a|per|each) week|twice weekly|two times (?:a|per) week|"
     r"dos veces (?:a la|por|por la|a) semana", 2 / 7, "twice a week"),
    (r"three times (?:a|per|each) week|three times weekly|thrice (?:a |per |each )?week|"
     r"thrice weekly|"
     r"tres veces (?:a la|por|por la|a) semana", 3 / 7, "three times a week"),
    (r"once (?:a|per|each) week|once weekly|(?<!bi )weekly|every week|each week|qw|qwk|"
     r"una vez (?:a la|por|por la|a) semana|semanal(?:mente)?|cada semana|"
     + _after_an_amount("a la semana", (*_AMOUNT_ENDS, *_SPANISH_FORMS)) + "|"
     # "2 drinks a week" against "2 drinks a day" (whose "a day" is below); not "in a week",
     # "for a week", "after a week" (a time from now or a length, read as such elsewhere)
     + _PER + r"week" + _NOT_WHEN + r"|por semana", 1 / 7, "once a week"),
    # "biweekly", "bimonthly": every two weeks (months) or twice a week (month), as
    # dictionaries and doctors use them both ways; which, the note does not say
    # (_ANOTHER_RHYTHM)
    (r"bi[ -]?weekly", 1 / 14, "biweekly"),
    (r"bi[ -]?monthly", 1 / 60.8, "bimonthly"),  # as "every 2 months" is read
    (r"every (?:two|2) weeks|fortnightly|once a fortnight|every fortnight|every other week|"
     r"every second week|alternate weeks|cada (?:dos|2) semanas|q2w|q2wk|q2wks|"
     # ("cada 15 días" is a fortnight as Spain says it, "quincenal" its word)
     r"cada (?:15|quince) dias|quincenal(?:mente)?", 1 / 14,
     "every two weeks"),
    # "q3w", as a chemotherapy or immunotherapy plan writes every three weeks
    (r"every (?:three|3) weeks|cada (?:tres|3) semanas|q3w|q3wk|q3wks", 1 / 21,
     "every three weeks"),
    # the same rhythm (a month is read as four weeks throughout), quoted as written: a
    # difference never says a doctor wrote "once a month" who wrote "every 4 weeks"
    (r"every (?:four|4) weeks|cada (?:cuatro|4) semanas|q4w|q4wk|q4wks", 1 / 28,
     "every four weeks"),
    (r"monthly|once a month|every month|mensual(?:mente)?|"
     r"cada mes|una vez al mes|" + _after_an_amount("al mes", (*_AMOUNT_ENDS, *_SPANISH_FORMS))
     + "|" + _PER + r"month" + _NOT_WHEN
     + r"|por mes", 1 / 28,
     "once a month"),
    (r"every (?:three|3) months|quarterly|cada (?:tres|3) meses|trimestral(?:mente)?", 1 / 91,
     "every three months"),
    # Spain's words for every two and every six months ("Decapeptyl trimestral", "PSA
    # semestral"), read as "cada 2 meses" and "cada 6 meses" are
    (r"bimestral(?:mente)?", 1 / (2 * 30.4), "every 2 months"),
    (r"semestral(?:mente)?", 1 / (6 * 30.4), "every 6 months"),
    (r"twice (?:a|per) month|dos veces al mes", 2 / 28, "twice a month"),
    (r"twice (?:a|per) year|twice yearly|two times (?:a|per) year|dos veces al ano|"
     r"dos veces por ano", 2 / 365, "twice a year"),
    (r"once (?:a|per) year|once yearly|yearly|annually|annual|every year|each year|"
     r"una vez al ano|"
     r"anual(?:mente)?|cada ano|" + _PER + r"year" + _NOT_WHEN + r"|por ano", 1 / 365,
     "once a year"),
    (r"hourly|every hour|each hour|cada hora", 24.0, "every hour"),
    (r"four times (?:a|per) day|four times daily|qid|q\.i\.d\.?|qds|q\.d\.s\.?|"
     r"cuatro veces al dia|" + _DOSES_A_DAY.format("4|four|cuatro"), 4.0,
     "four times a day"),
    (r"three times (?:a|per) day|three times daily|thrice (?:a |per )?day|thrice daily|"
     r"tid|t\.i\.d\.?|tds|t\.d\.s\.?|tres veces al dia|" + _DOSES_A_DAY.format("3|three|tres")
     + "|" + _THREE_MEALS,
     3.0,
     "three times a day"),
    # (as much at each of a day's meals: "protein 60 g a meal" is no "60 g a day"; not "with a
    # meal", which is with food, nor "after each meal", when to take it)
    (r"(?<!with )(?<!after )(?<!before )(?<!at )(?<!eat )(?<!skip )(?:a|per) meal|"
     r"(?:with|at) (?:each|every) meal|con cada comida|en cada comida|por comida", 3.0,
     "with each meal"),
    (r"twice (?:a|per) day|twice daily|two times (?:a|per) day|bid|b\.i\.d\.?|bd|b\.d\.|"
     + _DOSES_A_DAY.format("2|two|dos") + "|"
     r"dos veces al dia|(?:in the )?mornings? and (?:at )?(?:nights?|evenings?)|"
     r"mane (?:and|&) nocte|"
     r"(?:with )?breakfast and (?:dinner|supper)|(?:por la )?manana y (?:por la )?noche|"
     r"(?:con (?:el )?)?desayuno y (?:la )?cena|" + _TWO_MEALS, 2.0, "twice a day"),
    # a day's total ("40 mg/kg/day", _DAY_TOTAL): as much as once a day, said as it was meant
    (r"perdaytotal", 1.0, "for the whole day"),
    (r"once (?:a|per) day|once daily|daily|every day|each day|a day" + _A_DAY_BEFORE_A_THING
     + r"|per day|od|qd|q\.d\.?|"
     r"nightly|every night|each night|at night|(?<!\d )(?:a|per) night|at bedtime|qhs|hs|"
     r"h\.s\.|in the morning|"
     r"every morning|"
     r"each morning|qam|nocte|mane|each evening|"
     r"in the evening|every evening|before breakfast|with breakfast|with dinner|with supper|"
     r"con el desayuno|antes del desayuno|con la cena|"
     # (each meal alone, as the time of day reads it)
     r"(?:with|before|after) (?:the |your |an? )?(?:evening meal|lunch)|after breakfast|"
     r"at lunch(?: ?time)?|lunchtime|at midday|al mediodia|a mediodia|"
     r"(?:con el|antes del|despues del) almuerzo|despues del desayuno|al desayunar|al cenar|"
     r"(?:antes|despues) de la cena|"
     r"una vez al dia|diario|diarios|diarias?|diariamente|cada dia|todos los dias|al dia|"
     r"por dia|cada noche|por la noche|en la noche|antes de dormir|al acostarse|"
     r"antes de acostarse|"
     # a dose on an empty stomach with no other rhythm is the morning's ("en ayunas" as
     # "before breakfast"); "mornings only" against "morning and evening"
     r"cada manana|por la manana|en la manana|en ayunas|on an empty stomach|"
     r"(?:mornings?|evenings?|nights?) only|only (?:in the )?(?:mornings?|evenings?|at night)", 1.0,
     "once a day"),
    # one dose, not a course: "stat" (at once, once), "once only", "dosis única"
    (r"stat|once only|one dose only|single dose|as a single dose|one off dose|one-off dose|"
     r"dosis unica|en dosis unica|una sola dosis|una unica dosis", 0.0, "once only"),
    # a course of so many doses, as a vaccine's ("2 doses", "tres dosis"): how many in all, set
    # against "single dose" and each other (so many a day or a week is read above)
    (_NOT_A_MOST + r"(?:2|two|dos) (?:doses|dosis)" + _COURSE_OF_DOSES, 0.0,
     "two doses in all"),
    (_NOT_A_MOST + r"(?:3|three|tres) (?:doses|dosis)" + _COURSE_OF_DOSES, 0.0,
     "three doses in all"),
    (_NOT_A_MOST + r"(?:4|four|cuatro) (?:doses|dosis)" + _COURSE_OF_DOSES, 0.0,
     "four doses in all"),
)
# Numbers said in words in a rhythm ("every eight hours", "cada ocho horas", "six-weekly")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "ten": 10, "twelve": 12, "twenty four": 24, "dos": 2, "tres": 3, "cuatro": 4,
                 "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "diez": 10, "doce": 12,
                 "veinticuatro": 24,
                 "second": 2, "third": 3, "fourth": 4}
_NUMBER = r"(\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"


def _every_so_many(units: str, adjective: str, before_a_thing: bool = False) -> Hinted:
    """"every 6 weeks", "cada 6 semanas", "6-weekly", "at 3-weekly intervals" (``units``
    "weeks?|semanas", ``adjective`` "weekly"): the number in group 1 or 2. Each names its
    unit: tried only on a text that does. ``before_a_thing``: also before one thing named
    ("6 monthly review", "3 yearly mammogram"), as a rhythm of months and years is written; so
    many of a rhythm of weeks are a count ("12 weekly taxol", "12 weekly sessions"), as so many
    things are ("three monthly loading injections")."""
    # (hyphened it is always a rhythm: "6-monthly liver US", "3-weekly cycles")
    after = (r"(?!\s+(?!intervals?\b|for\b|until\b|thereafter\b|then\b)[a-z])" if not
             before_a_thing else r"(?!(?:\s+[a-z]+){0,1}\s+(?!intervals?\b)[a-z]+s\b)")
    return Hinted(rf"(?:every|each|cada)\s*{_NUMBER}\s*(?:{units})\b"
                  rf"|(?<![\w.]){_NUMBER}(?:\s*-\s*{adjective}\b|\s*{adjective}\b{after})",
                  *words_of(re.sub(r".\?", "", units), adjective))


# "every 6 weeks", "6-weekly", "at 3-weekly intervals", "cada 6 semanas": every so many weeks
# (a "3-weekly" chemotherapy is not a weekly one). Not "12 weekly sessions": twelve of them,
# once a week.
_EVERY_WEEKS = _every_so_many(r"weeks?|semanas", "weekly")
_WORD_HYPHEN = Hinted(r"(?<=[a-z])-(?=[a-z])", "-")
_WEEKS_NAMED = {1: "once a week", 2: "every two weeks", 3: "every three weeks",
                4: "every four weeks"}
# and months: "3-monthly" is every three months, not monthly; "every 6 months"
_EVERY_MONTHS = _every_so_many(r"months?|meses", "monthly", before_a_thing=True)
_MONTHS_NAMED = {1: ("once a month", 1 / 28), 3: ("every three months", 1 / 91)}
# and years, as screening goes: "mammogram every 3 years", "cada dos años", "3-yearly"
_EVERY_YEARS = _every_so_many(r"years?|anos?", "yearly", before_a_thing=True)
# ("600 mg/8h", "1 g/8 h", "5 mg/12h": every so many hours as Spain writes it after the dose;
# "/24h" stays a day's amount, and "25 mcg/h" a rate)
_EVERY_HOURS = Hinted(
    rf"(?:every|each|q|cada|c/|(?<=[a-z])\s*/(?=\s*(?:[1-8]|12)\s*h))\s*{_NUMBER}\s*"
    r"(?:h|hr|hrs|hs|hours?|horas?)\b"
    # ("six-hourly", "four hourly" in words: they had read as every hour, quoted so)
    rf"|(?<![\w.]){_NUMBER}[\s-]*(?:hourly|hrly)\b",
    "every", "each", "q", "cada", "c/", "hourly", "hrly", "/")  # "4-hourly", "4 hourly", "2hrly"
# "every 4-6 hours", "4 to 6 hourly", "cada 6-8 horas", "q4-6h": a range of hours between doses
_HOUR_RANGE = Hinted(
    r"(?:every|each|q|cada|c/)\s*(\d{1,2})\s*(?:-|–|to|a|or|o)\s*(\d{1,2})\s*"
    r"(?:h|hr|hrs|hs|hours?|horas?)\b"
    r"|(?<![\w.])(\d{1,2})\s*(?:-|–|to|or)\s*(\d{1,2})[\s-]*(?:hourly|hrly)\b",
    "every", "each", "q", "cada", "c/", "hourly", "hrly")
# "every 3 days", "once every two days", "every third day", "cada 3 días"
_EVERY_MINUTES = Hinted(rf"(?:every|each|q|cada)\s*{_NUMBER}\s*(?:min(?:ute)?s?|minutos?)\b",
                        "every", "each", "q", "cada")
# (not "cada 15 días", a fortnight: FREQUENCIES' every two weeks)
_EVERY_DAYS = Hinted(rf"(?:every|each|cada(?!\s*15\s*dias))\s*{_NUMBER}\s*(?:days?|dias)\b",
                     "every", "each", "cada")
# "3 days a week", "5 días a la semana": so many times a week
_DAYS_A_WEEK = Hinted(rf"(?<![\w.]){_NUMBER}\s*(?:days?|dias)\s*"
                      r"(?:a|per|each|every|a la|por|por la|cada|/)\s*(?:week|wk|semana)\b",
                      "week", "wk", "semana")
# Days of the week: "every Monday", "on Mondays", "los lunes" (once a week), "Mon/Wed/Fri",
# "Monday, Wednesday and Friday", "lunes, miércoles y viernes" (so many times a week),
# "Mon-Fri", "de lunes a viernes" (the days between). One day named once ("on Monday", "el
# lunes") says when, not how often: no rhythm.
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6, "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3,
             "viernes": 4, "sabado": 5, "domingo": 6}
_WEEKDAY_SHORT = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                  "fri": 4, "sat": 5, "sun": 6}
_DAY = "|".join(sorted([*_WEEKDAYS, *_WEEKDAY_SHORT], key=len, reverse=True))
# (each may be said as a plural: "on Mondays, Wednesdays and Fridays" is three days a week)
_DAY_LIST = Hinted(rf"(?<![\w.])(?:(?:on|los|las)\s+)?({_DAY})s?"
                   rf"(?:\s*(?:/|,|&|\band\b|\by\b|\be\b)\s*(?:{_DAY})s?(?![\w]))+",
                   *words_of(_DAY))
_DAY_SPAN = Hinted(rf"(?<![\w.])(?:from\s+|de\s+)?({_DAY})\s*(?:-|–|to|a)\s*"
                   rf"({_DAY})(?![\w])",
                   *words_of(_DAY))
_ANY_DAY = re.compile(r"(?<![\w.])(" + "|".join(_WEEKDAYS) + r")s?(?![\w])")
_EVERY_WEEKDAY = Hinted(
    r"(?<![\w.])(?:(?:every|each|cada|todos los)\s+(" + "|".join(_WEEKDAYS) + r")s?"
    r"|on\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s"
    r"|los\s+(lunes|martes|miercoles|jueves|viernes|sabados|domingos))(?![\w])",
    "day", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")


def _weekdays_named(folded: str) -> frozenset[int]:
    """The days of the week named in a list or on their own ("Monday, Wednesday, Friday",
    "on Fridays"), as numbers (0 Monday); not a span ("Mon-Fri")."""
    if not _ANY_DAY.search(folded) or _DAY_SPAN.search(folded):
        return frozenset()
    named = {_WEEKDAYS[m.group(1)] for m in _ANY_DAY.finditer(folded)}
    for listed in _DAY_LIST.finditer(folded):  # short names only in a list ("Mon/Wed/Fri")
        named |= {_WEEKDAYS.get(d, _WEEKDAY_SHORT.get(d, 0)) for d in re.findall(
            rf"(?<![\w.])({_DAY})(?![\w])", listed.group(0))}
    return frozenset(named)


def _weekdays_a_week(folded: str) -> int:
    """How many days a week the days named say (0 when they say no rhythm)."""
    if span := _DAY_SPAN.search(folded):
        first, last = (_WEEKDAYS.get(d, _WEEKDAY_SHORT.get(d, -1)) for d in span.groups())
        if first >= 0 and last >= 0:
            return (last - first) % 7 + 1
    if listed := _DAY_LIST.search(folded):
        named = {_WEEKDAYS.get(d, _WEEKDAY_SHORT.get(d)) for d in re.findall(
            rf"(?<![\w.])({_DAY})s?(?![\w])", listed.group(0))}
        return len(named - {None})
    return 1 if _EVERY_WEEKDAY.search(folded) else 0


# "1-0-1", "1-1-1", "0-0-1" (morning, midday, evening[, night]), as Spanish and European
# prescriptions write it: a time of day for each figure that is not 0
_SLOTS = Hinted(r"(?<![\w.,/-])([0-2])\s*-\s*([0-2])\s*-\s*([0-2])(?:\s*-\s*([0-2]))?"
                r"(?![\w.,/-])", "-")
# "3 times a day", "2x daily", "3 veces al día", "1 vez por semana", "dos veces por día": a count
# in digits or words, before the fixed phrases (whose "a day" alone is once a day).
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "una": 1, "uno": 1,
           "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6}
_PERIODS = {"day": 1, "daily": 1, "dia": 1, "week": 7, "weekly": 7, "semana": 7,
            "month": 28, "monthly": 28, "mes": 28,
            # "twice a year", "dos veces al año" (they had read as no rhythm: against "once a
            # year", the same made more exact)
            "year": 365, "yearly": 365, "ano": 365}
_PERIOD_NAMES = {1: "day", 7: "week", 28: "month", 365: "year"}
_TIMES_PER = re.compile(
    r"(?<![\w.])(?:x\s*(?=\d+\s*/))?"  # "x2/day", as patients write it
    # ("2 visits a month", "tres sesiones por semana": so many times, it had read as once a
    # week)
    r"(\d+|" + "|".join(_COUNTS) + r")\s*(?:x|times|veces|vez|(?=/)|(?:sessions|visits|classes|"
    r"sesiones|visitas|clases)(?=\s*(?:a|per|each|every|al|a la|por|por el|por la|cada)\s))"
    r"\s*(?:/\s*)?(?:a|per|each|every|al|a la|por|por el|por la|cada|en el|en la)?\s*"
    r"(" + "|".join(_PERIODS) + r")(?![\w])")
# ... and a few "sessions weekly" ("three sessions weekly" is three a week; "12 sessions
# weekly" is a course of twelve, one a week)
_FEW_SESSIONS = Hinted(r"(?<![\w.])([1-5]|one|two|three|four|five|una|dos|tres|cuatro|cinco)\s*"
                       r"(?:sessions|visits|classes|sesiones|visitas|clases)\s+"
                       r"(weekly|daily|monthly)\b",
                       "sessions", "visits", "classes", "sesiones", "visitas", "clases")
# "2-3 times a day", "two to three times daily", "2 or 3 times a week": a range of counts
_TIMES_RANGE = Hinted(
    r"(?<![\w.])(\d|" + "|".join(_COUNTS) + r")\s*(?:-|–|to|or|a|o)\s*(\d|"
    + "|".join(_COUNTS) + r")\s*(?:x|times|veces)\s*"
    r"(?:a|per|each|every|al|a la|por|por el|por la|cada|en el|en la)?\s*"
    r"(" + "|".join(_PERIODS) + r")(?![\w])", "x", "times", "veces")
_TIMES_WORDS = {1: "once", 2: "twice", 3: "three times", 4: "four times"}
# The other rhythm a word of two meanings can say, as doses a day (see "biweekly" above).
_ANOTHER_RHYTHM = {"biweekly": 2 / 7, "bimonthly": 2 / 28}
# Every name read() gives a frequency, for the catalog (frequency_words() translates them).
_TWO_MEANINGS = {"biweekly": N_("biweekly (every two weeks, or twice a week)"),
                 "bimonthly": N_("bimonthly (every two months, or twice a month)")}
FREQUENCY_NAMES = (
    N_("every other day"), N_("every two weeks"), N_("every three weeks"), N_("every four weeks"),
    N_("every three months"),
    N_("for the whole day"),
    N_("once a day"), N_("twice a day"), N_("three times a day"), N_("four times a day"),
    N_("with each meal"),
    N_("once a week"), N_("twice a week"), N_("three times a week"), N_("four times a week"),
    N_("once a month"), N_("twice a month"), N_("three times a month"), N_("four times a month"),
    N_("once a year"), N_("twice a year"), N_("three times a year"), N_("four times a year"),
    N_("every hour"), N_("once only"), N_("two doses in all"),
    N_("three doses in all"), N_("four doses in all"),
)
# "As needed", however written; the comparison reads it with the same pattern (one "prn").
AS_NEEDED = re.compile(r"\b(?:as needed|when needed|prn|p\.r\.n\.?|on bad days|if needed|"
                       r"(?:when|if) (?:you|he|she|they) needs? (?:it|them|one)|"
                       r"as and when(?: needed| required)?|sos|"
                       r"as required|if required|when required|if necessary|when necessary|"
                       r"a demanda|"
                       r"si (?:es )?necesario|si precisa|si hace falta|cuando sea necesario|"
                       r"(?:cuando|si) (?:lo|la|los|las) (?:necesite|necesita|necesites)|"
                       # (not chest pain, a warning sign: "llamar al 112 si dolor en el
                       # pecho" is "call an ambulance if chest pain", no medicine when needed)
                       r"si (?:hay |tiene |le )?dolor(?! (?:en el |de |en )?pecho| toracico)|"
                       r"si (?:le )?duele|en caso de dolor(?! (?:en el |de |en )?pecho| toracico)|"
                       r"si (?:hay |tiene |le da |nota )?(?:fiebre|ansiedad|nauseas|vomitos|"
                       r"insomnio|picor|mareo|tos|ahogo|angustia|crisis)|"
                       # short of breath, as Spanish says it ("si le falta el aire", "si le
                       # cuesta respirar")
                       r"(?:si|cuando) (?:le |te |me )?(?:falta el aire|falta aire|"
                       r"falta de aire|cuesta respirar|ahoga|fatiga)|"
                       r"(?:if|when) (?:anxious|in pain|feverish|sick|nauseous|itchy|wheezy|"
                       r"wheezing|breathless|agitated|restless|distressed|in distress|"
                       r"short of breath|(?:having )?(?:a )?(?:severe )?hypo(?:glyc(?:a)?emia)?|"
                       r"(?:having )?angina)|"
                       # "if pain", "if have pain" at a clause's end (not "if pain worsens",
                       # a warning, nor "if chest pain")
                       r"if (?:(?:you|he|she|they|i) )?(?:(?:have|has|having|get|gets|feel|"
                       r"feels|in) )?(?:any )?pain(?=\s*(?:$|[,;.)]))|"
                       r"if (?:there is |he has |she has |you have |they have )?(?:a )?fever|"
                       r"(?:if|when) (?:there is |he has |she has |you have |they have )?"
                       r"(?:a |high |raised )?(?:temp|temperature)\b|"
                       r"if (?:he|she|they|you|i|we) (?:gets?|has|have) (?:a|an) "
                       r"(?:reaction|allergic reaction|attack)|"
                       # an emergency medicine's trigger: "EpiPen if anaphylaxis", "naloxone
                       # if overdose suspected"
                       r"(?:if|in case of|for) (?:an? )?(?:suspected |possible )?overdose"
                       r"(?: (?:is )?suspected)?|"
                       r"(?:if|in case of|en caso de|si hay) (?:an? )?(?:anaphylaxis|anafilaxia|"
                       r"(?:severe |serious )?allergic reaction|reaccion alergica(?: grave)?|"
                       r"seizure lasts? (?:over|more than) \d+ min(?:ute)?s)|"
                       r"si (?:tiene|le da|hace) una (?:reaccion|crisis))\b")

# Regularly, without a rhythm: "salbutamol regularly" against "salbutamol as needed"
_REGULARLY = Hinted(r"\b(?:regularly|regular|routinely|all the time|around the clock|"
                    r"de forma (?:regular|pautada|continua)|pautad[oa]|regularmente)\b",
                    "regular", "routinely", "the time", "clock", "de forma", "pautad")
# A most of a rhythm, which makes it a dose when needed: "1 g up to 4 times a day", "no more
# than three times daily", "hasta 3 veces al día" (not "4 times a day": each dose, every day)
# the words before it ("up to", "max", "hasta") and their hints
_AT_MOST = (r"\b(?:up\s+to|upto|no\s+more\s+than|not\s+more\s+than|at\s+most|max(?:imum)?"
            r"(?:\s+of)?|hasta|como\s+maximo|no\s+mas\s+de)\s+")
_AT_MOST_HINTS = ("up", "more", "most", "max", "hasta", "mas")
_UP_TO_TIMES = Hinted(
    _AT_MOST + r"(?:(?:\d+|" + "|".join(_COUNTS)
    + r"|once|twice|thrice)\s*(?:x|times|veces|vez)?\s*"
    r"(?:a|per|each|every|in\s+a|al|a\s+la|por|por\s+el|por\s+la|cada|en\s+el|en\s+la)?\s*"
    r"(?:" + "|".join(_PERIODS) + r"|24\s*(?:h|hrs?|hours|horas))"
    # or in a prescription's letters: "max qds", "up to tds"
    r"|(?:qds|qid|tds|tid|bd|bid))(?![\w])",
    *_AT_MOST_HINTS)

# Route of giving, as written -> one name.
ROUTES: tuple[tuple[str, str], ...] = (
    (r"intrathecal(?:ly)?|intratecal", N_("into the spinal fluid (intrathecal)")),
    (r"intravenous(?:ly)?|iv|i\.v\.|i/v|intravenos[oa]|endovenos[oa]|infusion|infused|"
     r"(?:a |an )?drip|"
     r"into (?:a|the) veins?|en (?:la|una) vena", N_("into a vein (IV)")),
    (r"intramuscular(?:ly)?|im|i\.m\.|i/m|intramuscular|(?:in|into) (?:a|the) muscles?|"
     r"en el musculo", N_("into a muscle (IM)")),
    (r"subcutaneous(?:ly)?|subcut|sc|s\.c\.|s/c|sq|sub[\s-]?q|subcutane[oa]s?|under the skin|"
     r"bajo la piel|"
     r"debajo de la piel", N_("under the skin (subcutaneous)")),
    # a device's leads placed through a vein (a transvenous ICD or pacemaker), against one
    # placed under the skin
    (r"transvenous(?:ly)?|transvenos[oa]|endocavitari[oa]", N_("through a vein (transvenous)")),
    (r"sub[\s-]?tenons?|subtenoniana?", N_("around the eye (sub-Tenon)")),
    (r"intravitreal|intravitreas?|injections? (?:in|into) (?:the|each|both) eyes?|"
     r"inyecci(?:on|ones) (?:en|dentro de)l? (?:el |los |cada |ambos )?ojos?",
     N_("into the eye (intravitreal)")),
    (r"epidural", N_("epidural")),
    (r"sublingual(?:ly)?|sl|under the tongue|debajo de la lengua|bajo la lengua",
     N_("under the tongue (sublingual)")),
    # (midazolam for a seizure or for agitation, into the cheek: not under the skin)
    (r"buccal(?:ly)?|oromucosal|bucal|via bucal|(?:into|inside|in) the cheek|"
     r"between (?:the )?(?:cheek|gum) and (?:the )?(?:gum|cheek)|en la mejilla",
     N_("into the cheek (buccal)")),
    # (a nebuliser as a way of giving, "salbutamol nebuliser"; not the device assessed or
    # reviewed, "home nebuliser assessment")
    (r"inhaled|inhalers?|nebuli[sz]ed|(?<!home )nebuli[sz]ers?(?!\s+(?:assessment|review|"
     r"service|machine|trial|clinic|referral|check))|puffers?|inhalada|inhalado|inhalador|"
     r"mdi|pmdi|metered dose inhalers?|"
     r"inhaladores|nebulizador", N_("inhaled")),
    # drops or ointment in the eye or the ear, a pessary: not on the skin
    # ("1 drop each eye", "una gota en ambos ojos", "gotas en cada oído" too)
    (r"eye ?drops?|eye ointment|drops? (?:\w+ ){0,3}(?:in )?(?:the|both|his|her|each) eyes?|"
     r"ophthalmic|colirio|"
     r"gotas? (?:\w+ ){0,3}(?:en|para) (?:los|el|ambos|cada|los dos) ojos?|oftalmic[oa]|"
     r"pomada oftalmica|"
     # an ointment or gel put in the eyes is no cream on the skin
     r"(?:ointment|gel) (?:\w+ ){0,2}(?:to|in|into|on) (?:the|both|each|his|her) eyes?|"
     r"(?:pomada|gel) (?:\w+ ){0,2}(?:en|para) (?:los|el|ambos|cada) ojos?",
     N_("in the eye")),
    (r"ear ?drops?|drops? (?:\w+ ){0,3}(?:in )?(?:the|both|his|her|each) ears?|otic|"
     r"gotas? (?:\w+ ){0,3}(?:en|para) (?:los|el|ambos|cada|los dos) oidos?|gotas oticas",
     N_("in the ear")),
    (r"vaginal(?:ly)?|pessar(?:y|ies)|ovulos? vaginales?|via vaginal", N_("vaginal")),
    (r"topical(?:ly)?|cream|gel|ointment|crema|pomada|topic[oa]|(?:on|onto|to) the skin|"
     r"en la piel|sobre la piel", N_("on the skin (topical)")),
    # (not an allergy's "patch test", a test as "skin prick test" is another)
    (r"transdermal|patch(?:es)?(?! test)|parches?(?! epicutaneo)|medicated plasters?|"
     r"(?<=% )plasters?|(?<=%)plasters?", N_("skin patch (transdermal)")),
    (r"rectal(?:ly)?|pr|per rectum|suppositor(?:y|ies)|supositorios?", N_("rectal")),
    # (not a mask, pillows, cannula or prongs for air or oxygen: "CPAP with nasal mask")
    (r"nasal(?:ly)?(?! (?:masks?|pillows?|cannulae?|cannulas|prongs?|interface))|intranasal|"
     r"nasal spray|"
     r"nose drops?|up the nose|in the nose|en la nariz|(?:in|up) (?:the|each|both) nostrils?",
     N_("in the nose (nasal)")),
    # (not a condition of the mouth: "oral thrush", "oral ulcers", "oral hygiene")
    (r"oral(?! (?:thrush|candidiasis|candida|ulcers?|hygiene|care|health|lesions?|cancer|"
     r"mucositis|lichen|gel))|orally|by mouth|po|p\.o\.|tablet|tablets|(?<!keep )tabs?|"
     r"capsule|capsules|caps|pill|"
     r"pills|via oral|syrup|liquid|oral solution|jarabe|solucion oral|suspension oral|"
     r"por boca|comprimido|comprimidos|tableta|tabletas|pastilla|pastillas", N_("by mouth")),
    # insulin by a pump worn all the time, not by injections (NHS "Insulin pumps"; "insulin
    # injections" against "insulin pump" had read as the pump said more exactly)
    (r"(?<=insulin )pumps?|csii|bomba de insulina|bombas de insulina",
     N_("by an insulin pump")),
    # an injection that does not say where: any of the injected routes above (INJECTED)
    (r"injections?|injected|injectable|jabs?|inyeccion|inyecciones|inyectable|inyectado|"
     r"pinchazos?", N_("by injection")),
)
# The routes an injection that does not say where may be.
INJECTED = frozenset({"into the spinal fluid (intrathecal)", "into a vein (IV)",
                      "into a muscle (IM)", "under the skin (subcutaneous)",
                      "into the eye (intravitreal)", "epidural", "by injection"})


def _same_way(a: str, b: str) -> bool:
    """Whether two routes may be one: the same, or an injection and one of the injected ones
    ("insulin injection" and "insulin SC")."""
    return a == b or (a in INJECTED and b in INJECTED and "by injection" in (a, b))
_ROUTE_RES = [(re.compile(rf"(?<![\w.])(?:{pattern})(?![\w])"), name) for pattern, name in ROUTES]
# Any of them, looked for once (as _ANY_FREQUENCY)
_ANY_ROUTE = any_of((pattern for pattern, _name in ROUTES), r"(?<![\w.])", r"(?![\w])")
# An infusion or a drip goes into a vein unless the text names another way: "subcutaneous
# infusion" (a syringe driver) is under the skin
_INFUSED = re.compile(r"(?<![\w.])(?:infusion|infused|(?:a |an )?drip)(?![\w])")
_IV = next(name for pattern, name in ROUTES if pattern.startswith("intravenous"))
_ROUTE_SAID_OUTRIGHT = re.compile(r"\b(?:vaginally|rectally|orally|sublingually|buccally|"
                                  r"intravenously|intramuscularly|subcutaneously|topically|"
                                  r"per rectum|per vagina)\b")

SIDES = {
    "left": "left", "izquierdo": "left", "izquierda": "left", "lt": "left",
    "right": "right", "derecho": "right", "derecha": "right", "rt": "right",
    "bilateral": "both sides", "both": "both sides", "ambos": "both sides",
    "bilaterally": "both sides", "ambas": "both sides",
}
_SIDE_RE = re.compile(r"(?<![\w.])(" + "|".join(SIDES) + r")(?![\w])")
# Sides as letters and short forms write them: "L knee replacement", "R eye", "(izq.)",
# "dcha.", "b/l" (not the litre of "2 l daily")
_SIDE_SHORT = {"l": "left", "izq": "left", "izqda": "left", "izqdo": "left", "izda": "left",
               "izdo": "left", "r": "right", "dcha": "right", "dcho": "right", "dch": "right",
               "b/l": "both sides", "bilat": "both sides"}
_SIDE_SHORT_RE = re.compile(
    r"(?<![\w./-])(?<!\d )(?<!\d\.)(?<!dr )(?<!mr )(?<!ms )(?<!mrs )(?<!prof )"
    r"(l|r)\.?(?=\s+[a-z]{3,}|\s*(?:[,;)]|$))"
    r"|(?<![\w./])(izqda|izqdo|izq|izda|izdo|dcha|dcho|dch|b/l|bilat)\.?(?![\w/])")
_FREQ_RES = [(re.compile(rf"(?<![\w.])(?:{p})(?![\w])"), per_day, name)
             for p, per_day, name in FREQUENCIES]
# Any of them, looked for once: most texts name no rhythm, and each was tried on every text
_ANY_FREQUENCY = any_of((p for p, _per_day, _name in FREQUENCIES), r"(?<![\w.])", r"(?![\w])")
# Times of the day named one after another, each a dose: "one in the morning and one at
# night", "1 with breakfast, 1 with tea", "one in the morning, one at lunchtime and one at
# night" (the rhythm had read as the last time's alone, once a day, so that against "twice
# daily" a difference said "Dr Lee wrote once a day"). With another count at each ("one in
# the morning and two at night") the rhythm is read the same, and the counts stay words of
# the text, apart from the other's.
_SLOT_WORDS = {"morning": "morning", "mornings": "morning", "breakfast": "morning",
               "midday": "midday", "lunch": "midday", "lunchtime": "midday",
               "lunch time": "midday", "afternoon": "midday", "evening": "evening",
               "evenings": "evening", "tea": "evening", "teatime": "evening",
               "tea time": "evening", "evening meal": "evening", "dinner": "evening",
               "supper": "evening", "night": "night", "nights": "night", "bed": "night",
               "bedtime": "night", "bed time": "night", "night time": "night"}
_SLOT = (r"(?:(?:in|at|before|with|after)\s+)?(?:(?:the|your)\s+)?(?P<slot{n}>"
         + "|".join(sorted(_SLOT_WORDS, key=len, reverse=True)) + r")\b")
_SLOT_COUNT = r"(?:(?P<count{n}>one|two|1|2|a|an)(?:\s+(?:tablets?|capsules?|puffs?|drops?))?\s+)"
_SLOTS_IN_TURN = Hinted(
    r"(?<![\w.])" + _SLOT_COUNT.format(n=0) + "?" + _SLOT.format(n=0)
    + r"(?:\s*(?:,|;|\band\b|&|\bthen\b)\s*(?:and\s+)?" + _SLOT_COUNT.format(n=1) + "?"
    + _SLOT.format(n=1) + r")"
    + r"(?:\s*(?:,|;|\band\b|&|\bthen\b)\s*(?:and\s+)?" + _SLOT_COUNT.format(n=2) + "?"
    + _SLOT.format(n=2) + r")?"
    + r"(?:\s*(?:,|;|\band\b|&|\bthen\b)\s*(?:and\s+)?" + _SLOT_COUNT.format(n=3) + "?"
    + _SLOT.format(n=3) + r")?",
    "morning", "breakfast", "midday", "lunch", "afternoon", "evening", "tea", "dinner",
    "supper", "night", "bed")
_SAME_COUNT = {"one": "1", "a": "1", "an": "1", "1": "1", "two": "2", "2": "2"}


def _times_in_turn(folded: str) -> tuple[int, re.Match[str] | None, bool]:
    """How many times a day the times of the day named in turn say (``_SLOTS_IN_TURN``), or
    0; the words that say it; and whether each time has the same count."""
    found = _SLOTS_IN_TURN.search(folded)
    if not found:
        return 0, None, True
    slots = [_SLOT_WORDS[" ".join(found[f"slot{n}"].split())] for n in range(4)
             if found[f"slot{n}"]]
    if len(set(slots)) != len(slots):
        return 0, None, True
    counts = {_SAME_COUNT[found[f"count{n}"]] for n in range(4) if found[f"count{n}"]}
    return len(slots), found, len(counts) <= 1


# A day's total with no word for how it is split ("4 g/day"); once a day said beside it
WHOLE_DAY = "for the whole day"
_ONCE_A_DAY = next(pattern for pattern, _per_day, name in _FREQ_RES if name == "once a day")


@dataclass(frozen=True, eq=False, repr=False)
class Dose(FrozenFieldMethods):
    amount: float
    unit: str
    """The unit as a short name ("mg", "mcg", "units", "ml")."""
    dimension: str
    base: float
    """The amount in the dimension's base unit (mg, units, mL)."""
    written: str = ""
    """The amount as written ("1.000", "0,5")."""
    other: float | None = None
    """Another amount the writing can mean, when nothing says which ("1.000" written by
    someone whose way of grouping thousands is not known: 1,000 or 1); in the same unit."""
    parts: tuple[float, ...] = ()
    """A strength of two medicines in one product, each in the base unit ("co-codamol 30/500
    mg": 30 and 500): ``amount`` is their total, as "co-amoxiclav 625 mg" names 500/125."""
    low: float = 0.0
    """For a dose given as a range ("50-100 mg", "1 to 2 puffs"), its lowest amount in
    ``unit``: ``amount`` is the most."""

    @property
    def bases(self) -> tuple[float, ...]:
        """Every amount the writing can mean, in the dimension's base unit."""
        if self.other is None:
            return (self.base,)
        return (self.base, self.base * self.other / self.amount if self.amount else 0.0)

    @property
    def low_base(self) -> float:
        """The range's lowest amount in the base unit (``base`` where it is no range)."""
        return self.base * self.low / self.amount if self.low and self.amount else self.base

    @property
    def words(self) -> str:
        """"500 mg (milligrams)", or what an unclear amount can mean ("1.000 mg (can mean
        1,000 mg or 1 mg)"), in the language in force."""
        if self.low:  # "50 to 100 mg (milligrams)", "1 to 2 puffs"
            most = replace(self, low=0.0).words
            return fill(_("{low} to {most}"), low=_number(self.low), most=most)
        if self.parts:  # "30/500 mg (milligrams)", "2 × 30/500 mg (milligrams)", as written
            return f"{self.written} {_(UNIT_WORDS[self.unit])}"
        if self.other is not None:
            short = _(_SHORT_WORDS[self.unit]) if self.unit in _SHORT_WORDS else self.unit
            return fill(_("{written} (can mean {one} or {other})"),
                        written=f"{self.written} {short}", one=f"{_number(self.amount)} {short}",
                        other=f"{_number(self.other)} {short}")
        if self.unit in FORMS:  # "½ tablet", "1½ tablets": a part of one as a family says it
            return fill(_form_words(self.unit, 1 if self.amount <= 1 else 2),
                        n=_count_of_forms(self.amount))
        if self.unit == "ratio":  # "1:10,000 (0.01%)"
            return f"1:{_number(float(self.written[2:]))} ({_number(self.amount)}%)"
        if self.unit == "%":
            return f"{_number(self.amount)}%"
        if self.unit == "auc":  # as it is written: "AUC 5"
            return f"AUC {_number(self.amount)}"
        if not self.unit:  # a dose written without one ("furosemide 40")
            return _number(self.amount)
        unit = _(UNIT_WORDS[self.unit]) if self.unit in UNIT_WORDS else self.unit
        return f"{_number(self.amount)} {unit}"


@dataclass(eq=False, repr=False)
class Facts(FieldMethods):
    """What a treatment text says about dose, rhythm, route and side."""

    doses: list[Dose] = field(default_factory=list)
    per_day: float | None = None
    per_day_range: tuple[float, float] | None = None
    """Doses a day, fewest and most, for a rhythm given as a range ("every 4-6 hours": 4 to
    6); ``per_day`` is None then."""
    frequency: str = ""
    as_needed: bool = False
    regular: bool = False
    """Whether the text says to take it regularly without saying how often ("regularly", "all
    the time", "de forma pautada"): against "when needed", another way of taking it."""
    rhythm_most: bool = False
    """Whether the rhythm is said as a most ("up to 4 times a day"), which makes the doses
    as needed (``as_needed``)."""
    route: str = ""
    sides: frozenset[str] = frozenset()
    time_of_day: str = ""
    """"morning", "afternoon", "night" (evening and bedtime too) or "day" (working hours) when
    the text says when in the day."""
    clock: str = ""
    """The time on the clock that says ``time_of_day``, as written ("at 2 pm"), if one does."""
    food: str = ""
    """"empty" (on an empty stomach, before food) or "food" (with or after food) when the
    text says which."""
    weekdays: frozenset[int] = frozenset()
    """The days of the week the text names for its doses or sessions (0 Monday), if any."""
    limits: list[Dose] = field(default_factory=list)
    """The most to take, where the text says one ("max 4 g a day", "no more than 8 tablets in
    24 hours"): not a dose, set only against the other's most."""
    limit_per_day: bool = False
    """Whether that most is a day's ("max 4 g a day"), to set against a dose times its
    rhythm."""
    limit_per_week: bool = False
    """Whether it is a week's ("no more than 14 units of alcohol a week")."""
    limit_of_sodium: bool = False
    """Whether that most is of sodium, not of salt ("limit sodium to 2 g a day")."""
    low_dose: float = 0.0
    """The most a low dose can be, in mg, where the text asks for a low dose of a medicine
    whose low dose is known ("low dose aspirin": LOW_DOSE_ASPIRIN_MOST)."""
    trigger: str = ""
    """When to give it, where that holds a number ("if seizure lasts over 5 minutes")."""
    preparation: str = ""
    """What the medicine is made up as, when the text names one (PREPARATIONS): "cream",
    "ointment", "drops"..."""
    per_dose: bool = False
    """Whether the text says its amount is for each dose ("10 mg/kg per dose")."""
    day_total: bool = False
    """Whether it says its amount is the day's in all ("40 mg/kg/day")."""
    day_doses: list[Dose] = field(default_factory=list)
    """The day's totals as written, where the text gives them with so many doses a day ("40
    mg/kg/day three times a day"): ``doses`` holds each dose's share, to set against other
    doses; a difference quotes these."""
    weight_kg: float | None = None
    """The patient's weight, where the text gives one beside a dose by weight ("child 20 kg")."""
    at_times: bool = False
    """Whether each dose is taken once a day at a time of its own ("10 mg in the morning and
    5 mg at night"): ``per_day`` counts the times, and the day's total is the doses added."""
    stepped: bool = False
    """Whether the text gives its doses one after another ("50 mg, increase to 100 mg after 2
    weeks", "500 mg on day 1, then 250 mg daily"): a course in steps, whose doses are never
    added up, nor taken together."""
    step: str = ""
    """How the dose is lowered or raised step by step, where the text gives the step's size
    ("reduce by 5 mg weekly": "down|5|mass|once a week|5|mg", the amount in the base unit, then
    as written; ``_TAPER_STEP``): the step is no dose, and its rhythm no rhythm of the dose."""
    step_unsized: bool = False
    """A taper or a titration said with no step's size ("then taper", "wean off")."""
    per_hour: bool = False
    """A dose given as a rate by the hour ("heparin 1000 units/hr", "2 mg an hour", "por
    hora"): against a dose once or twice a day, another rhythm, never one said more exactly."""
    session: float = 0.0
    """How long each time, in minutes, where a text with no dose gives one time ("walk 30
    minutes a day": 30, "CPAP at least 4 hours a night": 240, "media hora": 30)."""
    at_once: str = ""
    """How a medicine's dose is given into a vein when not over a time: "push" at once ("IV
    push", "bolus"), "slowly" over a few minutes ("slow IV injection"). Against a time it is
    given over, another way of giving it, never one said more exactly."""
    session_week: bool = False
    """Whether that time is the week's in all ("150 minutes of exercise a week"): its "a week"
    is no rhythm of once a week, and how it is split is not said."""
    unread_dose: bool = False
    """Whether the text names a unit of dose with no amount read before it ("a few mg",
    "cien microgramos" before it was read): a dose it says, which no fact stands for."""
    rhythms_in_turn: tuple[str, ...] = ()
    """The rhythms of a course whose rhythm changes ("bd for 8 weeks, then od": ("twice a
    day", "once a day")), in their order; ``frequency`` and ``per_day`` are the first's."""
    cycles_counted: int = 0
    """How many cycles the course is, where the text says it once ("for 6 cycles", "x 6
    cycles"; ``cycles.cycles_counted``)."""
    cycle: tuple[int, int] | None = None
    """Days on and the days of each cycle, where the text gives its treatment in cycles ("bd
    days 1-14 of a 21 day cycle": (14, 21); ``cycles.cycle_taken``): its rhythm is the day's."""
    element: Dose | None = None
    """The mineral a salt's dose holds, where the text gives it in brackets ("ferrous fumarate
    210 mg (65 mg iron)"): no dose of its own, but what the dose is as the mineral alone."""
    alternating: bool = False
    """Whether the text gives two amounts taken on days in turn ("5 mg and 2.5 mg on alternate
    days", "200 mg alternating with 400 mg daily", "5mg/2.5mg alternate days"): one dose a
    day, each amount in its turn, never the two added up nor each every other day."""


# When in the day, where a text says it: "at night" and "in the morning" are both once a day,
# but not the same instruction.
_TIMES_OF_DAY = (
    # (a bare "morning" where a time follows it, "bd, morning and midday": not "morning
    # stiffness")
    ("morning", re.compile(r"\b(?:in the morning|every morning|each morning|mornings|qam|mane|"
                           r"morning(?= (?:and|&) (?:at )?(?:midday|noon|lunch|lunchtime|night|"
                           r"evening|bedtime|teatime)\b)|"
                           r"on waking|when you wake|at breakfast(?: time)?|breakfast time|"
                           r"(?<!\bi )am|a\.m\.|al levantarse|"
                           r"(?:with|before|after) (?:your )?breakfast|por la manana|"
                           r"en la manana|cada manana|de manana|"
                           r"(?:con el|antes del|despues del) desayuno|al desayunar)\b")),
    # (lunch against breakfast or the evening meal: it had read as one saying more)
    ("midday", re.compile(r"\b(?:(?:with|before|after) (?:your )?lunch|at lunch(?: ?time)?|"
                          r"lunchtime|at midday|midday|at noon|al mediodia|a mediodia|"
                          r"(?:con el|antes del|despues del) almuerzo)\b")),
    ("night", re.compile(r"\b(?:at night|nightly|every night|each night|at bedtime|before bed|"
                         r"pm|p\.m\.|"
                         r"nocte|bedtime|qhs|hs|in the evening|every evening|evenings|"
                         r"(?:with|before|after) (?:the |your |an? )?"
                         r"(?:evening meal|dinner|supper)|"
                         r"por la noche|en la noche|cada noche|de noche|"
                         r"antes de dormir|al acostarse|antes de acostarse|"
                         r"(?:con|antes de|despues de) la cena|al cenar)\b")),
    # (afternoons against evenings, the working day against the night: "reduced hours,
    # afternoons only" is no "evenings only", "wear the splint at work" no "at night")
    ("afternoon", re.compile(r"\b(?:in the afternoons?|afternoons?(?: only)?|every afternoon|"
                             r"at teatime|teatime|at tea time|"
                             r"each afternoon|por la tarde|por las tardes)\b")),
    ("day", re.compile(r"\b(?:at work|during (?:the )?(?:day|daytime|working day|work)|"
                       r"daytime|in the daytime|while (?:at )?work(?:ing)?|at school|"
                       r"en el trabajo|durante el dia)\b")),
)


_ANY_TIME_OF_DAY = any_of(pattern.pattern for _name, pattern in _TIMES_OF_DAY)


# A change of dose, route or time of day says what it was and what it becomes: "change
# bisoprolol from 2.5 mg to 5 mg", "pasar de 5 a 10 mg", "40 mg down to 20 mg", "5 mg (was
# 2.5)", "as an injection instead of tablets". What it becomes is the instruction: the old
# amount is taken out before the facts are read, so that "from 2.5 mg to 5 mg" and "from 5 mg
# to 2.5 mg" are two doses, not one pair of amounts in two orders, and "increase from 5 mg to
# 10 mg" is "increase to 10 mg". "From ... to" only in a text that says a change ("from 1 to 2
# tablets" alone may be a range).
_CHANGE_SAID = re.compile(
    r"\b(?:chang(?:e|es|ed|ing)|switch(?:es|ed|ing)?|mov(?:e|es|ed|ing)|convert(?:s|ed|ing)?|"
    r"increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|up|reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
    r"lower(?:ed|ing)?|drop(?:s|ped|ping)?|cut|come|coming|go|going|doubl(?:e|es|ed|ing)|"
    r"halv(?:e|es|ed|ing)|titrat(?:e|es|ed|ing)|wean|taper|"
    r"subir|sube|bajar|baja|pasar|pasa|cambiar|cambia|aumentar|aumenta|reducir|reduce|"
    r"disminuir|disminuye|doblar|duplicar)\b")
_FROM_TO = re.compile(
    r"\b(?:from|de|desde)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?P<was>[^,;()]{1,30}?)\s+"
    r"(?:to|into|onto|a|al|hasta)\b")
_WAS_SAID = Hinted(
    r"\b(?:was|previously|formerly|currently(?:\s+on)?|instead\s+of|rather\s+than|"
    r"en\s+vez\s+de|en\s+lugar\s+de)\s+(?:the\s+|los\s+|las\s+|el\s+|la\s+)?"
    r"(?P<was>(?:" + NUMBER + r")\s*[a-zµμ]*|[a-z]+(?:\s+[a-z]+)?)",
    "was", "previously", "formerly", "currently", "instead", "rather", "vez", "lugar")
_DOWN_TO = re.compile(
    r"(?<![\w.,])(?P<was>(?:" + NUMBER + r")\s*[a-zµμ]*)\s*(?:->|→|=>|down to|up to)\s*(?=\d)"
    # not "1 g up to 4 times a day": a most of a rhythm, not a dose raised to another
    r"(?!\d+\s*(?:x|times|veces)\b)")
_WHEN_WORDS = frozenset({"morning", "mornings", "the morning", "night", "nights", "evening",
                         "evenings", "bedtime", "breakfast", "manana", "noche", "la manana",
                         "la noche"})


def _was(words: str) -> bool:
    """Whether ``words`` name what a change leaves: an amount, a route or a form, a time of
    day ("from the morning to bedtime")."""
    words = words.strip()
    return (bool(re.fullmatch(r"(?:" + NUMBER + r")\s*[a-zµμ]*", words))
            or words in _WHEN_WORDS
            or any(pattern.fullmatch(words) for pattern, _name in _ROUTE_RES))


# "Up to" so much in a day, where nothing else says a change: a day's most ("paracetamol 1 g,
# up to 4 g daily" = "max 4 g a day"), not the 1 g raised to 4 g ("up" is a word of change)
_UP_TO_A_DAY = Hinted(r"\b(?:up to|hasta)\s*(?=(?:" + NUMBER + r")\s*[a-zµμ]*\s*(?:a|per|each|"
                      r"in(?:\s+a)?|al|por|en|/)?\s*(?:day|daily|dia|"
                      r"24\s*(?:h|hrs?|hours|horas))\b)", "up to", "hasta")


def as_it_becomes(folded: str) -> str:
    """The text with what a change leaves behind taken out (above); ``folded`` lower case."""
    if _WAS_SAID.search(folded):
        folded = _WAS_SAID.sub(lambda m: " " if _was(m.group("was")) else m.group(), folded)
    if _UP_TO_A_DAY.search(folded):
        as_most = _UP_TO_A_DAY.sub(" max ", folded)
        if not _CHANGE_SAID.search(as_most):
            return as_most
    if not _CHANGE_SAID.search(folded):
        return folded
    folded = _FROM_TO.sub(lambda m: " to " if _was(m.group("was")) else m.group(), folded)
    return _DOWN_TO.sub(" to ", folded)


# With food or without, where a text says it: "30 minutes before breakfast" and "with
# breakfast" are both in the morning, and not the same instruction (levothyroxine, alendronate).
_LEAD_TIME_BEFORE_FOOD = Hinted(
    # "30 min before breakfast", "half an hour before food", "30 minutos antes del desayuno",
    # "media hora antes del desayuno"
    r"\b(?:\d+|half an?|an?|media|una)\s*(?:min(?:ute)?s?|hours?|hrs?|h|minutos?|horas?)\s+"
    r"(?:before (?:food|meals?|breakfast|eating)|antes de(?:l| las| la)? (?:comidas?|desayuno|"
    r"comer))\b", "before", "antes de")
# What a prescription's "ac" and "pc" follow: its dose or its rhythm ("10 mg ac", "tds pc")
_PRESCRIBED = (r"\d", "mg", " g", "ml", "od", "bd", "bid", "tds", "tid", "qds", "qid", "daily",
               "weekly", "mane", "nocte", "tab", "tabs", "tablet", "tablets")
_EMPTY_STOMACH = Hinted(
    r"\b(?:on an empty stomach|empty stomach|"
    r"(?:(?:\d+|half an?|an?)\s*(?:min(?:ute)?s?|hours?|hrs?|h|minutos?|horas?)\s+)?"
    r"(?:before (?:food|meals?|breakfast|eating)|antes de(?:l| las| la)? (?:comidas?|desayuno|"
    r"comer))|"
    # (not a fasting test's name: "fasting blood glucose" is "FBG", no advice on food)
    r"fasting(?!\s+(?:blood|plasma|serum|glucose|sugar|lipids?|cholesterol|insulin|"
    r"triglycerides|test))|(?<!glucosa )(?<!glucemia )en ayunas|"
    r"antes de (?:las |la )?comidas?|antes del desayuno|antes de comer|"
    r"con el estomago vacio|between meals|entre (?:las )?comidas|entre horas|"
    # without food, and a prescription's "ac" (ante cibum: before food) after its dose or
    # rhythm (not "AC chemotherapy", nor the "AC joint")
    r"without (?:food|meals?|eating)|sin (?:comida|alimentos|comer))\b"
    r"|" + _after_an_amount("ac", _PRESCRIBED) + r"(?![\w.])|a\.c\.",
    "empty", "before", "antes", "fasting", "ayunas", "estomago", "between", "entre", "without",
    "sin", "ac", "a.c")
_WITH_FOOD = Hinted(
    r"\b(?:with or (?:just )?after (?:food|meals?)|"  # ("with or after food": either)
    r"with (?:(?:his|her|your|their|my|the|an?) )?(?:(?:evening|morning|main|midday|"
    r"largest|biggest|fatty|high[\s-]fat|full|light) )?(?:food|meals?|breakfast|lunch|dinner|"
    r"supper|milk|snack)|"
    r"after (?:food|meals?|eating|breakfast)|con (?:las |la )?comidas?|con (?:el )?desayuno|"
    r"con alimentos|con la cena|despues de (?:las |la )?comidas?|despues de comer|"
    r"despues del desayuno|con el almuerzo|despues del almuerzo|despues de la cena)\b"
    r"|" + _after_an_amount("pc", _PRESCRIBED) + r"(?![\w.])|p\.c\.",  # post cibum: after food
    "with", "after", "con", "despues", "pc", "p.c")


# With a glass of juice (iron with orange juice, against with milk or with food)
_WITH_JUICE = re.compile(r"\bwith (?:a (?:small )?glass of )?(?:orange |fruit )?juice\b|"
                         r"\bcon (?:un vaso de )?(?:zumo|jugo)(?: de (?:naranja|fruta))?\b")
# With a glass of water, how to swallow a tablet ("alendronic acid ... with a full glass of
# water", "con un vaso de agua"): one word for it however written (the two wordings had made two
# plans of one); kept, so that a note without it says less
_WITH_WATER = re.compile(r"\b(?:with|con) (?:a |an |un )?(?:full |large |big )?(?:glass|vaso) "
                         r"(?:lleno |grande )?(?:of|de) (?:plain )?(?:water|agua)\b")


# ... or with tea or coffee (which keep iron from being taken up: not the juice that helps)
_WITH_TEA = re.compile(r"\bwith (?:a (?:cup of )?)?(?:tea|coffee)\b|\bcon (?:un )?(?:te|cafe)\b")


# An empty stomach said not to be: "don't give Nurofen on an empty stomach", "never on an
# empty stomach", "no en ayunas" (with food; it had read as on an empty stomach)
_NOT_EMPTY = Hinted(r"\b(?:not|never|dont|do not|don't|no|nunca)\b(?P<between>[^,;.]{0,40}?\s)?"
                    r"(?:on an empty stomach|en ayunas)\b", "empty stomach", "en ayunas")


def not_empty_as_food(text: str) -> str:
    """``text`` with an empty stomach said not to be said as with food ("don't give Nurofen on
    an empty stomach": "give Nurofen with food"), its "not" gone with it: read as written, the
    "don't" had turned the medicine down ("one of them advises against")."""
    if not _NOT_EMPTY.may_match(folded := fold(text or "")):
        return text
    return _NOT_EMPTY.sub(lambda m: f"{(m['between'] or '').strip()} with food", folded)


def _food(folded: str) -> str:
    empty, food = bool(_EMPTY_STOMACH.search(folded)), bool(_WITH_FOOD.search(folded))
    if empty and _NOT_EMPTY.search(folded):
        empty, food = False, True
    if not (food or empty) and _WITH_JUICE.search(folded):
        return "juice"
    if not (food or empty) and ("te" in folded or "cafe" in folded or "coffee" in folded) and (
            _WITH_TEA.search(folded)):
        return "tea"
    return "empty" if empty and not food else "food" if food and not empty else ""


# A time on the clock says its part of the day by its hour: "at 2 pm" is the afternoon, not
# the night that "pm" alone says on a label ("1 tablet am, 2 pm": two at night), "at 2 am" the
# night, "at 14:00" the afternoon. Only with a word that says a time ("at", "around", "a las")
# or with minutes: "2 pm" alone may be two tablets at night. A bound ("after 2 pm", "until
# 10:00", "from 8 am") says when something starts or ends, no part of the day.
_CLOCK = Hinted(
    r"\b(?P<word>at|around|about|by|before|after|until|till|from|a las|a la|sobre las|"
    r"hacia las|despues de las|antes de las|hasta las|desde las)\s+"
    r"(?P<hour>\d{1,2})(?:[:.](?P<minutes>\d{2}))?\s*(?P<half>am|a\.m\.|pm|p\.m\.)?(?![\w:])"
    r"|(?<![\w.:])(?P<hour2>\d{1,2})[:.](?P<minutes2>\d{2})\s*(?P<half2>am|a\.m\.|pm|p\.m\.)"
    r"(?![\w])",
    "at", "around", "about", "by", "before", "after", "until", "till", "from", "a las",
    "a la", "sobre", "hacia", "despues", "antes", "hasta", "desde", "am", "pm", "a.m.", "p.m.")
_BOUNDS = frozenset({"by", "before", "after", "until", "till", "from", "despues de las",
                     "antes de las", "hasta las", "desde las"})


def _clock_hour(match: re.Match[str]) -> tuple[int, str] | None:
    """The hour (0-23) and minutes a clock match says, or None where it says no time ("at 2
    weeks", "at 2.50 mg", "at 14 pm")."""
    hour = match.group("hour") or match.group("hour2")
    minutes = match.group("minutes") or match.group("minutes2")
    half = match.group("half") or match.group("half2")
    value = int(hour)
    if half:  # "am", "p.m."
        if not 1 <= value <= 12:
            return None
        return value % 12 + (12 if half[0] == "p" else 0), minutes or "00"
    if minutes is None or ":" not in match.group(0) or value > 23:
        return None
    return value, minutes


def _part_of_day(hour: int) -> str:
    return ("morning" if 5 <= hour < 12 else "afternoon" if 12 <= hour < 17
            else "night")


def _clock_parts(folded: str) -> tuple[set[str], str, str]:
    """The parts of the day the clock times of a text fall in, the text without its clock
    times (bounds too), and the last time that says a part, as written."""
    parts: set[str] = set()
    written = ""

    def part(match: re.Match[str]) -> str:
        nonlocal written
        said = _clock_hour(match)
        if said is None:
            return match.group(0)
        if match.group("word") not in _BOUNDS:
            parts.add(_part_of_day(said[0]))
            written = " ".join(match.group(0).split())
        return " "

    rest = _CLOCK.sub(part, folded) if _CLOCK.may_match(folded) else folded
    return parts, rest, written


_PART_WORDS = {"morning": "in the morning", "afternoon": "in the afternoon",
               "night": "at night"}


def _clock_as_words(folded: str) -> str:
    """Each time on the clock as its part of the day and the time in one word ("at 2 pm" and
    "at 14:00": "in the afternoon at 1400h"; "after 2 pm": "after 1400h"), so that it reads as
    the same words as another way of writing it and as more than "in the afternoon", never as
    "in the evening"."""
    def said(match: re.Match[str]) -> str:
        time = _clock_hour(match)
        if time is None:
            return match.group(0)
        hour, minutes = time
        word = match.group("word")
        if word in _BOUNDS:
            return f" {word} {hour:02d}{minutes}h "
        return f" {_PART_WORDS[_part_of_day(hour)]} at {hour:02d}{minutes}h "

    return _CLOCK.sub(said, folded) if _CLOCK.may_match(folded) else folded


def _time_of_day(folded: str) -> tuple[str, str]:
    """When in the day (``Facts.time_of_day``) and the clock time that says it, if any."""
    if meals := _MEALS_NAMED.search(folded):
        # two or three meals, two or three times: each one's part of the day ("with lunch and
        # dinner" is "midday+night", no "with breakfast and dinner")
        named = {_MEAL_TIMES[meal] for meal in re.findall(_MEAL, meals.group())}
        return "+".join(t for t in ("morning", "midday", "night") if t in named), ""
    said, rest, clock = _clock_parts(folded)
    words = {name for name, pattern in _TIMES_OF_DAY if pattern.search(rest)} if (
        _ANY_TIME_OF_DAY.search(rest)) else set()
    if len(said | words) != 1:
        return "", ""  # both: "morning and night" is twice a day
    return (said | words).pop(), clock if said and not words else ""


def _count(text: str) -> int:
    return int(text) if text.isdigit() else _COUNTS[text]


def _number(value: float) -> str:
    """1000 → "1,000", 2.5 → "2.5", as the language and place in force write numbers ("1.000"
    and "2,5" in Spain: a reader there takes "1,000 mg" for 1 mg)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return i18n.number(value, len(text.partition(".")[2]))


@lru_cache(maxsize=4096)
def written_amounts(text: str) -> tuple[str, ...]:
    """The amounts of the doses in ``text`` as written ("1.000", "0,5"): what shows how the
    writer groups thousands (amounts.grouping_marks)."""
    return tuple(amount for amount, _unit in _DOSE_RE.findall(fold_letters(text or "")))


# So many tablets of a strength: "two 500 mg tablets" is 1 g, "half a 5 mg tablet" 2.5 mg,
# (they had read as the strength alone: "Dr Lee wrote 500 mg, Dr Kim 1 g (one is 2 times the
# other)" against "paracetamol 1 g"). A count of 1 to 4 before the strength and a form after
# it: "2 500mg tablets" is no 2,500 mg grouped by a space. Not "2 x 500 mg", which keeps its
# two readings (_TIMES_DOSE).
_COUNT_OF_A_STRENGTH = Hinted(
    r"(?<![\w.,])(?P<count>one|two|three|four|un|una|dos|tres|cuatro|half an?|half|a half|"
    r"medio|media|[1-4]|[123]\.5|0\.5|0\.25|0\.75)\s+(?:of\s+an?\s+|de\s+una?\s+)?"
    r"(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>mg|mcg|micrograms?|milligrams?|g|grams?|"
    r"miligramos?|microgramos?|gramos?)\s+(?P<form>tablets?|tabs?|capsules?|caps?|pills?|"
    r"comprimidos?|pastillas?|capsulas?)\b"
    # ... or the form first: "2 tablets of 500 mg", "dos comprimidos de 500 mg", "medio
    # comprimido de bisoprolol 5 mg"
    r"|(?<![\w.,])(?P<count2>[1-4]|[123]\.5|0\.5)\s+(?P<form2>tablets?|tabs?|capsules?|caps?|"
    r"pills?|comprimidos?|pastillas?|capsulas?)\s+(?:of|de)\s+(?:(?P<name>[a-z]{4,})\s+)?"
    r"(?P<amount2>\d+(?:\.\d+)?)\s*"
    r"(?P<unit2>mg|mcg|micrograms?|milligrams?|g|grams?|miligramos?|microgramos?|gramos?)\b",
    "tab", "cap", "pill", "comprimido", "pastilla", "capsula")
_COUNT_WORDS = {"one": 1.0, "un": 1.0, "una": 1.0, "two": 2.0, "dos": 2.0, "three": 3.0,
                "tres": 3.0, "four": 4.0, "cuatro": 4.0, "medio": 0.5, "media": 0.5}


def _count_times_strength(match: re.Match[str]) -> str:
    said, amount, unit, form = ((match["count"], match["amount"], match["unit"], match["form"])
                                if match["count"] else (match["count2"], match["amount2"],
                                                        match["unit2"], match["form2"]))
    count = 0.5 if said.startswith(("half", "a half")) else _COUNT_WORDS.get(said) or float(said)
    if count == 1:  # one tablet of it is its strength: read as before, "1 tablet" and all
        return match.group()
    name = f"{match['name']} " if match["name"] else ""  # "medio comprimido de bisoprolol 5 mg"
    return f"{name}{round(count * float(amount), 6):g} {unit} {form}"


# So many of a medicine, counted before its name: "two paracetamol 500 mg" is two tablets of
# 500 mg, 1 g ("Dr Lee wrote 500 mg, Dr Kim 1 g (one is 2 times the other)" against "paracetamol
# 1 g" had read the strength alone), "2 tablets co-codamol 30/500" as "co-codamol 30/500 2
# tablets" says it. Only at the start of what is said (or after "take") and before a
# strength, a count of two to four.
_COUNT_BEFORE_A_NAME = re.compile(
    r"^\s*(?:(?:take|taking|give|tomar|tome)\s+)?(?P<count>two|three|four|dos|tres|cuatro|[2-4])"
    r"\s*(?P<times>x\s*)?(?:(?P<form>tablets?|tabs?|capsules?|caps?|pills?|comprimidos?|pastillas?|"
    r"capsulas?)\s+(?:of\s+|de\s+)?)?(?P<name>[a-z][a-z-]{3,}(?:\s+[a-z][a-z-]{3,})?)\s+"
    r"(?:de\s+)?(?:(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>mg|mcg|micrograms?|milligrams?|g|grams?|"
    r"miligramos?|microgramos?|gramos?)\b|(?P<product>\d+(?:\.\d+)?\s*/\s*\d+(?:\.\d+)?)"
    r"(?![\d.]|\s*/))")
# (what a count names when it is not a medicine: "2 weeks 500 mg", "two doses 500 mg")
_NOT_A_MEDICINE = frozenset({"hours", "days", "weeks", "months", "years", "minutes", "horas",
                             "dias", "semanas", "meses", "anos", "minutos", "doses", "dosis",
                             "times", "veces", "units", "unidades", "puffs", "drops", "gotas",
                             "sachets", "sobres", "injections", "inyecciones", "patches",
                             "parches"})


def _count_before_a_name(match: re.Match[str]) -> str:
    name = match["name"]
    if _NOT_A_MEDICINE & set(name.split()):
        return match.group()
    count = _COUNT_WORDS.get(match["count"]) or float(match["count"])
    if match["product"]:
        # the count of the product's tablets, as after it: "30/500 2 tablets" (a count alone,
        # "two co-codamol 30/500", stays as it is: what it counts is not said)
        if not match["form"]:
            return match.group()
        return f"{name} {match['product']} {count:g} {match['form']} "
    if match["times"] and not match["form"]:  # "2 x paracetamol 500 mg" as "2 x 500 mg" is
        return f"{name} {count:g} x {match['amount']} {match['unit']} "  # read: two ways
    amount = round(count * float(match["amount"]), 6)
    return f"{name} {amount:g} {match['unit']}{' ' + match['form'] if match['form'] else ''} "


# A product of two medicines' strength written without its unit, as it is named ("co-codamol
# 30/500", "co-amoxiclav 500/125", "Sinemet 25/100"): always milligrams, the unit its other
# writing gives ("30/500 mg"); against which a bare "30/500" had been left as words.
_PRODUCTS_OF_TWO = ("codamol", "dydramol", "amoxiclav", "careldopa", "beneldopa", "trimoxazole",
                    "sinemet", "madopar", "tramacet", "solpadol", "kapake", "zapain", "augmentin")
_PRODUCT_STRENGTH_NO_UNIT = Hinted(
    r"\b((?:co[\s-]?)?(?:" + "|".join(_PRODUCTS_OF_TWO) + r"))\s+"
    r"(\d+(?:\.\d+)?\s*/\s*\d+(?:\.\d+)?)(?![\d.]|\s*(?:mg|mcg|g\b|micrograms?|milligrams?|ml|/))",
    *_PRODUCTS_OF_TWO)


# A liquid's strength written short, as UK prescriptions write a suspension's: "Amoxil 250/5
# susp 5 mL" is 250 mg in 5 mL (the spoon's 5 mL), as "amoxicillin 250mg/5ml 5ml" says it
# (against which it had read as 5 mL, "Dr Lee wrote 250 mg, Dr Kim 5 mL"). Only where the
# text names a liquid or a dose in millilitres: a product's two strengths are no "/5".
_PER_5_ML_NO_UNIT = Hinted(
    r"(?<![\w.,/])(\d+(?:\.\d+)?)\s*/\s*5(?![\w.,/]|\s*(?:mg|mcg|g|ml)\b)", "/")
_LIQUID_SAID = Hinted(r"\b(?:susp|suspension|syrup|liquid|solution|elixir|jarabe|solucion)\b|"
                      r"\d\s*(?:ml|millilit(?:re|er)s?|mililitros?)\b",
                      "susp", "syrup", "liquid", "solution", "elixir", "jarabe", "solucion", "ml",
                      "millilit", "mililitro")


@lru_cache(maxsize=4096)
def _as_dosed(text: str) -> str:
    """``text`` with its counts as numbers and what a change leaves behind taken out, as the
    readers of doses read it (the same text comes to ``read`` and ``without_facts``)."""
    said = as_it_becomes(_counts_as_numbers(text))
    if "1" in said and ("day" in said or "d1" in said or "dia" in said):
        # "on days 1-3" (with no cycle after it, cycles.cycle_taken): for 3 days
        said = _DAYS_ONE_TO.sub(r" for \1 days ", said)
    return said


_DAYS_ONE_TO = re.compile(r"\b(?:on\s+|los\s+)?(?:days?|d|dias?)\s*1\s*(?:-|to|–|a(?=\s))\s*"
                          r"([2-9]|[1-9]\d)\b(?!\s*(?:of|every|each|q|de|cada)\b)")


# So many of a measuring spoon of so many mL, as a children's medicine is given: "half a 5 ml
# spoon", "one 5ml spoonful", "two 5 mL spoonfuls" ("half a 5 ml spoon" had read as the
# strength's 5 mL, quoted as twice the other doctor's dose)
_MEASURED_SPOONS = re.compile(
    r"\b(half\s+(?:of\s+)?an?|an?|one|two|three|four|\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s*ml\s+"
    r"(?:medicine\s+|measuring\s+|oral\s+)?spoon(?:ful)?s?\b")
_SPOONS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0}


def _spoons_as_ml(match: re.Match[str]) -> str:
    said = match.group(1)
    count = 0.5 if said.startswith("half") else _SPOONS.get(said) or float(said)
    return f"{count * float(match.group(2)):g} ml"


def _counts_as_numbers(text: str) -> str:
    """The text folded, with half and quarter tablets and counts in words as numbers, a
    product's strength with its unit, and a dose by weight or a day's total written one way
    (_per_weight_and_day)."""
    if "½" in text:  # "1½ tablets" is one and a half
        text = re.sub(r"(\d)\s*½", r"\1.5", text)
    for vulgar, decimal in _VULGAR.items():  # before folding makes "½" "1⁄2"
        text = text.replace(vulgar, f" {decimal} ")
    folded = fold_letters(text)
    for pattern, write in _FRACTIONS:
        folded = pattern.sub(write, folded)
    if "spoon" in folded:  # "half a 5 ml spoon" is 2.5 ml
        folded = _MEASURED_SPOONS.sub(_spoons_as_ml, folded)
    if not _AMOUNT_FIRST_WORDS.isdisjoint(folded.replace("-", " ").split()):
        folded = _AMOUNT_IN_WORDS.sub(_amount_in_words, folded)
    folded = _HALF_A_UNIT.sub("0.5 ", folded)
    if folded[:1] in "tgd234 " and (counted := _COUNT_BEFORE_A_NAME.match(folded)):
        folded = _count_before_a_name(counted) + folded[counted.end():]
    if _COUNT_OF_A_STRENGTH.may_match(folded):
        folded = _COUNT_OF_A_STRENGTH.sub(_count_times_strength, folded)
    if "jr" in folded or "junior" in folded:
        folded = _JUNIOR_PEN.sub(_junior_pen, folded)
    folded = _ranges_one_way(folded)
    if "/" in folded:
        folded = _PRODUCT_STRENGTH_NO_UNIT.sub(r"\1 \2 mg", folded)
        if _LIQUID_SAID.search(folded):
            folded = _PER_5_ML_NO_UNIT.sub(r"\1 mg/5 ml", folded)
    return _per_weight_and_day(_short_forms_first(folded))


# A range one way: "between 24 and 28 weeks" = "24 to 28 weeks" = "entre 24 y 28 semanas" =
# "24-28 weeks" (read as a bare "28 weeks" after "and", the first had become a course of 196
# days). "N to M" only before a length of time and not after "from" ("from 5 to 10 mg" is a
# change of dose, and doses keep their own ranges).
_RANGE_NUMBER = r"(\d+(?:[.,]\d+)?)"
RANGE_BETWEEN = Hinted(r"\b(?:between|entre)\s+" + _RANGE_NUMBER + r"\s+(?:and|y)\s+"
                        + _RANGE_NUMBER + r"(?![\d.,])", "between", "entre")
# (no look-behind before the number: one at every place of every text cost a third more)
_RANGE_TO = Hinted(_RANGE_NUMBER + r"(?: to | a )" + _RANGE_NUMBER + r"(?= ?(?:days?|weeks?|"
                   r"wks?|months?|mths?|years?|yrs?|dias?|semanas?|mes|meses|anos?)\b)",
                   " to ", " a ")


def _range_to(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in ".,") or text.endswith(
            ("from ", "de "), 0, start):
        return match.group()  # inside a longer number or word, or a change "from" one amount
    return f"{match.group(1)}-{match.group(2)}"


def _ranges_one_way(folded: str) -> str:
    folded = RANGE_BETWEEN.sub(r"\1-\2", folded)
    return _RANGE_TO.sub(_range_to, folded)


# A child's adrenaline pen by its name, which says its dose: "EpiPen Jr" is 0.15 mg (the
# adult pen 0.3 mg); where the note writes the dose too, the dose it writes
_JUNIOR_PEN = re.compile(r"\b(epi[\s-]?pen|jext|emerade)\s*(?:jr\b\.?|junior\b)")


def _junior_pen(match: re.Match[str]) -> str:
    dose_follows = match.string[match.end():].lstrip()[:1].isdigit()
    return f"{match.group(1)} " if dose_follows else f"{match.group(1)} 0.15 mg "


# "x2 daily", "x3 a day", "x 2 weekly": the count of a rhythm typed before its "x", read as
# "2x daily" ("500mg x2 daily" had read as once a day). Not "x2 days" nor "x1 week": lengths.
_X_FIRST = re.compile(r"(?<![\w.])x\s*(\d)\s*(?=(?:(?:a|per|each|every|al|por)\s+"
                      r"(?:day|week|month|dia|semana)|daily|weekly|monthly|diarias?)\b)")


# "200mg x2 three times a day", "500 mg x 2 tds": a count of tablets after the strength, where a
# rhythm follows it (so the "x2" is no rhythm of its own), written "2 x 200mg" and read as that
# is, two ways (two tablets of 200 mg, or 200 mg): "200mg x2 tds" against "400 mg tds" had read
# as one dose twice the other. Alone, "0.3 mg x2" is as often the number of pens or packs given
# ("adrenaline auto-injector 0.3 mg x2") and stays as it was; "2x200mg" typed tight is
# terms.TIGHT_TIMES.
_TIMES_AFTER = re.compile(
    r"(?<![\w.,])(" + NUMBER + r")\s*(" + "|".join(sorted(
        (re.escape(u) for u in UNITS), key=len, reverse=True)) + r")\s*[x×]\s*([2-6])"
    r"(?=\s*,?\s*(?:(?:once|twice|thrice|three times|four times|[1-6]\s*times|[1-6]\s*x|"
    r"every|each|at night|in the (?:morning|evening)|una vez|dos veces|tres veces|"
    r"cuatro veces|[1-6]\s*veces|cada|por la (?:noche|manana)|en la manana)\b|"
    r"(?:od|bd|bid|tds|tid|qds|qid|nocte|mane|daily|diari[oa]s?|q\d{1,2}h)\b))")


def _short_forms_first(folded: str) -> str:
    """A rhythm's count typed before its "x", a count of tablets' "x" typed tight, and an eye's
    Latin letters, as words."""
    if "x" in folded or "×" in folded:
        folded = TIGHT_TIMES.sub(r"\1 x ", _X_FIRST.sub(r" \1x ", folded))
        folded = _TIMES_AFTER.sub(r"\3 x \1 \2", folded)
    if "/" in folded:  # "30 mg/500 mg", a strength of two with its unit twice: "30/500 mg"
        folded = _UNIT_TWICE.sub(r"\1/\3 \2", folded)
    # "q12w", "q6mo", "q3d", "q7 days": every so many weeks, months or days, as infusion,
    # injection and taper plans write them (the common ones are in FREQUENCIES; "q12w" had read
    # as no rhythm at all, "reduce by 5 mg q7d" as a step with none)
    folded = _q_spans(folded)
    # "every day except the methotrexate day", "daily except Sundays": six days a week (it had
    # read as once a day)
    if "except" in folded or "but " in folded or "excepto" in folded or "menos" in folded:
        folded = _EVERY_DAY_BUT_ONE.sub(" 6 days a week ", folded)
    # in the eye, "OD", "OS", "OU" are the right, the left and both eyes ("1 drop OD at night"
    # against "OS" had read as once a day against nothing: the other eye as more detail)
    if (" od" in folded or " os" in folded or " ou" in folded) and _EYE_CONTEXT.search(folded):
        folded = _EYE_LETTERS.sub(lambda m: _EYE_SIDES[m.group()], folded)
    # "pre-breakfast", "post-lunch" after a dose, as an insulin chart writes the times of the
    # day ("12 units pre-breakfast, 8 units hs" had read as once a day; not a target's
    # "pre-meal glucose", no dose to take with food)
    if "pre" in folded or "post" in folded:
        folded = _PRE_OR_POST_MEAL.sub(
            lambda m: f"{m['dose']}{_PRE_OR_POST[m['when']]} {m['meal']}", folded)
    # with insulin, "MDI" is its multiple daily injections, not a metered-dose inhaler ("move
    # from MDI to CSII pump therapy" had said "how it is given: inhaled")
    if "mdi" in folded and _INSULIN_CONTEXT.search(folded):
        folded = _MDI.sub("injections", folded)  # (their rhythm left unsaid: "daily" is once)
    return folded


_PRE_OR_POST_MEAL = re.compile(
    r"(?P<dose>\d+(?:\.\d+)?\s*(?:units?|u|iu|mg|mcg|micrograms?|ml|tablets?|tabs?|capsules?|"
    r"caps?|puffs?)\s+)(?P<when>pre|post)[\s-]?(?P<meal>breakfast|lunch|dinner|supper|"
    r"evening meal|meals?|bed)\b")
_PRE_OR_POST = {"pre": "before", "post": "after"}
_MDI = re.compile(r"\bmdi\b")
_INSULIN_CONTEXT = re.compile(r"\b(?:insulins?|csii|pump|basal|bolus|insulina)\b")


_UNIT_TWICE = re.compile(r"(?<![\w./])(\d+(?:\.\d+)?)\s*(mg|mcg|g|micrograms?)\s*/\s*"
                         r"(\d+(?:\.\d+)?)\s*\2\b(?!\s*/)")


_EVERY_DAY_BUT_ONE = re.compile(
    r"\b(?:every day|daily|each day|od|once a day|once daily|todos los dias|cada dia)\s*,?\s*"
    r"(?:but|except|excepto|menos|salvo)\s+(?:not\s+)?(?:on\s+|el\s+|los\s+)?(?:the\s+)?"
    r"(?:day\s+(?:of|you take|he takes|she takes)\s+(?:the\s+)?\w+|\w+\s+day|"
    r"dia\s+(?:del?|de la)\s+\w+|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|lunes|martes|miercoles|jueves|viernes|sabados?|"
    r"domingos?)\b")


def _q_spans(folded: str) -> str:
    """``folded`` with its "q3d", "q12w", "q6mo" as "every 3 days" (weeks, months)."""
    if "q" not in folded:
        return folded
    return _Q_WEEKS.sub(lambda m: f"every {m.group(1)} {_Q_SPAN[m.group(2)[0]]}", folded)


_Q_WEEKS = re.compile(r"(?<![\w.])q\s?(\d{1,2})\s?(wks?|w|weeks?|weekly|mos?|months?|monthly|d|"
                      r"days?)(?![\w.])")
_Q_SPAN = {"w": "weeks", "m": "months", "d": "days"}
_EYE_CONTEXT = re.compile(r"\b(?:drops?|gotas?|eyes?|ojos?|ophthalmic|oftalmic\w*|colirio|ocular|"
                          r"latanoprost|bimatoprost|travoprost|timolol|brimonidine|dorzolamide|"
                          r"brinzolamide|tafluprost|pilocarpine|atropine|intravitreal|"
                          # injections into the eye by their names (Eylea, Lucentis, Vabysmo)
                          r"aflibercept|eylea|ranibizumab|lucentis|faricimab|vabysmo|"
                          r"ozurdex)\b")
_EYE_LETTERS = re.compile(r"(?<![\w.])(?:od|os|ou)(?![\w.])")
_EYE_SIDES = {"od": "right eye", "os": "left eye", "ou": "both eyes"}


# An amount in words before its unit, as a dose is said aloud and noted so: "twenty mg",
# "two and a half mg", "six hundred milligrams", "two point five mg", "diez unidades",
# "quinientos mg" (number_words; "six hundred" had read as a hundred).
# (words it may begin with, looked for before the pattern is run)
_AMOUNT_FIRST_WORDS = number_words.WORDS | {"point", "punto"}
_AMOUNT_IN_WORDS = re.compile(
    r"(" + number_words.NUMBER_IN_WORDS + r")"
    r"(\s+(?:and a half|y medio|y media))?\s+(?=(?:mg|mcg|micrograms?|milligrams?|g|grams?|"
    r"units?|u|iu|ui|unidad|unidades|ml|mililitros?|milliliters?|millilitres?|miligramos?|"
    # ("cien microgramos", "un gramo", "one teaspoon": they had read as no dose at all, so
    # as the same as any dose made more exact)
    r"microgramos?|gramos?|gm|cc|teaspoons?|tablespoons?|tsps?|tbsp|cucharaditas?)\b)")
# Half of a unit: "half a gram", "medio gramo", "half a teaspoon", "media cucharadita"
_HALF_A_UNIT = Hinted(r"\b(?:half\s+an?|medio|media)\s+(?=(?:grams?|gramos?|milligrams?|"
                      r"miligramos?|mg|g|teaspoons?|tsp|cucharaditas?|litres?|liters?|litros?)\b)",
                      "half", "medi")


def _amount_in_words(match: re.Match[str]) -> str:
    said = match.group(1)
    value = number_words.number_in_words(said)
    # words before the number that are no part of it ("once four hundred mg"): the rest is
    while value is None and " " in said:
        said = said.split(" ", 1)[1]
        value = number_words.number_in_words(said)
        if value is not None:
            return f"{match.group()[:len(match.group(1)) - len(said)]}{_as_amount(value, match)}"
    return match.group() if value is None else _as_amount(value, match)


def _as_amount(value: float, match: re.Match[str]) -> str:
    return f"{value + (0.5 if match.group(2) else 0):g} "


# A dose by weight however written: "15 mg per kilo", "15 mg/kg de peso", "15mg x kg" are
# "15 mg/kg".
_WEIGHT_UNIT = {"mg": "mg", "mcg": "mcg", "microgram": "mcg", "micrograms": "mcg",
                "microgramos": "mcg", "milligram": "mg", "milligrams": "mg", "miligramos": "mg",
                "g": "g", "gram": "g", "grams": "g", "gramos": "g",
                "ml": "ml", "unit": "units", "units": "units",
                "iu": "units", "u": "units", "ui": "units", "unidades": "units"}
# (what the amount is of may stand before "per": "1.2 grams protein per kilo per day" had read
# as 1.2 g, against "1.2 g/kg/day")
_PER_WEIGHT = re.compile(
    r"(?<=[\d\s])(" + "|".join(sorted(_WEIGHT_UNIT, key=len, reverse=True)) + r")"
    r"(\s+(?:of\s+|de\s+)?(?:protein|proteina|proteinas))?\s*"
    r"(?:/|per|por|a|each|x|cada)\s*(?:kg|kgs|kilo|kilos|kilogram|kilograms|kilogramo|"
    r"kilogramos)\b(?:\s*(?:of|de)\s*(?:body\s*)?(?:weight|peso))?")
# A day's total: "2000 mg/day", "40 mg/kg/día", "60 mg/kg/24 h" are so much "per day" (once a
# day, as "per day" is read); split "in 2 divided doses", "repartido en 2 dosis", it is the
# day's total given twice a day, as "40 mg/kg/day bd" is (read() works out each dose: "40
# mg/kg/day in 2 divided doses" = "20 mg/kg twice a day").
_PER_AREA = Hinted(
    r"(?<=[\d\s])(" + "|".join(sorted(_WEIGHT_UNIT, key=len, reverse=True)) + r")\s*"
    r"(?:/|per|por|each|cada)\s*(?:m2|m\^2|sq\.?\s*m|square\s+met(?:re|er)s?|"
    r"metros?\s+cuadrados?)(?![\w^])"
    r"(?:\s*(?:of\s+)?(?:body\s+)?(?:surface(?:\s+area)?|bsa)|\s*de\s+superficie(?:\s+corporal)?)?",
    "m2", "m^2", "sq", "square", "cuadrado")
# "15 mg/week", "15mg/wk", "15 mg/semana": so much a week
_BEFORE_A_SLASH = r"(mg|kg|m2|ml|mcg|units|iu|ui|(?<=\d)g|(?<= )g)\s*/\s*"  # "mg/", "mg/kg/"
_PER_WEEK = re.compile(_BEFORE_A_SLASH + r"(?:week|wk|semana)\b")
_AUC = re.compile(r"\bauc\s*(?:of\s+|=\s*|:\s*)?(\d+(?:\.\d+)?)(?![\d.])")
_DAY_TOTAL = re.compile(_BEFORE_A_SLASH +
                        r"(?:day|d|dia|24\s*h|24\s*hrs?|24\s*horas)\b")
# ... and "2 g a day", "4 g per day", "3 g al día" after a dose's amount: the day's total, how
# it is split not said (as "2 g/day"); not "daily", which a prescription writes for once a day,
# nor a most ("max 4 g a day", "hasta 3 g al día")
_A_DAY_AFTER_AMOUNT = re.compile(
    r"(?<![\w.,])(?<!max )(?<!maximum )(?<!up to )(?<!than )(?<!exceed )(?<!hasta )(?<!maximo )"
    r"(?<!de )(\d+(?:[.,]\d+)?)\s*(mg|g|mcg|micrograms|milligrams|grams|units|iu|ui)\s+"
    r"(?:a\s+day|per\s+day|al\s+dia)\b")
_DIVIDED = re.compile(
    r"(?<![\w.,])(" + NUMBER + r")\s*((?:mg|mcg|g|ml|units)(?:/kg|/m2)?)\s+"
    r"(?:per day|perdaytotal|a day|daily|al dia|diari[oa]s?)\s*,?\s*"
    r"(?:in|into|en|divided (?:in|into)|split (?:in|into)|given in|repartid[oa]s? en|"
    r"dividid[oa]s? en|divided|repartid[oa]s?|dividid[oa]s?)\s+"
    r"(\d|two|three|four|six|dos|tres|cuatro|seis)\s+(?:divided\s+|separate\s+)?"
    r"(?:doses|dosis|tomas|veces)\b")
# "40 mg/kg per dose": each dose, as a dose is (what a day's total is not)
_PER_DOSE = re.compile(r"(?<=[a-z/])\s+(?:per|each|a|por|cada|/)\s*(?:dose|dosis|toma)\b")


def _per_weight_and_day(folded: str) -> str:
    # each rewrite only where its words are (most texts have none of them)
    if "kg" in folded or "kilo" in folded:
        folded = _PER_WEIGHT.sub(
            lambda m: f"{_WEIGHT_UNIT[m.group(1)]}/kg{m.group(2) or ''}", folded)
    folded = _PER_AREA.sub(lambda m: f"{_WEIGHT_UNIT[m.group(1)]}/m2", folded)
    if "auc" in folded:
        folded = _AUC.sub(r"\1 auc", folded)
    if "day" in folded or "dia" in folded:
        folded = _A_DAY_AFTER_AMOUNT.sub(r"\1 \2 perdaytotal", folded)
    if "/" in folded:
        folded = _DAY_TOTAL.sub(r"\1 perdaytotal ", folded)
        folded = _PER_WEEK.sub(r"\1 per week", folded)
    if "dos" in folded or "toma" in folded:
        folded = _PER_DOSE.sub(" perdose ", folded)
    if any(day in folded for day in ("per day", "perdaytotal", "a day", "daily", "al dia",
                                     "diari")):
        folded = _DIVIDED.sub(_divided, folded)
    return folded


def _divided(match: re.Match[str]) -> str:
    said = match.group(3)
    parts = int(said) if said.isdigit() else int(number_words.number_in_words(said) or 0)
    if parts < 2:
        return match.group()
    # the amount as written: a difference quotes it, not a share of it no one wrote
    return f"{match.group(1)} {match.group(2)} perdaytotal {parts} times a day"


# A strength of two medicines in one product: "co-codamol 30/500 mg", "co-amoxiclav 500/125
# mg", "Sinemet 25/100 mg" (the first number, before the second's dose; not "mg/kg", "mg/5 ml")
_COMBINED = re.compile(r"(?<![\w./])(\d+(?:\.\d+)?)\s*/\s*(?=\d+(?:\.\d+)?\s*(?:mg|mcg|g|"
                       r"micrograms?|milligrams?)\b(?!\s*/))")
# A liquid's strength, "120 mg/5 mL", "20 mg/ml", "125 mg in 5 ml", "100 mg por 5 ml", and
# in units, "insulin 100 units/ml", "heparin 25,000 units in 50 ml": with so many mL given ("5
# mL every 6 hours", "at 2 ml/hour") the dose is the milligrams (units) in them.
_STRENGTH = re.compile(
    r"(?<![\w.,])(" + NUMBER + r")\s*(mg|mcg|g|units?|u|iu|ui|unidad(?:es)?)\s*"
    r"(?:/|per|in|en|por|cada)\s*(" + NUMBER
    + r")?\s*(ml|millilitres?|milliliters?|mililitros?)(?![\w])")


# An insulin's strength written "U-100", "U300": no dose and no number of one ("Humulin R U-500
# 100 units" had read as 500,100 units), a name of the product (product_strength).
U_STRENGTH = Hinted(r"(?<!\d\s)\bu\s?-?\s?(40|100|200|300|500)(?![\w.,])", "100", "200", "300",
                    "40", "500")  # (not "5 u")


def without_doses(text: str) -> str:
    """``text`` folded, its doses ("20 mg", "0.4 mg", "2 puffs") taken out."""
    return _DOSE_RE.sub(" ", fold_letters(text or ""))


# The most to take, said before an amount: "max 4 g a day", "no more than 8 tablets"
# ... and a day's: "a day", "per day", "daily", "/day", "in 24 hours", "al día"
# (the medicine's name may come between: "max 4 g paracetamol a day", "no more than 3 g of it
# in 24 hours"; not a word of a rhythm: "max 2 tablets twice a day" is each dose's most)
_BEFORE_THE_PERIOD = (
    r"(?:\s+(?:(?:of|de)\s+)?(?!(?:once|twice|thrice|times|x|every|each|a|an|per|daily|al|por|"
    r"cada|veces|vez|in|en|then|and|y)\b)[^\W\d_]+){0,2}?\s*")
_IN_A_DAY = re.compile(
    _BEFORE_THE_PERIOD + r"(?:(?:a|per|each|every|al|por)\s+(?:day|dia)\b|daily\b|"
    r"perdaytotal\b|/\s*(?:day|24\s*h)|in\s+(?:any\s+)?24\s*(?:h|hrs?|hours)\b|en\s+24\s*h)")
# ... or a week's: "no more than 14 units of alcohol a week"
_IN_A_WEEK = re.compile(
    _BEFORE_THE_PERIOD + r"(?:(?:a|per|each|every|in\s+a|a\s+la|por|por\s+la|cada)\s+"
    r"(?:week|semana)\b|weekly\b|/\s*(?:week|wk|semana)\b)")
# How long an activity lasts each time: "walk 30 minutes", "for 45 mins", "CPAP 4 hours a
# night", "half an hour", "media hora", "wait 30 seconds"; not when or how soon ("every 30
# minutes", "within 6 hours", "in 2 hours", "at 6 hours", "12 hours before surgery": a lead
# time), not a most ("under 2 hours"), not a rate ("once an hour"), not one end of a range
# ("20-30 minutes"); a day or more is how long in all, not each time ("for 48 hours").
_SESSION = re.compile(
    r"(?<![\w.,/-])(?<!every )(?<!within )(?<!in )(?<!cada )(?<!under )(?<!than )(?<!max )"
    r"(?<!once )(?<!each )(?<!per )(?<!en )(?<!at )(?<!by )(?<!until )(?<!till )(?<!hasta )"
    r"(\d+(?:\.\d+)?|half an|an|one|una|media)\s*"
    r"(minutes|minute|mins|min|minutos|minuto|hours|hour|hrs|hr|h|horas|hora|seconds|second|"
    r"secs|sec|segundos|segundo)\b(?!\s*(?:ago|-|before|prior|antes))")
_IN_MINUTES = {"m": 1.0, "h": 60.0, "s": 1 / 60}
# Whether a text may say a time at all (most do not: reading one costs a full read())
_SAYS_A_TIME = re.compile(r"\d\s*-?\s*(?:min|h|sec|seg)|\b(?:hours?|hora|minutes?)\b")
# A time's count in words: "half an hour", "media hora", "an hour", "una hora"
_HALF = {"half an": 0.5, "media": 0.5, "an": 1.0, "one": 1.0, "una": 1.0}
# An hour and so many minutes, as one time: "an hour and a half", "1 hour 30 minutes", "1 h 30
# min", "una hora y media" (two times each time otherwise)
_HOURS_AND_MINUTES = re.compile(
    r"(?<![\w.,/-])(\d+|an|one|una)\s*(?:hours?|hrs?|hr|h|horas?)\s+(?:and\s+|y\s+)?"
    r"(?:(\d+)\s*(?:minutes?|mins?|min|minutos?)|a\s+half|media)\b")


def _hours_and_minutes(folded: str) -> str:
    if "half" not in folded and "media" not in folded and "min" not in folded:
        return folded

    def minutes(match: re.Match[str]) -> str:
        hours = _HALF.get(match.group(1)) or float(match.group(1))
        extra = float(match.group(2)) if match.group(2) else 30.0
        return f"{_number(hours * 60 + extra)} minutes"
    return _HOURS_AND_MINUTES.sub(minutes, folded)


_AT_ONCE = re.compile(r"\b(?:push|pushed|bolus|ivp|slow iv injection|en bolo)\b")
# ... or slowly, over a few minutes: "slow IV injection", "slow push", "inyeccion IV lenta"
_SLOWLY = re.compile(r"\bslow(?:ly)?\b|\b(?:lenta|lento|lentamente)\b")
# The time a dose is given over said another way than "over 60 minutes": "as a 60-minute
# infusion", "a 2 hour drip", "infusion of 30 minutes", "infused across 2 hours", "a pasar en
# 30 minutos", "perfundir en 1 hora", "infusion de 60 minutos": read as "over" that time
_INFUSED_FOR = re.compile(
    r"(?:\b(?:given\s+)?(?:as|como)\s+(?:an?|una?)\s+)?(?<![\w.,/-])(\d+(?:\.\d+)?)\s*-?\s*"
    r"(minutes?|mins?|min|hours?|hrs?|hr|h|minutos?|horas?)\s+"
    r"(?=(?:iv\s+|intravenous\s+|intravenosa\s+)?(?:infusion|drip|perfusion)\b)")
_INFUSED_IN = re.compile(
    r"(?:\b(?:a|para)\s+)?\b(infusion|infused|drip|perfusion|pasar|perfundir|infundir)\s+"
    r"(?:of|lasting|across|de|en|durante)\s+(?=\d|una?\s+hora|media\s+hora|an?\s+hour|half)")
_INFUSION_WORDS = ("over", "infus", "drip", "pasar", "perfu")
_SESSION_SAID = re.compile(r"(?:\b(?:for|durante|over)\s+)?" + _SESSION.pattern)
_A_WEEKS = re.compile(r"\b(?:(?:a|per|each|every|in a)\s+week|weekly|a la semana|por semana|"
                      r"semanales)\b")


def _given_over(folded: str) -> str:
    """A dose's time said as in "a 60-minute infusion", said as "over 60 minutes"."""
    if "over" in folded or not any(word in folded for word in _INFUSION_WORDS):
        return folded
    folded = _INFUSED_FOR.sub(r" over \1 \2 ", folded)
    return _INFUSED_IN.sub(lambda m: " over " if m.group(1) == "pasar" else f" {m.group(1)} over ",
                           folded)


def _session(folded: str, infused: bool = False) -> tuple[float, bool] | None:
    """How long each time, in minutes, where a text gives one time, and whether it is the
    week's in all ("150 minutes of exercise a week"). ``infused``: a medicine's dose, whose
    time is only the one it is given over ("1 g IV over 60 minutes")."""
    folded = _hours_and_minutes(folded)
    if infused:
        folded = _given_over(folded)
    found = list(_SESSION.finditer(folded))
    if infused:  # (not "if the seizure lasts over 5 minutes": when to give it, Facts.trigger)
        found = [m for m in found if folded[:m.start()].endswith("over ") and not folded[
            :m.start()].endswith(("lasts over ", "lasting over ", "last over "))]
    if len(found) != 1:
        return None  # none, or two times ("1 min run, 1 min walk"): no one time each time
    said, unit = found[0].groups()
    if said in _HALF and not unit.startswith("h"):
        return None  # "an minute": no way of saying a time
    minutes = (_HALF.get(said) or float(said)) * _IN_MINUTES[unit[0]]
    if not 0 < minutes < 1440:
        return None
    return minutes, _IN_A_WEEK.match(folded, found[0].end()) is not None


def minutes_words(minutes: float) -> str:
    """"30 minutes", "4 hours", "30 seconds" as a difference says a time."""
    if minutes < 1:
        seconds = round(minutes * 60, 3)
        return fill(ngettext("{n} second", "{n} seconds", 2 if seconds != 1 else 1),
                    n=_number(seconds))
    if minutes >= 60 and minutes % 60 == 0:  # (150 minutes a week as the advice says it)
        hours = minutes / 60
        return fill(ngettext("{n} hour", "{n} hours", 2 if hours != 1 else 1),
                    n=_number(hours))
    return fill(ngettext("{n} minute", "{n} minutes", 2 if minutes != 1 else 1),
                n=_number(minutes))
_A_MOST_WORDS = (r"\b(?:max(?:imum)?|no more than|not more than|not to exceed|maximo|"
                 r"como maximo|no mas de)\.?\s*(?:of\s+|de\s+)?")
# ... or as a limit the patient keeps to: "limit alcohol to 14 units a week", "keep salt under
# 6 g a day", "less than 14 units", "limitar el alcohol a 14 unidades" (not "reduce ... to 20
# mg", a new dose)
_KEPT_TO = (r"\b(?:limit(?:ed|ing)?|keep(?:ing)?|limitar|mantener)\b"
            r"(?!\s+(?:your\s+|los\s+)?(?:fluids?|liquids?|liquidos))(?:\s+[^\W\d_]+){0,3}?\s+"
            r"(?:to|under|below|a|por debajo de)\s+(?:no more than\s+|under\s+|below\s+)?|"
            r"\b(?:less|fewer) than\s+|\bmenos de\s+"
            # "sodium under 2 g a day", "salt intake below 6 g"
            r"|\b(?:salt|sodium|sugar|caffeine|sal|sodio|azucar|cafeina)(?:\s+intake)?\s+"
            r"(?:under|below|por debajo de)\s+")
_A_MOST_BEFORE = re.compile(f"(?:{_A_MOST_WORDS}|{_KEPT_TO})$")
# A day's most, whole, which is not how often to take it: "max 4 g paracetamol per day" is no
# once a day (it had read so, and "up to 4 times daily" against it as another rhythm)
_A_DAYS_MOST = Hinted(f"(?:{_A_MOST_WORDS}|{_KEPT_TO})" + r"\d+(?:[.,]\d+)?\s*(?:" + "|".join(
                          sorted(map(re.escape, UNITS), key=len, reverse=True)) + r")(?!\w)"
                      + f"(?:{_IN_A_DAY.pattern}|{_IN_A_WEEK.pattern})",
                      "max", "more than", "exceed", "maximo", "mas de", "limit", "keep",
                      "less", "fewer", "menos de", "mantener", "under", "below", "debajo")
# A tablet's strength and how many tablets, side by side: "500mg two tablets", "2 tablets of
# 500 mg", "two 500 mg tablets"
# ("5 mg x 8 tablets", "8 tablets of 5 mg", "5 mg 8 comprimidos": up to 12, as a short course of
# prednisolone is 30 or 40 mg in 5 mg tablets)
_COUNTED = r"(?:[2-9]|1[0-2])"
_COUNTED_FORMS = r"(?:tab(?:let)?s?|caps?(?:ules?)?|comprimidos|pastillas|c[aá]psulas)"
_X_CYCLES = re.compile(r"\s+[x×]\s*(\d{1,2}\s+(?:cycles?|rounds?|ciclos?)\b)")
_X_BEFORE_A_COUNT = re.compile(rf"\s+[x×]\s*(?={_COUNTED}\s+{_COUNTED_FORMS}\b)")
_STRENGTH_AND_COUNT = Hinted(
    rf"\d\s*(?:mg|mcg|g|micrograms?|milligrams?)\s+(?:x\s*)?{_COUNTED}\s+{_COUNTED_FORMS}\b|"
    rf"\b{_COUNTED}\s+{_COUNTED_FORMS}\s+(?:of\s+|de\s+)?\d|"
    rf"\b{_COUNTED}\s+\d+(?:\.\d+)?\s*(?:mg|mcg|g)\s+(?:tablets?|caps(?:ules?)?)\b",
    "tab", "cap", "comprimido", "pastilla", "psula")


DAY_NAMES = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
             N_("Saturday"), N_("Sunday"))


def _day_names(days: frozenset[int]) -> str:
    return ", ".join(_(DAY_NAMES[d]) for d in sorted(days))


_NUMBER_IN = re.compile(r"\d+(?:\.\d+)?")
_DAY_OR_DOSE = {True: N_("{amount} a day in all"), False: N_("{amount} each dose")}


def _period(facts: Facts) -> str:
    """How a text's most is said, a day's or a week's, as a template for its amount."""
    if facts.limit_per_day and not facts.limit_per_week:
        return _("at most {amount} a day")
    if facts.limit_per_week and not facts.limit_per_day:
        return _("at most {amount} a week")
    return ""


def _over_the_most(fa: Facts, fb: Facts) -> list[FactDifference]:
    """A dose one doctor gives above the most the other allows ("drink 2 litres a day" against
    "drink at most 1 litre a day"), where only the other says a most."""
    for dosed, capped, flip in ((fa, fb, False), (fb, fa, True)):
        if not capped.limits or dosed.limits or not dosed.doses:
            continue
        for cap in capped.limits:
            over = [d for d in dosed.doses if d.dimension == cap.dimension and d.base > cap.base]
            if over:
                words = (doses_said(dosed, cap.dimension) if dosed.day_doses else dose_words(over),
                         fill(_("at most {amount}"), amount=cap.words))
                return [FactDifference("dose", *(words[::-1] if flip else words))]
            # a day's most against a dose times its rhythm: "1 g four times a day" against
            # "max 2 g a day"
            per_day = dosed.per_day or 0.0
            if dosed.at_times:  # each dose once a day: the day's total is the doses added
                of_cap = [d for d in dosed.doses if d.dimension == cap.dimension]
                over = of_cap if capped.limit_per_day and sum(
                    d.base for d in of_cap) > cap.base + 1e-9 else []
            else:
                over = [d for d in dosed.doses if capped.limit_per_day and per_day > 0
                        and d.dimension == cap.dimension and d.base * per_day > cap.base + 1e-9]
            if over:
                # a day's total as written, not the share of it each dose is
                given = (doses_said(dosed, cap.dimension) if dosed.day_doses
                         else dose_words(over) if dosed.at_times  # each once: the day's
                         else f"{dose_words(over)}, {frequency_words(dosed.frequency)}")
                words = (given, fill(_("at most {amount} a day"), amount=cap.words))
                return [FactDifference("dose", *(words[::-1] if flip else words))]
    return []


def _strength_times_count(doses: list[Dose]) -> list[Dose]:
    """A tablet's strength beside a count of tablets ("500mg two tablets") is that many times
    the strength, or the strength itself, as "2 x 500 mg" is: which, the note does not say."""
    mass = [d for d in doses if d.dimension in ("mass", "units") and d.other is None]
    count = [d for d in doses if d.dimension in ("tablet", "capsule")]
    # (up to 12: "prednisolone 5 mg, 8 tablets" is a common 40 mg)
    if len(mass) != 1 or len(count) != 1 or not 2 <= count[0].amount <= 12 or count[0].low:
        return doses
    one, times = mass[0], int(count[0].amount)
    total = Dose(times * one.amount, one.unit, one.dimension, times * one.base,
                 f"{times} × {one.written}", one.amount, one.parts)
    return [total if d is one else d for d in doses]


def _totals_said(doses: list[Dose]) -> list[Dose]:
    """"6 x 5 mg tablets (30 mg)": the total said beside so many tablets settles what the
    "x" means (30 mg at a time) and is that one dose, not a second one."""
    out = list(doses)
    for counted in doses:
        if "×" not in counted.written or counted.other is None:
            continue
        said = next((d for d in out if d is not counted and d.other is None
                     and d.dimension == counted.dimension
                     and abs(d.base - counted.base) < 1e-9), None)
        if said is not None:
            out = [replace(d, other=None) if d is counted else d for d in out if d is not said]
    return out


def _syrup_given(dosing: str, facts: Facts, grouping: frozenset[str]) -> None:
    """"Calpol 120 mg/5 mL, 5 mL every 6 hours" gives 120 mg: where a text names one liquid's
    strength and the mL given, its doses are the milligrams those mL hold, in place of the
    strength's figures and the mL (so "7.5 mL of 100 mg/5 mL" = "150 mg")."""
    strengths = list(_STRENGTH.finditer(dosing))
    if len(strengths) != 1 or "ml" not in dosing:
        return
    strength = strengths[0]
    mass = readings(strength.group(1), grouping)
    per = readings(strength.group(3), grouping) if strength.group(3) else [1.0]
    if len(mass) != 1 or len(per) != 1 or per[0] <= 0:
        return
    unit = strength.group(2)
    dimension, factor = UNITS[unit]
    given = [found for found in _DOSE_RE.finditer(dosing)
             if UNITS[found.group(2)][0] == "volume"
             and not strength.start() <= found.start() < strength.end()]
    volumes = [readings(found.group(1), grouping) for found in given]
    inside = {round(mass[0] * factor, 9), round(per[0] * UNITS["ml"][1], 9)}
    if not given and dimension == "units":
        # "insulin glargine 100 units/ml, 20 units": the units in each mL name the product
        # (product_strength), no dose (it had read as "100 units + 20 units")
        facts.doses = [d for d in facts.doses if not (
            d.dimension == dimension and round(d.base, 9) in inside
            and d.written == strength.group(1))]
        return
    if not given or any(len(v) != 1 for v in volumes):
        return
    doses = [d for d in facts.doses
             if not (d.dimension in (dimension, "volume") and round(d.base, 9) in inside)
             and not (d.dimension == "volume" and any(
                 abs(d.amount - v[0]) < 1e-9 for v in volumes))]  # the mL given
    stated = {round(d.base, 6) for d in doses if d.dimension == dimension}
    # the lowest of a range of mL given ("5-10 mL"), by the mL of its most
    lows = {round(d.amount, 9): d.low for d in facts.doses if d.dimension == "volume" and d.low}
    for found, (volume,) in zip(given, volumes, strict=True):
        amount = mass[0] * volume * UNITS[found.group(2)][1] / per[0]
        if round(amount * factor, 6) in stated:
            # the dose also said in milligrams ("180 mg (7.5 mL of 120 mg/5 mL)"): one dose,
            # not two (it had read as twice the other doctor's)
            continue
        low = lows.get(round(volume, 9), 0.0) * amount / volume if volume else 0.0
        doses.append(Dose(amount, _UNIT_SHORT.get(unit, unit), dimension, amount * factor,
                          f"{found.group(1)} {found.group(2)} × {strength.group(0).strip()}",
                          low=low))
    facts.doses = doses


def _every(match: re.Match[str]) -> int:
    """How many weeks (months) "every N weeks" or "N-weekly" says, in digits or in words."""
    said = match.group(1) or match.group(2)
    return _NUMBER_WORDS[said] if said in _NUMBER_WORDS else int(said)


def _folded(text: str) -> str:
    """A treatment text as ``read`` reads its words (folded, short forms and amounts one way)."""
    return as_it_becomes(_per_weight_and_day(_short_forms_first(fold(text))))


def _unhyphened(folded: str) -> str:
    # "twice-daily", "once-weekly", "six-weekly", "bi-weekly": the rhythm as if unhyphenated
    # ("twice-daily" had been read as "daily", once a day)
    return _WORD_HYPHEN.sub(" ", folded)


def _sides_in(hyphened: str, unhyphened: str) -> frozenset[str]:
    """The sides ``read`` finds: their short letters before the hyphens go ("L-thyroxine" is
    no side), their words after."""
    both = {"both sides"} if terms.EACH_OF_A_PAIR.search(unhyphened) else set()
    return frozenset({SIDES[s] for s in _SIDE_RE.findall(unhyphened)} | both
                     | {_SIDE_SHORT[a or b] for a, b in _SIDE_SHORT_RE.findall(hyphened)})


@lru_cache(maxsize=4096)
def sides_named(text: str) -> frozenset[str]:
    """``read(text).sides`` without reading the rest (a test's title: "MRI left knee")."""
    folded = _folded(text)
    return _sides_in(folded, _unhyphened(folded))


# A unit of dose with no amount read before it: the dose is said in a way not read, so no
# other dose is the same one made more exact (not "g" or "u" alone, nor "units", which name
# other things too; not a concentration, "mg/dL")
_UNIT_WORD = Hinted(r"\b(?:mg|mcg|micrograms?|milligrams?|grams?|gramos?|miligramos?|"
                    r"microgramos?|ml|millilit(?:re|er)s?|mililitros?|teaspoons?|"
                    r"tablespoons?|cucharaditas?)\b", "m", "spoon", "cuchar")
_UNREAD_UNIT = re.compile(r"(?<![\d./])(?<![\d./]\s)" + _UNIT_WORD.pattern.pattern
                          + r"(?!\s*/)")  # (not "20 mg/ml": per mL)


# One dose after another: a change to so much ("increase to", "titrate up to", "reduce to",
# "subir a") or "then" between two amounts. Not "reducing by 5 mg" (a step's size), nor
# "then" between the day's doses at two times ("500 mg in the morning then 500 mg at night":
# both each day).
_STEP = Hinted(
    r"\d[^;]{0,40}?\b(?:(?P<then>then|y luego|luego|despues)|"
    r"(?:increas|rais|titrat|reduc|decreas|lower|drop|go|going|step|stepping)\w*\s+"
    r"(?:up\s+|down\s+)?to|(?:aumentar|subir|bajar|reducir|pasar)\s+a)\s+(?:\w+\s+){0,3}?\d",
    "then", "luego", "despues", "to", "aumentar", "subir", "bajar", "reducir", "pasar")
_STEP_TIMES = re.compile(r"\b(?:morning|night|evening|bedtime|noon|midday|lunch|breakfast|"
                         r"dinner|supper|mane|nocte|manana|noche|mediodia|desayuno|cena)\b")


def _in_steps(dosing: str) -> bool:
    """Whether a step between two amounts (``_STEP``) is one after another in time: a change
    to so much always; a "then" unless a time of day stands on both its sides."""
    for step in _STEP.finditer(dosing):
        if not step.group("then"):
            return True
        before = _STEP_TIMES.search(dosing, step.start(), step.start("then"))
        after = _STEP_TIMES.search(dosing, step.end("then"), min(len(dosing), step.end() + 20))
        if not (before and after):
            return True
    return False


# The same dose at two or more times of the day, each time with its own amount written out:
# "500 mg in the morning and 500 mg in the evening", "1 tablet with breakfast, 1 with lunch
# and 1 with dinner", "500 mg en el desayuno y 500 mg en la cena". Read as that dose so many
# times a day, as "500 mg twice a day" says it (it had read as 500 mg + 500 mg once a day:
# "one is 2 times the other", "once a day against twice a day").
_A_TIME = (r"(?:(?:in the |each |every )?(?:morning|evening)|(?:at )?(?:night|bedtime|"
           r"lunchtime|midday|noon|teatime)|q?hs|(?:with |at |after |before )?(?:the |your )?"
           r"(?:breakfast|lunch|dinner|supper|tea|evening meal)|mane|nocte|"
           r"(?:por la |en la |cada )?(?:manana|tarde|noche)|"
           r"(?:en |con |tras |antes de(?:l)? )?(?:el |la )?(?:desayuno|comida|almuerzo|cena|"
           r"merienda)|al mediodia|al acostarse|antes de dormir)")
_AND_AGAIN = r"(?:,|;|\+|&|\band\b|\by\b|\bthen\b)\s*(?:and\s+|y\s+|then\s+)?"
_SAME_DOSE_AT_TIMES = Hinted(
    r"(?<![\w.,])(?P<amount>\d+(?:[.,]\d+)?)\s*(?P<unit>[a-zµμ]+)?\s+" + _A_TIME
    + r"(?P<more>(?:\s*" + _AND_AGAIN + r"(?P=amount)(?![\d.,])\s*(?:(?P=unit)\s+)?" + _A_TIME
    + r"){1,3})(?!\w)",
    "morning", "evening", "night", "bedtime", "lunch", "midday", "noon", "breakfast",
    "dinner", "supper", "tea", "mane", "nocte", "manana", "tarde", "noche", "desayuno", "comida",
    "almuerzo", "cena", "merienda", "mediodia", "acostarse", "dormir", "hs")
_TIMES_A_DAY = {2: "twice a day", 3: "three times a day", 4: "four times a day"}
# ... and another dose at each time: "20 units in the morning and 14 units in the evening"
_DOSES_AT_TIMES = Hinted(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:[a-zµμ]+\s+)?" + _A_TIME + r"(?P<more>(?:\s*"
    + _AND_AGAIN + r"\d+(?:[.,]\d+)?\s*(?:[a-zµμ]+\s+)?" + _A_TIME + r"){1,3})(?!\w)",
    *_SAME_DOSE_AT_TIMES.hints)


# The unit of a dose at one time carried to the next amount at its own time: "20 units before
# breakfast and 16 before dinner" is 16 units ("16" alone had been no dose, and the line once
# a day: "how often: Dr Lee wrote once a day")
_UNIT_CARRIED = re.compile(
    r"(?<![\w.,])(?P<a>\d+(?:[.,]\d+)?)\s*(?P<unit>units?|u|iu|mg|mcg|micrograms?|ml|"
    r"unidades)\s+(?P<time>" + _A_TIME + r")(?P<next>\s*" + _AND_AGAIN + r")"
    r"(?P<b>\d+(?:[.,]\d+)?)\s+(?=" + _A_TIME + r"(?!\w))")


def _unit_carried(folded: str) -> str:
    for _time in range(3):  # to a third and a fourth time too
        carried = _UNIT_CARRIED.sub(
            lambda m: f"{m['a']} {m['unit']} {m['time']}{m['next']}{m['b']} {m['unit']} ", folded)
        if carried == folded:
            break
        folded = carried
    return folded


def _one_dose_at_times(folded: str) -> str:
    """``_SAME_DOSE_AT_TIMES`` written as the dose and how many times a day."""
    def as_rhythm(match: re.Match[str]) -> str:
        times = 1 + len(re.findall(_AND_AGAIN + re.escape(match["amount"]), match["more"]))
        unit = f" {match['unit']}" if match["unit"] else ""
        return f"{match['amount']}{unit} {_TIMES_A_DAY.get(times, f'{times} times a day')}"
    return _SAME_DOSE_AT_TIMES.sub(as_rhythm, folded)


def _doses_at_their_times(folded: str, facts: Facts) -> None:
    """Another dose at each of two to four times of the day, each amount with its own time
    (``_DOSES_AT_TIMES``): so many times a day, each dose once (``Facts.at_times``), not the
    first time's once a day ("how often: once a day" had been said of "Novomix 20 units in the
    morning and 14 units in the evening" against "Novomix twice daily")."""
    found = _DOSES_AT_TIMES.search(folded)
    if found is None:
        return
    times = 1 + len(re.findall(_AND_AGAIN + r"\d", found["more"]))
    if times == len(facts.doses) and times in _TIMES_A_DAY:
        facts.per_day, facts.frequency = float(times), _TIMES_A_DAY[times]
        facts.at_times = True


# A dose lowered or raised by so much at each step: "reduce by 5 mg weekly", "taper by 2.5 mg
# every 2 weeks", "increase by 25 mg each week", "bajar 5 mg cada semana", "reducir en 5 mg a la
# semana". The step's amount had been read as a dose and its rhythm as the dose's ("30 mg for 1
# week then reduce by 5 mg weekly" against "30 mg daily for 7 days": "30 mg then 5 mg; how
# often: once a week against once a day").
_DOWN = (r"reduc\w*|decreas\w*|lower\w*|drop\w*|cut(?:ting)?|taper\w*|wean\w*|halv\w*|"
         r"come down|coming down|go(?:ing)? down|titrat\w* down|bajar|baja|reducir|reduce|"
         r"disminuir|disminuye|"
         # "en pauta descendente", "descenso progresivo", "retirada gradual"
         r"descendente|descenso|decreciente|reduccion|disminucion|retirada")
_UP = (r"increas\w*|rais\w*|doubl\w*|go(?:ing)? up|titrat\w* up|titrat\w*|subir|sube|"
       r"aumentar|aumenta|aumento|ascendente|creciente")
_STEP_WORDS = re.compile(rf"\b(?:{_DOWN}|{_UP})\b")
_STEP_RHYTHM = (r"(?:(?:every|each|a|per|cada|por|al|a la)\s+(?:\d+\s+)?(?:days?|weeks?|months?|"
                r"fortnight|dias?|semanas?|mes(?:es)?)|weekly|daily|monthly|fortnightly|"
                r"semanal(?:mente)?|diari(?:o|a|amente)|mensual(?:mente)?)")
_TAPER_STEP = re.compile(
    rf"\b(?:(?P<down>{_DOWN})|(?P<up>{_UP}))(?:\s+(?:the dose|dose|it|la dosis|by|en|"
    # "descenso de 5 mg" (not "bajar de 10 mg a 5 mg": from 10 mg)
    r"(?:(?<=descenso )|(?<=reduccion )|(?<=disminucion )|(?<=aumento ))de))*"
    r"\s+(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>mg|mcg|micrograms?|milligrams?|g|units?|ml|iu|"
    r"unidades|miligramos?)\b(?P<rhythm>\s*,?\s*" + _STEP_RHYTHM + r")?")
# (the step's amount must follow "by"/"en", or the verb at once with a rhythm after it: "reduce
# to 20 mg" is a new dose, ``_STEP``)


def _taken_step(plain: str, facts: Facts) -> str:
    """``plain`` with its first sized step taken out and kept in ``facts.step``, where a dose
    stays beside it ("reduce salt by 2 g a day" is no medicine's step); a change word with no
    size notes ``facts.step_unsized``."""
    for match in _TAPER_STEP.finditer(plain):
        if not _sized(match):
            continue  # "increase to 50 mg", "reduce 20 mg": a new dose, not a step
        rest = f"{plain[:match.start()]} then {plain[match.end():]}"
        if not _DOSE_RE.search(as_it_becomes(rest)):
            break
        dimension, factor = UNITS.get(match.group("unit"), ("", 1.0))
        amount = float(match.group("amount"))
        unit = _UNIT_SHORT.get(match.group("unit"), match.group("unit"))
        rhythm = read(f"1 mg {_step_rhythm(match.group('rhythm'))}").frequency if match.group(
            "rhythm") else ""
        facts.step = "|".join(("down" if match.group("down") else "up", f"{amount * factor:g}",
                               dimension, rhythm, f"{amount:g}", unit))
        return rest
    facts.step_unsized = True
    return plain


_SPANISH_PERIODS = {"dia": "day", "dias": "days", "semana": "week", "semanas": "weeks",
                    "mes": "month", "meses": "months"}


def _step_rhythm(said: str) -> str:
    """A step's rhythm in the words read() reads ("cada 2 semanas": "every 2 weeks", "a la
    semana" and "semanal": "weekly")."""
    said = re.sub(r"\b(?:a la|al|por) (semana|dia|mes)\b|\b(semanal|diari|mensual)\w*",
                  lambda m: {"semana": "weekly", "dia": "daily", "mes": "monthly", "semanal":
                             "weekly", "diari": "daily", "mensual": "monthly"}[
                      m.group(1) or m.group(2)], said)
    return re.sub(r"\bcada (\d+ )?(dias?|semanas?|mes(?:es)?)\b",
                  lambda m: f"every {m.group(1) or ''}{_SPANISH_PERIODS[m.group(2)]}", said)


def _sized(match: re.Match[str]) -> bool:
    """Whether a change (``_TAPER_STEP``) gives a step's size: its amount after "by" ("en"), or
    a rhythm after its amount."""
    before = match.string[match.start():match.start("amount")]
    return bool(re.search(r"\b(?:by|en)\s*$", before) or match.group("rhythm"))


# The word that joins a step to the dose before it: "30 mg then taper" is "30 mg tapering",
# "30 mg con descenso de 5 mg cada semana" is "30 mg then reduce by 5 mg weekly"
_STEP_JOINED = re.compile(
    r"\b(?:and then|then|and|with|followed by|y luego|luego|y|con|seguido de)\s+"
    r"(?=dosestep\b|taper\w*\b|wean\w*\b|reducing (?:dose|course|regime)\b|"
    r"(?:en )?pauta (?:descendente|decreciente)\b|descenso progresivo\b)")


def _one_step_word(match: re.Match[str]) -> str:
    """A sized step as one word, whichever way it is said ("taper by 5 mg every week" and
    "reduce by 5 mg weekly"); a new dose ("increase to 50 mg") left as it is."""
    return " dosestep " if _sized(match) else match.group(0)


def _step_key(facts: Facts) -> str:
    """The step as it is compared: way, amount in the dimension's base unit, rhythm."""
    return "|".join(facts.step.split("|")[:4])


def step_words(facts: Facts) -> str:
    """A step as a difference says it: "lower by 5 mg (milligrams) once a week"."""
    if not facts.step:
        return _("steps, with no size written") if facts.step_unsized else _("no steps written")
    direction, _base, dimension, rhythm, amount, unit = facts.step.split("|")
    dose = Dose(float(amount), unit, dimension, float(_base))
    template = _("lower by {amount}") if direction == "down" else _("raise by {amount}")
    said = fill(template, amount=dose.words)
    return f"{said} {frequency_words(rhythm)}" if rhythm else said


@lru_cache(maxsize=4096)
def read(text: str, grouping: frozenset[str] = frozenset()) -> Facts:
    """The facts of one treatment text (cached: the same texts come back on every compare).
    ``grouping``: the marks the writer is known to group thousands with ("1.000 mg" is a
    thousand when "." is among them; without it, 1,000 or 1: ``Dose.other``)."""
    facts = Facts()
    written = text
    plain = fold(text)
    if "(" in plain and (element := _ELEMENT_IN_BRACKETS.search(plain)):
        amount, unit = float(element["amount"].replace(",", ".")), element["unit"]
        dimension, factor = UNITS[unit]
        facts.element = Dose(amount, _UNIT_SHORT.get(unit, unit), dimension, amount * factor,
                             element["amount"])
        text = plain = _ELEMENT_IN_BRACKETS.sub(" ", plain)
    if "u" in plain and U_STRENGTH.search(plain):
        text = plain = U_STRENGTH.sub(" ", plain)
    if _STEP_WORDS.search(plain):
        text = _taken_step(_q_spans(plain), facts)  # (a step's "q7d" is its rhythm)
        plain = fold(text)
    if cycles.may_say_a_cycle(plain):  # treatment in cycles: the rhythm left is the day's
        text, facts.cycle = cycles.cycle_taken(_q_spans(plain))
        plain = fold(text)
        facts.cycles_counted = cycles.cycles_counted(plain)
    if _SAME_DOSE_AT_TIMES.may_match(plain):
        if (carried := _unit_carried(plain)) != plain:
            text = plain = carried
        as_rhythm = _one_dose_at_times(plain)
        text = as_rhythm if as_rhythm != plain else text
    dosing = _as_dosed(text)
    day_written: set[tuple[str, str]] = set()  # the amounts written as a day's total
    times_of = {m.end(): int(m.group(1)) for m in _TIMES_DOSE.finditer(dosing)}
    # "30/500 mg": the first strength, by where the second starts
    combined = {m.end(): m.group(1) for m in _COMBINED.finditer(dosing)} if "/" in dosing else {}
    ranges = _dose_ranges(dosing, grouping)
    lows = {found.end(): low for found, low in ranges}  # by where each range's most starts
    low_said = {found.start() for found, _low in ranges if found.group(3)}
    for found in _DOSE_RE.finditer(dosing):
        amount, unit = found.group(1), found.group(2)
        if found.start() in low_said:
            continue  # "5 mg" of "5 mg to 10 mg": the range's lowest, read with its most
        dimension, factor = UNITS[unit]
        values = readings(amount, grouping)
        if not values:
            continue
        short = _UNIT_SHORT.get(unit, unit)
        if _A_MOST_BEFORE.search(dosing, max(0, found.start() - 40), found.start()):
            facts.limits.append(Dose(values[0], short, dimension, values[0] * factor, amount))
            facts.limit_per_day = facts.limit_per_day or bool(
                _IN_A_DAY.match(dosing, found.end()))
            facts.limit_per_week = facts.limit_per_week or bool(
                _IN_A_WEEK.match(dosing, found.end()))
            continue
        times = times_of.get(found.start())
        if times:  # "2 x 200 mg": 400 mg, or 200 mg (twice)
            facts.doses.append(Dose(times * values[0], short, dimension,
                                    times * values[0] * factor, f"{times} × {amount}",
                                    values[0]))
            continue
        first = combined.get(found.start())
        if first is not None and dimension == "mass" and len(values) == 1:
            parts = (float(first) * factor, values[0] * factor)
            facts.doses.append(Dose(float(first) + values[0], short, dimension, sum(parts),
                                    f"{first}/{amount}", parts=parts))
            continue
        other = values[1] if len(values) > 1 else None
        low = lows.get(found.start(), 0.0) if other is None else 0.0
        facts.doses.append(Dose(values[0], short, dimension, values[0] * factor, amount, other,
                                low=low))
        if dosing.startswith(" perdaytotal", found.end()):
            day_written.add((amount, short))
    if facts.limits and _SODIUM.search(plain) and not _SALT.search(plain):
        facts.limit_of_sodium = True
    if ("low" in plain or "baja" in plain or "baby" in plain) and _LOW_DOSE.search(
            plain) and _ASPIRIN.search(plain):
        facts.low_dose = LOW_DOSE_ASPIRIN_MOST
    if len(facts.doses) > 1 and _STEP.search(dosing):
        facts.stepped = _in_steps(dosing)
    if " " in dosing and _UNIT_WORD.search(dosing):
        facts.unread_dose = _UNREAD_UNIT.search(_DOSE_RE.sub(" ", dosing)) is not None
    if times_of and len(facts.doses) > 1:
        facts.doses = _totals_said(facts.doses)
    elif len(facts.doses) == 2 and _STRENGTH_AND_COUNT.search(dosing):
        facts.doses = _strength_times_count(facts.doses)
    if facts.doses and _VITAMIN_D.search(dosing):
        facts.doses = [_vitamin_d_by_mass(d) for d in facts.doses]
    _syrup_given(dosing, facts, grouping)
    folded = _A_DAYS_MOST.sub(" ", _folded(text))
    for ratio in _RATIO.finditer(folded):
        parts = int(ratio.group(1).replace(",", ""))
        facts.doses.append(Dose(100 / parts, "ratio", "strength", 100 / parts, f"1:{parts}"))
    weekdays = _weekdays_a_week(folded)  # before the hyphens go: "Mon-Fri" is five days
    hyphened, folded = folded, _unhyphened(folded)
    hours = _EVERY_HOURS.search(folded)
    counted = _TIMES_PER.search(folded) or _FEW_SESSIONS.search(folded)
    every = _every(hours) if hours else 0
    span = _HOUR_RANGE.search(folded)
    low, high = sorted(int(x) for x in span.groups() if x is not None) if span else (0, 0)
    times_range = _TIMES_RANGE.search(folded)
    fewest, most = sorted((_count(times_range.group(1)), _count(times_range.group(2)))
                          ) if times_range else (0, 0)
    if 0 < low < high <= 72:
        facts.per_day_range = (24 / high, 24 / low)
        facts.frequency = f"every {low} to {high} hours"
    elif times_range and 0 < fewest < most:
        period = _PERIODS[times_range.group(3)]
        facts.per_day_range = (fewest / period, most / period)
        facts.frequency = (f"{fewest} to {most} times a "
                           f"{_PERIOD_NAMES[period]}")
    elif (minutes := _EVERY_MINUTES.search(folded)) and (every_min := _every(minutes)) > 0:
        # (observations every 15 minutes against every 4 hours: not the same, more exactly)
        facts.per_day = 1440 / every_min
        facts.frequency = f"every {every_min} minutes"
    elif every > 0:
        facts.per_day = 24 / every
        facts.frequency = "every hour" if every == 1 else f"every {every} hours"
    elif counted and _count(counted.group(1)) > 0:
        times, period = _count(counted.group(1)), _PERIODS[counted.group(2)]
        facts.per_day = times / period
        said = _TIMES_WORDS.get(times, f"{times} times")
        facts.frequency = f"{said} a {_PERIOD_NAMES[period]}"
    elif (0 < (times := weekdays) <= 7 or (days := _DAYS_A_WEEK.search(folded))
          and 0 < (times := _every(days)) <= 7):
        facts.per_day = times / 7
        facts.frequency = ("once a day" if times == 7
                           else f"{_TIMES_WORDS.get(times, f'{times} times')} a week")
    elif (slots := _SLOTS.search(folded)) and (times := sum(
            1 for slot in slots.groups() if slot not in (None, "0"))):
        facts.per_day = float(times)
        facts.frequency = f"{_TIMES_WORDS.get(times, f'{times} times')} a day"
    elif (days := _EVERY_DAYS.search(folded)) and _every(days) > 0:
        every = _every(days)
        facts.frequency, facts.per_day = {
            1: ("once a day", 1.0), 2: ("every other day", 0.5), 7: ("once a week", 1 / 7),
        }.get(every, (f"every {every} days", 1 / every))
    elif (weeks := _EVERY_WEEKS.search(folded)) and _every(weeks) > 0:
        every = _every(weeks)
        facts.per_day = 1 / (7 * every)
        facts.frequency = _WEEKS_NAMED.get(every, f"every {every} weeks")
    elif (months := _EVERY_MONTHS.search(folded)) and _every(months) > 0:
        every = _every(months)
        facts.frequency, facts.per_day = _MONTHS_NAMED.get(
            every, (f"every {every} months", 1 / (30.4 * every)))
    elif (years := _EVERY_YEARS.search(folded)) and _every(years) > 0:
        every = _every(years)
        facts.frequency, facts.per_day = (
            ("once a year", 1 / 365) if every == 1 else (f"every {every} years", 1 / (365 * every)))
    elif len(facts.doses) <= 1 and (in_turn := _times_in_turn(folded)[0]) >= 2:
        # (two doses at two times are read as doses at their times, below)
        facts.per_day = float(in_turn)
        facts.frequency = f"{_TIMES_WORDS.get(in_turn, f'{in_turn} times')} a day"
    elif _ANY_FREQUENCY.search(folded):
        for pattern, per_day, name in _FREQ_RES:
            if pattern.search(folded):
                facts.per_day, facts.frequency = per_day, name
                break
        if facts.frequency == WHOLE_DAY and _ONCE_A_DAY.search(folded.replace("perdaytotal", "")):
            facts.frequency = "once a day"  # "2 g/day at night": the day's dose taken at once
        if facts.per_day == 1.0 and len(facts.doses) > 1:
            _doses_at_their_times(folded, facts)
    needed = AS_NEEDED.search(folded)
    if needed and _STEP_WORDS.search(folded, _clause_start(folded, needed.start()),
                                     needed.start()):
        # "increase to 100 mg if needed", "subir a 100 mg si hace falta": the change is if
        # needed, not each dose (not "up to 4 times a day if needed": no change of dose)
        needed = None
    facts.regular = needed is None and _REGULARLY.search(folded) is not None
    facts.rhythm_most = _UP_TO_TIMES.search(folded) is not None
    facts.as_needed = needed is not None or facts.rhythm_most
    if needed and any(ch.isdigit() for ch in needed.group()):
        facts.trigger = " ".join(needed.group().split())  # "if seizure lasts over 5 minutes"
    # a way said outright wins over a form that usually goes another way ("pessary ...
    # rectally": Cyclogest goes either way)
    said = _ROUTE_SAID_OUTRIGHT.search(folded) if "ally" in folded or "per " in folded else None
    named = said.group() if said else folded
    if "infus" in named or "drip" in named:
        named = _INFUSED.sub(" ", named)
        facts.route = _IV  # unless another way is named
    for pattern, name in _ROUTE_RES if _ANY_ROUTE.search(named) else ():
        if pattern.search(named):
            facts.route = name
            break
    facts.sides = _sides_in(hyphened, folded)
    facts.time_of_day, facts.clock = _time_of_day(folded)
    facts.food = _food(folded)
    facts.preparation = _preparation(folded)
    facts.weekdays = _weekdays_named(folded)
    facts.per_dose = " perdose " in folded
    facts.per_hour = bool(facts.doses) and _RATE_BY_THE_HOUR.search(folded) is not None
    if facts.doses and _AT_ONCE.search(folded):
        facts.at_once = "slowly" if _SLOWLY.search(folded) else "push"
    if _SAYS_A_TIME.search(folded) and (
            not facts.doses or any(word in folded for word in _INFUSION_WORDS)) and (
            session := _session(folded, infused=bool(facts.doses))):
        facts.session, week = session
        if week and facts.frequency in ("once a week", "") and facts.per_day_range is None:
            # "150 minutes a week": the week's time in all, not once a week
            facts.session_week, facts.per_day, facts.frequency = True, None, ""
    facts.day_total = "perdaytotal" in folded
    if day_written and facts.per_day is not None and facts.per_day > 1.0 + 1e-9:
        _share_out(facts, day_written, facts.per_day)
    if not facts.doses and (bare := _bare_dose(dosing)) is not None:
        facts.doses.append(bare)
    if not facts.doses and ("kg" in dosing or "kilo" in dosing) and not facts.weight_kg and (
            kilos := _KILOS_ALONE.search(dosing)):
        # a weight to bear or to lose ("partial weight bearing 20 kg", "lose 5 kg"): an amount
        # of its own, against "20%" or "10 kg"
        value = float(kilos.group(1))
        facts.doses.append(Dose(value, "kg", "body_kg", value, kilos.group(1)))
    if any(d.dimension in BY_WEIGHT for d in facts.doses) and (
            weight := _WEIGHT.search(folded)):
        facts.weight_kg = float(weight.group(1))
    if not (facts.doses or facts.cycles_counted or facts.route) and (
            "x" in folded or "×" in folded):
        # a regimen "x4": its cycles ("CAPOX x4" against "CAPOX 8 cycles" had read as one
        # said more exactly)
        facts.cycles_counted = cycles.cycles_counted_bare(folded, written)
    if "altern" in folded or "other day" in folded or "second day" in folded or (
            "cada dos dias" in folded) or "one day" in folded or "un dia" in folded:
        _alternating(folded, facts)
    if ("then" in plain or "luego" in plain or "followed by" in plain) and not (
            facts.at_times or facts.cycle):
        _rhythms_in_turn(fold(written), facts)
    return facts


# A course whose rhythm changes, step by step: "20 mg bd for 8 weeks, then od", "tds for 1
# week, then bd for 1 week, then od" (only the rhythm found first, or any one, had been read:
# "bd for 8 weeks then once daily" and "... then twice daily" were the same)
_THEN_STEP = re.compile(r"\b(?:and then|then|followed by|y luego|luego|despues)\b")


def _rhythms_in_turn(folded: str, facts: Facts) -> None:
    """Marks the rhythms of a course in steps (``Facts.rhythms_in_turn``), where two or more
    steps give one each; the first is the course's rhythm."""
    steps = _THEN_STEP.split(folded)
    if len(steps) < 2 or _STEP_WORDS.search(folded):
        return  # (a taper's "then reduce by 5 mg weekly" is no rhythm of the dose)
    # (each step's own rhythm, a step being cut by commas too: "tds x1 wk, bd x1 wk, then od")
    said = [read(piece) for step in steps for piece in step.split(",") if piece.strip()]
    rhythms = [piece for piece in said if piece.frequency]
    if len(rhythms) < 2 or any(piece.time_of_day for piece in rhythms):
        return  # (doses at times of the day in turn: "500 mg in the morning then 500 mg at night")
    first = rhythms[0]
    facts.rhythms_in_turn = tuple(piece.frequency for piece in rhythms)
    facts.frequency, facts.per_day, facts.per_day_range = (first.frequency, first.per_day,
                                                            first.per_day_range)


def _rhythms_apart(fa: Facts, fb: Facts) -> bool:
    """Whether two courses, each with its rhythm changing step by step, step through other
    rhythms ("bd for 8 weeks then od" against "bd for 8 weeks then twice daily")."""
    if len(fa.rhythms_in_turn) < 2 or len(fb.rhythms_in_turn) < 2:
        return False
    return _in_turn(fa.rhythms_in_turn) != _in_turn(fb.rhythms_in_turn)


def _in_turn(rhythms: tuple[str, ...]) -> tuple[str, ...]:
    """Rhythms in turn, one said again in the next step once ("bd, then bd": bd)."""
    return tuple(r for i, r in enumerate(rhythms) if i == 0 or r != rhythms[i - 1])


# Two amounts taken on days in turn, as warfarin, levothyroxine and hydroxychloroquine often
# are: "5 mg and 2.5 mg on alternate days", "5/2.5 mg alternate days", "200 mg alternating
# with 400 mg daily", "alternando 5 mg y 2,5 mg" (read before, each dose had been every other
# day, and the two added up: "200 mg + 400 mg, every other day" against "once a day")
_AN_AMOUNT = (r"\d+(?:[.,]\d+)?(?:\s*(?:mg|mcg|micrograms?|milligrams?|g|units?|iu|ml|"
              r"microgramos?|miligramos?|unidades|tablets?|tabs?|comprimidos?))?")
_ALTERNATE_DAYS = (r"(?:(?:on|en|a)\s+)?(?:alternate[\s-]days?|alternating days|every other day|"
                   r"every second day|d[ií]as alternos|cada dos d[ií]as)\b")
ALTERNATING_DOSES = re.compile(
    rf"\b{_AN_AMOUNT}\s*(?:and|y|/|,|or|o)\s*{_AN_AMOUNT}\s*,?\s*(?P<days>{_ALTERNATE_DAYS})|"
    rf"\b{_AN_AMOUNT}\s+(?:alternating|alternated|alternate|alternando|alternado)"
    rf"(?:\s+(?:with|con))?\s+{_AN_AMOUNT}\b|"
    rf"\b(?:alternating|alternate|alternando|alternar)\s+(?:between\s+|entre\s+)?{_AN_AMOUNT}"
    rf"\s*(?:and|with|y|con|/|,)\s*{_AN_AMOUNT}\b|"
    # "5 mg one day, 2.5 mg the next", "4 mg un día y 2 mg al otro"
    rf"\b{_AN_AMOUNT}\s+(?P<turn>one day|un d[ií]a)\s*,?\s*(?:and\s+|y\s+|then\s+)?{_AN_AMOUNT}"
    r"\s+(?:the next(?: day)?|the other(?: day)?|the day after|al otro(?: d[ií]a)?|"
    r"el otro(?: d[ií]a)?|al d[ií]a siguiente|el siguiente)\b")


def _alternating(folded: str, facts: Facts) -> None:
    """Marks two amounts given on days in turn (``ALTERNATING_DOSES``) as such: a combined
    strength ("5/2.5 mg") is two doses then, and the rhythm is one dose a day."""
    found = ALTERNATING_DOSES.search(folded)
    if not found or facts.stepped or facts.at_times:
        return
    doses = facts.doses
    if len(doses) == 1 and len(doses[0].parts) == 2 and doses[0].written.count("/") == 1:
        whole = doses[0]
        doses = [replace(whole, amount=float(written), base=part, written=written, parts=())
                 for written, part in zip(whole.written.split("/"), whole.parts, strict=True)]
    if len(doses) < 2 or len({d.dimension for d in doses}) != 1:
        return
    facts.doses, facts.alternating, facts.day_total = doses, True, False
    if found["days"] or found["turn"] or facts.frequency in (WHOLE_DAY, "once a day"):
        facts.per_day, facts.frequency = 1.0, "once a day"


# A cream is not an ointment, nor eye drops an eye ointment: each is made up its own way, and
# one doctor's "hydrocortisone 1% cream" against another's "... ointment" is another product.
# Read where a text names one only ("cream or ointment" names none).
PREPARATIONS = (
    ("cream", re.compile(r"\b(?:creams?|crema|cremas)\b")),
    ("ointment", re.compile(r"\b(?:ointments?|oint|pomadas?|unguentos?)\b")),
    ("gel", re.compile(r"\b(?:gels?|geles)\b")),
    ("lotion", re.compile(r"\b(?:lotions?|locion|lociones)\b")),
    ("foam", re.compile(r"\b(?:foams?|espuma)\b")),
    ("drops", re.compile(r"\b(?:drops|gotas|colirio)\b")),
    ("spray", re.compile(r"\b(?:sprays?|pulverizador|aerosol nasal)\b")),
    ("shampoo", re.compile(r"\b(?:shampoos?|champu)\b")),
    # into the rectum as a suppository or as an enema (mesalazine, steroids): two products
    ("suppository", re.compile(r"\b(?:suppositor(?:y|ies)|supp?s|supositorios?)\b")),
    ("enema", re.compile(r"\b(?:enemas?)\b")),
    # a wash rinsed off against a gel or cream left on ("benzoyl peroxide 5% wash")
    ("wash", re.compile(r"(?<=% )washes\b|(?<=% )wash\b|\b(?:face|facial|skin|body)\s+washes?\b|"
                        r"\bcleansers?\b")),
)


# Vitamin D in international units or by mass: 40 units are 1 microgram ("1000 IU" = "25
# micrograms", "50,000 IU" = "1.25 mg"), so its units are set as a mass (insulin's stay units)
_VITAMIN_D = Hinted(r"\b(?:vit(?:amin[ae]?)?\.?\s*d[23]?|d3|c[o]?lecalciferol|cholecalciferol|"
                    r"ergocalciferol|calciferol|fultium|invita d3|stexerol)\b",
                    "vit", "d3", "calciferol", "fultium", "stexerol")
_MG_PER_UNIT_OF_VITAMIN_D = 0.000025


def _share_out(facts: Facts, day_written: set[tuple[str, str]], per_day: float) -> None:
    """A day's total given so many times a day is that share of it at each dose: "40
    mg/kg/day three times a day" gives 40/3 mg/kg each time, as "40 mg/kg/day in 3 divided
    doses" does (and not 40 mg/kg three times)."""
    shares: list[Dose] = []
    for dose in facts.doses:
        if (dose.written, dose.unit) in day_written:
            facts.day_doses.append(dose)
            dose = replace(dose, amount=dose.amount / per_day, base=dose.base / per_day,
                           other=None if dose.other is None else dose.other / per_day)
        shares.append(dose)
    facts.doses = shares


def doses_said(facts: Facts, dimension: str | None = None) -> str:
    """The doses as the text gives them (of one ``dimension``, or all): a day's total as such
    ("40 mg per kg of body weight a day in all"), not as the share worked out for each dose."""
    day = [d for d in facts.day_doses if dimension is None or d.dimension == dimension]
    rest = [d for d in facts.doses if (dimension is None or d.dimension == dimension)
            and not any((d.written, d.unit) == (x.written, x.unit) for x in day)]
    said = [fill(_(_DAY_OR_DOSE[True]), amount=dose_words(day))] if day else []
    if facts.stepped and not day and len(rest) > 1:
        # one after another: "50 mg (milligrams) then 100 mg (milligrams)"
        return _(" then ").join(d.words for d in rest)
    if facts.alternating and not day and len(rest) > 1:
        # on days in turn: "5 mg (milligrams) alternating with 2.5 mg (milligrams)"
        return _(" alternating with ").join(d.words for d in rest)
    return " + ".join([*said, *([dose_words(rest)] if rest else [])])


def _vitamin_d_by_mass(dose: Dose) -> Dose:
    if dose.dimension != "units":
        return dose
    return Dose(dose.amount, dose.unit, "mass", dose.base * _MG_PER_UNIT_OF_VITAMIN_D,
                dose.written, dose.other)


_ANY_PREPARATION = Hinted(
    "|".join(f"(?:{pattern.pattern})" for _name, pattern in PREPARATIONS),
    "aerosol nasal", "champu", "cion", "cleanser", "colirio", "cre", "drops", "enema", "espuma",
    "foam", "gel", "gotas", "oint", "pomada", "pulverizador", "shampoo", "spray", "sup", "tion",
    "unguento", "wash")


def _preparation(folded: str) -> str:
    if not _ANY_PREPARATION.search(folded):  # most texts name none: one search first
        return ""
    found = {name for name, pattern in PREPARATIONS if pattern.search(folded)}
    return found.pop() if len(found) == 1 else ""


# A dose with no unit straight after a medicine's name, as families write it down: "furosemide
# 40 in the morning", "Eliquis 2.5 twice a day", "levothyroxine 50" (the medicine's usual unit
# goes without saying). Not a count or a length ("amoxicillin 7 days", "physio 6 sessions").
_BARE_DOSE = re.compile(
    r"^\s*(?:(?:take|taking|start|continue|carry on|restart|give)\s+)?"
    r"([a-z][a-z-]{3,}(?:\s+[a-z][a-z-]{3,})?)\s+(\d{1,4}(?:\.\d{1,3})?)(?=\s|,|$)"
    r"(?!\s*(?:x\b|times|days?|weeks?|months?|years?|hours?|hrs?|h\b|mins?|minutes?|doses?|"
    r"yrs?\b|wks?\b|mths?\b|mnths?\b|mos?\b|d\b|w\b|"
    r"cycles?|sessions?|fractions?|to\b|or\b|-|/|%|\d|"
    # (in Spanish too: "antibiótico 7 días" is a course, not 7 of it)
    r"dias?\b|semanas?\b|mes(?:es)?\b|anos?\b|horas?\b|minutos?\b|veces\b|vez\b|dosis\b|"
    r"ciclos?\b|sesiones?\b|tomas?\b))")


_KILOS_ALONE = re.compile(r"(?<![\w.,/])(\d{1,3}(?:\.\d)?)\s*(?:kg|" + terms.KILO_WORDS + r")\b"
                          r"(?!\s*/)")


def _bare_dose(dosing: str) -> Dose | None:
    found = _BARE_DOSE.match(dosing)
    if found is None or terms.canonical(found.group(1)) not in terms.MEDICINES:
        return None
    value = float(found.group(2))
    return Dose(value, "", "bare", value, found.group(2)) if value > 0 else None


def _with_bare_read(bare: Facts, other: Facts) -> Facts:
    """``bare``'s dose without a unit read in the unit of ``other``'s dose, where one of its
    readings (in that unit, or in mg, micrograms or grams) is that amount ("levothyroxine 50"
    against "levothyroxine 50 mcg"); else as it was, a dose set against the other's."""
    if len(bare.doses) != 1 or bare.doses[0].dimension != "bare" or len(other.doses) != 1:
        return bare
    written, theirs = bare.doses[0], other.doses[0]
    if theirs.dimension == "bare" or theirs.dimension not in ("mass", "units", "volume"):
        return bare
    for unit in (theirs.unit, "mg", "mcg", "g"):
        if unit in UNITS and UNITS[unit][0] == theirs.dimension and abs(
                written.amount * UNITS[unit][1] - theirs.base) < 1e-9 * max(1.0, theirs.base):
            return replace(bare, doses=[Dose(written.amount, unit, theirs.dimension,
                                             written.amount * UNITS[unit][1], written.written)])
    return bare


# How each kind of fact difference is said (options.GAP_MARKS has a mark for each kind)
DIFFERENCE_TEMPLATES = {
    "dose": N_("{a_name} wrote {a}, {b_name} {b}"),
    "frequency": N_("how often: {a_name} wrote {a}, {b_name} {b}"),
    "product": N_("which product: {a_name} wrote {a}, {b_name} {b}"),
    "count": N_("how many doses: {a_name} wrote {a}, {b_name} {b}"),
    "route": N_("how it is given: {a_name} wrote {a}, {b_name} {b}"),
    "side": N_("which side: {a_name} wrote {a}, {b_name} {b}"),
    "food": N_("with food or not: {a_name} wrote {a}, {b_name} {b}"),
    "drink": N_("what to take it with: {a_name} wrote {a}, {b_name} {b}"),
    "preparation": N_("in what form: {a_name} wrote {a}, {b_name} {b}"),
    "order": N_("in what order: {a_name} wrote {a}; {b_name} {b}"),
    "limit": N_("the most to take: {a_name} wrote {a}, {b_name} {b}"),
    "days": N_("on which days: {a_name} wrote {a}, {b_name} {b}"),
    "trigger": N_("when to give it: {a_name} wrote {a}, {b_name} {b}"),
    "time": N_("when in the day: {a_name} wrote {a}, {b_name} {b}"),
    "course": N_("how long: {a_name} wrote {a}, {b_name} {b}"),
    "cycle": N_("the cycles: {a_name} wrote {a}, {b_name} {b}"),
    "step": N_("the dose in steps: {a_name} wrote {a}, {b_name} {b}"),
    "end": N_("at the end of the course: {a_name} wrote {a}, {b_name} {b}"),
    "each_time": N_("how many each time: {a_name} wrote {a}, {b_name} {b}"),
    "session": N_("how long each time: {a_name} wrote {a}, {b_name} {b}"),
    "weekly": N_("time in a week: {a_name} wrote {a}, {b_name} {b}"),
    "when": N_("how soon: {a_name} wrote {a}, {b_name} {b}"),
    "before": N_("how long before: {a_name} wrote {a}, {b_name} {b}"),
}
# ... where only one doctor gives a time before (the other's word empty: before_difference),
# or a way of giving (the other's empty: a form given in one place, in a row that differs)
_SAID_BY_ONE = {
    "before": {"a": N_("how long before: {a_name} wrote {a}; {b_name} gave no time"),
               "b": N_("how long before: {a_name} gave no time; {b_name} wrote {b}")},
    "route": {"a": N_("how it is given: {a_name} wrote {a}; {b_name} did not say"),
              "b": N_("how it is given: {a_name} did not say; {b_name} wrote {b}")},
}
# The ways of giving that put a medicine in one place (drops, a cream, an inhaler, a
# pessary): another form than the tablet a dose with no way given may be
_LOCAL_ROUTES = frozenset({"in the eye", "in the ear", "in the nose (nasal)",
                           "on the skin (topical)", "skin patch (transdermal)", "inhaled",
                           "vaginal", "rectal", "into the eye (intravitreal)",
                           "around the eye (sub-Tenon)"})
# When in the day, as a difference says it (Facts.time_of_day)
TIME_WORDS = {"morning": N_("in the morning"), "afternoon": N_("in the afternoon"),
              "night": N_("at night"), "day": N_("during the day"), "midday": N_("at midday")}


@dataclass(eq=False, repr=False)
class FactDifference(FieldMethods):
    kind: str
    """A key of DIFFERENCE_TEMPLATES: "dose", "frequency", "count" (doses in all), "route",
    "side", "food", "drink", "preparation", "order", "limit", "days", "trigger", "time",
    "course" (how long), "step" (a dose lowered or raised by so much at a time), "end" (what
    follows the course: "stop" against "review"), "each_time" (another count at each time of
    the day), "session" (how long each time), "weekly" (an activity's time in a week), "when"
    (how soon from now, ``when_difference``: a detail's words only, never a fact of
    ``differences``) or "before" (how long before a thing, ``before_difference``: the same)."""
    a: str
    b: str
    factor: float = 0.0
    """For a dose: how many times larger the larger one is (0 when an amount is unclear)."""
    unclear: bool = False
    """A dose written so that it can mean two amounts, one the other doctor's and one not: the
    program cannot tell whether they differ."""
    same_day: str = ""
    """For a dose: the day's amount, where two doses at two rhythms come to the same in a day
    ("2 g (grams)" for "2 g once a day" against "1 g twice a day"); for a time each time, the
    week's ("150 minutes" for 30 minutes five days a week against 50 minutes three times)."""

    at_times: bool = False
    """For doses in another order: whether they are doses at times of the day ("25 mg in the
    morning, 50 mg at night"), said as which dose when rather than in what order."""
    of: str = ""
    """What the difference is of, where a line names several treatments, each with its own
    facts ("ibuprofen" of "paracetamol 1 g qds and ibuprofen 400 mg tds"): said before it."""

    def words(self, name_a: str, name_b: str) -> str:
        """"Dr Hale wrote 5 mg (milligrams), Dr Tanaka 0.5 mg (milligrams) (one is 10 times the
        other)", in the language in force."""
        template = DIFFERENCE_TEMPLATES[self.kind]
        if self.at_times:
            template = N_("which dose when: {a_name} wrote {a}; {b_name} {b}")
        if self.kind in _SAID_BY_ONE and not (self.a and self.b):
            template = _SAID_BY_ONE[self.kind]["a" if self.a else "b"]
        line = fill(_(template), a_name=name_a, a=self.a, b_name=name_b, b=self.b)
        if self.kind == "dose" and self.factor >= 1.5:
            line += " " + fill(_("(one is {times} the other)"), times=_times(self.factor))
        elif self.kind == "dose" and self.same_day:
            line += " " + fill(_("(the same in a day: {amount})"), amount=self.same_day)
        elif self.kind == "session" and self.same_day:
            line += " " + fill(_("(the same in a week: {amount})"), amount=self.same_day)
        if not self.of:
            return line
        return fill(_("{thing}: {difference}"), thing=self.of,
                    difference=i18n.inside_sentence(line))


def _times(factor: float) -> str:
    rounded = round(factor)
    if abs(factor - rounded) < 0.05:
        return fill(ngettext("{n} time", "{n} times", int(rounded)), n=_number(float(rounded)))
    return fill(_("{n} times"), n=f"{factor:.1f}")


# A unit as an unclear amount's readings name it ("1 mg or 1,000 mg").
_SHORT_WORDS = {"units": N_("units"), "ml": "mL", "l": "L", "gy": "Gy", "cgy": "cGy"}
# With food or not, as a difference says it.
FOOD_WORDS = {"empty": N_("on an empty stomach"), "food": N_("with food"),
              "juice": N_("with juice"), "tea": N_("with tea or coffee")}
# What a medicine for the skin, eye, ear or nose is made up as (Facts.preparation)
PREPARATION_WORDS = {"cream": N_("cream"), "ointment": N_("ointment"), "gel": N_("gel"),
                     "lotion": N_("lotion"), "foam": N_("foam"), "drops": N_("drops"),
                     "spray": N_("spray"), "shampoo": N_("shampoo"),
                     "suppository": N_("suppository"), "enema": N_("enema"), "wash": N_("wash")}
# The sides as a difference says them.
SIDE_WORDS = {"left": N_("left"), "right": N_("right"), "both sides": N_("both sides")}
# "every 6 weeks" as read() names it -> its words in the catalog
_EVERY_N = re.compile(r"every (\d+) (minutes|hours|days|weeks|months|years)")
_EVERY_RANGE = re.compile(r"every (\d+) to (\d+) hours")
_EVERY_N_WORDS = {"minutes": N_("every {minutes} minutes"),
                  "hours": N_("every {hours} hours"), "days": N_("every {days} days"),
                  "weeks": N_("every {weeks} weeks"), "months": N_("every {months} months"),
                  "years": N_("every {years} years")}
_N_TIMES = re.compile(r"(\d+) times a (day|week|month|year)")
_N_TO_M_TIMES = re.compile(r"(\d+) to (\d+) times a (day|week|month|year)")


def _rhythms_said(facts: Facts) -> str:
    """A text's rhythm as a difference quotes it, each in turn where it changes."""
    return _(" then ").join(map(frequency_words,
                                _in_turn(facts.rhythms_in_turn) or (facts.frequency,)))


def frequency_words(frequency: str) -> str:
    """A frequency as read() names it ("three times a day", "every 12 hours"), in the language
    in force."""
    if span := _EVERY_RANGE.fullmatch(frequency):
        return fill(_("every {low} to {high} hours"), low=span.group(1), high=span.group(2))
    every = _EVERY_N.fullmatch(frequency)
    if every:
        count, unit = every.groups()
        return fill(_(_EVERY_N_WORDS[unit]), **{unit: count})
    if spread := _N_TO_M_TIMES.fullmatch(frequency):
        template = {"day": N_("{low} to {high} times a day"),
                    "week": N_("{low} to {high} times a week"),
                    "month": N_("{low} to {high} times a month"),
                    "year": N_("{low} to {high} times a year")}[spread.group(3)]
        return fill(_(template), low=spread.group(1), high=spread.group(2))
    counted = _N_TIMES.fullmatch(frequency)
    if counted:
        template = {"day": N_("{n} times a day"), "week": N_("{n} times a week"),
                    "month": N_("{n} times a month"), "year": N_("{n} times a year")}[
            counted.group(2)]
        return fill(_(template), n=counted.group(1))
    if frequency in _TWO_MEANINGS:
        return _(_TWO_MEANINGS[frequency])
    return _(frequency) if frequency else ""


def dose_words(doses: list[Dose]) -> str:
    """Doses as a difference names them ("500 mg (milligrams) + 50 mg (milligrams)")."""
    return " + ".join(d.words for d in doses)


NO_GROUPING: frozenset[str] = frozenset()


def _amount_sets(doses: list[Dose]) -> set[tuple[float, ...]]:
    """Every way the doses of one dimension can be read together, each sorted and rounded."""
    ways: set[tuple[float, ...]] = {()}
    for dose in doses:
        ways = {way + (round(base, 9),) for way in ways for base in dose.bases}
    return {tuple(sorted(way)) for way in ways}


# The plain dimension of each dose by weight.
BY_WEIGHT = {"mass/kg": "mass", "volume/kg": "volume", "units/kg": "units"}
# ... and of each dose by body surface
BY_AREA = {"mass/m2": "mass", "volume/m2": "volume", "units/m2": "units"}
_BASE_UNIT = {"mass": "mg", "volume": "ml", "units": "units"}
# A weight: "20 kg", "weighs 12.5 kilos" (not the "/kg" of a dose by weight)
_WEIGHT = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d)?)\s*(?:kg|kgs|kilos?|kilograms?|kilogramos?)\b")


# The weight as notes give it: "child is 20 kg", "(weight 20 kg)", "baby weighs 5 kg", "peso 12
# kilos", said of the patient ("lose 5 kg" is advice, not a weight).
_WEIGHT_SAID = re.compile(
    r"(?:\b(?:child|baby|kid|patient|he|she|nino|nina|bebe|paciente)\b\s*:?\s*"
    r"(?:(?:is|weighs|weighing|of|de|pesa)\s+)?|\b(?:weight|weighs|weighing|wt|pesa|peso)\b"
    r"\s*:?\s*(?:(?:of|de)\s+)?)" + _WEIGHT.pattern)


def _read_pair(text_a: str | None, text_b: str | None, grouping_a: frozenset[str],
               grouping_b: frozenset[str]) -> tuple[Facts, Facts]:
    """Both texts' facts; a dose by weight worked out for the weight either text gives ("15
    mg/kg" for a child of 20 kg against "300 mg"), where the two give no other weight."""
    fa, fb = read(text_a or "", grouping_a), read(text_b or "", grouping_b)
    if fa.element or fb.element:
        # a salt's side that says what it holds of the mineral the other doses: that is set
        # against the other's ("ferrous fumarate 210 mg (65 mg iron)" against "iron 65 mg")
        salt_a, salt_b = _salt_named(text_a or "", text_b or "")
        if salt_a and fa.element:
            fa = replace(fa, doses=[fa.element])
        elif salt_b and fb.element:
            fb = replace(fb, doses=[fb.element])
    fa, fb = _with_bare_read(fa, fb), _with_bare_read(fb, fa)
    fa, fb = _split_like(fa, fb), _split_like(fb, fa)
    weights = {w for w in (fa.weight_kg, fb.weight_kg) if w}
    if len(weights) != 1:
        return fa, fb
    weight = weights.pop()
    return _for_weight(fa, weight), _for_weight(fb, weight)


def _fixed_times_a_day(facts: Facts) -> float:
    """How many doses a day a text gives at a fixed rhythm of whole doses a day ("1 g four
    times a day", "every 8 hours"); 0 for none, one "when needed", a course in steps, doses at
    times of their own, a rate by the hour, or a rhythm of less than once a day."""
    times = facts.per_day
    if (times is None or times < 1.0 - 1e-9 or abs(times - round(times)) > 1e-6
            or facts.as_needed or facts.stepped or facts.at_times or facts.per_hour):
        return 0.0
    return float(round(times))


def _split_like(total: Facts, other: Facts) -> Facts:
    """A day's total whose split is not said ("paracetamol 4 g/day") against so many doses a
    day ("1 g four times a day"): its dose shared out over the other's doses, with no rhythm of
    its own, so that the same day's amount reads as the other saying more (how the day's dose
    is taken), and another as a dose that differs, quoted as the day's total. Read as once a
    day, "4 g/day" had been "4 times" the other's "1 g", at another rhythm."""
    times = _fixed_times_a_day(other)
    if (total.frequency != WHOLE_DAY or len(total.doses) != 1 or total.day_doses
            or total.as_needed or total.stepped or times < 2):
        return total
    (dose,) = total.doses
    share = replace(dose, amount=dose.amount / times, base=dose.base / times,
                    other=None if dose.other is None else dose.other / times)
    return replace(total, doses=[share], day_doses=[dose], per_day=None, frequency="")


def _for_weight(facts: Facts, weight: float) -> Facts:
    if not any(d.dimension in BY_WEIGHT for d in facts.doses):
        return facts
    doses = []
    for dose in facts.doses:
        plain = BY_WEIGHT.get(dose.dimension)
        if plain is None:
            doses.append(dose)
            continue
        amount = dose.base * weight  # in the plain dimension's base unit (mg, mL, units)
        doses.append(Dose(amount, _BASE_UNIT[plain], plain, amount,
                          f"{_number(dose.amount)} {dose.unit} × {_number(weight)} kg",
                          None if dose.other is None else dose.other * weight * (
                              dose.base / dose.amount if dose.amount else 0.0),
                          low=dose.low_base * weight if dose.low else 0.0))
    return replace(facts, doses=doses)


def _one_dose_in_steps(facts: Facts, doses: list[Dose]) -> list[Dose]:
    """The doses of a course in steps that keeps one dose ("20 mg bd for 2 months, then 20 mg
    od": its rhythm steps) as that one dose: it had been "20 mg then 20 mg" against the other
    doctor's "20 mg ... then once daily"."""
    if facts.stepped and len(doses) > 1 and len({(d.base, d.other) for d in doses}) == 1:
        return doses[:1]
    return doses


def _dose_findings(fa: Facts, fb: Facts) -> list[FactDifference]:
    """Per dimension both state: a difference when every reading of one differs from every
    reading of the other; unclear when some readings agree and some do not."""
    out: list[FactDifference] = []
    stated_both = {d.dimension for d in fa.doses} & {d.dimension for d in fb.doses}
    counted_both = not stated_both.isdisjoint(FORMS)
    for dimension in sorted(stated_both):
        doses_a = _one_dose_in_steps(fa, [d for d in fa.doses if d.dimension == dimension])
        doses_b = _one_dose_in_steps(fb, [d for d in fb.doses if d.dimension == dimension])
        if any(d.low for d in doses_a + doses_b):
            if not _ranges_agree(doses_a, doses_b):
                out.append(FactDifference("dose", _dose_said(fa, fb, dimension),
                                          _dose_said(fb, fa, dimension)))
            continue
        ways_a, ways_b = _amount_sets(doses_a), _amount_sets(doses_b)
        written_alike = sorted((d.written, d.unit) for d in doses_a) == sorted(
            (d.written, d.unit) for d in doses_b)
        # The same clear amounts, or the same unclear figures on both sides ("1.000 mg" twice);
        # "1,000 mg" against "1.000 mg" from writers nothing is known of stays unclear.
        if ways_a == ways_b and (len(ways_a) == 1 or written_alike) and _parts_alike(
                doses_a, doses_b):
            if fa.alternating != fb.alternating and len(doses_a) > 1:
                # the same two amounts, on days in turn against both taken
                out.append(FactDifference("dose", _dose_said(fa, fb, dimension),
                                          _dose_said(fb, fa, dimension)))
            continue
        if any(d.parts for d in doses_a + doses_b) and len(doses_a) == len(doses_b) == 1:
            if doses_a[0].parts and doses_b[0].parts and _parts_alike(doses_a, doses_b) and (
                    ways_a != ways_b and not counted_both):
                # one strength, so many of it ("2 x 30/500 mg" against "30/500 mg"): the
                # count may be the one the other means, or may not be (where both count the
                # tablets, their counts say it)
                out.append(FactDifference("dose", _dose_said(fa, fb, dimension),
                                          _dose_said(fb, fa, dimension),
                                          unclear=bool(ways_a & ways_b)))
                continue
            if found := _combined_finding(doses_a[0], doses_b[0], _dose_said(fa, fb, dimension),
                                          _dose_said(fb, fa, dimension)):
                out.append(found)
            continue
        day_a, day_b = ([d for d in f.day_doses if d.dimension == dimension] for f in (fa, fb))
        if day_a and day_b and _amount_sets(day_a) == _amount_sets(day_b):
            continue  # one day's total, shared out another way: how often says so
        if any(x <= 0 for way in ways_a | ways_b for x in way):
            continue
        words_a, words_b = _dose_said(fa, fb, dimension), _dose_said(fb, fa, dimension)
        if ways_a & ways_b and _one_count_times(doses_a + doses_b):
            # "2 x 0.3 mg" against "2 x 0.15 mg": whichever way "2 x" is meant, both doctors
            # mean it alike, so the two strengths differ (not 0.3 mg both ways)
            ways_a = {tuple(sorted(round(d.base, 9) for d in doses_a))}
            ways_b = {tuple(sorted(round(d.base, 9) for d in doses_b))}
            if ways_a == ways_b:
                continue
        if ways_a & ways_b:
            out.append(FactDifference("dose", words_a, words_b, unclear=True))
            continue
        factor = 0.0
        # doses one after another are no amount to set against another ("50 mg, then 100 mg"
        # is not 1.5 times "100 mg"), nor are doses on days of their own ("3 mg and 1 mg on
        # alternate days", "100 mcg Mon-Fri, 50 mcg Sat-Sun" had been 2 and 1.5 times the other's
        # one dose): only one dose, or doses each taken once a day, add up
        if len(ways_a) == len(ways_b) == 1 and not (fa.stepped or fb.stepped) and all(
                len(doses) == 1 or facts.at_times
                for doses, facts in ((doses_a, fa), (doses_b, fb))):
            (da,), (db,) = ways_a, ways_b
            big, small = max(sum(da), sum(db)), min(sum(da), sum(db))
            factor = big / small if small else 0.0
        if day_a and day_b and factor:  # the day's totals are what the words quote
            total_a, total_b = (sum(d.base for d in day) for day in (day_a, day_b))
            factor = max(total_a, total_b) / min(total_a, total_b)
        if _day_against_doses(fa, fb) or _day_against_doses(fb, fa):
            factor = 0.0  # "4 g/day" against "1 g every 4 to 6 hours": no 4 times the medicine
        same_day = ""
        if factor and not (day_a or day_b) and (in_a := _in_a_day(fa, dimension)) and (
                in_b := _in_a_day(fb, dimension)) and _one_rhythm(in_a.base, in_b.base):
            # "2 g once a day" against "1 g twice a day": the same in a day, taken in other
            # doses (how often says so); "one is 2 times the other" read as twice the medicine
            factor = 0.0
            same_day = (in_a if doses_a[0].base >= doses_b[0].base else in_b).words
        elif (len(doses_a) > 1 and fa.at_times) != (len(doses_b) > 1 and fb.at_times):
            # doses each once a day ("300 mg in the morning and 600 mg at night": a day's
            # total) against one dose at a rhythm ("300 mg three times a day"): no "times the
            # other" of a day's total against one dose; the same in a day where it is
            factor = 0.0
            timed, one = (doses_a, fb) if len(doses_a) > 1 and fa.at_times else (doses_b, fa)
            in_one = _in_a_day(one, dimension)
            if in_one and _one_rhythm(sum(d.base for d in timed), in_one.base):
                same_day = in_one.words
        out.append(FactDifference("dose", words_a, words_b, factor, same_day=same_day))
    # A dose with no unit that is no reading of the other's dose ("furosemide 40" against
    # "furosemide 20 mg")
    bare_a = [d for d in fa.doses if d.dimension == "bare"]
    bare_b = [d for d in fb.doses if d.dimension == "bare"]
    if bool(bare_a) != bool(bare_b) and fa.doses and fb.doses and not (
            {d.dimension for d in fa.doses} & {d.dimension for d in fb.doses}):
        out.append(FactDifference("dose", dose_words(fa.doses), dose_words(fb.doses)))
    # A dose by weight (or body surface) against a plain one, nothing giving the weight: not
    # the same dose as far as the notes tell ("15 mg/kg" is 15 mg only for a child of 1 kg).
    dims_a, dims_b = {d.dimension for d in fa.doses}, {d.dimension for d in fb.doses}
    for per_kg, plain in (*BY_WEIGHT.items(), *BY_AREA.items()):
        if (per_kg in dims_a and plain in dims_b and plain not in dims_a) or (
                per_kg in dims_b and plain in dims_a and plain not in dims_b):
            out.append(FactDifference(
                "dose", dose_words([d for d in fa.doses if d.dimension in (per_kg, plain)]),
                dose_words([d for d in fb.doses if d.dimension in (per_kg, plain)])))
    # an exposure aimed at against an amount ("carboplatin AUC 5" against "500 mg")
    if ("auc" in dims_a) != ("auc" in dims_b) and dims_a and dims_b:
        out.append(FactDifference("dose", dose_words(fa.doses), dose_words(fb.doses)))
    # so many tablets against an amount ("paracetamol 2 tablets" against "1 g"): the same if
    # each tablet is half a gram, and nothing says what a tablet holds (or puffs of an inhaler:
    # "salbutamol 2 puffs" against "200 micrograms", two puffs of 100 each)
    for counted, weighed in ((dims_a, dims_b), (dims_b, dims_a)):
        if counted and counted <= _COUNTED_DIMENSIONS and weighed == {"mass"}:
            out.append(FactDifference("dose", dose_words(fa.doses), dose_words(fb.doses),
                                      unclear=True))
    # so many millilitres against an amount ("amoxicillin 5 ml" against "250 mg", "Oramorph 5
    # mg" against "5 ml", "insulin 10 ml" against "10 units"): two measures no figure of the
    # notes sets side by side, said (they had differed with no words). Not "may be the same":
    # one figure in mg and in mL is the slip of a unit a prescription is checked for, and an
    # insulin's 10 mL is a hundred times its 10 units.
    if _volume_against_amount(dims_a, dims_b):
        out.append(FactDifference("dose", dose_words(fa.doses), dose_words(fb.doses)))
    return out


_AMOUNT_DIMENSIONS = frozenset({"mass", "mmol", "units"})


def _volume_against_amount(dims_a: set[str], dims_b: set[str]) -> bool:
    """Whether one side gives only a volume and the other only an amount of the medicine."""
    return any(measured == {"volume"} and weighed and weighed <= _AMOUNT_DIMENSIONS
               for measured, weighed in ((dims_a, dims_b), (dims_b, dims_a)))


# (not _COUNTED, the counts of the regular expressions above: the name had been used twice)
_COUNTED_DIMENSIONS = frozenset({"tablet", "capsule", "puff"})


def _ranges_agree(doses_a: list[Dose], doses_b: list[Dose]) -> bool:
    """Doses of one dimension, a range among them: one range each, the same; or a range and
    one amount inside it, which says more exactly how much ("5-10 mg" and "10 mg")."""
    if len(doses_a) != 1 or len(doses_b) != 1 or any(
            d.other is not None for d in doses_a + doses_b):
        return False
    (da,), (db,) = doses_a, doses_b
    if da.low and db.low:
        return abs(da.low_base - db.low_base) < 1e-9 and abs(da.base - db.base) < 1e-9
    span, one = (da, db) if da.low else (db, da)
    return span.low_base - 1e-9 <= one.base <= span.base + 1e-9


_COUNT_TIMES = re.compile(r"([2-6]) × ")


def _parts_alike(doses_a: list[Dose], doses_b: list[Dose]) -> bool:
    """Whether two sides' strengths of two medicines are one, where both give them ("30/500
    mg" is no "8/522 mg", however alike the totals)."""
    parts_a = sorted(d.parts for d in doses_a if d.parts)
    parts_b = sorted(d.parts for d in doses_b if d.parts)
    return not (parts_a and parts_b) or parts_a == parts_b


def _combined_finding(da: Dose, db: Dose, words_a: str, words_b: str) -> FactDifference | None:
    """A strength of two medicines against another, or against one amount: the same by its
    parts, or by its total ("co-amoxiclav 625 mg" is 500/125); else another strength, "times"
    only where every part is so many times the other's (Sinemet 25/100 against 12.5/50). One
    part alone ("500 mg" against "500/125 mg") is another dose: as often the one medicine
    alone (amoxicillin against co-amoxiclav, Subutex against Suboxone) as the product."""
    if da.parts and db.parts:
        if len(da.parts) != len(db.parts):
            return FactDifference("dose", words_a, words_b)
        ratios = {round(x / y, 6) for x, y in zip(da.parts, db.parts, strict=True) if y}
        if ratios == {1.0}:
            return None
        factor = ratios.pop() if len(ratios) == 1 else 0.0
        return FactDifference("dose", words_a, words_b, max(factor, 1 / factor) if factor else 0)
    combo, plain = (da, db) if da.parts else (db, da)
    if plain.other is None and _one_rhythm(plain.base, combo.base):
        return None
    return FactDifference("dose", words_a, words_b)


# Salt is sodium chloride, about 39 % sodium by weight: 2 g of sodium is about 5 g of salt, as
# the WHO sets the two side by side ("limit sodium to 2 g" against "limit salt to 5 g" had
# differed as 2 g against 5 g). Within a tenth of each other they may be the same most.
SALT_PER_SODIUM = 2.54
_SODIUM = re.compile(r"\b(?:sodium|sodio)\b")
_SALT = re.compile(r"\b(?:salt|sal)\b")


def _sodium_against_salt(fa: Facts, fb: Facts) -> FactDifference | None:
    """One side's most of sodium against the other's of salt, each in grams: the sodium said
    with its salt, unclear where the two come within a tenth of each other; None otherwise."""
    if fa.limit_of_sodium == fb.limit_of_sodium or len(fa.limits) != 1 or len(
            fb.limits) != 1 or fa.limits[0].dimension != "mass" or fb.limits[
            0].dimension != "mass":
        return None
    salts, words = [], []
    for facts in (fa, fb):
        (most,) = facts.limits
        amount = f"{_number(most.amount)} {most.unit}"
        if facts.limit_of_sodium:
            salts.append(most.base * SALT_PER_SODIUM)
            words.append(fill(_("{amount} of sodium (about {salt} g of salt)"), amount=amount,
                              salt=_number(round(salts[-1] / 1000, 1))))
        else:
            salts.append(most.base)
            words.append(fill(_("{amount} of salt"), amount=amount))
    close = abs(salts[0] - salts[1]) <= 0.1 * max(salts)
    return FactDifference("limit", words[0], words[1], unclear=close)


# A low dose of aspirin is 75 mg in the UK, 81 mg ("baby aspirin") in the US, 100 mg in Spain,
# 150 mg in pregnancy; "low dose aspirin" against "aspirin 300 mg" had read as one said more
# exactly. Above this it is no low dose.
LOW_DOSE_ASPIRIN_MOST = 162.0
_LOW_DOSE = re.compile(r"\b(?:low[\s-]?dose|baby|dosis\s+bajas?|bajas?\s+dosis)\b")
_ASPIRIN = re.compile(r"\b(?:aspirin|aspirina|adiro|aas|acetylsalicylic acid|"
                      r"acido acetilsalicilico)\b")


def _low_dose_over(fa: Facts, fb: Facts) -> list[FactDifference]:
    """A low dose one doctor asks for against a dose above any low dose from the other."""
    for low, dosed, flip in ((fa, fb, False), (fb, fa, True)):
        if not low.low_dose or dosed.low_dose:
            continue
        over = [d for d in dosed.doses
                if d.dimension == "mass" and d.base > low.low_dose + 1e-9]
        if over:
            words = (_("a low dose"), dose_words(over))
            return [FactDifference("dose", *(words[::-1] if flip else words))]
    return []


def _day_against_doses(day: Facts, doses: Facts) -> bool:
    """Whether ``day`` gives a day's total whose split is not said and ``doses`` each dose of
    a rhythm of more than once a day that is no fixed number ("every 4 to 6 hours", "four times
    a day when needed"): how many times one amount is the other says nothing."""
    return day.frequency == WHOLE_DAY and (doses.per_day_range is not None and (
        doses.per_day_range[1] > 1.0 + 1e-9) or (doses.per_day or 0.0) > 1.0 + 1e-9)


def _week_minutes(facts: Facts) -> float:
    """An activity's time in a week: as written for the week's in all, else each time's at a
    fixed rhythm (0 when neither is said)."""
    if facts.session_week:
        return facts.session
    times = facts.per_day
    if times is None or facts.as_needed or facts.stepped:
        return 0.0
    return facts.session * times * 7


def _at_once_words(how: str) -> str:
    if how == "slowly":
        return _("as a slow injection (over a few minutes)")
    return _("at once (a push or bolus)")


def _session_findings(fa: Facts, fb: Facts) -> list[FactDifference]:
    """How long each time, or the week's time, where both texts give one and they differ:
    "walk 30 minutes a day" against "45 minutes a day"; "150 minutes a week" against "30
    minutes a day" (210 in a week). The week's time in all against the same time split
    over a rhythm ("30 minutes five days a week") is the other saying how."""
    if (fa.session and fb.at_once and not fb.session) or (
            fb.session and fa.at_once and not fa.session):
        # "KCl 10 mEq IV over 1 hour" against "... IV push": over a time, or all at once
        return [FactDifference("session", *(
            minutes_words(f.session) if f.session else _at_once_words(f.at_once)
            for f in (fa, fb)))]
    if fa.at_once and fb.at_once and fa.at_once != fb.at_once and not (fa.session or fb.session):
        # "furosemide 40 mg slow IV injection" against "... IV push"
        return [FactDifference("session", _at_once_words(fa.at_once), _at_once_words(fb.at_once))]
    if not (fa.session and fb.session):
        return []
    week_a, week_b = _week_minutes(fa), _week_minutes(fb)
    if fa.session_week or fb.session_week:
        if not (week_a and week_b) or _one_rhythm(week_a, week_b):
            return []

        def said(facts: Facts, week: float) -> str:
            if facts.session_week:
                return minutes_words(week)
            return fill(_("{total} ({each} each time)"), total=minutes_words(week),
                        each=minutes_words(facts.session))
        return [FactDifference("weekly", said(fa, week_a), said(fb, week_b))]
    if _one_rhythm(fa.session, fb.session):
        return []
    same_week = (minutes_words(week_a) if week_a and week_b and _one_rhythm(week_a, week_b)
                 else "")
    return [FactDifference("session", minutes_words(fa.session), minutes_words(fb.session),
                           same_day=same_week)]


def _one_count_times(doses: list[Dose]) -> bool:
    """Whether every dose is written "K × N" with one K ("2 × 200"), as ``_TIMES_DOSE`` reads
    it: a count of tablets or a rhythm, the same on both sides."""
    counts = {m.group(1) if (m := _COUNT_TIMES.match(d.written)) else None for d in doses}
    return len(counts) == 1 and None not in counts


_SOLID_FORMS = ("tablet", "capsule")


def _tablets_against_capsules(fa: Facts, fb: Facts) -> FactDifference | None:
    """One side counting tablets where the other counts capsules ("co-codamol 30/500 2 tablets"
    against "... 2 capsules"): each count in its form (the two had differed with nothing to say
    why)."""
    forms_a = {d.dimension for d in fa.doses if d.dimension in _SOLID_FORMS}
    forms_b = {d.dimension for d in fb.doses if d.dimension in _SOLID_FORMS}
    if len(forms_a) != 1 or len(forms_b) != 1 or forms_a == forms_b:
        return None
    return FactDifference("preparation", doses_said(fa, forms_a.pop()),
                          doses_said(fb, forms_b.pop()))


def _dose_said(facts: Facts, other: Facts, dimension: str) -> str:
    """One side's doses of ``dimension`` as a difference quotes them: a day's total as such,
    and each dose said to be one where the other side gives a day's total."""
    said = doses_said(facts, dimension)
    if not any(d.dimension == dimension for d in facts.day_doses) and any(
            d.dimension == dimension for d in other.day_doses):
        if day := _in_a_day(facts, dimension):
            # "1 g each dose, 2 g a day" against "4 g a day in all": the day's amounts side by
            # side, as the factor counts them
            return fill(_("{amount} each dose, {total} a day"), amount=said,
                        total=day.words)
        return fill(_(_DAY_OR_DOSE[False]), amount=said)
    return said


def _in_a_day(facts: Facts, dimension: str) -> Dose | None:
    """The day's amount of a text's one clear dose of ``dimension`` at a fixed rhythm ("1 g
    twice a day": 2 g), or None."""
    times = _fixed_times_a_day(facts)
    doses = [d for d in facts.doses if d.dimension == dimension]
    if not times or len(doses) != 1 or doses[0].other is not None:
        return None
    dose = doses[0]
    return replace(dose, amount=dose.amount * times, base=dose.base * times,
                   written=_number(dose.amount * times))


# Medicines given one way only. Where one doctor says how a treatment is given and the other
# names one of these without saying so, the way it is given is set against that doctor's
# ("blood thinning injections" against "apixaban", a tablet, had read as one plan said more
# exactly). (NHS medicines A-Z; BNF forms.)
_GIVEN_ONE_WAY = {
    **dict.fromkeys(("apixaban", "rivaroxaban", "edoxaban", "dabigatran", "warfarin",
                     "direct oral anticoagulant", "alendronate", "risedronate"), "by mouth"),
    **dict.fromkeys(("heparin", "enoxaparin", "dalteparin", "tinzaparin",
                     "low molecular weight heparin", "insulin", "adalimumab", "etanercept",
                     "liraglutide", "dulaglutide", "denosumab"), "by injection"),
}


def _route_against_a_medicine(route: str, other: str) -> list[FactDifference]:
    """[the route difference] where ``other`` says no way of giving and names one medicine of
    ``_GIVEN_ONE_WAY`` given otherwise than ``route`` says; else []."""
    names = terms.names_in(other)
    ways = {way for name in names if (way := _GIVEN_ONE_WAY.get(name))}
    if len(ways) != 1 or _same_way(route, way := ways.pop()):
        return []
    # the medicine by its most exact name ("insulin glargine" names "insulin" too)
    name = max((name for name in names if any(
        known in name.split() or known == name for known in _GIVEN_ONE_WAY)), key=len)
    return [FactDifference("route", _(route), fill(_("{medicine} (given {route})"),
                                                     medicine=name, route=_(way)))]


def _dose_key(facts: Facts) -> tuple[tuple[str, float], ...]:
    return tuple(sorted((dose.dimension, round(dose.base, 9)) for dose in facts.doses))


# A mineral and the salt it is given as: "calcium carbonate", "ferrous sulfate", "cloruro de
# potasio". The salt's weight is not the mineral's (1.25 g of calcium carbonate holds 500 mg of
# calcium), and two salts of one mineral are two products (a medicine's own salts,
# "metoprolol tartrate" and "succinate", stay one medicine: plan_match.shares_treatment).
MINERALS = frozenset({"calcium", "potassium", "sodium", "magnesium", "ferrous", "ferric",
                      "iron", "zinc", "lithium", "calcio", "potasio", "sodio", "magnesio",
                      "hierro", "litio"})
_SALTS_ES = {"carbonato": "carbonate", "acetato": "acetate", "citrato": "citrate",
             "cloruro": "chloride", "bicarbonato": "bicarbonate", "oxido": "oxide",
             "hidroxido": "hydroxide", "glicerofosfato": "glycerophosphate",
             "lactato": "lactate", "fosfato": "phosphate", "gluconato": "gluconate",
             "sulfato": "sulfate", "fumarato": "fumarate", "succinato": "succinate",
             "tartrato": "tartrate", "clorhidrato": "hydrochloride"}
_SALT_WORDS = "|".join([*_SALTS_ES.values(), *_SALTS_ES])
MINERAL_SALT = Hinted(rf"\b({_SALT_WORDS})\b", "ate", "ide", "ato", "uro", "ido")
# ... as a doctor writes it, in either language (the words shown: "1.25 g of calcium carbonate")
_MINERAL_WORDS = "|".join([*MINERALS, "calcico", "potasico", "sodico", "magnesico",
                           "ferroso", "ferrico"])
_MINERAL_WITH_SALT = Hinted(
    rf"\b(?:(?:{_MINERAL_WORDS})\s+(?:{_SALT_WORDS}|sulphate)|"
    rf"(?:{_SALT_WORDS})\s+(?:(?:of|de)\s+)?(?:{_MINERAL_WORDS}))\b",
    "ate", "ide", "ato", "uro", "ido")
_A_MINERAL = re.compile(rf"\b(?:{_MINERAL_WORDS})\b")


def mineral_salts(text: str) -> frozenset[str]:
    """The salts of a mineral a text names, in English ("carbonate" for "calcium carbonate
    1.25 g" and for "carbonato de calcio")."""
    return frozenset(_SALTS_ES.get(salt, salt)
                     for salt in MINERAL_SALT.findall(terms.canonical(text or "")))


def _salt_named_by_one(text_a: str, text_b: str) -> tuple[str, str]:
    """Where both texts name a mineral and only one the salt it is given as ("calcium 500 mg"
    against "calcium carbonate 1.25 g"), that one's words for it as written, as (a's, b's);
    else ("", ""), and where that one says in brackets what its dose holds of the mineral
    ("ferrous fumarate 210 mg (65 mg iron)": that amount is read as its dose, _read_pair)."""
    salt_a, salt_b = _salt_named(text_a, text_b)
    if salt_a and "(" in text_a and _ELEMENT_IN_BRACKETS.search(fold(text_a)) or (
            salt_b and "(" in text_b and _ELEMENT_IN_BRACKETS.search(fold(text_b))):
        return "", ""
    return salt_a, salt_b


def iron_by_mouth(kept: str, text: str) -> str:
    """"iron tablets" where a treatment's words, its facts set aside (``kept``), are iron
    alone and ``text`` gives a dose ("Iron 65 mg daily", "hierro 80 mg": iron by mouth, no
    medicine by the word alone, so "ferrous sulfate 325 mg" had been another treatment, "why
    this one first?"); else ``kept``. "IV iron", "iron infusion" keep their words."""
    return "iron tablets" if kept in ("iron", "hierro") and read(text).doses else kept


def _salt_named(text_a: str, text_b: str) -> tuple[str, str]:
    """``_salt_named_by_one`` before the brackets are read."""
    text_a, text_b = text_a or "", text_b or ""
    folded_a, folded_b = fold_letters(text_a), fold_letters(text_b)
    salt_a, salt_b = (_MINERAL_WITH_SALT.search(x) for x in (folded_a, folded_b))
    if bool(salt_a) == bool(salt_b) or not all(
            _A_MINERAL.search(x) for x in (folded_a, folded_b)):
        return "", ""
    found, text, folded = (salt_a, text_a, folded_a) if salt_a else (salt_b, text_b, folded_b)
    assert found is not None
    # (the doctor's own letters, accents kept, where folding kept every letter in its place)
    words = text[found.start():found.end()] if len(folded) == len(text) else found.group()
    return (words, "") if salt_a else ("", words)


def salt_named_by_one(text_a: str, text_b: str) -> bool:
    """Whether both texts name a mineral and only one the salt it is given as ("calcium 500
    mg" against "calcium carbonate 500 mg")."""
    return any(_salt_named_by_one(text_a, text_b))


def _mineral_or_salt_weighed(text_a: str, text_b: str, fa: Facts, fb: Facts,
                             salts: tuple[str, str]) -> FactDifference | None:
    """The same weight where one names the mineral and the other its salt ("calcium 500 mg"
    against "calcium carbonate 500 mg"): the same tablet loosely named, or 500 mg of calcium
    against the 200 mg a 500 mg carbonate holds; it had read as one saying more exactly. A
    dose in mmol is the mineral's in both (24 mmol of potassium chloride is 24 of potassium).
    Where the mineral's side says its weight is the mineral's ("elemental calcium 1250 mg"),
    the two doses differ, and say so."""
    salt_a, salt_b = salts  # (_salt_named_by_one's, read once by the caller)
    mass_a = [d for d in fa.doses if d.dimension == "mass"]
    mass_b = [d for d in fb.doses if d.dimension == "mass"]
    if not (salt_a or salt_b) or not mass_a or _amount_sets(mass_a) != _amount_sets(mass_b):
        return None
    of_salt = _("{amount} of {salt}")
    said_a, said_b = doses_said(fa, "mass"), doses_said(fb, "mass")
    mineral_side = fold_letters(text_b if salt_a else text_a)
    return FactDifference(
        "dose", fill(of_salt, amount=said_a, salt=salt_a) if salt_a else said_a,
        fill(of_salt, amount=said_b, salt=salt_b) if salt_b else said_b,
        unclear=not _ELEMENTAL.search(mineral_side))


_ELEMENTAL = re.compile(r"\b(?:elemental|elemento|elementales?)\b")
# The mineral a salt's dose holds, in brackets after it: "ferrous fumarate 210 mg (65 mg
# iron)", "ferrous sulfate 325 mg (= 65 mg elemental iron)", "(equivalent to 500 mg calcium)",
# "(65 mg de hierro elemental)": read as one dose (it had been a second, "210 mg + 65 mg")
_ELEMENT_IN_BRACKETS = re.compile(
    r"\(\s*(?:=\s*|equivalent to\s+|equiv\.?\s+|equal to\s+|containing\s+|contains\s+|"
    r"equivalente a\s+)?(?P<amount>\d+(?:[.,]\d+)?)\s*(?P<unit>mg|mcg|g|mmol)\s+"
    r"(?:of\s+|de\s+)?(?:elemental\s+)?(?:" + _MINERAL_WORDS + r")(?:\s+elementa(?:l|les))?"
    r"\s*\)")
# ... and a dose said to be the mineral's: "65 mg elemental iron", "65 mg of iron", "hierro
# elemental"
_ELEMENT_NAMED = re.compile(
    r"\b(?:elemental\s+(?:" + _MINERAL_WORDS + r")|(?:" + _MINERAL_WORDS + r")\s+elemental|"
    r"(?<=\d)\s*(?:mg|g|mcg)\s+(?:of\s+|de\s+)?(?P<of>" + _MINERAL_WORDS + r"))\b")


def _element_said_by_one(text_a: str, text_b: str) -> tuple[str, str]:
    """Where both texts name a mineral's salt and one says its dose is the mineral's
    ("ferrous sulfate 325 mg" against "ferrous sulfate 65 mg elemental iron"), what each dose
    is of, as written ("ferrous sulfate", "elemental iron"); else ("", "")."""
    folded_a, folded_b = fold_letters(text_a or ""), fold_letters(text_b or "")
    salt_a, salt_b = (_MINERAL_WITH_SALT.search(x) for x in (folded_a, folded_b))
    # (what a dose holds in brackets is no dose said to be the mineral's)
    element_a, element_b = (_ELEMENT_NAMED.search(_ELEMENT_IN_BRACKETS.sub(
        lambda m: " " * len(m.group()), x) if "(" in x else x) for x in (folded_a, folded_b))
    if not (salt_a and salt_b) or bool(element_a) == bool(element_b):
        return "", ""

    def as_written(found: re.Match[str], text: str, folded: str) -> str:
        start, end = found.span("of") if found.re is _ELEMENT_NAMED and found["of"] else (
            found.span())
        # (the doctor's own letters where folding kept every letter in its place)
        return (text if len(text) == len(folded) else folded)[start:end]

    return (as_written(element_a or salt_a, text_a, folded_a),
            as_written(element_b or salt_b, text_b, folded_b))


def differences(text_a: str, text_b: str, grouping_a: frozenset[str] = NO_GROUPING,
                grouping_b: frozenset[str] = NO_GROUPING) -> list[FactDifference]:
    """The facts both texts state and state differently, most harmful first: dose (same
    dimension, another amount once units are one, however an unclear amount is read),
    frequency, route, side. ``grouping_a``/``_b``: the marks each writer groups thousands with
    (amounts.grouping_marks)."""
    fa, fb = _read_pair(text_a, text_b, grouping_a, grouping_b)
    salt_a, salt_b = _salt_named_by_one(text_a, text_b)
    out = [f for f in _dose_findings(fa, fb) if not f.unclear]
    if found := _tablets_against_capsules(fa, fb):
        out.append(found)
    if fa.per_hour != fb.per_hour:
        # a rate by the hour against an amount ("100 ml/hr" against "1 litre over 8 hours"): no
        # "times the other", and the rate said as one
        for finding in out:
            if finding.kind == "dose":
                finding.factor = 0.0
                rate = _("{amount} an hour")
                if fa.per_hour:
                    finding.a = fill(rate, amount=finding.a)
                else:
                    finding.b = fill(rate, amount=finding.b)
    if not (salt_a or salt_b):
        salt_a, salt_b = _element_said_by_one(text_a, text_b)
    if salt_a and salt_b:
        # both name the salt, one says its dose is the mineral's ("ferrous sulfate 325 mg"
        # against "... 65 mg elemental iron" had said "one is 5 times the other")
        for finding in out:
            if finding.kind == "dose":
                finding.factor, finding.same_day = 0.0, ""
                of_salt = _("{amount} of {salt}")
                finding.a = fill(of_salt, amount=finding.a, salt=salt_a)
                finding.b = fill(of_salt, amount=finding.b, salt=salt_b)
    elif salt_a or salt_b:
        # the weight of a mineral's salt against the mineral's own ("calcium 500 mg" against
        # "calcium carbonate 1.25 g" had said "one is 2.5 times the other"): no "times the
        # other", and what each dose is of
        for finding in out:
            if finding.kind == "dose":
                finding.factor = 0.0
                finding.same_day = ""
                of_salt = _("{amount} of {salt}")
                if salt_a:
                    finding.a = fill(of_salt, amount=finding.a, salt=salt_a)
                else:
                    finding.b = fill(of_salt, amount=finding.b, salt=salt_b)
        if not any(f.kind == "dose" for f in out) and (weighed := _mineral_or_salt_weighed(
                text_a, text_b, fa, fb, (salt_a, salt_b))) and not weighed.unclear:
            out.append(weighed)  # "calcium carbonate 1250 mg" against "elemental calcium 1250 mg"
    if _rhythms_differ(fa, fb):
        # a course of so many doses against a single one or another count: how many, not how
        # often
        kind = "count" if fa.per_day == fb.per_day == 0.0 else "frequency"
        if fa.as_needed != fb.as_needed:  # "four times a day" alone read as a regular dose
            out.append(FactDifference(kind, _how_often(fa), _how_often(fb)))
        else:
            out.append(FactDifference(kind, frequency_words(fa.frequency),
                                      frequency_words(fb.frequency)))
    elif _dose_against_day(fa, fb):
        out.append(FactDifference(
            "frequency", _("each dose") if fa.per_dose else frequency_words(fa.frequency),
            _("each dose") if fb.per_dose else frequency_words(fb.frequency)))
    elif fa.as_needed != fb.as_needed and (has_rhythm(fb if fa.as_needed else fa) or (
            fb if fa.as_needed else fa).regular) and not _capped_both_ways(fa, fb):
        # a regular rhythm against "when needed"; a side that says neither has nothing to
        # set against the other's "every 4 hours when needed"
        out.append(FactDifference("frequency", _how_often(fa), _how_often(fb)))
    elif fa.per_hour != fb.per_hour and not (fa.frequency and fb.frequency) and (
            has_rhythm(fb if fa.per_hour else fa)):
        # "1000 units an hour" against "1000 units a day": a rate by the hour against doses
        # so many times a day (it had read as one said more exactly, at 24 times the dose)
        out.append(FactDifference("frequency", _how_often(fa), _how_often(fb)))
    if (fa.step or fb.step) and _step_key(fa) != _step_key(fb):
        # "then reduce by 5 mg weekly" against none, or another step
        out.append(FactDifference("step", step_words(fa), step_words(fb)))
    if found := _counts_at_times_differ(fa, fb, text_a, text_b):
        out.append(found)  # "one in the morning and two at night" against "twice daily"
    if not out and (ends := _end_of_course_difference(text_a, text_b)):
        out.append(ends)  # "for 5 days then stop" against "for 5 days then review"
    if cycles.cycles_differ(fa.cycle, fb.cycle):
        assert fa.cycle and fb.cycle
        out.append(FactDifference("cycle", cycles.cycle_words(fa.cycle),
                                  cycles.cycle_words(fb.cycle)))
    if (fa.rhythms_in_turn or fb.rhythms_in_turn) and (_rhythms_apart(fa, fb) or (
            fa.frequency != fb.frequency and fa.frequency and fb.frequency)):
        # the rhythms in turn said as such ("twice a day, then once a day"): the first alone had
        # been quoted as all a doctor wrote
        out = [f for f in out if f.kind != "frequency"]
        out.append(FactDifference("frequency", _rhythms_said(fa), _rhythms_said(fb)))
    if fa.cycles_counted and fb.cycles_counted and fa.cycles_counted != fb.cycles_counted:
        out.append(FactDifference("course", cycles.count_words(fa.cycles_counted),
                                  cycles.count_words(fb.cycles_counted)))
    course_a, course_b = course_days(text_a), course_days(text_b)
    if found := _course_difference(course_a, course_b, text_a, text_b):
        out.append(found)
    elif no_end := _no_end_against_days(text_a, text_b, course_a, course_b):
        out.append(no_end)
    out += _session_findings(fa, fb)
    if fa.route and fb.route and not _same_way(fa.route, fb.route):
        out.append(FactDifference("route", _(fa.route), _(fb.route)))
    elif bool(fa.route) != bool(fb.route):  # one says how it is given, the other not
        against = _route_against_a_medicine(fa.route, text_b) if fa.route else [
            replace(f, a=f.b, b=f.a) for f in _route_against_a_medicine(fb.route, text_a)]
        route = fa.route or fb.route
        routed, unrouted = (fa, fb) if fa.route else (fb, fa)
        if not against and route in _LOCAL_ROUTES and (out or (
                route != "inhaled" and any(d.dimension == "mass" for d in unrouted.doses)
                and _dose_key(unrouted) != _dose_key(routed))):
            # drops, a cream, an inhaler against a medicine with no way given, in a row that
            # differs already, or with a weight of it that the other does not give:
            # "hydrocortisone 10 mg twice daily" against "hydrocortisone cream twice daily" had
            # read as one saying more, and "prednisolone 5 mg daily" against "prednisolone eye
            # drops QDS" said only how often, as if of one form. (Not a dose that is the
            # form's own, drops, puffs, a strength in %, nor the micrograms of an inhaler; nor
            # the same dose on both: "paracetamol 1 g" against "paracetamol suppository 1 g"
            # says more.)
            against = [FactDifference("route", _(fa.route) if fa.route else "",
                                      _(fb.route) if fb.route else "")]
        out += against
    if fa.sides and fb.sides and fa.sides != fb.sides:
        out.append(FactDifference("side", _sides(fa.sides), _sides(fb.sides)))
    if fa.food and fb.food and fa.food != fb.food:
        # juice against food or milk is what it is taken with, not with food or without
        kind = "drink" if {"juice", "tea"} & {fa.food, fb.food} else "food"
        out.append(FactDifference(kind, _(FOOD_WORDS[fa.food]), _(FOOD_WORDS[fb.food])))
    if fa.time_of_day and fb.time_of_day and fa.time_of_day != fb.time_of_day and not (
            {fa.time_of_day, fb.time_of_day} & {"day"} and "night" not in (
                fa.time_of_day, fb.time_of_day)):
        # (the working day holds the morning and the afternoon: only the night is apart)
        out.append(FactDifference("time", _when_in_the_day(fa), _when_in_the_day(fb)))
    if fa.weekdays and fb.weekdays and fa.weekdays != fb.weekdays and not any(
            f.kind == "frequency" for f in out):
        out.append(FactDifference("days", _day_names(fa.weekdays), _day_names(fb.weekdays)))
    out += _over_the_most(fa, fb) + _low_dose_over(fa, fb)
    dims_a, dims_b = ({d.dimension for d in f.limits} for f in (fa, fb))
    if salt := _sodium_against_salt(fa, fb):
        if not salt.unclear:
            out.append(salt)
    elif fa.limits and fb.limits and _amount_sets(fa.limits) != _amount_sets(fb.limits) and (
            dims_a == dims_b):
        out.append(FactDifference("limit", dose_words(fa.limits), dose_words(fb.limits)))
    elif fa.limits and fb.limits and dims_a != dims_b and not any(
            d.unit in FORMS and d.unit != "drink" for d in fa.limits + fb.limits):
        # "2 drinks a day" against "2 units a day": two measures, however alike the number
        # (so many tablets may be so many grams: not said)
        out.append(FactDifference("limit", dose_words(fa.limits), dose_words(fb.limits)))
    elif fa.limits and fb.limits and _period(fa) and _period(fb) and _period(fa) != _period(fb):
        # the same most, a day's against a week's ("2 units of alcohol a day" and "... a week")
        out.append(FactDifference("limit", *(fill(_period(f), amount=dose_words(f.limits))
                                             for f in (fa, fb))))
    if fa.trigger and fb.trigger and _NUMBER_IN.findall(fa.trigger) != _NUMBER_IN.findall(
            fb.trigger):
        # a rescue medicine's point of giving: "if the seizure lasts over 5 minutes" against 10
        out.append(FactDifference("trigger", fa.trigger, fb.trigger))
    if fa.preparation and fb.preparation and fa.preparation != fb.preparation:
        out.append(FactDifference("preparation", _(PREPARATION_WORDS[fa.preparation]),
                                  _(PREPARATION_WORDS[fb.preparation])))
    if not out and (len(fa.doses) > 1 or "then" in text_a or "luego" in text_a) and (
            swapped := _swapped(text_a, text_b)):
        out.append(swapped)
    return out


def _in_order(text: str) -> list[tuple[str, str, bool]]:
    """The doses and rhythms of ``text`` in the order written, each as what it is, as its
    words and whether it is a dose: ("mass 10.0", "10 mg", True), ("twice a day", "twice a
    day", False); a time of the day as that time ("morning", "in the morning", False), not as
    the once a day it also is."""
    said = _as_dosed(text)
    found: list[tuple[int, int, str, str, bool]] = []
    for match in _DOSE_RE.finditer(said):
        dimension, factor = UNITS[match.group(2)]
        values = readings(match.group(1), NO_GROUPING)
        if values:
            found.append((match.start(), match.end(), f"{dimension} {values[0] * factor:g}",
                          f"{match.group(1)} {match.group(2)}", True))
    for pattern, _per_day, name in _FREQ_RES if _ANY_FREQUENCY.search(said) else ():
        for match in pattern.finditer(said):
            time = next((part for part, said_so in _TIMES_OF_DAY
                         if said_so.fullmatch(match.group(0))), None)
            found.append((match.start(), match.end(), time or name,
                          _(TIME_WORDS[time]) if time else frequency_words(name), False))
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[tuple[str, str, bool]] = []
    end = -1
    for start, stop, what, words, dose in found:
        if start >= end:  # not inside a longer one found at an earlier place
            kept.append((what, words, dose))
            end = stop
    return kept


# Words that make doses one after another rather than a day's ("10 mg at night for a week,
# then 20 mg at night")
_THEN = re.compile(r"\b(?:then|after|afterwards|followed|until|luego|despues|hasta)\b|"
                   r"\bfor \d|\bweeks?\b|\bdays?\b|\bdurante\b|\bsemanas?\b|\bdias?\b")


def _dose_at_each_time(seq: list[tuple[str, str, bool]]) -> list[tuple[str, str]]:
    """Each dose with the time of day written after it, sorted ("mass 25" at "morning"),
    where every dose has a time and no time has two doses; else empty."""
    doses = sum(1 for _, _, dose in seq if dose)
    paired = [(seq[i][0], seq[i + 1][0]) for i in range(len(seq) - 1)
              if seq[i][2] and seq[i + 1][0] in TIME_WORDS]
    times = [time for _, time in paired]
    if len(paired) != doses or len(set(times)) != len(times):
        return []
    return sorted(paired)


def _said_in_order(seq: list[tuple[str, str, bool]]) -> str:
    """Doses and rhythms as written, each dose with the rhythm that follows it ("25 mg in the
    morning, 50 mg at night"; it had read "25 mg, once a day, 50 mg, once a day")."""
    pieces: list[str] = []
    after_dose = False
    for _what, words, dose in seq:
        if after_dose and not dose:
            pieces[-1] += f" {words}"
        else:
            pieces.append(words)
        after_dose = dose
    return ", ".join(pieces)


def _swapped(text_a: str, text_b: str) -> FactDifference | None:
    """The same doses and rhythms in another order, all else alike ("10 mg on waking, 5 mg at
    2pm" against "5 mg on waking, 10 mg at 2pm"; "bd for 2 days then od" against "od for 2
    days then bd"); not one day's doses at their times written in another order ("10 mg in
    the morning and 5 mg at night" against "5 mg at night and 10 mg in the morning")."""
    seq_a, seq_b = _in_order(text_a), _in_order(text_b)
    what_a, what_b = [w for w, _, _ in seq_a], [w for w, _, _ in seq_b]
    if len(what_a) < 2 or what_a == what_b or sorted(what_a) != sorted(what_b):
        return None
    bare_a = without_facts(text_a)
    if fold(bare_a) != fold(without_facts(text_b)) or len(
            terms.names_in(bare_a) & terms.MEDICINES) > 1:
        return None  # two medicines each with the other's dose: compare.py says so itself
    # one day's doses, each at its time of day (not one after another: a taper's "then")
    day = [] if _THEN.search(fold(text_a)) or _THEN.search(fold(text_b)) else (
        _dose_at_each_time(seq_a))
    if day and day == _dose_at_each_time(seq_b):
        return None  # the same day written in another order
    return FactDifference("order", _said_in_order(seq_a), _said_in_order(seq_b),
                          at_times=bool(day))


def _how_often(facts: Facts) -> str:
    """A rhythm as a difference says it: "when needed", with the rhythm as its most where it
    has one ("every 6 hours when needed"); a rhythm said as a most as such ("1 g up to 4 times
    a day": at most four times a day)."""
    if not facts.as_needed:
        if facts.regular and not facts.frequency:
            return _("regularly")
        if facts.per_hour and not facts.frequency:
            return _("by the hour (a rate)")
        return frequency_words(facts.frequency)
    if has_rhythm(facts) and facts.frequency:
        template = _("at most {rhythm}") if facts.rhythm_most else _(
            "when needed (at most {rhythm})")
        return fill(template, rhythm=frequency_words(facts.frequency))
    return _("when needed")


def _capped_both_ways(fa: Facts, fb: Facts) -> bool:
    """Whether one side is "at most" only by its count a day ("every 4 to 6 hours, max 4 times a
    day") and the other by a day's most ("4-6 hourly, max 4 g/day"), both in one range of hours:
    both cap the same doses, neither says "when needed" more. (Against a fixed rhythm, "qds,
    max 4 g/day", "up to 4 times a day" is still when needed against regular.)"""
    capped, other = (fa, fb) if fa.as_needed else (fb, fa)
    return (capped.rhythm_most and not capped.trigger and bool(other.limits)
            and capped.per_day_range is not None
            and capped.per_day_range == other.per_day_range)


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding ``end`` begins: after the last comma, semicolon or full stop."""
    return max(text.rfind(mark, 0, end) for mark in ",;.") + 1


def has_rhythm(facts: Facts) -> bool:
    """Whether the text gives a rhythm: so many doses a day, or a range of them."""
    return facts.per_day is not None or facts.per_day_range is not None


def _dose_against_day(fa: Facts, fb: Facts) -> bool:
    """"10 mg/kg per dose" (how often not said) against "10 mg/kg a day": the one amount for
    each dose, the other for the whole day, as far as the notes tell."""
    return any(x.per_dose and not has_rhythm(x) and y.per_day == 1.0 and not y.per_dose
               for x, y in ((fa, fb), (fb, fa)))


def _one_rhythm(x: float, y: float) -> bool:
    """Whether two rhythms (doses a day) are one, as near as months of 30.4 days, years of 365
    and weeks of 7 allow ("every 6 months" = "twice a year" = "every 26 weeks", "yearly" =
    "every 52 weeks"; the nearest rhythms apart, "every 12 weeks" and "every 3 months", are
    8 % apart)."""
    return abs(x - y) <= 5e-3 * max(abs(x), abs(y)) + 1e-12


_MONTHS_RHYTHM = re.compile(r"every (\d+) months")


def _months_as_four_weeks(frequency: str) -> int:
    """The weeks "every so many months" means where months are counted as four weeks each, as
    injections given every 12 weeks are often said to be every 3 months (0 for any other
    rhythm, and for once a month, which read() reads as four weeks already)."""
    if frequency == "every three months":
        return 12
    months = _MONTHS_RHYTHM.fullmatch(frequency)
    return 4 * int(months.group(1)) if months and int(months.group(1)) >= 2 else 0


def _rhythm_readings(facts: Facts) -> tuple[float, ...]:
    """Every rhythm ``facts.per_day`` can mean (two for "biweekly"; "every 3 months" may be
    every 13 weeks or every 12)."""
    if facts.per_day is None:
        return ()
    other = _ANOTHER_RHYTHM.get(facts.frequency)
    if other is None and (weeks := _months_as_four_weeks(facts.frequency)):
        other = 1 / (7 * weeks)
    return (facts.per_day,) if other is None else (facts.per_day, other)


def _rhythm_unclear(fa: Facts, fb: Facts) -> bool:
    """Whether a rhythm one side writes can mean two, one of them the other side's and one
    not ("biweekly" against "every 2 weeks", or against "biweekly": each may mean either;
    "every 3 months" against "every 12 weeks", not against "every 13 weeks", which it is)."""
    ra, rb = _rhythm_readings(fa), _rhythm_readings(fb)
    if len(ra) < 2 and len(rb) < 2:
        return False
    if ra and rb and _one_rhythm(ra[0], rb[0]) and not (
            fa.frequency in _ANOTHER_RHYTHM or fb.frequency in _ANOTHER_RHYTHM):
        return False
    shared = [x for x in ra if any(_one_rhythm(x, y) for y in rb)]
    # (the same word on both sides is the same rhythm, whichever it is)
    return bool(shared) and not (len(ra) == len(rb) == len(shared))


def _rhythms_differ(fa: Facts, fb: Facts) -> bool:
    """Whether both texts give a rhythm and they cannot be one: two amounts a day, two ranges,
    or an amount outside the other's range ("every 4 hours" against "every 6-8 hours"; not
    "every 6 hours" against "every 4-6 hours", which it may be)."""
    if fa.per_day is not None and fb.per_day is not None:
        if fa.per_day == fb.per_day == 0.0:  # a dose once, or a course of so many in all
            return fa.frequency != fb.frequency
        # every reading of one against every reading of the other ("biweekly" can mean two)
        return not any(_one_rhythm(x, y) for x in _rhythm_readings(fa)
                       for y in _rhythm_readings(fb))
    if fa.per_day_range is not None and fb.per_day_range is not None:
        return fa.per_day_range != fb.per_day_range
    span, point = ((fa.per_day_range, fb.per_day) if fa.per_day_range is not None
                   else (fb.per_day_range, fa.per_day))
    if span is None or point is None:
        return False
    return not span[0] - 1e-9 <= point <= span[1] + 1e-9


def _when_in_the_day(facts: Facts) -> str:
    """"at 2 pm" (a clock time as written), or the part of the day in words."""
    return facts.clock or _(" and ").join(
        _(TIME_WORDS[part]) for part in facts.time_of_day.split("+"))


def _sides(sides: frozenset[str]) -> str:
    return _(" and ").join(_(SIDE_WORDS[x]) if x in SIDE_WORDS else x for x in sorted(sides))


def unclear_doses(text_a: str, text_b: str, grouping_a: frozenset[str] = NO_GROUPING,
                  grouping_b: frozenset[str] = NO_GROUPING) -> list[FactDifference]:
    """The doses that may be the same or may differ, by how an unclear amount is read ("1.000
    mg" against "1000 mg" from a writer whose way of grouping is not known)."""
    fa, fb = _read_pair(text_a, text_b, grouping_a, grouping_b)
    found = [f for f in _dose_findings(fa, fb) if f.unclear]
    if (salt := _sodium_against_salt(fa, fb)) and salt.unclear:
        found.append(salt)
    if not any(f.kind == "dose" for f in found) and any(salts := _salt_named_by_one(
            text_a, text_b)) and (weighed := _mineral_or_salt_weighed(
                text_a, text_b, fa, fb, salts)) and weighed.unclear:
        found.append(weighed)
    if _rhythm_unclear(fa, fb):
        found.append(FactDifference("frequency", _rhythm_words(fa.frequency),
                                    _rhythm_words(fb.frequency), unclear=True))
    return found


def _rhythm_words(frequency: str) -> str:
    """A rhythm as a "may be the same" says it: "every three months (or every 12 weeks)"."""
    if weeks := _months_as_four_weeks(frequency):
        return fill(_("{rhythm} (or every {weeks} weeks)"), rhythm=frequency_words(frequency),
                    weeks=weeks)
    return frequency_words(frequency)


def _clear_to_compare(fa: Facts, fb: Facts) -> bool:
    """Whether two texts' facts can be set side by side: every amount clear, or unclear in the
    same writing on both sides ("2 x 200 mg" and "2x200mg"), the rhythms clear, no unit of
    dose without its amount. A strength only one side gives beside the count both give is more
    detail, unclear or not ("500 mg 2 tablets" against "two tablets": _strength_added)."""
    both = {d.dimension for d in fa.doses} & {d.dimension for d in fb.doses}
    if not _strength_added(fa.doses, fb.doses):
        both |= {d.dimension for d in fa.doses + fb.doses}
    said_a = [d for d in fa.doses if d.dimension in both]
    said_b = [d for d in fb.doses if d.dimension in both]
    if any(d.other is not None for d in said_a + said_b) and sorted(
            (d.written, d.unit) for d in said_a) != sorted((d.written, d.unit) for d in said_b):
        return False
    return not (_rhythm_unclear(fa, fb) or fa.unread_dose or fb.unread_dose)


def _same_limits(fa: Facts, fb: Facts) -> bool:
    """Whether two texts' most is one: the same amounts in the same measures ("2 drinks" is
    no "2 units")."""
    return {d.dimension for d in fa.limits} == {d.dimension for d in fb.limits} and (
        _amount_sets(fa.limits) == _amount_sets(fb.limits))


def same_facts(text_a: str, text_b: str, grouping_a: frozenset[str] = NO_GROUPING,
               grouping_b: frozenset[str] = NO_GROUPING) -> bool:
    """Whether both texts state the same dose (once in one unit, each amount clear), rhythm,
    route, side and time of day, each either on both sides or on neither (one saying "at
    night" where the other says nothing is not a different fact: the rest is compared as
    words)."""
    fa, fb = _read_pair(text_a, text_b, grouping_a, grouping_b)
    if not _clear_to_compare(fa, fb):
        return False
    doses_a, doses_b = _one_dose_in_steps(fa, fa.doses), _one_dose_in_steps(fb, fb.doses)
    return (sorted((d.dimension, round(d.low_base, 9), round(d.base, 9)) for d in doses_a)
            == sorted((d.dimension, round(d.low_base, 9), round(d.base, 9)) for d in doses_b)
            and _parts_alike(doses_a, doses_b)
            and (fa.per_day == fb.per_day or fa.per_day is not None and fb.per_day is not None
                 and _one_rhythm(fa.per_day, fb.per_day))
            and fa.per_day_range == fb.per_day_range
            and fa.as_needed == fb.as_needed
            and fa.route == fb.route and fa.sides == fb.sides
            and (fa.time_of_day == fb.time_of_day or not (fa.time_of_day and fb.time_of_day))
            and (fa.food == fb.food or not (fa.food and fb.food))
            and (fa.preparation == fb.preparation or not (fa.preparation and fb.preparation))
            and (_same_limits(fa, fb) or not (fa.limits and fb.limits))
            and (fa.weekdays == fb.weekdays or not (fa.weekdays and fb.weekdays))
            # (a time each time against none is said more exactly: the rest may be the same)
            and fa.session == fb.session and fa.session_week == fb.session_week
            and fa.cycle == fb.cycle  # (days on said by one: said more exactly)
            and _in_turn(fa.rhythms_in_turn) == _in_turn(fb.rhythms_in_turn)
            and fa.cycles_counted == fb.cycles_counted
            and not _over_the_most(fa, fb) and not _low_dose_over(fa, fb))


def food_said_by_one(text_a: str, text_b: str) -> bool:
    """Whether one text says to take it with food or on an empty stomach and the other says
    nothing of food ("ibuprofen 400 mg three times a day with food" says more than without). A
    meal named for the time ("with breakfast and evening meal": twice a day) is when, not
    this."""
    fa, fb = _read_pair(text_a, text_b, NO_GROUPING, NO_GROUPING)
    said_a, said_b = (bool(f.food) and not f.time_of_day for f in (fa, fb))
    return said_a != said_b and not (fa.food and fb.food)


def facts_agree(text_a: str, text_b: str, grouping_a: frozenset[str] = NO_GROUPING,
                grouping_b: frozenset[str] = NO_GROUPING) -> bool:
    """Whether every fact both texts state is the same (each amount clear): what only one
    states (a route, a rhythm, a time of day) is more detail, not a conflict."""
    fa, fb = _read_pair(text_a, text_b, grouping_a, grouping_b)
    if not _clear_to_compare(fa, fb):
        return False

    def both(x: object, y: object) -> bool:
        return not x or not y or x == y
    doses_a, doses_b = _one_dose_in_steps(fa, fa.doses), _one_dose_in_steps(fb, fb.doses)
    return (_doses_agree(doses_a, doses_b)
            and _parts_alike(doses_a, doses_b)
            and not _rhythms_differ(fa, fb) and not _dose_against_day(fa, fb)
            and (not fa.route or not fb.route or _same_way(fa.route, fb.route))
            and both(fa.sides, fb.sides) and both(fa.time_of_day, fb.time_of_day)
            and both(fa.food, fb.food) and both(fa.preparation, fb.preparation)
            and (not fa.limits or not fb.limits or _same_limits(fa, fb))
            and both(fa.weekdays, fb.weekdays) and not cycles.cycles_differ(fa.cycle, fb.cycle)
            and both(fa.cycles_counted, fb.cycles_counted)
            and not _rhythms_apart(fa, fb)
            and not _session_findings(fa, fb)
            and not _over_the_most(fa, fb) and not _low_dose_over(fa, fb))


def _doses_agree(doses_a: list[Dose], doses_b: list[Dose]) -> bool:
    """Whether two texts' doses are one, or given by one only; a range and an amount inside
    it agree, the amount saying more."""
    if not doses_a or not doses_b:
        return True
    doses_a, doses_b = _one_of_its_form(doses_a, doses_b), _one_of_its_form(doses_b, doses_a)
    if not any(d.low for d in doses_a + doses_b):
        said_a, said_b = _by_dimension(doses_a), _by_dimension(doses_b)
        if _strength_added(doses_a, doses_b):
            return all(said_a[kind] == said_b[kind] for kind in said_a.keys() & said_b.keys())
        return said_a == said_b
    dimensions = sorted(d.dimension for d in doses_a)
    return dimensions == sorted(d.dimension for d in doses_b) and all(
        _ranges_agree([d for d in doses_a if d.dimension == dimension],
                      [d for d in doses_b if d.dimension == dimension])
        for dimension in dimensions)


def _strength_added(doses_a: list[Dose], doses_b: list[Dose]) -> bool:
    """Whether the two sides count the same forms ("two tablets") and one adds only their
    strength ("500 mg, two tablets"): the strength is more detail (and, where the count
    times it can be read two ways, not unclear against a side that gives none)."""
    kinds_a, kinds_b = {d.dimension for d in doses_a}, {d.dimension for d in doses_b}
    both, either = kinds_a & kinds_b, kinds_a | kinds_b
    return (bool(both) and both <= FORMS.keys() and (either - both).isdisjoint(FORMS)
            and (kinds_a <= kinds_b or kinds_b <= kinds_a))


def _by_dimension(doses: list[Dose]) -> dict[str, list[float]]:
    """Each dimension's amounts (in its base unit) among ``doses``."""
    said: dict[str, list[float]] = {}
    for dose in doses:
        said.setdefault(dose.dimension, []).append(round(dose.base, 9))
    return {dimension: sorted(amounts) for dimension, amounts in said.items()}


def _one_of_its_form(doses: list[Dose], others: list[Dose]) -> list[Dose]:
    """``doses`` without a count of one tablet (or capsule...) beside its amount, where the other
    side counts none: "furosemide 40 mg one tablet" is 40 mg, as "furosemide 40 mg" is (two
    tablets of 40 mg might be 80 mg or 40 mg: kept)."""
    counted = [d for d in doses if d.dimension in FORMS]
    if (len(counted) != 1 or counted[0].base != 1 or len(doses) != 2
            or any(d.dimension in FORMS for d in others)):
        return doses
    return [d for d in doses if d is not counted[0]]


# How long, however said, as a number of days, so that two ways of saying one course read as
# the same words: "for a week" = "for 7 days" = "7/7" (UK letters: 7 days; "2/52" two weeks)
# = "durante una semana" = "a 7-day course". Not "3/12": in a letter, "review 3/12" says when.
# How many, as a count in words, English and Spanish ("a" and "un" are one: "for a week")
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
               "fourteen": 14, "twenty": 20, "thirty": 30, "hundred": 100, "un": 1, "uno": 1,
               "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
               "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "catorce": 14,
               "veinte": 20, "treinta": 30, "cien": 100}
_HOW_MANY = {**_NUMBER_WORDS, **COUNT_WORDS}
# Days in a unit of time, as a course is counted (a month as 30 days)
DAYS_IN = {"day": 1, "dia": 1, "week": 7, "semana": 7, "fortnight": 14, "month": 30,
           "mes": 30, "year": 365, "ano": 365, "wk": 7, "mth": 30, "mo": 30, "yr": 365}
_LONG = re.compile(
    r"\b(?:(?:for|durante|por)\s+|x\s*)(\d{1,3}|" + "|".join(sorted(_HOW_MANY, key=len,
                                                              reverse=True)) + r")\s+"
    r"(days?|weeks?|fortnights?|months?|years?|dias|semanas?|mes|meses|anos?|wks?|mths?|"
    r"mos|yrs?)\b"
    r"|\b(?:a\s+|an\s+)?(\d{1,3})[\s-]*(day|week|month)\s+course\b"
    r"|(?<![\w./])(?:x\s*)?(\d{1,2})\s*/\s*(7|52)(?![\w/])"
    # "tds x5d", "x 5days", "x2w", "for 5d", as a note is typed
    r"|\b(?:x\s*|for\s+|durante\s+)(\d{1,3})\s*(d|days?|wks?|w)\b"
    # whole days in hours: "keep the wound dry for 48 hours" = "for 2 days", "no driving x24h"
    r"|\b(?:x\s*|for\s+|durante\s+)(24|48|72|96|120|144|168)\s*(?:hours?|hrs?|h|horas)\b")
# So long of a thing is a course of it: "a week of antibiotics" = "antibiotics for 7 days",
# "two weeks' physio", "7 días de antibiótico"; not when ("after 2 weeks of treatment", "en 2
# semanas de"), nor an age, a pregnancy or how long something has gone on ("6 weeks of
# symptoms")
_SPAN_OF = re.compile(
    r"(?<![\w'])(?<!\bafter )(?<!\bin )(?<!\bwithin )(?<!\bfirst )(?<!\blast )(?<!\bnext )"
    r"(?<!\bover )(?<!\bfollowing )(?<!\bfor )(?<!\bthe )(?<!\bthese )(?<!\bde )(?<!\ben )"
    r"(?<!\btras )(?<!\blos )(?<!\blas )(?<!\bprimeras )(?<!\bultimas )(?<!\bdurante )"
    r"(\d{1,3}|" + "|".join(sorted(_HOW_MANY, key=len, reverse=True)) + r")\s+"
    r"(days?|weeks?|months?|dias|semanas?|mes|meses)(?:'s?\s+(?:worth\s+of\s+)?|\s+"
    r"(?:(?:worth\s+)?of|de)\s+)"
    r"(?!age\b|pregnancy\b|gestation\b|life\b|symptoms?\b|pain\b|edad\b|embarazo\b|"
    r"gestacion\b|vida\b|evolucion\b|sintomas?\b|dolor\b|it\b|this\b|that\b|them\b)")
# A course's end said after its length says the length again: "amoxicillin for a week then stop"
# = "amoxicillin for 7 days", "durante 7 días y luego suspender"
_STOP_A_COURSE = (r"(?:stop|finish|come off|dejar|suspender|parar)"
                  r"(?:(?<=r)(?:lo|la|los|las)\b|\s+(?:it|them|taking it|taking them|lo|la|los|"
                  r"las)\b)?")
_THEN_STOP = re.compile(
    r"(\bfor \d+ days)\s*,?\s*(?:and\s+|then\s+|and then\s+|y\s+(?:luego\s+)?)"
    + _STOP_A_COURSE + r"\s*(?=$|[,;.)])")
# A couple of days, weeks or months is two of them ("rest for a couple of days")
_A_COUPLE_OF = re.compile(r"\b(?:a\s+)?couple\s+(?:of\s+)?(?=(?:days|weeks|months)\b)")
_SLASH_UNIT = {"7": "day", "52": "week"}
_X_UNIT = {"d": "day", "w": "week"}
# A length said with no "for" after a treatment's name: "physio 6 weeks", "tamoxifen 5 yrs",
# "fisioterapia 6 semanas"; not when or how often ("in 6 weeks", "every 2 weeks", "5 days a
# week", "6 weeks post-op", "12 weeks pregnant", "3 months old").
# (or a count in words, COUNT_WORDS: "amoxicillin tds one week"; not "a", "un" nor "una",
# which also say "per", nor "once", in English not eleven)
_BARE_COUNT_WORDS = tuple(word for word in COUNT_WORDS
                          if word not in ("a", "an", "un", "una", "once", "hundred", "cien"))
_BARE_LONG = re.compile(
    r"(?<=[a-z] )(?<!\bevery )(?<!\beach )(?<!\bcada )(?<!\bin )(?<!\bat )(?<!\bafter )"
    r"(?<!\bwithin )(?<!\ben )(?<!\bq )(?<!\bde )(?<!\blast )(?<!\bnext )(?<!\bover )"
    r"(?<!\bby )(?<!\bfrom )(?<!\bto )(?<!\bthan )(?<!\bage )(?<!\baged )(?<!\bfor )"
    r"(?<!\bdurante )(?<!\bpor )(?<!\bx )(?<!\buntil )(?<!\btill )(?<!\bhasta )"
    r"(\d{1,3}|" + "|".join(_BARE_COUNT_WORDS) + r")\s+"
    r"(days?|weeks?|months?|years?|wks?|mths?|mos|yrs?|dias|semanas|meses|anos)\b"
    r"(?!\s*(?:a|per|each|every|old|ago|later|after|before|post|postop|pregnant|of|de|por|al|"
    r"gestation|since|earlier|back)\b|\s*-)")
_has_digit = re.compile(r"\d").search
# How long before a thing, in days however said: "stop aspirin one week before surgery" =
# "7 days before" = "7 days prior to" = "7 días antes"; "48 hours before" = "2 days before"
# ("a week before surgery", "una semana antes" too: terms.ONE_BEFORE)
_LEAD_TIME = re.compile(
    r"(?<![\w.])(\d{1,3}|" + "|".join(_BARE_COUNT_WORDS) + "|" + terms.ONE_BEFORE + r")\s+"
    r"(days?|weeks?|wks?|dias?|semanas?|hours?|hrs?|horas?)\s+(?:before|prior(?: to)?|"
    r"antes(?: de)?)\b")


def _lead_in_days(match: re.Match[str]) -> str:
    count, unit = match.group(1), match.group(2)
    if unit.startswith("h"):  # whole days of hours as days; other hours as they are
        hours = _HOW_MANY.get(count) or int(count)
        return f"{hours // 24} days before " if hours % 24 == 0 else match.group()
    return f"{_days(count, unit).split()[1]} days before "
_has_count = re.compile(r"\d|\b(?:" + "|".join(_BARE_COUNT_WORDS) + r")\s").search
# Words of a follow-up, where a bare "12 months" says when: "f/u US 12 months", "review 6 weeks".
_FOLLOW_UP_WORDS = re.compile(r"\b(?:review|reviewed|f/u|fu|follow|r/v|rv|repeat|recheck|re-check|"
                         r"check|scan|see|control|revision|revisar|again|appointment|cita)\b")
_PER_HOUR_HINTS = ("/", "per", "la", "por")  # one is in every match of _PER_HOUR
_PER_MINUTE = re.compile(r"\s*(?:/|\bper\b|\bpor\b|\bal\b)\s*(?:min|mins|minute|minuto)\b")
_PER_HOUR = re.compile(r"\s*(?:/|\bper\b|\ba la\b|\bpor\b)\s*(?:h|hr|hrs|hour|hora)\b")
# A rate by the hour after an amount: "1000 units/hr", "2 mg per hour", "1 ml por hora", "a la
# hora", "2 mg an hour" (Facts.per_hour)
_RATE_BY_THE_HOUR = re.compile(r"\d\s*[a-zµμ]*(?:" + _PER_HOUR.pattern + "|" + terms.AN_HOUR + ")")


def _as_days(match: re.Match[str]) -> str:
    if match.group(9):
        return f" for {int(match.group(9)) // 24} days "
    count, unit = (match.group(1), match.group(2)) if match.group(1) else (
        (match.group(3), match.group(4)) if match.group(3) else
        (match.group(5), _SLASH_UNIT[match.group(6)]) if match.group(5) else
        (match.group(7), _X_UNIT.get(match.group(8), match.group(8))))
    return _days(count, unit)


def _days(count: str, unit: str) -> str:
    how_many = _HOW_MANY.get(count) or int(count)
    unit = unit.rstrip("s") if unit not in ("mes", "meses", "dias") else unit
    days = {"meses": 30, "dias": 1}.get(unit) or DAYS_IN[unit]
    if days in (30, 30.0) and how_many % 12 == 0:  # "for 12 months" is "for a year"
        return f" for {how_many // 12 * 365} days "
    return f" for {how_many * days} days "


# When, however said, so that two ways of saying one follow-up read as the same words: "in 6
# weeks" = "in a month and a half" = "r/v 6/52" = "en mes y medio", "in 3 months" = "in 12
# weeks", "in a fortnight" = "in 2 weeks". A number of weeks or days is set in months only
# where it is a round number of months as people count them (4, 6, 8, 12 or 13, 26, 52
# weeks), so "in 9 weeks" stays against "in 2 months".
_SPANS_IN_WORDS = (
    (Hinted(r"\b(?:(?:a|one) )?month and a half\b|\bone and a half months?\b|"
            r"\bmes y medio\b", "half month", "month and a half", "mes y medio"), " 1.5 months "),
    (Hinted(r"\b(?:(?:a|one) )?year and a half\b|\bano y medio\b", "year and a half",
            "ano y medio"), " 18 months "),
    (Hinted(r"\bhalf a year\b|\bmedio ano\b", "half a year", "medio ano"), " 6 months "),
    # (not a rhythm's fortnight: "once a fortnight", "every fortnight" are every two weeks)
    (Hinted(r"(?<!\bonce )(?<!\btwice )(?<!\bonce a )(?<!\btwice a )(?<!\bevery )"
            r"(?<!\beach )\b(?:a |one )?fortnight\b|\bquince dias\b", "fortnight", "quince dias"),
     " 2 weeks "),
    # "en 15 días" is a fortnight as Spain says it ("durante 15 días", a course, stays 15)
    (Hinted(r"\b(en|dentro de)\s+(?:(los proximos)\s+)?15 dias\b", "15 dias"),
     r" \1 \2 2 weeks "),
)
_SPAN_UNITS = {"hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "hora": "hour",
               "horas": "hour", "day": "day", "days": "day", "dia": "day", "dias": "day",
               "wk": "week",
               "wks": "week", "week": "week", "weeks": "week", "semana": "week",
               "semanas": "week", "mth": "month", "mths": "month", "mnth": "month",
               "mnths": "month", "month": "month", "months": "month", "mes": "month",
               "meses": "month", "yr": "year", "yrs": "year", "year": "year", "years": "year",
               "ano": "year", "anos": "year"}
_SPAN_COUNT = r"(\d{1,3}(?:\.5)?|" + "|".join(sorted(_HOW_MANY, key=len, reverse=True)) + r")"
_IN_TIME = re.compile(
    r"\b(in|within|after|en|dentro de|al cabo de|in another)\s+"
    r"(the next\s+|los proximos\s+|las proximas\s+)?"
    r"(about\s+|around\s+|roughly\s+|approximately\s+|approx\s+|unos\s+|unas\s+|"
    r"aproximadamente\s+)?" + _SPAN_COUNT + r"\s*("
    + "|".join(sorted(_SPAN_UNITS, key=len, reverse=True)) + r")\b")
# "review 3/12", "f/u 6/52", "r/v 2/7": months, weeks, days in a UK letter, after the word of a
# follow-up only (elsewhere "3/12" may be a date); "see you in 3/12", "clinic in 6/52", "phone
# call in 2/52" with their "in" ("clinic 3/12" may be the 3rd of December)
_IN_TIME_SLASH = Hinted(
    r"\b(review|r/v|rv|f/u|fu|follow[\s-]?up|see|repeat|recheck|check|revision|control)\s+"
    r"(?:(?:you|him|her|them|me|us)\s+(?:back\s+)?)?(?:in\s+)?(\d{1,2})\s*/\s*(7|52|12)"
    r"(?![\w/])|"
    r"\b(clinic|appointment|appt|opd|call|phone|telephone|bloods|scan)\s+in\s+(\d{1,2})\s*/\s*"
    r"(7|52|12)(?![\w/])", "/")
_SLASH_SPAN = {"7": "day", "52": "week", "12": "month"}
# ... and a span with no "in" after the word of a follow-up: "follow up 3 months", "clinic
# review 6 weeks", "revisión 3 meses", "follow-up at 3 months" (it had been no time at all, so
# "follow up in clinic in 3 months" against "clinic follow-up 3 months" differed)
_AFTER_FOLLOW_UP = Hinted(
    r"\b(review|r/v|rv|f/u|fu|follow[\s-]?up|revision|control|appointment|cita)\s+"
    r"(?:at\s+|a\s+los\s+|a\s+las\s+)?" + _SPAN_COUNT + r"\s*("
    + "|".join(sorted(_SPAN_UNITS, key=len, reverse=True)) + r")\b",
    "review", "r/v", "rv", "f/u", "fu", "follow", "revision", "control", "appointment", "cita")
_ROUND_MONTHS = {4: 1.0, 6: 1.5, 8: 2.0, 12: 3.0, 13: 3.0, 26: 6.0, 52: 12.0}
# Any word of a span of time, or a letter's "/52": what the rewriting above needs to start.
_ANY_SPAN = re.compile(r"\b(?:" + "|".join(sorted(_SPAN_UNITS, key=len, reverse=True))
                       + r"|fortnight|quince)\b|/\s*(?:7|52|12)\b")


def _interval(count: float, unit: str) -> str:
    """" interval 1.5 months " for "in 6 weeks" (above); the unit named once in each of its
    ways."""
    if unit == "year":
        count, unit = count * 12, "month"
    if unit == "hour" and count >= 24 and count % 24 == 0:  # "within 48 hours" = "in 2 days"
        count, unit = count / 24, "day"
    if unit == "day" and count in (30, 31, 60, 90, 180, 365):
        count, unit = {30: 1, 31: 1, 60: 2, 90: 3, 180: 6, 365: 12}[int(count)], "month"
    elif unit == "day" and count >= 7 and count % 7 == 0:
        count, unit = count / 7, "week"
    if unit == "week" and count in _ROUND_MONTHS:
        count, unit = _ROUND_MONTHS[int(count)], "month"
    # "interval" binds the number to its meaning (diagnosis_match.QUALIFIERS): "repeat echo in
    # 12 months" = "heart ultrasound again in a year", the words in any order
    return f" interval {count:g} {unit}s "


# "within 48 hours" says by then, "after 48 hours" not before: each keeps its word ("bloods
# within 48 hours" against "after 48 hours" had read as one time); "in" is neither
_BY_OR_AFTER = {"within": " within ", "dentro de": " within ", "after": " after ",
                "al cabo de": " after "}


def _in_time_read(match: re.Match[str]) -> tuple[str, float, str]:
    """An ``_IN_TIME`` match's word ("in", "within", "after"), count and unit."""
    said = match.group(4)
    count = float(_HOW_MANY.get(said) or said)
    # "in the next fortnight" is within it
    by = " within " if match.group(2) else _BY_OR_AFTER.get(match.group(1), " in ")
    return by.strip(), count, _SPAN_UNITS[match.group(5)]


def _in_time(match: re.Match[str]) -> str:
    word, count, unit = _in_time_read(match)
    return (f" {word} " if word != "in" else " ") + _interval(count, unit)


def _after_follow_up(match: re.Match[str]) -> str:
    said = match.group(2)
    count = _HOW_MANY.get(said) or float(said)
    word = {"revision": "review", "control": "review"}.get(match.group(1), match.group(1))
    return f" {word}" + _interval(float(count), _SPAN_UNITS[match.group(3)])


def _in_time_slash(match: re.Match[str]) -> str:
    word, count, per = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
    whom = match.group(0)[len(word):match.start(2) - match.start()] if match.group(1) else ""
    # (the words between kept: "see you" is the patient's coming back)
    kept = " ".join(w for w in whom.split() if w != "in")
    return f" {word}{' ' + kept if kept else ''}" + _interval(float(count), _SLASH_SPAN[per])




# A course's length in weeks, and one in months or years, as written ("for 26 weeks", "x 12
# wks", "durante 26 semanas"; "for 6 months", "for a year", "durante un año")
_WEEKS_LONG = re.compile(r"\b(?:for|durante|x)\s*(\d{1,3})\s*(?:weeks?|wks?|semanas)\b",
                         re.IGNORECASE)
_MONTHS_LONG = re.compile(r"\b(?:for|durante|x)\s*(\d{1,3}|an?|one|una?)\s*"
                          r"(months?|mths?|mes|meses|years?|yrs?|a[nñ]os?)\b", re.IGNORECASE)


def lengths_as_counted(text_a: str, text_b: str) -> tuple[str, str]:
    """Two courses of one length as people count it, one in weeks and the other in months or
    years ("tamoxifen for 26 weeks" and "for 6 months", "for 52 weeks" and "for a year"): the
    weeks said as the other says it, as "in 12 weeks" is "in 3 months" (``_ROUND_MONTHS``);
    else the two as they are. (A course counts a month as 30 days, so the weeks had been
    another length: a major difference between two ways of writing one.)"""
    texts = (text_a, text_b)
    weeks = [_WEEKS_LONG.findall(text) for text in texts]
    months = [_MONTHS_LONG.findall(text) for text in texts]
    for w, m in ((0, 1), (1, 0)):
        if len(weeks[w]) != 1 or months[w] or len(months[m]) != 1 or weeks[m]:
            continue
        count, unit = months[m][0]
        many = int(count) if count.isdigit() else 1
        if fold_letters(unit.lower())[0] in "ya":  # years, años
            many *= 12
        counted = int(weeks[w][0])
        # (and whole years of 52 weeks: "260 weeks" is 5 years)
        months_of = 12 * (counted // 52) if counted % 52 == 0 else _ROUND_MONTHS.get(counted)
        if months_of != many:
            continue
        said = _MONTHS_LONG.search(texts[m])
        assert said is not None
        out = list(texts)
        out[w] = _WEEKS_LONG.sub(said.group(), texts[w])
        return out[0], out[1]
    return text_a, text_b


# Weeks of a pregnancy as a letter writes them ("PPROM at 34/40", "induction at 39/40"): so many
# weeks; not where the eyes are spoken of ("vision 20/40" is a visual acuity)
_GESTATION_WEEKS = re.compile(r"(?<![\w./])([4-9]|[1-3]\d|4[0-2])\s*/\s*40(?![\w/])")
_GESTATION_AFTER = re.compile(r"(?:(?<=\buntil )|(?<=\bfrom )|(?<=\bsince )|(?<=\bafter )|"
                              r"(?<=\bby )|(?<=\bat )|(?<=\bto ))"
                              r"([4-9]|[1-3]\d|4[0-2])\s*/\s*40(?![\w/])")
_EYE_WORDS = re.compile(r"\b(?:vision|visual|acuity|va|eye|eyes|snellen|ojo|ojos|vista|agudeza|"
                        r"od|os|ou|re|le)\b")


@lru_cache(maxsize=4096)
def intervals_said_once(folded: str) -> str:
    """Each "in so long" of ``folded`` in one way (above), and a pregnancy's weeks as weeks."""
    if "40" in folded and "/" in folded:
        # near eye words only after a word of time ("until 12/40" beside "od", once a day;
        # "vision 20/40" stays a visual acuity)
        weeks = _GESTATION_AFTER if _EYE_WORDS.search(folded) else _GESTATION_WEEKS
        folded = weeks.sub(r"\1 weeks", folded)
    if "revision" in folded or "control" in folded:  # a Spanish check-up, in so long or yearly
        folded = terms.CHECK_UP_IN.sub("review", folded)
    if not _ANY_SPAN.search(folded):
        return folded
    for pattern, plainly in _SPANS_IN_WORDS:
        folded = pattern.sub(plainly, folded)
    folded = _IN_TIME_SLASH.sub(_in_time_slash, folded)
    folded = _AFTER_FOLLOW_UP.sub(_after_follow_up, folded)
    folded = _IN_A_RANGE.sub(_in_a_range, folded)  # "in 6 to 8 weeks" = "in 6-8 weeks"
    if "within" in folded:  # "within 3 hours of bedtime" = "for 3 hours before bed"
        folded = _WITHIN_OF_BED.pattern.sub(
            lambda m: f"for {m['count']} {m['unit']} before bed", folded)
    if "bedtime" in folded:  # "before bedtime" = "before bed" ("at bedtime" is a time of day)
        folded = _BEFORE_BEDTIME.sub("before bed", folded)
    return _IN_TIME.sub(_in_time, folded)


_BEFORE_BEDTIME = re.compile(r"\bbefore\s+bedtime\b")


def _in_a_range(match: re.Match[str]) -> str:
    word = _BY_OR_AFTER.get(match["word"], " ")
    return f"{word}interval {match['low']}-{match['high']} {_SPAN_UNITS[match['unit']]}s "


# A changed dose, where it ends ("to 10 mg", "a 10 mg", "down to 20 mg") or by how much it
# changes ("by 5 mg", "en 5 mg"), once the amount is taken out: one word each, which the
# comparison sets against each other (diagnosis_match.MARKER_CLASSES "step"); "up to four
# times a day" leads to a rhythm and says nothing.
_AMOUNT_AHEAD = (r"(?=(?:" + NUMBER + r")\s*(?:" + "|".join(
    sorted((re.escape(u) for u in UNITS), key=len, reverse=True)) + r")(?![\w]))")
_TO_AMOUNT = re.compile(r"\b(?:up to|down to|to|a|hasta)\s+" + _AMOUNT_AHEAD)
_BY_AMOUNT = re.compile(r"\b(?:by|en)\s+" + _AMOUNT_AHEAD)
_UP_TO_RHYTHM = Hinted(_AT_MOST + r"(?=(?:\d+|one|two|three|four|five|six|una|dos|tres|cuatro|"
                       r"cinco|seis)\s*(?:x|times|veces)\b|once\b|twice\b|"
                       r"(?:qds|qid|tds|tid|bd|bid)\b)", *_AT_MOST_HINTS)


# A release that is not the usual one: "quetiapine XL", "methylphenidate MR", "nifedipine
# retard", "morphine modified release". Said on one side only it is another medicine to take
# (a plain name is the immediate release, BNF), not the same said more exactly.
# (and brands whose name says it: OxyContin, Zomorph, MST, MXL and Concerta release slowly,
# where OxyNorm, Oramorph and Sevredol do not: "OxyContin 20 mg q12h" against "OxyNorm 20 mg
# q12h" is another medicine for pain; Macrobid is nitrofurantoin's modified release, BNF)
_RELEASE = re.compile(r"(?<![\w/])(?:xl|mr|m/r|sr|s/r|cr|xr|retard|continus|oxycontin|zomorph|"
                      r"mst|mxl|concerta|macrobid|"
                      r"(?:modified|prolonged|extended|sustained|controlled|slow|delayed)"
                      r"[\s-]+release|liberacion (?:prolongada|modificada|retardada)|"
                      r"accion prolongada)(?![\w/])")


# A product's variant by its name, another product than the plain one or another variant:
# Calpol Six Plus (250 mg/5 mL) against Calpol (the infant's 120 mg/5 mL), Elleste Duet
# (with a progestogen) against Elleste Solo, Femoston Conti against Femoston, Pred Forte
_VARIANT = re.compile(r"\b(?:six\s*plus|6\s*\+|6\s*plus|duet|duo|solo|conti|sequi|forte)(?!\w)")


# An insulin mixed ready of a quick and a slow one: NovoMix 30 against NovoRapid (the quick
# one alone), Humalog Mix25 against Humalog. The mixed one's name holds the other's ("biphasic
# insulin aspart 30" and "insulin aspart"): it had read as the same insulin said more exactly.
_PREMIXED = re.compile(r"\b(?:biphasic|bifasic[ao]|pre-?mixed|premezclad[ao]|mix\s?\d\d|"
                       r"novomix|mixtard|humulin\s?m\d|insuman\s+comb)(?!\w)")


def product_variant(text: str) -> frozenset[str]:
    """The variant words ``text`` names after a product's name (``_VARIANT``), folded, and
    "premixed" for an insulin mixed ready (``_PREMIXED``)."""
    folded = fold_letters(text or "")
    premixed = frozenset(("premixed",)) if _PREMIXED.search(folded) else frozenset()
    if not _VARIANT.search(folded):
        return premixed
    return premixed | frozenset(re.sub(r"\s+|6", lambda m: "six" if m.group() == "6" else "",
                            m.group()).replace("+", "plus") for m in _VARIANT.finditer(folded))


# How many units each mL of an insulin holds, as written ("100 units/ml", "300 IU/mL", "U-100",
# "U300") or by a brand made at one strength only. Toujeo is glargine at 300 units/mL, Lantus,
# Abasaglar and Semglee at 100: a dose is not moved from one to the other unit for unit.
_ONE_STRENGTH_BRANDS = {"toujeo": 300, "lantus": 100, "abasaglar": 100, "basaglar": 100,
                        "semglee": 100}
_ONE_STRENGTH_BRAND = re.compile(r"\b(" + "|".join(_ONE_STRENGTH_BRANDS) + r")\b")


def product_strength(text: str) -> int | None:
    """The units in each mL of the product ``text`` names (an insulin's, a heparin's), read as
    a liquid's strength is (``_STRENGTH``: "100 units/ml", "25,000 units in 50 ml") or written
    "U-100" (``U_STRENGTH``), or None."""
    folded = fold_letters(text or "")
    if said := U_STRENGTH.search(folded):
        return int(said.group(1))
    for found in _STRENGTH.finditer(folded) if "ml" in folded else ():
        amount = readings(found.group(1))
        per = readings(found.group(3)) if found.group(3) else (1.0,)
        if UNITS[found.group(2)][0] == "units" and amount and per and per[0] > 0:
            return round(amount[0] / per[0])
    if brand := _ONE_STRENGTH_BRAND.search(folded):
        return _ONE_STRENGTH_BRANDS[brand.group(1)]
    return None


# Insulin is made at 100 units/mL unless its name or note says otherwise: a plain "insulin
# glargine" is read as Lantus's strength, not as one of two (it had made the pair "refined")
USUAL_UNITS_PER_ML = 100


def strength_said_by_one(text_a: str, text_b: str) -> bool:
    """Whether one text gives a strength other than the usual and the other text none."""
    said = {product_strength(text_a), product_strength(text_b)}
    return None in said and len(said - {None, USUAL_UNITS_PER_ML}) == 1


def strengths_differ(text_a: str, text_b: str) -> bool:
    """Whether both texts give an insulin's units in each mL, and not the same."""
    a, b = product_strength(text_a), product_strength(text_b)
    return a is not None and b is not None and a != b


def product_differences(text_a: str, text_b: str) -> list[FactDifference]:
    """What makes one medicine written two ways two products (kind "product": "which product:
    Dr Lee wrote an insulin on its own, Dr Kim a mixed insulin ..."): a release, an insulin
    mixed ready, an insulin's strength, a product's variant. Empty where none of them
    differs."""
    said = []
    release_a, release_b = modified_release(text_a), modified_release(text_b)
    if release_a != release_b:
        said.append((_("modified release") if release_a else _("the usual release"),
                     _("modified release") if release_b else _("the usual release")))
    variant_a, variant_b = product_variant(text_a), product_variant(text_b)
    if ("premixed" in variant_a) != ("premixed" in variant_b):
        mixed, alone = _("a mixed insulin (quick and slow together)"), _(
            "an insulin on its own")
        said.append((mixed if "premixed" in variant_a else alone,
                     mixed if "premixed" in variant_b else alone))
    if strengths_differ(text_a, text_b):
        said.append(tuple(_("{units} units in each mL").format(units=product_strength(text))
                          for text in (text_a, text_b)))
    named_a, named_b = _variant_named(text_a), _variant_named(text_b)
    if named_a != named_b:
        said.append((named_a or _("no variant"), named_b or _("no variant")))
    return [FactDifference("product", a, b) for a, b in said]


def _variant_named(text: str) -> str:
    """A product's variant as the text writes it, quoted ("“Six Plus”"), or empty."""
    found = [m.group() for m in _VARIANT.finditer(fold_letters(text or ""))]
    if not found:
        return ""
    original = text or ""
    quoted = []
    for word in found:  # as written, capitals and all, where the folded text lines up
        at = fold_letters(original).find(word)
        quoted.append(original[at:at + len(word)] if at >= 0 and original.isascii() else word)
    return ", ".join(f"“{word}”" for word in quoted)


def counts_a_form(text: str) -> bool:
    """Whether ``text`` gives a dose counted in a form: tablets, capsules, puffs, drops and
    the like. (Its doses are read only where it names one of them.)"""
    plain = fold(text or "")
    return any(hint in plain for hint in _FORM_HINTS) and any(
        d.dimension in FORMS for d in read(text).doses)


def counts_puffs(text: str) -> bool:
    """Whether ``text`` gives a dose in puffs of an inhaler ("2 puffs twice a day")."""
    return counts_a_form(text) and any(d.dimension == "puff" for d in read(text).doses)


def modified_release(text: str) -> bool:
    """Whether ``text`` names a release other than the usual one (MR, XL, SR, retard,
    "prolonged release" are one reading: brands use them for one thing)."""
    return _RELEASE.search(fold_letters(text or "")) is not None


_A_PERIOD_AFTER_DOSE = re.compile(
    "(" + _DOSE_RE.pattern + r")\s+(?:(?P<en>a)\s+(?=(?:week|month|year)\b)|a la\s+(?=semana\b)|"
    r"al\s+(?=mes\b))")


@lru_cache(maxsize=4096)
def without_facts(text: str, routes: bool = True) -> str:
    """The treatment with its dose, rhythm and route taken out ("Metformin 500 mg BID" ->
    "metformin"), so what remains can be compared as words. ``routes=False`` keeps the words
    of its route, where they are part of a name ("diabetes tablets", "steroid inhaler")."""
    folded = _without_facts_but_routes(text)
    for pattern, route in _ROUTE_RES if routes and _ANY_ROUTE.search(folded) else ():
        folded = pattern.sub(_route_gone if route in _ROUTES_AROUND_A_NAME else " ", folded)
    if routes and ("by" in folded or "via" in folded):  # "by injection": the "by" with it
        folded = _BY_ALONE.sub(" ", folded)
    return " ".join(folded.split())


@lru_cache(maxsize=4096)
def _without_facts_but_routes(text: str) -> str:
    """``without_facts`` up to its routes (a text is read both with and without them)."""
    if text and _STEP_WORDS.search(plain := fold(text)):
        # the step is a fact (Facts.step), with its rhythm
        text = _TAPER_STEP.sub(_one_step_word, _q_spans(plain))
    if text and U_STRENGTH.search(plain := fold(text)):
        text = U_STRENGTH.sub(" ", plain)  # the product's strength (product_strength)
    if text and cycles.may_say_a_cycle(plain := fold(text)):
        # facts (Facts.cycle, Facts.cycles_counted)
        text = cycles.without_cycles_counted(cycles.cycle_taken(_q_spans(plain))[0])
    if text and ("x" in text or "×" in text) and (counted := read(text)).cycles_counted and (
            not counted.doses):
        text = cycles.without_bare_times(fold(text))  # "CAPOX x4": its cycles, a fact
    folded = _as_dosed(text or "").replace(" perdose ", " ")
    if "(" in folded:  # what a salt's dose holds of its mineral (Facts.element)
        folded = _ELEMENT_IN_BRACKETS.sub(" ", folded)
    if "altern" in folded or "other day" in folded or "second day" in folded or (
            "one day" in folded or "un dia" in folded):
        folded = ALTERNATING_DOSES.sub(" ", folded)  # two amounts in turn (Facts.alternating)
    if "x" in folded or "×" in folded:  # the "x" of "5 mg x 8 tablets" goes with its count
        folded = _X_BEFORE_A_COUNT.sub(" ", folded)
        # ... and "x 12 cycles" is "for 12 cycles" (it had differed word for word)
        folded = _X_CYCLES.sub(r" for \1", folded)
    if any(word in folded for word in ("step", "taper", "wean", "reducing", "descen")):
        folded = _STEP_JOINED.sub("", folded)  # "then reduce by 5 mg weekly" = "tapering by"
    folded = _clock_as_words(folded)
    if (bare := _BARE_DOSE.match(folded)) and not _DOSE_RE.search(folded) and (
            terms.canonical(bare.group(1)) in terms.MEDICINES):
        folded = f"{folded[:bare.start(2)]} {folded[bare.end(2):]}"  # "furosemide 40 mane"
    if "kg" in folded or "kilo" in folded:  # the patient's weight is a fact, as a dose is
        folded = _WEIGHT_SAID.sub(" ", folded)
    if _CHANGE_SAID.search(folded):
        folded = _BY_AMOUNT.sub(" doseby ", _TO_AMOUNT.sub(" doseto ", folded))
    folded = _UP_TO_RHYTHM.sub(" ", folded)
    if " an h" in folded:  # "2 mg an hour" is "2 mg per hour", before the dose goes
        folded = terms.AN_HOUR_AFTER_AN_AMOUNT.sub(r"\1 per hour", folded)
    if "ml" in folded:  # a liquid's strength, "120 mg/5 ml", is a fact as a whole
        folded = _STRENGTH.sub(" ", folded)
    if " a " in folded or " al " in folded:  # "15 mg a week": its "a" says "per" only
        folded = _A_PERIOD_AFTER_DOSE.sub(  # beside the dose
            lambda m: f"{m.group(1)} {'per' if m.group('en') else 'por'} ", folded)
    if "/" in folded:
        folded = _COMBINED.sub(" ", folded)  # "30/" of "30/500 mg", a dose as a whole
    if _SAYS_A_TIME.search(folded) and (timed := read(text)).session:  # Facts.session
        folded = _hours_and_minutes(_given_over(folded) if timed.doses else folded)
        folded = _SESSION_SAID.sub(" ", folded)
        if timed.session_week:  # ... and the week of the week's time in all
            folded = _A_WEEKS.sub(" ", folded)
    for found, _low in reversed(_dose_ranges(folded, NO_GROUPING)):  # "50-" of "50-100 mg"
        folded = f"{folded[:found.start()]} {folded[found.end():]}"
    folded = _RATIO.sub(" ", fold(_DOSE_RE.sub(" ", _TIMES_DOSE.sub(" ", folded))))
    folded = intervals_said_once(folded)  # before the durations: "in a fortnight"
    if "couple" in folded:
        folded = _A_COUPLE_OF.sub("two ", folded)
    folded = _LONG.sub(_as_days, folded)  # before the "x" and "/" of a rhythm are read
    if " of " in folded or " de " in folded or "'" in folded:
        folded = _SPAN_OF.sub(lambda m: _days(m.group(1), m.group(2)), folded)
    if "before" in folded or "prior" in folded or "antes" in folded:
        folded = _LEAD_TIME.sub(_lead_in_days, folded)
    if _has_count(folded) and not _FOLLOW_UP_WORDS.search(folded):  # "f/u US 12 months": when
        folded = _BARE_LONG.sub(lambda m: _days(m.group(1), m.group(2)), " ".join(folded.split()))
    if "stop" in folded or "finish" in folded or " off" in folded or " y " in folded:
        folded = _THEN_STOP.sub(r"\1 ", folded)
    if any(word in folded for word in _PER_HOUR_HINTS):
        folded = _PER_HOUR.sub(" per hour ", folded)  # "25 mcg/hr" = "25 micrograms/hour"
        if "min" in folded:  # "oxygen 2 L/min" = "2 litres per minute"
            folded = _PER_MINUTE.sub(" per minute ", folded)
    folded = _EVERY_WEEKDAY.sub(" ", _DAY_LIST.sub(" ", _DAY_SPAN.sub(" ", folded)))
    in_turn, said, _even = _times_in_turn(folded)
    if in_turn >= 2 and said and len(read(text).doses) <= 1:
        # "one in the morning and one at night": twice a day (not doses at their times);
        # another count at each is a fact of its own (_counts_at_times_differ)
        folded = f"{folded[:said.start()]} {folded[said.end():]}"
    folded = _WORD_HYPHEN.sub(" ", folded)  # "twice-daily", as read() reads it
    folded = _HOUR_RANGE.sub(" ", folded)
    folded = _EVERY_MONTHS.sub(" ", _EVERY_WEEKS.sub(" ", _EVERY_HOURS.sub(" ", folded)))
    folded = _EVERY_MINUTES.sub(" ", folded)
    folded = _EVERY_YEARS.sub(" ", folded)
    folded = _SLOTS.sub(" ", _EVERY_DAYS.sub(" ", _DAYS_A_WEEK.sub(" ", folded)))
    # "30 min before breakfast", a fact (Facts.food), before the rhythms take "before
    # breakfast" as a morning dose and leave "30 min"
    folded = _LEAD_TIME_BEFORE_FOOD.sub(" ", folded)
    if "time" in folded or "vece" in folded or "x" in folded:
        folded = _TIMES_RANGE.sub(" ", folded)
    # (its "not" with it, before the rhythms take an empty stomach as the morning: "don't give
    # Nurofen on an empty stomach" turns nothing down)
    folded = _NOT_EMPTY.sub(lambda m: f" {m['between'] or ''} on an empty stomach ", folded)
    folded = _TIMES_PER.sub(" ", folded)
    if _FEW_SESSIONS.may_match(folded):
        folded = _FEW_SESSIONS.pattern.sub(" ", folded)
    folded = _ANY_FREQUENCY.sub(" ", folded)
    folded = AS_NEEDED.sub(" ", folded)
    folded = _WITH_FOOD.sub(" ", _EMPTY_STOMACH.sub(" ", folded))  # a fact (Facts.food)
    if "juice" in folded or "zumo" in folded or "jugo" in folded:
        folded = _WITH_JUICE.sub(" ", folded)
    if "water" in folded or "agua" in folded:
        folded = _WITH_WATER.sub(" withwater ", folded)
    if "tea" in folded or "coffee" in folded or " te" in folded or "cafe" in folded:
        folded = _WITH_TEA.sub(" ", folded)
    if _ANY_ITEM_WORD.search(folded):
        folded = _ROUTE_AS_ITEM.sub(_as_treatment, folded)
    return folded


# The ways of giving whose words may stand around the medicine's name ("gotas de latanoprost en
# los ojos", "ointment chloramphenicol to the eyes"): the name stays when the route goes
_ROUTES_AROUND_A_NAME = frozenset({"in the eye", "in the ear"})
_WORDS_OF_A_PLACE = frozenset({"in", "into", "on", "to", "the", "both", "each", "his", "her",
                               "en", "para", "los", "el", "ambos", "cada", "dos", "de", "of",
                               "otica", "oticas", "otico", "oticos", "oftalmica",
                               "oftalmicas", "oftalmico", "oftalmicos"})


def _route_gone(match: re.Match[str]) -> str:
    """What is left of a route's words once the route is taken out: the words between them
    that are neither the route's nor a place's ("pomada de cloranfenicol en los ojos" ->
    "cloranfenicol")."""
    pattern = match.re
    kept = [word for word in match.group().split()[1:-1]
            if word not in _WORDS_OF_A_PLACE and not pattern.fullmatch(word)]
    return f" {' '.join(kept)} " if kept else " "


# (not "within 6 months", written "within interval for 180 days" above: how soon, not how long)
_FOR_DAYS = re.compile(r"(?<!interval )\bfor (\d+) days\b")


def without_course(text: str, routes: bool = True) -> str:
    """``without_facts`` with the course's length taken out too ("amoxicillin for 7 days" ->
    "amoxicillin"): what two doctors who give it for another time both name."""
    return " ".join(_FOR_DAYS.sub(" ", without_facts(text, routes)).split())


# A course's length as written: in weeks ("for a week", "x 1 week", "for 52 weeks", "durante una
# semana"), hours ("for 48 hours", "x 24 h") or days ("for 14 days", "durante 14 días"), said back
# so, not as the unit it is counted in ("7 days" for a week, "1 day" for 24 hours, "2 weeks" for
# 14 days)
# (or "so long of" it: "a week of antibiotics", "2 weeks' rest", "una semana de reposo")
_LENGTH_SAID = Hinted(r"\b(?:for|durante|x)\s*(a|one|una|un|\d{1,3})\s*(weeks?|wks?|semanas?|"
                      r"hours?|hrs?|h|horas?|days?|d|dias?)\b"
                      r"|\b(a|one|una|un|\d{1,3})\s+(weeks?|semanas?|days?|dias)"
                      r"(?='|\s+(?:of|de)\b)", "week", "wk", "semana", "h", "d")
_LENGTH_UNIT = {"w": "week", "s": "week", "h": "hour", "d": "day"}


def _lengths_said(text: str) -> set[tuple[str, int]]:
    """Each length ``text`` gives, as (its unit, so many): {("week", 2)} for "for 2 weeks"."""
    if not text:
        return set()
    return {(_LENGTH_UNIT[unit[0]], 1 if count.isalpha() else int(count))
            for found in _LENGTH_SAID.findall(fold(text))
            for count, unit in ((found[0], found[1]) if found[0] else (found[2], found[3]),)}


def _length_words(days: int, text: str = "") -> str:
    """A course's length (``course_days``) in the unit it was most likely written in: as
    ``text``, the course as written, says it (weeks, hours, days); else years, months (of 30
    days, as ``course_days`` counts them), two to 13 weeks, else days ("7 days" stays days)."""
    said = _lengths_said(text)
    if days % 7 == 0 and ("week", days // 7) in said:
        return fill(ngettext("{n} week", "{n} weeks", days // 7), n=days // 7)
    if ("hour", days * 24) in said:
        return fill(ngettext("{n} hour", "{n} hours", days * 24), n=days * 24)
    if ("day", days) in said:
        return fill(ngettext("{n} day", "{n} days", days), n=days)
    if days % 365 == 0:
        return fill(ngettext("{n} year", "{n} years", days // 365), n=days // 365)
    if days % 30 == 0 and days % 7:
        return fill(ngettext("{n} month", "{n} months", days // 30), n=days // 30)
    if days % 7 == 0 and 14 <= days <= 91:
        return fill(ngettext("{n} week", "{n} weeks", days // 7), n=days // 7)
    return fill(ngettext("{n} day", "{n} days", days), n=days)


# A course with no end said: for life ("lifelong", "indefinitely", "de por vida") or long term
# ("long-term", "a largo plazo"). Against so many days it is how long that differs: "lifelong"
# against "for 2 weeks" had differed with no words to say how.
_NO_END = {"for life": re.compile(r"\b(?:lifelong|life[\s-]long|for life|indefinitely|"
                                  r"de por vida|para toda la vida|de forma indefinida|"
                                  r"para siempre)\b"),
           "long term": re.compile(r"\b(?:long[\s-]term|a largo plazo)\b")}
_NO_END_WORDS = {"for life": N_("for life"), "long term": N_("long term")}


def _no_end(text: str) -> str:
    folded = fold(text or "")
    return next((kind for kind, pattern in _NO_END.items() if pattern.search(folded)), "")


def _no_end_against_days(text_a: str, text_b: str, course_a: tuple[int, ...],
                         course_b: tuple[int, ...]) -> FactDifference | None:
    """A course with no end against one of so many days, said as how long each is."""
    end_a, end_b = _no_end(text_a), _no_end(text_b)
    if end_a and not end_b and len(course_b) == 1 and not course_a:
        return FactDifference("course", _(_NO_END_WORDS[end_a]),
                              _length_words(course_b[0], text_b))
    if end_b and not end_a and len(course_a) == 1 and not course_b:
        return FactDifference("course", _length_words(course_a[0], text_a),
                              _(_NO_END_WORDS[end_b]))
    return None


# When a plan is to be done, from now: "repeat MRI in 3 months" against "in 6 months" had
# differed with no words to say how (the words of a span, as a course's are said)
_SPAN_WORDS = {"hour": ("{n} hour", "{n} hours"), "day": ("{n} day", "{n} days"),
               "week": ("{n} week", "{n} weeks"), "month": ("{n} month", "{n} months"),
               "year": ("{n} year", "{n} years")}
_HOW_SOON_WORDS = {"in": N_("in {span}"), "within": N_("within {span}"),
                   "after": N_("after {span}")}


def _when_said(text: str) -> list[tuple[str, str, str]]:
    """Each "in so long" of ``text``: its word (in, within, after), its span as one
    ``_interval`` says it (to compare) and in words (to show)."""
    folded = fold(text or "")
    if not _ANY_SPAN.search(folded):
        return []
    for pattern, plainly in _SPANS_IN_WORDS:  # "in a month and a half": 1.5 months
        folded = pattern.sub(plainly, folded)
    found = []
    for match in _IN_TIME.finditer(folded):
        word, count, unit = _in_time_read(match)
        one, many = _SPAN_WORDS[unit]
        span = fill(ngettext(one, many, 1 if count == 1 else 2), n=_number(count))
        if match.group(3):  # "in about 6 weeks" is quoted with its "about"
            span = fill(_("about {span}"), span=span)
        found.append((word, _interval(count, unit).strip(), fill(_(_HOW_SOON_WORDS[word]),
                                                                 span=span)))
    for match in _IN_A_RANGE.finditer(folded):  # "in 6-8 weeks", "in 6 to 8 weeks"
        word = _BY_OR_AFTER.get(match["word"], " in ").strip()
        unit = _SPAN_UNITS[match["unit"]]
        low, high = match["low"], match["high"]
        span = fill(ngettext(*_SPAN_WORDS[unit], 2), n=f"{low}-{high}")
        if match["about"]:
            span = fill(_("about {span}"), span=span)
        found.append((word, f"interval {low}-{high} {unit}s",
                      fill(_(_HOW_SOON_WORDS[word]), span=span)))
    return found


# "In" so long given as a range: "review in 6-8 weeks", "within 2 to 3 days", "en 6 a 8
# semanas" (a time of its own, told apart from one span: "review in 6 weeks" against it had
# differed with nothing said of how)
_IN_A_RANGE = re.compile(
    r"\b(?P<word>in|within|after|en|dentro de)\s+(?P<about>about\s+|around\s+|roughly\s+|"
    r"approximately\s+|approx\s+|unos\s+|unas\s+|aproximadamente\s+)?"
    r"(?P<low>\d{1,3})\s*(?:-|to|a)\s*(?P<high>\d{1,3})\s*(?P<unit>"
    + "|".join(sorted(_SPAN_UNITS, key=len, reverse=True)) + r")\b")


def course_difference(text_a: str, text_b: str) -> FactDifference | None:
    """How long each of two courses lasts, where each says it once and the two differ ("for 5
    days" against "for 7 days", "x 6 weeks" against "for 3 months"): kind "course"."""
    return _course_difference(course_days(text_a), course_days(text_b), text_a, text_b)


# What a course is followed by, said after its length: "for 5 days then stop", "x 7/7 then
# review", "durante 5 días y luego suspender" (the words up to the end of the clause)
_AFTER_THE_COURSE = re.compile(
    r"(?:\b(?:days?|weeks?|months?|dias|semanas?|mes|meses|wks?|d)|/7|/52)\s*,?\s*"
    r"(?:then|and then|and|followed by|y luego|luego|y)\s+"
    r"(?P<next>[a-z]+(?:\s+[a-z]+){0,3}?)\s*(?=$|[,;.)])")
_STOPS = re.compile(_STOP_A_COURSE)


def _end_of_course_difference(text_a: str, text_b: str) -> FactDifference | None:
    """A course said to stop at its end against the same course followed by something else
    ("for 5 days then stop" against "for 5 days then taper", "then review"): the stop said
    reads as the course's end alone ("for a week then stop" = "for 7 days"), so what the other
    does next is said as a difference, not as more said."""
    next_a = [m.group("next") for m in _AFTER_THE_COURSE.finditer(fold(text_a))]
    next_b = [m.group("next") for m in _AFTER_THE_COURSE.finditer(fold(text_b))]
    if len(next_a) != 1 or len(next_b) != 1:
        return None
    stops_a, stops_b = (bool(_STOPS.fullmatch(said[0])) for said in (next_a, next_b))
    if stops_a == stops_b:
        return None
    stop = _("stop")
    return FactDifference("end", stop if stops_a else next_a[0], stop if stops_b else next_b[0])


def _uneven_counts(text: str) -> str:
    """The words of ``text`` that give another count at each time of the day in turn ("one
    in the morning and two at night"), or ""."""
    in_turn, found, even = _times_in_turn(_folded(text))
    return " ".join(found.group().split()) if in_turn >= 2 and found and not even else ""


def _counts_at_times_differ(fa: Facts, fb: Facts, text_a: str,
                            text_b: str) -> FactDifference | None:
    """Another count of the medicine at each time of the day on one side, where both give
    the same rhythm ("one in the morning and two at night" against "twice daily", or against
    "one in the morning and one at night"): how many each time, said as written."""
    uneven_a, uneven_b = _uneven_counts(text_a), _uneven_counts(text_b)
    if uneven_a == uneven_b or fa.per_day != fb.per_day:
        return None
    same = _("the same each time")
    return FactDifference("each_time", uneven_a or same, uneven_b or same)


def _course_difference(course_a: tuple[int, ...], course_b: tuple[int, ...], text_a: str = "",
                       text_b: str = "") -> FactDifference | None:
    if len(course_a) == len(course_b) == 1 and course_a != course_b:
        return FactDifference("course", _length_words(course_a[0], text_a),
                              _length_words(course_b[0], text_b))
    return None


def without_when(text: str) -> str:
    """``text`` folded, without its "in so long", its "for so long" and its "so long before"
    a thing (to read what is to be done apart from when and how long)."""
    folded = fold(text or "")
    if _WITHIN_OF_BED.may_match(folded):
        folded = _WITHIN_OF_BED.pattern.sub(" ", folded)
    if _BEFORE_A_THING.may_match(folded):
        before = _BEFORE_A_THING.sub(" ", folded)
        if before != folded:
            # a medicine held so long before a thing is stopped for it: "hold clopidogrel for
            # 5 days before the operation" against "stop clopidogrel" (no line had said how
            # long before, "hold" against "stop" read apart from the time)
            before = _HELD.sub("stop", before)
        folded = before
    return without_course(_IN_A_RANGE.sub(" ", _IN_TIME.sub(" ", folded)))


_HELD = re.compile(rf"\b(?:{terms.PAUSE_VERBS})\b")


# How long before a thing, as said: "stop aspirin 7 days before surgery", "one week prior to
# the operation", "5 días antes de la cirugía" (the thing is one word, after "the" or "la")
_BEFORE_A_THING = Hinted(
    r"(?<![\w.])(?:(?:for|durante)\s+)?(?P<count>\d{1,3}|" + "|".join(_BARE_COUNT_WORDS) +
    "|" + terms.ONE_BEFORE + r")\s+(?P<unit>days?|weeks?|wks?|dias?|semanas?|hours?|hrs?|horas?)\s+"
    r"(?:before|prior(?:\s+to)?|antes(?:\s+de)?)\b"
    r"(?:\s+(?:the|his|her|your|la|el|los|las|su)\b)?(?:\s+[^\W\d_]+)?",
    "before", "prior", "antes")
# ... and "within 3 hours of bedtime", the hours before it ("no alcohol within 3 hours of
# bedtime" had given no time against "for 3 hrs before bed")
_WITHIN_OF_BED = Hinted(
    r"(?<![\w.])within\s+(?P<count>\d{1,3}|an|a|one|" + "|".join(_BARE_COUNT_WORDS)
    + r")\s+(?P<unit>hours?|hrs?)\s+of\s+(?:going\s+to\s+)?(?:bed|bedtime|sleep|sleeping)\b",
    "within")


def _before_said(text: str) -> list[tuple[int, str]]:
    """Each "so long before a thing" of ``text``: its hours, and its words as written."""
    plain = fold_letters(text or "")
    if not (_BEFORE_A_THING.may_match(plain) or _WITHIN_OF_BED.may_match(plain)):
        return []
    # as written where the folded text lines up with it (accents folded one for one)
    shown = text if len(plain) == len(text) else plain
    found = [(m.start(), m.start("count"), m) for m in _BEFORE_A_THING.pattern.finditer(plain)]
    if "within" in plain:  # (its "within" quoted with it)
        found += [(m.start(), m.start(), m) for m in _WITHIN_OF_BED.pattern.finditer(plain)]
    return [((_HOW_MANY.get(m["count"]) or int(m["count"])) * _HOURS_IN[m["unit"][0]],
             " ".join(shown[quoted:m.end()].split())) for _at, quoted, m in sorted(
                 found, key=lambda said: said[0])]


_HOURS_IN = {"h": 1, "d": 24, "w": 168, "s": 168}  # by the unit's first letter (semanas)


def before_difference(text_a: str, text_b: str) -> FactDifference | None:
    """How long before a thing each of two plans is to be done, where one says it once and
    the other another time or none ("stop aspirin 5 days before surgery" against "7 days
    before", or against "stop aspirin"): kind "before", the words of a side that gives none
    empty. A detail's words only, as "when" is."""
    said_a, said_b = _before_said(text_a), _before_said(text_b)
    if len(said_a) > 1 or len(said_b) > 1 or not (said_a or said_b):
        return None
    if said_a and said_b:
        (days_a, words_a), (days_b, words_b) = said_a[0], said_b[0]
        return None if days_a == days_b else FactDifference("before", words_a, words_b)
    return FactDifference("before", said_a[0][1] if said_a else "",
                          said_b[0][1] if said_b else "")


def when_difference(text_a: str, text_b: str) -> FactDifference | None:
    """How soon each of two plans is to be done, where each says it once and the two differ
    ("in 3 months" against "in 6 months"; "within 2 weeks" against "after 2 weeks"): kind
    "when". "In" against "within" the same span is no difference."""
    said_a, said_b = _when_said(text_a), _when_said(text_b)
    if len(said_a) != 1 or len(said_b) != 1:
        return None
    (word_a, span_a, words_a), (word_b, span_b, words_b) = said_a[0], said_b[0]
    if span_a == span_b and (word_a == word_b or "in" in (word_a, word_b)):
        return None
    return FactDifference("when", words_a, words_b)


def course_days(text: str) -> tuple[int, ...]:
    """How long each course ``text`` gives lasts, in days, however it is said ("for a week",
    "x7d", "7/7": 7)."""
    return tuple(int(m.group(1)) for m in _FOR_DAYS.finditer(without_facts(text)))


# The word that led to a route once the route is taken out ("weekly by injection").
_BY_ALONE = re.compile(r"\b(?:by|via)\s*(?=$|[,;.)])")


# A way of giving that stands as a treatment of its own in a list: "physio and injection",
# "rest, then a cream", "fisioterapia y una infiltración" (not "by injection", the route of the
# medicine before it): kept as a word of what the plan is, each kind its own word, where the
# routes are taken out ("physio" against "physio and injection" had read as more detail). Not
# "patches", a finding as often ("white patches on the tongue").
_ITEM_WORDS = {"injection": "injection", "injections": "injection", "jab": "injection",
               "jabs": "injection", "inyeccion": "injection", "inyecciones": "injection",
               "infiltracion": "injection", "infiltraciones": "injection",
               "infusion": "infusion", "infusions": "infusion", "cream": "cream",
               "ointment": "cream", "gel": "cream", "crema": "cream", "pomada": "cream",
               "drops": "drops", "gotas": "drops", "patch": "patch", "parche": "patch",
               "inhaler": "inhaler", "inhalers": "inhaler",
               "puffer": "inhaler", "inhalador": "inhaler", "suppository": "suppository",
               "suppositories": "suppository", "supositorio": "suppository",
               "supositorios": "suppository"}
_ANY_ITEM_WORD = Hinted(r"\b(?:" + "|".join(_ITEM_WORDS) + r")\b", *words_of("|".join(_ITEM_WORDS)))
_ROUTE_AS_ITEM = re.compile(
    r"((?:\b(?:and|plus|then|y|e|luego|mas)\b|[,&+;])\s+(?:(?:an?|una?|some|unas?|the|la|el|"
    r"los|las)\s+)?(?:[a-z0-9]+\s+){0,2}?)(" + "|".join(_ITEM_WORDS) + r")\b")


# Each such way of giving as the one word a plan keeps for it (diagnosis_match reads them as
# naming a treatment, so "physio and injection" is a list of two).
ITEM_TOKENS = frozenset(f"{kind}item" for kind in _ITEM_WORDS.values())


def _as_treatment(match: re.Match[str]) -> str:
    return f"{match.group(1)}{_ITEM_WORDS[match.group(2)]}item"


# Words that say how much, how often, how or where: not what the treatment is (for pairing).
FACT_WORDS = frozenset(
    set(UNITS) | set(SIDES) | {
        "once", "twice", "daily", "weekly", "monthly", "every", "each", "week", "day", "night",
        "bedtime", "morning", "oral", "orally", "mouth", "by", "po", "iv", "im", "sc", "subcut",
        "subcutaneous", "intravenous", "intramuscular", "topical", "inhaled", "tablet",
        "tablets", "capsule", "capsules", "hours", "hour", "qd", "od", "bid", "tid", "qid",
        "bd", "tds", "qds",
        "prn", "qw", "qhs", "side", "sided",
        # when and how often, which no two treatments share by saying it ("atorvastatin 20 mg
        # nightly" and "simvastatin 40 mg nightly" had been read as one medicine at two doses)
        "nightly", "nocte", "mane", "om", "evening", "evenings", "mornings", "afternoon",
        "other", "alternate", "fortnightly", "hourly", "yearly", "annually", "breakfast",
        "lunch", "lunchtime", "dinner", "supper", "teatime", "midday", "noon", "meal", "meals",
        "before", "after", "qam", "qpm", "required", "weekday", "weekend", "ongoing", "time",
        "noche", "noches", "manana", "mananas", "tarde", "tardes", "diario", "diaria",
        "diariamente", "vez", "veces", "semanal", "mensual", "anual", "ayuna", "ayunas",
        "acostarse", "desayuno", "almuerzo", "cena", "comida", "comidas", "precisa", "demanda",
        "si", "cada", "minute", "minutes", "min", "mins", "second", "seconds", "secs",
        "minuto", "minutos", "hora", "horas", "segundo", "segundos", *COUNT_WORDS, *_WEEKDAYS,
    })
# A rhythm in prescription letters, or a word of one: "q8h", "q12h", the "q4" and "6h" of
# "q4-6h" (words of no treatment)
RHYTHM_CODE = re.compile(r"q\d+h?|\d+h")


def dose_with_unit(dose: str, unit: str) -> str:
    """A medicine's dose and its unit as one text: "500 mg". People often type the unit into
    the dose as well ("500mg", "500 mg"); then it is not said twice ("500 mg mg")."""
    dose, unit = dose.strip(), unit.strip()
    typed, said = fold(dose).replace(" ", ""), fold(unit).replace(" ", "")
    # the whole unit, not its tail ("10mg" with the unit "g" shows both: one is wrong)
    if said and typed.endswith(said) and not typed[:-len(said)][-1:].isalpha():
        return dose
    return " ".join(part for part in (dose, unit) if part)


# The words rhythms and doses are read from (units, forms, counts, days): two of them one
# letter apart are two words, not one typed two ways ("semanal", weekly, against "semana", a
# week, in "dos veces a la semana").
RHYTHM_AND_UNIT_WORDS = frozenset(re.findall(r"[a-z]{4,}", " ".join(
    (*(pattern for pattern, _per_day, _name in FREQUENCIES), *UNITS, *_UNIT_SHORT,
     *_NUMBER_WORDS, *COUNT_WORDS, *_WEEKDAYS, *_PERIODS))))


def rhythm_or_unit_word(folded: str) -> bool:
    """Whether ``folded`` is a word a rhythm or a dose is read from (RHYTHM_AND_UNIT_WORDS)."""
    return folded in RHYTHM_AND_UNIT_WORDS
