# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison corpus: cases written from published second-opinion and pathology-review
studies and from medication-safety and wrong-site reports, each a SecondOp case file
(``cases/<group>/<name>.json``, case format 1, validated on loading) whose two opinions are
compared. What the comparison must find rides in the file's own extra key ``corpus`` (the format
keeps unknown keys)::

    "corpus": {"id": "group/name",
               "kind": "trap" | "synonym" | "refined" | "ambiguous" | "safety" | "plan",
               "source": "what it was written from", "note": "…",
               "expect": {"diagnosis": "same|refined|different|maybe_same", "plan": "…",
                          "major": ["diagnosis" | "stage" | "recommendation", …]}}

"trap": two opinions that differ where it matters (the engine must never say "same");
"synonym": one thing in other words (the engine must never say "different").

Used by ``tests/domain/test_corpus.py`` (every case must come out as expected) and by
``bench/fidelity.py`` (prints the table that ``docs/comparison.md`` quotes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from secondop_desktop.domain.compare import compare_opinions
from secondop_desktop.domain.comparison import Comparison
from secondop_desktop.domain.model import Case, CaseFile
from secondop_desktop.domain.validation import validate_case_document

FOLDER = Path(__file__).resolve().parent / "cases"


def load_cases() -> list[dict]:
    """Every corpus case: its ``corpus`` entry, with the whole case file under ``case_file``."""
    cases: list[dict] = []
    for path in sorted(FOLDER.glob("*/*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        validate_case_document(document)  # a corpus case is a case file like any other
        cases.append({**document["corpus"], "case_file": document})
    return cases


def build(case: dict, swapped: bool = False) -> tuple[Case, str, str]:
    result = CaseFile.from_dict(case["case_file"]).case
    a, b = result.opinions[0], result.opinions[1]
    return (result, b.id, a.id) if swapped else (result, a.id, b.id)


def run(case: dict, swapped: bool = False) -> Comparison:
    built, a_id, b_id = build(case, swapped)
    return compare_opinions(built, a_id, b_id)


@dataclass
class Outcome:
    case: dict
    diagnosis: str
    plan: str
    major_expected: list[str]
    major_found: list[str] = field(default_factory=list)

    @property
    def expect(self) -> dict:
        return self.case["expect"]

    @property
    def diagnosis_ok(self) -> bool:
        return "diagnosis" not in self.expect or self.expect["diagnosis"] == self.diagnosis

    @property
    def plan_ok(self) -> bool:
        return "plan" not in self.expect or self.expect["plan"] == self.plan

    @property
    def majors_ok(self) -> bool:
        return set(self.major_expected) <= set(self.major_found)

    @property
    def ok(self) -> bool:
        return self.diagnosis_ok and self.plan_ok and self.majors_ok

    def problems(self) -> str:
        out = []
        if not self.diagnosis_ok:
            out.append(f"diagnosis {self.diagnosis} (expected {self.expect['diagnosis']})")
        if not self.plan_ok:
            out.append(f"plan {self.plan} (expected {self.expect['plan']})")
        if not self.majors_ok:
            missing = sorted(set(self.major_expected) - set(self.major_found))
            out.append(f"not major: {', '.join(missing)}")
        return "; ".join(out)


def evaluate(case: dict, swapped: bool = False) -> Outcome:
    result = run(case, swapped)
    found = sorted({p.topic for p in result.points if p.severity == "major" and p.differs})
    return Outcome(case, result.summary.diagnosis, result.summary.plan,
                   list(case["expect"].get("major", [])), found)


@dataclass
class Table:
    cases: int
    diagnosis_accuracy: float
    plan_accuracy: float
    recall: float
    same_on_traps: int
    traps: int
    different_on_synonyms: int
    synonyms: int
    failures: list[Outcome]
    diagnosis_cases: int = 0
    plan_cases: int = 0

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("cases", str(self.cases)),
            ("diagnosis category accuracy",
             f"{self.diagnosis_accuracy:.1%} of {self.diagnosis_cases}"
             if self.diagnosis_cases else "—"),
            ("plan category accuracy",
             f"{self.plan_accuracy:.1%} of {self.plan_cases}" if self.plan_cases else "—"),
            ("recall of true differences (major)", f"{self.recall:.1%}"),
            (f'"same" on traps (of {self.traps}; must be 0)', str(self.same_on_traps)),
            (f'"different" on synonyms (of {self.synonyms})', str(self.different_on_synonyms)),
        ]


def _said_same(outcome: Outcome) -> bool:
    e = outcome.expect
    return (("diagnosis" in e and e["diagnosis"] != "same" and outcome.diagnosis == "same")
            or ("plan" in e and e["plan"] != "same" and outcome.plan == "same"))


def _said_different(outcome: Outcome) -> bool:
    e = outcome.expect
    return (("diagnosis" in e and e["diagnosis"] == "same" and outcome.diagnosis == "different")
            or ("plan" in e and e["plan"] == "same" and outcome.plan == "different"))


def table(outcomes: list[Outcome]) -> Table:
    with_dx = [o for o in outcomes if "diagnosis" in o.expect]
    with_plan = [o for o in outcomes if "plan" in o.expect]
    expected = sum(len(o.major_expected) for o in outcomes)
    found = sum(len(set(o.major_expected) & set(o.major_found)) for o in outcomes)
    traps = [o for o in outcomes if o.case["kind"] in ("trap", "safety")]
    synonyms = [o for o in outcomes if o.case["kind"] == "synonym"]
    return Table(
        cases=len(outcomes),
        diagnosis_accuracy=sum(o.diagnosis_ok for o in with_dx) / max(1, len(with_dx)),
        plan_accuracy=sum(o.plan_ok for o in with_plan) / max(1, len(with_plan)),
        recall=found / expected if expected else 1.0,
        same_on_traps=sum(_said_same(o) for o in traps),
        traps=len(traps),
        different_on_synonyms=sum(_said_different(o) for o in synonyms),
        synonyms=len(synonyms),
        failures=[o for o in outcomes if not o.ok],
        diagnosis_cases=len(with_dx),
        plan_cases=len(with_plan),
    )
