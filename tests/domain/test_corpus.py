# SPDX-License-Identifier: GPL-3.0-or-later
"""Every case of the comparison corpus (tests/corpus/cases, one case file each) comes out as
expected, in both directions, and the corpus is as large and as varied as the rules need."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.corpus.fidelity import evaluate, load_cases, table

CASES = load_cases()

# Held-out cases (written before they were ever run, never tuned against) that the engine does
# not get right yet: lay names the synonym table does not hold, so it says "different" (never
# "same" on a trap). Strict: when one starts to pass, move it out of this list.
KNOWN_GAPS = frozenset({
    # fifth batch, after the change that followed its run: "culebrilla en el lado derecho del
    # pecho" against "right-sided thoracic herpes zoster" ("pecho" is chest and breast both)
    "same-in-other-words-f/culebrilla-herpes-zoster",
    # the sixth batch, the held-out one: as it came out of its one run
    "held-out/enlarged-prostate-bph", "held-out/glue-ear-left-ome",
    "held-out/ictericia-recien-nacido-neonatal-jaundice",
    "held-out/low-iron-anaemia-iron-deficiency-anemia", "held-out/paperas-parotiditis-epidemica",
    "held-out/piedras-vesicula-colelitiasis", "held-out/toxaemia-pregnancy-preeclampsia",
    "held-out/water-on-brain-hydrocephalus",
})
# Cases that come out otherwise than expected, in the safe direction, but are not a lay name
# called different: read as one adding detail to the other ("refined"), where a body part is
# said in words only one side has ("glue ear, both ears" against "bilateral otitis media with
# effusion", "pink eye in both eyes" against "bilateral conjunctivitis").
OTHER_KNOWN_GAPS = frozenset({
    "same-in-other-words-f/glue-ear-child", "same-in-other-words-f/pink-eye-both-eyes",
    # the sixth batch: two synonyms read as refined, three refinements read as different
    "held-out/athletes-foot-tinea-pedis", "held-out/frozen-shoulder-left-adhesive-capsulitis",
    "held-out/artritis-vs-artritis-reumatoide", "held-out/breast-cancer-left-vs-idc-left",
    "held-out/epilepsy-vs-left-temporal-lobe-epilepsy",
})


def _param(case: dict) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="known gap, see docs/comparison.md")] if (
        case["id"] in KNOWN_GAPS | OTHER_KNOWN_GAPS) else []
    return pytest.param(case, id=case["id"], marks=marks)


def test_the_corpus_is_large_and_covers_every_kind() -> None:
    assert len(CASES) >= 80
    kinds = Counter(c["kind"] for c in CASES)
    assert {"trap", "synonym", "refined", "ambiguous", "safety", "plan"} <= set(kinds)
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert all(c["source"].strip() for c in CASES)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: dict) -> None:
    forward = evaluate(case)
    assert forward.ok, forward.problems()
    backward = evaluate(case, swapped=True)
    assert backward.ok, "swapped: " + backward.problems()


def test_the_table_never_says_same_on_a_trap() -> None:
    result = table([evaluate(c) for c in CASES])
    assert result.same_on_traps == 0
    assert result.different_on_synonyms == len(KNOWN_GAPS)
    tuned = table([evaluate(c) for c in CASES
                   if not c.get("held_out") and c["id"] not in KNOWN_GAPS | OTHER_KNOWN_GAPS])
    assert tuned.different_on_synonyms == 0 and not tuned.failures
