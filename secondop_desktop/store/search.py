# SPDX-License-Identifier: GPL-3.0-or-later
"""Full-text search over the journal: what text is indexed, and how user text becomes a query.

Each searchable thing becomes one row of ``search_index`` (see ``migrations``); the FTS5 table
over it is kept in step by triggers. The journal writes these rows in the same transaction as the
objects they come from, so search can never see a half-saved case.

User text never reaches FTS5 syntax: every word is quoted (so ``AND``, ``*``, ``"``, ``(`` are
just characters), words are joined by an implicit AND, and the last word (from two letters on)
matches as a prefix so that typing "oste" already finds "osteoarthritis". Accents and case do not
matter ("muller" finds "Müller").
"""

from __future__ import annotations

import functools
import html
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

KINDS = ("case", "opinion", "question", "answer", "note")

# The snippet marks a match with these two control characters; ``SearchHit`` turns them into
# brackets (``snippet``) or into whatever the caller wants (``highlight``).
MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 12
# More words than anyone types; bounds the work a pasted page of text can cause.
MAX_QUERY_WORDS = 24


@dataclass(frozen=True)
class IndexEntry:
    """One row of ``search_index``: a searchable text and what it belongs to."""

    source: str  # the table whose row produced it
    source_id: str  # that row's object id
    kind: str
    object_id: str
    opinion_id: str | None
    text: str


@dataclass(frozen=True)
class SearchHit:
    """Where the searched text occurs.

    ``opinion_id`` is the opinion the hit belongs to (the opinion itself, the opinion an answer
    was given in, the doctor a note is tied to), or None. ``snippet`` is plain text around the
    match with each matched word in [brackets]; ``marked`` is the same with control characters
    ``MARK_START``/``MARK_END`` for callers that draw their own emphasis (see ``highlight``).
    """

    case_id: str
    case_title: str
    kind: str
    object_id: str
    opinion_id: str | None
    snippet: str
    marked: str = ""

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


# The entry functions read the JSON form (``to_dict()``) of an object: saving has it at hand
# anyway, and ``check()`` can recompute every entry from the stored rows without building
# model objects (ten times faster over 100,000 notes).


def case_entries(case: dict[str, Any]) -> list[IndexEntry]:
    text = _join([case.get("title"), case.get("concern"), case.get("patient_name")])
    return [IndexEntry("cases", case["id"], "case", case["id"], None, text)] if text else []


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


@functools.lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """Roughly what the unicode61 tokenizer compares: no accents, no case."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")


@dataclass(frozen=True)
class Query:
    """What the user typed, as a safe FTS5 expression and as words to mark in a snippet."""

    fts: str
    words: tuple[str, ...]  # folded tokens to match whole
    prefix: str | None  # folded last token, matched as a prefix


def parse_query(text: str) -> Query | None:
    """A safe query for what the user typed, or None when there is nothing to look for."""
    # Control and format characters (NUL ends an FTS5 string early) become spaces.
    cleaned = "".join(
        " " if unicodedata.category(ch).startswith("C") else ch
        for ch in unicodedata.normalize("NFC", text)
    )
    words = [w for w in cleaned.split() if any(ch.isalnum() for ch in w)][:MAX_QUERY_WORDS]
    if not words:
        return None
    tokens = [_fold(t) for w in words for t in _TOKEN.findall(w)]
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    prefix: str | None = None
    # One letter as a prefix would match half the journal; wait for the second letter.
    if tokens and len(tokens[-1]) >= 2:
        quoted[-1] += "*"
        prefix = tokens.pop()
    return Query(" ".join(quoted), tuple(tokens), prefix)


def fts_query(text: str) -> str | None:
    """The FTS5 expression for what the user typed (every word quoted), or None."""
    query = parse_query(text)
    return query.fts if query else None


def make_snippet(text: str, query: Query, size: int = SNIPPET_TOKENS) -> str:
    """About ``size`` words of ``text`` around the first match, matches between marks."""
    text = text.replace(MARK_START, "").replace(MARK_END, "")  # ours alone, never the user's
    tokens = list(_TOKEN.finditer(text))
    if not tokens:
        return ""
    words = set(query.words)

    def hit(token: str) -> bool:
        folded = _fold(token)
        return folded in words or (query.prefix is not None and folded.startswith(query.prefix))

    first = next((i for i, t in enumerate(tokens) if hit(t.group())), 0)
    begin = max(0, min(first - size // 3, len(tokens) - size))
    window = tokens[begin : begin + size]
    out: list[str] = [ELLIPSIS] if begin > 0 else []
    cursor = 0 if begin == 0 else window[0].start()
    for token in window:
        out.append(text[cursor : token.start()])
        out.append(MARK_START + token.group() + MARK_END if hit(token.group()) else token.group())
        cursor = token.end()
    if begin + size < len(tokens):
        out.append(ELLIPSIS)
    else:
        out.append(text[cursor:])
    return " ".join("".join(out).split())


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
SELECT s.case_id, c.title, s.kind, s.object_id, s.opinion_id, s.text
FROM best
JOIN search_index AS s ON s.pk = best.pk
JOIN cases AS c ON c.id = s.case_id
ORDER BY best.score, best.pk DESC
"""


def run_search(conn: sqlite3.Connection, text: str, limit: int) -> list[SearchHit]:
    query = parse_query(text)
    if query is None or limit <= 0:
        return []
    rows = conn.execute(
        _SEARCH_SQL, {"query": query.fts, "limit": int(limit), "pool": max(POOL, int(limit))}
    ).fetchall()
    hits = []
    for case_id, title, kind, object_id, opinion_id, body in rows:
        marked = make_snippet(body, query)
        hits.append(
            SearchHit(
                case_id=case_id,
                case_title=title,
                kind=kind,
                object_id=object_id,
                opinion_id=opinion_id,
                snippet=marked.replace(MARK_START, "[").replace(MARK_END, "]"),
                marked=marked,
            )
        )
    return hits
