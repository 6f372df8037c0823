# SPDX-License-Identifier: GPL-3.0-or-later
"""What the patient could ask about each point of a comparison, in plain words.

The questions organise what the doctors said; they never suggest which doctor is right. Doctors
are named as the interface names them ("Dr Hale"); ``a`` and ``b`` are those short names.
"""

from __future__ import annotations

import re

from secondop_desktop.domain import plan_match
from secondop_desktop.domain.model import Opinion
from secondop_desktop.domain.words import ASPECT_WORDS, mid_sentence, titled_short_name, word
from secondop_desktop.i18n import _, fill, inside_sentence, ngettext


def short_name(opinion: Opinion) -> str:
    """"Dr Robert Hale" -> "Dr Hale"; a name without a title stays whole ("Mei Tanaka")."""
    name = opinion.doctor
    return titled_short_name(name) or name


def _quote(text: str, limit: int = 80) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return quoted(text)


def quoted(text: str) -> str:
    """A doctor's or patient's words set in the quotation marks of the language in force."""
    # Translators: the quotation marks around a quoted text (Spanish: «…»).
    return fill(_("“{text}”"), text=text)


def diagnosis(status: str, a: str, b: str, ambiguous: str = "") -> str:
    if status == "maybe_same":
        what = ambiguous or _("the abbreviation")
        return fill(_("Ask both doctors what {what} stands for here: the same letters can name "
                      "two different conditions, so the program cannot tell whether {a} and {b} "
                      "mean the same thing."), what=what, a=a, b=b)
    if status == "different":
        return fill(_("Ask both doctors: how did you reach this diagnosis, and what would change "
                      "your mind? Would {a} and {b} be willing to review the case together?"),
                    a=a, b=b)
    if status == "refined":
        return _("Ask both doctors whether the more detailed diagnosis fits what they found, and "
                 "what the extra detail means for treatment.")
    if status in ("only_a", "only_b"):
        return fill(_("Ask {doctor} what the diagnosis is, in their words."),
                    doctor=b if status == "only_a" else a)
    return ""


def certainty(status: str, a: str, b: str) -> str:
    if status in ("different", "refined"):
        return _("Ask both doctors how sure they are, and which test would make it certain.")
    if status in ("only_a", "only_b"):
        return fill(_("Ask {doctor} how sure they are of the diagnosis."),
                    doctor=b if status == "only_a" else a)
    return ""


def stage(status: str, a: str, b: str) -> str:
    if status in ("different", "refined"):
        return _("Ask both doctors: how did you decide the stage or grade, and which test or "
                 "scan shows it?")
    if status in ("only_a", "only_b"):
        return fill(_("Ask {doctor} whether they would give it a stage or grade, and which."),
                    doctor=b if status == "only_a" else a)
    return ""


def rationale(status: str, a: str, b: str) -> str:
    if status == "same":
        return ""
    if status in ("only_a", "only_b"):
        return fill(_("Ask {doctor} to explain how they reached their view."),
                    doctor=b if status == "only_a" else a)
    return _("Ask each doctor to walk you through how they reached their view, and which "
             "guideline or study they followed.")


def recommendation(status: str, a: str, b: str, treatment: str, main: bool) -> str:
    what = _quote(treatment)
    if status in ("only_a", "only_b"):
        asked, other = (b, a) if status == "only_a" else (a, b)
        if treatment:
            return fill(_("Ask {doctor} what they think of {what}, and why they did not suggest "
                          "it."), doctor=asked, what=what)
        return fill(_("Ask {doctor} what they think of {other}'s suggestion."),
                    doctor=asked, other=other)
    if status == "same":
        return ""
    if main:
        return _("Ask both doctors: why this treatment first, what else did you consider, and "
                 "what have you advised others in this situation?")
    return _("Ask both doctors how they would do this, and why that way.")


def abbreviation_in_plan(a: str, b: str, ambiguous: str) -> str:
    """Two recommendations that are the same only if an abbreviation means what the other
    doctor wrote out ("ICD": a defibrillator, or the classification of diseases)."""
    what = ambiguous or _("the abbreviation")
    return fill(_("Ask both doctors what {what} stands for here: the same letters can name two "
                  "different things, so the program cannot tell whether {a} and {b} recommend "
                  "the same treatment."), what=what, a=a, b=b)


def spelling(a: str, b: str, pairs: list[tuple[str, str]]) -> str:
    """Two notes that agree if a word one of them has is the other's typed another way. Put to
    the doctors, as every question is (the PDF prints it under "Questions for both doctors"):
    which word did each of them use? The row itself tells the patient to check their notes."""
    words = "; ".join(fill(_("{a} or {b}"), a=quoted(x), b=quoted(y)) for x, y in pairs)
    return fill(ngettext("Ask both doctors which word they used, {words}: if it is one word typed "
                         "two ways, {a} and {b} say the same here.",
                         "Ask both doctors which words they used, {words}: if each is one word "
                         "typed two ways, {a} and {b} say the same here.", len(pairs)),
                words=words, a=a, b=b)


def urgency(status: str, a: str, b: str) -> str:
    if status == "same":
        return ""
    if status in ("only_a", "only_b"):
        return fill(_("Ask {doctor} how soon this should happen, and what happens if you wait."),
                    doctor=b if status == "only_a" else a)
    return _("Ask both doctors: how soon does this need to happen, and what happens if I wait?")


def evidence(status: str, a: str, b: str, title: str, kind: str, read_differently: bool) -> str:
    what = _quote(title)
    if status == "same":
        return ""
    if read_differently:
        return fill(_("Ask both doctors how they read {what}, and whether they could look at it "
                      "together."), what=what)
    if status in ("only_a", "only_b"):
        other = b if status == "only_a" else a
        if kind in ("guideline", "study"):
            return fill(_("Ask {doctor} whether they know {what}, and which guideline or study "
                          "they follow for this."), doctor=other, what=what)
        return fill(_("Ask {doctor} whether they have seen {what}, and whether it changes their "
                      "view."), doctor=other, what=what)
    return fill(_("Ask both doctors what {what} shows."), what=what)


def evidence_read_more(doctor: str, other: str, reading: str, title: str) -> str:
    """Two readings of one test that agree, one naming a kind of what the other found
    ("Cancer" against "Adenocarcinoma"): ask the doctor who said less whether they agree (named
    first: the PDF lists a question under the first doctor it names)."""
    return fill(_("Ask {doctor} whether they agree with {other}, who read {what} as {reading}."),
                other=other, what=_quote(title), reading=_quote(reading, 80), doctor=doctor)


def figure_unread(doctor: str, other: str, figure: str, reading: str, title: str) -> str:
    """One doctor gave a test's figure ("7.2 mmol/L"), the other how they read it ("high"):
    ask the one who gave the figure how they read it."""
    return fill(_("Ask {doctor} how they read {figure} for {what}: {other} read it as "
                  "{reading}."), doctor=doctor, figure=_quote(figure, 60), what=_quote(title),
                other=other, reading=_quote(reading, 80))


def unit_unsaid(title: str) -> str:
    """Two results of one test whose numbers may be one amount in two units ("Hb 9" against
    "Hb 90": g/dL or g/L), a unit left unsaid."""
    return fill(_("Ask both doctors which unit their results for {what} are in: the two numbers "
                  "may be the same amount written in two units."), what=_quote(title))


def answer(status: str, a: str, b: str, question_text: str) -> str:
    q = _quote(question_text, 120)
    if status in ("only_a", "only_b"):
        return fill(_("Ask {doctor} this question too: {question}"),
                    doctor=b if status == "only_a" else a, question=q)
    if status == "same":
        return ""
    return fill(_("Ask both doctors to explain their answers to: {question}"), question=q)


def answer_said_more(doctor: str, other: str, answer: str, question_text: str) -> str:
    """Two answers that agree, one saying more ("Yes" against "Type 2 diabetes"): ask the
    doctor who said less whether they agree with the fuller one."""
    return fill(_("Ask {doctor} whether they agree with {other}, who answered {answer} to "
                  "{question}."),
                other=other, answer=_quote(answer, 80), question=_quote(question_text, 120),
                doctor=doctor)


def follow_up(status: str, a: str, b: str) -> str:
    if status == "same":
        return ""
    if status in ("only_a", "only_b"):
        return fill(_("Ask {doctor} what the next step is, and when."),
                    doctor=b if status == "only_a" else a)
    return _("Ask both doctors what the next step is, and when.")


def turned_down(a: str, b: str, text_a: str, text_b: str) -> str:
    """One doctor recommends what the other turns down or puts off ("Avoid surgery" against
    "Surgery"): the question quotes both, so the contradiction is in plain sight."""
    return fill(_("{a} wrote {text_a} and {b} wrote {text_b}: one of them advises against, or "
                  "not yet, what the other recommends. Ask both doctors why, and what each "
                  "would do instead."),
                a=a, b=b, text_a=_quote(text_a), text_b=_quote(text_b))


def _names(parts: tuple[str, ...]) -> str:
    return ", ".join(_quote(part, 60) for part in parts)


def named_by_one(a: str, b: str, only_a: tuple[str, ...], only_b: tuple[str, ...],
                 plan: bool) -> str:
    """One doctor names a condition or a treatment beside what both name ("Pneumonia" against
    "Pneumonia and bronchitis", "Surgery" against "Surgery, then chemotherapy"): the question
    names it and asks each doctor their part, so it is for both (as the PDF groups it)."""
    named, other = (b, a) if only_b else (a, b)
    extra = _names(only_b or only_a)
    if plan:
        return fill(_("Ask both doctors about {extra}: {named} also recommends it, {other} did "
                      "not. Ask {other} what they think of it, and {named} what it would add "
                      "for you."),
                    named=named, other=other, extra=extra)
    return fill(_("Ask both doctors about {extra}: {named} also names it, {other} did not. Ask "
                  "{other} whether they considered it, and {named} what showed it."),
                named=named, other=other, extra=extra)


def reordered(a: str, b: str, text_a: str, text_b: str) -> str:
    """The same treatments in another order ("Surgery then chemo" against "Chemo then
    surgery"): the order is the difference, so the question names it."""
    return fill(_("{a} wrote {text_a} and {b} wrote {text_b}: the same treatments in another "
                  "order. Ask both doctors why this order, and what changes for you if it is "
                  "the other."),
                a=a, b=b, text_a=_quote(text_a), text_b=_quote(text_b))


def another_first(a: str, b: str, text_a: str, text_b: str) -> str:
    """Two ranked differentials with another diagnosis first ("likely gallstones, less likely
    ulcer" against "likely ulcer, less likely gallstones")."""
    return fill(_("{a} wrote {text_a} and {b} wrote {text_b}: each thinks another one more "
                  "likely. Ask both doctors why they put theirs first, and what test would tell "
                  "the two apart."),
                a=a, b=b, text_a=_quote(text_a), text_b=_quote(text_b))


def swapped(a: str, b: str, text_a: str, text_b: str) -> str:
    """The same words with two values the other way round ("increase ramipril, reduce
    bisoprolol" against "reduce ramipril, increase bisoprolol")."""
    return fill(_("{a} wrote {text_a} and {b} wrote {text_b}: the same words, each the other "
                  "way round. Ask both doctors to say again which goes with which, and write "
                  "it down as they say it."),
                a=a, b=b, text_a=_quote(text_a), text_b=_quote(text_b))


def at_once_or_in_turn(a: str, b: str, text_a: str, text_b: str) -> str:
    """The same treatments, one doctor giving them at once and the other one after the other
    ("chemo and radiotherapy together" against "chemo then radiotherapy")."""
    return fill(_("{a} wrote {text_a} and {b} wrote {text_b}: the same treatments, at the same "
                  "time for one and one after the other for the other. Ask both doctors why "
                  "that way, and what each way means for you."),
                a=a, b=b, text_a=_quote(text_a), text_b=_quote(text_b))


def fact_difference(a: str, b: str, treatment: str, differences: list[str]) -> str:
    """The same medicine or operation at another dose, rhythm, route or side: the question names
    what each doctor wrote, so nothing is left to memory."""
    said = "; ".join(inside_sentence(line) for line in differences)
    return fill(_("Ask both doctors to check {treatment} together: {said}. Which is meant for "
                  "you?"), treatment=_quote(treatment), said=said)


def unclear_dose(a: str, b: str, treatment: str, unclear: list[str]) -> str:
    """The same medicine at a dose written so that it can mean two amounts ("1.000 mg": 1,000 mg
    or 1 mg), one of them the other doctor's: the program does not guess which."""
    return fill(_("Ask both doctors to confirm the dose of {treatment} in words (for example "
                  "“one thousand milligrams”): {said}. The same figures can mean two amounts, "
                  "so the program cannot tell whether {a} and {b} mean the same dose."),
                treatment=_quote(treatment),
                said="; ".join(inside_sentence(line) for line in unclear), a=a, b=b)


def unclear_salt(a: str, b: str, treatment: str, unclear: list[str]) -> str:
    """The same weight of a mineral and of its salt ("calcium 500 mg" against "calcium
    carbonate 500 mg"): the same tablet named loosely, or two doses of the mineral."""
    return fill(_("Ask both doctors whether the dose of {treatment} is the weight of the "
                  "mineral itself or of the salt it comes as: {said}. A salt weighs more than "
                  "the mineral in it, so the program cannot tell whether {a} and {b} mean the "
                  "same dose."),
                treatment=_quote(treatment),
                said="; ".join(inside_sentence(line) for line in unclear), a=a, b=b)


def unclear_count(a: str, b: str, treatment: str, unclear: list[str]) -> str:
    """So many tablets or capsules against an amount ("iron one tablet daily" against "ferrous
    sulfate 200 mg"): the same if one holds that amount, which nothing says."""
    return fill(_("Ask both doctors how much one tablet or capsule of {treatment} holds: "
                  "{said}. One gives a number to take and the other an amount, so the program "
                  "cannot tell whether {a} and {b} mean the same dose."),
                treatment=_quote(treatment),
                said="; ".join(inside_sentence(line) for line in unclear), a=a, b=b)


def unclear_puff(a: str, b: str, treatment: str, unclear: list[str]) -> str:
    """So many puffs of an inhaler against an amount ("salbutamol 2 puffs" against "200
    micrograms"): the same if one puff gives that much, which nothing says."""
    return fill(_("Ask both doctors how much one puff of {treatment} gives: {said}. One gives "
                  "a number of puffs and the other an amount, so the program cannot tell "
                  "whether {a} and {b} mean the same dose."),
                treatment=_quote(treatment),
                said="; ".join(inside_sentence(line) for line in unclear), a=a, b=b)


def unclear_rhythm(a: str, b: str, treatment: str, unclear: list[str]) -> str:
    """How often, written with a word of two meanings ("biweekly": every two weeks, or twice
    a week), one of them the other doctor's: the program does not guess which."""
    return fill(_("Ask both doctors how often to have {treatment}, in plain words (for example "
                  "“every two weeks”): {said}. The word can mean two rhythms, so the program "
                  "cannot tell whether {a} and {b} mean the same."),
                treatment=_quote(treatment),
                said="; ".join(inside_sentence(line) for line in unclear), a=a, b=b)


def unclear_limit(a: str, b: str, treatment: str, unclear: list[str]) -> str:
    """A most of sodium against one of salt that comes to about as much ("2 g of sodium"
    against "5 g of salt"): the program does not decide whether the two are one limit."""
    return fill(_("Ask both doctors whether they mean the same limit for {treatment}: {said}. "
                  "One is given as sodium and the other as salt, which come to about the same, "
                  "so the program cannot tell whether {a} and {b} mean one limit."),
                treatment=_quote(treatment),
                said="; ".join(inside_sentence(line) for line in unclear), a=a, b=b)


def aspect(kind: str, a: str, b: str, treatment: str, detail: str = "") -> str:
    """The question on one treatment's benefits, risks or side effects said differently; with
    ``detail``, what differs ("as a per cent: Dr Lee 1%, Dr Kim 0.1%")."""
    words = mid_sentence(word(ASPECT_WORDS, kind))
    if detail:
        return fill(_("Ask both doctors about the {aspect} of {treatment}: {detail}. What do "
                      "they expect for you?"),
                    aspect=words, treatment=_quote(treatment), detail=detail)
    return fill(_("Ask both doctors about the {aspect} of {treatment}: {a} and {b} described "
                  "them differently. What do they expect for you?"),
                aspect=words, treatment=_quote(treatment), a=a, b=b)


def _key_words(text: str) -> set[str]:
    return set(plan_match.words(text)) - _ASKING_WORDS


_ASKING_WORDS = frozenset({"ask", "both", "doctor", "what", "how", "why", "which", "this", "they",
                           "their", "would", "could", "you", "i", "me", "my"})


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

# What a question quotes, in the marks of any language ("“Amoxicilin”", "«Amoxicilin»").
_QUOTED = re.compile(r"“([^”]*)”|«([^»]*)»")


def _quoted_parts(question: str) -> set[str]:
    return {a or b for a, b in _QUOTED.findall(question)}


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
        quotes = _quoted_parts(point.question)
        if near_duplicate(point.question, [q for _rank, q in chosen
                                           if _quoted_parts(q) >= quotes], threshold=0.85):
            continue  # the same question again; one about other quoted words is not
        seen.add(key)
        chosen.append((point.label or point.topic.replace("_", " ").capitalize(), point.question))
    return chosen
