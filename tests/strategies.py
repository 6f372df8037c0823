# SPDX-License-Identifier: GPL-3.0-or-later
"""Hypothesis strategies for case format 1, for any test that needs many valid cases.

- ``case_bundles()``: ``(document, attachments)`` — a valid case-file document (the envelope
  with format/version/exported_at/case) and the bytes of every attachment its records list, keyed
  by sha256. Attachment ``file`` names are the ones ``write_case_file`` gives them, so a document
  survives a write and a read unchanged.
- ``case_documents()``: the document alone; ``cases()``: the ``Case`` it holds.
- ``merge_pairs()``: ``(existing, incoming)``, two copies of one case that drifted apart (items
  dropped, edited earlier or later, added). The incoming side is not promised to validate.
- ``json_values()``: arbitrary JSON; ``extra_fields()``: unknown keys a newer program might add.

Names come in several scripts (Latin with diacritics, Greek, Cyrillic, Hebrew, Arabic, Devanagari,
Chinese, Japanese, Korean, Vietnamese, Icelandic) besides random text. ``CASE_SETTINGS`` is the
hypothesis profile these tests use (50 examples, no deadline).
"""

from __future__ import annotations

import copy
import hashlib
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from secondop_desktop.domain import model as m
from secondop_desktop.domain.model import Case
from secondop_desktop.store.casefile import attachment_archive_name

# Modest example counts keep the suite fast; generating a whole case is not cheap.
CASE_SETTINGS = settings(
    max_examples=50, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

NAMES = (
    "José Álvarez", "Zoë Brontë", "Ólafur Þórsson", "Nguyễn Văn An", "Αλέξανδρος Παπαδόπουλος",
    "Иван Петров", "דוד כהן", "محمد علي", "अनीता शर्मा", "张伟", "佐藤 花子", "김민준",
    "Dr Robert Hale", "Ana (daughter)",
)

# Any character that can be written as UTF-8 (lone surrogates cannot).
_CHARS = st.characters(blacklist_categories=("Cs",))
_EXTRA_KEY = st.text(st.characters(min_codepoint=97, max_codepoint=122), min_size=1, max_size=8)


def texts(max_size: int = 30) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(NAMES), st.text(_CHARS, max_size=max_size))


def titles() -> st.SearchStrategy[str]:
    """Valid titles: 1..200 characters once trimmed."""
    return st.one_of(
        st.sampled_from(NAMES),
        st.text(_CHARS, min_size=1, max_size=60).filter(lambda t: 0 < len(t.strip()) <= 200),
    )


_MOMENT = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1))
_QUARTER_HOURS = st.integers(min_value=-48, max_value=56)


@st.composite
def iso_datetimes(draw: st.DrawFn) -> str:
    moment = draw(_MOMENT)
    if draw(st.booleans()):
        moment = moment.replace(microsecond=0)
    quarter_hours = draw(_QUARTER_HOURS)
    text = moment.replace(tzinfo=timezone(timedelta(minutes=15 * quarter_hours))).isoformat()
    if quarter_hours == 0 and draw(st.booleans()):
        text = text.replace("+00:00", "Z")
    return text


def iso_dates() -> st.SearchStrategy[str]:
    return st.dates(
        min_value=datetime(1900, 1, 1).date(), max_value=datetime(2100, 1, 1).date()
    ).map(lambda d: d.isoformat())


def json_values(max_leaves: int = 8) -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(),
        st.floats(allow_nan=False, allow_infinity=False), st.text(_CHARS, max_size=10),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(st.text(_CHARS, max_size=6), inner,
                                                         max_size=3)
        ),
        max_leaves=max_leaves,
    )


def extra_fields() -> st.SearchStrategy[dict[str, Any]]:
    """Unknown keys (all start with ``x_``, so none collides with a field of format 1)."""
    keys = st.one_of(st.sampled_from(["x_future", "x_sync", "x_ünïcode"]),
                     _EXTRA_KEY.map(lambda k: "x_" + k))
    return st.dictionaries(keys, json_values(4), min_size=1, max_size=2)


# Built once: building strategies inside a draw costs more than drawing from them.
_TEXT = texts()
_LONG_TEXT = texts(80)
_SHORT_TEXT = texts(10)
_NAME = st.one_of(st.sampled_from(NAMES), _TEXT)
_TITLE = titles()
_DATETIME = iso_datetimes()
_MAYBE_DATETIME = st.none() | _DATETIME
_MAYBE_DATE = st.none() | iso_dates()
_MAYBE_TEXT = st.none() | _TEXT
_EXTRAS = extra_fields()
_BOOL = st.booleans()
_DROP = st.integers(0, 4)
_UUID = st.uuids()
_BLOB = st.binary(max_size=300)
_FILE_NAME = st.sampled_from(["scan.pdf", "Röntgen befund.pdf", "报告.jpg", "../x", ""]) | texts(20)
_MEDIA = st.sampled_from(["application/pdf", "image/jpeg", "application/octet-stream"])
_ICD10 = st.sampled_from([None, "", "M17.11", "M17.9", "C50.911", "E11"])
_TAGS = st.lists(_SHORT_TEXT, max_size=3)
_REASONS = st.lists(_TEXT, max_size=3)
_IMPORTANCE = st.integers(0, 5)
_POINT = st.sampled_from(["diagnosis", "stage", "urgency"])
_COUNTS = {n: st.integers(0, n) for n in range(6)}
_INDEX = st.integers(0, 11)
_DRIFT = st.sampled_from(["keep", "drop", "later", "earlier", "untimed"])


def _enum(values: tuple[str, ...], nullable: bool = False) -> st.SearchStrategy[str | None]:
    return st.sampled_from((None, *values) if nullable else values)


_QUESTION_TOPIC = _enum(m.QUESTION_TOPICS)
_CERTAINTY = _enum(m.CERTAINTIES, True)
_EVIDENCE_KIND = _enum(m.EVIDENCE_KINDS)
_CATEGORY = _enum(m.RECOMMENDATION_CATEGORIES)
_URGENCY = _enum(m.URGENCIES, True)
_RECORD_KIND = _enum(m.RECORD_KINDS)
_RECORD_STATUS = _enum(m.RECORD_STATUSES)
_CASE_STATUS = _enum(m.CASE_STATUSES)
_VERDICT = _enum(m.VERDICTS, True)
_REVIEW_STATE = _enum(m.REVIEW_STATES)


class _Ids:
    """Fresh UUIDs, never one twice in the same case."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.used: set[str] = set()

    def __call__(self) -> str:
        value = str(self.draw(_UUID))
        while value in self.used:  # rare: hypothesis likes to repeat itself
            value = str(self.draw(_UUID))
        self.used.add(value)
        return value


@st.composite
def case_bundles(
    draw: st.DrawFn, extras: bool = True, max_opinions: int = 3, max_items: int = 2
) -> tuple[dict[str, Any], dict[str, bytes]]:
    new_id = _Ids(draw)
    blobs: dict[str, bytes] = {}

    def obj(fields: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
        # Some optional keys left out (readers must supply defaults), some unknown keys added.
        for key in optional:
            if key in fields and draw(_DROP) == 0:
                del fields[key]
        if extras and draw(_DROP) == 0:  # one object in five carries unknown keys
            for key, value in draw(_EXTRAS).items():
                fields.setdefault(key, value)
        return fields

    def subset(ids: list[str]) -> list[str]:
        return [ident for ident in ids if draw(_BOOL)]

    def pick(ids: list[str]) -> str:
        return ids[draw(_INDEX) % len(ids)]

    def maybe_pick(ids: list[str]) -> str | None:
        return pick(ids) if ids and draw(_BOOL) else None

    def two_of(ids: list[str]) -> list[str]:
        first = pick(ids)
        return [first, pick([ident for ident in ids if ident != first])]

    def some(build: Any, most: int = max_items) -> list[Any]:
        return [build() for _ in range(draw(_COUNTS[most]))]

    questions = some(lambda: obj({
        "id": new_id(), "text": draw(_TEXT), "topic": draw(_QUESTION_TOPIC),
        "created_at": draw(_MAYBE_DATETIME), "updated_at": draw(_MAYBE_DATETIME),
    }, ("topic", "created_at", "updated_at")))
    question_ids = [q["id"] for q in questions]

    def opinion() -> dict[str, Any]:
        answered = subset(question_ids)
        return obj({
            "id": new_id(),
            "label": draw(_TEXT),
            "physician": obj({
                "name": draw(_NAME),
                "specialty": draw(_TEXT), "institution": draw(_TEXT),
                "credentials": draw(_TEXT), "contact": draw(_TEXT),
            }, ("specialty", "institution", "credentials", "contact")),
            "visit_date": draw(_MAYBE_DATE),
            "diagnosis": obj({
                "text": draw(_TEXT),
                "icd10": draw(_ICD10),
                "certainty": draw(_CERTAINTY),
                "stage": draw(_MAYBE_TEXT),
            }, ("icd10", "certainty", "stage")),
            "rationale": draw(_LONG_TEXT),
            "evidence": some(lambda: obj({
                "id": new_id(), "kind": draw(_EVIDENCE_KIND),
                "title": draw(_TEXT), "source": draw(_TEXT), "reference": draw(_TEXT),
                "interpretation": draw(_TEXT), "updated_at": draw(_MAYBE_DATETIME),
            }, ("kind", "source", "reference", "interpretation", "updated_at"))),
            "recommendations": some(lambda: obj({
                "id": new_id(), "treatment": draw(_TEXT),
                "category": draw(_CATEGORY),
                "urgency": draw(_URGENCY),
                "preferred": draw(_BOOL), "benefits": draw(_TEXT),
                "risks": draw(_TEXT), "side_effects": draw(_TEXT),
                "involves": draw(_TEXT), "recovery": draw(_TEXT), "timing": draw(_TEXT),
                "cost": draw(_TEXT),
                "updated_at": draw(_MAYBE_DATETIME),
            }, ("category", "urgency", "preferred", "benefits", "risks", "side_effects",
                "involves", "recovery", "timing", "cost"))),
            "follow_up": draw(_TEXT),
            "answers": [obj({
                "id": new_id(), "question_id": qid, "text": draw(_TEXT),
                "updated_at": draw(_MAYBE_DATETIME),
            }, ("text", "updated_at")) for qid in answered],
            "updated_at": draw(_MAYBE_DATETIME),
        }, ("label", "physician", "visit_date", "diagnosis", "rationale", "evidence",
            "recommendations", "follow_up", "answers", "updated_at"))

    opinions = some(opinion, max_opinions)
    opinion_ids = [o["id"] for o in opinions]

    def attachment() -> dict[str, Any]:
        data = draw(_BLOB)
        sha = hashlib.sha256(data).hexdigest()
        blobs[sha] = data
        fields = obj({
            "file": "", "name": draw(_FILE_NAME), "sha256": sha, "size": len(data),
            "media_type": draw(_MEDIA),
        }, ("name", "media_type"))
        # The name write_case_file gives it, so a round trip changes nothing.
        fields["file"] = attachment_archive_name(sha, fields.get("name", ""))
        return fields

    case: dict[str, Any] = obj({
        "id": new_id(),
        "title": draw(_TITLE),
        "concern": draw(_LONG_TEXT),
        "patient_name": draw(_NAME),
        "time_sensitive": draw(_BOOL),
        "status": draw(_CASE_STATUS),
        "reasons": draw(_REASONS),
        "created_at": draw(_MAYBE_DATETIME),
        "updated_at": draw(_MAYBE_DATETIME),
        "opinions": opinions,
        "questions": questions,
        "notes": some(lambda: obj({
            "id": new_id(), "opinion_id": maybe_pick(opinion_ids),
            "taken_at": draw(_MAYBE_DATETIME), "author": draw(_NAME),
            "text": draw(_LONG_TEXT), "private": draw(_BOOL),
            "tags": draw(_TAGS), "updated_at": draw(_MAYBE_DATETIME),
        }, ("opinion_id", "taken_at", "author", "private", "tags", "updated_at")), 4),
        "records": some(lambda: obj({
            "id": new_id(), "kind": draw(_RECORD_KIND),
            "title": draw(_TEXT), "status": draw(_RECORD_STATUS),
            "shared_with": subset(opinion_ids),
            "notes": draw(_TEXT), "attachments": some(attachment, 2),
            "updated_at": draw(_MAYBE_DATETIME),
        }, ("kind", "title", "status", "shared_with", "notes", "updated_at"))),
        "medications": some(lambda: obj({
            "id": new_id(), "name": draw(_TEXT), "dose": draw(_TEXT),
            "schedule": draw(_TEXT), "started": draw(_MAYBE_DATE),
            "stopped": draw(_MAYBE_DATE), "prescribed_by": maybe_pick(opinion_ids),
            "notes": draw(_TEXT), "updated_at": draw(_MAYBE_DATETIME),
        }, ("dose", "schedule", "started", "stopped", "prescribed_by", "notes"))),
        "decision": None if draw(_BOOL) else obj({
            "chosen": draw(_TEXT),
            "based_on": subset(opinion_ids),
            "reasons": draw(_TEXT),
            "values": some(lambda: obj({
                "factor": draw(_TEXT), "importance": draw(_IMPORTANCE),
                "favours": [f"own:{draw(_TEXT)}" for _ in range(draw(_COUNTS[2]))],
            }, ("favours",))),
            "decided_on": draw(_MAYBE_DATE),
            "sure": obj({key: draw(_BOOL) for key in
                         ("sure", "understand", "risks_benefits", "encouragement")}),
            "with_whom": draw(_TEXT),
            "own_options": None if draw(_BOOL) else [draw(_TEXT) for _ in
                                                      range(draw(_COUNTS[2]))],
            "cannot_choose": draw(_BOOL),
            "updated_at": draw(_MAYBE_DATETIME),
        }, ("reasons", "values", "decided_on", "sure", "with_whom", "own_options",
            "cannot_choose", "updated_at")),
        "reviews": some(lambda: obj({
            "id": new_id(),
            "opinions": two_of(opinion_ids),
            "point": draw(_POINT),
            "verdict": draw(_VERDICT),
            "state": draw(_REVIEW_STATE),
            "note": draw(_TEXT), "asked_to": maybe_pick(opinion_ids),
            "asked_on": draw(_MAYBE_DATE), "reply": draw(_TEXT),
            "updated_at": draw(_MAYBE_DATETIME),
        }, ("verdict", "state", "note", "asked_to", "asked_on", "reply", "updated_at")))
        if len(opinion_ids) >= 2 else [],
    }, ("concern", "patient_name", "time_sensitive", "status", "reasons", "created_at",
        "updated_at", "notes", "records", "medications", "decision", "reviews"))

    document = {
        "format": m.FORMAT_NAME, "version": m.FORMAT_VERSION,
        "exported_at": draw(_DATETIME), "case": case,
    }
    if extras:
        document.update(draw(_EXTRAS))
    # Only the attachments that made it into the document (a record list may have been left out).
    listed = {a["sha256"] for r in case.get("records", []) for a in r["attachments"]}
    return document, {sha: data for sha, data in blobs.items() if sha in listed}


def case_documents(extras: bool = True) -> st.SearchStrategy[dict[str, Any]]:
    return case_bundles(extras=extras).map(lambda bundle: bundle[0])


def cases(extras: bool = True) -> st.SearchStrategy[Case]:
    return case_documents(extras=extras).map(lambda doc: Case.from_dict(copy.deepcopy(doc["case"])))


_LATER = "2200-01-01T00:00:00+00:00"
_EARLIER = "1900-01-01T00:00:00+00:00"
_CASE_TIME = st.sampled_from([_LATER, _EARLIER, None])
_DECISION_TIME = st.sampled_from([_LATER, None])


@st.composite
def merge_pairs(draw: st.DrawFn) -> tuple[Case, Case]:
    """Two copies of one case: the incoming one drops, edits and adds objects at random."""
    existing = draw(cases())
    incoming = copy.deepcopy(existing)
    new_id = _Ids(draw)
    new_id.used.update(_all_ids(existing))

    def drift(items: list[Any], make: Any) -> list[Any]:
        kept = []
        for item in items:
            action = draw(_DRIFT)
            if action == "drop":
                continue
            if action != "keep":
                item.extra["x_edited"] = draw(_COUNTS[3])
                item.updated_at = {"later": _LATER, "earlier": _EARLIER}.get(action)
            kept.append(item)
        kept.extend(make() for _ in range(draw(_COUNTS[2])))
        return kept

    def note() -> m.Note:
        return m.Note(id=new_id(), text=draw(texts()),
                      updated_at=draw(_MAYBE_DATETIME))

    def opinion() -> m.Opinion:
        return m.Opinion(id=new_id(), physician=m.Physician(name=draw(texts())))

    incoming.notes = drift(incoming.notes, note)
    incoming.opinions = drift(incoming.opinions, opinion)
    for item in incoming.opinions:
        item.evidence = drift(item.evidence, lambda: m.Evidence(id=new_id(), title="New"))
    incoming.questions = drift(incoming.questions, lambda: m.Question(id=new_id(), text="New?"))
    incoming.medications = drift(incoming.medications,
                                 lambda: m.Medication(id=new_id(), name="New"))
    if draw(_BOOL):
        incoming.title = draw(_TITLE)
        incoming.updated_at = draw(_CASE_TIME)
    if draw(_BOOL):
        incoming.decision = m.Decision(chosen=draw(texts()),
                                       updated_at=draw(_DECISION_TIME))
    return existing, incoming


def _all_ids(case: Case) -> set[str]:
    found = {case.id}
    for kind in ("opinions", "questions", "notes", "records", "medications", "reviews"):
        found.update(item.id for item in getattr(case, kind))
    for opinion in case.opinions:
        for kind in ("evidence", "recommendations", "answers"):
            found.update(item.id for item in getattr(opinion, kind))
    return found
