# SPDX-License-Identifier: GPL-3.0-or-later
"""Something put off for so long, however said, written one way: "avoid sex for the first
week", "may resume sex after 1 week", "no sex until a week after", "wait a week before sex" are
each "sex after 1 week". Two doctors saying when it may be done again had read as one advising
against what the other allows.

Only a pair in which each note says when something may be done is written so
(``both_as_after``): "avoid heavy lifting for 6 weeks" against "avoid heavy lifting" stays as it
is, the first saying more than the second.
"""

from __future__ import annotations

import re
from functools import lru_cache

from secondop_desktop.domain.number_words import NUMBER_IN_WORDS, number_in_words
from secondop_desktop.domain.terms import fold_letters

_UNIT = r"(?P<unit>min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|wks?|months?)"
_SO_LONG = (r"(?:(?:the\s+)?first\s+(?=(?:day|week|month)\b)|(?P<n>\d+|a|an|one|"
            + NUMBER_IN_WORDS + r")\s*)" + _UNIT + r"\b")
_DONT = r"(?:avoid(?:ing)?|no|do\s+not|don'?t|dont|refrain\s+from|stay\s+off|abstain\s+from|not)"
_AGAIN = (r"(?:you\s+)?(?:may|can|could|are\s+able\s+to|ok\s+to|okay\s+to|fine\s+to)?\s*"
          r"(?:resume|restart|start(?:\s+again)?|return\s+to|go\s+back\s+to|get\s+back\s+to)")
_EVENT = r"(?:\s+(?:after|post|from)\s+(?P<event>.+?))?"
_FORMS = (
    # "avoid sex for the first week (after surgery)"
    re.compile(rf"^{_DONT}\s+(?P<what>.+?)\s+for\s+{_SO_LONG}{_EVENT}$"),
    # "no driving until 45 min after (the drops)"
    re.compile(rf"^{_DONT}\s+(?P<what>.+?)\s+until\s+{_SO_LONG}\s+(?:after|later)"
               rf"(?:\s+(?P<event>.+?))?$"),
    # "may resume sex after 1 week", "can go back to work from 2 weeks"
    re.compile(rf"^{_AGAIN}\s+(?P<what>.+?)\s+(?:after|from|in)\s+{_SO_LONG}{_EVENT}$"),
    # "may resume sex 1 week after a heart attack"
    re.compile(rf"^{_AGAIN}\s+(?P<what>.+?)\s+{_SO_LONG}\s+(?:after|post)\s+(?P<event>.+?)$"),
    # "you can swim again after 2 weeks"
    re.compile(rf"^(?:you\s+)?(?:may|can|could|ok\s+to|okay\s+to|fine\s+to)\s+(?P<what>.+?)"
               rf"\s+again\s+(?:after|from|in)\s+{_SO_LONG}{_EVENT}$"),
    # "wait 45 minutes before driving"
    re.compile(rf"^wait\s+(?:for\s+)?{_SO_LONG}\s+before\s+(?P<what>.+?){_EVENT}$"),
)
_PLAIN_UNIT = {"min": "minutes", "mins": "minutes", "minute": "minutes", "h": "hours",
               "hr": "hours", "hrs": "hours", "hour": "hours", "day": "days", "week": "weeks",
               "wk": "weeks", "wks": "weeks", "month": "months"}


@lru_cache(maxsize=4096)
def as_after(text: str) -> str:
    """``text`` written "what after so long (after what)" when it says when something may be
    done again; "" when it does not."""
    folded = " ".join(fold_letters(text or "").strip().rstrip(".").split())
    if not any(word in folded for word in ("for", "until", "after", "from", "in", "before")):
        return ""
    for form in _FORMS:
        found = form.match(folded)
        if found is None:
            continue
        said = found.group("n")
        if said is None or said in ("a", "an", "one"):
            count = 1.0
        elif said.isdigit():
            count = float(said)
        else:
            count = number_in_words(said) or 0.0
        if not count:
            return ""
        unit = found.group("unit")
        unit = _PLAIN_UNIT.get(unit, unit)
        event = found.group("event")
        after = f" after {event}" if event else ""
        return f"{found.group('what')} after {count:g} {unit}{after}"
    return ""


def both_as_after(a: str, b: str) -> tuple[str, str]:
    """Two notes written "what after so long" when each says when something may be done
    again; else as they are."""
    after_a, after_b = as_after(a), as_after(b)
    if not (after_a and after_b):
        return a, b
    # drinking said alone, where the other note names alcohol, is alcohol ("no drinking for 48
    # hours" against "no alcohol for 48 hours")
    if after_a.startswith(_DRINKING) and after_b.startswith(_ALCOHOL):
        after_a = "alcohol" + after_a.removeprefix("drinking")
    elif after_b.startswith(_DRINKING) and after_a.startswith(_ALCOHOL):
        after_b = "alcohol" + after_b.removeprefix("drinking")
    return after_a, after_b


_DRINKING, _ALCOHOL = "drinking after ", "alcohol after "
