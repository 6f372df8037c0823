"""How a review is to happen, as doctors and families write it: by telephone, by video, or in
person at the clinic. "Telephone review in 2 weeks" against "Clinic review in 2 weeks" is the
same review in another way, not another treatment."""

from __future__ import annotations

import re
from functools import lru_cache

from secondop_desktop.domain.terms import fold
from secondop_desktop.i18n import N_, _, fill

# Each way, by the words that say it (English and Spanish), a review named with it or implied
# by it ("phone call in 2 weeks" is a review by telephone)
_WAYS = (
    ("telephone", r"(?:tele)?phone(?: call)?|(?:a )?call|virtual|remote|telefonica|telefonic[oa]|"
                  r"por telefono|llamada(?: telefonica)?"),
    ("video", r"video(?: call)?|videollamada|online"),
    ("in person", r"(?:in |at (?:the )?)?clinic|face[ -]to[ -]face|in person|f2f|outpatients?|"
                  r"presencial|en (?:la )?consulta"),
)
_REVIEW = r"(?:review|appointment|consultation|follow[ -]?up|check[ -]?up|revision|cita|consulta)"
_WAY = {name: re.compile(rf"\b(?:{words})\b") for name, words in _WAYS}
_ANY_WAY = re.compile(r"\b(?:" + "|".join(words for _name, words in _WAYS) + r")\b")
# (or coming back to the clinic: "back to the clinic in 6 weeks" is a review there)
_BACK_TO_CLINIC = re.compile(r"\b(?:come |coming )?(?:back|return) to (?:the )?"
                             r"(?:clinic|outpatients?)\b")
_NAMES_A_REVIEW = re.compile(rf"\b{_REVIEW}s?\b|\b(?:phone|telephone|video) call\b|"
                             r"\b(?:video)?llamada\b|" + _BACK_TO_CLINIC.pattern)


@lru_cache(maxsize=4096)
def way(text: str) -> str:
    """"telephone", "video" or "in person" where a text names a review and one way of holding
    it, else ""."""
    folded = fold(text or "")
    if not _NAMES_A_REVIEW.search(folded):
        return ""
    found = [name for name, pattern in _WAY.items() if pattern.search(folded)]
    return found[0] if len(found) == 1 else ""


@lru_cache(maxsize=4096)
def without_way(text: str) -> str:
    """The text without the words of how the review is held, a call as the review it is
    ("Phone call in 2 weeks" -> "review in 2 weeks")."""
    folded = fold(text or "")
    folded = re.sub(r"\b(?:(?:tele)?phone|video) call\b|\b(?:video)?llamada(?: telefonica)?\b",
                    " review ", _BACK_TO_CLINIC.sub(" clinic review ", folded))
    folded = _ANY_WAY.sub(" ", folded)
    if not _NAMES_A_REVIEW.search(folded):
        folded = f"review {folded}"
    return " ".join(folded.split())


def another_way(a: str, b: str) -> tuple[str, str] | None:
    """The two ways, where two texts each name a review held another way ("telephone", "in
    person"), else None."""
    way_a, way_b = way(a), way(b)
    return (way_a, way_b) if way_a and way_b and way_a != way_b else None


_WAY_WORDS = {"telephone": N_("by telephone"), "video": N_("by video"),
              "in person": N_("in person")}


def words(ways: tuple[str, str], name_a: str, name_b: str) -> str:
    """What differs, as the row's detail says it: "how the review is held: Dr Lee wrote by
    telephone, Dr Kim in person"."""
    return fill(_("how the review is held: {a_name} wrote {a}, {b_name} {b}"), a_name=name_a,
                b_name=name_b, a=_(_WAY_WORDS[ways[0]]), b=_(_WAY_WORDS[ways[1]]))
