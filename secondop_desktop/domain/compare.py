# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison engine: where two (or three) doctors' opinions agree and where they differ.

Used by the compare view, the PDF and ``secondop compare``; nothing else decides whether two
opinions differ. Pure domain code: no Qt, no storage. The ICD-10-CM code set is never imported
here; ``diagnosis_match`` opens it only for two sibling codes it must tell apart.

Points come in this order, each only when at least one doctor said something about it:
diagnosis, certainty, stage, rationale, recommendations (pairs that involve a main
recommendation first, then the others in doctor A's order, then doctor B's remaining ones),
urgency of each paired recommendation, evidence (A's order, then B's remaining), answers (in the
case's question order), follow-up.

Severity (major / minor / none) and ``rank`` (for ordering differences, higher first):

====================================================  ========  ====
point                                                 severity  rank
====================================================  ========  ====
diagnosis different / refined / one side only         maj/min   100
stage different / refined / one side only             maj/min    95
main plan differs (main vs main, main vs alternative,
one doctor's main treatment missing from the other)   major      90
urgency differs (major on the main plan or when one
says "emergency")                                     maj/min    80
the same test, scan, slide or study read differently  maj/min    70
  (major when the readings conflict: other numbers,
  grades, sides, a negation; minor when only worded
  differently — still ranked just below urgency)
certainty                                             minor      60
other recommendation differs or one side only         minor      50
answers differ / one doctor only                      minor      45
evidence cited by one doctor only                     minor      40
rationale, follow-up worded differently               minor      30
====================================================  ========  ====

A point that agrees has severity "none". Long texts (rationale, follow-up, readings, answers,
differing recommendations) carry word-level Segments. When the case's records show the doctors
did not see the same records (``shared_with``), the diagnosis, stage, certainty, main-plan and
test/scan differences carry that as their ``reason``. The case's Reviews of this ordered pair set
each point's verdict, state and note; ``status`` keeps the engine's finding, ``summary`` follows the
user's verdicts and ``engine_summary`` keeps the engine's own.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from secondop_desktop.domain import (
    answer_match,
    chances,
    code_families,
    diagnosis_match,
    figures,
    how_soon,
    icd10,
    lab_units,
    language_guess,
    named_items,
    number_habits,
    number_words,
    plan_match,
    radiotherapy_doses,
    review_ways,
    spelling,
    switches,
    terms,
    textdiff,
    units,
    waits,
)
from secondop_desktop.domain import compare_questions as ask
from secondop_desktop.domain.comparison import (
    Comparison,
    Point,
    Segment,
    Summary,
    ThreeWay,
)
from secondop_desktop.domain.dataclass_methods import FieldMethods
from secondop_desktop.domain.diagnosis_match import (
    DIRECTION_MARKERS,
    a_kind_of,
    at_once_against_in_turn,
    diagnosis_relation,
    has_diagnosis,
    in_another_order,
    markers_conflict,
    named_by_one,
    part_both_name,
    readings_alike,
    readings_contradict,
    text_relation,
    turns_down,
    undone_or_redone,
    values_swapped,
)
from secondop_desktop.domain.model import (
    REVIEW_STATES,
    VERDICTS,
    Case,
    Evidence,
    Opinion,
    Recommendation,
)
from secondop_desktop.domain.plan_match import (
    facts_read_alike,
    names_two_treatments,
    normal_text,
    pair_evidence,
    pair_recommendations,
    plan_cores,
    sample_timing,
    shares_treatment,
)
from secondop_desktop.domain.terms import ambiguous_in, fold
from secondop_desktop.domain.textdiff import word_diff
from secondop_desktop.domain.words import (
    ASPECT_WORDS,
    CATEGORY_WORDS,
    CERTAINTY_WORDS,
    DIAGNOSIS_WORDS,
    EVIDENCE_WORDS,
    FINDING_WORDS,
    PLAN_WORDS,
    REVIEW_STATE_WORDS,
    SEVERITY_WORDS,
    URGENCY_WORDS,
    agreement_words,
    differ_words,
    mid_sentence,
    word,
)
from secondop_desktop.i18n import N_, _, fill, inside_sentence, ngettext, number, using

MAJOR, MINOR, NONE = "major", "minor", "none"

class CompareError(ValueError):
    """The opinions asked for are not in the case."""


@dataclass(eq=False, repr=False)
class _Pair(FieldMethods):
    case: Case
    a: Opinion
    b: Opinion
    name_a: str
    name_b: str
    records_reason: str
    shared: set[str] = field(default_factory=set)
    """Keys of recommendation points whose two treatments share what the treatment is."""
    grouping_a: frozenset[str] = frozenset()
    grouping_b: frozenset[str] = frozenset()
    """The marks each doctor groups thousands with ("1.000 mg"): number_habits.grouping."""


# --- small helpers --------------------------------------------------------------------------


def _clean(text: str | None) -> str:
    return (text or "").strip()


def _one_side(has_a: bool, has_b: bool) -> str | None:
    if has_a and not has_b:
        return "only_a"
    if has_b and not has_a:
        return "only_b"
    return None


def _long_text_status(a: str, b: str) -> tuple[str, list[Segment], list[Segment]]:
    """For rationale, follow-up and answers, from the word diff: same (only spacing, case or
    punctuation differ), refined (every word of one is in the other, in order, and the other
    says more), else different; with the segments when they differ."""
    seg_a, seg_b = word_diff(a, b)
    changed_a = any(s.changed for s in seg_a)
    changed_b = any(s.changed for s in seg_b)
    if not changed_a and not changed_b:
        return "same", [], []
    if not changed_a or not changed_b:
        added = {fold(s.text).strip(" .,;:") for s in seg_a + seg_b if s.changed}
        if any(set(word.split()) & chances.DENIALS for word in added):
            # "la mayoría no tiene complicaciones" against "la mayoría tiene complicaciones":
            # one word more, and it denies what the other says
            return "different", seg_a, seg_b
        return "refined", seg_a, seg_b
    return "different", seg_a, seg_b


def _reworded(a: str, b: str) -> bool:
    """Whether two texts found "same" are written differently (other words, order, accents)."""
    return " ".join(fold(a).split()) != " ".join(fold(b).split())


def _wordless(a: str, b: str) -> str:
    """Texts with no words to compare ("?", "!!!"): the same only when written the same."""
    return "same" if " ".join(a.casefold().split()) == " ".join(b.casefold().split()) else (
        "different")


def _segments(a: str, b: str) -> tuple[list[Segment], list[Segment]]:
    return word_diff(a, b)


def _records_reason(case: Case, a: Opinion, b: Opinion, name_a: str, name_b: str) -> str:
    """"Dr Tanaka saw the MRI report; Dr Hale did not." from the records' ``shared_with``."""
    only_a = [r.title.strip() or _("a record") for r in case.records
              if a.id in r.shared_with and b.id not in r.shared_with]
    only_b = [r.title.strip() or _("a record") for r in case.records
              if b.id in r.shared_with and a.id not in r.shared_with]
    parts = []
    for who, other, titles in ((name_a, name_b, only_a), (name_b, name_a, only_b)):
        if titles:
            listed = titles[-1] if len(titles) == 1 else (
                ", ".join(titles[:-1]) + _(" and ") + titles[-1])
            parts.append(fill(_("{doctor} saw the {records}; {other} did not."),
                              doctor=who, records=listed, other=other))
    return " ".join(parts)


def _diagnosis_text(o: Opinion) -> str:
    text = _clean(o.diagnosis.text)
    code = icd10.normalize(o.diagnosis.icd10) if _clean(o.diagnosis.icd10) else ""
    if text and code:
        return f"{text} ({code})"
    return text or code


def _rec_text(r: Recommendation) -> str:
    parts = [_clean(r.treatment) or _("(no treatment named)"),
             word(CATEGORY_WORDS, r.category).lower()]
    if r.urgency:
        parts.append(mid_sentence(word(URGENCY_WORDS, r.urgency)))
    if r.preferred:
        parts.append(_("main recommendation"))
    return " · ".join(parts)


def _evidence_text(e: Evidence) -> str:
    title = _clean(e.title) or _("(untitled)")
    source = f" ({_clean(e.source)})" if _clean(e.source) else ""
    reading = _clean(e.interpretation)
    return f"{title}{source} — {reading}" if reading else f"{title}{source}"


EVIDENCE_LABEL_LIMIT = 40


def _evidence_label(a: Evidence | None, b: Evidence | None, cut: bool = True) -> str:
    """The row's heading: the cited item by its title ("Evidence: MRI left knee", the shorter
    of the two doctors' titles, whichever doctor is A), so that two cited items are two
    headings in the view, the PDF and what a screen reader says; by its kind without one.
    ``cut=False``: the title's head however long (``Point.label_in_full``)."""
    titles = sorted({_title_head(t, cut) for t in (a.title if a else "", b.title if b else "")
                     if _clean(t)}, key=lambda t: (len(t), t))
    if titles:
        return fill(_("Evidence: {title}"), title=titles[0])
    kind = (a or b).kind if (a or b) else "other"  # type: ignore[union-attr]
    if kind == "other" or kind not in EVIDENCE_WORDS:
        return _("Evidence")
    return fill(_("Evidence: {kind}"), kind=mid_sentence(word(EVIDENCE_WORDS, kind)))


def _title_head(title: str, cut: bool = True) -> str:
    """A cited item's title up to its first comma or bracket (the date, the source, the
    edition follow; not a bracket saying when the sample was taken), cut at a word within
    ``EVIDENCE_LABEL_LIMIT`` letters."""
    title = re.sub(r"\s+", " ", _clean(title))
    head = re.split(r",\s|\s\(", title, maxsplit=1)[0].strip() or title
    rest = title[len(head):]
    if rest.startswith(" (") and (close := rest.find(")")) > 0 and sample_timing(rest[2:close]):
        head += rest[:close + 1]  # "Glucose (fasting)": which glucose, not a date or source
    if len(head) <= EVIDENCE_LABEL_LIMIT or not cut:
        return head
    cut = head[:EVIDENCE_LABEL_LIMIT].rsplit(" ", 1)[0] if " " in head[:EVIDENCE_LABEL_LIMIT] \
        else head[:EVIDENCE_LABEL_LIMIT - 1]
    return cut.rstrip(" ,;:-–") + "…"


def _evidence_headings(a: Evidence | None, b: Evidence | None) -> tuple[str, str]:
    """``label`` and ``label_in_full`` of a cited item's point (the second empty when the
    first is whole)."""
    label, in_full = _evidence_label(a, b), _evidence_label(a, b, cut=False)
    return label, in_full if in_full != label else ""


def _shorten(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- the points -----------------------------------------------------------------------------


def _ambiguous_words(*texts: str | None) -> str:
    """The two-meaning abbreviations in the texts, as written, for the question."""
    found: list[str] = []
    for text in texts:
        for token in re.findall(r"[^\W_]+", text or ""):
            if token.casefold() in ambiguous_in(token) and token not in found:
                found.append(token)
    return ", ".join(ask.quoted(w) for w in found)


def _diagnosis_points(p: _Pair) -> list[Point]:
    out: list[Point] = []
    da, db = p.a.diagnosis, p.b.diagnosis
    has_a, has_b = has_diagnosis(da), has_diagnosis(db)
    if has_a or has_b:
        status = _one_side(has_a, has_b)
        if status is None:
            rel = diagnosis_relation(da, db)
            status = rel if rel != "unknown" else _wordless(_diagnosis_text(p.a),
                                                           _diagnosis_text(p.b))
        severity = {"same": NONE, "different": MAJOR}.get(status, MINOR)
        question = ask.diagnosis(status, p.name_a, p.name_b, _ambiguous_words(da.text, db.text))
        only_a, only_b = named_by_one(da.text, db.text) if status == "different" else ((), ())
        detail = ""
        hedged = diagnosis_match.hedged_apart(da.text, db.text) if status == "different" else None
        if only_a or only_b:  # "Pneumonia" against "Pneumonia and bronchitis"
            question = ask.named_by_one(p.name_a, p.name_b, only_a, only_b, plan=False)
        elif hedged:  # "Possible heart failure" against "Heart failure": how sure, not what
            detail = _how_sure(p.name_a, p.name_b, *hedged)
            question = ask.certainty(status, p.name_a, p.name_b)
        elif status == "different" and diagnosis_match.another_first(da.text, db.text):
            question = ask.another_first(p.name_a, p.name_b, _clean(da.text), _clean(db.text))
        elif status == "different":  # "Stage 2 CKD" against "Stage 3 CKD"
            detail = _figures_apart(p, da.text, db.text)
            if diagnosis_match.only_the_stage_apart(da.text, db.text):
                # one illness at two stages: how each decided the stage, not what it is
                question = ask.stage(status, p.name_a, p.name_b)
        out.append(Point(
            key="diagnosis", topic="diagnosis", status=status, severity=severity,
            a=_diagnosis_text(p.a), b=_diagnosis_text(p.b), label=_("Diagnosis"),
            question=question, rank=100, detail=detail,
            wording_only=status == "same" and _reworded(_clean(da.text), _clean(db.text)),
        ))
    ca, cb = _clean(da.certainty), _clean(db.certainty)
    if ca or cb:
        status = _one_side(bool(ca), bool(cb)) or ("same" if ca == cb else "different")
        out.append(Point(
            key="certainty", topic="certainty", status=status,
            severity=NONE if status == "same" else MINOR,
            a=mid_sentence(word(CERTAINTY_WORDS, ca)), b=mid_sentence(word(CERTAINTY_WORDS, cb)),
            label=_("How sure"),
            question=ask.certainty(status, p.name_a, p.name_b), rank=60,
        ))
    sa, sb = _clean(da.stage), _clean(db.stage)
    if sa or sb:
        status = _one_side(bool(sa), bool(sb))
        if status is None:
            rel = diagnosis_match.stage_relation(sa, sb)
            status = rel if rel != "unknown" else _wordless(sa, sb)
        severity = {"same": NONE, "different": MAJOR}.get(status, MINOR)
        out.append(Point(
            key="stage", topic="stage", status=status, severity=severity, a=sa, b=sb,
            label=_("Stage"), question=ask.stage(status, p.name_a, p.name_b), rank=95,
            wording_only=status == "same" and _reworded(sa, sb),
        ))
    return out


_HEDGE_WORDS = {"suspected": N_("possible"), "probable": N_("probable")}


def _how_sure(name_a: str, name_b: str, hedge_a: str, hedge_b: str) -> str:
    """"how sure: Dr Lee wrote it as possible, Dr Kim wrote no word of doubt"."""
    if hedge_a and hedge_b:
        return fill(_("how sure: {a} wrote it as {hedge_a}, {b} as {hedge_b}"), a=name_a, b=name_b,
                    hedge_a=_(_HEDGE_WORDS[hedge_a]), hedge_b=_(_HEDGE_WORDS[hedge_b]))
    if hedge_a:
        return fill(_("how sure: {a} wrote it as {hedge}, {b} wrote no word of doubt"),
                    a=name_a, b=name_b, hedge=_(_HEDGE_WORDS[hedge_a]))
    return fill(_("how sure: {a} wrote no word of doubt, {b} wrote it as {hedge}"),
                a=name_a, b=name_b, hedge=_(_HEDGE_WORDS[hedge_b]))


def _text_point(p: _Pair, key: str, topic: str, label: str, a: str, b: str, rank: int,
                question) -> Point | None:  # noqa: ANN001 - a question builder
    a, b = _clean(a), _clean(b)
    if not a and not b:
        return None
    status = _one_side(bool(a), bool(b))
    seg_a: list[Segment] = []
    seg_b: list[Segment] = []
    if status is None:
        status, seg_a, seg_b = _long_text_status(a, b)
    return Point(
        key=key, topic=topic, status=status, severity=NONE if status == "same" else MINOR,
        a=a, b=b, label=label, question=question(status, p.name_a, p.name_b), rank=rank,
        a_segments=seg_a, b_segments=seg_b, wording_only=status == "same" and a != b,
    )


# main plans going opposite ways, or one treatment before the main one and the other after it
_DEVICE = frozenset({"device"})
_PORTIONS = frozenset({"portions"})
_STEP = frozenset({"step"})


@lru_cache(maxsize=4096)
def _names_medicine(text: str) -> bool:
    return bool(terms.names_in(text) & terms.MEDICINES)


def _counted_against_amount(a: str, b: str) -> bool:
    """Whether one side counts tablets or capsules where the other gives an amount."""
    return units.counts_a_form(a) != units.counts_a_form(b)


def _unclear_kind(unclear: list[units.FactDifference]) -> str:
    """What may be the same: "frequency" or "limit" where every unclear fact is of that kind,
    else "dose" (Point.read_two_ways)."""
    kinds = {f.kind for f in unclear}
    return kinds.pop() if kinds in ({"frequency"}, {"limit"}) else "dose"


def _with_its_form(kept: str, text: str) -> str:
    """A kind's name whose form word went with its count ("iron one tablet daily" keeps
    "iron", no medicine by itself): with its tablets again, where that names a medicine; and
    iron alone with a dose (``units.iron_by_mouth``)."""
    kept = units.iron_by_mouth(kept, text)
    if _names_medicine(kept) or not units.counts_a_form(text):
        return kept
    return f"{kept} tablets" if _names_medicine(f"{kept} tablets") else kept


def _kin(a: str, b: str) -> str:
    """"same" or "refined" when two treatments are one medicine, or a kind of medicine and one
    of its kind, once their dose and rhythm are set aside; else "" (and at once where the two
    do not both name a medicine once their facts are set aside). A kind's name keeps its route
    words ("diabetes tablets" is not "diabetes"); they are set aside too where both still name
    medicines without them ("antihistamine tablets" and "cetirizine")."""
    kin = _kin_without(a, b, units.without_facts)
    if kin or not (units.course_days(a) or units.course_days(b)):
        return kin
    # where a course is given, each without it too: a kind given for a week against one of
    # its kind for five days is one medicine whose courses differ (units.differences says so)
    return _kin_without(a, b, units.without_course)


def _kin_without(a: str, b: str, without: Callable[..., str]) -> str:
    """``_kin`` on the two treatments read by ``without`` (their facts set aside)."""
    keep_a = _with_its_form(without(a, routes=False), a)
    keep_b = _with_its_form(without(b, routes=False), b)
    if _names_medicine(keep_a) and _names_medicine(keep_b):
        kept = text_relation(keep_a, keep_b)
        if kept in ("same", "refined"):
            return kept
    bare_a, bare_b = without(a), without(b)
    if not (_names_medicine(bare_a) and _names_medicine(bare_b)) and (
            plan_match.kin_overlap(bare_a, bare_b) < 0.75):
        # not two medicines, nor a kind of treatment or test and one of its kind ("dialysis
        # three times a week", "haemodialysis three times weekly"): each plan as it is written
        return ""
    bare = text_relation(bare_a, bare_b)
    return bare if bare in ("same", "refined") else ""


def _rest_relation(a: str, b: str) -> str:
    """How two treatments compare once their facts are set aside: "same" where nothing is
    left of either ("2 drinks a week" and "2 drinks weekly" say only facts)."""
    rest_a, rest_b = units.without_facts(a), units.without_facts(b)
    if not rest_a and not rest_b:
        return "same"
    return text_relation(_as_written(rest_a, a), _as_written(rest_b, b))


def _as_written(rest: str, text: str) -> str:
    """``text`` itself where setting its facts aside took nothing but capitals, accents and
    hyphens (which the reading folds anyway): a text already read is not read again."""
    return text if rest == " ".join(fold(text).replace("-", " ").split()) else rest


def _rec_pair_point(p: _Pair, ra: Recommendation, rb: Recommendation, forced: bool) -> Point:
    a_has_main = any(r.preferred for r in p.a.recommendations)
    b_has_main = any(r.preferred for r in p.b.recommendations)
    main = ra.preferred or rb.preferred
    # "Main vs alternative" only counts when both doctors said which is their main one.
    role_differs = ra.preferred != rb.preferred and a_has_main and b_has_main
    # one medicine for another however said, "stop X, start Y" (the questions quote the notes)
    ta, tb = switches.written_out(ra.treatment), switches.written_out(rb.treatment)
    # each saying when it may be done again ("avoid sex for a week", "resume sex after 1 week")
    ta, tb = waits.both_as_after(ta, tb)
    ta, tb = facts_read_alike(ta, tb)  # weeks as the other's months, radiotherapy's courses
    shared = not forced and shares_treatment(ta, tb)
    core_a, core_b = plan_cores(ta, tb)
    # A kind of medicine and one of its kind ("Thyroid tablets every morning" and
    # "Levothyroxine 50 micrograms daily"): their dose, rhythm, route and side are set side by
    # side as for one medicine named twice
    kin_rel = "" if forced or shared else _kin(core_a, core_b)
    kin = bool(kin_rel)
    compared = shared or kin
    marks = (p.grouping_a, p.grouping_b)
    # one medicine on one side, it and another on the other: the facts of the one both name
    split = part_both_name(ta, tb) if compared else None
    said_a, said_b = (split[0], split[1]) if split else (ta, tb)
    # each of several treatments with its own facts on both sides: read part by part, each
    # difference named ("ibuprofen: how often ..."); facts given each to the other treatment
    # are asked as such (below)
    paired = plan_match.parts_paired(said_a, said_b) if compared and not split else []
    by_part = plan_match.facts_part_by_part(said_a, said_b, *marks, paired=paired) if (
        paired) else None
    if by_part is not None:
        facts, unclear = by_part
    else:
        paired = []  # (or facts given each to the other medicine: the lines read whole)
        facts = units.differences(said_a, said_b, *marks) if compared else []
        # A dose that can be read two ways, one the other doctor's: neither the same nor
        # different.
        unclear = units.unclear_doses(said_a, said_b, *marks) if compared else []
    detail = "; ".join(f.words(p.name_a, p.name_b) for f in facts + unclear)
    # ... and what the other names besides, said and asked: "Dr Kim also names clopidogrel"
    also = fill(_("{doctor} also names {extra}"), doctor=p.name_a if split[2] else p.name_b,
                extra="; ".join(split[2] or split[3])) if split else ""
    besides = [also] if split and facts + unclear else []
    if besides:
        detail = "; ".join([detail, *besides])
    turned_down = reordered = at_once = swapped = timing = False
    held: tuple[str, str] | None = None
    only_a: tuple[str, ...] = ()
    only_b: tuple[str, ...] = ()
    products: list[units.FactDifference] = []
    if forced:
        status, severity = "different", MAJOR
    else:
        # "Start metformin" names the plan "Metformin": compared without words for starting
        rel = text_relation(core_a, core_b)
        # two inhaler devices ("Fostair NEXThaler" against "Fostair MDI"): not to be read
        # again without the device's words, which go with the route
        compared_again = compared and not markers_conflict(core_a, core_b, _DEVICE) and not (
            # words the facts leave out may hold the conflict ("single-dose" is also a rhythm)
            markers_conflict(core_a, core_b, _PORTIONS))
        if rel != "same" and compared_again and (units.same_facts(ta, tb, *marks) or bool(
                paired) and all(units.same_facts(pa, pb, *marks) for pa, pb in paired)):
            # "0.1 mg daily" = "100 mcg once a day": the same facts, the rest compared as words
            bare = kin_rel or _rest_relation(core_a, core_b)
            rel = bare if bare in ("same", "refined", "maybe_same") else rel
        elif (rel not in ("same", "refined") and compared_again and not facts and not unclear
              and (bool(paired) or units.facts_agree(ta, tb, *marks))):
            # Facts one doctor gives and the other leaves out ("SC", "for 7 days"), none in
            # conflict: the rest compared as words, what is the same made more exact
            bare = kin_rel or _rest_relation(core_a, core_b)
            # letters of two meanings stay unsure ("pred": prednisolone or prednisone)
            rel = "refined" if bare in ("same", "refined") else (
                bare if bare == "maybe_same" else rel)
        if (rel not in ("same", "refined") and shared
                and how_soon.same_timing(ta, tb)):
            # One timing in two ways ("ASAP" and "urgently", "programada" and "elective"):
            # the rest compared as words
            bare = text_relation(how_soon.without_timing(core_a),
                                 how_soon.without_timing(core_b))
            rel = bare if bare in ("same", "refined") else rel
        if rel == "unknown" or (rel == "maybe_same" and ra.category != rb.category):
            rel = "same" if normal_text(ta) == normal_text(tb) else "different"
        if ra.category != rb.category:
            rel = "different"
        if (rel in ("same", "refined") and compared and ra.category == "medication"
                and (units.modified_release(ta) != units.modified_release(tb)
                     or units.product_variant(ta) != units.product_variant(tb)
                     or units.strengths_differ(ta, tb))):
            # "quetiapine 50 mg" against "quetiapine XL 50 mg": another release; "Calpol"
            # against "Calpol Six Plus", "Elleste Duet" against "Elleste Solo", insulin at 100
            # against 300 units/mL: another product
            rel, products = "different", units.product_differences(ta, tb)
            detail = detail or "; ".join(f.words(p.name_a, p.name_b) for f in products)
        elif rel == "same" and units.strength_said_by_one(ta, tb):
            rel = "refined"  # one names the insulin's strength ("U-300"), the other not
        elif rel == "same" and compared and units.food_said_by_one(ta, tb):
            # one says to take it with food or on an empty stomach where the other says
            # nothing of food (it had been the same as saying nothing): said more exactly
            rel = "refined"
        # "ICD" against a defibrillator written out: letters of two meanings, nothing decides
        abbreviation = rel == "maybe_same"
        if shared and any(f.kind == "dose" for f in facts + unclear) and any(
                units.without_facts(named) for named in sum(named_by_one(ta, tb), ())):
            # the doses of two medicines are no dose of one ("aspirin 75 mg" against "aspirin
            # 75 mg and clopidogrel 75 mg" had read "75 mg + 75 mg"): the medicine one of them
            # names besides is what differs, and the question names it (below); a dose named
            # besides ("... then 100 mg") is a step, no treatment
            facts = [f for f in facts if f.kind != "dose"]
            unclear = [f for f in unclear if f.kind != "dose"]
            detail = "; ".join(f.words(p.name_a, p.name_b) for f in facts + unclear)
        if facts:
            # The same medicine or operation at another dose, rhythm, route or side.
            status, severity = "different", MAJOR
        elif (rel in ("same", "refined") and compared
              and plan_match.facts_given_to_another(ta, tb)):
            # Each treatment of a line with the other's dose, rhythm or time of day
            # ("ramipril 5 mg, amlodipine 10 mg" against "... 10 mg, ... 5 mg")
            status, severity, swapped = "different", MAJOR, True
        elif unclear and not role_differs and ra.category == rb.category:
            status, severity = "maybe_same", MINOR
        elif role_differs:
            status, severity = "different", MAJOR
        elif shared and how_soon.differ(ta, tb):
            # The same treatment, one doctor now and the other in months ("Emergency surgery"
            # against "Elective surgery"), written in the words rather than the urgency field.
            status, severity, timing = "different", MAJOR if main else MINOR, True
        elif rel != "same" and (held := _held_another_way(ta, tb)):
            # "Telephone review in 2 weeks" against "Clinic review in 2 weeks": the same review,
            # held another way (it had asked why this treatment first)
            status, severity = "different", MINOR
            detail = detail or review_ways.words(held, p.name_a, p.name_b)
        elif rel == "same":
            status, severity = "same", NONE
        elif abbreviation:
            status, severity = "maybe_same", MINOR
        elif rel == "refined":
            status, severity = "refined", MINOR
        else:
            status = "different"
            both_main = ra.preferred and rb.preferred
            # Two main treatments of another kind, or two that share nothing (two medicines);
            # and, main or not, one doctor turning down or putting off what the other
            # recommends ("avoid surgery", "surgery only if physio fails").
            # ("Do not start a statin" against "Start atorvastatin 20 mg" too)
            turned_down = (shared or plan_match.medicine_and_its_class(ta, tb)) and turns_down(
                ta, tb)
            reordered = shared and in_another_order(ta, tb)
            at_once = shared and at_once_against_in_turn(ta, tb)
            swapped = shared and values_swapped(ta, tb)
            # One doctor adds a treatment to what both recommend ("Surgery" against
            # "Surgery, then chemotherapy").
            only_a, only_b = named_by_one(ta, tb) if shared else ((), ())
            # main plans going opposite ways with the same treatment ("increase" against
            # "reduce levothyroxine"; "partial" against "total knee replacement" stays one
            # kind of operation in another type, minor)
            opposite = shared and (markers_conflict(ta, tb, DIRECTION_MARKERS)
                                   or undone_or_redone(ta, tb)
                                   # "to 3 mg" against "by 3 mg": the dose ends elsewhere
                                   or _steps_differ(ta, tb)
                                   # each way given to the other medicine, or side
                                   or swapped)
            # ... or names another medicine ("Seretide", a product of two, against
            # "Flixotide", one of its two)
            # (another product to take, main or not, weighs as another dose does: NovoMix 30
            # against NovoRapid, quetiapine XL against quetiapine)
            severity = MAJOR if turned_down or products or both_main and (
                ra.category != rb.category or not shared or reordered or at_once or only_a
                or only_b
                or opposite or names_two_treatments(ta, tb)
                or diagnosis_match.names_another_medicine(ta, tb)) else MINOR
    # how soon each is to be done, or how long, where nothing else says what differs ("repeat
    # MRI in 3 months" against "in 6 months"; "no driving for 6 weeks" against "for 2 weeks",
    # which the words compared say as a wait): in the doctors' own words
    when = _when_or_how_long(
        ra.treatment, rb.treatment, course=(ta, tb) != (ra.treatment, rb.treatment),
        alike=units.lengths_as_counted(ra.treatment, rb.treatment),
    ) if compared and status == "different" and not detail else None
    figured = False
    if when is not None:
        detail = when.words(p.name_a, p.name_b)
    elif also and status == "different" and not detail:
        # the one both name alike, and another named besides: that is what differs ("aspirin
        # 75 mg daily" against "aspirin 75 mg and clopidogrel 75 mg daily")
        detail = also
    elif status == "different" and not detail:
        # the same words but a figure ("target INR 2-3" against "2.5-3.5")
        detail = _figures_apart(p, ra.treatment, rb.treatment)
        figured = bool(detail)
    key = f"recommendation:{ra.id}:{rb.id}"
    if shared:
        p.shared.add(key)
    if facts:
        question = ask.fact_difference(p.name_a, p.name_b, _clean(ra.treatment), [
            f.words(p.name_a, p.name_b) for f in facts + unclear] + besides)
    elif status == "maybe_same" and not unclear:
        question = ask.abbreviation_in_plan(
            p.name_a, p.name_b, _ambiguous_words(ra.treatment, rb.treatment))
    elif status == "maybe_same":
        # a rhythm of two meanings, a most in sodium and salt, or a dose of two readings
        asked = {"frequency": ask.unclear_rhythm, "limit": ask.unclear_limit}.get(
            _unclear_kind(unclear), ask.unclear_dose)
        if asked is ask.unclear_dose and _counted_against_amount(ta, tb):
            # "iron one tablet daily" against "ferrous sulfate 200 mg": what a tablet holds,
            # not a dose to be said in words ("one thousand milligrams" was no help there)
            asked = ask.unclear_puff if units.counts_puffs(ta) or units.counts_puffs(
                tb) else ask.unclear_count
        elif asked is ask.unclear_dose and units.salt_named_by_one(ta, tb):
            # "calcium 500 mg" against "calcium carbonate 500 mg": of which, the mineral or
            # its salt (the figures themselves are clear)
            asked = ask.unclear_salt
        question = asked(p.name_a, p.name_b, _clean(ra.treatment),
                         [f.words(p.name_a, p.name_b) for f in unclear])
    elif products:  # another release or product: which is meant
        question = ask.fact_difference(p.name_a, p.name_b, _clean(ra.treatment),
                                       [f.words(p.name_a, p.name_b) for f in products])
    elif turned_down:
        question = ask.turned_down(p.name_a, p.name_b, _clean(ra.treatment), _clean(rb.treatment))
    elif reordered:
        question = ask.reordered(p.name_a, p.name_b, _clean(ra.treatment), _clean(rb.treatment))
    elif at_once:
        question = ask.at_once_or_in_turn(p.name_a, p.name_b, _clean(ra.treatment),
                                          _clean(rb.treatment))
    elif swapped:
        question = ask.swapped(p.name_a, p.name_b, _clean(ra.treatment), _clean(rb.treatment))
    elif only_a or only_b:
        question = ask.named_by_one(p.name_a, p.name_b, only_a, only_b, plan=True)
    elif timing:
        question = ask.urgency("different", p.name_a, p.name_b)
    elif when is not None or figured or held:
        question = ask.fact_difference(p.name_a, p.name_b, _clean(ra.treatment), [detail])
    else:
        question = ask.recommendation(status, p.name_a, p.name_b, "", main and severity == MAJOR)
    point = Point(
        key=key, topic="recommendation", status=status,
        severity=severity, a=_rec_text(ra), b=_rec_text(rb),
        label=_("Main recommendation") if main else _("Other recommendation"),
        question=question,
        rank=92 if facts or unclear else (90 if main and severity == MAJOR else 50), main=main,
        detail=detail,
        wording_only=status == "same" and _reworded(_clean(ra.treatment), _clean(rb.treatment)),
        read_two_ways="" if status != "maybe_same" or not unclear else _unclear_kind(unclear),
    )
    if status in ("refined", "different") and not forced:
        point.a_segments, point.b_segments = _segments(point.a, point.b)
    return point


ASPECTS = tuple(ASPECT_WORDS.items())


def _steps_differ(a: str, b: str) -> bool:
    """Whether one changed dose says where it ends and the other by how much it changes."""
    bare_a, bare_b = units.without_facts(a), units.without_facts(b)
    if "dose" not in bare_a or "dose" not in bare_b:  # neither "doseto" nor "doseby" in one
        return False
    return markers_conflict(bare_a, bare_b, _STEP)


_SHORT = 300  # characters: a risk or benefit said in a line or two


def _aspect_points(p: _Pair, parent: Point, ra: Recommendation | None,
                   rb: Recommendation | None) -> list[Point]:
    """Benefits, risks and side effects of one recommendation row, each as a point under it."""
    out: list[Point] = []
    same_treatment = parent.key in p.shared
    for attr, aspect in ASPECTS:
        ta = _clean(getattr(ra, attr)) if ra else ""
        tb = _clean(getattr(rb, attr)) if rb else ""
        if not ta and not tb:
            continue
        status = _one_side(bool(ta), bool(tb))
        seg_a: list[Segment] = []
        seg_b: list[Segment] = []
        detail = ""
        if status is None:
            if same_treatment and max(len(ta), len(tb)) <= _SHORT and (
                    chances.same_chances(ta, tb) or named_items.same_things(ta, tb)):
                # "1 in 100 risk of infection" = "infection risk about 1%", "risk of nerve
                # damage" = "nerve injury" (a few lines each: a longer account is compared word
                # by word)
                status = "same"
            elif same_treatment:
                status, seg_a, seg_b = _long_text_status(ta, tb)
                if status == "refined":
                    # a risk, benefit or side effect one doctor adds is one to ask about
                    status = "different"
                if status == "different" and max(len(ta), len(tb)) <= _SHORT and (
                        chances.within_the_bound(ta, tb)):
                    # "Under 1%" against "1 in 200": the second says it more exactly
                    status = "refined"
                if (status in ("different", "refined") and max(len(ta), len(tb)) <= _SHORT
                        and (apart := chances.per_cents_apart(ta, tb))):
                    # "1% risk of infection" against "1 in 1,000": each as a per cent
                    detail = fill(_("as a per cent: {a_name} {a}, {b_name} {b}"),
                                  a_name=p.name_a, a=_bounded_per_cent(*apart[0]),
                                  b_name=p.name_b, b=_bounded_per_cent(*apart[1]))
                elif status == "different" and max(len(ta), len(tb)) <= _SHORT and (
                        sized := chances.words_against_a_figure(ta, tb)):
                    # "small chance of infection" against "2% risk of infection": one chance
                    # said two ways, perhaps; what "small" is in figures is for the doctor
                    status = "maybe_same"
                    said_a, said_b = (
                        _bounded_per_cent(*x) if isinstance(x, tuple) else f"“{x}”"
                        for x in sized)
                    detail = fill(_("in words and as a figure: {a_name} {a}, {b_name} {b}"),
                                  a_name=p.name_a, a=said_a, b_name=p.name_b, b=said_b)
                elif status == "different" and max(len(ta), len(tb)) <= _SHORT and (
                        extra := named_items.named_by_one(ta, tb)):
                    # "infection, bleeding" against "infection, bleeding, nerve damage"
                    detail = "; ".join(
                        fill(_("{doctor} also names {extra}"), doctor=name,
                             extra=", ".join(things))
                        for name, things in ((p.name_a, extra[0]), (p.name_b, extra[1]))
                        if things)
            else:  # two treatments side by side: no word marks needed, only same or not
                status = "same" if normal_text(ta) == normal_text(tb) else "different"
        treatment = _clean((ra or rb).treatment)  # type: ignore[union-attr]
        if ra and rb and _clean(rb.treatment) and not same_treatment:
            treatment = f"{_clean(ra.treatment)} / {_clean(rb.treatment)}"
        # Only the same treatment described differently is a difference worth a question;
        # for two different treatments the rows set what each doctor said side by side.
        asked = same_treatment and status != "same"
        label = f"{_(aspect)}: {_shorten(treatment, 60)}"
        in_full = f"{_(aspect)}: {' '.join(treatment.split())}"
        out.append(Point(
            key=f"{attr}:{ra.id if ra else '-'}:{rb.id if rb else '-'}", topic=attr,
            status=status, severity=NONE if status == "same" else MINOR, a=ta, b=tb,
            label=label, label_in_full=in_full if in_full != label else "",
            question=ask.aspect(attr, p.name_a, p.name_b, treatment, detail) if asked else "",
            rank=35 if asked else 20, main=parent.main, parent=parent.key,
            a_segments=seg_a if asked else [], b_segments=seg_b if asked else [],
            wording_only=status == "same" and ta != tb, detail=detail,
        ))
    return out


def _bounded_per_cent(bound: str, value: float) -> str:
    """"under 1%", "over 5%", "0.5%": a chance with the bound its doctor gave it."""
    if bound == "<":
        return fill(_("under {amount}"), amount=_per_cent(value))
    if bound == ">":
        return fill(_("over {amount}"), amount=_per_cent(value))
    return _per_cent(value)


def _per_cent(value: float) -> str:
    """12.5 -> "12.5%", 0.1 -> "0.1%", in the language's way with decimals."""
    decimals = 0 if value == int(value) else min(3, len(f"{value:g}".partition(".")[2]))
    return fill(_("{number}%"), number=number(value, decimals))


def _rec_one_point(p: _Pair, r: Recommendation, side: str) -> Point:
    status = "only_a" if side == "a" else "only_b"
    severity = MAJOR if r.preferred else MINOR
    text = _rec_text(r)
    return Point(
        key=f"recommendation:{r.id}:-" if side == "a" else f"recommendation:-:{r.id}",
        topic="recommendation", status=status, severity=severity,
        a=text if side == "a" else "", b=text if side == "b" else "",
        label=_("Main recommendation") if r.preferred else _("Other recommendation"),
        question=ask.recommendation(status, p.name_a, p.name_b, _clean(r.treatment), r.preferred),
        rank=90 if r.preferred else 50, main=r.preferred,
    )


def _urgency_point(p: _Pair, ra: Recommendation, rb: Recommendation) -> Point | None:
    ua, ub = _clean(ra.urgency), _clean(rb.urgency)
    if not ua and not ub:
        return None
    status = _one_side(bool(ua), bool(ub)) or ("same" if ua == ub else "different")
    main = ra.preferred or rb.preferred
    if status == "same":
        severity = NONE
    elif status == "different" and (main or "emergency" in (ua, ub)):
        severity = MAJOR
    else:
        severity = MINOR
    what_a, what_b = _clean(ra.treatment), _clean(rb.treatment)
    return Point(
        key=f"urgency:{ra.id}:{rb.id}", topic="urgency", status=status, severity=severity,
        a=f"{mid_sentence(word(URGENCY_WORDS, ua)) or _('not said')} ({what_a})" if what_a
        else (mid_sentence(word(URGENCY_WORDS, ua)) or _("not said")),
        b=f"{mid_sentence(word(URGENCY_WORDS, ub)) or _('not said')} ({what_b})" if what_b
        else (mid_sentence(word(URGENCY_WORDS, ub)) or _("not said")),
        label=_("How soon (main recommendation)") if main else _("How soon"),
        question=ask.urgency(status, p.name_a, p.name_b), rank=80, main=main,
    )


def _recommendation_points(p: _Pair) -> list[Point]:
    ra, rb = p.a.recommendations, p.b.recommendations
    matched, mains = pair_recommendations(ra, rb)
    pairs = [(i, j, False) for i, j in matched] + [(i, j, True) for i, j in mains]
    partner_a = {i: (j, forced) for i, j, forced in pairs}
    paired_b = {j for _i, j, _f in pairs}

    entries: list[tuple[int, int, Point]] = []  # (main first, position, point)
    urgencies: list[tuple[int, int, Point]] = []
    for i, rec in enumerate(ra):
        if i in partner_a:
            j, forced = partner_a[i]
            point = _rec_pair_point(p, rec, rb[j], forced)
            entries.append((0 if point.main else 1, i, point))
            urgency = _urgency_point(p, rec, rb[j])
            if urgency:
                urgencies.append((0 if point.main else 1, i, urgency))
        else:
            point = _rec_one_point(p, rec, "a")
            entries.append((0 if point.main else 1, i, point))
    for j, rec in enumerate(rb):
        if j not in paired_b:
            point = _rec_one_point(p, rec, "b")
            entries.append((0 if point.main else 1, len(ra) + j, point))
    entries.sort(key=lambda e: (e[0], e[1]))
    urgencies.sort(key=lambda e: (e[0], e[1]))
    by_id_a = {r.id: r for r in ra}
    by_id_b = {r.id: r for r in rb}
    out: list[Point] = []
    for _i, _j, point in entries:
        out.append(point)
        _topic, id_a, id_b = point.key.split(":", 2)
        out += _aspect_points(p, point, by_id_a.get(id_a), by_id_b.get(id_b))
    return out + [u[2] for u in urgencies]


def _evidence_points(p: _Pair) -> list[Point]:
    ea, eb = p.a.evidence, p.b.evidence
    partner = dict(pair_evidence(ea, eb))
    paired_b = set(partner.values())
    out: list[Point] = []
    for i, item in enumerate(ea):
        if i not in partner:
            out.append(_evidence_one(p, item, "a"))
            continue
        other = eb[partner[i]]
        ia, ib = _reading_as_said(item.interpretation), _reading_as_said(other.interpretation)
        read_differently = unit_unsaid = False
        fuller = figure_at = ""
        # The same words, unless a sign or a bound between them turns them ("HER2+"/"HER2-")
        if normal_text(ia) == normal_text(ib) and (ia == ib or not readings_contradict(ia, ib)):
            status, severity, rank = "same", NONE, 40
        elif not ia or not ib:
            status, severity, rank = "refined", MINOR, 40  # only one said how they read it
        elif (lab := lab_units.compare(item.title, other.title, ia, ib)) is not None:
            # "Hb 9 g/dL" = "Hb 90 g/L"; "Hb 9" against "Hb 90" may be one amount in two units
            status, severity, rank = {"same": ("same", NONE, 40),
                                      "maybe_same": ("maybe_same", MINOR, 60),
                                      "different": ("different", MAJOR, 70)}[lab.status]
            read_differently = lab.status == "different"
            unit_unsaid = lab.status == "maybe_same"
        elif text_relation(ia, ib) == "same" or readings_alike(ia, ib):
            # "Torn meniscus" = "Meniscus tear"; "Unremarkable" = "Normal study"
            status, severity, rank = "same", NONE, 40
        elif figure_at := _figure_against_words(ia, ib):
            # "High" against "7.2 mmol/L": one read the result, the other gave its figure. What
            # the figure means is for the doctor who gave it to say, not for the comparison: a
            # difference (major against "normal", which a figure may well contradict: "Hb 9"),
            # whose question asks that doctor how they read it
            status, rank = "different", 70
            severity = MAJOR if readings_contradict(ia, ib) else MINOR
        elif not readings_contradict(ia, ib) and (fuller := _reading_of_a_kind(ia, ib)):
            # "Cancer" against "Adenocarcinoma", "Ulcer" against "Gastric ulcer": one reading
            # names a kind of what the other found, no other finding
            status, severity, rank = "refined", MINOR, 50
        else:
            read_differently = True
            status, rank = "different", 70
            # "Normal" against "Torn meniscus", "Benign" against "Cancer": major.
            severity = MAJOR if readings_contradict(ia, ib) else MINOR
        label, in_full = _evidence_headings(item, other)
        point = Point(
            key=f"evidence:{item.id}:{other.id}", topic="evidence", status=status,
            severity=severity, a=_evidence_text(item), b=_evidence_text(other),
            label=label, label_in_full=in_full,
            question=_evidence_question(p, (item, other), status, read_differently,
                                       unit_unsaid, figure_at, fuller),
            rank=rank, wording_only=status == "same" and _reworded(ia, ib),
            # the same reading but a figure ("48 mmol/mol" against "53 mmol/mol")
            detail=_figures_apart(p, ia, ib) if status == "different" else "",
        )
        if status != "same":
            point.a_segments, point.b_segments = _segments(point.a, point.b)
        out.append(point)
    for j, item in enumerate(eb):
        if j not in paired_b:
            out.append(_evidence_one(p, item, "b"))
    return out


def _evidence_question(p: _Pair, items: tuple[Evidence, Evidence], status: str,
                       read_differently: bool, unit_unsaid: bool, figure_at: str,
                       fuller: str) -> str:
    """The question of two doctors' readings of one cited item: which unit, for two figures
    that may be one amount; for a figure against a reading, to the doctor who gave the figure;
    for a reading that says more, to the doctor who said less; else to both."""
    item, other = items
    title = _clean(item.title) or _clean(other.title)
    if unit_unsaid:
        return ask.unit_unsaid(title)
    names = {"a": p.name_a, "b": p.name_b}
    readings = {"a": _clean(item.interpretation), "b": _clean(other.interpretation)}
    titles = {"a": _clean(item.title) or title, "b": _clean(other.title) or title}
    if figure_at:
        words_at = "b" if figure_at == "a" else "a"
        return ask.figure_unread(names[figure_at], names[words_at], readings[figure_at],
                                 readings[words_at], titles[figure_at])
    if fuller:
        less = "b" if fuller == "a" else "a"
        return ask.evidence_read_more(names[less], names[fuller], readings[fuller],
                                      titles[fuller])
    return ask.evidence(status, p.name_a, p.name_b, title, item.kind, read_differently)


# The words a reading may be noted with before what was found ("it's cancer", "showed a
# fracture", "they found two polyps", "salió benigno"): they say nothing of it. (Not "looks
# like" nor "probably": those say how sure.)
_LEAD_IN = re.compile(
    r"^\s*(?:it\s+(?:is|was)|it'?s|there\s+(?:is|was|are|were)|there'?s|they\s+found|"
    r"(?:it\s+|the\s+\w+\s+)?(?:shows?|showed|showing|confirms?|confirmed|revealed|reveals)|"
    r"found|came\s+back(?:\s+as)?|es|era|fue|hay|hubo|muestra|mostr[oó]|confirma|confirm[oó]|"
    r"sali[oó])\s*:?\s+(?=\S)", re.IGNORECASE)


def _reading_as_said(reading: str | None) -> str:
    """A reading as it is compared: without the words it was noted with before what was
    found, its numbers said in words or read out ("four point five", "4 point 5") as
    figures."""
    text = _clean(reading)
    if lead := _LEAD_IN.match(text):
        text = text[lead.end():]
    if fold(text).strip(" .!") in _MALIGNANT_ALONE:
        return "cancer"  # a reading that is "malignant" alone found a cancer ("salió maligno")
    return number_words.as_figures(text)


_MALIGNANT_ALONE = frozenset({"malignant", "malignancy", "cancerous", "maligno", "maligna",
                              "malignidad", "canceroso", "cancerosa"})


# A reading that is a figure alone: numbers with their units and at most the short name of
# what was measured ("7.2 mmol/L", "160/95", "EF 35%", "TSH 8.5")
_FIGURE_WORDS = frozenset((
    "mmol", "mol", "umol", "µmol", "nmol", "pmol", "mg", "g", "kg", "ug", "µg", "mcg", "ng", "pg",
    "l", "dl", "ml", "ul", "µl", "iu", "u", "mu", "miu", "meq", "mmhg", "hg", "bpm", "per",
    "cent", "percent", "x", "cm", "mm", "m", "min", "s", "sec", "h", "hr", "hrs", "units"))


def _figure_alone(reading: str) -> bool:
    if not re.search(r"\d", reading):
        return False
    letters = re.findall(r"[^\W\d_]+", reading)
    short_names = [w for w in letters if w.casefold() not in _FIGURE_WORDS]
    return len(short_names) <= 1 and all(len(w) <= 5 and w.isupper() for w in short_names)


def _figure_against_words(a: str, b: str) -> str:
    """"a" or "b": the one of two readings of a test that gives its figure alone ("7.2
    mmol/L") where the other reads it in words with no figure ("high"), "" otherwise."""
    for side, figure, words_ in (("a", a, b), ("b", b, a)):
        if _figure_alone(figure) and re.search(r"[^\W\d_]", words_) and not re.search(
                r"\d", words_):
            return side
    return ""


def _held_another_way(a: str, b: str) -> tuple[str, str] | None:
    """The two ways, where two recommendations are one review held another way (by
    telephone, by video, in person), nothing else apart."""
    ways = review_ways.another_way(a, b)
    if ways is None or text_relation(review_ways.without_way(a),
                                     review_ways.without_way(b)) != "same":
        return None
    return ways


def _reading_of_a_kind(a: str, b: str) -> str:
    """"a" or "b": the one of two readings of a test that names a kind of what the other
    found ("Adenocarcinoma" of "Cancer"), "" when neither does."""
    return "a" if a_kind_of(a, b) else "b" if a_kind_of(b, a) else ""


def _evidence_one(p: _Pair, e: Evidence, side: str) -> Point:
    status = "only_a" if side == "a" else "only_b"
    text = _evidence_text(e)
    label, in_full = _evidence_headings(e, None)
    return Point(
        key=f"evidence:{e.id}:-" if side == "a" else f"evidence:-:{e.id}",
        topic="evidence", status=status, severity=MINOR,
        a=text if side == "a" else "", b=text if side == "b" else "",
        label=label, label_in_full=in_full,
        question=ask.evidence(status, p.name_a, p.name_b, _clean(e.title), e.kind, False),
        rank=40,
    )


def _answer_points(p: _Pair) -> list[Point]:
    asked = list(dict.fromkeys(q.id for q in p.case.questions))
    known = set(asked)
    extra = sorted({x.question_id for x in p.a.answers + p.b.answers} - known)
    out: list[Point] = []
    for qid in asked + extra:
        answer_a, answer_b = p.a.answer_to(qid), p.b.answer_to(qid)
        ta = _clean(answer_a.text) if answer_a else ""
        tb = _clean(answer_b.text) if answer_b else ""
        if not ta and not tb:
            continue
        question = p.case.question(qid)
        qtext = _clean(question.text) if question else ""
        status = _one_side(bool(ta), bool(tb))
        seg_a: list[Segment] = []
        seg_b: list[Segment] = []
        severity = MINOR
        reworded = False
        detail = fuller = ""
        if status is None:
            status, seg_a, seg_b = _long_text_status(ta, tb)
            # a yes against a no, or against a no for now ("Yes" against "Not for 6 weeks"),
            # however said ("Benign" to "Is it cancer?" is a no); a likely one is no yes or no
            if {answer_match.polarity_to(qtext, ta), answer_match.polarity_to(qtext, tb)} in (
                    {"yes", "no"}, {"yes", "not yet"}):
                status, severity = "different", MAJOR
            elif status != "same" and answer_match.same_answer(qtext, ta, tb):
                # "Yes" and "Yes, you can keep driving"; "14 days" and "Two weeks"
                status, seg_a, seg_b, reworded = "same", [], [], True
            elif status == "different" and (
                    fuller := answer_match.said_more_by(qtext, ta, tb)):
                # "Yes" against "Type 2 diabetes" to "Does he have diabetes?", against
                # "Spread to the liver" to "Has it spread?": both yes, and one says more
                status = "refined"
            elif status == "refined" and answer_match.allowed_now_or_later(qtext, ta, tb):
                # "Can I drive?": "Yes" against "Yes, after 6 weeks" is now against later, no
                # yes said more exactly
                status = "different"
            if status == "different" and (when := _when_or_how_long(ta, tb) or (
                    # a length of time alone: "6 weeks" against "3 months", as "for ..." says it
                    units.course_difference(f"for {ta}", f"for {tb}")
                    if answer_match.a_length_alone(ta) and answer_match.a_length_alone(tb)
                    else None)):
                # an answer that is a time alone: "after 6 weeks" against "after 3 months"
                detail = when.words(p.name_a, p.name_b)
            elif status == "different":  # "80%" against "60%", "10 sessions" against 20
                detail = _figures_apart(p, ta, tb)
        question_asked = ask.answer(status, p.name_a, p.name_b, qtext or "(a question)")
        if status == "refined" and qtext and (fuller := fuller or _fuller(seg_a, seg_b)):
            # "Yes" against "Type 2 diabetes": ask the other whether they agree with it
            question_asked = ask.answer_said_more(
                p.name_a if fuller == "b" else p.name_b, p.name_b if fuller == "b" else p.name_a,
                tb if fuller == "b" else ta, qtext)
        label = (fill(_("Answer to “{question}”"), question=_shorten(qtext, 70)) if qtext
                 else _("Answer"))
        in_full = (fill(_("Answer to “{question}”"), question=" ".join(qtext.split()))
                   if qtext else label)
        out.append(Point(
            key=f"answer:{qid}", topic="answer", status=status,
            severity=NONE if status == "same" else severity, a=ta, b=tb,
            label=label, label_in_full=in_full if in_full != label else "",
            question=question_asked, rank=45,
            a_segments=seg_a, b_segments=seg_b, wording_only=reworded, detail=detail,
        ))
    return out


def _fuller(seg_a: list[Segment], seg_b: list[Segment]) -> str:
    """"a" or "b": the answer whose words alone the word diff marks as more, where only one
    has such words; else ""."""
    more_a, more_b = any(x.changed for x in seg_a), any(x.changed for x in seg_b)
    return "" if more_a == more_b else ("a" if more_a else "b")


# --- summary and reviews --------------------------------------------------------------------


def _effective(point: Point) -> str:
    """The point's status as the user sees it: their verdict overrules the engine's finding."""
    if point.verdict == "same":
        return "same"
    if point.verdict == "different" and point.status in ("same", "refined"):
        return "different"
    return point.status


def _diagnosis_category(points: list[Point], effective: bool) -> str:
    point = next((x for x in points if x.key == "diagnosis"), None)
    if point is None:
        return "unknown"
    status = _effective(point) if effective else point.status
    return status if status in ("same", "refined", "different", "maybe_same") else "unknown"


def _plan_category(points: list[Point], a: Opinion, b: Opinion, effective: bool,
                   shared: set[str] | None = None) -> str:
    """same: both recommend the same things; partly: the main ones match but others differ, or
    they share some treatment; different: the main ones differ in kind or dose, or the two plans
    share no treatment at all (two different medicines are not partial agreement); unknown:
    either has none."""
    if not a.recommendations or not b.recommendations:
        return "unknown"

    def status(point: Point) -> str:
        return _effective(point) if effective else point.status

    recs = [x for x in points if x.topic == "recommendation"]
    urgencies = [x for x in points if x.topic == "urgency"]
    agree = ("same", "refined")
    if all(status(x) in agree for x in recs) and all(status(x) == "same" for x in urgencies):
        return "same"
    # (a treatment that may be the other's, "ICD" and a defibrillator, is not none in common)
    if not any(status(x) in (*agree, "maybe_same") or x.key in (shared or set()) for x in recs):
        return "different"  # not one treatment in common
    mains = [x for x in recs if x.main]
    if mains:
        # Major on the main plan: another kind of treatment, main vs alternative, or one
        # doctor's main treatment missing from the other's plan.
        if any(status(x) not in agree and (x.severity == MAJOR or
                                           (effective and x.verdict == "different"))
               for x in mains):
            return "different"
        return "partly"
    return "partly"  # no main flagged, but they share a treatment


def _summary(points: list[Point], a: Opinion, b: Opinion, effective: bool,
             shared: set[str] | None = None) -> Summary:
    def differs(x: Point) -> bool:
        return x.differs if effective else x.status != "same"
    # Benefits, risks and side effects belong to their recommendation's row: counted apart only
    # where the same treatment's differ, each then a row of its own with a question ("1% risk
    # of infection" against "1 in 1000" under one operation had left "0 points where the
    # doctors differ" above it); two treatments' are only set side by side
    counted = [x for x in points if not x.parent or (x.question and differs(x))]
    differing = [x for x in counted if differs(x)]
    differ = len(differing)
    return Summary(
        diagnosis=_diagnosis_category(points, effective),
        plan=_plan_category(points, a, b, effective, shared),
        agree=len(counted) - differ,
        differ=differ,
        # (by the test, not by looking for each point among the others: that compared every
        # field of every pair of points, ~1 ms of a long case)
        wording=sum(1 for x in counted if x.wording_only and not differs(x)),
        major=sum(1 for x in differing if x.severity == MAJOR),
        refined=sum(1 for x in differing
                    if (x.only_in_detail if effective else x.status == "refined")),
    )


_SEVERITY_RANK = {MAJOR: 0, MINOR: 1, NONE: 2}


def _set_order(points: list[Point]) -> None:
    """Number the points most important first: differences (major, then minor, each by rank,
    then as listed), then agreements in the order listed."""
    indexed = list(enumerate(points))
    indexed.sort(key=lambda e: (0 if e[1].status != "same" else 1,
                                _SEVERITY_RANK.get(e[1].severity, 3), -e[1].rank, e[0]))
    for order, (_rank, point) in enumerate(indexed):
        point.order = order


def _place_reason(points: list[Point], reason: str, a: Opinion, b: Opinion) -> None:
    """Say "why they may differ" once: on the most important difference it may explain."""
    candidates = []
    for point in points:
        if point.status == "same":
            continue
        about_records = point.topic == "evidence" and _evidence_kind(point, a, b) in (
            "imaging", "test_result", "pathology", "exam", "other")
        if point.topic in ("diagnosis", "stage", "certainty") or (
                point.main and point.topic in ("recommendation", "urgency")) or about_records:
            candidates.append(point)
    if candidates:
        min(candidates, key=lambda x: x.order).reason = reason


def _apply_reviews(case: Case, a_id: str, b_id: str, points: list[Point]) -> None:
    for point in points:
        review = case.review_for(a_id, b_id, point.key)
        if review is None:
            continue
        point.verdict = review.verdict if review.verdict in VERDICTS else None
        point.state = review.state if review.state in REVIEW_STATES else "open"
        point.note = review.note or ""


# --- entry points ---------------------------------------------------------------------------


def _evidence_kind(point: Point, a: Opinion, b: Opinion) -> str:
    _topic, id_a, id_b = point.key.split(":", 2)
    for item in a.evidence if id_a != "-" else b.evidence:
        if item.id == (id_a if id_a != "-" else id_b):
            return item.kind
    return "other"


def _opinion(case: Case, opinion_id: str) -> Opinion:
    found = case.opinion(opinion_id)
    if found is None:
        raise CompareError(fill(_("No opinion {id} in case “{title}”."), id=repr(opinion_id),
                                title=case.title))
    return found


def _names(a: Opinion, b: Opinion) -> tuple[str, str]:
    name_a, name_b = ask.short_name(a), ask.short_name(b)
    if name_a == name_b:  # two doctors of one name, or one opinion with itself
        name_a, name_b = a.doctor, b.doctor
    if name_a == name_b and a.id != b.id:
        name_a, name_b = f"{name_a} (first)", f"{name_b} (second)"
    return name_a, name_b


def _unique_keys(points: list[Point]) -> None:
    """Keys name points for reviews, so they must be unique. Only broken data (two items with
    one id in one opinion) repeats a key: later repeats get "#2", "#3"."""
    seen: dict[str, int] = {}
    for point in points:
        count = seen.get(point.key, 0) + 1
        seen[point.key] = count
        if count > 1:
            point.key = f"{point.key}#{count}"


def clear_caches() -> None:
    """Forget everything cached about the texts read (the bench measures a cold start); the
    tables built from the program's own data stay."""
    for cached in (diagnosis_match.parse, diagnosis_match._word_forms, plan_match.words,
                   plan_match.normal_text, plan_match._digits, plan_match._reference,
                   textdiff._key, terms.canonical, units.read, units.written_amounts,
                   language_guess._counts, plan_match.modality, _names_medicine,
                   units.without_facts, plan_match.plan_core, diagnosis_match._most_likely,
                   diagnosis_match._together_or_after, chances.as_per_cents, chances._said,
                   diagnosis_match.stem_medicines, diagnosis_match._items,
                   diagnosis_match.only_suspected, switches.written_out,
                   lab_units.results_in_one_unit, diagnosis_match.listed, terms.names_in,
                   plan_match._one_side, spelling.known, icd10.codes_named, icd10.has_word,
                   lab_units.test_named, code_families.family_relation, units.sides_named,
                   waits.as_after, units.intervals_said_once, units._as_dosed,
                   terms._replace_names, plan_match._kinds, terms._canonical_folded,
                   units._without_facts_but_routes, plan_match.sample_timing,
                   answer_match._thing_said, answer_match._restated,
                   answer_match._asked_words, review_ways.way, review_ways.without_way,
                   plan_match.test_names, radiotherapy_doses.as_total_in_fractions):
        cached.cache_clear()


def compare_opinions(case: Case, a_id: str, b_id: str) -> Comparison:
    """Compare opinion ``a_id`` with ``b_id`` of ``case``; the case's reviews of this ordered
    pair set each point's verdict, state and note, and the summary follows the verdicts."""
    # The language in force is looked up once for the comparison's ~900 words, not for each
    # (following the system, each look-up reads the environment: ~8 ms of a comparison).
    with using(None):
        return _compare(case, a_id, b_id)


def _compare(case: Case, a_id: str, b_id: str) -> Comparison:
    a, b = _opinion(case, a_id), _opinion(case, b_id)
    pair = _pair(case, a, b)
    respelled = spelling.respell(a, b, units.rhythm_or_unit_word)
    if respelled is None:
        points = _points(pair)
    else:
        # Some word one doctor's notes spell a slip away from the other's: compared again with
        # the two written alike, and a point that then agrees says "may be the same".
        again = _pair(case, respelled.a, respelled.b)
        points = _points(pair, (again, respelled))
        pair.shared |= again.shared  # plans paired only once written alike share too

    _unique_keys(points)
    _set_order(points)
    if pair.records_reason:
        _place_reason(points, pair.records_reason, a, b)

    engine = _summary(points, a, b, effective=False, shared=pair.shared)
    _apply_reviews(case, a_id, b_id, points)
    return Comparison(
        case_id=case.id, a_id=a_id, b_id=b_id,
        summary=_summary(points, a, b, effective=True, shared=pair.shared), points=points,
        engine_summary=engine, reasons=[pair.records_reason] if pair.records_reason else [],
        shared=set(pair.shared),
    )


def _pair(case: Case, a: Opinion, b: Opinion) -> _Pair:
    name_a, name_b = _names(a, b)
    return _Pair(case, a, b, name_a, name_b, _records_reason(case, a, b, name_a, name_b),
                 grouping_a=number_habits.grouping(case, a),
                 grouping_b=number_habits.grouping(case, b))


def _rationale_points(p: _Pair) -> list[Point]:
    point = _text_point(p, "rationale", "rationale", _("Why (their reasoning)"), p.a.rationale,
                        p.b.rationale, 30, ask.rationale)
    return [point] if point else []


_LINE = 160


def _when_or_how_long(a: str, b: str, course: bool = True,
                      alike: tuple[str, str] | None = None) -> units.FactDifference | None:
    """How soon (``units.when_difference``) or how long (``units.course_difference``) each of
    two plans says, where the rest of them is one thing said alike or more exactly (not
    "repeat MRI" against "repeat CT"). ``course=False`` where the facts compared were read in
    these very words (their course read there already: reading it again costs ~20 ms in a long
    case). ``alike``: the two with their lengths as counted (``units.lengths_as_counted``:
    "8 weeks" as the other's "2 months"), where a course that differs as written is one."""
    if len(a) > _LINE or len(b) > _LINE:
        return None  # a paragraph, not a line (reading its facts again costs tens of ms)
    found = units.when_difference(a, b) or units.before_difference(a, b) or (
        units.course_difference(a, b) if course and (
            alike is None or units.course_difference(*alike)) else None)
    if found is None:
        return None
    # (nothing left but the time, on both: an answer is often the time alone, "after 6 weeks")
    rest_a, rest_b = (" ".join(units.without_when(x).strip(" ,.;").split()) for x in (a, b))
    if rest_a != rest_b and text_relation(rest_a, rest_b) not in ("same", "refined"):
        return None
    return found


def _figures_apart(p: _Pair, a: str, b: str) -> str:
    """What differs where two texts are the same words but a figure ("Dr Lee wrote INR 2-3,
    Dr Kim INR 2.5-3.5"), or nothing."""
    if len(a) > _LINE or len(b) > _LINE or not (apart := figures.figures_apart(a, b)):
        return ""
    return fill(_("{a_name} wrote {a}, {b_name} {b}"), a_name=p.name_a, a=apart[0],
                b_name=p.name_b, b=apart[1])


def _follow_up_points(p: _Pair) -> list[Point]:
    point = _text_point(p, "follow_up", "follow_up", _("Next steps"), p.a.follow_up,
                        p.b.follow_up, 30, ask.follow_up)
    if (point and point.status in ("different", "refined") and len(point.a) <= _LINE
            and len(point.b) <= _LINE):
        # a next step in other words, read as a plan is ("physio referral" against "refer to
        # physiotherapy", "see you in 6 weeks" against "review in 6 weeks" had differed word
        # for word)
        read = text_relation(point.a, point.b)
        if read in ("same", "refined") and read != point.status:
            point.status = read
            point.severity = NONE if read == "same" else MINOR
            point.wording_only = read == "same"
            point.question = ask.follow_up(read, p.name_a, p.name_b)
        elif (read == "different" and point.status == "refined"
              and _when_or_how_long(point.a, point.b) is not None):
            # one next step at another time, which the words read as one saying more ("repeat
            # MRI in 6 weeks" against "in 6 to 8 weeks"): how soon each said, below
            point.status = "different"
            point.question = ask.follow_up("different", p.name_a, p.name_b)
    if (point and point.status == "different" and not point.detail
            and (held := _held_another_way(point.a, point.b))):
        # "Back to the clinic in 6 weeks" against "Telephone review in 6 weeks": the same
        # review held another way, as a plan's is said
        point.severity = MINOR
        point.detail = review_ways.words(held, p.name_a, p.name_b)
    if point and point.status == "different" and not point.detail:
        # the same next step at another time: how soon each said ("review in 2 weeks" against
        # "review in 6 weeks")
        when = _when_or_how_long(p.a.follow_up, p.b.follow_up)
        point.detail = when.words(p.name_a, p.name_b) if when is not None else _figures_apart(
            p, p.a.follow_up, p.b.follow_up)
    return [point] if point else []


# The parts of a comparison in their order, each with what the respelling
# (``domain.spelling``) may rewrite in it: the diagnosis, the plans, the cited items.
_PARTS: tuple[tuple[Callable[[_Pair], list[Point]], Callable[[Opinion], list[str]]], ...] = (
    (_diagnosis_points, lambda o: ["diagnosis"]),
    (_rationale_points, lambda o: []),
    (_recommendation_points, lambda o: [r.id for r in o.recommendations]),
    (_evidence_points, lambda o: [e.id for e in o.evidence]),
    (_answer_points, lambda o: []),
    (_follow_up_points, lambda o: []),
)


def _points(pair: _Pair, respelled: tuple[_Pair, spelling.Respelling] | None = None
            ) -> list[Point]:
    """Every point, part by part; with ``respelled`` (the pair with the words typed two ways
    written alike, and how), a part whose words it rewrote is compared again that way
    (``_with_spelling``), every other part only once."""
    points: list[Point] = []
    for part, owners in _PARTS:
        found = part(pair)
        if respelled is not None:
            again, respelling = respelled
            if any((side, owner) in respelling.changed
                   for side, o in (("a", pair.a), ("b", pair.b)) for owner in owners(o)):
                found = _with_spelling(found, part(again), pair, respelling)
        points += found
    return points


_AGREE = ("same", "refined")


def _with_spelling(found: list[Point], respelled: list[Point], pair: _Pair,
                   respelling: spelling.Respelling) -> list[Point]:
    """The points of the opinions as typed (``found``) and with the words typed two ways
    written alike (``respelled``, whose points are kept: the pairing of the plans and cited
    items may be new). A point the respelling touched shows what each doctor's notes say;
    it keeps its first finding unless the respelling is what makes it agree, and then it
    "may be the same", naming the words to check."""
    before = {point.key: point for point in found}
    out: list[Point] = []
    for point in respelled:
        touched = _touched(point, respelling)
        if not touched:
            out.append(point)
            continue
        first = before.get(point.key)
        agrees = point.status == "same" or (
            point.status == "refined" and (first is None or first.status not in _AGREE))
        if first is not None and (not agrees or first.status == point.status
                                  or first.status == "same"):
            out.append(first)  # the respelling changes nothing the user would see
            continue
        _as_typed(point, pair)
        point.spelling = touched
        listed = "; ".join(fill(_("{a} and {b}"), a=ask.quoted(x), b=ask.quoted(y))
                           for x, y in point.spelling)
        if agrees:
            point.status, point.severity, point.wording_only = "maybe_same", MINOR, False
            point.detail = fill(ngettext("{words} may be one word typed two ways",
                                         "{words} may each be one word typed two ways",
                                         len(point.spelling)), words=listed)
            point.question = ask.spelling(pair.name_a, pair.name_b, point.spelling)
        else:
            assumed = fill(_("taking {words} as one word typed two ways"), words=listed)
            point.detail = f"{point.detail}; {assumed}" if point.detail else assumed
        if point.status != "same" and point.a and point.b:
            point.a_segments, point.b_segments = _segments(point.a, point.b)
        out.append(point)
    return out


def _touched(point: Point, respelling: spelling.Respelling) -> list[tuple[str, str]]:
    """The pairs of words the respelling rewrote in what ``point`` compares (empty when it
    rewrote nothing there): its diagnosis or stage, its plans, its cited items."""
    if point.parent:
        return []  # benefits, risks, side effects: their own texts, never respelled
    topic, _sep, ids = point.key.partition(":")
    if topic in ("diagnosis", "stage"):
        owners = ["diagnosis"]
    elif topic in ("recommendation", "urgency", "evidence"):
        owners = ids.split(":")
    else:
        return []
    if not any((side, owner) in respelling.changed for side in ("a", "b") for owner in owners):
        return []
    return respelling.words_of(point.a, point.b) or list(respelling.words)


def _as_typed(point: Point, pair: _Pair) -> None:
    """``point``'s texts and heading as the doctors' notes have them (the opinions as typed,
    found by the ids in its key), not as the respelling wrote them."""
    topic, _sep, ids = point.key.partition(":")
    a, b = pair.a, pair.b
    if topic == "diagnosis":
        point.a, point.b = _diagnosis_text(a), _diagnosis_text(b)
    elif topic == "stage":
        point.a, point.b = _clean(a.diagnosis.stage), _clean(b.diagnosis.stage)
    elif topic in ("recommendation", "urgency"):
        id_a, _sep, id_b = ids.partition(":")
        ra = next((r for r in a.recommendations if r.id == id_a), None)
        rb = next((r for r in b.recommendations if r.id == id_b), None)
        if topic == "urgency" and ra is not None and rb is not None:
            fresh = _urgency_point(pair, ra, rb)
            if fresh is not None:
                point.a, point.b = fresh.a, fresh.b
        elif topic == "recommendation":
            point.a = _rec_text(ra) if ra is not None else ""
            point.b = _rec_text(rb) if rb is not None else ""
    elif topic == "evidence":
        id_a, _sep, id_b = ids.partition(":")
        ea = next((e for e in a.evidence if e.id == id_a), None)
        eb = next((e for e in b.evidence if e.id == id_b), None)
        point.a = _evidence_text(ea) if ea is not None else ""
        point.b = _evidence_text(eb) if eb is not None else ""
        point.label, point.label_in_full = _evidence_headings(ea, eb)


def _groups(ids: list[str], agrees: dict[tuple[str, str], bool | None]) -> list[list[str]]:
    """Who agrees with whom: one group of all when every pair agrees, else each agreeing pair,
    and everyone in no pair alone. Empty when no pair could be judged."""
    if all(v is None for v in agrees.values()):
        return []
    if all(agrees.values()):
        return [list(ids)]
    groups = [[x, y] for (x, y), ok in agrees.items() if ok]
    for x in ids:
        if not any(x in g for g in groups):
            groups.append([x])
    return groups


def compare_three(case: Case, ids: list[str]) -> ThreeWay:
    """The three pairwise comparisons (1-2, 1-3, 2-3) and who agrees with whom on the diagnosis
    (same or refined) and on the main plan (same or partly)."""
    if len(ids) != 3 or len(set(ids)) != 3:
        raise CompareError(_("A three-way comparison needs three different opinions."))
    order = [(ids[0], ids[1]), (ids[0], ids[2]), (ids[1], ids[2])]
    return _three_way(case, ids, [compare_opinions(case, x, y) for x, y in order])


def _three_way(case: Case, ids: list[str], pairs: list[Comparison]) -> ThreeWay:
    """Who agrees with whom, from the three pairwise comparisons (1-2, 1-3, 2-3)."""
    order = [(ids[0], ids[1]), (ids[0], ids[2]), (ids[1], ids[2])]
    diagnosis: dict[tuple[str, str], bool | None] = {}
    plan: dict[tuple[str, str], bool | None] = {}
    for (x, y), result in zip(order, pairs, strict=True):
        d, pl = result.summary.diagnosis, result.summary.plan
        diagnosis[(x, y)] = None if d == "unknown" else d in ("same", "refined")
        plan[(x, y)] = None if pl == "unknown" else pl in ("same", "partly")
    return ThreeWay(
        case_id=case.id, opinion_ids=list(ids), pairs=pairs,
        diagnosis_agreement=_groups(ids, diagnosis), plan_agreement=_groups(ids, plan),
    )


def reapply_reviews(case: Case, result: Comparison | ThreeWay) -> Comparison | ThreeWay:
    """``result`` with the case's reviews applied afresh, for a view whose user changed only a
    verdict, a state or a note since it was computed: nothing is compared again, the points keep
    their findings and the summary follows the new verdicts."""
    if isinstance(result, ThreeWay):
        ids = list(result.opinion_ids)
        pairs = [reapply_reviews(case, pair) for pair in result.pairs]
        return _three_way(case, ids, [p for p in pairs if isinstance(p, Comparison)])
    a, b = _opinion(case, result.a_id), _opinion(case, result.b_id)
    points = [replace(p, verdict=None, state="open", note="") for p in result.points]
    _apply_reviews(case, a.id, b.id, points)
    return Comparison(
        case_id=result.case_id, a_id=result.a_id, b_id=result.b_id,
        summary=_summary(points, a, b, effective=True, shared=result.shared), points=points,
        engine_summary=result.engine_summary, reasons=list(result.reasons),
        shared=set(result.shared),
    )


# --- the terminal form ----------------------------------------------------------------------

_WIDTH = 80
_SEVERITY_ORDER = {MAJOR: 0, MINOR: 1, NONE: 2}


def _status_words(point: Point, name_a: str, name_b: str) -> str:
    if point.status in ("only_a", "only_b"):
        return fill(_("only {doctor}"), doctor=name_a if point.status == "only_a" else name_b)
    return word(FINDING_WORDS, point.status)


def _severity(point: Point) -> str:
    return f" ({word(SEVERITY_WORDS, point.severity)})" if point.severity in SEVERITY_WORDS else ""


def _wrap(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(text, _WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_long_words=True, break_on_hyphens=False) or [first.rstrip()]


def _summary_words(summary: Summary) -> str:
    """The summary line the PDF prints too: "Diagnosis: … Plan: … 3 points differ, 2 agree."."""
    return fill(
        _("Diagnosis: {diagnosis}. Plan: {plan}. {differ}, {agree}."),
        diagnosis=word(DIAGNOSIS_WORDS, summary.diagnosis), plan=word(PLAN_WORDS, summary.plan),
        differ=differ_words(summary.differ, summary.refined),
        agree=fill(ngettext("{n} agrees", "{n} agree", summary.agree), n=summary.agree))


def _sides(name_a: str, text_a: str, name_b: str, text_b: str, indent: int) -> list[str]:
    width = max(len(name_a), len(name_b)) + 2
    lines: list[str] = []
    for name, text in ((name_a, text_a), (name_b, text_b)):
        label = f"{name}:".ljust(width)
        lines += _wrap(text or _("(nothing said)"), " " * indent + label,
                       " " * (indent + width))
    return lines


def _point_lines(point: Point, name_a: str, name_b: str) -> list[str]:
    mark = "=" if not point.differs else "*"
    head = f"{mark} {point.label or point.topic}: {_status_words(point, name_a, name_b)}"
    if point.differs and point.severity != NONE:
        head += _severity(point)
    elif point.wording_only and not point.differs:
        head += " " + _("(in other words)")
    lines = _wrap(head, "", "    ")
    if point.status == "same" and point.a == point.b:
        lines += _wrap(point.a, "    ", "    ")
    else:
        lines += _sides(name_a, point.a, name_b, point.b, 4)
    if point.differs and point.detail:
        said = _("What to check: {detail}") if point.maybe_same else _("What differs: {detail}")
        lines += _wrap(fill(said, detail=inside_sentence(point.detail)), "    ", "    ")
    if point.differs and point.reason:
        lines += _wrap(fill(_("Why they may differ: {reason}"),
                           reason=inside_sentence(point.reason)),
                       "    ", "    ")
    if point.differs and point.question:
        lines += _wrap(f"> {point.question}", "    ", "      ")
    if point.verdict or point.state != "open" or point.note:
        view = []
        if point.verdict:
            view.append(_("you marked this the same") if point.verdict == "same"
                        else _("you marked this a difference"))
        if point.state != "open":
            view.append(fill(_("where you are: {state}"),
                             state=word(REVIEW_STATE_WORDS, point.state)))
        if point.note:
            view.append(fill(_("note: {note}"), note=point.note))
        lines += _wrap(fill(_("Your view: {view}"), view="; ".join(view)), "    ", "    ")
    return lines


def _aspect_lines(points: list[Point], name_a: str, name_b: str) -> list[str]:
    """A recommendation's benefits, risks and side effects, indented under it; a difference in
    how the two doctors describe the same treatment is marked, with its question."""
    lines: list[str] = []
    for point in points:
        head = word(ASPECT_WORDS, point.topic)
        marked = point.differs and point.question
        if marked:
            head += f": {word(FINDING_WORDS, 'different')}{_severity(point)}"
        lines += _wrap(head, "    ", "    ")
        lines += _sides(name_a, point.a, name_b, point.b, 6)
        if marked:
            lines += _wrap(f"> {point.question}", "      ", "        ")
    return lines


def _heading(text: str) -> list[str]:
    return ["", text, "-" * len(text)]


def _pair_text(case: Case, result: Comparison) -> list[str]:
    a, b = case.opinion(result.a_id), case.opinion(result.b_id)
    name_a, name_b = _names(a, b) if a and b else (result.a_id, result.b_id)
    full_a = a.doctor if a else result.a_id
    full_b = b.doctor if b else result.b_id
    s = result.summary
    lines = _wrap(fill(_("{a} compared with {b}"), a=full_a, b=full_b), "", "")
    lines += _wrap(_summary_words(s), "", "")
    engine = result.engine_summary
    if engine and engine.to_json() != s.to_json():
        lines += _wrap(fill(_("(Before your own verdicts the program found: {summary})"),
                            summary=_summary_words(engine)), "", " ")
    # Benefits, risks and side effects are shown under their recommendation, not on their own.
    children: dict[str, list[Point]] = {}
    for p in result.points:
        if p.parent:
            children.setdefault(p.parent, []).append(p)
    top = [p for p in result.points if not p.parent]

    def differs(p: Point) -> bool:
        # (a treatment the two describe differently is listed where they differ, under it the
        # benefit, risk or side effect that differs: the summary counts that one)
        return p.differs or any(c.differs and c.question for c in children.get(p.key, []))
    differ = sorted((p for p in top if differs(p)),
                    key=lambda p: (_SEVERITY_ORDER.get(p.severity, 3), -p.rank, p.order))
    agree = [p for p in top if not differs(p) and not p.wording_only]
    reworded = [p for p in top if not differs(p) and p.wording_only]
    if differ:
        lines += _heading(_("Where the doctors differ"))
        for point in differ:
            lines += _point_lines(point, name_a, name_b)
            lines += _aspect_lines(children.get(point.key, []), name_a, name_b) + [""]
        lines.pop()
    if agree:
        lines += _heading(_("Where they agree"))
        for point in agree:
            lines += _point_lines(point, name_a, name_b)
            lines += _aspect_lines(children.get(point.key, []), name_a, name_b)
    if reworded:
        lines += _heading(_("Said the same in other words"))
        for point in reworded:
            lines += _point_lines(point, name_a, name_b)
    if not result.points:
        lines += ["", _("Neither opinion has anything to compare yet.")]
    return lines


def format_comparison_text(case: Case, result: Comparison | ThreeWay) -> str:
    """The plain terminal form for ``secondop compare``: summary first, differences (most
    important first) before agreements, doctors named, lines of at most 80 columns; in the
    language in force."""
    lines = _wrap(fill(_("Case: {title}"), title=case.title), "", "      ")
    lines.append("")
    if isinstance(result, ThreeWay):
        names = {o.id: o.doctor for o in case.opinions}
        for topic, groups in ((_("Diagnosis"), result.diagnosis_agreement),
                              (_("Main plan"), result.plan_agreement)):
            named = [[names.get(i, i) for i in g] for g in groups]
            lines += _wrap(f"{topic}: {inside_sentence(agreement_words(named))}", "", "    ")
        for comparison in result.pairs:
            lines += ["", "=" * _WIDTH] + _pair_text(case, comparison)
    else:
        lines += _pair_text(case, result)
    lines.append("")
    lines += _wrap(_("Prepared from what the doctors said, to support a conversation with them. "
                     "It is not medical advice."), "", "")
    return "\n".join(lines)
