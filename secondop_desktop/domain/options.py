# SPDX-License-Identifier: GPL-3.0-or-later
"""The options a patient chooses between, gathered from every opinion's recommendations.

The same treatment named by two doctors ("knee replacement", "total knee arthroplasty") is one
option holding both doctors' details; the patient's own options ("Wait and see", "Another
opinion") follow the doctors'. Each option reads as an Option Grid: one row per question a patient
asks about a treatment, one column per doctor, and an empty cell stays empty ("not said") so the
patient can ask about it.

Matching is deliberately simple: two recommendations are one option when their categories fit
(the same, or close such as surgery ~ procedure) and most of their telling words are shared,
after the engine's table of names for one thing (``terms.canonical``: "high blood pressure" =
"hypertension", English and Spanish) and a short table of everyday names for the same treatment
(``_SAME_TREATMENT``: "arthroplasty" = "replacement"). It is the treatment's name that matters
here, not the dose or the timing, so an option can hold one medicine at two doses. Those are
never left looking alike: ``Option.gaps`` holds every dose, rhythm, route or side that two of its
doctors wrote differently (or that may differ: "1.000 mg" from a writer whose way of grouping
thousands is not known), as the comparison engine reads them (``units``, ``number_habits``), and
the grid says so with each doctor's words as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from secondop_desktop.domain import number_habits, radiotherapy_doses, spelling, terms, units
from secondop_desktop.domain.compare_questions import quoted
from secondop_desktop.domain.dataclass_methods import FieldMethods
from secondop_desktop.domain.diagnosis_match import (
    DIRECTION_MARKERS,
    markers_conflict,
    part_both_name,
    turns_down,
)
from secondop_desktop.domain.model import Case, Opinion, Recommendation
from secondop_desktop.domain.plan_match import (
    category_fit,
    facts_part_by_part,
    facts_read_alike,
    normal_text,
    words,
)
from secondop_desktop.domain.words import ASPECT_WORDS, URGENCY_WORDS, mid_sentence, word
from secondop_desktop.i18n import N_, _, fill, in_every_language

# The grid's rows, in the order an Option Grid asks them.
ROWS = ("involves", "benefits", "risks", "recovery", "timing", "cost")
ROW_LABELS = {
    "involves": N_("What it involves"),
    "benefits": ASPECT_WORDS["benefits"],
    "risks": N_("Risks and side effects"),
    "recovery": N_("Recovery"),
    "timing": N_("How soon"),
    "cost": N_("Cost or coverage"),
}
# The question a patient can put about a row nobody filled in ({treatment} is the option).
ROW_QUESTIONS = {
    "involves": N_("What would {treatment} involve for me, step by step?"),
    "benefits": N_("What are the benefits of {treatment} for someone like me?"),
    "risks": N_("What are the risks and side effects of {treatment}, and how common are they?"),
    "recovery": N_("What would recovery from {treatment} be like, and how long would it take?"),
    "timing": N_("How soon would {treatment} need to happen, and what if I wait?"),
    "cost": N_("What would {treatment} cost me, and is it covered?"),
}
# The patient's own options offered until they keep or change them; once kept they are the
# user's text (Decision.own_options) and stay as written.
STARTER_OWN_OPTIONS = (N_("Wait and see"), N_("Another opinion"))

# Everyday names that mean the same treatment, written as the words they become (lower case).
_SAME_TREATMENT = (
    # (the engine's table reads "knee replacement" as knee arthroplasty: a joint's replacement
    # is brought to that word however it is said)
    ("replacement", "arthroplasty"),
    ("operation", "surgery"),
    ("watchful waiting", "active monitoring"),
    ("active surveillance", "active monitoring"),
    ("tablets", "medication"),
    ("pills", "medication"),
    # keeping off a thing is having none of it ("give up alcohol", read as "avoid alcohol",
    # and "no alcohol" are one option)
    ("avoid", "no"),
    ("keyhole", "arthroscopic"),
    ("arthroscopy", "arthroscopic surgery"),
    # Spanish (accents are folded before this table is read).
    ("reemplazo", "arthroplasty"),
    ("artroplastia", "arthroplasty"),
    ("protesis", "arthroplasty"),
    ("rodilla", "knee"),
    ("cadera", "hip"),
    ("cirugia", "surgery"),
    ("operacion", "surgery"),
)
# Words that say where or how much, not which treatment.
_NOT_THE_TREATMENT = frozenset({
    "total", "partial", "right", "left", "both", "supervised", "course", "pain", "relief",
})
MATCH_THRESHOLD = 0.6

# What an option is marked with when its doctors wrote one treatment differently, by the most
# harmful difference between them ("unclear": a dose that may or may not be the same).
_MEDICINES = frozenset({"medication", "chemotherapy"})
# (Every kind units.differences gives must be here: "food" was not, and an option with it
# stopped the PDF; tests/domain/test_options.py checks them all.)
GAP_KINDS = ("stopped", "direction", "product", "dose", "each_time", "frequency", "cycle",
             "course", "step", "end", "weekly", "session", "days", "time", "when", "before",
             "count", "order", "limit", "route", "route_by_one", "preparation", "side", "food",
             "drink", "trigger", "unclear", "unclear_rhythm", "unclear_limit", "unstated",
             "spelling")
GAP_MARKS = {
    # one doctor stops, avoids or puts off what the other recommends ("Aspirin 75 mg daily"
    # against "Stop aspirin"), or changes it the other way ("increase" against "reduce"): one
    # option, and never marked as agreeing
    ("stopped", True): N_("Same medicine, one doctor advises against it or not yet"),
    ("stopped", False): N_("Same treatment, one doctor advises against it or not yet"),
    ("direction", True): N_("Same medicine, changed opposite ways"),
    ("direction", False): N_("Same treatment, changed opposite ways"),
    ("product", True): N_("Same medicine, another product"),
    ("product", False): N_("Same treatment, another product"),
    ("dose", True): N_("Same medicine, different dose"),
    ("dose", False): N_("Same treatment, different dose"),
    ("frequency", True): N_("Same medicine, different schedule"),
    ("frequency", False): N_("Same treatment, different schedule"),
    ("cycle", True): N_("Same medicine, on other days of each cycle"),
    ("cycle", False): N_("Same treatment, on other days of each cycle"),
    ("course", True): N_("Same medicine, for another length of time"),
    ("course", False): N_("Same treatment, for another length of time"),
    ("step", True): N_("Same medicine, lowered or raised in other steps"),
    ("step", False): N_("Same treatment, changed in other steps"),
    ("each_time", True): N_("Same medicine, a different number each time"),
    ("each_time", False): N_("Same treatment, a different number each time"),
    ("end", True): N_("Same medicine, another plan once the course ends"),
    ("end", False): N_("Same treatment, another plan once it ends"),
    ("weekly", True): N_("Same medicine, for another time in a week"),
    ("weekly", False): N_("Same activity, for another time in a week"),
    ("session", True): N_("Same medicine, for longer or shorter each time"),
    ("session", False): N_("Same activity, for longer or shorter each time"),
    ("count", True): N_("Same medicine, a different number of doses"),
    ("count", False): N_("Same treatment, a different number of doses"),
    ("route", True): N_("Same medicine, given a different way"),
    ("route", False): N_("Same treatment, given a different way"),
    # drops or a cream against a dose with no way given ("hydrocortisone 10 mg" against
    # "hydrocortisone cream"): units.differences, the other's word empty
    ("route_by_one", True): N_("Same medicine, how it is given from only one doctor"),
    ("route_by_one", False): N_("Same treatment, how it is given from only one doctor"),
    ("side", True): N_("Same treatment, different side"),
    ("side", False): N_("Same treatment, different side"),
    ("food", True): N_("Same medicine, with food for one doctor, without for the other"),
    ("food", False): N_("Same treatment, with food for one doctor, without for the other"),
    ("drink", True): N_("Same medicine, taken with a different food or drink"),
    ("drink", False): N_("Same treatment, taken with a different food or drink"),
    ("preparation", True): N_("Same medicine, in another form"),
    ("preparation", False): N_("Same treatment, in another form"),
    ("days", True): N_("Same medicine, on other days"),
    ("days", False): N_("Same treatment, on other days"),
    ("time", True): N_("Same medicine, at another time of day"),
    ("time", False): N_("Same treatment, at another time of day"),
    # how soon from now ("repeat MRI in 3 months" against "in 6 months": units.when_difference)
    ("when", True): N_("Same medicine, from another date"),
    ("when", False): N_("Same treatment, at another date"),
    # how long before a thing ("stop aspirin 5 days before surgery": units.before_difference)
    ("before", True): N_("Same medicine, a different time before"),
    ("before", False): N_("Same treatment, a different time before"),
    ("trigger", True): N_("Same medicine, given at another point"),
    ("trigger", False): N_("Same treatment, given at another point"),
    ("limit", True): N_("Same medicine, a different most to take"),
    ("limit", False): N_("Same treatment, a different most"),
    ("order", True): N_("Same medicine, the doses in another order"),
    ("order", False): N_("Same treatment, in another order"),
    ("unclear", True): N_("Same medicine, the dose may differ"),
    ("unclear", False): N_("Same treatment, the dose may differ"),
    # ("biweekly": every two weeks, or twice a week)
    ("unclear_rhythm", True): N_("Same medicine, how often may differ"),
    ("unclear_rhythm", False): N_("Same treatment, how often may differ"),
    # (a most of sodium against about as much salt)
    ("unclear_limit", True): N_("Same medicine, the most may differ"),
    ("unclear_limit", False): N_("Same treatment, the most may differ"),
    ("unstated", True): N_("Same medicine, a dose from only one doctor"),
    ("unstated", False): N_("Same treatment, a dose from only one doctor"),
    ("spelling", True): N_("The same medicine? Its name is typed two ways"),
    ("spelling", False): N_("The same treatment? A word is typed two ways"),
}
# (an option that one doctor names by its kind, another by one medicine of it: "~", as a point
# said more exactly is marked everywhere)
KIND_AND_ONE_MARK = N_("A kind of medicine, and one medicine of that kind")
KIND_AND_ONE_TEST_MARK = N_("A kind of test, and one test of that kind")
# Any other gap is "≠", as a difference is marked everywhere.
GAP_SYMBOLS = {"unclear": "?", "unclear_rhythm": "?", "unclear_limit": "?", "unstated": "◐",
               "route_by_one": "◐", "spelling": "?"}


def gap_rank(gap: Gap) -> float:
    """Where a gap comes among an option's gaps (GAP_KINDS' order): a dose that comes to the
    same in a day at another rhythm ("2 g once a day" against "1 g twice a day") after how
    often, which is what differs."""
    rank = float(GAP_KINDS.index(gap.kind))
    if gap.kind == "dose" and gap.difference.same_day:
        rank = GAP_KINDS.index("frequency") + 0.5
    return rank


@dataclass(eq=False, repr=False)
class OptionEntry(FieldMethods):
    """One doctor's recommendation within an option."""

    opinion_id: str
    doctor: str
    recommendation: Recommendation


@dataclass(eq=False, repr=False)
class Gap(FieldMethods):
    """Two doctors who named one option and wrote its dose, rhythm, route or side differently,
    as the engine reads their words (``difference.unclear``: the dose may be the same or not)."""

    a: OptionEntry
    b: OptionEntry
    difference: units.FactDifference
    unstated: bool = False
    """One of the two wrote no dose at all: nothing says theirs is the other's (``a`` wrote
    one)."""

    @property
    def kind(self) -> str:
        if self.unstated:
            return "unstated"
        if self.difference.unclear:
            return {"frequency": "unclear_rhythm", "limit": "unclear_limit"}.get(
                self.difference.kind, "unclear")
        if self.difference.kind == "route" and not (self.difference.a and self.difference.b):
            return "route_by_one"
        return self.difference.kind

    def words(self) -> str:
        """"Dr Hale wrote 500 mg (milligrams), Dr Tanaka 5 mg (milligrams) (one is 100 times
        the other)", in the language in force when the options were gathered."""
        if self.kind == "spelling":
            return fill(_("{a_name} wrote {a}, {b_name} {b}: one word typed two ways, or two "
                          "different words? Check the spelling"), a_name=self.a.doctor,
                        a=quoted(self.difference.a), b_name=self.b.doctor,
                        b=quoted(self.difference.b))
        if self.kind in ("stopped", "direction"):
            said = (_("{a_name} wrote {a}, {b_name} {b}: one advises against it, or not yet")
                    if self.kind == "stopped" else
                    _("{a_name} wrote {a}, {b_name} {b}: they change it opposite ways"))
            return fill(said, a_name=self.a.doctor, a=quoted(self.difference.a),
                        b_name=self.b.doctor, b=quoted(self.difference.b))
        if self.unstated:
            return fill(_("{a_name} wrote {a}; {b_name} wrote no dose"), a_name=self.a.doctor,
                        a=self.difference.a, b_name=self.b.doctor)
        # A line of its own here (the grid, its heading, the PDF), where the engine's words
        # go on after a label: "How often: …", not "how often: …".
        line = self.difference.words(self.a.doctor, self.b.doctor)
        return line[:1].upper() + line[1:]


@dataclass(eq=False, repr=False)
class Option(FieldMethods):
    key: str
    """Stable while the recommendations keep their ids: "rec:<first id>" or "own:<label>"."""
    label: str
    category: str = "other"
    own: bool = False
    entries: list[OptionEntry] = field(default_factory=list)
    aliases: frozenset[str] = frozenset()
    """For a starter of the patient's own ("Wait and see"): its key in every language, so what
    the patient marked for it still counts after the language changes."""
    gaps: list[Gap] = field(default_factory=list)
    """Where its doctors wrote the treatment differently, the most harmful first."""
    kind_and_one: bool = False
    """One doctor named a kind of medicine, another one medicine of that kind ("Nerve pain
    tablets / Pregabalin"): not known to be the same medicine."""

    @property
    def gap_kind(self) -> str:
        """The most harmful of ``gaps`` ("dose", "frequency", "route", "side", "unclear"), or
        "" when none: the doctors' doses are then not known to differ (nor to be the same)."""
        return min(self.gaps, key=gap_rank).kind if self.gaps else ""

    def gap_mark(self) -> str:
        """"≠ Same medicine, different dose", in the language in force; "" without gaps."""
        said = self.gap_words()
        if not said:
            return ""
        symbol = "~" if self.kind_and_one else GAP_SYMBOLS.get(self.gap_kind or "", "≠")
        return f"{symbol} {said}"

    def gap_words(self) -> str:
        """The mark's words without its symbol ("Same medicine, different dose"): what a screen
        reader says, which would otherwise read "~" as "tilde"; "" without gaps."""
        if self.kind_and_one:
            return _(KIND_AND_ONE_MARK if self.category in _MEDICINES else KIND_AND_ONE_TEST_MARK)
        kind = self.gap_kind
        return _(GAP_MARKS[(kind, self.category in _MEDICINES)]) if kind else ""

    def written(self, opinion_id: str) -> str:
        """The treatment as this opinion's doctor wrote it, dose and all; "" if they did not
        name this option."""
        entry = self.entry_for(opinion_id)
        return entry.recommendation.treatment.strip() if entry else ""

    @property
    def keys(self) -> frozenset[str]:
        """Every key that names this option (a factor marked for any of them favours it)."""
        if self.own:
            return frozenset({self.key}) | self.aliases
        return frozenset(f"rec:{e.recommendation.id}" for e in self.entries)

    def entry_for(self, opinion_id: str) -> OptionEntry | None:
        return next((e for e in self.entries if e.opinion_id == opinion_id), None)

    def cell(self, row: str, opinion_id: str) -> str:
        """What this opinion's doctor said for ``row``; "" when they did not say."""
        entry = self.entry_for(opinion_id)
        return cell_text(entry.recommendation, row) if entry else ""

    def named_by(self) -> list[str]:
        return [e.doctor for e in self.entries]

    def question(self, row: str) -> str:
        # Mid-sentence: "the risks of wait and see".
        label = mid_sentence(self.label.strip()) or _("this option")
        return fill(_(ROW_QUESTIONS[row]), treatment=label)


def cell_text(rec: Recommendation, row: str) -> str:
    if row == "risks":
        parts = [rec.risks.strip(), rec.side_effects.strip()]
        return "\n".join(p for p in parts if p)
    if row == "timing":
        return rec.timing.strip() or word(URGENCY_WORDS, rec.urgency or "")
    return str(getattr(rec, row, "") or "").strip()


def own_key(label: str) -> str:
    return "own:" + " ".join(label.split()).casefold()


def treatment_words(text: str) -> frozenset[str]:
    """The words that name a treatment, with everyday names brought to one form; its dose,
    rhythm and route left out, as the engine reads them in English and Spanish ("cada 12
    horas", "en ayunas")."""
    # (so long before a thing is when, as "in 3 months" is: "Stop aspirin 7 days before
    # surgery" is the option "Stop aspirin", not an operation; "RT 60 Gy in 30 fractions" is
    # radiotherapy, as the comparison reads it)
    text = radiotherapy_doses.as_total_in_fractions(text)
    bare = units.without_when(text) if "before" in text or "antes" in text else text
    plain = f" {normal_text(terms.canonical(units.without_facts(bare) or bare))} "
    for said, meant in _SAME_TREATMENT:
        plain = re.sub(rf"(?<= ){re.escape(said)}(?= )", meant, plain)
    return frozenset(w for w in words(plain) if w not in _NOT_THE_TREATMENT)


def spelled_alike(a: Recommendation, b: Recommendation) -> list[tuple[str, str]]:
    """The words (as ``a`` and ``b`` type them) that make two recommendations one treatment
    when read as one word typed two ways ("Amoxicilin" and "Amoxicillin"); [] when there are
    none, or when the two are one treatment as typed (``domain.spelling``)."""
    if same_treatment(a, b):
        return []
    slips = spelling.slips([a.treatment], [b.treatment])
    if not slips:
        return []
    respelled = replace(a, treatment=spelling.as_the_other_side(a.treatment, slips))
    return slips if same_treatment(respelled, b) else []


def same_treatment(a: Recommendation, b: Recommendation) -> bool:
    """Whether two doctors' recommendations name one treatment (one option)."""
    if normal_text(a.treatment) == normal_text(b.treatment) and a.treatment.strip():
        return True
    if category_fit(a.category, b.category) < 0.6:
        return False
    wa, wb = treatment_words(a.treatment), treatment_words(b.treatment)
    if not wa or not wb:
        return False
    if len(wa & wb) / min(len(wa), len(wb)) >= MATCH_THRESHOLD:
        return True
    if a.category == b.category == "medication":
        return _kind_and_one_of_it(a.treatment, b.treatment)
    return _scan_and_one_of_it(a.treatment, b.treatment, wa, wb)


def _scan_and_one_of_it(a: str, b: str, wa: frozenset[str] | None = None,
                        wb: frozenset[str] | None = None) -> bool:
    """Whether one names a scan of a part of the body and the other one kind of scan of the
    same part ("Brain scan" and "MRI brain", "Scan of head" and "CT head"): the comparison
    reads one as the other said more exactly (an MRI, a CT, an ultrasound and a PET are kinds
    of scan), and the options page had them as two options. ``wa``/``wb``: their
    ``treatment_words`` where already read."""
    wa, wb = wa or treatment_words(a), wb or treatment_words(b)
    for scan, kind in ((wa, wb), (wb, wa)):
        if "scan" not in scan:
            continue
        part = scan - {"scan"}
        for words_of_kind in _SCAN_KINDS_WORDS:
            if part and words_of_kind <= kind and kind - words_of_kind - {"scan"} == part:
                return True
    return False


_SCAN_KINDS_WORDS = tuple(frozenset(words(kind)) for kind, broader in terms.KINDS.items()
                          if broader == "scan")


def _kind_and_one_of_it(a: str, b: str) -> bool:
    """Whether one treatment names a kind of medicine and the other one medicine of that kind
    ("nerve pain tablets" and "pregabalin 75 mg twice a day", "iron tablets" and "ferrous
    sulfate"): the comparison reads one as the other said more exactly, and the options page
    had them as two options sharing no word. Two of one kind stay two."""
    named_a, named_b = _medicines_named(a), _medicines_named(b)
    for one, other in ((named_a, named_b), (named_b, named_a)):
        # a form ("eye drops") and one medicine named in that form ("chloramphenicol eye drops")
        if len(one) == 1 and one <= terms.FORM_KINDS and one < other and len(other - one) == 1:
            return True
    if len(named_a) != 1 or len(named_b) != 1:
        return False
    (one,), (other,) = named_a, named_b
    return other in terms.broader_names(one) or one in terms.broader_names(other)


def _kind_or_medicine_named(treatment: str) -> str:
    """The treatment's name without its dose and rhythm, where that still names its medicine
    ("Pregabalin"), else as written ("Nerve pain tablets")."""
    bare = bare_name(treatment)
    if bare and _medicines_named(bare):
        return bare
    # a medicine by its form keeps the form's words ("Inhaler two puffs when needed": "Inhaler")
    form = _in_own_letters(treatment, units.without_facts(treatment, routes=False))
    return form if form and _medicines_named(form) else treatment.strip()


def _medicines_named(treatment: str) -> frozenset[str]:
    """The medicines and kinds of medicine a treatment names, without its dose and rhythm (the
    words of its form kept: "nerve pain tablets" is a kind)."""
    kept = units.without_facts(treatment, routes=False)
    bare = terms.canonical(units.iron_by_mouth(kept, treatment))
    return terms.names_in(bare) & terms.MEDICINES


def starter_own_options() -> list[str]:
    """The starters in the language in force."""
    return [_(label) for label in STARTER_OWN_OPTIONS]


def _starter_keys(label: str) -> frozenset[str]:
    """Every language's key of the starter ``label`` is, or nothing when it is none."""
    key = own_key(label)
    for starter in STARTER_OWN_OPTIONS:
        keys = frozenset(own_key(said) for said in in_every_language(starter))
        if key in keys:
            return keys
    return frozenset()


def own_options(case: Case) -> list[str]:
    """The patient's own options: what they kept or added, else the starters."""
    decision = case.decision
    if decision is None or decision.own_options is None:
        return starter_own_options()
    return [label for label in decision.own_options if label.strip()]


def gather_options(case: Case, include_own: bool = True) -> list[Option]:
    """The doctors' options in the order they were first named, then the patient's own."""
    options: list[Option] = []
    for opinion in case.opinions:
        for rec in _named(opinion):
            free = [o for o in options if o.entry_for(opinion.id) is None]
            home = next((o for o in free
                         if any(same_treatment(e.recommendation, rec) for e in o.entries)), None)
            if home is None:  # a name typed two ways: one option, its gap says to check
                home = next((o for o in free
                             if any(spelled_alike(e.recommendation, rec) for e in o.entries)),
                            None)
            if home is None:
                home = Option(key=f"rec:{rec.id}", label=rec.treatment.strip(),
                              category=rec.category)
                options.append(home)
            home.entries.append(OptionEntry(opinion.id, opinion.doctor, rec))
    _find_gaps(case, options)
    if include_own:
        seen = {normal_text(o.label) for o in options}
        for label in own_options(case):
            if normal_text(label) not in seen:
                seen.add(normal_text(label))
                options.append(Option(key=own_key(label), label=label.strip(), own=True,
                                      aliases=_starter_keys(label)))
    return options


def _find_gaps(case: Case, options: list[Option]) -> None:
    """Each option's ``gaps``, between every two of its doctors, read as the comparison engine
    reads them: each doctor's amounts with their own way of grouping thousands."""
    marks: dict[str, frozenset[str]] = {}

    def grouping(opinion_id: str) -> frozenset[str]:
        if opinion_id not in marks:
            opinion = case.opinion(opinion_id)
            marks[opinion_id] = number_habits.grouping(case, opinion) if opinion else frozenset()
        return marks[opinion_id]

    for option in options:
        found: list[Gap] = []
        plain = False  # one doctor says how often or how it is given, another does not
        for i, a in enumerate(option.entries):
            for b in option.entries[i + 1:]:
                ta, tb = a.recommendation.treatment, b.recommendation.treatment
                ga, gb = grouping(a.opinion_id), grouping(b.opinion_id)
                when = units.when_difference(ta, tb) or units.before_difference(ta, tb)
                # one stops or avoids what the other recommends, or changes it the other way
                opposite = ("stopped" if turns_down(ta, tb) else "direction" if markers_conflict(
                    ta, tb, DIRECTION_MARKERS) else "")
                # the one both name, where one names another medicine besides (its doses are
                # no dose of this option: "aspirin 300 mg and clopidogrel 75 mg")
                split = part_both_name(ta, tb)
                sa, sb = (split[0], split[1]) if split else (ta, tb)
                # (their facts read as the comparison reads them: "26 weeks" as the other's
                # "6 months", a radiotherapy course as its total and fractions)
                sa, sb = facts_read_alike(sa, sb)
                # (several treatments each with its own facts: each read on its own)
                by_part = None if split else facts_part_by_part(sa, sb, ga, gb)
                facts, unclear = by_part if by_part is not None else (
                    units.differences(sa, sb, ga, gb), units.unclear_doses(sa, sb, ga, gb))
                pair = [Gap(a, b, difference) for difference in (
                    units.product_differences(ta, tb) + facts + unclear
                    + ([when] if when else [])
                    + ([units.FactDifference(opposite, ta, tb)] if opposite else []))]
                fa, fb = units.read(ta, ga), units.read(tb, gb)
                # (a stop has no dose: "wrote no dose" says nothing there)
                unstated = [] if opposite == "stopped" else _unstated(a, b, fa, fb)
                found += pair + unstated + [
                    Gap(a, b, units.FactDifference("spelling", x, y))
                    for x, y in spelled_alike(a.recommendation, b.recommendation)]
                plain = plain or _one_sided(fa, fb)
        option.gaps = sorted(found, key=gap_rank)
        if option.gaps or plain:
            # Named without one doctor's dose or rhythm: the name alone is what they share.
            option.label = bare_name(option.label) or option.label
        if any(gap.kind == "product" for gap in option.gaps):
            # two products of one medicine: each named ("NovoRapid / NovoMix 30"), not the
            # first doctor's alone under both doctors' names
            option.label = " / ".join(dict.fromkeys(
                bare_name(e.recommendation.treatment) or e.recommendation.treatment.strip()
                for e in option.entries))
        elif any(_kind_and_one_of_it(a.recommendation.treatment, b.recommendation.treatment)
                 or _scan_and_one_of_it(a.recommendation.treatment, b.recommendation.treatment)
                 for i, a in enumerate(option.entries) for b in option.entries[i + 1:]):
            # a kind and one medicine of it: each named ("Nerve pain tablets / Pregabalin"),
            # the kind with the words that make it one ("nerve pain" alone names no medicine)
            option.kind_and_one = True
            option.label = " / ".join(dict.fromkeys(
                _kind_or_medicine_named(e.recommendation.treatment) for e in option.entries))


def _unstated(a: OptionEntry, b: OptionEntry, fa: units.Facts, fb: units.Facts) -> list[Gap]:
    """A dose one doctor wrote and the other did not (the one who wrote it first in the gap):
    nothing says the other meant the same amount."""
    wa, wb = units.doses_said(fa), units.doses_said(fb)
    if bool(wa) == bool(wb):
        return []
    if wa:
        return [Gap(a, b, units.FactDifference("dose", wa, ""), unstated=True)]
    return [Gap(b, a, units.FactDifference("dose", wb, ""), unstated=True)]


def _one_sided(fa: units.Facts, fb: units.Facts) -> bool:
    """Whether one text says how often or how the treatment is given and the other does not."""
    said_a = (units.has_rhythm(fa) or fa.as_needed, bool(fa.route))
    said_b = (units.has_rhythm(fb) or fb.as_needed, bool(fb.route))
    return said_a != said_b


def bare_name(treatment: str) -> str:
    """The treatment's name without its dose, rhythm, route or length, in the doctor's own
    letters ("Ácido fólico 5 mg al día" -> "Ácido fólico"); "" when nothing is left."""
    return _in_own_letters(treatment, units.without_course(treatment))


def _in_own_letters(treatment: str, kept_text: str) -> str:
    """The words of ``treatment`` that ``kept_text`` (its folded words with some taken out)
    keeps, in the doctor's own letters."""
    kept = kept_text.split()
    out: list[str] = []
    for token in treatment.split():
        # (a hyphened name is two words once folded: "Co-codamol" is "co codamol")
        plain = re.findall(r"[^\W_]+", terms.fold(token))
        if plain and kept[:len(plain)] == plain:
            out.append(token.strip(",;:"))
            del kept[:len(plain)]
    # a joining word its facts leave behind: "Sertraline 50 mg then 100 mg" is "Sertraline"
    # (not the "Plus" of a product's name: "Calpol Six Plus")
    while out and terms.fold(out[-1]) in _JOINING_WORDS and units.product_variant(
            " ".join(out[:-1])) == units.product_variant(" ".join(out)):
        out.pop()
    return " ".join(out)


# (and "to" of a most taken out: "Limit sodium to 2 g a day" is "Limit sodium")
_JOINING_WORDS = frozenset({"then", "and", "plus", "followed", "by", "after", "y", "luego",
                            "despues", "mas", "e", "to"})


def _named(opinion: Opinion) -> list[Recommendation]:
    # The main recommendations first: when one doctor's two items fit one option, the main wins.
    recs = [r for r in opinion.recommendations if r.treatment.strip()]
    return sorted(recs, key=lambda r: not r.preferred)


def find_option(options: list[Option], key: str) -> Option | None:
    return next((o for o in options if key == o.key or key in o.keys), None)


@dataclass(eq=False, repr=False)
class FactorWeight(FieldMethods):
    factor: str
    importance: int


def favouring(case: Case, options: list[Option]) -> dict[str, list[FactorWeight]]:
    """For each option's key, the factors that favour it with how much each matters (0–5).

    It is a picture of what the patient said, not a verdict: nothing here adds the weights up
    into a winner.
    """
    out: dict[str, list[FactorWeight]] = {o.key: [] for o in options}
    values = case.decision.values if case.decision else []
    for value in values:
        if not value.factor.strip():
            continue
        for option in options:
            if option.keys & set(value.favours):
                out[option.key].append(FactorWeight(value.factor.strip(), value.importance))
    return out
