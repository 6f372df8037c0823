# SPDX-License-Identifier: GPL-3.0-or-later
"""The ICD-10-CM code set, offline, from the index that ships with SecondOp.

``icd10cm.sqlite`` beside this module is built from the ``simple-icd-10-cm`` package when SecondOp
is built (``scripts/build_icd10_index.py``; the package is never imported at run time). It holds
every category and subcategory (code, description, parent, inclusion terms) and the completer's
word index (an FTS5 trigram table, so "arth" finds "osteoarthritis"). It is opened read-only on
first need, in a few milliseconds, the first run as every later one; a look-up then takes a few
milliseconds (about 15 ms for the commonest words, whose matches are capped). Without the file
(a broken install) codes still compare by their letters, and look-ups find nothing.

Cheap questions (``normalize``, ``relation``) are answered from the code's letters alone and never
open the index.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
import unicodedata
from pathlib import Path

INDEX_FILE = "icd10cm.sqlite"

_CODE_RE = re.compile(r"^([A-Z])(\d)([0-9A-Z])(?:\.?([0-9A-Z]{1,4}))?$")
_CODE_PREFIX_RE = re.compile(r"^[A-Za-z]\d[0-9A-Za-z]?\.?[0-9A-Za-z]{0,4}$")

_lock = threading.Lock()
_conn: sqlite3.Connection | None = None


# --- cheap rules on the code's letters ------------------------------------------------------


def normalize(code: str | None) -> str:
    """A code in its usual written form: "m1711" -> "M17.11", " e11.9 " -> "E11.9".

    Anything that does not look like an ICD-10-CM code comes back trimmed and upper-cased.
    """
    if not code:
        return ""
    text = re.sub(r"\s+", "", code).upper()
    match = _CODE_RE.match(text)
    if not match:
        return text
    letter, d1, d2, rest = match.groups()
    head = f"{letter}{d1}{d2}"
    return f"{head}.{rest}" if rest else head


def _plain(code: str) -> str:
    return normalize(code).replace(".", "")


def looks_like_code(text: str) -> bool:
    """Whether ``text`` has the shape of an ICD-10-CM code (valid or not)."""
    return bool(_CODE_RE.match(re.sub(r"\s+", "", text or "").upper()))


def relation(code_a: str, code_b: str) -> str:
    """How two codes relate, from their letters alone.

    "same" for the same code; "refined" when one is an ancestor of the other (its prefix) or both
    sit in the same 3-character category (e.g. M17.9 and M17.11); "different" otherwise. Callers
    that must tell sibling codes apart (right knee vs left knee) check the descriptions as well.
    """
    a, b = _plain(code_a), _plain(code_b)
    if not a or not b:
        return "different"
    if a == b:
        return "same"
    if a.startswith(b) or b.startswith(a):
        return "refined"
    if len(a) >= 3 and len(b) >= 3 and a[:3] == b[:3]:
        return "refined"
    return "different"


def is_ancestor_by_prefix(code_a: str, code_b: str) -> bool:
    """Whether one code is the other's prefix (an ancestor or the same code)."""
    a, b = _plain(code_a), _plain(code_b)
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


# --- the index ------------------------------------------------------------------------------


def index_path() -> Path:
    """The shipped index file (about 35 MB; in the package folder, or the PyInstaller folder's
    copy of it)."""
    return Path(__file__).with_name(INDEX_FILE)


def _open() -> sqlite3.Connection:
    """The index, opened read-only once per process (any thread may use it). Raises
    ``sqlite3.Error`` when the file is missing or unreadable."""
    global _conn
    with _lock:
        if _conn is None:
            # immutable: a file nobody writes, so no locks and no journal to look for
            conn = sqlite3.connect(f"{index_path().resolve().as_uri()}?mode=ro&immutable=1",
                                   uri=True, check_same_thread=False)
            try:
                conn.execute("SELECT 1 FROM codes LIMIT 1")
            except sqlite3.Error:
                conn.close()
                raise
            _conn = conn
        return _conn


def _open_search() -> sqlite3.Connection:
    """The completer's word index: the ``search`` table of the same file."""
    return _open()


def is_loaded() -> bool:
    """Whether the index is open in this process (tests and the bench use it)."""
    return _conn is not None


def available() -> bool:
    """Whether the code set can be used at all (the shipped index is there)."""
    return _conn is not None or index_path().is_file()


def _row(code: str) -> tuple[str, str, str | None] | None:
    plain = _plain(code)
    if not plain:
        return None
    try:
        conn = _open()
    except (OSError, sqlite3.Error):
        return None
    found = conn.execute(
        "SELECT code, description, parent FROM codes WHERE plain = ?", (plain,)
    ).fetchone()
    return tuple(found) if found else None  # type: ignore[return-value]


def describe(code: str | None) -> str | None:
    """The code set's description of ``code`` ("M17.11" -> "Unilateral primary osteoarthritis,
    right knee"), or None when the code does not exist."""
    if not code:
        return None
    row = _row(code)
    return row[1] if row else None


def is_valid(code: str | None) -> bool:
    """Whether ``code`` is a category or subcategory of ICD-10-CM (with or without its dot)."""
    return bool(code) and _row(code) is not None  # type: ignore[arg-type]


def parent(code: str) -> str | None:
    row = _row(code)
    # 39 categories that are also a block of their own ("C50") have themselves as parent in the
    # package's hierarchy: they have none above them here
    return row[2] if row and row[2] != row[0] else None


def ancestors(code: str) -> list[str]:
    """The code's parents up to its 3-character category, nearest first."""
    out: list[str] = []
    current = parent(code)
    while current and current not in out:
        out.append(current)
        current = parent(current)
    return out


def inclusion_terms(code: str | None) -> list[str]:
    """The code set's inclusion terms of ``code`` (other names it lists for it: N20.0 ->
    "Nephrolithiasis NOS", "Renal calculus", …); empty when there are none or no index."""
    plain = _plain(code or "")
    if not plain:
        return []
    try:
        found = _open().execute("SELECT terms FROM codes WHERE plain = ?", (plain,)).fetchone()
    except (OSError, sqlite3.Error):
        return []
    return [t.strip() for t in (found[0] if found else "").split(";") if t.strip()]


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


# Everyday words for what the code set calls otherwise (only for the completer's search).
_LAY_WORDS = {
    "cancer": ("malignant",),
    "tumour": ("neoplasm",),
    "tumor": ("neoplasm",),
    "heart attack": ("myocardial infarction",),
    "high blood pressure": ("hypertension",),
    "stroke": ("cerebral infarction",),
    "kidney stone": ("calculus of kidney",),
}

# How many text matches are ranked at most: keeps every keystroke fast for very common words.
_CANDIDATES = 1500


def _word_query(words: list[str]) -> str:
    return " AND ".join(_fts_phrase(w) for w in words)


def _search_words(conn: sqlite3.Connection, search: sqlite3.Connection, text: str,
                  limit: int) -> list[tuple[str, str]]:
    lowered = " ".join(re.findall(r"\w+", text.lower()))
    clauses: list[str] = []
    for lay, official in _LAY_WORDS.items():
        if re.search(rf"\b{lay}\b", lowered):
            lowered = re.sub(rf"\b{lay}\b", " ", lowered)
            options = [_word_query(o.split()) for o in official] + [_word_query(lay.split())]
            clauses.append("(" + " OR ".join(f"({o})" for o in options) + ")")
    words = lowered.split()
    long_words = [w for w in words if len(w) >= 3]
    short_words = [w for w in words if len(w) < 3]  # "2" in "type 2": checked after the match
    # The word still being typed ("knee a") is the start of a word, not a whole one.
    partial = short_words.pop() if (short_words and words and words[-1] == short_words[-1]
                                    and not text[-1:].isspace()) else None
    clauses += [_fts_phrase(w) for w in long_words]
    if not clauses:
        return []
    rowids = [r[0] for r in search.execute(
        "SELECT rowid FROM search WHERE search MATCH ? LIMIT ?",
        (" AND ".join(clauses), _CANDIDATES),
    )]
    rows = []
    for start in range(0, len(rowids), 500):  # within SQLite's limit on parameters
        chunk = rowids[start:start + 500]
        rows += conn.execute(
            "SELECT code, plain, description, terms FROM codes "  # noqa: S608 - placeholders
            f"WHERE rowid IN ({','.join('?' * len(chunk))})", chunk,
        ).fetchall()

    # Compiled once per query: ranking runs over every candidate on every keystroke.
    whole = [re.compile(rf"\b{re.escape(w)}\b") for w in short_words]
    if partial:
        whole.append(re.compile(rf"\b{re.escape(partial)}"))
    starts = [re.compile(rf"\b{re.escape(w)}") for w in long_words]

    def rank(row: tuple[str, str, str, str]) -> tuple[int, int, int, int, str]:
        _, plain, description, terms = row
        text = f"{description} {terms}".lower()
        missing_short = sum(1 for r in whole if not r.search(text))
        word_starts = sum(1 for r in starts if r.search(text))
        return (missing_short, len(plain), -word_starts, len(description), plain)

    rows.sort(key=rank)
    return [(r[0], r[2]) for r in rows[:limit]]


def _name_key(text: str) -> str:
    """A name as compared whole: lower case, accents, possessives, bracketed asides, "NOS" and
    punctuation gone ("Tourette's syndrome" and "tourette syndrome" alike)."""
    # Folded here, not by terms.fold_letters: the code editor's completer loads this module,
    # and the table of names would cost it ~20 ms more.
    text = unicodedata.normalize("NFKD", text or "").casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", text)
    text = re.sub(r"['’]s\b", "", text)
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in ("nos", "unspecified")]
    return " ".join(words)


@functools.lru_cache(maxsize=2048)
def codes_named(text: str) -> tuple[str, ...]:
    """The codes whose description or one of whose inclusion terms is ``text`` as a whole name
    ("Rosacea" -> L71, "Color blindness" -> H53.5, "Facial palsy" -> G51.0); empty when none,
    or when the index cannot be read."""
    key = _name_key(text)
    words = key.split()
    if not words or not available():
        return ()
    searched = [w for w in words if len(w) >= 3]
    if not searched:
        return ()
    try:
        # Every word in the code's text (the trigram index finds them inside longer words
        # too), at most _NAMED_CANDIDATES of them read: a lone common word ("fracture") names
        # thousands of codes and is no code's whole name worth the wait.
        return tuple(code for code, description, inclusion in _matching(
                         " AND ".join(_fts_phrase(w) for w in searched), _NAMED_CANDIDATES)
                     if key in {_name_key(n) for n in (description, *inclusion.split(";"))})
    except sqlite3.Error:
        return ()


def _matching(match: str, limit: int = -1) -> sqlite3.Cursor:
    """The codes whose text the trigram index finds ``match`` in, as (code, description,
    inclusion terms), read as the caller goes (``limit``: at most so many; -1 for all)."""
    return _open().execute(
        "SELECT c.code, c.description, c.terms FROM search JOIN codes c "
        "ON c.rowid = search.rowid WHERE search MATCH ? LIMIT ?", (match, limit))


_NAMED_CANDIDATES = 400


def code_named(text: str) -> str:
    """The one code ``text`` is the whole name of: the broadest when a code and its own
    children share the name ("Rosacea": L71, and L71.9 "Rosacea, unspecified"); "" when no code
    or two unrelated ones have it."""
    codes = codes_named(text)
    broadest = [c for c in codes if not any(o != c and _plain(c).startswith(_plain(o))
                                            for o in codes)]
    if len(broadest) != 1:
        return ""
    top = _plain(broadest[0])
    return broadest[0] if all(_plain(c).startswith(top) for c in codes) else ""


@functools.lru_cache(maxsize=4096)
def has_word(word: str) -> bool:
    """Whether ``word`` (lower case, three letters or more) is a whole word of some code's
    description or inclusion terms. False when the index cannot be read."""
    if len(word) < 3 or not available():
        return False
    whole = re.compile(rf"\b{re.escape(word)}\b")
    try:
        # The trigram index finds the word inside longer ones too ("dialy" in "dialysis"):
        # read on until it stands whole, or the matches run out.
        return any(whole.search(f"{description} {inclusion}".lower())
                   for _code, description, inclusion in _matching(_fts_phrase(word)))
    except sqlite3.Error:
        return False


def lookup(text: str, limit: int = 20) -> list[tuple[str, str]]:
    """Codes for the editor's completer: by code prefix ("M17.1" -> M17.1, M17.10, M17.11, …) or
    by words anywhere in the description or inclusion terms ("knee arth" -> M17 …, M17.11).

    For a code prefix, shorter (broader) codes come first. For words: codes holding every word
    (anywhere inside a word, so "arth" finds osteoarthritis), ranked by words that start a word,
    then broader codes first. A few everyday words are also tried in the code set's terms
    ("cancer" -> malignant). A misspelt word is retried by its first five letters.
    """
    text = (text or "").strip()
    if not text or limit <= 0:
        return []
    try:
        conn = _open()
    except (OSError, sqlite3.Error):
        return []
    compact = re.sub(r"\s+", "", text)
    if _CODE_PREFIX_RE.match(compact) and any(ch.isdigit() for ch in compact):
        plain = compact.replace(".", "").upper()
        rows = conn.execute(
            "SELECT code, description FROM codes WHERE plain >= ? AND plain < ? "
            "ORDER BY length(plain), plain LIMIT ?",
            (plain, plain + "\uffff", limit),
        ).fetchall()
        return [(r[0], r[1]) for r in rows]
    try:
        search = _open_search()
        found = _search_words(conn, search, text, limit)
        if not found:
            shorter = " ".join(w[:5] for w in re.findall(r"\w+", text.lower()))
            if shorter != " ".join(re.findall(r"\w+", text.lower())):
                found = _search_words(conn, search, shorter, limit)
    except (OSError, sqlite3.Error):
        return []
    return found
