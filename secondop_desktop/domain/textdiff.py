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
from difflib import SequenceMatcher
from functools import lru_cache

from secondop_desktop.domain.comparison import Segment

_TOKEN_RE = re.compile(r"\S+\s*|\s+")
_EDGE_PUNCT = "\"'“”‘’.,;:!?()[]{}<>«»…"


def _tokens(text: str) -> list[str]:
    """Words with their trailing spaces (leading spaces form their own token)."""
    return _TOKEN_RE.findall(text)


@lru_cache(maxsize=16384)
def _key(token: str) -> str:
    return token.strip().strip(_EDGE_PUNCT).casefold()


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


def _lis(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by a) whose b positions also increase."""
    if all(p[1] < q[1] for p, q in zip(pairs, pairs[1:], strict=False)):
        return pairs  # already in order: the usual case for an edited copy
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
    count_a: dict = {}
    for g in grams_a:
        count_a[g] = count_a.get(g, 0) + 1
    count_b: dict = {}
    where_b: dict = {}
    for j, g in enumerate(grams_b):
        count_b[g] = count_b.get(g, 0) + 1
        where_b[g] = j
    pairs = [
        (i, where_b[g]) for i, g in enumerate(grams_a) if count_a[g] == 1 and count_b.get(g) == 1
    ]
    out: list[tuple[int, int, int]] = []
    end_a = end_b = 0
    for pa, pb in _lis(pairs):
        if pa < end_a or pb < end_b:
            continue  # overlaps the run before
        if out and pa == end_a and pb == end_b:
            last_a, last_b, size = out[-1]
            out[-1] = (last_a, last_b, size + k)  # continues the run before: one longer run
        else:
            out.append((pa, pb, k))
        end_a, end_b = pa + k, pb + k
    return out


def _matching_blocks(ia: list[int], ib: list[int]) -> list[tuple[int, int, int]]:
    """Matching runs of two word-id lists, as (start in a, start in b, length)."""
    out: list[tuple[int, int, int]] = []
    _blocks(ia, ib, 0, 0, out, 0)
    return out


def word_diff(a: str, b: str) -> tuple[list[Segment], list[Segment]]:
    """Segments of ``a`` and of ``b``; ``changed`` marks words the other text does not have."""
    ta, tb = _tokens(a or ""), _tokens(b or "")
    keys = {t: _key(t) for t in {*ta, *tb}}
    ka = [keys[t] for t in ta]
    kb = [keys[t] for t in tb]
    changed_a = [bool(k) for k in ka]
    changed_b = [bool(k) for k in kb]
    # Pure-space or pure-punctuation tokens (empty key) never count as changed.
    for i, k in enumerate(ka):
        if not k:
            changed_a[i] = False
    for j, k in enumerate(kb):
        if not k:
            changed_b[j] = False

    # Common start and end: cheap, and usually most of an edited text.
    start = 0
    limit = min(len(ka), len(kb))
    while start < limit and ka[start] == kb[start]:
        changed_a[start] = changed_b[start] = False
        start += 1
    end_a, end_b = len(ka), len(kb)
    while end_a > start and end_b > start and ka[end_a - 1] == kb[end_b - 1]:
        end_a -= 1
        end_b -= 1
        changed_a[end_a] = changed_b[end_b] = False

    if start < end_a and start < end_b:
        ids: dict[str, int] = {}
        ia = [ids.setdefault(k, len(ids)) for k in ka[start:end_a]]
        ib = [ids.setdefault(k, len(ids)) for k in kb[start:end_b]]
        blocks = _matching_blocks(ia, ib)
        for index, (pos_a, pos_b, size) in enumerate(blocks):
            if size == -1:  # a bag: words the other passage has anywhere are shared
                len_a, len_b, _ = blocks[index + 1]
                bag_a, bag_b = ia[pos_a:pos_a + len_a], ib[pos_b:pos_b + len_b]
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
