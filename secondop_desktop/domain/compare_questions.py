# SPDX-License-Identifier: GPL-3.0-or-later
"""What the patient could ask about each point of a comparison, in plain words.

The questions organise what the doctors said; they never suggest which doctor is right. Doctors
are named as the interface names them ("Dr Hale"); ``a`` and ``b`` are those short names.
"""

from __future__ import annotations

import re

from secondop_desktop.domain.model import Opinion

_TITLES = ("dr", "dr.", "doctor", "prof", "prof.", "professor", "mr", "mrs", "ms", "mx")


def short_name(opinion: Opinion) -> str:
    """"Dr Robert Hale" -> "Dr Hale"; a name without a title stays whole ("Mei Tanaka")."""
    name = opinion.doctor
    words = name.split()
    if len(words) >= 3 and words[0].lower() in _TITLES:
        return f"{words[0]} {words[-1]}"
    return name


def _quote(text: str, limit: int = 80) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


def diagnosis(status: str, a: str, b: str, ambiguous: str = "") -> str:
    if status == "maybe_same":
        what = ambiguous or "the abbreviation"
        return (f"Ask both doctors what {what} stands for here: the same letters can name two "
                f"different conditions, so the program cannot tell whether {a} and {b} mean "
                f"the same thing.")
    if status == "different":
        return (f"Ask both doctors: how did you reach this diagnosis, and what would change your "
                f"mind? Would {a} and {b} be willing to review the case together?")
    if status == "refined":
        return ("Ask both doctors whether the more detailed diagnosis fits what they found, and "
                "what the extra detail means for treatment.")
    if status == "only_a":
        return f"Ask {b} what the diagnosis is, in their words."
    if status == "only_b":
        return f"Ask {a} what the diagnosis is, in their words."
    return ""


def certainty(status: str, a: str, b: str) -> str:
    if status in ("different", "refined"):
        return "Ask both doctors how sure they are, and which test would make it certain."
    if status == "only_a":
        return f"Ask {b} how sure they are of the diagnosis."
    if status == "only_b":
        return f"Ask {a} how sure they are of the diagnosis."
    return ""


def stage(status: str, a: str, b: str) -> str:
    if status in ("different", "refined"):
        return ("Ask both doctors: how did you decide the stage or grade, and which test or scan "
                "shows it?")
    if status == "only_a":
        return f"Ask {b} whether they would give it a stage or grade, and which."
    if status == "only_b":
        return f"Ask {a} whether they would give it a stage or grade, and which."
    return ""


def rationale(status: str, a: str, b: str) -> str:
    if status == "same":
        return ""
    if status == "only_a":
        return f"Ask {b} to explain how they reached their view."
    if status == "only_b":
        return f"Ask {a} to explain how they reached their view."
    return ("Ask each doctor to walk you through how they reached their view, and which guideline "
            "or study they followed.")


def recommendation(status: str, a: str, b: str, treatment: str, main: bool) -> str:
    what = _quote(treatment)
    if status == "only_a":
        return (f"Ask {b} what they think of {what}, and why they did not suggest it."
                if treatment else f"Ask {b} what they think of {a}'s suggestion.")
    if status == "only_b":
        return (f"Ask {a} what they think of {what}, and why they did not suggest it."
                if treatment else f"Ask {a} what they think of {b}'s suggestion.")
    if status == "same":
        return ""
    if main:
        return ("Ask both doctors: why this treatment first, what else did you consider, and "
                "what have you advised others in this situation?")
    return "Ask both doctors how they would do this, and why that way."


def urgency(status: str, a: str, b: str) -> str:
    if status == "same":
        return ""
    if status == "only_a":
        return f"Ask {b} how soon this should happen, and what happens if you wait."
    if status == "only_b":
        return f"Ask {a} how soon this should happen, and what happens if you wait."
    return "Ask both doctors: how soon does this need to happen, and what happens if I wait?"


def evidence(status: str, a: str, b: str, title: str, kind: str, read_differently: bool) -> str:
    what = _quote(title)
    if status == "same":
        return ""
    if read_differently:
        return (f"Ask both doctors how they read {what}, and whether they could look at it "
                f"together.")
    if status in ("only_a", "only_b"):
        other = b if status == "only_a" else a
        if kind in ("guideline", "study"):
            return (f"Ask {other} whether they know {what}, and which guideline or study they "
                    f"follow for this.")
        return f"Ask {other} whether they have seen {what}, and whether it changes their view."
    return f"Ask both doctors what {what} shows."


def answer(status: str, a: str, b: str, question_text: str) -> str:
    q = _quote(question_text, 120)
    if status == "only_a":
        return f"Ask {b} this question too: {q}"
    if status == "only_b":
        return f"Ask {a} this question too: {q}"
    if status == "same":
        return ""
    return f"Ask both doctors to explain their answers to: {q}"


def follow_up(status: str, a: str, b: str) -> str:
    if status == "same":
        return ""
    if status == "only_a":
        return f"Ask {b} what the next step is, and when."
    if status == "only_b":
        return f"Ask {a} what the next step is, and when."
    return "Ask both doctors what the next step is, and when."


def fact_difference(a: str, b: str, treatment: str, differences: list[str]) -> str:
    """The same medicine or operation at another dose, rhythm, route or side: the question names
    what each doctor wrote, so nothing is left to memory."""
    said = "; ".join(differences)
    return (f"Ask both doctors to check {_quote(treatment)} together: {said}. Which is meant "
            f"for you?")


_ASPECT_WORDS = {"benefits": "benefits", "risks": "risks", "side_effects": "side effects"}


def aspect(kind: str, a: str, b: str, treatment: str) -> str:
    words = _ASPECT_WORDS.get(kind, kind)
    return (f"Ask both doctors about the {words} of {_quote(treatment)}: {a} and {b} described "
            f"them differently. What do they expect for you?")


def _key_words(text: str) -> set[str]:
    from secondop_desktop.domain.plan_match import words

    return set(words(text)) - {"ask", "both", "doctor", "what", "how", "why", "which", "this",
                               "they", "their", "would", "could", "you", "i", "me", "my"}


def near_duplicate(question: str, others: list[str], threshold: float = 0.5) -> bool:
    """Whether ``question`` asks what one of ``others`` (e.g. the patient's own questions)
    already asks: most of its telling words are in one of them."""
    mine = _key_words(question)
    if not mine:
        return False
    for other in others:
        theirs = _key_words(other)
        # over the larger set: a short question is not a repeat of a long one it shares two
        # words with ("Why this treatment first?" against a question about waiting for surgery)
        if theirs and len(mine & theirs) / max(len(mine), len(theirs)) >= threshold:
            return True
    return False


_SEVERITY_ORDER = {"major": 0, "minor": 1, "none": 2}


def _covered(point, own: list[str]) -> bool:  # noqa: ANN001 - a comparison Point
    """Whether one of the patient's own questions is already about what this point differs on:
    it names a telling word both doctors used on the point ("grade" in "How did you grade the
    X-ray?" for "grade 4" against "grade 3")."""
    shared = _key_words(point.a) & _key_words(point.b)
    return any(shared & _key_words(q) for q in own)


def ranked_questions(points: list, own: list[str], covered: bool = False,
                     always: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """The generated questions of differing points still open or asked, as (label, question),
    most important first (major before minor, then by rank and the engine's order), each once,
    and none that asks what one of the patient's own questions (``own``) already asks (with
    ``covered``, also none about a point one of them is already about). Points whose key is in
    ``always`` (the patient put them to a doctor) come first and are never left out."""
    chosen: list[tuple[str, str]] = []
    seen: set[str] = set()
    ordered = sorted((p for p in points if p.differs and p.state in ("open", "asked")
                      and p.question.strip()),
                     key=lambda p: (p.key not in always, _SEVERITY_ORDER.get(p.severity, 3),
                                    -p.rank, p.order))
    for point in ordered:
        key = " ".join(point.question.split()).casefold()
        if key in seen:
            continue
        if point.key in always:
            seen.add(key)
            chosen.append((point.label or point.topic.replace("_", " ").capitalize(),
                           point.question))
            continue
        if near_duplicate(point.question, own):
            continue
        if covered and point.topic == "answer":
            continue  # it restates the patient's own question, printed with the answers
        if covered and point.topic in ("stage", "evidence") and _covered(point, own):
            continue
        if near_duplicate(point.question, [q for _, q in chosen], threshold=0.85):
            continue
        seen.add(key)
        chosen.append((point.label or point.topic.replace("_", " ").capitalize(), point.question))
    return chosen
