# SPDX-License-Identifier: GPL-3.0-or-later
"""Two doctors' answers to one of the patient's own questions: a yes or a no, and answers that
say the same in other words ("Yes" and "Yes, you can keep driving"; "About 6 weeks" and "Roughly
a month and a half"; "About 10%" and "Around one in ten"; "Once a year" and "Annually").

Read cautiously: an answer is the same as another only when both say yes (or both no), or give
the same amount, and nothing else either says is more than the question's own words, words that
only soften or confirm ("about", "definitely", "fine"), or the same few words. Whatever else is
left to the comparison's words. Bounds ("under 5%", "at least"), "for now" and anything telling
keep two answers apart.
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

from secondop_desktop.domain import chances, units
from secondop_desktop.domain.diagnosis_match import (
    MALIGNANT_WORDS,
    UNSURE_OF_A_KIND,
    a_kind_of,
    is_benign_only,
    parse,
    text_relation,
)
from secondop_desktop.domain.terms import fold

# An answer that opens with a yes or a no ("Yes.", "No, not now", "Sí", "Not necessarily"):
# one doctor's yes against the other's no to the patient's own question is a major difference.
_YES = re.compile(r"^(?:yes|yeah|yep|definitely|absolutely|certainly|of course|sure)\b(?! not)"
                  r"|^s[ií](?=\s*(?:[,.;:!]|$|\s+(?:claro|por supuesto|hay que|necesita)))"
                  r"|^s[í]\b|^claro\b|^por supuesto\b")
_NO = re.compile(r"^(?:no|nope|not|never|nah|definitely not|absolutely not|certainly not|"
                 r"of course not|nunca|en absoluto|para nada)\b")
# "It's not necessary", "Es que no": a no after a few words that only lead into it; "Por ahora
# no", "Light exercise is safe, yes": a yes or no that closes the answer.
_LEAD_IN_NO = re.compile(r"^(?:its|it is|thats|that is|es|eso)\s+(?:not|no)\b")
_CLOSING = re.compile(r"(?:^|[\s,;])(yes|no|si|sí)\s*[.!]*$")

# A no said again inside a no: closing it ("No, de momento no") or as "no need" ("No, no hace
# falta operar", "No, surgery isn't necessary")
_NO_AGAIN = re.compile(r"\b(?:no hace falta|no es necesari[oa]|no need|not needed|"
                       r"(?:is ?nt|is not|not) necessary)\b|\bno\s*[.!]*$")

# A yes or no that the rest of the answer takes back in part ("Yes, but not yet", "No, unless
# it gets worse") is neither.
_HEDGE = r"but|only if|unless|maybe|perhaps|pero|solo si|quizas?"
_HEDGED = {"no": re.compile(rf"\b(?:{_HEDGE})\b"),
           "yes": re.compile(rf"\b(?:{_HEDGE}|not|no|later|mas adelante)\b")}


# A yes put off for a time, or a no for a time only: "Not for 6 weeks", "No, not until 6
# weeks", "No driving for 6 weeks", "Yes, after 6 weeks", "After 6 weeks", "Sí, dentro de 6
# semanas": the same answer, later (a "not" had made the first a no, and against "Yes, after 6
# weeks" a major difference)
_LATER = re.compile(
    r"^(?:(?:no|nope)[,.;]?\s+)?(?:not|no|avoid)\s+(?P<doing>[a-z]+ing\s+)?"
    r"(?:for|until|till|before|(?:within|in)\s+the\s+next)"
    r"\s+(?:another\s+|at least\s+|about\s+)?(?=\S*\d|(?:a|an|one|two|three|four|five|six|"
    r"eight|ten|twelve)\s)"
    r"|^(?:(?:yes|yeah|si|sí)[,.;]?\s+)?(?:but\s+)?(?:only\s+)?(?P<doing_later>[a-z]+ing\s+)?"
    r"(?:after|in|from)\s+"
    r"(?:another\s+|at least\s+|about\s+)?(?=\S*\d|(?:a|an|one|two|three|four|five|six|"
    r"eight|ten|twelve)\s)"
    r"|^(?:(?:si|sí)[,.;]?\s+)?(?:despues de|dentro de|en|a partir de)\s+(?=\S*\d|(?:un|una|"
    r"dos|tres|cuatro|seis|ocho|diez|doce)\s)"
    r"|^no\s+(?:hasta|antes de)\s+(?:dentro de\s+)?(?=\S*\d|(?:un|una|dos|tres|cuatro|seis|"
    r"ocho|diez|doce)\s)")
# An answer that is only a maybe ("Maybe.", "Possibly", "Quizás"): one answer however said
_ONLY_MAYBE = re.compile(r"^(?:maybe|possibly|perhaps|it(?:s| is) possible|possible|might be|"
                         r"could be|quizas?|tal vez|puede ser|puede que si|a lo mejor|"
                         r"es posible|it might|it may|it could|might|may be|it may be|"
                         r"it might be|it could be)[.!]*$")
# ... and a likely no or a likely yes alone ("Unlikely" = "Probably not", "Likely" =
# "Probably"): one answer each, however said
_ONLY_LIKELY = (
    ("probably not", re.compile(r"^(?:unlikely|very unlikely|highly unlikely|probably not|"
                                r"not likely|not very likely|doubtful|i doubt it|"
                                r"(?:a |only a )?(?:low|small|slim) (?:chance|risk|likelihood)|"
                                r"poco probable|improbable|probablemente no)[.!]*$")),
    ("probably", re.compile(r"^(?:likely|very likely|most likely|probably|probably yes|"
                            r"(?:a )?(?:high|good|strong) (?:chance|risk|likelihood)|"
                            r"probably so|probable|probablemente|probablemente si|"
                            r"es probable|muy probable)[.!]*$")),
)


# Not knowing, said with a no ("Not sure", "Not known yet", "No idea", "Don't know"): no no
_UNKNOWN = re.compile(r"^(?:(?:i(?:m| am) |we(?:re| are) |they(?:re| are) )?not (?:sure|certain|"
                      r"clear|known|yet known|decided|yet decided)|no idea|(?:i |we |they )?"
                      r"(?:dont|do not|don't) know|no se sabe|no lo se|no esta claro|"
                      # "No sé" alone (not "No se ha extendido"), "no estoy segura"
                      r"no se(?=[.!]*$| todavia| aun)|no (?:lo )?(?:sabemos|saben)|"
                      r"no (?:estoy|estamos|estan?) segur[oa]s?)\b")


# "Not for 6 weeks" and "Yes, after 6 weeks" are one answer
_LATER_ANSWERS = {"not yet": "later"}


def polarity(text: str) -> str | None:
    """"yes" or "no" when the answer opens (or, after a few words leading in, closes) with one
    that the rest does not take back; "not yet" for a no for a time only ("Not for 6 weeks"),
    "later" for a yes after a time ("Yes, after 6 weeks"), one answer with the same time;
    "maybe" for a maybe alone; None otherwise."""
    return _read_polarity(text)[0]


# A question asking whether the patient may do something ("Can I drive?", "Is it safe to fly?",
# "¿Puedo conducir?"): a yes now and a yes after a time are two answers
_MAY_I = re.compile(r"^\s*[¿¡]?\s*(?:can|may|could)\s+(?:i|he|she|we|they|my \w+)\b"
                    r"|^\s*(?:is it|would it be)\s+(?:ok|okay|safe|fine|alright|all right)\b"
                    r"|^\s*am i allowed\b|^\s*when can\b"
                    r"|^\s*[¿]?\s*(?:puedo|puede|podemos|se puede|es seguro)\b")


# To a question whether the patient may do something, a no that says nothing stands in the way
# is a yes: "No problem", "No reason why not", "No restrictions" (each had been read as a no,
# against a plain "Yes" a major difference); not where something is said to be wrong after it
_NOTHING_AGAINST = re.compile(
    r"^(?:no problem|not a problem|no problems|no issue|no issues|not an issue|no worries|"
    r"no reason (?:why )?not|no reason why you cant|i (?:dont|do not) see why not|why not|"
    r"no restrictions?|nothing to stop (?:you|him|her|them)|nothing (?:wrong )?with (?:it|that)|"
    r"ningun problema|sin problema|no hay (?:ningun )?problema|no hay inconveniente|"
    r"sin restricciones|por que no)(?:\s+(?:at all|whatsoever|with (?:that|it|flying|driving|"
    r"that at all)|para nada))?\s*[.!]*$")


# "No spread", "Not cancer": a no that denies a thing, not the question, where the thing is
# none of the question's words ("No spread" to "Does he need surgery?" had been a no, against a
# plain "Yes" a major difference); "No, ...", "Not needed", "Not for now" still say no
_NO_OF_A_THING = re.compile(r"^(?:no|not)\s+(?!(?:for|until|till|before|yet|now|really|"
                            r"necessarily|at all|necessary|needed|need|required|recommended|"
                            r"advised|advisable|indicated|allowed|a problem|that|this|so|"
                            r"quite|exactly|always|usually|much|many|any)\b)")


def _denies_something_else(question: str, answer: str) -> bool:
    """Whether ``answer`` opens with a "no" or "not" that denies a thing the question does not
    name ("No spread" to "Does he need surgery?"), and so says no yes or no to it."""
    folded = fold(answer).replace("'", "").replace("’", "").strip()
    opening = _NO_OF_A_THING.match(folded)
    if opening is None:
        return False
    return bool(_telling(folded[opening.end():], question, "") - {"fornow"} - _SAYS_YES)


def _allowed(question: str, answer: str) -> str | None:
    """"yes" for a permission question answered that nothing stands in the way; else None."""
    if not _MAY_I.match(fold(question)):
        return None
    said = fold(answer).replace("'", "").replace("’", "").strip()
    return "yes" if _NOTHING_AGAINST.match(said) else None


def allowed_now_or_later(question: str, a: str, b: str) -> bool:
    """Whether, to a question asking whether the patient may do something, one answer says
    yes and the other yes only after a time ("Yes" against "Yes, after 6 weeks")."""
    return bool(_MAY_I.match(fold(question))) and {polarity(a), polarity(b)} == {"yes", "later"}


def _read_polarity(text: str) -> tuple[str | None, str]:
    """The answer's yes or no (as ``polarity``) and the answer without the words that say it
    (all of it when it says neither)."""
    head = " ".join(text.casefold().replace("'", "").replace("’", "").split())
    folded = fold(head)
    if later := _LATER.match(folded):
        # (what is put off, where said, stays: "No flying for 6 weeks" is no "Not for 6 weeks"
        # to "Can I drive?")
        doing = later.group("doing") or later.group("doing_later") or ""
        # ("not yet" where said as a no: against a plain yes, a yes now, that is a no)
        said = "not yet" if _NO.match(folded) or folded.startswith("avoid") else "later"
        return said, doing + folded[later.end():]
    if _ONLY_MAYBE.match(folded):
        return "maybe", ""
    for likely, said_alone in _ONLY_LIKELY:
        if said_alone.match(folded):
            return likely, ""
    if _UNKNOWN.match(folded):
        return None, head  # "Not sure", "Don't know": no no
    opening = _NO.match(head) or _LEAD_IN_NO.match(folded)
    said = "no" if opening else "yes"
    opening = opening or _YES.match(head)
    if opening is not None:
        if _HEDGED[said].search(folded, len(opening.group())):
            return None, head
        rest = fold(head[opening.end():])
        if said == "no":  # "No, de momento no", "No, no hace falta operar": the no said again
            rest = _NO_AGAIN.sub(" ", rest)
        return said, rest
    closing = _CLOSING.search(folded)
    if closing is None or re.search(rf"\b(?:{_HEDGE})\b", folded):
        return None, head
    return ("no" if closing.group(1) == "no" else "yes"), folded[:closing.start()]


# A question whether it is a thing ("Is it cancer?", "Is the lump malignant?", "Does he have
# diabetes?", "¿Es cáncer?") answered with the thing, or with its opposite, alone: "Benign" and
# "Not malignant" say no, "Cancer" and "Malignant" yes ("No" against "Benign" had differed, and
# "Yes" against "Benign" was no yes against a no)
_FAMILY = r"(?:mum|mom|mother|dad|father|gran|granny|grandma|grandad|grandpa|nan|nana)"
_IS_IT = re.compile(
    r"^\s*(?:is|was|could)\s+(?:it|this|that|(?:the|my|his|her|their|" + _FAMILY + r"['’]?s)\s+\w+)"
    r"\s+(?:be\s+)?(?:a\s+|an\s+)?(?P<what>[^?]+?)\s*\??\s*$"
    r"|^\s*(?:do|does)\s+(?:i|he|she|they|we|(?:my|his|her|their)\s+\w+|" + _FAMILY + r")"
    r"\s+have\s+"
    r"(?:a\s+|an\s+)?(?P<had>[^?]+?)\s*\??\s*$"
    r"|^\s*(?:es|sera)\s+(?:un\s+|una\s+)?(?P<es>[^?]+?)\s*\??\s*$"
    r"|^\s*(?:tiene|tengo|tienes|padece|padezco)\s+(?:un\s+|una\s+)?(?P<tiene>[^?]+?)\s*\??\s*$")
_NOT_THE_THING = re.compile(r"^(?:no es|nothing|not|no|it(?:s| is) not|isnt|nada)\s+"
                            r"(?:a\s+|an\s+|un\s+|una\s+)?")
_THING_WORDS = 4  # an answer longer than this says more than the thing
# A thing asked about and its opposite: "Not abnormal" to "Is it normal?" is a yes, "Safe" to
# "Is it dangerous?" a no (each "not" had been read as a no, against a plain "Yes" a major
# difference)
_OPPOSITE_PAIRS = (("normal", "abnormal"), ("safe", "dangerous"), ("safe", "unsafe"),
                   ("safe", "harmful"), ("harmless", "dangerous"), ("harmless", "harmful"),
                   ("positive", "negative"), ("curable", "incurable"),
                   ("treatable", "untreatable"), ("necessary", "unnecessary"),
                   ("normal", "anormal"), ("seguro", "peligroso"), ("positivo", "negativo"),
                   ("positiva", "negativa"), ("grave", "leve"), ("permanent", "temporary"),
                   ("permanent", "reversible"), ("reversible", "irreversible"),
                   # going on against stopping: "Should I stop the aspirin?": "Continue"
                   ("stop", "continue"), ("stop", "keep"), ("stop", "carry"),
                   ("dejar", "seguir"), ("dejar", "continuar"), ("suspender", "seguir"),
                   ("suspender", "continuar"))
# ... and a growth or a worsening against none ("Has it grown?": "Stable", "Not stable")
_GROWING = ("grown", "growing", "bigger", "larger", "worse", "worsening", "progressing",
            "progressed", "increased", "increasing", "crecido", "creciendo", "empeorado")
_NOT_GROWING = ("stable", "unchanged", "smaller", "shrinking", "shrunk", "improving",
                "improved", "better", "reduced", "regressing", "regressed", "estable",
                "igual", "mejor", "reducido")
_OPPOSITE: dict[str, set[str]] = {}
for _one, _other in (*_OPPOSITE_PAIRS, *((g, n) for g in _GROWING for n in _NOT_GROWING)):
    _OPPOSITE.setdefault(_one, set()).add(_other)
    _OPPOSITE.setdefault(_other, set()).add(_one)
# a tumour, a growth: not a cancer by that word alone
_NOT_SURELY_MALIGNANT = frozenset({"tumor", "neoplasm"})


def said_of_the_thing(question: str, answer: str) -> str | None:
    """"yes" or "no" for an answer that names what the question asks about, or its opposite,
    or a kind of it ("Type 2 diabetes" to "Does he have diabetes?"), alone (see ``_IS_IT``);
    None for any other answer or question."""
    found = _thing_said(question, answer)
    return found[0] if found else None


def kind_named(question: str, answer: str) -> str:
    """The kind of what the question asks about that an answer names alone ("Type 2 diabetes"
    to "Does he have diabetes?"), as written; "" for any other answer."""
    found = _thing_said(question, answer)
    return found[1] if found else ""


@lru_cache(maxsize=1024)
def _thing_said(question: str, answer: str) -> tuple[str, str] | None:
    """The yes or no of ``said_of_the_thing``, and the kind named (or "")."""
    asked = _IS_IT.match(fold(question).replace("¿", "").replace("?", " ?"))
    said = fold(answer).replace("'", "").replace("’", "").strip(" .!")
    if asked is None or not said or len(said.split()) > _THING_WORDS:
        return None
    what = (asked.group("what") or asked.group("had") or asked.group("es")
            or asked.group("tiene") or "")
    if not what:
        return None
    malignant = set(parse(what).positive) & MALIGNANT_WORDS - _NOT_SURELY_MALIGNANT
    if malignant and is_benign_only(said):
        return "no", ""  # "Benign", "Not malignant", "Nothing sinister" to "Is it cancer?"
    if is_benign_only(what):  # asked the other way round: "Is it benign?"
        if is_benign_only(said):
            return "yes", ""  # "Benign", "Not cancer", "Nothing sinister"
        read = parse(said)
        if read.positive.keys() & MALIGNANT_WORDS - _NOT_SURELY_MALIGNANT and not (
                read.qualifiers or read.tokens.keys() & UNSURE_OF_A_KIND or read.negated):
            return "no", ""  # "Cancer", "Malignant", "Breast cancer"
    negated = _NOT_THE_THING.match(said)
    thing = said[negated.end():] if negated else said
    if not thing:
        return None
    if thing in _OPPOSITE.get(what, ()):
        return ("yes" if negated else "no"), ""  # "Not abnormal", "Abnormal" to "Is it normal?"
    named = set(parse(thing).positive)
    if malignant and is_benign_only(thing):
        return "yes", ""  # "Not benign" to "Is it cancer?"
    if text_relation(thing, what) == "same" or (
            malignant and named and named <= MALIGNANT_WORDS - _NOT_SURELY_MALIGNANT):
        return ("no" if negated else "yes"), ""
    if negated:
        return None  # "Not type 1" to "Does he have diabetes?" says no no
    if a_kind_of(thing, what) or (
            malignant and named & MALIGNANT_WORDS - _NOT_SURELY_MALIGNANT
            and not set(parse(thing).tokens) & UNSURE_OF_A_KIND):
        # "Breast cancer" to "Is it cancer?", "Metastatic melanoma" to "Is it malignant?"
        return "yes", answer.strip(" .!")
    return None


def polarity_to(question: str, text: str) -> str | None:
    """``polarity``, or the yes or no of an answer that names the thing asked about alone
    (``said_of_the_thing``), or that says the question's own words again, as a yes or a no
    (``_restated``: "Surgery recommended" to "Does he need surgery?")."""
    if said := _before_its_no(question, text):
        return said
    if (said := polarity(text)) and not (said == "no" and _denies_something_else(question, text)):
        return said
    found = _restated(question, text)  # (what more it says keeps no yes from being one)
    return found[0] if found else None


def _before_its_no(question: str, text: str) -> str | None:
    """The yes or no an answer gives by naming the thing asked about, its opposite, or nothing
    in the way, read before the no it may open with ("Not cancer" to "Is it benign?", "Not
    stable" to "Has it grown?", "No problem" to "Can I fly?" are each a yes)."""
    return (said_of_the_thing(question, text) or _opposite_of_asked(question, text)
            or _allowed(question, text))


def said_more_by(question: str, a: str, b: str) -> str:
    """"a" or "b": the one of two answers that agree and says more, naming a kind of what the
    question asks about ("Yes" or "Diabetes" against "Type 2 diabetes" to "Does he have
    diabetes?"; "Breast cancer" against "Stage 2 breast cancer") or saying more with the same
    yes or no ("Yes" against "Spread to the liver" to "Has it spread?"); "" otherwise."""
    return _kind_said_by(question, a, b) or _more_said_by(question, a, b)


def _kind_said_by(question: str, a: str, b: str) -> str:
    kind_a, kind_b = kind_named(question, a), kind_named(question, b)
    if not (kind_a or kind_b) or polarity_to(question, a) != "yes" or (
            polarity_to(question, b) != "yes"):
        return ""
    if kind_a and kind_b:
        if text_relation(kind_a, kind_b) != "refined":
            return ""
        return "b" if a_kind_of(kind_b, kind_a) else "a" if a_kind_of(kind_a, kind_b) else ""
    plain = b if kind_a else a
    said, rest = _read_polarity(plain)
    if said == "yes" and _telling(rest, question, ""):
        return ""  # a yes and more of its own
    return "a" if kind_a else "b"


# Words that only soften, confirm or lead in: an answer's telling words are the rest.
_FILLER_WORDS = (
    "a an the and or so it its it's is are be was to of in on at for with by as do does did "
    "you your yours i me my we can could may might will would should shall that thats this "
    "there here s t isnt dont doesnt arent wont cant fine ok okay sure safe good alright "
    "definitely absolutely certainly course really totally quite just yes yeah im afraid "
    "necessary needed need needs about around roughly approximately approx some almost nearly "
    "within after more or less than then take taking have has had get got go going keep "
    "el la los las lo un una unos unas de del en a al y o que es son se le les su sus usted "
    "ha han puede puedes pueden hace falta necesario necesaria si sí alrededor aproximadamente "
    "dentro despues tiene tienes tener hay nada muy bien claro")
_FILLER = frozenset(_FILLER_WORDS.split())
# Words for "for now": kept as one telling word, so "No" and "Not for now" stay apart.
_FOR_NOW = re.compile(r"\b(?:for now|for the moment|at the moment|at present|not yet|yet|"
                      r"at this stage|at this point|right now|currently|"
                      r"de momento|por ahora|por el momento|por lo pronto|todavia|aun)\b")
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> set[str]:
    folded = _FOR_NOW.sub(" fornow ", fold(text).replace("'", "").replace("’", ""))
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in _WORD.findall(folded)}


def _telling(answer: str, question: str, amounts: str) -> set[str]:
    """The answer's words that are neither filler, nor the question's own (or a form of one:
    "operar" for "operarme", "flying" for "fly"; or one in other words: "an operation" for
    "surgery"), nor the words of the amounts it gives."""
    asked = _words(question) | _asked_words(question)
    # (a verb's "e" goes before "-ing": "driving" is a form of "drive", "leaving" of "leave")
    asked |= {q[:-1] for q in asked if len(q) >= 5 and q.endswith("e")}
    out = set()
    for word in _words(answer) - _FILLER - _words(amounts):
        if any(min(len(form), len(q)) >= 3 and (form.startswith(q) or q.startswith(form))
               for q in asked for form in {word, _ONE_ANSWER_WORD.get(word, word)}):
            continue
        out.add(_ONE_ANSWER_WORD.get(word, word))
    return out


# A yes or no said by saying the question's words again ("Does he need surgery?": "Surgery
# recommended", "An operation is needed"; "Is it safe to fly?": "Avoid flying"; "Has it
# spread?": "Localised"); each had differed from a plain "Yes" or "No". Only a question a yes
# or no answers, and only a short answer with none of its own words but these.
_YES_NO_QUESTION = re.compile(
    r"^\s*(?:is|are|was|were|does|do|did|can|could|should|will|would|has|have|may|must|need|"
    r"es|son|puede|puedo|debe|debo|necesita|necesito|hay|tiene|tengo|ha|han|"
    r"se\s+(?:ha|han|puede|debe))\b")
_SAYS_YES = frozenset({"recommended", "recommend", "advised", "advise", "advisable", "required",
                       "must", "essential", "indicated", "allowed", "permitted", "important",
                       "recomendado", "recomendada", "recomendable", "indicado", "indicada",
                       # "Se recomienda operar", "Hay que operar" (fifteenth session)
                       "recomienda", "recomiendan", "recomiendo", "recomendamos", "aconseja",
                       "aconsejan", "aconsejable", "hay", "debe", "deben", "tiene"})
_SAYS_NO = frozenset({"not", "no", "avoid", "never", "unnecessary", "without", "evitar",
                      "evite", "nunca", "sin",
                      # (as the answer's words are read: without their apostrophes)
                      "dont", "doesnt", "shouldnt", "wont", "cant", "cannot", "mustnt",
                      "neednt"})
# one thing in the words a question and an answer may each use ("chemo", "an operation")
_ONE_ANSWER_WORD = {"operation": "surgery", "op": "surgery", "operate": "surgery",
                    "operating": "surgery", "chemo": "chemotherapy", "contagious": "infectious",
                    "catching": "infectious", "inherited": "hereditary", "cured": "curable",
                    "cure": "curable", "operacion": "cirugia", "operar": "cirugia",
                    "quimio": "quimioterapia", "contagioso": "infeccioso",
                    # the Spanish question's "¿Se ha extendido?" is the English "spread"
                    "extendido": "spread", "extendida": "spread", "diseminado": "spread",
                    "diseminada": "spread",
                    "contagiosa": "infecciosa", "hereditario": "heredado"}
_LOCALISED = re.compile(r"\b(?:localised|localized|confined to the \w+|localizad[oa])\b")
_RESTATED_WORDS = 8
# the question's word, then where or when: "Spread to the liver", "Biopsy in 2 weeks"
_DETAIL_AFTER = re.compile(r"^\s*(?:it\s+(?:has\s+|is\s+)?|se\s+ha\s+)?([^\W\d_]+)\s+"
                           r"(?:to|into|in|of|on|at|from|within|a|al|en|hasta|dentro)\b")
# a rank the question asks about, which an answer saying the rest again leaves open
_RANKING = frozenset({"best", "only", "right", "main", "worst", "safest", "first", "mejor",
                      "unica", "unico"})
_IN_TURN = frozenset({"later", "first", "then", "after", "before", "if", "when", "until",
                      "despues", "antes", "luego", "primero", "cuando", "hasta"})
# words of doubt, of a past or of a risk: "Suspected cancer", "History of cancer" are no yes
_UNSURE = frozenset({"suspected", "suspect", "suspicion", "possible", "possibly", "probable",
                     "probably", "likely", "query", "history", "hx", "previous", "prior",
                     "past", "pre", "borderline", "risk", "old", "former", "ex", "remission",
                     "presumed", "questionable", "uncertain", "unclear", "doubtful",
                     "sospecha", "posible", "antecedentes", "previo", "previa"})


def _in_one_word(text: str) -> str:
    return _WORD.sub(lambda m: _ONE_ANSWER_WORD.get(m.group(), m.group()), fold(text))


@lru_cache(maxsize=256)
def _asked_words(question: str) -> frozenset[str]:
    """The question's words, each in one word for its thing ("chemo" as "chemotherapy")."""
    return frozenset(_words(_in_one_word(question)))


@lru_cache(maxsize=1024)
def _restated(question: str, answer: str) -> tuple[str, frozenset[str]] | None:
    """("yes" or "no", what else it says) for an answer that says the question's own words
    again ("Surgery recommended", "Avoid flying", "Spread to the liver"), or None."""
    if not _YES_NO_QUESTION.match(fold(question).lstrip("¿¡ ")) or (
            len(answer.split()) > _RESTATED_WORDS or _HEDGED["no"].search(fold(answer))):
        return None
    text = _LOCALISED.sub(" not spread ", _in_one_word(answer))
    said = _words(text)
    if opposite := _opposite_of_asked(question, answer):
        return opposite, frozenset()
    # the opposite of a word of the question said again: "Continue aspirin" and "Keep taking
    # it" to "Should I stop the aspirin?" are a no (as a yes, against "No" they were a major
    # difference); "Don't continue" a yes
    turned = said & {other for word in _asked_words(question)
                     for other in _OPPOSITE.get(word, ())}
    rest = _telling(text, question, "") - turned
    asked = _asked_words(question) - _FILLER
    asked |= {q[:-1] for q in asked if len(q) >= 5 and q.endswith("e")}  # "driv" of "driving"
    if not turned and not any(
            min(len(w), len(q)) >= 3 and (w.startswith(q) or q.startswith(w))
            for w in said - _FILLER for q in asked):
        # none of the question's own words said again ("Cancer" is no "can" of "Can he
        # drive?")
        return None
    if "fornow" in said or said & _UNSURE or said & _IN_TURN:
        # "Not at this stage" is no plain no, "Suspected cancer" no plain yes, "Physio first,
        # surgery later" neither
        return None
    if (_words(question) & _RANKING) - said:
        return None  # "Surgery is an option" to "Is surgery the best option?" says no "best"
    more = frozenset(rest - _SAYS_YES - _SAYS_NO)
    if more and not ((lead := _DETAIL_AFTER.match(text)) and not _telling(lead.group(1),
                                                                          question, "")):
        # more than the question's words, said other than as where or when it is ("Spread to
        # the liver", "Biopsy in 2 weeks"): "Surgery is an option", "Surgery would be risky",
        # "Flying is risky" are no yes nor no
        return None
    denied = bool(said & _SAYS_NO)
    return ("no" if denied != bool(turned) else "yes"), more


def _opposite_of_asked(question: str, answer: str) -> str | None:
    """"no" for an answer that is the opposite of the question's word alone ("Stable" to "Has
    it grown?"), "yes" for that opposite denied ("Not stable"); None otherwise."""
    if not _YES_NO_QUESTION.match(fold(question).lstrip("¿¡ ")):
        return None
    said = _words(_in_one_word(answer))
    alone = said - _FILLER - _SAYS_NO
    if len(alone) != 1 or not alone & {opposite for word in _asked_words(question)
                                       for opposite in _OPPOSITE.get(word, ())}:
        return None
    return "yes" if said & _SAYS_NO else "no"


def _plainly_restated(question: str, answer: str) -> str | None:
    """The yes or no of an answer that says the question's words again and nothing more."""
    found = _restated(question, answer)
    return found[0] if found and not found[1] else None


def _more_said_by(question: str, a: str, b: str) -> str:
    """Both answers say yes (or both no), one of them that alone and the other with more:
    the other ("No" against "No, it is benign")."""
    both: list[tuple[str, Set[str]]] = []
    for text in (a, b):
        said, rest = _read_polarity(text)
        if said in ("yes", "no"):
            both.append((said, _telling(rest, question, "")))
        elif (found := _restated(question, text)) is not None:
            both.append(found)
        else:
            return ""
    (said_a, more_a), (said_b, more_b) = both
    if said_a != said_b or bool(more_a) == bool(more_b) or "fornow" in more_a | more_b:
        return ""
    return "a" if more_a else "b"


_COUNTS = units.COUNT_WORDS
_COUNT = r"(\d+(?:[.,]\d+)?|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + r")"
_DAYS = {**units.DAYS_IN, "hour": 1 / 24, "hora": 1 / 24}
_UNIT = r"(hours?|horas?|days?|dias?|weeks?|semanas?|fortnights?|months?|mes|meses|years?|anos?)"
_DURATION = re.compile(rf"(?<![\w.]){_COUNT}\s+{_UNIT}\b(\s+(?:and a half|y medio|y media))?"
                       rf"|(?<![\w.])(?:a |un )?(month|mes|year|ano|week|semana)\s+"
                       rf"(?:and a half|y medio|y media)\b")
# a per cent, as chances.as_per_cents writes every chance ("1 in 100", "one per cent", "9 out
# of 10", "uno de cada cien")
_PERCENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)%")
_BARE = re.compile(rf"(?<![\w.]){_COUNT}(?![\w.,]\d)")


# Words before a length of time that only soften or bound it ("about 6 weeks")
_SOFTLY = re.compile(r"^(?:about|around|roughly|approx(?:imately)?\.?|at least|up to|unos|unas|"
                     r"alrededor de|aproximadamente|al menos)\s+")


def a_length_alone(text: str) -> bool:
    """Whether an answer is a length of time and nothing else ("6 weeks", "About six weeks.",
    "unas 6 semanas")."""
    return bool(_DURATION.fullmatch(_SOFTLY.sub("", fold(text).strip(" .!"))))


_ARTICLES = frozenset({"a", "an", "un", "una"})
# Words before "a week", "un mes" that make it a length of time ("in a week", "for a month")
_LEADING_TIME = frozenset({"in", "for", "within", "after", "over", "about", "around", "roughly",
                           "than", "en", "durante", "dentro", "de", "por", "tras", "unos"})


def _number(said: str) -> float:
    return float(_COUNTS[said]) if said in _COUNTS else float(said.replace(",", "."))


def _amounts(text: str) -> tuple[list[tuple[str, float]], str]:
    """The amounts an answer gives (kind and value: a length of time in days, a per cent, a
    number), with the words that gave them."""
    folded = fold(text)
    found: list[tuple[str, float]] = []
    said: list[str] = []
    for match in _DURATION.finditer(folded):
        before = folded[:match.start()].split()[-1:]
        if match.group(1) in _ARTICLES and before and before[0] not in _LEADING_TIME:
            continue  # "2 tablets a day", "twice a week": a rate, not a length of time
        if match.group(1):
            unit = match.group(2).rstrip("s") if match.group(2) not in ("mes", "meses") else "mes"
            unit = {"dia": "dia", "dias": "dia", "ano": "ano", "anos": "ano"}.get(unit, unit)
            amount = _number(match.group(1)) + (0.5 if match.group(3) else 0)
            found.append(("days", amount * _DAYS[unit]))
        else:
            found.append(("days", 1.5 * _DAYS[match.group(4)]))
        said.append(match.group(0))
    rest = _DURATION.sub(" ", folded)
    for match in _PERCENT.finditer(rest):
        found.append(("percent", _number(match.group(1))))
        said.append(match.group(0))
    rest = _PERCENT.sub(" ", rest)
    for match in _BARE.finditer(rest):
        if match.group(1) not in ("a", "an", "un", "una", "once"):  # words, not counts here
            found.append(("number", _number(match.group(1))))
            said.append(match.group(0))
    return found, " ".join(said)


def _same_amounts(a: list[tuple[str, float]], b: list[tuple[str, float]]) -> bool:
    """The same amounts, one for one: a length of time within a tenth (three months and twelve
    weeks; six weeks and a month and a half), a per cent or a number equal."""
    if len(a) != len(b):
        return False
    for (kind_a, x), (kind_b, y) in zip(sorted(a), sorted(b), strict=True):
        if kind_a != kind_b:
            return False
        if kind_a == "days" and not abs(x - y) <= 0.1 * max(x, y):
            return False
        if kind_a != "days" and abs(x - y) > 1e-9:
            return False
    return True


# The longest answer read here, in words: answers noted in the room are a few words long
_SHORT = 30


def same_answer(question: str, a: str, b: str) -> bool:
    """Whether two answers to ``question`` say the same in other words (see the module's
    notes): both yes or both no, or the same amounts (or the same rhythm: "Once a year" and
    "Annually"), and nothing telling left that the other does not say too."""
    if len(a.split()) > _SHORT or len(b.split()) > _SHORT:
        return False  # a long answer is compared as words, as any long text is
    kind_a, kind_b = kind_named(question, a), kind_named(question, b)
    if kind_a or kind_b:  # "Type 2 diabetes" and "T2DM", not "Yes" and "Type 2 diabetes"
        return bool(kind_a and kind_b) and text_relation(kind_a, kind_b) == "same"
    thing_a, thing_b = _before_its_no(question, a), _before_its_no(question, b)
    else_a, else_b = _denies_something_else(question, a), _denies_something_else(question, b)
    (said_a, a), (said_b, b) = _read_polarity(a), _read_polarity(b)
    if said_a == "no" and else_a:
        said_a = None  # "No spread" to "Does he need surgery?": no no to it
    if said_b == "no" and else_b:
        said_b = None
    # the thing asked about, or its opposite, named alone: its yes or no, and nothing more
    # (over the no it may open with: "Not cancer" to "Is it benign?" is a yes)
    if thing_a:
        said_a, a = thing_a, ""
    if thing_b:
        said_b, b = thing_b, ""
    if said_a is None and (again := _plainly_restated(question, a)):
        said_a, a = again, ""  # "Surgery recommended" to "Does he need surgery?"
    if said_b is None and (again := _plainly_restated(question, b)):
        said_b, b = again, ""
    # ... and a yes or no that names it after ("Not malignant", "No, benign"): the yes or no
    if said_a in ("yes", "no") and said_of_the_thing(question, a):
        a = ""
    if said_b in ("yes", "no") and said_of_the_thing(question, b):
        b = ""
    if not _YES_NO_QUESTION.match(fold(question).lstrip("¿¡ ")):
        # "When is the next scan?": "In 3 months" is when, no yes put off ("3 months" too)
        said_a = None if said_a in ("later", "not yet") else said_a
        said_b = None if said_b in ("later", "not yet") else said_b
    if _LATER_ANSWERS.get(said_a, said_a) != _LATER_ANSWERS.get(said_b, said_b):
        return False
    a, b = chances.as_per_cents(a), chances.as_per_cents(b)  # each chance as a per cent
    amounts_a, words_a = _amounts(a)
    amounts_b, words_b = _amounts(b)
    rhythm_a, rhythm_b = units.read(a).per_day, units.read(b).per_day
    if rhythm_a is not None and rhythm_b is not None:
        if abs(rhythm_a - rhythm_b) > 0.01 * max(rhythm_a, rhythm_b):
            return False  # (within a hundredth: "every 6 months" is 182.4 days, half a year 182.5)
        # "Once a year", "every 3 months": the rhythm's own words are no count or length
        amounts_a = [x for x in amounts_a if x[0] == "percent"]
        amounts_b = [x for x in amounts_b if x[0] == "percent"]
        rest_a = _telling(units.without_facts(a), question, "")
        rest_b = _telling(units.without_facts(b), question, "")
    elif (rhythm_a is None) != (rhythm_b is None) and units.read(question).per_day is None:
        return False  # a rhythm only one answer gives, which the question did not ask about
    else:
        rest_a, rest_b = _telling(a, question, words_a), _telling(b, question, words_b)
    if said_a is None and not (amounts_a or amounts_b or rhythm_a is not None):
        return False  # neither a yes or no nor an amount: left to the words
    return _same_amounts(amounts_a, amounts_b) and rest_a == rest_b
