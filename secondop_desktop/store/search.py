# SPDX-License-Identifier: GPL-3.0-or-later
"""Full-text search over the journal: what text is indexed, and how user text becomes a query.

Each searchable thing becomes one row of ``search_index`` (see ``migrations``); the FTS5 table
over it is kept in step by triggers. The journal writes these rows in the same transaction as the
objects they come from, so search can never see a half-saved case.

User text never reaches FTS5 syntax: every word is quoted (so ``AND``, ``*``, ``"``, ``(`` are
just characters), words are joined by AND, and the last word (from two letters on) matches as a
prefix so that typing "oste" already finds "osteoarthritis". Accents and case do not matter
("muller" finds "Müller", "rinon" finds "riñón": the tokenizer removes diacritics).

People write one word in several ways, and search follows them:

- a word written with a hyphen, an apostrophe or a single letter apart ("X-ray", "x ray",
  "E. coli", "Crohn's") is also indexed joined up (``terms``: "xray", "ecoli", "crohns"), and a
  query written in any of these ways looks for the others too;
- a name in the table of terms the comparison uses (``domain/terms.py``: "heart attack",
  "myocardial infarction", "infarto de miocardio") also finds the other names of the same thing;
  such a hit says which word was found (``SearchHit.found_as``);
- the small words between the others ("of", "the", "my", "de", "la" …: ``SMALL_WORDS``) are not
  required, so "fracture of the arm" finds "broke my arm"; "no", "not", "without" and "sin"
  always are.
"""

from __future__ import annotations

import bisect
import functools
import html
import json
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from secondop_desktop.domain import terms
from secondop_desktop.domain.spelling import one_slip

KINDS = ("case", "opinion", "question", "answer", "note", "record", "medication", "decision",
         "review", "reply")

# The snippet marks a match with these two control characters; ``SearchHit`` turns them into
# brackets (``snippet``) or into whatever the caller wants (``highlight``).
MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 12
# More words than anyone types; bounds the work a pasted page of text can cause.
MAX_QUERY_WORDS = 24
# Other names looked for in one query, at most (a pasted list of diagnoses stays fast).
MAX_OTHER_NAMES = 48
# Names of the table shorter than this are never looked up nor looked for: "mi" is also
# Spanish for "my", "ca" and "oa" are parts of other words' abbreviations.
MIN_NAME_LETTERS = 3


@dataclass(frozen=True)
class IndexEntry:
    """One row of ``search_index``: a searchable text and what it belongs to.

    ``label`` names the thing for a list of results (a record's title, a medicine's name).
    """

    source: str  # the table whose row produced it
    source_id: str  # that row's object id
    kind: str
    object_id: str
    opinion_id: str | None
    text: str
    label: str = ""

    @functools.cached_property
    def terms(self) -> str:
        """The other forms of ``text``'s words (see ``index_terms``)."""
        return index_terms(self.text)


@dataclass(frozen=True)
class SearchHit:
    """Where the searched text occurs.

    ``opinion_id`` is the opinion the hit belongs to (the opinion itself, the opinion an answer
    was given in, the doctor a note is tied to, the doctor who prescribed a medicine), or None.
    ``label`` names a record or medicine ("MRI right knee"), "" for the other kinds.
    ``snippet`` is plain text around the match with each match in [brackets]; ``marked`` is the
    same with control characters ``MARK_START``/``MARK_END`` for callers that draw their own
    emphasis (see ``highlight``). ``found_as`` holds the words of the text that matched through
    another name of the same thing ("myocardial infarction" for "heart attack"), as written.
    """

    case_id: str
    case_title: str
    kind: str
    object_id: str
    opinion_id: str | None
    snippet: str
    marked: str = ""
    label: str = ""
    found_as: tuple[str, ...] = ()

    def highlight(
        self, start: str = "<b>", end: str = "</b>", escape: Callable[[str], str] = html.escape
    ) -> str:
        """The snippet with each match wrapped in ``start``/``end``, the rest escaped."""
        out: list[str] = []
        for i, piece in enumerate(self.marked.split(MARK_START)):
            if i == 0:
                out.append(escape(piece))
                continue
            match, _, rest = piece.partition(MARK_END)
            out.append(start + escape(match) + end + escape(rest))
        return "".join(out)


def _join(parts: Iterable[object]) -> str:
    return "\n".join(p.strip() for p in parts if isinstance(p, str) and p.strip())


def _label(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


# The entry functions read the JSON form (``to_dict()``) of an object: saving has it at hand
# anyway, and ``check()`` can recompute every entry from the stored rows without building
# model objects (ten times faster over 100,000 notes).


def case_entries(case: dict[str, Any]) -> list[IndexEntry]:
    """The case's own words, and what the user wrote on its Decision tab (``decision_entries``)."""
    text = _join([case.get("title"), case.get("concern"), case.get("patient_name")])
    entries = [IndexEntry("cases", case["id"], "case", case["id"], None, text)] if text else []
    return entries + decision_entries(case)


def decision_entries(case: dict[str, Any]) -> list[IndexEntry]:
    """The decision as the user wrote it: the plan chosen, why, who decides with them, what
    matters to them and their own options (it lives in the case's own row)."""
    decision = case.get("decision")
    if not isinstance(decision, dict):
        return []
    values = [v.get("factor") for v in decision.get("values") or [] if isinstance(v, dict)]
    own = decision.get("own_options")
    text = _join([decision.get("chosen"), decision.get("reasons"), decision.get("with_whom"),
                  *values, *(own if isinstance(own, list) else [])])
    if not text:
        return []
    return [IndexEntry("cases", case["id"], "decision", case["id"], None, text)]


def opinion_entries(opinion: dict[str, Any]) -> list[IndexEntry]:
    """The opinion's own text, and one entry per answer given in it."""
    physician = opinion.get("physician") or {}
    diagnosis = opinion.get("diagnosis") or {}
    parts: list[object] = [
        opinion.get("label"),
        physician.get("name"),
        physician.get("specialty"),
        physician.get("institution"),
        diagnosis.get("text"),
        diagnosis.get("icd10"),
        diagnosis.get("stage"),
        opinion.get("rationale"),
    ]
    for item in opinion.get("evidence") or []:
        parts += [item.get("title"), item.get("source"), item.get("interpretation")]
    for rec in opinion.get("recommendations") or []:
        parts += [rec.get("treatment"), rec.get("benefits"), rec.get("risks"),
                  rec.get("side_effects")]
    parts.append(opinion.get("follow_up"))
    opinion_id = opinion["id"]
    entries: list[IndexEntry] = []
    text = _join(parts)
    if text:
        entries.append(IndexEntry("opinions", opinion_id, "opinion", opinion_id, opinion_id, text))
    for answer in opinion.get("answers") or []:
        text = _join([answer.get("text")])
        if text:
            entries.append(
                IndexEntry("opinions", opinion_id, "answer", answer["id"], opinion_id, text)
            )
    return entries


def question_entries(question: dict[str, Any]) -> list[IndexEntry]:
    text = _join([question.get("text")])
    if not text:
        return []
    return [IndexEntry("questions", question["id"], "question", question["id"], None, text)]


def note_entries(note: dict[str, Any]) -> list[IndexEntry]:
    tags = " ".join(t for t in note.get("tags") or [] if isinstance(t, str))
    text = _join([note.get("text"), note.get("author"), tags])
    if not text:
        return []
    return [IndexEntry("notes", note["id"], "note", note["id"], note.get("opinion_id"), text)]


def record_entries(record: dict[str, Any]) -> list[IndexEntry]:
    """A test, scan or report: its title, the user's notes on it and its files' names."""
    names = [a.get("name") for a in record.get("attachments") or [] if isinstance(a, dict)]
    text = _join([record.get("title"), record.get("notes"), *names])
    if not text:
        return []
    return [IndexEntry("records", record["id"], "record", record["id"], None, text,
                       _label(record.get("title")))]


def medication_entries(medication: dict[str, Any]) -> list[IndexEntry]:
    """A medicine the user keeps: its name, dose, when it is taken, what for and who gave it."""
    dose = " ".join(p for p in (medication.get("dose"), medication.get("unit"))
                    if isinstance(p, str) and p.strip())
    text = _join([medication.get("name"), dose, medication.get("schedule"),
                  medication.get("reason"), medication.get("prescriber"),
                  medication.get("notes")])
    if not text:
        return []
    prescribed_by = medication.get("prescribed_by")
    opinion_id = prescribed_by if isinstance(prescribed_by, str) and prescribed_by else None
    return [IndexEntry("medications", medication["id"], "medication", medication["id"],
                       opinion_id, text, _label(medication.get("name")))]


def review_entries(review: dict[str, Any]) -> list[IndexEntry]:
    """A difference the user followed up: their note on it (kind ``review``, read in the compare
    view) and what the doctor it was put to said (kind ``reply``, on the Follow-ups tab, tied to
    that doctor's opinion)."""
    review_id = review["id"]
    entries: list[IndexEntry] = []
    note = _join([review.get("note")])
    if note:
        entries.append(IndexEntry("reviews", review_id, "review", review_id, None, note))
    reply = _join([review.get("reply")])
    if reply:
        asked_to = review.get("asked_to")
        opinion_id = asked_to if isinstance(asked_to, str) and asked_to else None
        entries.append(IndexEntry("reviews", review_id, "reply", review_id, opinion_id, reply))
    return entries


# The stored rows each table's entries come from (the case's own row: ``case_entries``).
ENTRY_MAKERS: dict[str, Callable[[dict[str, Any]], list[IndexEntry]]] = {
    "opinions": opinion_entries,
    "questions": question_entries,
    "notes": note_entries,
    "records": record_entries,
    "medications": medication_entries,
    "reviews": review_entries,
}


def expected_entries(
    conn: sqlite3.Connection, only: str | None = None,
    loads: Callable[[str], Any] = json.loads,
) -> dict[str, list[IndexEntry]]:
    """The search entries the cases in use should have (cases in the bin have none), by case;
    ``only`` one case's."""
    out: dict[str, list[IndexEntry]] = {}
    which = "deleted_at IS NULL" + (" AND id = ?" if only else "")
    params = (only,) if only else ()
    for case_id, data in conn.execute(f"SELECT id, data FROM cases WHERE {which}", params):
        out[case_id] = case_entries(loads(data))
    for table, maker in ENTRY_MAKERS.items():
        for case_id, data in conn.execute(
                f"SELECT case_id, data FROM {table} WHERE case_id IN "
                f"(SELECT id FROM cases WHERE {which})", params):
            out.setdefault(case_id, []).extend(maker(loads(data)))
    return out


INSERT_SQL = (
    "INSERT INTO search_index (case_id, source, source_id, kind, object_id, opinion_id, text, "
    "label, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def insert_rows(case_id: str, entries: Iterable[IndexEntry]) -> Iterator[tuple[Any, ...]]:
    """The parameters of ``INSERT_SQL`` for these entries of one case."""
    for e in entries:
        yield (case_id, e.source, e.source_id, e.kind, e.object_id, e.opinion_id, e.text,
               e.label, e.terms)


# -- words written in parts ------------------------------------------------------------------

@functools.lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """Roughly what the unicode61 tokenizer compares: no accents, no case."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
_HYPHENS = frozenset("-\u2010\u2011")
_APOSTROPHES = frozenset("'\u2019")
# A letter right after one of these is part of a longer written thing, not a letter on its own.
_NOT_ALONE = _APOSTROPHES | {"_"}
# Letters that are words on their own in English or Spanish: "a typical day" is not
# "atypical", "y" and "o" are "and" and "or".
_WORD_LETTERS = frozenset("aeiouy")
# A part of a word joined up with at most this many others (a longer run is a list, not a word).
_MAX_PARTS = 4


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _joins(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Whether two neighbouring tokens are parts of one written word: "X-ray", "COVID-19",
    "Crohn's", "x ray", "E. coli" (not "3-4", a range, nor "a typical", two words)."""
    gap = text[left.end():right.start()]
    a, b = left.group(), right.group()
    if len(gap) == 1 and gap in _HYPHENS:
        return not (a.isdigit() and b.isdigit())
    if len(gap) == 1 and gap in _APOSTROPHES:
        return b in ("s", "S") and not a.isdigit()
    if len(a) != 1 or not a.isalpha() or not b[0].isalpha() or len(_fold(b)) < 2:
        return False  # (folded: "é" typed as e and an accent is one letter, as "é" is)
    if left.start() > 0 and text[left.start() - 1] in _NOT_ALONE:
        return False  # the t of "don't", the s of "patient's", the x of "x_x"
    if gap.startswith(".") and gap[1:].strip(" ") == "":
        return True  # an initial: "E. coli", "H. pylori"
    return gap.strip(" ") == "" and _fold(a) not in _WORD_LETTERS


# Where two parts of a word may meet (``_joins`` decides): most texts have no such place, and
# are done with one search of this expression.
_MAY_JOIN = re.compile(
    r"(?:[^\W_]|[\u0300-\u036f])[-\u2010\u2011'\u2019][^\W_]"  # X-ray, Crohn's
    r"|(?<![\w'\u2019])[^\W\d_]\.\s*[^\W\d_]"  # E. coli
    r"|(?<![\w'\u2019])[^\W\d_aeiouyAEIOUY] +[^\W\d_]"  # x ray
)


_JOINERS = _HYPHENS | _APOSTROPHES


def _runs(text: str, tokens: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """The (first, last + 1) token numbers of each word written in two or more parts."""
    if not _MAY_JOIN.search(text):
        return
    start = 0
    count = len(tokens)
    for i in range(1, count + 1):
        if i < count:
            left, right = tokens[i - 1], tokens[i]
            end = left.end()
            # ``_joins`` is only asked where it can say yes (a gap of one hyphen or apostrophe,
            # or a part of one letter): a long text with one "X-ray" in it has a few such
            # places among hundreds of words (a search rebuild asks for every text).
            if ((right.start() == end + 1 and text[end] in _JOINERS)
                    or end - left.start() == 1) and _joins(text, left, right):
                continue
        if i - start >= 2:
            yield start, i
        start = i


def _joined_spans(text: str, tokens: list[re.Match[str]]) -> Iterator[tuple[int, int, str]]:
    """(first, last + 1, joined folded form) of every stretch of 2 to ``_MAX_PARTS`` parts of
    a word in parts: "x-ray-guided" gives "xray", "xrayguided" and "rayguided"."""
    for first, end in _runs(text, tokens):
        for a in range(first, end):
            for b in range(a + 2, min(end, a + _MAX_PARTS) + 1):
                yield a, b, "".join(_fold(t.group()) for t in tokens[a:b])


def joined_terms(text: str) -> str:
    """The words of ``text`` written in parts, joined up, folded and space-separated ("X-ray"
    and "x ray" give "xray"), for the index's ``terms`` column: typing them joined finds them."""
    if not _MAY_JOIN.search(text):
        return ""  # most texts: no place where two parts could meet, so no need to split it
    tokens = _tokens(text)
    if len(tokens) < 2:
        return ""
    return " ".join(dict.fromkeys(joined for _a, _b, joined in _joined_spans(text, tokens)))


def spelled_terms(text: str) -> str:
    """The words of ``text`` in British spelling, in their American form ("haemorrhage" gives
    "hemorrhage"), folded and space-separated: one form for both, so each finds the other."""
    folded = _fold(text)
    if not terms.has_british_spelling(folded):
        return ""
    return " ".join(dict.fromkeys(
        spelled for word in _TOKEN.findall(folded)
        if (spelled := terms.unify_spelling(word)) != word))


# What a broken bone said in everyday words ("broke my arm", "muñeca rota") is indexed as: the
# table of terms' name for it, so "fracture" and its other names find it.
BROKEN_TERM = "fracture"


def _broken_spans(folded: list[str]) -> list[tuple[int, int, int, int]]:
    """(first, end) of each phrase of folded words saying a bone broke (``terms.broken_bones``:
    "broken wrist", "se rompió la muñeca"; not "broken sleep"), and (first, end) of its words
    for breaking, as word numbers."""
    line = " ".join(folded)
    if not terms.may_say_broken(line):
        return []
    starts = []
    at = 0
    for word in folded:
        starts.append(at)
        at += len(word) + 1
    return [(bisect.bisect_right(starts, a) - 1, bisect.bisect_left(starts, b),
             bisect.bisect_right(starts, va) - 1, bisect.bisect_left(starts, vb))
            for a, b, va, vb in terms.broken_bones(line)]


def broken_terms(text: str) -> str:
    """``BROKEN_TERM`` when ``text`` says a bone broke in everyday words, else ""."""
    folded = _fold(text)
    if not terms.may_say_broken(folded):
        return ""
    return BROKEN_TERM if _broken_spans([_fold(t) for t in _TOKEN.findall(text)]) else ""


# Remembered for the texts met last: a case saved again re-indexes every entry it has, mostly
# unchanged, and a search rebuild meets the same text in many rows (a copied case, a note or
# record title written alike in several cases). The terms of a text never change within a run.
@functools.lru_cache(maxsize=2048)
def index_terms(text: str) -> str:
    """The index's ``terms`` column: the words written in parts, joined up (``joined_terms``),
    the British spellings in their American form (``spelled_terms``) and "fracture" for a bone
    said to be broken (``broken_terms``)."""
    return " ".join(t for t in (joined_terms(text), spelled_terms(text), broken_terms(text))
                    if t)


# -- the table of terms --------------------------------------------------------------------------

def _name_key_tokens(word: str) -> list[str]:
    """A typed word's tokens as the table of terms writes its names: folded, without a
    possessive "'s", in American spelling."""
    folded = _POSSESSIVE.sub("", terms.fold(word))
    return [terms.unify_spelling(t) for t in re.findall(r"[^\W_]+", folded)]


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


@functools.lru_cache(maxsize=1)
def _names() -> tuple[dict[str, tuple[str, ...]], int]:
    """Each name of the table of terms -> every name of the same thing; and the most words a
    name has."""
    groups: dict[str, tuple[str, ...]] = {}
    for canonical, names in terms.SYNONYMS.items():
        usable = tuple(dict.fromkeys(
            n for n in (canonical, *names) if len(n.replace(" ", "")) >= MIN_NAME_LETTERS))
        for name in usable:
            groups.setdefault(name, usable)  # a name of two things: the first one's
    return groups, max(len(n.split()) for n in groups)


# -- queries ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Alternative:
    """One way of finding a part of the query: every phrase of ``parts`` in the text (a
    phrase: its tokens one after the other); the last token of the last phrase a prefix when
    ``prefix``. ``other_name``: a name from the table of terms, not what the user typed.
    ``whole``: never a prefix (a typed word split in two: "follow u*" would ask for every word
    starting with u)."""

    parts: tuple[tuple[str, ...], ...]
    prefix: bool = False
    other_name: bool = False
    whole: bool = False

    @functools.cached_property
    def folded(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(_fold(t) for t in part) for part in self.parts)

    def fts(self) -> str:
        phrases = ['"' + " ".join(part).replace('"', '""') + '"' for part in self.parts]
        if self.prefix:
            phrases[-1] += "*"
        return phrases[0] if len(phrases) == 1 else "(" + " AND ".join(phrases) + ")"


@dataclass(frozen=True)
class Query:
    """What the user typed, as a safe FTS5 expression and as the ways of matching each part
    (``units``: every unit must match, by any one of its alternatives, but those numbered in
    ``optional``: the small words between the others)."""

    fts: str
    units: tuple[tuple[Alternative, ...], ...] = field(default=())
    optional: frozenset[int] = field(default=frozenset())


def _typed_words(text: str) -> list[tuple[str, tuple[str, ...]]]:
    # Control and format characters (NUL ends an FTS5 string early) become spaces.
    cleaned = "".join(
        " " if unicodedata.category(ch).startswith("C") else ch
        for ch in unicodedata.normalize("NFC", text)
    )
    words = [w for w in cleaned.split() if any(ch.isalnum() for ch in w)][:MAX_QUERY_WORDS]
    out = []
    for word in words:
        tokens = tuple(t for t in _TOKEN.findall(word) if any(ch.isalnum() for ch in t))
        if tokens:
            out.append((word, tokens))
    return out


def _joined_alternative(word: str) -> Alternative | None:
    """"xray" for a typed "X-ray" (when its parts join as they would in a text)."""
    tokens = _tokens(word)
    if len(tokens) < 2 or next(_runs(word, tokens), None) != (0, len(tokens)):
        return None
    return Alternative((("".join(t.group() for t in tokens),),))


def _other_names(typed: list[tuple[str, tuple[str, ...]]], at: int,
                 budget: int) -> tuple[int, tuple[str, ...]]:
    """The longest run of typed words from ``at`` that is a name in the table of terms: how
    many words, and the other names of that thing (none when no name starts there)."""
    groups, longest = _names()
    keys = [" ".join(_name_key_tokens(word)) for word, _ in typed[at:at + longest]]
    for count in range(len(keys), 0, -1):
        key = " ".join(keys[:count])
        group = groups.get(key)
        if group is not None:
            others = tuple(n for n in group if n != key)[:max(budget, 0)]
            return count, others
    return 0, ()


# A word typed as one is also looked for written as two ("followup": "follow up"), split after
# at least this many letters and before at least this many (so "into" is not "in to").
SPLIT_LEFT = 3
SPLIT_RIGHT = 2
# Never a part of such a split: the small words of English and Spanish that stand beside almost
# any other. Split off, they turn a word into something else altogether: "therapist" is not
# "the rapist", "together" not "toget her", "notable" not "not able", "paracetamol" not "para
# cetamol". ("up", "out", "down", "after", "over" and "back" stay: "checkup", "workout",
# "breakdown", "aftercare", "overdose", "setback" are written apart too.)
FUNCTION_WORDS = frozenset([
    "a", "an", "the", "this", "that", "these", "those", "to", "no", "not", "nor", "in", "on",
    "at", "of", "for", "from", "by", "with", "as", "if", "so", "but", "and", "or",
    "is", "it", "its", "be", "am", "are", "was", "were", "been", "has", "had", "have", "do",
    "does", "did", "he", "she", "him", "her", "hers", "his", "we", "us", "our",
    "me", "my", "i", "you", "your", "they", "them", "their", "who", "whom", "which", "what",
    "than", "then", "there", "here",
    "un", "una", "unos", "unas", "el", "la", "los", "las", "lo", "le", "les", "de", "del",
    "al", "en", "y", "e", "o", "u", "no", "ni", "se", "su", "sus", "mi", "mis", "tu", "tus",
    "te", "nos", "es", "son", "fue", "que", "por", "con", "sin", "para", "pero", "mas", "muy",
    "ya", "si", "esta", "este", "esto", "eso", "esa", "ese",
])
# Ways of splitting words looked for in one query, at most.
MAX_SPLITS = 32


def _spelled_alternative(tokens: tuple[str, ...]) -> Alternative | None:
    """"hemorrhage" for a typed "haemorrhage": the form the index holds both spellings under."""
    if len(tokens) != 1:
        return None
    folded = _fold(tokens[0])
    spelled = terms.unify_spelling(folded)
    return Alternative(((spelled,),)) if spelled != folded else None


def _split_alternatives(tokens: tuple[str, ...], budget: int) -> list[Alternative]:
    """A word typed as one, written as two side by side: "followup" as "follow up", "checkup"
    as "check up" (written with a hyphen the index reads it as these two words as well); never
    with a small word of ``FUNCTION_WORDS`` as a part ("therapist" is not "the rapist")."""
    if len(tokens) != 1 or budget <= 0:
        return []
    word = _fold(tokens[0])
    if not word.isalpha():
        return []
    return [Alternative(((left, right),), whole=True)
            for at in range(SPLIT_LEFT, len(word) - SPLIT_RIGHT + 1)
            if (left := word[:at]) not in FUNCTION_WORDS
            and (right := word[at:]) not in FUNCTION_WORDS][:budget]


def _pair_alternative(left: tuple[str, ...], right: tuple[str, ...]) -> Alternative:
    """Two typed words written as one: "follow up" as "followup" (or, in the index's joined
    terms, "follow-up")."""
    return Alternative((("".join(left + right),),))


# Words that only join the others in a phrase, English and Spanish (never "no", "not",
# "without", "sin": those change what is said).
SMALL_WORDS = frozenset({
    "of", "the", "a", "an", "in", "on", "at", "to", "my", "his", "her", "their", "our", "your",
    "de", "del", "la", "el", "los", "las", "en", "un", "una", "mi", "mis", "su", "sus",
})


def _typed_broken(typed: list[tuple[str, tuple[str, ...]]]) -> dict[int, int]:
    """Where the typed words say a bone broke ("broken wrist", "broke my arm", "muñeca rota"):
    the number of the first word for breaking -> the number after the last ("broke my")."""
    if not any(terms.may_say_broken(_fold(word)) for word, _ in typed):
        return {}
    owner: list[int] = []  # the typed word each token belongs to
    folded: list[str] = []
    for n, (_word, tokens) in enumerate(typed):
        owner += [n] * len(tokens)
        folded += [_fold(t) for t in tokens]
    return {owner[first]: owner[end - 1] + 1
            for _a, _b, first, end in _broken_spans(folded)}


def parse_query(text: str) -> Query | None:
    """A safe query for what the user typed, or None when there is nothing to look for.

    Each typed word is looked for as typed, joined up when typed in parts ("X-ray": "xray"), in
    the index's spelling ("haemorrhage": "hemorrhage"), written as two words ("followup": "follow
    up") and joined to the word beside it ("follow up": "followup"); a name of the table of terms
    also by the other names of that thing.
    """
    typed = _typed_words(text)
    if not typed:
        return None
    units: list[list[Alternative]] = []
    # Each unit's one typed word's tokens, or None for a unit of several words.
    single: list[tuple[str, ...] | None] = []
    budget = MAX_OTHER_NAMES
    splits = MAX_SPLITS
    broken = _typed_broken(typed)
    i = 0
    while i < len(typed):
        count, others = _other_names(typed, i, budget)
        if not count and i in broken:
            # "broke my" of "broke my arm", "rota" of "muñeca rota": the words as typed, or
            # any name of a fracture (which the index also gives a bone written broken)
            words = typed[i:broken[i]]
            unit = [Alternative((tuple(t for _, tokens in words for t in tokens),))]
            others = _names()[0][BROKEN_TERM][:max(budget, 0)]
            unit += [Alternative((tuple(name.split()),), other_name=True) for name in others]
            budget -= len(others)
            single.append(words[0][1] if len(words) == 1 else None)
            i += len(words)
        elif count:
            words = typed[i:i + count]
            unit = [Alternative(tuple(tokens for _, tokens in words))]
            if count > 1:  # the words side by side, to mark them as one piece
                unit.insert(0, Alternative((tuple(t for _, tokens in words for t in tokens),)))
                # ... or written as one ("x ray", a name of the table: "xray" is the word
                # typed, joined, not another name found)
                joined = _joined_alternative(" ".join(word for word, _ in words))
                if joined:
                    unit.append(joined)
                    others = tuple(n for n in others if (n,) != joined.parts[0])
            else:
                joined = _joined_alternative(words[0][0])
                unit += [joined] if joined else []
            unit += [Alternative((tuple(name.split()),), other_name=True) for name in others]
            budget -= len(others)
            single.append(words[0][1] if count == 1 else None)
            i += count
        elif (i + 1 < len(typed) and len(typed[i][1]) == 1 and len(typed[i][1][0]) == 1
              and (pair := _joined_alternative(f"{typed[i][0]} {typed[i + 1][0]}"))):
            # "x ray": the two words side by side, or written as one ("xray", "X-ray")
            unit = [Alternative((typed[i][1] + typed[i + 1][1],)), pair]
            single.append(None)
            i += 2
        else:
            word, tokens = typed[i]
            unit = [Alternative((tokens,))]
            joined = _joined_alternative(word)
            unit += [joined] if joined else []
            split = _split_alternatives(tokens, splits)
            unit += split
            splits -= len(split)
            single.append(tokens)
            i += 1
        own = single[-1]
        spelled = _spelled_alternative(own) if own else None
        unit += [spelled] if spelled else []
        units.append(unit)
    for n in range(len(units) - 1):
        left, right = single[n], single[n + 1]
        if left and right:
            pair = _pair_alternative(left, right)
            units[n].append(pair)
            units[n + 1].append(pair)
    # One letter as a prefix would match half the journal; wait for the second letter.
    last = units[-1]
    if len(_fold(last[0].parts[-1][-1])) >= 2:
        units[-1] = [Alternative(a.parts, prefix=True) if not (a.other_name or a.whole) else a
                     for a in last]
    # A small word between the others ("fracture of the arm", "dolor en la rodilla") is not
    # required: a note says the same without it ("broke my arm"). It is still marked where it
    # stands; typed alone, or with only other small words, it is looked for.
    optional = frozenset(n for n, own in enumerate(single)
                         if own and len(own) == 1 and _fold(own[0]) in SMALL_WORDS)
    if len(optional) == len(units):
        optional = frozenset()
    return _query_of(units, optional)


def _query_of(units: list[list[Alternative]], optional: frozenset[int]) -> Query:
    """The query asking for every unit but the optional ones, each by any of its ways."""
    fts = " AND ".join(
        unit[0].fts() if len(unit) == 1 else "(" + " OR ".join(a.fts() for a in unit) + ")"
        for n, unit in enumerate(units) if n not in optional
    )
    return Query(fts, tuple(tuple(unit) for unit in units), optional)


def _rows(conn: sqlite3.Connection, query: Query, limit: int) -> list[tuple[Any, ...]]:
    return conn.execute(
        _SEARCH_SQL, {"query": query.fts, "limit": int(limit), "pool": max(POOL, int(limit))}
    ).fetchall()


# Looked for by their slips only when this long (as the comparison reads typing slips).
SLIP_LETTERS = 5
# At most this many of the journal's words for one typed word (a slip with more is a guess).
MAX_SLIPS = 3


def _respelled_query(conn: sqlite3.Connection, query: Query) -> Query | None:
    """``query`` with each typed word the journal does not hold also looked for as the
    journal's words one slip from it (a letter changed, added or dropped, two neighbours
    swapped: ``domain.spelling.one_slip``); None when no word has such a partner."""
    try:
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words "
                     "USING fts5vocab(main, search_index_fts, 'row')")
    except sqlite3.Error:
        return None
    units = [list(unit) for unit in query.units]
    changed = False
    for n, unit in enumerate(units):
        own = unit[0]
        if own.other_name or len(own.parts) != 1 or len(own.parts[0]) != 1:
            continue
        typed = _fold(own.parts[0][0])
        if len(typed) < SLIP_LETTERS or not typed.isalpha():
            continue
        rows = conn.execute(
            "SELECT term FROM temp.search_words WHERE term >= ? AND term < ? "
            "AND length(term) BETWEEN ? AND ?",
            (typed[0], chr(ord(typed[0]) + 1), len(typed) - 1, len(typed) + 1)).fetchall()
        held = {term for (term,) in rows}
        if typed in held:
            continue
        # The word still being typed ("followu" of "followup") is not "follow" with a slip.
        near = sorted(term for term in held if one_slip(typed, term)
                      and not (own.prefix and n == len(units) - 1 and typed.startswith(term)))
        if 0 < len(near) <= MAX_SLIPS:
            unit += [Alternative(((term,),), other_name=True) for term in near]
            changed = True
    return _query_of(units, query.optional) if changed else None


def fts_query(text: str) -> str | None:
    """The FTS5 expression for what the user typed (every word quoted), or None."""
    query = parse_query(text)
    return query.fts if query else None


# -- snippets ------------------------------------------------------------------------------------

class _Text:
    """A text's tokens, folded, with where each folded word and joined-up word stands."""

    def __init__(self, text: str, tokens: list[re.Match[str]] | None = None) -> None:
        self.text = text
        self.tokens = _tokens(text) if tokens is None else tokens
        self.folded = [_fold(t.group()) for t in self.tokens]
        self.at: dict[str, list[int]] = {}
        for i, word in enumerate(self.folded):
            self.at.setdefault(word, []).append(i)
        self.joined: dict[str, list[tuple[int, int]]] = {}
        for a, b, joined in _joined_spans(text, self.tokens):
            self.joined.setdefault(joined, []).append((a, b))
        if terms.has_british_spelling(" ".join(self.folded)):  # as ``spelled_terms`` reads it
            for i, word in enumerate(self.folded):
                spelled = terms.unify_spelling(word)
                if spelled != word:
                    self.joined.setdefault(spelled, []).append((i, i + 1))
        # A broken bone in everyday words, where the index's BROKEN_TERM comes from: found
        # through another name ("fracture" typed, "broke my arm" written).
        self.named: dict[str, list[tuple[int, int]]] = {}
        for first, end, _verb, _verb_end in _broken_spans(self.folded):
            self.named.setdefault(BROKEN_TERM, []).append((first, end))

    def span(self, first: int, end: int) -> tuple[int, int]:
        return self.tokens[first].start(), self.tokens[end - 1].end()

    def phrase(self, words: tuple[str, ...], prefix: bool,
               named: bool = False) -> list[tuple[int, int]]:
        """Character spans where the folded ``words`` stand one after the other; with ``named``,
        where the text says that word in other words (``named``: "fracture" in "broke my
        arm")."""
        found: list[tuple[int, int]] = []
        if named:
            if len(words) != 1:
                return []
            keys = ([k for k in self.named if k.startswith(words[0])] if prefix
                    else [words[0]] if words[0] in self.named else [])
            return [self.span(a, b) for key in keys for a, b in self.named[key]]
        if len(words) == 1:
            keys = ([k for k in self.at if k.startswith(words[0])] if prefix
                    else [words[0]] if words[0] in self.at else [])
            for key in keys:
                found += [self.span(i, i + 1) for i in self.at[key]]
            jkeys = ([k for k in self.joined if k.startswith(words[0])] if prefix
                     else [words[0]] if words[0] in self.joined else [])
            for key in jkeys:
                found += [self.span(a, b) for a, b in self.joined[key]]
            return found
        n = len(words)
        for i in self.at.get(words[0], ()):
            if i + n > len(self.folded):
                continue
            middle_ok = all(self.folded[i + k] == words[k] for k in range(1, n - 1))
            last = self.folded[i + n - 1]
            if middle_ok and (last == words[-1] or (prefix and last.startswith(words[-1]))):
                found.append(self.span(i, i + n))
        return found

    def matches(self, alternative: Alternative, named: bool = False) -> list[tuple[int, int]]:
        """Where the alternative matches (every phrase of it somewhere), or []; with ``named``,
        where the text says it in other words."""
        spans: list[tuple[int, int]] = []
        folded = alternative.folded
        for n, words in enumerate(folded):
            found = self.phrase(words, alternative.prefix and n == len(folded) - 1, named)
            if not found:
                return []
            spans += found
        return spans


_BETWEEN_PIECES = re.compile(r"[\s\-\u2010\u2011]*")


def _merged(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one, and spans with only spaces or a hyphen between them too:
    "X-ray" and "follow up" are one piece, not "[X]-[ray]"."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] or _BETWEEN_PIECES.fullmatch(text, out[-1][1], start)):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def find_matches(text: str, query: Query, tokens: list[re.Match[str]] | None = None,
                 ) -> tuple[list[tuple[int, int]], tuple[str, ...]]:
    """The character spans of ``text`` that match, and the words found through another name
    (for a part of the query none of whose own ways matched), as written in the text."""
    words = _Text(text, tokens)
    spans: list[tuple[int, int]] = []
    found_as: dict[str, str] = {}
    for unit in query.units:
        own = [s for a in unit if not a.other_name for s in words.matches(a)]
        spans += own
        if words.named and not own:  # "fracture" typed, "broke my arm" written
            named = [s for a in unit for s in words.matches(a, named=True)]
            spans += named
            if named:
                own = named
                start, end = min(named)
                written = " ".join(text[start:end].split())
                found_as.setdefault(_fold(written), written)
        for alternative in unit:
            if not alternative.other_name:
                continue
            found = words.matches(alternative)
            spans += found
            if found and not own:
                start, end = min(found)
                written = " ".join(text[start:end].split())
                found_as.setdefault(_fold(written), written)
    return _merged(text, spans), tuple(found_as.values())


def make_snippet(text: str, query: Query, size: int = SNIPPET_TOKENS) -> str:
    """About ``size`` words of ``text`` around the first match, matches between marks."""
    return snippet_and_words(text, query, size)[0]


def snippet_and_words(text: str, query: Query,
                      size: int = SNIPPET_TOKENS) -> tuple[str, tuple[str, ...]]:
    """The snippet (``make_snippet``) and the words found through another name."""
    text = text.replace(MARK_START, "").replace(MARK_END, "")  # ours alone, never the user's
    tokens = _tokens(text)
    if not tokens:
        return "", ()
    spans, found_as = find_matches(text, query, tokens)
    first = 0
    if spans:
        first = next((i for i, t in enumerate(tokens) if t.end() > spans[0][0]), 0)
    begin = max(0, min(first - size // 3, len(tokens) - size))
    stop = min(len(tokens), begin + size)
    low = tokens[begin].start() if begin > 0 else 0
    high = tokens[stop - 1].end() if stop < len(tokens) else len(text)
    for start, end in spans:  # a match the window cuts in two is shown whole
        if start < high < end:
            high = end
    out: list[str] = [ELLIPSIS] if begin > 0 else []
    cursor = low
    for start, end in spans:
        if end <= low or start >= high:
            continue
        start, end = max(start, low), min(end, high)
        out += [text[cursor:start], MARK_START, text[start:end], MARK_END]
        cursor = end
    out.append(text[cursor:high])
    if high < len(text) and stop < len(tokens):
        out.append(ELLIPSIS)
    return " ".join("".join(out).split()), found_as


# Ranking every match by relevance costs time in proportion to how many there are: a common word
# in 100,000 notes took over 100 ms. So the newest POOL matches are taken (cheap: the index is
# read in row order and stops early) and ranked by bm25 among themselves.
POOL = 1000

_SEARCH_SQL = """
WITH candidates AS (
    SELECT rowid AS pk, bm25(search_index_fts) AS score
    FROM search_index_fts
    WHERE search_index_fts MATCH :query
    ORDER BY rowid DESC
    LIMIT :pool
), best AS (
    SELECT pk, score FROM candidates ORDER BY score, pk DESC LIMIT :limit
)
SELECT s.case_id, c.title, s.kind, s.object_id, s.opinion_id, s.text, s.label
FROM best
JOIN search_index AS s ON s.pk = best.pk
JOIN cases AS c ON c.id = s.case_id
ORDER BY best.score, best.pk DESC
"""


def run_search(conn: sqlite3.Connection, text: str, limit: int) -> list[SearchHit]:
    query = parse_query(text)
    if query is None or limit <= 0:
        return []
    rows = _rows(conn, query, limit)
    if not rows:
        # Nothing as typed: a word one slip from a word the journal holds ("naproxin") is
        # looked for as that word too, and each hit says what it was found as.
        respelled = _respelled_query(conn, query)
        rows = _rows(conn, respelled, limit) if respelled is not None else []
        query = respelled or query
    hits = []
    for case_id, title, kind, object_id, opinion_id, body, label in rows:
        marked, found_as = snippet_and_words(body, query)
        hits.append(
            SearchHit(
                case_id=case_id,
                case_title=title,
                kind=kind,
                object_id=object_id,
                opinion_id=opinion_id,
                snippet=marked.replace(MARK_START, "[").replace(MARK_END, "]"),
                marked=marked,
                label=label,
                found_as=found_as,
            )
        )
    return hits
