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

from secondop_desktop.domain.hinted import Hinted
from secondop_desktop.i18n import N_, _, fill

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
