# SPDX-License-Identifier: GPL-3.0-or-later
"""Full-text search: what it finds, that it follows every change, and that any input is safe."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondop_desktop.domain.model import Answer, Case, Note, Opinion, Physician, Question
from secondop_desktop.store.journal import Journal, SearchHit
from secondop_desktop.store.search import fts_query


@pytest.fixture
def journal(journal_path: Path, demo_case: Case):
    with Journal.open(journal_path) as opened:
        opened.save_case(demo_case)
        yield opened


def _kinds(hits: list[SearchHit]) -> set[str]:
    return {h.kind for h in hits}


def test_accents_do_not_matter(journal: Journal) -> None:
    case = Case(
        title="Rücken",
        opinions=[Opinion(physician=Physician(name="Dr Jürgen Müller"), rationale="Lésion")],
        notes=[Note(text="Zoë asked about the café appointment")],
    )
    journal.save_case(case)
    assert {h.object_id for h in journal.search("muller")} == {case.opinions[0].id}
    assert {h.object_id for h in journal.search("MÜLLER")} == {case.opinions[0].id}
    assert {h.object_id for h in journal.search("lesion")} == {case.opinions[0].id}
    assert {h.object_id for h in journal.search("zoe cafe")} == {case.notes[0].id}
    assert journal.search("rucken")[0].kind == "case"


def test_prefix_of_the_last_word(journal: Journal, demo_case: Case) -> None:
    hits = journal.search("oste")
    assert hits
    assert all("[Osteo" in h.snippet or "[osteo" in h.snippet for h in hits)
    # Earlier words match whole: "ost knee" is not "osteo… knee".
    assert journal.search("oste knee") == []
    assert journal.search("osteoarthritis kne")


def test_every_kind_is_found_with_its_owner(journal_path: Path) -> None:
    question = Question(text="Is physiotherapy enough?")
    opinion = Opinion(
        physician=Physician(name="Dr Quill"),
        rationale="Quadriceps strengthening first",
        answers=[Answer(question_id=question.id, text="Try twelve weeks of quadriceps work")],
    )
    note = Note(opinion_id=opinion.id, text="Quill was kind", tags=["quadriceps"])
    case = Case(title="Quadriceps case", concern="weak legs", opinions=[opinion],
                questions=[question], notes=[note])
    with Journal.open(journal_path) as journal:
        journal.save_case(case)
        hits = journal.search("quadriceps")
        by_kind = {h.kind: h for h in hits}
        assert set(by_kind) == {"case", "opinion", "answer", "note"}
        assert by_kind["answer"].object_id == opinion.answers[0].id
        assert by_kind["answer"].opinion_id == opinion.id
        assert by_kind["note"].opinion_id == opinion.id
        assert by_kind["case"].opinion_id is None
        assert all(h.case_id == case.id and h.case_title == case.title for h in hits)
        (hit,) = journal.search("physiotherapy enough")
        assert (hit.kind, hit.object_id, hit.opinion_id) == ("question", question.id, None)


def test_snippet_marks_the_match(journal: Journal) -> None:
    journal.save_case(Case(title="Plain", notes=[Note(text="One two three Müller four five")]))
    (hit,) = journal.search("muller")
    assert "[Müller]" in hit.snippet
    assert hit.highlight("<b>", "</b>") == "One two three <b>Müller</b> four five"


def test_snippet_escapes_for_rich_text(journal: Journal) -> None:
    journal.save_case(Case(title="Markup", notes=[Note(text="<i>zinc</i> & copper")]))
    (hit,) = journal.search("zinc")
    assert hit.highlight() == "&lt;i&gt;<b>zinc</b>&lt;/i&gt; &amp; copper"


def test_search_follows_edits(journal: Journal, demo_case: Case) -> None:
    note = demo_case.notes[0]
    note.text = "Completely new words: walrus"
    demo_case.opinions[1].rationale += " Platypus reasoning."
    demo_case.opinions[1].answers[0].text = "Answered with narwhal"
    demo_case.questions[0].text = "What about the okapi?"
    demo_case.title = "Renamed to pelican"
    journal.save_case(demo_case)
    assert [h.object_id for h in journal.search("walrus")] == [note.id]
    assert [h.kind for h in journal.search("platypus")] == ["opinion"]
    assert [h.object_id for h in journal.search("narwhal")] == [demo_case.opinions[1].answers[0].id]
    assert [h.kind for h in journal.search("okapi")] == ["question"]
    assert [h.kind for h in journal.search("pelican")] == ["case"]
    assert all(h.case_title == "Renamed to pelican" for h in journal.search("walrus"))
    assert journal.check() == []


def test_search_follows_removals_and_deletes(journal: Journal, demo_case: Case) -> None:
    demo_case.notes = [Note(text="Salamander note")]
    journal.save_case(demo_case)
    gone = copy.deepcopy(demo_case.opinions[1])
    demo_case.opinions.pop()
    journal.save_case(demo_case)
    assert journal.search(gone.physician.name) == [] or all(
        h.object_id != gone.id for h in journal.search(gone.physician.name)
    )
    assert all(h.opinion_id != gone.id for h in journal.search(gone.rationale.split()[0]))
    assert journal.check() == []
    journal.delete_case(demo_case.id)
    assert journal.search("salamander") == []
    assert journal.search("knee") == []
    assert journal.check() == []


def test_no_duplicate_hits_after_many_saves(journal: Journal, demo_case: Case) -> None:
    for n in range(5):
        demo_case.notes[0].text = f"Iguana version {n}"
        journal.save_case(demo_case)
    assert len(journal.search("iguana")) == 1
    assert journal.check() == []


@pytest.mark.parametrize(
    "text",
    ['"', '""', "knee AND", "AND", "OR NOT", "knee*", "*", "(knee", "knee)", "NEAR(knee pain)",
     "col:knee", "^knee", "-knee", "knee + pain", "'", "\\", "\x00", "", "   ", "{a b}",
     "knee\" OR \"pain", "🦵", "膝の痛み", "a" * 5000],
)
def test_odd_input_never_raises(journal: Journal, text: str) -> None:
    hits = journal.search(text)
    assert isinstance(hits, list)


def test_operators_are_plain_words(journal: Journal) -> None:
    journal.save_case(Case(title="Logic", notes=[Note(text="ham and eggs or toast")]))
    assert len(journal.search("ham AND eggs")) == 1
    assert journal.search("ham NOT eggs") == []


_SYNTAX = st.sampled_from(
    ['"', "AND", "OR", "NOT", "NEAR", "(", ")", "*", "^", ":", "+", "-", "{", "}", "'", "\x00",
     "knee", "oste", "müller"]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(st.text() | st.lists(_SYNTAX, max_size=8).map(" ".join)
       | st.lists(_SYNTAX, max_size=8).map("".join))
def test_any_text_is_a_safe_query(journal: Journal, text: str) -> None:
    journal.search(text, limit=5)


def test_query_building() -> None:
    assert fts_query("") is None
    assert fts_query("* ( )") is None
    # Quotes and stars are characters the tokenizer drops, never FTS5 syntax. Two words side
    # by side are also looked for written as one ("heelpain").
    assert fts_query('heel "pain') == (
        '("heel" OR "heelpain") AND ("pain"* OR "dolor" OR "dolores" OR "heelpain"*)')
    # A word of five letters or more is also looked for written as two ("mull er"), never as
    # a prefix; the last word is one.
    assert fts_query('Müller oste') == (
        '("Müller" OR "mul ler" OR "mull er" OR "Mülleroste") AND ("oste"* OR "Mülleroste"*)')
    # One letter alone is not a prefix: it would match most of the journal.
    assert fts_query("heel p") == '("heel" OR "heelp") AND ("p" OR "heelp")'
    # Written in parts: also joined up; a name of the table of terms: its other names too.
    # (an X-ray's other names, "radiografía" among them, since 6 December's fourth session)
    radiograph = ('"radiografia" OR "radiografias" OR "radiography" OR "plain radiograph" OR '
                  '"plain film"')
    assert fts_query("X-ray") == f'("X ray"* OR "Xray"* OR "radiograph" OR "xray" OR {radiograph})'
    assert fts_query("x ray chest") == (
        f'("x ray" OR ("x" AND "ray") OR "xray" OR "radiograph" OR {radiograph}) AND '
        '("chest"* OR "che st")')
    assert fts_query("knee pain") == (
        '("knee" OR "rodilla" OR "rodillas" OR "kneepain") AND '
        '("pain"* OR "dolor" OR "dolores" OR "kneepain"*)')
    # A British spelling: also in the American form, which the index holds for both. Never
    # split off a small word ("tum our"): "therapist" is not "the rapist".
    assert fts_query("tumour") == '("tumour"* OR "tumo ur" OR "tumor"*)'


def test_limit(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Many", notes=[Note(text=f"gecko {n}") for n in range(80)]))
        assert len(journal.search("gecko")) == 50
        assert len(journal.search("gecko", limit=7)) == 7
        assert journal.search("gecko", limit=0) == []


def test_rebuild_search_repairs_a_stale_index(journal: Journal, journal_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(journal_path)
    conn.execute("DELETE FROM search_index WHERE kind = 'note'")
    conn.commit()
    conn.close()
    assert journal.search("waiting list") == []
    assert any("search index" in p for p in journal.check())
    journal.rebuild_search()
    assert journal.check() == []
    assert [h.kind for h in journal.search("waiting list")] == ["note"]


def test_check_reports_a_search_entry_it_cannot_read(journal: Journal, journal_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(journal_path)
    conn.execute("UPDATE search_index SET kind = CAST(X'FF6F7465' AS TEXT) WHERE kind = 'note'")
    conn.commit()
    conn.close()
    problems = journal.check()
    assert any(p.startswith("The search index cannot be read") for p in problems), problems
    journal.rebuild_search()
    assert journal.check() == []
    assert [h.kind for h in journal.search("waiting list")] == ["note"]
