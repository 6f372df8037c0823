# SPDX-License-Identifier: GPL-3.0-or-later
"""Search with the words people type: joined or hyphenated words, lay and medical names,
Spanish without accents, records and medicines; and what it must not find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from secondop_desktop.domain.model import (
    Attachment,
    Case,
    Medication,
    Note,
    Opinion,
    Physician,
    Record,
)
from secondop_desktop.domain.spelling import one_slip
from secondop_desktop.store import search
from secondop_desktop.store.journal import Journal, SearchHit

NOTES = {
    "hyphen": "Chest X-ray next week, then a follow-up visit with Dr Hale.",
    "space": "She wants an x ray of the left hand first.",
    "joined": "xray ordered by the GP",
    "mi": "Past myocardial infarction in 2019, no stents.",
    "lay": "Dad had a heart attack at 60.",
    "es": "Trajo la radiografía del riñón izquierdo.",
    "crohn": "Crohn's disease since 2010; E. coli in the last culture.",
    "typical": "A typical day: walk, lunch, a short rest.",
    "range": "Healing takes 3-4 weeks.",
    "care": "The patient's care plan is on the fridge.",
    "stone": "Piedra en el riñón, dijo la doctora.",
}


@pytest.fixture
def journal(journal_path: Path):
    with Journal.open(journal_path) as opened:
        case = Case(title="Words", notes=[Note(id=f"note-{key}", text=text)
                                          for key, text in NOTES.items()])
        opened.save_case(case)
        yield opened


def _notes(hits: list[SearchHit]) -> set[str]:
    return {h.object_id.removeprefix("note-") for h in hits if h.kind == "note"}


def _snippet(hits: list[SearchHit], key: str) -> str:
    return next(h.snippet for h in hits if h.object_id == f"note-{key}")


@pytest.mark.parametrize("typed", ["xray", "Xray", "X-ray", "x-ray", "x ray", "X ray", "XRAY"])
def test_x_ray_however_it_is_typed(journal: Journal, typed: str) -> None:
    hits = journal.search(typed)
    # ... and the Spanish note's "radiografía", the X-ray's name in Spanish (6 December,
    # fourth session), said to be found as that word
    assert _notes(hits) == {"hyphen", "space", "joined", "es"}
    # The word is marked as one piece, however it was written.
    assert "[X-ray]" in _snippet(hits, "hyphen")
    assert "[x ray]" in _snippet(hits, "space")
    assert "[xray]" in _snippet(hits, "joined")
    assert all(h.found_as == () for h in hits if h.object_id != "note-es")
    assert next(h.found_as for h in hits if h.object_id == "note-es") == ("radiografía",)


def test_hyphenated_words(journal: Journal) -> None:
    for typed in ("follow-up", "followup", "Follow up"):
        hits = journal.search(typed)
        assert _notes(hits) == {"hyphen"}, typed
        assert "[follow-up]" in _snippet(hits, "hyphen"), typed
    # Words typed side by side and found side by side read as one piece too.
    assert "[X-ray next]" in journal.search("X-ray next")[0].snippet


def test_apostrophes_and_initials(journal: Journal) -> None:
    for typed in ("crohns", "Crohn's", "crohn’s", "ecoli", "E. coli", "e coli"):
        assert _notes(journal.search(typed)) == {"crohn"}, typed
    assert "[Crohn's]" in _snippet(journal.search("crohns"), "crohn")
    assert "[E. coli]" in _snippet(journal.search("ecoli"), "crohn")


def test_lay_and_medical_names_find_each_other(journal: Journal) -> None:
    hits = journal.search("heart attack")
    assert _notes(hits) == {"lay", "mi"}
    by_note = {h.object_id: h for h in hits}
    assert by_note["note-mi"].found_as == ("myocardial infarction",)
    assert "[myocardial infarction]" in by_note["note-mi"].snippet
    assert by_note["note-lay"].found_as == ()  # the typed words are there
    assert "[heart attack]" in by_note["note-lay"].snippet

    hits = journal.search("Myocardial Infarction")
    assert _notes(hits) == {"lay", "mi"}
    assert {h.object_id: h.found_as for h in hits}["note-lay"] == ("heart attack",)
    # In Spanish, with or without accents; and the possessive and spelling a user may use.
    assert _notes(journal.search("infarto de miocardio")) == {"lay", "mi"}
    assert _notes(journal.search("ataque al corazón")) == {"lay", "mi"}
    assert _notes(journal.search("kidney stone")) == {"stone"}
    assert journal.search("kidney stone")[0].found_as == ("Piedra en el riñón",)


def test_a_found_name_ends_the_last_word(journal: Journal) -> None:
    # Typing on: "heart att" is not a name yet, and finds what starts so.
    assert _notes(journal.search("heart att")) == {"lay"}
    assert _notes(journal.search("myocardial inf")) == {"mi"}


@pytest.mark.parametrize(("typed", "found"), [
    ("radiografia", "radiografía"), ("RADIOGRAFIA", "radiografía"), ("rinon", "riñón"),
    ("riñon", "riñón"), ("riñón", "riñón"), ("rin\u0303o\u0301n", "riñón"),
    ("radiograf", "radiografía"),
])
def test_spanish_without_accents(journal: Journal, typed: str, found: str) -> None:
    hits = [h for h in journal.search(typed) if h.object_id == "note-es"]
    assert hits, typed
    assert f"[{found}]" in hits[0].snippet


@pytest.mark.parametrize("typed", [
    "hert attack",      # a typo is not a name of the table: no other names for it
    "atypical",         # "a typical" is two words
    "scare",            # "patient's care" is not "scare"
    "34",               # "3-4 weeks" is a range
    "mi",               # two letters: Spanish "my", never "myocardial infarction"
    "array",            # not "x ray"
    "hart",
    "knew",
    "xrey",
])
def test_typos_and_near_words_do_not_match_wildly(journal: Journal, typed: str) -> None:
    assert journal.search(typed) == [], typed


def test_an_unknown_word_does_not_expand(journal: Journal) -> None:
    query = search.parse_query("hert attack")
    assert query is not None
    assert not any(a.other_name for unit in query.units for a in unit)
    assert "infarction" not in query.fts and _notes(journal.search("hert attack")) == set()


def test_records_and_medicines(journal_path: Path) -> None:
    doctor = Opinion(physician=Physician(name="Dr Tanaka"), rationale="Knee surgery")
    mri = Record(kind="imaging", title="MRI right knee", notes="Ordered by Dr Tanaka",
                 attachments=[Attachment(name="meniscus-report.pdf", sha256="0" * 64)])
    medicine = Medication(name="Naproxen", dose="500", unit="mg", schedule="twice a day",
                          reason="dolor de rodilla", prescribed_by=doctor.id,
                          notes="Stop if stomach pain.")
    case = Case(title="Knee", opinions=[doctor], records=[mri], medications=[medicine])
    with Journal.open(journal_path) as journal:
        journal.save_case(case)
        (hit,) = journal.search("mri")
        assert (hit.kind, hit.object_id, hit.label, hit.opinion_id) == (
            "record", mri.id, "MRI right knee", None)
        assert hit.snippet.startswith("[MRI] right knee")
        (hit,) = journal.search("meniscus")
        assert hit.kind == "record"
        (hit,) = journal.search("naproxen 500")
        assert (hit.kind, hit.object_id, hit.label, hit.opinion_id) == (
            "medication", medicine.id, "Naproxen", doctor.id)
        assert [h.kind for h in journal.search("stomach")] == ["medication"]
        # The lay/medical table works here too: "knee" finds the Spanish reason.
        assert {h.kind for h in journal.search("knee")} == {"case", "opinion", "record",
                                                             "medication"}
        # Edits, removals and the bin are followed.
        mri.title = "MRI left knee"
        medicine.name = "Ibuprofen"
        journal.save_case(case)
        assert [h.label for h in journal.search("mri")] == ["MRI left knee"]
        assert [h.label for h in journal.search("ibuprofen")] == ["Ibuprofen"]
        assert journal.search("naproxen") == []
        case.records = []
        journal.save_case(case)
        assert journal.search("mri") == []
        assert journal.check() == []
        journal.delete_case(case.id)
        assert journal.search("ibuprofen") == []
        journal.undelete_case(case.id)
        assert [h.kind for h in journal.search("ibuprofen")] == ["medication"]
        assert journal.check() == []


def test_joined_terms() -> None:
    assert search.joined_terms("Chest X-ray; an x ray") == "xray"
    assert search.joined_terms("X-ray-guided biopsy") == "xray xrayguided rayguided"
    assert search.joined_terms("COVID-19, 3-4 weeks, a typical day, don't rest") == "covid19"
    assert search.joined_terms("E. coli and H. pylori") == "ecoli hpylori"
    assert search.joined_terms("no parts here") == ""


# -- any text is a safe query, and never matches by FTS5 syntax ---------------------------------

_WORDS = sorted({w for text in NOTES.values() for w in text.replace(".", " ").split()})
_SYNTAX = st.sampled_from(['"', "AND", "OR", "NOT", "NEAR", "NEAR(", "(", ")", "*", "^", ":",
                           "+", "-", "{", "}", "'", "\x00", "text:", "terms:", "NEAR/2",
                           "ñ", "\u0301", "🦵", "膝", "heart attack", "x", "ray"])
_QUERY = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(_WORDS) | _SYNTAX, max_size=6).map(" ".join),
    st.lists(st.sampled_from(_WORDS) | _SYNTAX, max_size=6).map("".join),
)


def _explained(text: str, query: search.Query) -> bool:
    """Every part of the query matches the text by its own words (no FTS5 operator at work),
    but the small words between the others, which need not."""
    words = search._Text(text)  # the snippet's own reading of the text
    return all(any(words.matches(a) for a in unit) for n, unit in enumerate(query.units)
               if n not in query.optional)


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_QUERY)
@example("CAOLI")  # a slip of "coli" (the journal's "E. coli"): found as that word
@example("EAOLI")  # a slip of "ecoli", "E. coli" written as one word: found as "E. coli"
def test_any_query_is_safe_and_matches_only_by_its_words(journal: Journal, text: str) -> None:
    hits = journal.search(text, limit=20)
    query = search.parse_query(text)
    if query is None:
        assert hits == []
        return
    bodies = {f"note-{key}": body for key, body in NOTES.items()}
    typed = [search._fold(w) for w in re.findall(r"[^\W_]+", text)]
    for hit in hits:
        body = bodies.get(hit.object_id, "Words")
        if not _explained(body, query):
            # Nothing matched as typed: found through a journal word one slip from a typed
            # word ("CAOLI" finds "E. coli"), and the hit says what it was found as
            assert hit.found_as, (text, hit.object_id)
            assert all(any(one_slip(t, search._fold(w))
                           or one_slip(t, re.sub(r"[\W_]", "", search._fold(w))) for t in typed)
                       for w in hit.found_as), (text, hit.found_as)
        assert search.MARK_START in hit.marked, (text, hit.object_id)


_PIECES = st.sampled_from(["x", "X", "a", "E", "é", "e\u0301", "ñ", "ray", "Crohn", "s", "S",
                           "19", "3", "coli", "up", "ß", "Ünal", "t", "don"])
_GAPS = st.sampled_from(["-", "\u2010", "\u2011", "'", "\u2019", " ", "  ", ". ", ".", "\n",
                         ", ", "–", "/", "_"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GAPS), min_size=1, max_size=8)
       .map(lambda parts: "".join(p + g for p, g in parts)))
@example("x_x e\u0301-")  # an accent typed apart, after a letter joined by "_"
@example("x e\u0301 ray")
def test_the_quick_look_for_joins_never_misses_one(text: str) -> None:
    """``_MAY_JOIN`` only spares the full look-up in texts where no two parts can join."""
    quick = search.joined_terms(text)
    original = search._MAY_JOIN
    search._MAY_JOIN = re.compile("")  # every text looked at in full
    try:
        assert search.joined_terms(text) == quick, text
    finally:
        search._MAY_JOIN = original


def test_a_medicine_s_brand_and_generic_names_find_each_other(journal_path: Path) -> None:
    # what the family wrote down at the pharmacy, and what the doctor wrote in the letter
    with Journal.open(journal_path) as opened:
        opened.save_case(Case(title="Medicines", notes=[
            Note(id="note-brand", text="Picked up the Ozempic pens today."),
            Note(id="note-generic", text="Dr Hale: semaglutide 0.5 mg weekly."),
            Note(id="note-other", text="Jardiance stays as it is.")]))
        for typed in ("ozempic", "Semaglutide", "semaglutida"):
            assert _notes(opened.search(typed)) == {"brand", "generic"}, typed
        hits = {h.object_id: h for h in opened.search("semaglutide")}
        assert hits["note-brand"].found_as == ("Ozempic",)
