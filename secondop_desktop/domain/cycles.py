# SPDX-License-Identifier: GPL-3.0-or-later
"""A treatment given in cycles: so many days on out of each so many, as chemotherapy tablets
often are ("capecitabine bd days 1-14 of a 21 day cycle", "twice daily for 14 days, then 7
days off", "14 days on, 7 off", "for 14 days every 3 weeks", "d1-14 q21d").

Read as its daily rhythm only, the cycle's length had been taken for the rhythm and its days
on for the course: "capecitabine twice daily for 14 days every 21 days" against "bd days 1-14
of a 21 day cycle" said "how often: twice a day, every 21 days; how long: 3 weeks, 14 days".
``cycle_taken`` reads the cycle and takes its words out, so that the rhythm left is the day's
(``units.read``'s ``Facts.cycle``) and the words compared are the treatment's."""

from __future__ import annotations

import re

from secondop_desktop.domain import number_words
from secondop_desktop.domain.hinted import Hinted
from secondop_desktop.i18n import N_, _, fill, ngettext

_DAYS = r"(?:days?|dias?|d)(?![a-z])"
_WEEKS = r"(?:weeks?|wks?|semanas?|w)(?![a-z])"
_A_CYCLE = r"(?:cycles?|ciclos?)"
# the cycle's length after "every", "q" or "of a": "21 days", "21-day cycle", "3 weeks"
_LENGTH = (rf"(?:(?P<cycle>\d{{1,2}})[\s-]*{_DAYS}|(?P<weeks>[1-6])[\s-]*{_WEEKS})"
           rf"(?:\s*{_A_CYCLE})?")
_PATTERNS = (
    # "days 1-14 of a 21 day cycle", "d1-14 q21d", "on days 1 to 14 every 3 weeks", "días 1 a
    # 14 de cada ciclo de 21 días"
    Hinted(rf"\b(?:on\s+)?{_DAYS}\s*1\s*(?:-|to|a|–)\s*(?P<on>\d{{1,2}})\s*,?\s*"
           rf"(?:of\s+(?:an?|each|every)\s+|in\s+(?:an?|each)\s+|of\s+|every\s+|each\s+|"
           rf"de\s+(?:un|cada)\s+(?:ciclo\s+de\s+)?|cada\s+)"
           + _LENGTH, "1"),
    # "for 14 days, then 7 days off(, repeat every 3 weeks)", "14 days on, 7 days off"
    Hinted(rf"\b(?:for\s+)?(?P<on>\d{{1,2}})\s*{_DAYS}(?:\s+on)?\s*,?\s*(?:then\s+|followed by\s+)?"
           rf"(?P<off>\d{{1,2}})\s*(?:{_DAYS}\s+)?(?:off|break|rest|de descanso)\b"
           rf"(?:\s*,?\s*(?:then\s+)?(?:repeat(?:ed)?\s+|repeating\s+)?(?:every\s+|q\s*)"
           + _LENGTH + ")?", "off", "break", "rest", "descanso"),
    # "4 weeks on, 2 weeks off" (sunitinib)
    Hinted(rf"\b(?:for\s+)?(?P<on_weeks>[1-6])\s*{_WEEKS}(?:\s+on)?\s*,?\s*"
           rf"(?:then\s+|followed by\s+)?(?P<off_weeks>[1-6])\s*(?:{_WEEKS}\s+)?"
           rf"(?:off|break|rest|de descanso)\b", "off", "break", "rest", "descanso"),
    # "in 3-weekly cycles", "in 21-day cycles": the cycle's length alone (its days on unsaid)
    Hinted(rf"\b(?:in\s+)?(?:(?P<weeks>[1-6])[\s-]*weekly|(?P<cycle>\d{{1,2}})[\s-]*{_DAYS})"
           rf"\s+{_A_CYCLE}", "cycle", "ciclo"),
    # "for 14 days every 21 days", "for 14 days every 3 weeks", "for 14 days of each 21-day
    # cycle", "durante 14 días cada 21 días"
    Hinted(rf"\b(?:for|durante)\s+(?P<on>\d{{1,2}})\s*{_DAYS}\s*,?\s*"
           rf"(?:every|of each|in each|out of every|of every|cada|de cada)\s+" + _LENGTH,
           "every", "each", "cada"),
)


# Any word a cycle is said with, to try the patterns only on a text that has one
_MAY_SAY_A_CYCLE = re.compile(
    r"\b(?:cycles?|ciclos?|rounds?|off|break|rest|descanso)\b|\b(?:days?|dias?|d)\s*1\s*(?:-|to|a)|"
    r"\b(?:for|durante)\s+\d{1,2}\s*(?:days?|dias?|d)\s*,?\s*(?:every|of each|in each|"
    r"out of every|of every|cada|de cada)\b")


def may_say_a_cycle(folded: str) -> bool:
    """Whether ``folded`` has a word a cycle or a count of cycles is said with (a quick test
    before ``cycle_taken`` and ``cycles_counted``)."""
    return _MAY_SAY_A_CYCLE.search(folded) is not None


def cycle_taken(folded: str) -> tuple[str, tuple[int, int] | None]:
    """``folded`` without its cycle's words, and the cycle as (days on, days in each cycle),
    days on 0 where only the cycle's length is said ("in 3-weekly cycles"); the text as it is
    and None where it gives none, or days on that do not fit the cycle."""
    for pattern in _PATTERNS:
        found = pattern.search(folded)
        if not found:
            continue
        said = found.groupdict()
        on = (int(said["on"]) if said.get("on") else 7 * int(said["on_weeks"]) if said.get(
            "on_weeks") else 0)
        off = int(said["off"]) if said.get("off") else 7 * int(said.get("off_weeks") or 0)
        length = (int(said["cycle"]) if said.get("cycle") else
                  7 * int(said["weeks"]) if said.get("weeks") else 0)
        if off:
            if length and length != on + off:
                return folded, None  # the days on and off do not make the cycle said
            length = on + off
        if not 0 <= on < length <= 56 or not on and "on" in said:
            return folded, None
        return f"{folded[:found.start()]} {folded[found.end():]}", (on, length)
    return folded, None


def cycle_words(cycle: tuple[int, int]) -> str:
    """A cycle as a difference says it: "days 1-14 of each 21-day cycle", "21-day cycles"."""
    on, length = cycle
    return fill(_(_CYCLE_WORDS if on else _LENGTH_WORDS), on=on, length=length)


def cycles_differ(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether two cycles both said differ: in length, or in days on where both say them."""
    return bool(a and b) and (a[1] != b[1] or bool(a[0] and b[0]) and a[0] != b[0])


_CYCLE_WORDS = N_("days 1-{on} of each {length}-day cycle")
_LENGTH_WORDS = N_("{length}-day cycles")


# How many cycles a course is: "for 6 cycles", "x 6 cycles", "6 rounds", "durante 6 ciclos" (not
# a cycle's length: "21-day cycles")
_COUNTED = Hinted(r"(?:\b(?:for|durante)\s+|\s[x×]\s*)?(?<![\w-])(?P<n>\d{1,2}|one|two|three|four|"
                  r"five|six|seven|eight|nine|ten|eleven|twelve|uno|dos|tres|cuatro|cinco|seis|"
                  r"siete|ocho|nueve|diez|doce)\s+(?:cycles?|rounds?|ciclos?)\b",
                  "cycle", "round", "ciclo")


def cycles_counted(folded: str) -> int:
    """How many cycles ``folded`` gives its course, once ("for 6 cycles": 6); 0 for none."""
    found = [m["n"] for m in _COUNTED.pattern.finditer(folded)] if _COUNTED.may_match(
        folded) else []
    if len(found) != 1:
        return 0
    return int(found[0]) if found[0].isdigit() else int(number_words.number_in_words(found[0]) or 0)


def without_cycles_counted(folded: str) -> str:
    """``folded`` without its count of cycles (a fact: ``cycles_counted``)."""
    return _COUNTED.sub(" ", folded)


def count_words(count: int) -> str:
    """A count of cycles as a difference says it: "6 cycles"."""
    return fill(ngettext("{n} cycle", "{n} cycles", count), n=count)


# "x4" after a regimen with no dose ("CAPOX x4", "AC x4"): so many cycles (a dose's "x 5" may be
# days or doses, and is left as it is)
_BARE_TIMES = re.compile(
    r"(?<![\w.])(?<!\d )[x×]\s*(?P<n>\d{1,2})(?![\w.,/])(?!\s*(?:days?|d|dias?|weeks?|wks?|w|"
    r"semanas?|months?|mos?|meses|years?|hours?|hrs?|h|min|minutes?|sets?|reps?|times?|doses?|"
    r"tablets?|tabs?|caps?|capsules?|puffs?|drops?|units?|mg|g|ml|mcg|sessions?|visits?)\b)")


def cycles_counted_bare(folded: str, written: str) -> int:
    """How many cycles a bare "x4" gives a regimen with no dose (``written`` names it in
    capitals: "CAPOX", "R-CHOP"; "Blood cultures x2" is two sets), said once; 0 for none."""
    if not any(word.lower() not in _NOT_A_REGIMEN for word in _CAPITALS.findall(written)):
        return 0
    found = _BARE_TIMES.findall(folded)
    return int(found[0]) if len(found) == 1 and 1 < int(found[0]) <= 24 else 0


# A regimen's name in capitals, and the capitals that are a rhythm, a route or a release
_CAPITALS = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![\w-])")
_NOT_A_REGIMEN = frozenset({"bd", "bid", "tds", "tid", "qds", "qid", "od", "om", "on", "prn",
                            "im", "iv", "sc", "po", "pr", "mr", "xl", "sr", "x", "nb", "i"})


def without_bare_times(folded: str) -> str:
    """``folded`` without its bare "x4" (a count of cycles, ``cycles_counted_bare``)."""
    return _BARE_TIMES.sub(" ", folded)
