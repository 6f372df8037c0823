# SPDX-License-Identifier: GPL-3.0-or-later
"""Word-level differences between two texts, as Segment lists for the view and the PDF.

Words are compared without letter case or surrounding punctuation, so "Knee," and "knee" match.
Joining a side's segments gives back its text exactly (spaces and punctuation kept).

Speed: the common start and end are cut off first (edited texts share most of both). The middle
is aligned by patience diff (words found once on each side anchor it) and the small gaps between
anchors by ``difflib.SequenceMatcher`` with ``autojunk`` off — with it on, words such as "the"
that occur in more than 1 % of a long text are never matched, which marks them as changed and
makes the diff noisy; plain SequenceMatcher without it takes 300 ms on two 5,000-word texts.
Words are mapped to small integers first so comparisons are cheap. See bench/bench_compare.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from secondop_desktop.domain.comparison import Segment

# Scripts written without spaces (Chinese, Japanese kana, Korean syllables) diff character by
# character; everything else word by word.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_PLAIN_TOKEN_RE = re.compile(r"\S+\s*|\s+")


@lru_cache(maxsize=1)
def _cjk_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # Compiled on first use: these classes take milliseconds to compile, and start-up is
    # not the place for that.
    return (re.compile(f"[{_CJK}]"), re.compile(rf"[{_CJK}]\s*|[^\s{_CJK}]+\s*|\s+"))


def _has_cjk(text: str) -> bool:
    # Cheap first test (max over a string runs in C): these scripts all lie above U+3040.
    if text.isascii():
        return False
    return max(text) >= "\u3040" and bool(_cjk_patterns()[0].search(text))
_EDGE_PUNCT = "\"'“”‘’.,;:!?()[]{}<>«»…"


def _tokens(text: str) -> list[str]:
    """Words with their trailing spaces (leading spaces form their own token)."""
    if _has_cjk(text):
        return _cjk_patterns()[1].findall(text)
    return _PLAIN_TOKEN_RE.findall(text)  # the common case, and faster


# A count in words and in figures are one word to the eye ("two tablets" against "2 tablets"
# had underlined both as changed), as are a tablet and a capsule written short.
_SAME_WORD = {**{word: str(n) for n, words in enumerate((
    (), ("one", "uno", "una", "un"), ("two", "dos"), ("three", "tres"), ("four", "cuatro"),
    ("five", "cinco"), ("six", "seis"), ("seven", "siete"), ("eight", "ocho"), ("nine", "nueve"),
    ("ten", "diez")), start=0) for word in words},
    "tabs": "tablets", "tab": "tablet", "caps": "capsules", "cap": "capsule"}


@lru_cache(maxsize=16384)
def _key(token: str) -> str:
    key = token.strip().strip(_EDGE_PUNCT).casefold()
    return _SAME_WORD.get(key, key)


def _segments(tokens: list[str], changed: list[bool]) -> list[Segment]:
    """Runs of tokens with the same flag. A space alone never starts a segment: only the first
    token can be one (words carry their trailing spaces), and it joins the run after it."""
    out: list[Segment] = []
    start = 0
    n = len(tokens)
    if n > 1 and not tokens[0].strip():
        changed[0] = changed[1]
    while start < n:
        flag = changed[start]
        end = start + 1
        while end < n and changed[end] == flag:
            end += 1
        out.append(Segment("".join(tokens[start:end]), flag))
        start = end
    return out


_SMALL_PRODUCT = 40_000  # up to about 200 x 200 words, the exact matcher is fast on its own
_BAG_PRODUCT = 160_000  # beyond about 400 x 400 words without an anchor: compare as bags


def _diagonal_runs(pairs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``pairs`` (sorted by a) as runs on one diagonal, (a, b, length): where one pair is
    (a+1, b+1) of the one before, they run on. (Found in one pass: a long text has thousands.)"""
    ends = [i for i, ((pa, pb), (qa, qb)) in enumerate(zip(pairs, pairs[1:], strict=False), 1)
            if qa != pa + 1 or qb != pb + 1]
    return [(*pairs[first], end - first)
            for first, end in zip([0, *ends], [*ends, len(pairs)], strict=True)]


def _chain(runs: list[tuple[int, int, int]], pairs: int) -> list[tuple[int, int, int]]:
    """The longest chain of ``runs`` (pairs on one diagonal, sorted by a, ``pairs`` of them in
    all) whose b positions also increase, as runs on one diagonal (a, b, length).

    An edited copy has a few long runs and some stray pairs, so the heaviest chain of runs is
    found over the runs (far fewer than pairs), and plain patience sorting is used otherwise."""
    if not runs:
        return []
    if all(a[1] + a[2] <= b[1] for a, b in zip(runs, runs[1:], strict=False)):
        return runs  # already in order: the usual case for an edited copy
    if len(runs) * 4 < pairs:
        return _heaviest_chain(runs)
    return _diagonal_runs(_patience([(a + k, b + k) for a, b, n in runs for k in range(n)]))


def _heaviest_chain(runs: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Runs (sorted by a) whose b ranges increase, with the most pairs in total (Fenwick tree
    over b for the best chain ending before a given b)."""
    size = max(b + length for _, b, length in runs) + 1
    tree_best = [0] * (size + 1)
    tree_at = [-1] * (size + 1)
    best = [0] * len(runs)
    back = [-1] * len(runs)
    for i, (_, start_b, length) in enumerate(runs):
        # Best chain whose last run ends before start_b (positions 1..start_b).
        value, at, pos = 0, -1, start_b
        while pos > 0:
            if tree_best[pos] > value:
                value, at = tree_best[pos], tree_at[pos]
            pos -= pos & -pos
        best[i], back[i] = value + length, at
        pos = start_b + length  # this run's last b is start_b + length - 1 (position +1)
        while pos <= size:
            if best[i] > tree_best[pos]:
                tree_best[pos], tree_at[pos] = best[i], i
            pos += pos & -pos
    i = max(range(len(runs)), key=best.__getitem__)
    chain = []
    while i >= 0:
        chain.append(runs[i])
        i = back[i]
    chain.reverse()
    return chain


def _patience(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest increasing subsequence by b, O(n log n)."""
    tails: list[int] = []  # index into pairs of the smallest tail of each length
    back: list[int] = [-1] * len(pairs)
    tail_b: list[int] = []
    for idx, (_, pb) in enumerate(pairs):
        pos = bisect_left(tail_b, pb)
        if pos:
            back[idx] = tails[pos - 1]
        if pos == len(tails):
            tails.append(idx)
            tail_b.append(pb)
        else:
            tails[pos] = idx
            tail_b[pos] = pb
    out: list[tuple[int, int]] = []
    idx = tails[-1] if tails else -1
    while idx >= 0:
        out.append(pairs[idx])
        idx = back[idx]
    out.reverse()
    return out


def _blocks(
    ia: list[int], ib: list[int], a0: int, b0: int, out: list[tuple[int, int, int]], depth: int
) -> None:
    """Append the matching runs of ``ia`` and ``ib`` (offset by a0, b0) to ``out``.

    Patience diff: words that occur exactly once on each side anchor the alignment (the longest
    chain of them in order on both sides); the gaps between anchors are matched the same way,
    and small gaps (or gaps without such words) by ``SequenceMatcher``. A large gap with no
    anchor at all is two passages written independently: there no alignment means much, so
    each word counts as shared when the other passage has it (a "bag" entry, size -1).
    """
    # Equal words at both ends of a gap: most gaps between anchors are just that.
    n, m = len(ia), len(ib)
    head = 0
    while head < n and head < m and ia[head] == ib[head]:
        head += 1
    if head:
        out.append((a0, b0, head))
    tail = 0
    while tail < n - head and tail < m - head and ia[n - 1 - tail] == ib[m - 1 - tail]:
        tail += 1
    if tail:
        out.append((a0 + n - tail, b0 + m - tail, tail))
    if head or tail:
        ia, ib = ia[head:n - tail], ib[head:m - tail]
        a0, b0 = a0 + head, b0 + head
    if not ia or not ib:
        return
    if len(ia) == 1 or len(ib) == 1:
        # One word against a few: match it to its first equal word, if any.
        if len(ia) == 1 and ia[0] in ib:
            out.append((a0, b0 + ib.index(ia[0]), 1))
        elif len(ib) == 1 and ib[0] in ia:
            out.append((a0 + ia.index(ib[0]), b0, 1))
        return
    if len(ia) * len(ib) <= _SMALL_PRODUCT or depth > 30:
        matcher = SequenceMatcher(None, ia, ib, autojunk=len(ia) * len(ib) > 4_000_000)
        out.extend((a0 + m.a, b0 + m.b, m.size) for m in matcher.get_matching_blocks() if m.size)
        return
    # A text with a small vocabulary has few words that occur once: anchor on word triples.
    small_vocabulary = len(set(ia)) * 8 < len(ia)
    anchors = [] if small_vocabulary else _anchors(ia, ib, 1)
    if len(anchors) * 40 < min(len(ia), len(ib)):
        anchors = _anchors(ia, ib, 3) or anchors
    covered = sum(size for _, _, size in anchors)
    if covered * 20 < min(len(ia), len(ib)) and len(ia) * len(ib) > _BAG_PRODUCT:
        # Next to nothing in common in order: passages written independently.
        out.append((a0, b0, -1))
        out.append((len(ia), len(ib), -2))  # the bag's extent
        return
    if not anchors:
        matcher = SequenceMatcher(None, ia, ib, autojunk=True)
        out.extend((a0 + m.a, b0 + m.b, m.size) for m in matcher.get_matching_blocks() if m.size)
        return
    prev_a = prev_b = 0
    for pa, pb, size in anchors:
        if pa > prev_a and pb > prev_b:
            _blocks(ia[prev_a:pa], ib[prev_b:pb], a0 + prev_a, b0 + prev_b, out, depth + 1)
        out.append((a0 + pa, b0 + pb, size))
        prev_a, prev_b = pa + size, pb + size
    _blocks(ia[prev_a:], ib[prev_b:], a0 + prev_a, b0 + prev_b, out, depth + 1)


def _anchors(ia: list[int], ib: list[int], k: int) -> list[tuple[int, int, int]]:
    """Runs of ``k`` (1 or 3) words found exactly once on each side, the longest chain of them
    in the same order on both sides, without overlaps: (start in a, start in b, k)."""
    if k == 3:
        # Word ids are small: one integer per triple hashes faster than a tuple.
        base = max(max(ia), max(ib)) + 1
        sq = base * base
        grams_a = [x * sq + y * base + z for x, y, z in zip(ia, ia[1:], ia[2:], strict=False)]
        grams_b = [x * sq + y * base + z for x, y, z in zip(ib, ib[1:], ib[2:], strict=False)]
    else:
        grams_a, grams_b = ia, ib
    count_a = Counter(grams_a)
    once = {g for g, n in Counter(grams_b).items() if n == 1 and count_a[g] == 1}
    where_b = dict(zip(grams_b, range(len(grams_b)), strict=False))
    # the pairs (a, b) of words found once on each side, gathered as runs on one diagonal as
    # they come (a long text has thousands of pairs, and a list of them cost twice as much)
    runs: list[tuple[int, int, int]] = []
    run_a = run_b = length = pairs = 0
    for i, g in enumerate(grams_a):
        if g in once:
            j = where_b[g]
            pairs += 1
            if length and i == run_a + length and j == run_b + length:
                length += 1
            else:
                if length:
                    runs.append((run_a, run_b, length))
                run_a, run_b, length = i, j, 1
    if length:
        runs.append((run_a, run_b, length))
    out: list[tuple[int, int, int]] = []
    end_a = end_b = 0
    for run_a, run_b, length in _chain(runs, pairs):
        # the pairs of a run that overlap what is anchored already are passed over; of the
        # rest, every k-th one continues the anchor (the ones between overlap it)
        skip = max(0, end_a - run_a, end_b - run_b)
        if skip >= length:
            continue
        pa, pb = run_a + skip, run_b + skip
        size = k * ((length - 1 - skip) // k + 1)
        if out and pa == end_a and pb == end_b:
            last_a, last_b, before = out[-1]
            out[-1] = (last_a, last_b, before + size)  # continues the run before: one longer
        else:
            out.append((pa, pb, size))
        end_a, end_b = pa + size, pb + size
    return out


def _matching_blocks(ia: list[int], ib: list[int]) -> list[tuple[int, int, int]]:
    """Matching runs of two word-id lists, as (start in a, start in b, length)."""
    out: list[tuple[int, int, int]] = []
    _blocks(ia, ib, 0, 0, out, 0)
    return out


def word_diff(a: str, b: str) -> tuple[list[Segment], list[Segment]]:
    """Segments of ``a`` and of ``b``; ``changed`` marks words the other text does not have."""
    ta, tb = _tokens(a or ""), _tokens(b or "")
    # One small integer per distinct word (id 0: spaces or punctuation alone, never changed).
    ids: dict[str, int] = {"": 0}
    token_id = {t: ids.setdefault(_key(t), len(ids)) for t in {*ta, *tb}}
    ia = [token_id[t] for t in ta]
    ib = [token_id[t] for t in tb]
    changed_a = [x != 0 for x in ia]
    changed_b = [x != 0 for x in ib]

    # Common start and end: cheap, and usually most of an edited text.
    start = 0
    limit = min(len(ia), len(ib))
    while start < limit and ia[start] == ib[start]:
        start += 1
    changed_a[:start] = changed_b[:start] = [False] * start
    end_a, end_b = len(ia), len(ib)
    while end_a > start and end_b > start and ia[end_a - 1] == ib[end_b - 1]:
        end_a -= 1
        end_b -= 1
    changed_a[end_a:] = [False] * (len(ia) - end_a)
    changed_b[end_b:] = [False] * (len(ib) - end_b)

    if start < end_a and start < end_b:
        ma, mb = ia[start:end_a], ib[start:end_b]
        blocks = _matching_blocks(ma, mb)
        for index, (pos_a, pos_b, size) in enumerate(blocks):
            if size == -1:  # a bag: words the other passage has anywhere are shared
                len_a, len_b, _ = blocks[index + 1]
                bag_a, bag_b = ma[pos_a:pos_a + len_a], mb[pos_b:pos_b + len_b]
                have_a, have_b = set(bag_a), set(bag_b)
                for offset, word in enumerate(bag_a):
                    if word in have_b:
                        changed_a[start + pos_a + offset] = False
                for offset, word in enumerate(bag_b):
                    if word in have_a:
                        changed_b[start + pos_b + offset] = False
                continue
            if size > 0:
                changed_a[start + pos_a:start + pos_a + size] = [False] * size
                changed_b[start + pos_b:start + pos_b + size] = [False] * size
    return _segments(ta, changed_a), _segments(tb, changed_b)


def similarity(a: str, b: str) -> float:
    """Share of words the two texts have in common, 0..1 (1 for two empty texts)."""
    wa = [k for k in (_key(t) for t in _tokens(a or "")) if k]
    wb = [k for k in (_key(t) for t in _tokens(b or "")) if k]
    if not wa and not wb:
        return 1.0
    if not wa or not wb:
        return 0.0
    seg_a, seg_b = word_diff(a, b)
    same_a = sum(len(s.text.split()) for s in seg_a if not s.changed)
    same_b = sum(len(s.text.split()) for s in seg_b if not s.changed)
    return (same_a + same_b) / (len(wa) + len(wb))


def has_changes(segments: list[Segment]) -> bool:
    return any(s.changed for s in segments)
