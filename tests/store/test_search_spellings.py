# SPDX-License-Identifier: GPL-3.0-or-later
"""Search finds a word however it is spelt: one word, two words or hyphenated ("followup",
"follow up", "follow-up"), British or American ("haemorrhage", "hemorrhage"), and the everyday
names patients use for what doctors write ("water tablet", "diuretic")."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from secondop_desktop.domain import terms
from secondop_desktop.domain.model import Case, Note
from secondop_desktop.store import search
from secondop_desktop.store.journal import Journal

# -- one word, two words, hyphenated ----------------------------------------------------------

# The ways people write one thing; each is written in a note and typed in the search box.
WRITTEN_APART = [
    ("followup", "follow up", "follow-up"),
    ("checkup", "check up", "check-up"),
    ("xray", "x ray", "X-ray"),
    ("secondopinion", "second opinion", "second-opinion"),
    ("workup", "work up", "work-up"),  # not a word of any list: the rule is general
    ("aftercare", "after care", "after-care"),
]


@pytest.fixture
def apart(journal_path: Path):
    with Journal.open(journal_path) as journal:
        notes = [Note(id=f"{n}-{m}", text=f"Asked about the {form} at the clinic.")
                 for n, forms in enumerate(WRITTEN_APART) for m, form in enumerate(forms)]
        journal.save_case(Case(title="Spelt three ways", notes=notes))
        yield journal


@pytest.mark.parametrize(("group", "typed"), [
    (n, form) for n, forms in enumerate(WRITTEN_APART) for form in forms])
def test_one_word_two_words_and_hyphenated_find_each_other(apart: Journal, group: int,
                                                           typed: str) -> None:
    hits = apart.search(typed)
    found = {h.object_id for h in hits}
    assert found == {f"{group}-{m}" for m in range(3)}, typed
    # What is marked is the word as written, whole: "[follow-up]", "[follow up]", "[followup]".
    for hit in hits:
        written = WRITTEN_APART[group][int(hit.object_id.split("-")[1])]
        assert f"[{written}]" in hit.snippet


def test_a_word_typed_as_one_while_more_words_follow(apart: Journal) -> None:
    """"followup clinic": the first word is not the last, and still found written as two."""
    assert {h.object_id for h in apart.search("followup clinic")} == {"0-0", "0-1", "0-2"}
    assert {h.object_id for h in apart.search("the follow up at")} == {"0-0", "0-1", "0-2"}


def test_short_words_are_not_split_into_nonsense(journal_path: Path) -> None:
    """"into" is not "in to", and a split is never a prefix ("follow u" is not "follow up")."""
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Short", notes=[Note(id="a", text="Walked in to the room."),
                                                     Note(id="b", text="A follow up call.")]))
        assert journal.search("into") == []
        assert [h.object_id for h in journal.search("followup")] == ["b"]
        assert journal.search("followu") == []  # as typed so far: "follow u*" is not asked


# A word typed as one that must not be read as two: what the two would say is something else,
# and to a worried reader sometimes something upsetting.
NOT_SPLIT = [
    ("therapist", "Saw the rapist's photo in the paper."),
    ("therapist", "The rapist was never found."),
    ("together", "Asked how to get her to the clinic."),
    ("notable", "There was no table in the room. I was not able to sit."),
    ("paracetamol", "Para cetamol no hay receta."),
    ("infection", "In fection, nothing."),
    ("another", "An other opinion."),
]


@pytest.mark.parametrize(("typed", "written"), NOT_SPLIT)
def test_a_small_word_is_never_split_off(journal_path: Path, typed: str, written: str) -> None:
    """"therapist" does not find "the rapist", "together" not "to get her", "notable" not "no
    table" or "not able": the note holds neither word as typed."""
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Notes", notes=[
            Note(id="other", text=written),
            Note(id="typed", text=f"Wrote down: {typed}.")]))
        assert [h.object_id for h in journal.search(typed)] == ["typed"]
        assert [h.object_id for h in journal.search(typed + " ")] == ["typed"]


def test_useful_splits_stay(journal_path: Path) -> None:
    """The splits people mean are still looked for, and X-ray however written."""
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Clinic", notes=[
            Note(id="follow", text="Booked the follow up for May."),
            Note(id="check", text="A check up with the GP."),
            Note(id="work", text="The full work up took a day."),
            Note(id="after", text="Leaflet about after care."),
            Note(id="xray", text="Had an X-ray of the wrist."),
            Note(id="second", text="Asked for a second opinion.")]))
        for typed, expected in [("followup", "follow"), ("checkup", "check"),
                                ("workup", "work"), ("aftercare", "after"), ("xray", "xray"),
                                ("x ray", "xray"), ("secondopinion", "second")]:
            assert [h.object_id for h in journal.search(typed)] == [expected], typed


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzñáéíóú", min_size=1, max_size=16))
@example("therapist")
@example("together")
@example("notable")
@example("paracetamol")
@example("sinusitis")
def test_a_split_never_has_a_function_word_as_a_part(word: str) -> None:
    for alternative in search._split_alternatives((word,), search.MAX_SPLITS):
        (left, right), = alternative.parts
        assert left not in search.FUNCTION_WORDS and right not in search.FUNCTION_WORDS
        assert left + right == search._fold(word)
        assert alternative.whole


_PART = st.text(alphabet="bcdfghklmnprstvw" + "aeiou", min_size=3, max_size=7)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_PART, _PART, st.sampled_from(["{a}{b}", "{a} {b}", "{a}-{b}"]),
       st.sampled_from(["{a}{b}", "{a} {b}", "{a}-{b}"]))
@example("sec", "ond", "{a}{b}", "{a} {b}")
def test_any_two_words_written_any_way_find_each_other(
        journal_path: Path, a: str, b: str, written: str, typed: str) -> None:
    """For any two words (not only those of a list), each way of writing them finds each;
    except a small word split off a word typed as one ("therapist" is not "the rapist")."""
    if typed == "{a}{b}" and written != typed:
        assume(a not in search.FUNCTION_WORDS and b not in search.FUNCTION_WORDS)
    text = written.format(a=a, b=b)
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(id="c", title="Any", notes=[Note(id="n", text=f"We {text} now")]))
        assert "n" in {h.object_id for h in journal.search(typed.format(a=a, b=b))}, (
            text, typed)


# -- British and American spellings --------------------------------------------------------

SPELLINGS = [
    ("haemorrhage", "hemorrhage"),
    ("oesophagus", "esophagus"),
    ("anaemia", "anemia"),
    ("oedema", "edema"),
    ("paediatric", "pediatric"),
    ("tumour", "tumor"),
    ("haematology", "hematology"),
    ("diarrhoea", "diarrhea"),
    ("anaesthetist", "anesthetist"),
    ("gynaecology", "gynecology"),
    # -ise and -yse against -ize and -yze, and a few whole words (schema 8)
    ("localised", "localized"),
    ("immunisation", "immunization"),
    ("paralysed", "paralyzed"),
    ("mould", "mold"),
    ("grey", "gray"),
]


@pytest.fixture
def spelt(journal_path: Path):
    with Journal.open(journal_path) as journal:
        notes = [Note(id=f"{n}-{side}", text=f"The {word.capitalize()} letter came today.")
                 for n, pair in enumerate(SPELLINGS) for side, word in zip("ba", pair, strict=True)]
        journal.save_case(Case(title="Both spellings", notes=notes))
        yield journal


@pytest.mark.parametrize(("group", "typed"), [
    (n, word) for n, pair in enumerate(SPELLINGS) for word in pair])
def test_british_and_american_spellings_find_each_other(spelt: Journal, group: int,
                                                        typed: str) -> None:
    hits = spelt.search(typed)
    assert {h.object_id for h in hits} == {f"{group}-b", f"{group}-a"}, typed
    for hit in hits:  # the word as written is marked, whichever spelling it has
        assert "[" in hit.snippet and "letter" in hit.snippet


def test_a_british_spelling_typed_halfway(spelt: Journal) -> None:
    assert {h.object_id for h in spelt.search("haemorr")} == {"0-b", "0-a"}
    assert {h.object_id for h in spelt.search("hemorr")} == {"0-b", "0-a"}


def test_a_british_spelling_inside_a_longer_word(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Longer", notes=[
            Note(id="gb", text="Oesophageal varices, seen by the paediatrician."),
            Note(id="us", text="Esophageal varices, seen by the pediatrician.")]))
        for typed in ("oesophageal", "esophageal", "paediatrician", "pediatrician"):
            assert {h.object_id for h in journal.search(typed)} == {"gb", "us"}, typed


# Words built from the spelling rule's fragments (and letters around them), so that pairs
# which are and are not variants of each other both come up often.
_FRAGMENTS = sorted({piece for pair in terms._SPELLING for piece in pair}
                    | {"a", "e", "o", "r", "t", "ia", "ic"})
_SPELT_WORD = st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=4).map("".join).filter(
    lambda w: 3 <= len(w) <= 30)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_SPELT_WORD, _SPELT_WORD)
@example("haemorrhage", "hemorrhage")
@example("oesophagus", "esophagus")
@example("tumour", "tumor")
@example("haem", "them")
def test_a_spelling_finds_another_exactly_when_that_one_finds_it(
        journal_path: Path, a: str, b: str) -> None:
    """Symmetric by construction: variant A finds B if and only if B finds A (and a variant
    always finds its pair of the rule)."""
    assume(a != b)
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(id="c", title="Pair", notes=[Note(id="a", text=f"x {a} y"),
                                                            Note(id="b", text=f"x {b} y")]))
        # The whole word, not a prefix: a space after it ends the last word.
        a_finds_b = "b" in {h.object_id for h in journal.search(f"{a} y")}
        b_finds_a = "a" in {h.object_id for h in journal.search(f"{b} y")}
    assert a_finds_b == b_finds_a
    if terms.unify_spelling(a) == terms.unify_spelling(b):
        assert a_finds_b


def test_index_terms_hold_the_american_form() -> None:
    assert search.spelled_terms("Haemorrhage; oedema, a TUMOUR.") == "hemorrhage edema tumor"
    assert search.spelled_terms("hemorrhage and edema") == ""
    assert search.index_terms("Follow-up of the oesophagus") == "followup esophagus"


# -- everyday names ------------------------------------------------------------------------

EVERYDAY = [
    # (what a patient writes, what a doctor writes), both ways
    ("broken wrist", "wrist fracture"),
    ("wrist break", "wrist fracture"),
    ("water tablets", "diuretic"),
    ("water pill", "diuretics"),
    ("blood thinner", "anticoagulant"),
    ("high blood pressure", "hypertension"),
    ("stroke", "cerebrovascular accident"),
    ("kidney stone", "nephrolithiasis"),
    ("fractura muñeca", "wrist fracture"),
    ("hueso roto", "fracture"),
    ("broke my arm", "fractured arm"),
    ("broken hip", "hip fracture"),
    ("broken left wrist", "fractured left wrist"),
    ("se rompió la muñeca", "muñeca fracturada"),
    ("cadera rota", "cadera fracturada"),
    ("me he roto el brazo", "broken arm"),
    ("diurético", "diuretic"),
    ("anticoagulante", "blood thinner"),
    ("tensión alta", "hipertensión"),
    ("presión alta", "hypertension"),
]


@pytest.mark.parametrize(("lay", "clinical"), EVERYDAY)
def test_everyday_words_and_doctors_words_find_each_other(journal_path: Path, lay: str,
                                                          clinical: str) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Words", notes=[
            Note(id="lay", text=f"Mum said: {lay}, since June."),
            Note(id="clinical", text=f"Letter: {clinical} noted in June.")]))
        # Typed as written in the other note (ending with a space: the whole last word).
        from_lay = journal.search(lay + " ")
        from_clinical = journal.search(clinical + " ")
    assert "clinical" in {h.object_id for h in from_lay}, lay
    assert "lay" in {h.object_id for h in from_clinical}, clinical
    found = next(h for h in from_lay if h.object_id == "clinical")
    assert found.found_as  # the list says what it was found as


def test_rotura_alone_is_not_a_fracture(journal_path: Path) -> None:
    """Spanish "rotura" is also a torn tendon ("rotura del manguito rotador"): only with the
    bone named is it looked for as a fracture."""
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Hombro", notes=[
            Note(id="cuff", text="Rotura del manguito rotador."),
            Note(id="bone", text="Fracture of the humerus.")]))
        assert [h.object_id for h in journal.search("rotura")] == ["cuff"]
        assert {h.object_id for h in journal.search("rotura de hueso ")} == {"bone"}



# -- a broken bone, and "broken" or "break" said of anything else ------------------------------

BONE_BROKEN = [
    ("wrist", "Mum has a broken wrist since the fall."),
    ("arm", "I broke my arm skiing in 2019."),
    ("hip", "Dad: broken hip, they operate on Monday."),
    ("bone", "Tiene el hueso roto."),
    ("muneca", "Se rompió la muñeca al caer."),
    ("cadera", "Mi madre tiene la cadera rota."),
]
NOT_A_BONE = [
    ("sleep", "Broken sleep again, up at 3."),
    ("pause", "I need to take a break from the forms."),
    ("heart", "I feel I have a broken heart."),
    ("news", "The doctor had to break the news gently."),
    ("promise", "He broke his promise to call back."),
    ("leg", "Break a leg at the concert, love!"),
    ("cuff", "Rotura del manguito rotador."),
]


@pytest.fixture
def bones(journal_path: Path):
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Falls", notes=[
            Note(id=note_id, text=text) for note_id, text in BONE_BROKEN + NOT_A_BONE]))
        yield journal


@pytest.mark.parametrize("typed", ["fracture", "fractura", "fractured", "broken bone",
                                   "Fracture "])
def test_fracture_finds_a_bone_said_broken_and_nothing_else_broken(bones: Journal,
                                                                   typed: str) -> None:
    hits = bones.search(typed)
    assert {h.object_id for h in hits} == {note_id for note_id, _ in BONE_BROKEN}, typed
    arm = next(h for h in hits if h.object_id == "arm")
    assert arm.snippet == "I [broke my arm] skiing in 2019."


@pytest.mark.parametrize(("typed", "expected"), [
    # the small words of a phrase are not required: the note says it without them
    ("fracture of the arm", {"arm"}),
    ("a fracture of my arm", {"arm"}),
    ("fractura de la muñeca", {"muneca", "wrist"}),  # "muñeca" is the wrist
    ("break the news", {"news"}),  # and where they stand, they count as ever
])
def test_a_phrase_finds_what_says_it_without_its_small_words(bones: Journal, typed: str,
                                                            expected: set[str]) -> None:
    assert {h.object_id for h in bones.search(typed)} == expected, typed


def test_small_words_alone_and_words_that_say_no_are_looked_for(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Biopsy", notes=[
            Note(id="none", text="The biopsy showed no cancer."),
            Note(id="some", text="Cancer cells in two lymph nodes.")]))
        assert {h.object_id for h in journal.search("no cancer")} == {"none"}
        assert {h.object_id for h in journal.search("the")} == {"none"}
        assert {h.object_id for h in journal.search("cancer in the nodes")} == {"some"}


def test_what_it_was_found_as_is_what_the_note_says(bones: Journal) -> None:
    found = {h.object_id: h.found_as for h in bones.search("fracture ")}
    assert found["arm"] == ("broke my arm",)
    assert found["muneca"] == ("Se rompió la muñeca",)
    assert found["bone"] == ("hueso roto",)


@pytest.mark.parametrize(("typed", "expected"), [
    ("broken", {"wrist", "hip", "sleep", "heart"}),  # the word as typed, never "fracture"
    ("break ", {"pause", "news", "leg"}),
    ("broken sleep", {"sleep"}),
    ("broken heart", {"heart"}),
    ("broken wrist", {"wrist", "muneca"}),
    ("broke my arm", {"arm"}),
    ("muñeca rota", {"wrist", "muneca"}),
    ("cadera rota", {"hip", "cadera"}),
])
def test_broken_alone_is_only_the_word(bones: Journal, typed: str, expected: set[str]) -> None:
    assert {h.object_id for h in bones.search(typed)} == expected


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["broken", "broke", "break", "broke my", "broke the", "roto", "rota",
                        "se rompió la"]),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10))
@example("broken", "sleep")
@example("broke the", "news")
@example("broken", "heart")
def test_broken_and_a_word_that_is_no_bone_is_no_fracture(verb: str, word: str) -> None:
    """Neither the index nor a query reads a fracture into "broken" beside anything but a bone
    or joint of the one list (terms.BONES)."""
    assume(word not in terms.BONES)
    text = f"{verb} {word}"
    assert search.broken_terms(text) == ""
    query = search.parse_query(text)
    assert query is not None
    assert not any(a.other_name and a.parts == (("fracture",),) for unit in query.units
                   for a in unit)


def test_only_the_ise_words_of_the_rule_are_rewritten() -> None:
    # -ise and -yse endings that are no British spelling stay as they are
    for word in ("exercise", "advise", "excise", "bruise", "revise", "precise", "otherwise",
                 "noise", "raise", "arise", "franchise", "analysis", "paralysis", "organism"):
        assert terms.unify_spelling(word) == word, word
    # one word (search's call) and a whole text (the comparison's) follow the same rule
    for british, american in (("metastasised", "metastasized"), ("analysed", "analyzed"),
                              ("paralysing", "paralyzing"), ("immunisations", "immunizations"),
                              ("analyses", "analyses"), ("paralysis", "paralysis")):
        assert terms.unify_spelling(british) == american, british
        assert terms.unify_spelling(f"the {british} here") == f"the {american} here", british
    assert terms.unify_spelling("metastasised") == "metastasized"
    assert terms.unify_spelling("catheterisation") == "catheterization"
    assert terms.unify_spelling("a localised, immobilised and analysed mould") == (
        "a localized, immobilized and analyzed mold")


# -- a slip of the keyboard -------------------------------------------------------------------


@pytest.fixture
def typed(journal_path: Path):
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Knee", notes=[
            Note(id="n1", text="Naproxen 500 mg twice a day with food."),
            Note(id="n2", text="MRI shows a tear of the inner meniscus."),
            Note(id="n3", text="Physiotherapy twice a week for six weeks.")]))
        yield journal


@pytest.mark.parametrize(("typed_word", "found"), [
    ("naproxin", "Naproxen"),  # a letter changed
    ("menicsus", "meniscus"),  # two neighbours swapped
    ("physiotheraphy", "Physiotherapy"),  # a letter added
    ("Naproxn", "Naproxen"),  # a letter dropped, typed with a capital
])
def test_a_word_one_slip_from_a_word_of_the_journal_is_found_as_that_word(
        typed: Journal, typed_word: str, found: str) -> None:
    hits = typed.search(typed_word)
    assert [h.object_id for h in hits] and all(found in h.found_as for h in hits)
    assert f"[{found}]" in hits[0].snippet


def test_the_other_words_still_have_to_match(typed: Journal) -> None:
    assert [h.object_id for h in typed.search("naproxin food")] == ["n1"]
    assert typed.search("naproxin meniscus") == []


@pytest.mark.parametrize("typed_word", [
    "naproxyn x",  # the slip finds Naproxen, but nothing has "x"
    "nproxin",  # two slips away
    "maproxen",  # another first letter
    "tear",  # short words are looked for only as typed (and as the start of a word)
    "menis",  # the start of a word being typed is not a slip
])
def test_what_is_not_one_slip_is_not_found(typed: Journal, typed_word: str) -> None:
    hits = typed.search(typed_word)
    assert all(not h.found_as for h in hits)
    if typed_word != "menis" and typed_word != "tear":
        assert hits == []


def test_a_word_found_as_typed_is_not_respelled(typed: Journal) -> None:
    # "meniscus" is in the journal: no other spelling is tried, nothing "found as".
    assert all(not h.found_as for h in typed.search("meniscus"))
