# SPDX-License-Identifier: GPL-3.0-or-later
"""One medicine for another, however said, written one way: "switch Lipitor 20mg to
rosuvastatin 10mg", "swap omeprazole for lansoprazole", "replace NSAID with paracetamol",
"come off warfarin and start Eliquis", "cambiar enalapril por losartán", "pasar de X a Y" are
each "stop X, start Y", the way the comparison already reads two steps. The stopped medicine
keeps its name but not its dose: what the patient takes now is not what either doctor
recommends ("stop atorvastatin 20 mg, start rosuvastatin 10 mg" against "switch atorvastatin to
rosuvastatin 10 mg" had read as 20 mg + 10 mg against 10 mg, "one is 3 times the other").

Not a change of dose, rhythm or time ("change the dose to 20 mg", "switch to twice daily"), nor
a change of form of one medicine ("switch levothyroxine from tablets to liquid"): those are read
as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from secondop_desktop.domain import units
from secondop_desktop.domain.terms import fold_letters

# what follows a switch word when it is no other medicine: a dose, a rhythm or a time (the
# note is read as it is) ...
_NOT_A_MEDICINE = re.compile(
    r"^\s*(?:the dose|dose|dosage|la dosis|dosis|once|twice|three|four|every|each|daily|"
    r"weekly|monthly|morning|night|evening|bedtime|mane|nocte|bd|tds|qds|od|"
    r"a (?:higher|lower|bigger|smaller)|higher|lower|half|double)\b")
# ... or the same medicine in another form or at so much ("change methotrexate to injection",
# "to 15mg weekly subcutaneous injection"): the medicine goes on, "X as Y"
_A_FORM = re.compile(
    r"^\s*(?:\d|[.,]\d)|^\s*(?:an?\s+)?(?:tablets?|capsules?|liquid|solution|oral|injections?|"
    r"iv|sc|im|subcut|subcutaneous|intravenous|patch|patches|inhaler|spray|syrup|"
    r"comprimidos?|inyecci[oó]n|jarabe)\b")
_FORM_WORD = re.compile(r"\b(?:tablets?|capsules?|pills?|injections?|liquid|oral|comprimidos?|"
                        r"pastillas?)\b")
_SWITCH_VERB = (r"(?:switch(?:ed|ing)?|swich|change[ds]?|changing|swap(?:ped|ping)?|"
                r"convert(?:ed|ing)?|transfer(?:red)?|move[ds]?)")
# "switch (from) X to Y", "swap X for Y", "change X over to Y"
_SWITCH = re.compile(
    rf"^(?P<lead>.*?)\b{_SWITCH_VERB}\s+(?:over\s+)?(?:from\s+)?(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?P<old>[^,;]+?)\s+(?:over\s+)?(?:to|for|onto|into|with)\s+(?P<new>.+)$")
# "replace X with Y", "substitute Y for X" (the other way round)
_REPLACE = re.compile(r"^(?P<lead>.*?)\breplace\s+(?:the\s+)?(?P<old>[^,;]+?)\s+(?:with|by)\s+"
                      r"(?P<new>.+)$")
_SUBSTITUTE = re.compile(r"^(?P<lead>.*?)\bsubstitute\s+(?:the\s+)?(?P<new>[^,;]+?)\s+for\s+"
                         r"(?P<old>.+)$")
# "cambiar X por Y", "sustituir X por Y", "pasar de X a Y", "cambiar de X a Y"
_SPANISH = re.compile(
    r"^(?P<lead>.*?)\b(?:cambiar|cambie|cambia|sustituir|sustituya|reemplazar|reemplace)\s+"
    r"(?:el\s+|la\s+|los\s+|las\s+)?(?P<old>[^,;]+?)\s+por\s+(?:el\s+|la\s+)?(?P<new>.+)$"
    r"|^(?P<lead2>.*?)\b(?:pasar|pase|cambiar|cambie)\s+de\s+(?:el\s+|la\s+)?(?P<old2>[^,;]+?)"
    r"\s+a\s+(?:el\s+|la\s+)?(?P<new2>.+)$")
# "come off X and start Y", "stop X and start Y", "stop X, start Y", "dejar X y empezar Y"
_STOP_START = re.compile(
    r"^(?P<lead>.*?)\b(?:come off|coming off|stop|discontinue|cease|dejar|deje|suspender|"
    r"suspenda)\s+(?:the\s+|el\s+|la\s+)?(?P<old>[^,;]+?)\s*(?:,|;|\band\b|\by\b|\bthen\b)\s*"
    r"(?:then\s+)?(?:start|begin|commence|use|take|try|empezar|empiece|iniciar|inicie|"
    r"comenzar|tomar)\s+(?P<new>.+)$")
# "lansoprazole 30 mg every morning instead of omeprazole", "Y en lugar de X"
_INSTEAD = re.compile(r"^(?P<new>[^,;]+?)\s+(?:instead of|in place of|rather than|en lugar de|"
                      r"en vez de)\s+(?:the\s+|el\s+|la\s+)?(?P<old>[^,;]+)$")
# a brand or its generic said beside the stopped medicine, which goes with its dose
_BRAND_WORD = re.compile(r"\b(?:generic|brand(?:ed)?)\b")


# a word each pattern above needs
_ANY_SWITCH = re.compile(r"\b(?:switch|swich|chang|swap|convert|transfer|move|replace|substitute|"
                         r"cambi|sustitu|reemplaz|pas[ae]r?\b|come off|coming off|stop|"
                         r"discontinu|cease|dejar|deje|suspend|instead|in place of|rather than|"
                         r"en lugar|en vez)")


@lru_cache(maxsize=4096)
def written_out(text: str) -> str:
    """``text`` with one medicine switched for another written "stop X, start Y" (X without
    its dose), or ``text`` itself when it switches nothing."""
    folded = fold_letters(text or "")
    if not _ANY_SWITCH.search(folded):  # one search: most notes switch nothing
        return text
    for pattern in (_SWITCH, _REPLACE, _SUBSTITUTE, _SPANISH, _STOP_START, _INSTEAD):
        match = pattern.match(folded)
        if match is None:
            continue
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        lead = groups.get("lead", groups.get("lead2", ""))
        old = groups.get("old", groups.get("old2", "")).strip()
        new = groups.get("new", groups.get("new2", "")).strip()
        if " from " in f" {old} " and pattern is _SWITCH:
            # "change follow-up from in-person to telephone", "switch levothyroxine from
            # tablets to oral solution": the thing, then what it stops and starts being
            thing, _, old = old.partition(" from ")
            if _A_FORM.match(new):
                return f"{lead}{thing} as {new}".strip()
            return f"{lead}{thing}, stop {old.strip()}, start {new}".strip()
        if not old or not new or _NOT_A_MEDICINE.match(new) or _NOT_A_MEDICINE.match(old):
            return text
        if not units.without_facts(old) and units.read(old).route:
            # "switch from IV to oral antibiotics": the way given stops and starts (read as
            # "IV as oral antibiotics", the way back had read as the same)
            return f"{lead}stop {old}, start {new}".strip()
        if _A_FORM.match(new) and pattern in (_SWITCH, _SPANISH):
            # the form it leaves said no more ("levothyroxine tablets to liquid")
            return f"{lead}{_FORM_WORD.sub(' ', old).strip()} as {new}".strip()
        old = " ".join(_BRAND_WORD.sub(" ", units.without_doses(old)).split())
        if not old:
            return text
        return f"{lead}stop {old}, start {new}".strip()
    return text
