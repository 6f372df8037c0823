# SPDX-License-Identifier: GPL-3.0-or-later
"""How faithful the comparison engine is on the corpus of comparison cases (run by hand; prints
the table that docs/comparison.md quotes).

    python bench/fidelity.py [--failures]

Columns: cases; diagnosis and plan category accuracy (cases with that expectation); recall of
true differences (the points that must be major and were); "same" on traps (two opinions that
differ where it matters, called the same: must be 0); "different" on synonyms (one thing in
other words, called different). The held-out batch (written before it was ever run, not tuned
against) is also shown on its own.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.corpus.fidelity import evaluate, load_cases, table  # noqa: E402


def _print(title: str, cases: list[dict], failures: bool) -> None:
    result = table([evaluate(c) for c in cases])
    print(title)
    width = max(len(label) for label, _ in result.rows())
    for label, value in result.rows():
        print(f"  {label.ljust(width)}  {value}")
    if failures and result.failures:
        print("  not as expected:")
        for outcome in result.failures:
            print(f"    {outcome.case['id']}: {outcome.problems()}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the cases not as expected")
    args = parser.parse_args()
    cases = load_cases()
    _print("All cases", cases, args.failures)
    _print("Tuned corpus (the rules and the table were written with these)",
           [c for c in cases if not c.get("held_out")], args.failures)
    _print("Held-out batch (never tuned against)", [c for c in cases if c.get("held_out")],
           args.failures)


if __name__ == "__main__":
    main()
