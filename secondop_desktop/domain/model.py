# SPDX-License-Identifier: GPL-3.0-or-later
"""The objects of case format 1 (see docs/case-format.md), as plain typed classes.

Every class reads itself from the JSON form with ``from_dict`` and writes itself back with
``to_dict``. Keys this program does not know are kept in ``extra`` and written back unchanged, so
fields added by a newer SecondOp survive a round trip through this one. Validation of untrusted
input happens before ``from_dict`` (see ``casefile_schema``); ``from_dict`` trusts its input.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

# Re-exported: callers take the timestamps and new ids from here, with the classes.
from secondop_desktop.domain.dataclass_methods import FieldMethods
from secondop_desktop.domain.ids import new_id as new_id
from secondop_desktop.domain.times import now_iso as now_iso
from secondop_desktop.domain.times import parse_time as parse_time
from secondop_desktop.i18n import _

CASE_STATUSES = ("preparing", "gathering", "comparing", "decided")
CERTAINTIES = ("confirmed", "probable", "uncertain")
EVIDENCE_KINDS = (
    "guideline", "study", "test_result", "imaging", "pathology", "exam", "history", "other",
)
RECOMMENDATION_CATEGORIES = (
    "surgery", "medication", "radiation", "chemotherapy", "therapy", "procedure", "monitoring",
    "lifestyle", "clinical_trial", "test", "referral", "other",
)
URGENCIES = ("emergency", "soon", "routine", "elective")
QUESTION_TOPICS = ("diagnosis", "treatment", "risks", "trials", "logistics", "other")
RECORD_KINDS = (
    "pathology_report", "operative_report", "discharge_summary", "treatment_plan",
    "medication_list", "imaging", "lab_results", "referral_letter", "other",
)
RECORD_STATUSES = ("needed", "requested", "received", "shared")
VERDICTS = ("same", "different")
REVIEW_STATES = ("open", "asked", "explained", "resolved")

FORMAT_NAME = "secondop.case"
FORMAT_VERSION = 1


M = TypeVar("M", bound="Model")
Reader = Callable[[Any], Any]


class Model(FieldMethods):
    """Shared JSON reading and writing for the dataclasses below; their equality and repr are
    ``FieldMethods``' (``eq=False, repr=False``: see ``dataclass_methods``)."""

    _hints: ClassVar[dict[type, dict[str, Any]]] = {}
    _readers: ClassVar[dict[type, dict[str, Reader | None]]] = {}

    @classmethod
    def _field_types(cls) -> dict[str, Any]:
        """The type of each field (``extra`` included), from its annotation."""
        hints = Model._hints.get(cls)
        if hints is None:
            hints = {f.name: _evaluated(f.type)  # type: ignore[arg-type]
                     for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
            Model._hints[cls] = hints
        return hints

    @classmethod
    def _field_readers(cls) -> dict[str, Reader | None]:
        """For each field but ``extra``: how its JSON value becomes the field's value (None:
        taken as it is). Worked out once per class, not for every value read."""
        readers = Model._readers.get(cls)
        if readers is None:
            readers = {name: _reader(hint) for name, hint in cls._field_types().items()
                       if name != "extra"}
            Model._readers[cls] = readers
        return readers

    @classmethod
    def from_dict(cls: type[M], data: dict[str, Any]) -> M:
        readers = cls._field_readers()
        known: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in data.items():
            if key in readers:
                read = readers[key]
                known[key] = read(value) if read is not None and value is not None else value
            else:
                extra[key] = value
        return cls(**known, extra=extra)  # type: ignore[call-arg]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            if f.name == "extra":
                continue
            out[f.name] = _write(getattr(self, f.name))
        for key, value in self.extra.items():  # type: ignore[attr-defined]
            out.setdefault(key, value)
        return out


_TYPES: dict[str, Any] = {}  # an annotation as written ("list[Note]") -> the type it names


def _evaluated(annotation: Any) -> Any:
    """The type an annotation names. The annotations are strings (``from __future__ import
    annotations``); each distinct one is evaluated once among this module's names, which is
    all ``typing.get_type_hints`` would do, at a fraction of its cost on every start."""
    if not isinstance(annotation, str):
        return annotation
    value = _TYPES.get(annotation)
    if value is None:
        value = eval(annotation, globals())  # noqa: S307 (this module's own annotations)
        _TYPES[annotation] = value
    return value


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, Model)


def _reader(hint: Any) -> Reader | None:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is list and args and _is_model(args[0]):
        item = args[0].from_dict
        return lambda value: [item(element) for element in value]
    if origin in (typing.Union, types.UnionType):
        return next((arg.from_dict for arg in args if _is_model(arg)), None)
    if _is_model(hint):
        return hint.from_dict
    if origin is list:
        return list
    return None


def _write(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [_write(item) for item in value]
    if isinstance(value, dict):
        return {k: _write(v) for k, v in value.items()}
    return value


@dataclass(eq=False, repr=False)
class Physician(Model):
    """A doctor who gave an opinion."""

    name: str = ""
    specialty: str = ""
    institution: str = ""
    credentials: str = ""
    contact: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Diagnosis(Model):
    """What a doctor said the condition is."""

    text: str = ""
    icd10: str | None = None
    certainty: str | None = None
    stage: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Evidence(Model):
    """A finding, test or study a doctor based the opinion on."""

    id: str = field(default_factory=new_id)
    kind: str = "other"
    title: str = ""
    source: str = ""
    reference: str = ""
    interpretation: str = ""
    updated_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Recommendation(Model):
    """A treatment or next step a doctor recommended."""

    id: str = field(default_factory=new_id)
    treatment: str = ""
    category: str = "other"
    urgency: str | None = None
    preferred: bool = False
    benefits: str = ""
    risks: str = ""
    side_effects: str = ""
    # The rest of an Option Grid row by row (case format 1, added later; empty = not said).
    involves: str = ""
    recovery: str = ""
    timing: str = ""
    cost: str = ""
    updated_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Answer(Model):
    """What one doctor answered to one of the patient's questions."""

    id: str = field(default_factory=new_id)
    question_id: str = ""
    text: str = ""
    updated_at: str | None = None
    asked: bool = False  # ticked in the room: the question was put to this doctor
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Opinion(Model):
    """One doctor's opinion: diagnosis, reasons, evidence, recommendations, answers."""

    id: str = field(default_factory=new_id)
    label: str = ""
    physician: Physician = field(default_factory=Physician)
    visit_date: str | None = None
    diagnosis: Diagnosis = field(default_factory=Diagnosis)
    rationale: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    follow_up: str = ""
    answers: list[Answer] = field(default_factory=list)
    updated_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def doctor(self) -> str:
        """How the interface names this opinion's doctor ("Dr Lee"), never empty."""
        return self.physician.name.strip() or self.label.strip() or _("Unnamed doctor")

    def answer_to(self, question_id: str) -> Answer | None:
        return next((a for a in self.answers if a.question_id == question_id), None)

    def main_recommendations(self) -> list[Recommendation]:
        return [r for r in self.recommendations if r.preferred]


@dataclass(eq=False, repr=False)
class Question(Model):
    """A question the patient wants to ask the doctors."""

    id: str = field(default_factory=new_id)
    text: str = ""
    topic: str = "other"
    created_at: str | None = None
    updated_at: str | None = None
    # Added from a difference in the comparison: that point's key, and the difference in words
    # as it read then (the point itself may change or go as the opinions are edited).
    point: str | None = None
    difference: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Note(Model):
    """A note the patient took, about the case or one opinion."""

    id: str = field(default_factory=new_id)
    opinion_id: str | None = None
    taken_at: str | None = None
    author: str = ""
    text: str = ""
    private: bool = False
    tags: list[str] = field(default_factory=list)
    updated_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Attachment(Model):
    """A file kept with a record."""

    file: str = ""
    name: str = ""
    sha256: str = ""
    size: int = 0
    media_type: str = "application/octet-stream"
    added_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Record(Model):
    """A medical record the patient needs, asked for, has or has shared."""

    id: str = field(default_factory=new_id)
    kind: str = "other"
    title: str = ""
    status: str = "needed"
    shared_with: list[str] = field(default_factory=list)
    notes: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    updated_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Medication(Model):
    """A medicine the patient takes or took."""

    id: str = field(default_factory=new_id)
    name: str = ""
    dose: str = ""
    schedule: str = ""
    started: str | None = None
    stopped: str | None = None
    prescribed_by: str | None = None
    notes: str = ""
    updated_at: str | None = None
    unit: str = ""  # of the dose: "mg", "drops", "puffs"
    reason: str = ""  # what it is for, in the patient's words
    prescriber: str = ""  # who prescribed it when that is not one of the case's doctors
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Insurance(Model):
    """What the patient found out about cover for a further opinion. ``None`` means not known
    yet (a worried patient's "I must still ask" is not a "no")."""

    covered: bool | None = None
    in_network: bool | None = None
    pre_approval: bool | None = None
    reference_numbers: str = ""
    phone_numbers: str = ""
    notes: str = ""
    updated_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return (self.covered is None and self.in_network is None and self.pre_approval is None
                and not (self.reference_numbers.strip() or self.phone_numbers.strip()
                         or self.notes.strip()))


@dataclass(eq=False, repr=False)
class ValueFactor(Model):
    """Something that matters to the patient in the decision, and how much."""

    factor: str = ""
    importance: int = 0
    favours: list[str] = field(default_factory=list)
    """Keys of the options this factor speaks for (``domain.options.Option.key``)."""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class SureCheck(Model):
    """The four yes/no questions of the SURE test of decisional certainty."""

    sure: bool = False
    understand: bool = False
    risks_benefits: bool = False
    encouragement: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Decision(Model):
    """What the patient decided, why, and how sure they feel."""

    chosen: str = ""
    based_on: list[str] = field(default_factory=list)
    reasons: str = ""
    values: list[ValueFactor] = field(default_factory=list)
    decided_on: str | None = None
    sure: SureCheck = field(default_factory=SureCheck)
    with_whom: str = ""
    """Who decides with the patient (a partner, a daughter, the family doctor)."""
    own_options: list[str] | None = None
    """The patient's own options beside the doctors' ("Wait and see"); None = the starters."""
    cannot_choose: bool = False
    """The patient says the doctors' plans leave them unable to choose."""
    updated_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Review(Model):
    """The patient's review of one difference between two opinions."""

    id: str = field(default_factory=new_id)
    opinions: list[str] = field(default_factory=list)
    point: str = ""
    verdict: str | None = None
    state: str = "open"
    note: str = ""
    asked_to: str | None = None
    """The opinion whose doctor the difference was put to."""
    asked_on: str | None = None
    reply: str = ""
    """What that doctor said about it."""
    updated_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, repr=False)
class Case(Model):
    """One health question the patient is getting opinions on."""

    id: str = field(default_factory=new_id)
    title: str = ""
    concern: str = ""
    patient_name: str = ""
    time_sensitive: bool = False
    status: str = "preparing"
    reasons: list[str] = field(default_factory=list)
    created_at: str | None = None
    updated_at: str | None = None
    opinions: list[Opinion] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    medications: list[Medication] = field(default_factory=list)
    decision: Decision | None = None
    reviews: list[Review] = field(default_factory=list)
    decide_by: str | None = None  # a date: when a time-sensitive case needs its decision
    insurance: Insurance | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def opinion(self, opinion_id: str) -> Opinion | None:
        return next((o for o in self.opinions if o.id == opinion_id), None)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def review_for(self, a_id: str, b_id: str, point: str) -> Review | None:
        return next(
            (r for r in self.reviews if r.point == point and r.opinions == [a_id, b_id]), None
        )


@dataclass(eq=False, repr=False)
class CaseFile(Model):
    """The top level of a case file: the envelope around one case."""

    format: str = FORMAT_NAME
    version: int = FORMAT_VERSION
    exported_at: str | None = None
    case: Case = field(default_factory=Case)
    extra: dict[str, Any] = field(default_factory=dict)
