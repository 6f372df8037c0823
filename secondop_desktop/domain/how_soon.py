# SPDX-License-Identifier: GPL-3.0-or-later
"""How soon a recommendation's own words say it is to be done, in about how many days.

A family often writes the timing into the treatment ("Emergency surgery", "Surgery within six
months", "Cirugía programada") instead of choosing it in the urgency field. Two doctors who
recommend the same operation, one now and one in months, disagree on something that matters; the
comparison reads these words so that the difference is not shown as a detail of wording.

Only what the words say plainly is read: "for 6 weeks" is how long, not how soon; a line that
names two timings ("physio now, surgery in 6 months") says no one timing.
"""

from __future__ import annotations

import re

from secondop_desktop.domain.terms import CHECK_UP_IN, fold

_UNITS = (r"(?P<unit>minutes?|mins?|minutos?|hours?|days?|weeks?|months?|years?|horas?|dias?|"
          r"semanas?|mes|meses|anos?)")
_NUMBER = r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|eight|twelve|un|una|uno|dos|tres|" \
          r"cuatro|cinco|seis|ocho|doce|a few|a couple of|unos|unas|pocos|pocas)"
_WITHIN = re.compile(rf"\b(?:within|in|inside|en|dentro de|en los proximos|en las proximas|"
                     rf"next|proximos|proximas)\s+(?:the\s+)?(?:next\s+)?{_NUMBER}\s+{_UNITS}\b")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "uno": 1, "two": 2, "dos": 2,
            "a couple of": 2, "three": 3, "tres": 3, "a few": 3, "unos": 3, "unas": 3,
            "pocos": 3, "pocas": 3, "four": 4, "cuatro": 4, "five": 5, "cinco": 5, "six": 6,
            "seis": 6, "eight": 8, "ocho": 8, "twelve": 12, "doce": 12}
_DAYS = {"minute": 1 / 1440, "min": 1 / 1440, "minuto": 1 / 1440, "hour": 1 / 24,
         "hora": 1 / 24, "day": 1, "dia": 1, "week": 7, "semana": 7, "month": 30,
         "mes": 30, "year": 365, "ano": 365}

# Words, each read as one timing; "not urgent" before "urgent".
_LATER = re.compile(
    r"\b(?:non[\s-]?urgent|not urgent(?:ly)?|no urgente|no es urgente|sin prisa|elective|"
    r"electiv[ao]|planned|programad[ao]|routine|rutina|when convenient|when you choose|"
    r"whenever you are ready|next year|el ano que viene|el proximo ano|no rush|in the new year)\b")
_NOW = re.compile(
    r"\b(?:emergency|emergent|urgent|urgently|immediate|immediately|straight away|right away|"
    r"asap|stat|today|tonight|now|same day|urgente|urgentemente|de urgencia|urgencias|inmediat[ao]|"
    r"inmediatamente|de inmediato|hoy|esta noche|ya mismo|cuanto antes|as soon as possible|"
    r"as early as possible|lo antes posible|lo mas pronto posible)\b")
_SOON = re.compile(
    r"\b(?:soon|soonish|this week|next week|in the coming weeks|pronto|esta semana|"
    r"la semana que viene|la proxima semana|en breve|(?:in|within) (?:the next |a )fortnight|"
    r"en (?:los proximos )?quince dias)\b")


# What each kind of timing word is taken as, in days, to set two side by side.
NOW_DAYS, SOON_DAYS, LATER_DAYS = 1.0, 14.0, 120.0
_FOR_NOW = re.compile(r"\b(?:for now|for the time being|for the moment|por ahora|de momento|"
                      r"por el momento)\b")


def how_soon(text: str | None) -> float | None:
    """In about how many days the words say it is to be done, when they say one timing plainly
    ("Emergency surgery" 1, "Surgery within six months" 180, "Cirugía programada" 120); None
    otherwise."""
    folded = _FOR_NOW.sub(" ", fold(text or ""))  # "avoid surgery for now" says no timing
    if not folded.strip():
        return None
    found: set[float] = set()
    later = _LATER.search(folded)
    if later:
        found.add(LATER_DAYS)
        folded = folded[:later.start()] + " " + folded[later.end():]  # "not urgent" is not "urgent"
    if _NOW.search(folded):
        found.add(NOW_DAYS)
        folded = _NOW.sub(" ", folded)  # "as soon as possible" is not also "soon"
    if _SOON.search(folded):
        found.add(SOON_DAYS)
    for match in _WITHIN.finditer(folded):
        n = match.group("n")
        count = int(n) if n.isdigit() else _NUMBERS.get(n, 1)
        unit = {"minutos": "minuto", "horas": "hora", "dias": "dia", "semanas": "semana",
                "meses": "mes", "anos": "ano"}.get(match.group("unit"),
                                                   match.group("unit").rstrip("s"))
        # in hours too: "CT within 1 hour" is not "within 8 hours"
        found.add(round(count * _DAYS.get(unit, 30), 6))
    return found.pop() if len(found) == 1 else None


def differ(a: str | None, b: str | None) -> bool:
    """Whether two recommendations' words each say a timing, one at least three times as far
    off as the other ("now" against "within six weeks", "within two weeks" against "in three
    months"; not "within four weeks" against "within six weeks")."""
    da, db = how_soon(a), how_soon(b)
    if da is None or db is None:
        return False
    da, db = max(da, NOW_DAYS), max(db, NOW_DAYS)  # hours apart on one day: not this rule's
    return max(da, db) >= 3 * min(da, db)


def same_timing(a: str | None, b: str | None) -> bool:
    """Whether two recommendations' words each say one timing, and the same one ("ASAP" and
    "urgently", "Cirugía programada" and "Elective surgery")."""
    da, db = how_soon(a), how_soon(b)
    if da is None or db is None:
        return False
    # "urgent" is any time today: "within 1 hour" or "within 24 hours" says it more exactly,
    # but "within 1 hour" is not "within 8 hours", nor "within 4 hours" "within 24 hours"
    said_now = (da == NOW_DAYS and bool(_NOW.search(fold(a or "")))) or (
        db == NOW_DAYS and bool(_NOW.search(fold(b or ""))))
    return da == db or (max(da, db) <= NOW_DAYS and said_now)


def without_timing(text: str | None) -> str:
    """The words of a recommendation with its timing taken out (folded): "Urgent surgery" ->
    "surgery", "Surgery within 2 weeks" -> "surgery"."""
    # (a Spanish "revisión en 6 meses" stays a check-up once its time goes: "revision" alone is
    # an operation done again)
    folded = CHECK_UP_IN.sub("review", fold(text or ""))
    for pattern in (_LATER, _NOW, _SOON, _WITHIN):
        folded = pattern.sub(" ", folded)
    return " ".join(folded.split())
