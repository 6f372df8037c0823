# SPDX-License-Identifier: GPL-3.0-or-later
"""Lining up two doctors' recommendations (and cited evidence) item by item.

Items are paired best-first: every possible pair gets a score, pairs are taken from the highest
score down while both items are free, and pairs under the threshold are never taken. Ties are
broken by something that does not depend on which doctor is "A", so comparing B with A pairs the
same items as comparing A with B.

Recommendations pair only within the same category or a close one (surgery ~ procedure,
medication ~ chemotherapy, test ~ monitoring); surgery never pairs with therapy. Within a
category, shared treatment words raise the score, so two medicines pair by name first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TypeVar

from secondop_desktop.domain import lab_units, radiotherapy_doses
from secondop_desktop.domain.diagnosis_match import stem_medicines
from secondop_desktop.domain.hinted import Hinted, any_of
from secondop_desktop.domain.how_soon import without_timing
from secondop_desktop.domain.model import Evidence, Recommendation
from secondop_desktop.domain.terms import (
    BONES,
    MEDICINES,
    NAMED_MEDICINES,
    ORGANS_TAKEN_OUT,
    PROCEDURE_ENDING,
    broader_names,
    canonical,
    fold,
    names_in,
    readings,
    unify_spelling,
)
from secondop_desktop.domain.units import (
    FACT_WORDS,
    MINERALS,
    RHYTHM_CODE,
    FactDifference,
    course_days,
    differences,
    lengths_as_counted,
    mineral_salts,
    not_empty_as_food,
    read,
    sides_named,
    unclear_doses,
    without_facts,
)

T = TypeVar("T")
U = TypeVar("U")

CLOSE_CATEGORIES = frozenset({
    frozenset({"surgery", "procedure"}),
    frozenset({"medication", "chemotherapy"}),
    frozenset({"test", "monitoring"}),
})

# Words that say little about what the treatment is.
_STOP = frozenset({
    "of", "the", "a", "an", "in", "on", "and", "or", "for", "to", "with", "until", "only", "at",
    "per", "as", "by", "if", "when", "then", "be", "is", "days", "day", "weeks", "week", "months",
    "between", "entre",  # of a range: "between 2 and 3 litres" = "2-3 litres"
    # the same small words in Spanish ("beber 2-3 litros al día": "al día" tells no treatment)
    "de", "del", "el", "la", "los", "las", "un", "una", "y", "o", "en", "con", "al", "por",
    "para", "dia", "dias", "semana", "semanas", "mes", "meses",
    "month", "times", "once", "twice", "daily", "bad", "good", "needed", "programme", "program",
    "course", "session", "sessions", "plan", "start", "continue", "keep", "your", "you", "it",
    # whose it is names no treatment or test: "Scan of his tummy" is a tummy scan
    "his", "her", "my", "their", "our", "mum", "dad",
    # a referral shares nothing by itself: "Refer for physio", "Refer for surgery"
    "refer", "referral", "referred", "derivar", "derivacion", "remitir", "interconsulta",
    # to take it says nothing of what: "Take one capsule three times a day", "one cap tds"
    "take", "taken", "tomar", "tome", "toma",
    # the salt a medicine is made as names no medicine: "morphine sulfate" and "magnesium
    # sulfate" had been one treatment, "one is 200 times the other"
    "sulfate", "sulphate", "sulfato", "hydrochloride", "hcl", "clorhidrato", "fumarate",
    "fumarato", "gluconate", "gluconato", "succinate", "succinato", "tartrate", "tartrato",
    "maleate", "maleato", "mesylate", "mesilato", "besylate", "besilato",
})

# Words before a treatment that only say "do it": "Start metformin", "Try physio", "Put him on
# a statin", "Apply terbinafine cream", "A course of antibiotics", "Empezar metformina" are the
# plans "Metformin", "Physio", "A statin"... "Continue", "Stop", "Increase", "Avoid" say
# something of their own and are not here. (Read on folded text: lower case, no accents.)
_START_WORDS = re.compile(
    r"^(?:(?:please|to|should|must|needs? to|will)\s+)?"
    r"(?:(?:start|starting|begin|commence|initiate)"
    r"(?:\s+(?:him|her|them|me|you|on|with|taking|using))*"
    # ("give up smoking" is stopping it, not "up smoking": "up" alone is raising a dose;
    # "take up swimming" is starting it; "take out the appendix" and "take off the cast" are
    # operations, as written, as is "take the womb out")
    r"|try|trial of|take(?:\s+up)?(?!\s+(?:out|off)\b)"
    r"(?!\s+(?:the|his|her|my|your|their)\s+(?:(?:left|right|both)\s+)?"
    rf"(?:{ORGANS_TAKEN_OUT})\s+out\b)|prescribe|"
    # ("an operation to remove the gallbladder": the removal is the plan)
    r"(?:(?:an?|una?|la)\s+)?(?:operation|surgery|op|operar|operacion|cirugia|intervencion)"
    r"\s+(?:to|para)"
    r"(?=\s+(?:remove|take|quitar|extirpar)\b)|give(?!\s+up\b)|use|apply(?!\s+(?:cold|heat)\b)"
    r"|put\s+(?:(?:him|her|them|me|you)\s+)?on"
    r"|(?:empezar|empiece|comenzar|comience|iniciar|inicie)(?:\s+con)?"
    # ("aplicar frío" and "apply heat" are names of their own: left, "frío" is feeling cold)
    r"|tomar|tome|probar|pruebe|pautar|usar|(?:aplicar|aplique)(?!\s+(?:frio|calor)\b)"
    # ("hacer una resonancia", "realizar una ecografía", "pedir una analítica": the test)
    r"|hacer|haga|realizar|realice|pedir|solicitar)"
    r"\s+(?:(?:a|an|the|some|un|una|el|la|los|las)\s+)?"
    r"|^(?:(?:a|an)\s+)?(?:course|trial)\s+of\s+"
    r"|^(?:treatment|therapy|tratamiento|terapia)\s+(?:with|con)\s+")
# Words that take a treatment as already taken, to go on with or to change: "Start metformin"
# against "Continue metformin" or "Increase metformin" stay two plans (one doctor thinks it is
# not taken yet).
_KEEP_WORDS = re.compile(r"^(?:continue|keep|stay on|carry on|remain on|go on|increase|raise|"
                         r"reduce|decrease|lower|taper|wean|double|halve|uptitrate|titrate|"
                         r"adjust|stop|discontinue|come off|seguir|siga|continuar|continue con|"
                         r"mantener|mantenga|aumentar|subir|reducir|bajar|disminuir|suspender|"
                         r"suspenda|dejar|deje|parar|pare|retirar|retire|interrumpir|"
                         # as families and letters write them too ("up bisoprolol" against
                         # "start bisoprolol" had read as the same plan made more exact)
                         r"up|go up|going up|cut down|cut back|withdraw|cease|quit|no more|"
                         r"no change|same dose|d/c)\b"
                         # ... or after the name: "bisoprolol unchanged", "ramipril as before"
                         r"|.*\b(?:unchanged|as before|as it is|at the same dose|sin cambios|"
                         r"igual que antes)$")
# After a medicine's name, a word for taking it: "statin therapy" is a statin.
_TAKING = re.compile(r"\s+(?:therapy|treatment|tablets?|pills?|medication|tratamiento|"
                     r"terapia|comprimidos|pastillas)$")


@lru_cache(maxsize=4096)
def plan_core(text: str) -> str:
    """A treatment as the plan it names: without words that only say to start it, and without
    "therapy" after a medicine's name ("Start statin therapy" -> "statin"). The text as it was
    when nothing is left after them."""
    folded = " ".join(fold(text or "").split())
    core = folded
    while True:
        shorter = _START_WORDS.sub("", core, count=1)
        if shorter == core or not shorter.strip():
            break
        core = shorter
    taken = _TAKING.search(core)
    if taken and canonical(core[:taken.start()]) in MEDICINES:
        core = core[:taken.start()]
    return text if core == folded else core


# What is done to a medicine said after its name, as a family notes it down ("bisoprolol
# stopped", "metformin on hold", "ibuprofeno suspendido"): the same plan as the doctor's "stop
# bisoprolol", "hold metformin".
_DONE_AFTER = re.compile(r"^(?P<what>[^,;()]+?)\s+(?P<done>stopped|discontinued|ceased|"
                         r"withheld|held|paused|on hold|suspendido|suspendida)\s*\.?$")
_DONE_AS = {"withheld": "hold", "held": "hold", "paused": "hold", "on hold": "hold"}


# ... not where it ends a condition: "reduce zopiclone every 2 weeks until stopped"
_DONE_WHEN = frozenset({"until", "till", "hasta", "when", "once", "if", "unless", "cuando",
                        "si", "be", "been", "is", "was", "are", "being"})


def _done_said_first(text: str) -> str:
    found = _DONE_AFTER.match(" ".join(fold(text or "").split()))
    if found is None or _DONE_WHEN & set(found["what"].split()):
        return text
    return f"{_DONE_AS.get(found['done'], 'stop')} {found['what']}"


def facts_read_alike(a: str, b: str) -> tuple[str, str]:
    """Two plans as their facts are compared, by the comparison and the options alike: a
    course in weeks said in the months the other doctor gives ("26 weeks", "6 months"), a
    course of radiotherapy as its total and fractions ("2 Gy a day, weekdays for 6 weeks"),
    "not on an empty stomach" as with food."""
    a, b = lengths_as_counted(not_empty_as_food(a), not_empty_as_food(b))
    return (radiotherapy_doses.as_total_in_fractions(a),
            radiotherapy_doses.as_total_in_fractions(b))


# Why a plan is advised, said after it: "stop smoking, it makes rheumatoid arthritis worse",
# "quit smoking as it worsens thyroid eye disease", "because ...": the reason, not the plan
_A_REASON_AFTER = re.compile(
    r"\s*[,;]?\s+(?:it|as it|because(?: it)?|since it|which|ya que|porque)\s+(?:makes|worsens|"
    r"will|can|may|helps|causes|increases|raises|lowers|reduces|empeora|ayuda|aumenta|"
    r"reduce)\b.*$", re.IGNORECASE)


def plan_cores(a: str, b: str) -> tuple[str, str]:
    """Two treatments as the plans they name (``plan_core``), unless one says to start what the
    other says to keep on with: then as written. Why a plan is advised, said after it, is no
    part of it ("stop smoking, it makes RA worse")."""
    a, b = _A_REASON_AFTER.sub("", a or ""), _A_REASON_AFTER.sub("", b or "")
    a, b = _done_said_first(a), _done_said_first(b)
    core_a, core_b = plan_core(a), plan_core(b)
    started = (core_a != a, core_b != b)
    kept = (bool(_KEEP_WORDS.match(fold(a).strip())), bool(_KEEP_WORDS.match(fold(b).strip())))
    if (started[0] and kept[1]) or (started[1] and kept[0]):
        return a, b
    purpose_a, purpose_b = _purpose(core_a), _purpose(core_b)
    # what one is for, where the other says nothing of what it is for ("haloperidol for
    # delirium" against "... for nausea" are two purposes, one of them not in the table)
    if purpose_a and not _PURPOSE.match(fold(core_b or "")):
        core_a = purpose_a
    elif purpose_b and not _PURPOSE.match(fold(core_a or "")):
        core_b = purpose_b
    return _in_turn(core_a), _in_turn(core_b)


# "Chemo after the operation" is "the operation, then chemo": one treatment after another said
# the other way round, so the two orders compare ("Surgery then chemo"). Not "after food" (how
# to take a medicine) nor "after 6 weeks" (when).
_AFTER = re.compile(r"^(?P<later>[^,;]+?)\s+(?:after|despues de|tras)\s+(?:the |la |el |los |las |"
                    r"his |her )?(?P<first>(?!(?:food|meals?|eating|breakfast|lunch|dinner|"
                    r"supper|comer|comidas?|desayuno|cena|\d|a |an |one |two |three |four |six |"
                    r"un |una |dos |tres )).+)$")


_POST_OP = re.compile(r"\bpost[\s-]?op(?:erative(?:ly)?)?\b|\bpostop\b")
# ... and "post chemo", "post-radiotherapy": after it ("ondansetron ... post chemo" against
# "... after chemo" had been another order of treatments)
_POST_A_TREATMENT = re.compile(r"\bpost[\s-]?(?=(?:chemo|chemotherapy|radiotherapy|rt|surgery|"
                               r"transplant|op)\b)")


def _in_turn(text: str) -> str:
    folded = _POST_OP.sub("after surgery", fold(text))
    if "post" in folded:
        folded = _POST_A_TREATMENT.sub("after ", folded)
    found = _AFTER.match(folded)
    if found is None:
        return text
    if len(_AFTER_WORD.findall(canonical(folded))) < len(_AFTER_WORD.findall(folded)):
        return text  # the "after" of a name: "the morning after pill"
    return f"{found.group('first')} then {found.group('later')}"


_AFTER_WORD = re.compile(r"\b(?:after|despues de|tras)\b")


# What a treatment is for, after it: "Antihistamine for the hay fever", "para el dolor".
_PURPOSE = Hinted(r"^(.*?\S)\s*,?\s+(?:for|para)\s+(?:the|his|her|their|my|el|la|los|las|"
                  r"su|sus|mi)?\s*([^\d]+?)\s*\.?$", "for", "para")


# A plan that only asks for what follows "for": "Refer for endoscopy", "Urgent referral for
# physio", "Derivar para cirugía".
_ASKED_FOR = re.compile(r"(?:urgent |urgently |routine )?(?:refer|referral|referred|send|sent|"
                        r"transfer|transferred|derivar|derivacion|remitir|interconsulta|"
                        r"traslado|trasladar)(?: (?:urgente|urgently))?")


def _purpose(text: str) -> str:
    """The treatment without what it is for ("Antihistamine for the hay fever" ->
    "Antihistamine"), where that is one condition of the table of names and nothing more (not
    "for 7 days", not "for pain until the operation", which also says how long); "" when it
    says no such purpose."""
    found = _PURPOSE.match(fold(text or ""))
    if found is None or canonical(found.group(2)) not in names_in(found.group(2)):
        return ""
    if canonical(found.group(0)) in names_in(found.group(0)):
        # one name of the table: "medicine for epilepsy" is a kind of medicine, "patch for the
        # pain" a painkiller's patch (the names within it, "analgesic", are its own)
        return ""
    if _ASKED_FOR.fullmatch(found.group(1)) or any(
            PROCEDURE_ENDING.search(w) for w in found.group(2).split()):
        # "Refer for endoscopy", "transfer for thrombolysis": what is asked for, not what for
        return ""
    return found.group(1)


REC_THRESHOLD = 0.5
EVIDENCE_THRESHOLD = 0.5


# A part of the body by its describing word, as a test or a treatment names it: "Abdominal
# ultrasound" scans the tummy a family's "Scan of the tummy" names ("abdomen"), "pelvic" the pelvis
_PART_OF = {"abdominal": "abdomen", "pelvic": "pelvis", "cardiac": "heart", "hepatic": "liver",
            "thoracic": "chest"}


@lru_cache(maxsize=4096)
def words(text: str) -> frozenset[str]:
    """The telling words of a short text: lower case, spelling unified, plural -s dropped."""
    out = set()
    for word in re.findall(r"[^\W_]+", canonical(text or "")):
        if (word in _STOP or word in FACT_WORDS or word.isdigit()
                or RHYTHM_CODE.fullmatch(word)):
            continue
        word = _PART_OF.get(unify_spelling(word), unify_spelling(word))
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.add(word)
    return frozenset(out)


def shares_treatment(a: str, b: str) -> bool:
    """Whether two treatments name the same thing (a medicine, an operation), whatever their
    dose, rhythm, route or side: they share a telling word."""
    telling_a, telling_b = words(a), words(b)
    if shared := (telling_a & telling_b) - _PLACES:
        # ... unless the word is their form and each names another medicine ("salbutamol
        # inhaler" and "beclometasone inhaler", "insulin glargine" and "insulin aspart"): their
        # doses and rhythms are no doses of one medicine; or it is a word for any treatment and
        # each names another of the table besides ("physical therapy" and "cognitive behavioural
        # therapy"; not "surgery later" and "no surgery")
        if shared <= MINERALS and (salts_a := mineral_salts(a)) and (
                salts_b := mineral_salts(b)) and not salts_a & salts_b:
            return False  # "calcium carbonate" and "calcium acetate": two products
        if shared <= GENERIC:
            # (its timing set aside: "urgent" and "as soon as possible" are terms of the table)
            named_a, named_b = (_longest(_kinds(without_timing(x))[0]) - GENERIC for x in (a, b))
            if named_a and named_b and not named_a & named_b:
                return False
        return not two_medicines(a, b)
    if _only_facts(a) and _only_facts(b):
        return True  # nothing named but facts: "2 drinks a week" and "two drinks weekly"
    if not (telling_a or telling_b) and _same_rest(a, b):
        # the same words once the amounts are set aside, where those words are no treatment
        # of the table ("drink" is also a unit): "drink 2 litres a day", "drink 1 l daily"
        return True
    # letters of two meanings, one of them the other's treatment: "Pred 40 mg" (prednisolone or
    # prednisone) and "Prednisolone 30 mg" are compared as one medicine at two doses
    return any(words(x) & words(y) for x in readings(a) for y in readings(b)
               if (x, y) != (a, b))


# Words that say only where on the body: a joint or a region shared names no treatment in
# common ("hip injection" and "hip replacement"; the injection is the treatment, not a route
# of the operation)
_PLACES = frozenset(BONES) | {
    "back", "neck", "chest", "head", "face", "scalp", "skin", "eye", "eyes", "ear", "ears",
    "espalda", "cuello", "pecho", "cabeza", "cara", "piel", "ojo", "ojos", "oido", "oidos",
}


def _same_rest(a: str, b: str) -> bool:
    """Whether two texts, one with an amount, say the same once their facts are set aside."""
    rest = without_facts(a)
    return bool(rest) and rest == without_facts(b) and bool(read(a).doses or read(b).doses)


def _only_facts(text: str) -> bool:
    """Whether a text says a dose or a rhythm and nothing else ("two drinks a week"; "take one
    capsule three times a day": what is left names nothing)."""
    if (rest := without_facts(text)) and words(rest):
        return False
    facts = read(text)
    return bool(facts.doses or facts.per_day is not None or facts.per_day_range is not None
                or facts.food)  # ("en ayunas", "on an empty stomach")


# Words for any operation or treatment: "Surgery (lumpectomy)" and "Surgery (mastectomy)" share
# "surgery" and still name two operations.
GENERIC = frozenset({"surgery", "operation", "procedure", "treatment", "therapy", "cirugia",
                     "operacion", "intervencion", "procedimiento", "tratamiento", "terapia",
                     # a referral names no treatment: "Refer for physio", "Refer for surgery"
                     "refer", "referral", "derivar", "derivacion", "remitir", "interconsulta"})


def names_two_treatments(a: str, b: str) -> bool:
    """Whether each text names a treatment of its own beyond a word for any treatment, and they
    share none of them ("Surgery (lumpectomy)" against "Surgery (mastectomy)"; not "Surgery"
    against "Surgery (lumpectomy)")."""
    own_a, own_b = words(a) - GENERIC, words(b) - GENERIC
    if own_a and own_b and not own_a & own_b:
        return True
    # Two of the table's treatments that share a word ("PCI" and "CABG" are percutaneous
    # coronary intervention and coronary artery bypass graft), neither inside the other (not
    # "cholecystectomy" and "laparoscopic cholecystectomy")
    named_a, named_b = _longest(names_in(a) - GENERIC), _longest(names_in(b) - GENERIC)
    return bool(named_a and named_b and not any(
        # nor one a kind of the other ("emergency contraceptive pill", "emergency contraception")
        _inside(x, y) or _inside(y, x) or y in broader_names(x) or x in broader_names(y)
        for x in named_a for y in named_b))


def _inside(small: str, large: str) -> bool:
    return f" {small} " in f" {large} "


def _longest(names: frozenset[str]) -> set[str]:
    """The names not inside another of them ("knee arthroscopy", not its "knee")."""
    return {x for x in names if not any(x != y and _inside(x, y) for y in names)}


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over the smaller set's size (1.0 when both are empty)."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@lru_cache(maxsize=4096)
def normal_text(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", fold(text or "")))


def category_fit(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if frozenset({a, b}) in CLOSE_CATEGORIES:
        return 0.6
    if "other" in (a, b):
        return 0.4
    return 0.0


@lru_cache(maxsize=4096)
def _kinds(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The names of the table ``text`` names, the kinds each is one of (KINDS), and the
    nearest of those."""
    names = names_in(text)
    chains = [broader_names(name) for name in names]
    return (names, frozenset(kind for chain in chains for kind in chain),
            frozenset(chain[0] for chain in chains if chain))


def medicine_and_its_class(a: str, b: str) -> bool:
    """Whether one text names a medicine and the other a class it is one of ("a statin" and
    "atorvastatin 20 mg", "NSAIDs" and "ibuprofen"): what one turns down, the other may
    recommend."""
    (names_a, kinds_a, _), (names_b, kinds_b, _) = _kinds(a), _kinds(b)
    return bool((names_a & kinds_b | names_b & kinds_a) & NAMED_MEDICINES)


def two_medicines(a: str, b: str) -> bool:
    """Whether each text names a medicine of the table and no medicine of one is the other's,
    or a kind of it. Each as its most exact name: "insulin glargine", not the "insulin" inside
    it; "salbutamol", not the inhaler it is a kind of."""
    (names_a, kinds_a, _), (names_b, kinds_b, _) = _kinds(a), _kinds(b)
    meds_a = (_longest(names_a) & NAMED_MEDICINES) - kinds_a
    meds_b = (_longest(names_b) & NAMED_MEDICINES) - kinds_b
    return bool(meds_a and meds_b) and not (meds_a & meds_b or meds_a & kinds_b
                                            or meds_b & kinds_a)


def kin_overlap(a: str, b: str) -> float:
    """How near two treatments sharing no word are by what they name: 0.75 where one names a
    kind the other's is one of ("antibiotics for a week" and "amoxicillin 500 mg"), 0.3 for two
    of one kind ("atorvastatin" and "simvastatin"), else 0. (Paired by their words alone, a
    kind found no partner above any other of its category.)"""
    (names_a, kinds_a, nearest_a), (names_b, kinds_b, nearest_b) = _kinds(a), _kinds(b)
    if names_a & kinds_b or names_b & kinds_a:
        return 0.75
    return 0.3 if nearest_a & nearest_b else 0.0


def rec_score(a: Recommendation, b: Recommendation) -> float:
    """How well two recommendations pair; 0 when they cannot (surgery vs therapy)."""
    fit = category_fit(a.category, b.category)
    if fit == 0.0:
        return 0.0
    shared = overlap(words(a.treatment), words(b.treatment)) or kin_overlap(
        a.treatment or "", b.treatment or "")
    if fit < 1.0 and shared == 0.0:
        return 0.0  # a close category pairs only on shared treatment words
    if "other" in (a.category, b.category) and a.category != b.category and shared < 0.5:
        return 0.0  # "other" pairs only on most of its words
    score = 0.5 * fit + 0.5 * shared
    if a.preferred and b.preferred:
        score += 0.1
    if normal_text(a.treatment) == normal_text(b.treatment) and a.category == b.category:
        score += 0.3  # the very same recommendation always pairs with itself first
        if a.urgency == b.urgency and a.preferred == b.preferred:
            score += 0.1
    return score


def _two_tests(a: Evidence, b: Evidence) -> bool:
    """Whether two cited items cannot be one test: of two kinds, of opposite sides ("MRI left
    knee", "MRI right knee"), two kinds of scan, or samples taken at two times."""
    if a.kind != b.kind and "other" not in (a.kind, b.kind):
        return True
    sides_a, sides_b = _one_side(a.title), _one_side(b.title)
    if sides_a and sides_b and sides_a != sides_b:
        return True
    # two kinds of scan ("abdominal X-ray" and "abdominal ultrasound", "TAC lumbar" and
    # "resonancia lumbar"): the same finding in two tests is two tests that found it
    kind_a, kind_b = modality(a.title), modality(b.title)
    if kind_a and kind_b and kind_a != kind_b:
        return True
    # a sample taken fasting and one taken at random or after a meal ("Glucose (fasting)" and
    # "Glucose (2 hours after a meal)" at 6.1 had read as the same result)
    when_a = sample_timing(f"{a.title} {a.interpretation}")
    when_b = sample_timing(f"{b.title} {b.interpretation}")
    return bool(when_a and when_b and not when_a & when_b)


def evidence_score(a: Evidence, b: Evidence) -> float:
    """How well two cited items pair: same kind, then the same reference or similar titles.
    Never two that cannot be one test (``_two_tests``): their readings are not two readings
    of one test."""
    if _two_tests(a, b):
        return 0.0
    # A test and a kind of it sharing only the test's own words ("Bloods" and "Full blood
    # count" share "blood"): paired by their names, where one is the other's only such partner
    shared = words(a.title) & words(b.title)
    if shared and (broad := _broader_test_named(a, b)) and shared <= words(broad):
        return 0.0
    ref_a, ref_b = _reference(a.reference), _reference(b.reference)
    if ref_a and ref_a == ref_b:
        score = 1.0
    else:
        score = overlap(words(a.title), words(b.title))
        if score == 0.0 and (test := lab_units.named_alone(a.title)) and (
                test == lab_units.named_alone(b.title)):
            # one blood test by two names sharing no word ("Blood sugar" and "Glucose",
            # "Hb" and "Haemoglobin"): its two results are compared, not listed apart (not
            # "Glucose (fasting)" and "Blood sugar (random)", which say which)
            score = 1.0
        if ref_a and ref_b:
            score *= 0.5  # two different references: only a near-identical title still pairs
        digits_a, digits_b = _digits(a.title), _digits(b.title)
        if digits_a and digits_b and digits_a != digits_b:
            score *= 0.4  # another date or number: likely another test of the same kind
    if a.kind != b.kind:
        score *= 0.8
    if normal_text(a.title) == normal_text(b.title) and a.kind == b.kind:
        score += 0.3
        if normal_text(a.interpretation) == normal_text(b.interpretation):
            score += 0.1
    return score


# The kinds of imaging and scan a title can name, in the table's words (terms.canonical: "TAC"
# is computed tomography, "placa de tórax" a chest radiograph, "echo" an echocardiogram), the
# first that a title names: a PET-CT is a PET scan, a CT angiogram a CT.
_MODALITIES = tuple((name, re.compile(rf"\b(?:{words})\b")) for name, words in (
    # the heart's tracing at rest, over a day or two, and on exercise are three tests
    ("ambulatory ecg", r"ambulatory electrocardiogram|holter|24 hour (?:heart monitor|tape)|"
                       r"event (?:monitor|recorder)"),
    ("exercise ecg", r"exercise electrocardiogram|exercise tolerance test|stress test|"
                     r"treadmill test|prueba de esfuerzo|ergometria"),
    ("ecg", r"electrocardiogram"),
    ("pet", r"pet"),
    ("ct", r"computed tomography|tc|tac|cat scan"),
    ("mri", r"magnetic resonance|resonancia|rm|rmn|mri"),
    ("bone density", r"bone densitometry|densitometria|dexa|dxa"),
    ("nuclear", r"bone scan|gammagrafia|scintigraphy|nuclear"),
    ("ultrasound", r"ultrasound|ultrasonido|ecografia|echocardiogram|doppler"),
    ("x-ray", r"x ray|radiograph|radiography|radiografia|rx|mammogram|mammography|mamografia"),
    ("catheter angiography", r"angiography|angiogram|cateterismo|cardiac catheter"),
))


_ANY_MODALITY = any_of(pattern.pattern for _name, pattern in _MODALITIES)


@lru_cache(maxsize=4096)
def modality(title: str) -> str:
    """The kind of imaging or scan a test's title names ("x-ray", "ct", "mri", "ultrasound",
    …), or "" when it names none."""
    written = canonical(title or "")
    if not _ANY_MODALITY.search(written):  # (most titles name none: one search first)
        return ""
    return next((name for name, pattern in _MODALITIES if pattern.search(written)), "")


@lru_cache(maxsize=4096)
def _one_side(title: str) -> str:
    """"left" or "right" when a title names that side only ("both sides" pairs with either)."""
    sides = sides_named(title)
    return next(iter(sides)) if len(sides) == 1 and "both sides" not in sides else ""


# When a blood sample was taken, as a result says it
_SAMPLE_TIMINGS = (
    # (and by their letters: fasting and random blood glucose, "FBG", "FPG", "RBG")
    ("fasting", re.compile(r"(?<!non-)(?<!non )\b(?:fasting|fasted|en ayunas|ayunas|ayuno|fbg|"
                           r"fpg)\b")),
    ("random", re.compile(r"\b(?:random|non-?fasting|casual|al azar|aleatori[ao]|rbg)\b")),
    ("after a meal", re.compile(
        r"\b(?:post-?prandial|postprandial|after (?:a |the |your )?(?:meal|food|eating)s?|"
        r"\d+ ?(?:h|hr|hrs|hours?)(?: after| post| pp\b)|\d+-hour|ogtt|glucose tolerance|"
        r"despues de (?:comer|las comidas|la comida)|posprandial)\b")),
)


@lru_cache(maxsize=4096)
def sample_timing(text: str) -> frozenset[str]:
    """When the sample was taken, where a test's title or reading says so: "fasting",
    "random", "after a meal"."""
    folded = fold(text)
    if not any(hint in folded for hint in _TIMING_HINTS):
        return frozenset()  # (most titles say nothing of when: three searches spared)
    return frozenset(name for name, pattern in _SAMPLE_TIMINGS if pattern.search(folded))


# What each match of _SAMPLE_TIMINGS holds one of
_TIMING_HINTS = ("fast", "ayun", "random", "casual", "azar", "aleator", "prandial", "after",
                 "post", " pp", "-hour", "ogtt", "tolerance", "despues", "fbg", "fpg", "rbg")


@lru_cache(maxsize=4096)
def _digits(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\d+", text))


@lru_cache(maxsize=4096)
def _reference(ref: str) -> str:
    ref = (ref or "").strip().casefold()
    ref = re.sub(r"^(https?://)?(www\.)?", "", ref)
    ref = re.sub(r"^(dx\.)?doi\.org/", "doi:", ref)
    ref = re.sub(r"^doi:\s*", "doi:", ref)
    return ref.rstrip("/")


def pair_items(
    items_a: Sequence[T],
    items_b: Sequence[U],
    score: Callable[[T, U], float],
    threshold: float,
    tie_key: Callable[[T, U], tuple],
) -> list[tuple[int, int]]:
    """Best-first pairs (index in a, index in b) with score >= threshold, each item used once."""
    candidates = []
    for i, a in enumerate(items_a):
        for j, b in enumerate(items_b):
            s = score(a, b)
            if s >= threshold:
                candidates.append((-round(s, 9), tie_key(a, b), i, j))
    candidates.sort(key=lambda c: (c[0], c[1]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j))
    return pairs


def _rec_tie(a: Recommendation, b: Recommendation) -> tuple:
    # The same whichever side is A: sorted texts and ids.
    return (tuple(sorted((normal_text(a.treatment), normal_text(b.treatment)))),
            tuple(sorted((a.id, b.id))))


def _evidence_tie(a: Evidence, b: Evidence) -> tuple:
    return (tuple(sorted((normal_text(a.title), normal_text(b.title)))),
            tuple(sorted((a.id, b.id))))


def pair_recommendations(
    recs_a: Sequence[Recommendation], recs_b: Sequence[Recommendation]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(matched pairs, main-plan pairs).

    Matched pairs share a category and treatment words. Main-plan pairs join each doctor's main
    recommendations that found no match, in their order, so "surgery vs therapy" is one row.
    """
    pairs = pair_items(recs_a, recs_b, rec_score, REC_THRESHOLD, _rec_tie)
    used_a = {i for i, _ in pairs}
    used_b = {j for _, j in pairs}
    free_a = [i for i, r in enumerate(recs_a) if r.preferred and i not in used_a]
    free_b = [j for j, r in enumerate(recs_b) if r.preferred and j not in used_b]
    mains = list(zip(free_a, free_b))  # noqa: B905 - the shorter list decides
    return pairs, mains


def pair_evidence(
    ev_a: Sequence[Evidence], ev_b: Sequence[Evidence]
) -> list[tuple[int, int]]:
    """Best-first pairs of two doctors' cited items by their titles (``evidence_score``); then,
    of those left, a test and a kind of it by their names ("Heart scan" and "Echocardiogram",
    "Bloods" and "Lipid panel", "Camera test" and "Gastroscopy"), where each is the other's
    only such partner: a family's word for a test is not listed apart from the doctor's name
    for it. (Not "Bloods" with one of "FBC" and "Lipid panel": which of the two the family
    meant is not for the comparison to guess.)"""
    pairs = pair_items(ev_a, ev_b, evidence_score, EVIDENCE_THRESHOLD, _evidence_tie)
    used_a, used_b = {i for i, _ in pairs}, {j for _, j in pairs}
    by_kind = [(i, j) for i, a in enumerate(ev_a) if i not in used_a
               for j, b in enumerate(ev_b) if j not in used_b and _test_and_kind_of_it(a, b)]
    for i, j in by_kind:
        if [x for x, _ in by_kind].count(i) == 1 and [y for _, y in by_kind].count(j) == 1:
            pairs.append((i, j))
    return pairs


def _test_and_kind_of_it(a: Evidence, b: Evidence) -> bool:
    """Whether one title names a test (or scan) and the other a kind of it (terms.KINDS),
    and the two can be one test (``_two_tests``)."""
    return bool(_broader_test_named(a, b)) and not _two_tests(a, b)


def _broader_test_named(a: Evidence, b: Evidence) -> str:
    """The test one title names that the other's is a kind of ("heart scan" for "Heart scan"
    and "Echocardiogram"), or ""."""
    (names_a, kinds_a), (names_b, kinds_b) = test_names(a.title), test_names(b.title)
    if not (kinds_a or kinds_b):  # (most titles name no kind: the sets spared)
        return ""
    return min(names_a & kinds_b | names_b & kinds_a, default="")


@lru_cache(maxsize=4096)
def test_names(title: str) -> tuple[frozenset[str], frozenset[str]]:
    """The tests a title names, each as its most exact name, and the kinds those are of."""
    names, kinds, _ = _kinds(title)
    return frozenset(_longest(names)), kinds


# Where one line names several treatments, each with its own facts: "ramipril 5 mg, amlodipine
# 10 mg". The facts are read for each part, so that the same amounts given to the other
# medicine ("ramipril 10 mg, amlodipine 5 mg") are not the same line.
_PARTS = re.compile(r",|;|\+|\band\b|\bplus\b|\by\b|\bthen\b")


def _facts_by_name(text: str) -> dict[frozenset[str], tuple[object, ...]]:
    out: dict[frozenset[str], tuple[object, ...]] = {}
    for part in _PARTS.split(fold(text or "")):
        named = words(part)
        said = _facts_said(part)
        if named and (said[0] or any(said[1:])):
            out[named] = said
    return out


# (as _PARTS, on a line as written)
_PARTS_AS_WRITTEN = re.compile(_PARTS.pattern, re.IGNORECASE)


def _named_parts(text: str) -> dict[frozenset[str], str]:
    """Each medicine a line names with facts of its own, by the words of its name, as
    written; {} where some part names no medicine ("change every 72 hours", a step) or no
    facts, or two parts one medicine."""
    out: dict[frozenset[str], str] = {}
    parts = _PARTS_AS_WRITTEN.split(text or "")
    if len(parts) < 2:
        return out  # (one thing: most lines)
    for part in parts:
        part = part.strip()
        bare = without_facts(part)
        named = words(bare)
        facts = read(part)
        if not named or named in out or not (
                names_in(bare) & NAMED_MEDICINES or stem_medicines(bare)) or not (
                facts.doses or facts.per_day or facts.time_of_day or facts.route
                or facts.as_needed):
            return {}
        out[named] = part
    return out


def parts_paired(a: str, b: str) -> list[tuple[str, str]]:
    """Where two lines name the same two or more medicines, each with facts of its own
    ("paracetamol 1g qds prn and ibuprofen 400mg tds" against "ibuprofen 400 mg three times a
    day, paracetamol 1 g four times a day as needed"), each medicine's part on each side, in
    a's order; else []."""
    parts_a, parts_b = _named_parts(a), _named_parts(b)
    if len(parts_a) < 2 or parts_a.keys() != parts_b.keys():
        return []
    return [(part, parts_b[named]) for named, part in parts_a.items()]


# A fact each part of a line must give for it to be read part by part; where one part leaves it
# to another ("aspirin 75 mg and clopidogrel 75 mg daily", "... for 7 days" at the end) it is
# the whole line's (FactDifference.kind -> whether a part's facts give it)
_GIVEN_BY_EACH: dict[str, Callable[[str], bool]] = {
    "frequency": lambda part: (facts := read(part)).per_day is not None or bool(
        facts.per_day_range or facts.as_needed),
    "count": lambda part: read(part).per_day is not None,
    "route": lambda part: bool(read(part).route),
    "time": lambda part: bool(read(part).time_of_day),
    "food": lambda part: bool(read(part).food),
    "course": lambda part: bool(course_days(part)),
}
# ... and facts that are always each part's own: its dose
_EACH_PARTS_OWN = frozenset({"dose"})


def _name_as_written(part: str) -> str:
    """A part's words before its first figure ("Furosemide" of "Furosemide 40 mg orally")."""
    lead = re.match(r"\s*(.*?)(?=\s*\d|$)", part)
    said = lead.group(1).strip(" ,;:-") if lead else ""
    return said or without_facts(part)


def facts_part_by_part(a: str, b: str, grouping_a: frozenset[str] = frozenset(),
                       grouping_b: frozenset[str] = frozenset(),
                       paired: list[tuple[str, str]] | None = None,
                       ) -> tuple[list[FactDifference], list[FactDifference]] | None:
    """Where two lines name the same two or more medicines, each with facts of its own, and
    give no facts each to the other medicine (``facts_exchanged``): the differences and the
    unclear doses (``units.unclear_doses``) read medicine by medicine, each named by a's words
    ("ibuprofen: how often ..."), where each part gives that fact; a fact some part leaves to
    the line ("... once daily" said once at the end) read for the whole line. Else None, the
    lines read whole. Read whole, the line's first rhythm had been set against the other's
    ("how often: four times a day, three times a day" for the same two medicines in another
    order), and the doses of two medicines added up ("5 mg + 10 mg"). Shared by the comparison
    and the options page. ``paired``: ``parts_paired(a, b)`` where the caller has it."""
    paired = parts_paired(a, b) if paired is None else paired
    if not paired or facts_exchanged(a, b):
        return None
    marks = (grouping_a, grouping_b)
    parts = [part for pair in paired for part in pair]
    by_part = {kind for kind, given in _GIVEN_BY_EACH.items() if all(map(given, parts))}
    found = [replace(f, of=_name_as_written(pa)) for pa, pb in paired
             for f in differences(pa, pb, *marks)
             if f.kind in _EACH_PARTS_OWN or f.kind in by_part]
    found += [f for f in differences(a, b, *marks)
              if f.kind not in _EACH_PARTS_OWN and f.kind not in by_part]
    unclear = [replace(f, of=_name_as_written(pa)) for pa, pb in paired
               for f in unclear_doses(pa, pb, *marks)]
    return found, unclear


def facts_exchanged(a: str, b: str) -> bool:
    """Whether two lines name the same treatments, each with facts of its own, and give the
    same facts, each to another treatment ("ramipril 5 mg, amlodipine 10 mg" against "ramipril
    10 mg, amlodipine 5 mg"): asked as such, not part by part."""
    parts_a, parts_b = _named_parts(a), _named_parts(b)
    if len(parts_a) < 2 or parts_a.keys() != parts_b.keys():
        return False
    said_a = {named: _facts_said(part) for named, part in parts_a.items()}
    said_b = {named: _facts_said(part) for named, part in parts_b.items()}
    # (each fact on its own: the rhythms exchanged, the doses kept, are exchanged facts too)
    return said_a != said_b and all(
        sorted((said[i] for said in said_a.values()), key=repr)
        == sorted((said[i] for said in said_b.values()), key=repr)
        for i in range(len(next(iter(said_a.values())))))


def _facts_said(part: str) -> tuple[object, ...]:
    """A part's dose, rhythm, time of day and route, to set against another part's."""
    facts = read(part)
    return (tuple(sorted((d.dimension, round(d.base, 9)) for d in facts.doses)),
            facts.per_day, facts.per_day_range, facts.time_of_day, facts.route)


def facts_given_to_another(a: str, b: str) -> bool:
    """Whether two lines name the same treatments, each part with facts, and some treatment
    has other facts on each side ("ramipril 5 mg, amlodipine 10 mg" against "ramipril 10 mg,
    amlodipine 5 mg"; the morning and the night the other way round)."""
    by_a, by_b = _facts_by_name(a), _facts_by_name(b)
    if len(by_a) < 2 or set(by_a) != set(by_b):
        return False
    # a fact one part leaves out is no other fact: "aspirin 75 mg and clopidogrel 75 mg daily"
    # says "daily" once for both (it had read as other facts than "aspirin 75 mg daily and
    # clopidogrel 75 mg daily")
    return any(x and y and x != y for name in by_a
               for x, y in zip(by_a[name], by_b[name], strict=True))
