# SPDX-License-Identifier: GPL-3.0-or-later
"""Word-level differences: segments spell the texts back, and mark what the other lacks."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from secondop_desktop.domain.comparison import Segment
from secondop_desktop.domain.textdiff import _anchors, similarity, word_diff


def _changed(segments: list[Segment]) -> list[str]:
    return [w for s in segments if s.changed for w in s.text.split()]


def test_one_word_changed() -> None:
    a, b = word_diff("The knee is worn down to bone.", "The knee is worn but not to bone.")
    assert _changed(a) == ["down"]
    assert _changed(b) == ["but", "not"]


def test_case_and_punctuation_do_not_count() -> None:
    a, b = word_diff("Grade 4, the knee.", "grade 4 the KNEE")
    assert _changed(a) == [] and _changed(b) == []
    assert len(a) == 1 and not a[0].changed


def test_a_count_in_words_or_figures_is_one_word() -> None:
    # (6 December, eighth session) "two" against "2" had been underlined as a change
    a, b = word_diff("Co-codamol two tablets four times a day", "Co-codamol 30/500 2 tabs QDS")
    assert _changed(a) == ["four", "times", "a", "day"]
    assert _changed(b) == ["30/500", "QDS"]
    a, b = word_diff("Paracetamol dos comprimidos", "Paracetamol 3 comprimidos")
    assert _changed(a) == ["dos"] and _changed(b) == ["3"]


def test_one_side_empty() -> None:
    a, b = word_diff("", "Physical therapy first")
    assert a == []
    assert _changed(b) == ["Physical", "therapy", "first"]


def test_segments_join_runs() -> None:
    a, _ = word_diff("a b c d e", "a x y d e")
    assert [(s.text, s.changed) for s in a] == [("a ", False), ("b c ", True), ("d e", False)]


def test_long_edited_text_marks_only_the_edits() -> None:
    rng = random.Random(3)
    words = [f"w{rng.randrange(3000)}" for _ in range(6000)] + ["the"] * 300
    rng.shuffle(words)
    edited = list(words)
    edited[100] = "INSERTED"
    del edited[4000]
    a, b = word_diff(" ".join(words), " ".join(edited))
    assert _changed(b) == ["INSERTED"]
    assert len(_changed(a)) == 2  # the replaced word and the deleted one


def test_long_small_vocabulary_text_still_aligns() -> None:
    rng = random.Random(5)
    vocab = ["the", "knee", "joint", "pain", "stairs", "walk", "therapy", "surgery", "grade",
             "scan"]
    words = [rng.choice(vocab) for _ in range(5000)]
    edited = words[:2500] + ["meniscus"] + words[2500:]
    a, b = word_diff(" ".join(words), " ".join(edited))
    assert _changed(a) == []
    assert _changed(b) == ["meniscus"]


def test_similarity() -> None:
    assert similarity("", "") == 1.0
    assert similarity("a b", "") == 0.0
    assert similarity("a b c d", "a b c d") == 1.0
    assert 0.4 < similarity("a b c d", "a b x y") < 0.6


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_segments_always_spell_both_texts(a: str, b: str) -> None:
    seg_a, seg_b = word_diff(a, b)
    assert "".join(s.text for s in seg_a) == a
    assert "".join(s.text for s in seg_b) == b


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["pain", "knee", "the", "grade", "4", "3", "scan", "left",
                                  "right"]), max_size=60))
def test_a_text_against_itself_has_no_change(words: list[str]) -> None:
    text = " ".join(words)
    seg_a, seg_b = word_diff(text, text)
    assert not any(s.changed for s in seg_a + seg_b)


def test_a_moved_passage_keeps_the_longer_one_in_place() -> None:
    rng = random.Random(11)
    pool = [f"word{k}" for k in range(2000)]
    rng.shuffle(pool)
    first, long_part, short_part = pool[:200], pool[200:500], pool[500:600]
    a = " ".join(first + long_part + short_part)
    b = " ".join(first + short_part + long_part)
    seg_a, seg_b = word_diff(a, b)
    assert _changed(seg_a) == short_part
    assert _changed(seg_b) == short_part


def test_scripts_without_spaces_diff_by_character() -> None:
    a, b = word_diff("右膝の変形性関節症です。", "左膝の変形性関節症です。")
    assert _changed(a) == ["右"] and _changed(b) == ["左"]
    assert "".join(s.text for s in a) == "右膝の変形性関節症です。"
    a, b = word_diff("Dr 张伟 said 手术", "Dr 张伟 said 理疗")
    assert "".join(s.text for s in a if s.changed) == "手术"


def _brute_unique_grams(ia: list[int], ib: list[int], k: int) -> set[tuple[int, int]]:
    grams_a = [tuple(ia[i:i + k]) for i in range(len(ia) - k + 1)]
    grams_b = [tuple(ib[i:i + k]) for i in range(len(ib) - k + 1)]
    return {(i, grams_b.index(g)) for i, g in enumerate(grams_a)
            if grams_a.count(g) == 1 and grams_b.count(g) == 1}


@given(st.lists(st.integers(1, 6), max_size=60), st.lists(st.integers(1, 6), max_size=60),
       st.sampled_from([1, 3]))
@settings(max_examples=300, deadline=None)
def test_anchors_are_equal_runs_in_order_from_words_found_once(
        ia: list[int], ib: list[int], k: int) -> None:
    # the anchors are built run by run (a long text has thousands of pairs): each is equal
    # words on both sides, after the one before on both sides, and starts at a k-gram found
    # once on each side
    if min(len(ia), len(ib)) < k:
        return
    once = _brute_unique_grams(ia, ib, k)
    end_a = end_b = 0
    for a, b, size in _anchors(ia, ib, k):
        assert size >= k and size % k == 0
        assert ia[a:a + size] == ib[b:b + size]
        assert a >= end_a and b >= end_b
        assert all((a + step, b + step) in once for step in range(0, size, k))
        end_a, end_b = a + size, b + size
