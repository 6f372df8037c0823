# SPDX-License-Identifier: GPL-3.0-or-later
"""How fast the comparison engine is on long opinions (run by hand; prints figures).

Builds two opinions with 5,000-word rationales (the second an edited copy of the first, and
separately one written independently), 30 recommendations and 20 evidence items each, then
prints the median time of ``compare_opinions`` over several runs. The target (DESIGN.md) is a
median under 50 ms.

    python bench/bench_compare.py [--runs 25] [--lookup]

``--lookup`` also times the diagnosis completer (``icd10.lookup``) per keystroke, after building
the code-set index if this machine has none yet.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from secondop_desktop.domain.compare import clear_caches, compare_opinions
from secondop_desktop.domain.model import (
    RECOMMENDATION_CATEGORIES,
    URGENCIES,
    Answer,
    Case,
    Diagnosis,
    Evidence,
    Opinion,
    Physician,
    Question,
    Recommendation,
)
from secondop_desktop.domain.textdiff import word_diff

_PROSE = (
    "the knee joint shows narrowing of the inner side with bone spurs and some fluid pain "
    "has lasted two years stairs are hard morning stiffness eases after half an hour "
    "physiotherapy helped a little painkillers upset the stomach weight has gone up an MRI "
    "shows the meniscus torn on the inner side cartilage thin outer side healthy kneecap joint "
    "preserved exercise programme supervised twelve weeks surgery later if needed replacement "
    "risk infection clots stiffness recovery three months walking dog garden grandchildren"
)
WORDS = _PROSE.split(" ")
TREATMENTS = (
    "Total knee replacement", "Supervised physical therapy", "Naproxen when needed",
    "Weight loss programme", "Steroid injection", "Knee brace", "Walking aid",
    "Arthroscopic meniscus trim", "Hyaluronic acid injection", "Paracetamol regularly",
    "Tai chi classes", "Review with X-ray", "Refer to pain clinic", "Topical diclofenac gel",
    "Swimming twice a week",
)


def _text(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    for i in range(0, n, 17):
        words[i] = words[i].capitalize()
        if i:
            words[i - 1] += "."
    return " ".join(words) + "."


def _edited(rng: random.Random, text: str, edits: int) -> str:
    words = text.split()
    for _ in range(edits):
        i = rng.randrange(len(words))
        roll = rng.random()
        if roll < 0.4:
            words[i] = rng.choice(WORDS)
        elif roll < 0.7:
            words.insert(i, rng.choice(WORDS))
        else:
            del words[i]
    return " ".join(words)


def _opinion(rng: random.Random, name: str, rationale: str, questions: list[Question]) -> Opinion:
    recs = [
        Recommendation(
            treatment=f"{rng.choice(TREATMENTS)}, {rng.randint(1, 12)} weeks",
            category=rng.choice(RECOMMENDATION_CATEGORIES), urgency=rng.choice(URGENCIES),
            preferred=(k == 0), benefits=_text(rng, 20), risks=_text(rng, 20),
        )
        for k in range(30)
    ]
    evidence = [
        Evidence(kind=rng.choice(["imaging", "test_result", "study", "guideline"]),
                 title=f"{rng.choice(TREATMENTS)} finding {k}", interpretation=_text(rng, 30))
        for k in range(20)
    ]
    answers = [Answer(question_id=q.id, text=_text(rng, 60)) for q in questions]
    return Opinion(
        physician=Physician(name=name),
        diagnosis=Diagnosis(text="Primary osteoarthritis of the right knee", icd10="M17.11",
                            certainty="confirmed", stage="Kellgren-Lawrence grade 3"),
        rationale=rationale, recommendations=recs, evidence=evidence,
        follow_up=_text(rng, 200), answers=answers,
    )


def build_case(seed: int, independent: bool) -> Case:
    rng = random.Random(seed)
    questions = [Question(text=f"Question {k}?") for k in range(10)]
    rationale_a = _text(rng, 5000)
    rationale_b = _text(rng, 5000) if independent else _edited(rng, rationale_a, 250)
    a = _opinion(rng, "Dr Ada Long", rationale_a, questions)
    b = _opinion(rng, "Dr Ben Wide", rationale_b, questions)
    return Case(title="Bench", opinions=[a, b], questions=questions)


def _median_ms(fn, runs: int) -> tuple[float, float]:  # noqa: ANN001 - any callable
    """Median wall-clock and CPU time in ms (CPU time stays honest on a busy machine)."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _bench_lookup(runs: int) -> None:
    from secondop_desktop.domain import icd10

    start = time.perf_counter()
    icd10.lookup("knee")
    print(f"code index opened and first look-up in {time.perf_counter() - start:.3f} s")
    for typed in ("k", "kn", "kne", "knee", "knee a", "knee ar", "knee arth", "M17", "m17.1",
                  "the", "unspecified", "fracture", "diabetes type 2", "breast cancer"):
        wall, _ = _median_ms(lambda t=typed: icd10.lookup(t), runs)
        print(f"  lookup {typed!r:20} median {wall:5.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--lookup", action="store_true", help="also time icd10.lookup")
    args = parser.parse_args()
    if args.lookup:
        _bench_lookup(args.runs)
    for independent in (False, True):
        case = build_case(7, independent)
        a, b = case.opinions
        what = "independent rationales" if independent else "edited copy (250 edits)"
        compare_opinions(case, a.id, b.id)  # warm-up

        def cold(case: Case = case, a: Opinion = a, b: Opinion = b) -> None:
            clear_caches()  # as the first comparison after start-up
            compare_opinions(case, a.id, b.id)

        total = _median_ms(cold, args.runs)
        again = _median_ms(lambda: compare_opinions(case, a.id, b.id), args.runs)  # noqa: B023
        diff = _median_ms(lambda: word_diff(a.rationale, b.rationale), args.runs)  # noqa: B023
        words = (len(a.rationale.split()), len(b.rationale.split()))
        print(f"{what}: rationale {words[0]}/{words[1]} words, 30 recommendations, "
              f"20 evidence each")
        print(f"  compare_opinions, caches cleared: median {total[0]:6.1f} ms wall, "
              f"{total[1]:6.1f} ms CPU (target < 50 ms)")
        print(f"  compare_opinions, again (re-compare after an edit): median {again[0]:6.1f} ms "
              f"wall, {again[1]:6.1f} ms CPU")
        print(f"  word_diff of the rationales median {diff[0]:6.1f} ms wall, {diff[1]:6.1f} ms CPU")


if __name__ == "__main__":
    main()
