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
Chinese, Japanese, Korean, Vietnamese, Icelandic) besides random text.
"""

from __future__ import annotations

import copy
import hashlib
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from secondop_desktop.domain import model as m
from secondop_desktop.domain.model import Case
from secondop_desktop.store.casefile import attachment_archive_name

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


@st.composite
def iso_datetimes(draw: st.DrawFn) -> str:
    moment = draw(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)))
    if draw(st.booleans()):
        moment = moment.replace(microsecond=0)
    quarter_hours = draw(st.integers(min_value=-48, max_value=56))
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
    return st.dictionaries(_EXTRA_KEY.map(lambda k: "x_" + k), json_values(4), max_size=2)


class _Ids:
    """Fresh UUIDs, never one twice in the same case."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.used: set[str] = set()

    def __call__(self) -> str:
        value = str(self.draw(st.uuids().filter(lambda u: str(u) not in self.used)))
        self.used.add(value)
        return value


@st.composite
def case_bundles(
    draw: st.DrawFn, extras: bool = True, max_opinions: int = 3, max_items: int = 3
) -> tuple[dict[str, Any], dict[str, bytes]]:
    new_id = _Ids(draw)
    blobs: dict[str, bytes] = {}

    def obj(fields: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
        # Some optional keys left out (readers must supply defaults), some unknown keys added.
        for key in optional:
            if key in fields and draw(st.integers(0, 4)) == 0:
                del fields[key]
        if extras:
            for key, value in draw(extra_fields()).items():
                fields.setdefault(key, value)
        return fields

    def maybe(strategy: st.SearchStrategy[Any]) -> Any:
        return draw(st.none() | strategy)

    def some(build: Any, most: int = max_items) -> list[Any]:
        return [build() for _ in range(draw(st.integers(0, most)))]

    questions = some(lambda: obj({
        "id": new_id(), "text": draw(texts()), "topic": draw(st.sampled_from(m.QUESTION_TOPICS)),
        "created_at": maybe(iso_datetimes()), "updated_at": maybe(iso_datetimes()),
    }, ("topic", "created_at", "updated_at")))
    question_ids = [q["id"] for q in questions]

    def opinion() -> dict[str, Any]:
        answered = draw(st.lists(st.sampled_from(question_ids), unique=True)) \
            if question_ids else []
        return obj({
            "id": new_id(),
            "label": draw(texts()),
            "physician": obj({
                "name": draw(st.sampled_from(NAMES) | texts()),
                "specialty": draw(texts()), "institution": draw(texts()),
                "credentials": draw(texts()), "contact": draw(texts()),
            }, ("specialty", "institution", "credentials", "contact")),
            "visit_date": maybe(iso_dates()),
            "diagnosis": obj({
                "text": draw(texts()),
                "icd10": draw(st.sampled_from([None, "", "M17.11", "M17.9", "C50.911", "E11"])),
                "certainty": draw(st.sampled_from((None, *m.CERTAINTIES))),
                "stage": maybe(texts()),
            }, ("icd10", "certainty", "stage")),
            "rationale": draw(texts(80)),
            "evidence": some(lambda: obj({
                "id": new_id(), "kind": draw(st.sampled_from(m.EVIDENCE_KINDS)),
                "title": draw(texts()), "source": draw(texts()), "reference": draw(texts()),
                "interpretation": draw(texts()), "updated_at": maybe(iso_datetimes()),
            }, ("kind", "source", "reference", "interpretation", "updated_at"))),
            "recommendations": some(lambda: obj({
                "id": new_id(), "treatment": draw(texts()),
                "category": draw(st.sampled_from(m.RECOMMENDATION_CATEGORIES)),
                "urgency": draw(st.sampled_from((None, *m.URGENCIES))),
                "preferred": draw(st.booleans()), "benefits": draw(texts()),
                "risks": draw(texts()), "side_effects": draw(texts()),
                "updated_at": maybe(iso_datetimes()),
            }, ("category", "urgency", "preferred", "benefits", "risks", "side_effects"))),
            "follow_up": draw(texts()),
            "answers": [obj({
                "id": new_id(), "question_id": qid, "text": draw(texts()),
                "updated_at": maybe(iso_datetimes()),
            }, ("text", "updated_at")) for qid in answered],
            "updated_at": maybe(iso_datetimes()),
        }, ("label", "physician", "visit_date", "diagnosis", "rationale", "evidence",
            "recommendations", "follow_up", "answers", "updated_at"))

    opinions = some(opinion, max_opinions)
    opinion_ids = [o["id"] for o in opinions]
    some_opinion = st.sampled_from(opinion_ids) if opinion_ids else st.nothing()

    def attachment() -> dict[str, Any]:
        data = draw(st.binary(max_size=300))
        sha = hashlib.sha256(data).hexdigest()
        blobs[sha] = data
        name = draw(st.sampled_from(["scan.pdf", "Röntgen befund.pdf", "报告.jpg", "../x", ""])
                    | texts(20))
        return obj({
            "file": attachment_archive_name(sha, name), "name": name, "sha256": sha,
            "size": len(data), "media_type": draw(st.sampled_from(
                ["application/pdf", "image/jpeg", "application/octet-stream"])),
        }, ("name", "media_type"))

    case: dict[str, Any] = obj({
        "id": new_id(),
        "title": draw(titles()),
        "concern": draw(texts(80)),
        "patient_name": draw(st.sampled_from(NAMES) | texts()),
        "time_sensitive": draw(st.booleans()),
        "status": draw(st.sampled_from(m.CASE_STATUSES)),
        "reasons": draw(st.lists(texts(), max_size=3)),
        "created_at": maybe(iso_datetimes()),
        "updated_at": maybe(iso_datetimes()),
        "opinions": opinions,
        "questions": questions,
        "notes": some(lambda: obj({
            "id": new_id(), "opinion_id": maybe(some_opinion),
            "taken_at": maybe(iso_datetimes()), "author": draw(st.sampled_from(NAMES) | texts()),
            "text": draw(texts(80)), "private": draw(st.booleans()),
            "tags": draw(st.lists(texts(10), max_size=3)), "updated_at": maybe(iso_datetimes()),
        }, ("opinion_id", "taken_at", "author", "private", "tags", "updated_at")), 5),
        "records": some(lambda: obj({
            "id": new_id(), "kind": draw(st.sampled_from(m.RECORD_KINDS)),
            "title": draw(texts()), "status": draw(st.sampled_from(m.RECORD_STATUSES)),
            "shared_with": draw(st.lists(some_opinion, unique=True)) if opinion_ids else [],
            "notes": draw(texts()), "attachments": some(attachment, 2),
            "updated_at": maybe(iso_datetimes()),
        }, ("kind", "title", "status", "shared_with", "notes", "updated_at"))),
        "medications": some(lambda: obj({
            "id": new_id(), "name": draw(texts()), "dose": draw(texts()),
            "schedule": draw(texts()), "started": maybe(iso_dates()),
            "stopped": maybe(iso_dates()), "prescribed_by": maybe(some_opinion),
            "notes": draw(texts()), "updated_at": maybe(iso_datetimes()),
        }, ("dose", "schedule", "started", "stopped", "prescribed_by", "notes"))),
        "decision": draw(st.none() | st.just(True)) and obj({
            "chosen": draw(texts()),
            "based_on": draw(st.lists(some_opinion, unique=True)) if opinion_ids else [],
            "reasons": draw(texts()),
            "values": some(lambda: obj({
                "factor": draw(texts()), "importance": draw(st.integers(0, 5)),
            })),
            "decided_on": maybe(iso_dates()),
            "sure": obj({key: draw(st.booleans()) for key in
                         ("sure", "understand", "risks_benefits", "encouragement")}),
            "updated_at": maybe(iso_datetimes()),
        }, ("reasons", "values", "decided_on", "sure", "updated_at")),
        "reviews": some(lambda: obj({
            "id": new_id(),
            "opinions": draw(st.lists(some_opinion, min_size=2, max_size=2, unique=True)),
            "point": draw(st.sampled_from(["diagnosis", "stage", "urgency"])),
            "verdict": draw(st.sampled_from((None, *m.VERDICTS))),
            "state": draw(st.sampled_from(m.REVIEW_STATES)),
            "note": draw(texts()), "updated_at": maybe(iso_datetimes()),
        }, ("verdict", "state", "note", "updated_at"))) if len(opinion_ids) >= 2 else [],
    }, ("concern", "patient_name", "time_sensitive", "status", "reasons", "created_at",
        "updated_at", "notes", "records", "medications", "decision", "reviews"))

    document = {
        "format": m.FORMAT_NAME, "version": m.FORMAT_VERSION,
        "exported_at": draw(iso_datetimes()), "case": case,
    }
    if extras:
        document.update(draw(extra_fields()))
    return document, blobs


def case_documents(extras: bool = True) -> st.SearchStrategy[dict[str, Any]]:
    return case_bundles(extras=extras).map(lambda bundle: bundle[0])


def cases(extras: bool = True) -> st.SearchStrategy[Case]:
    return case_documents(extras=extras).map(lambda doc: Case.from_dict(copy.deepcopy(doc["case"])))


_LATER = "2200-01-01T00:00:00+00:00"
_EARLIER = "1900-01-01T00:00:00+00:00"


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
            action = draw(st.sampled_from(["keep", "drop", "later", "earlier", "untimed"]))
            if action == "drop":
                continue
            if action != "keep":
                item.extra["x_edited"] = draw(st.integers(0, 3))
                item.updated_at = {"later": _LATER, "earlier": _EARLIER}.get(action)
            kept.append(item)
        kept.extend(make() for _ in range(draw(st.integers(0, 2))))
        return kept

    def note() -> m.Note:
        return m.Note(id=new_id(), text=draw(texts()),
                      updated_at=draw(st.none() | iso_datetimes()))

    def opinion() -> m.Opinion:
        return m.Opinion(id=new_id(), physician=m.Physician(name=draw(texts())))

    incoming.notes = drift(incoming.notes, note)
    incoming.opinions = drift(incoming.opinions, opinion)
    for item in incoming.opinions:
        item.evidence = drift(item.evidence, lambda: m.Evidence(id=new_id(), title="New"))
    incoming.questions = drift(incoming.questions, lambda: m.Question(id=new_id(), text="New?"))
    incoming.medications = drift(incoming.medications,
                                 lambda: m.Medication(id=new_id(), name="New"))
    if draw(st.booleans()):
        incoming.title = draw(titles())
        incoming.updated_at = draw(st.sampled_from([_LATER, _EARLIER, None]))
    if draw(st.booleans()):
        incoming.decision = m.Decision(chosen=draw(texts()),
                                       updated_at=draw(st.sampled_from([_LATER, None])))
    return existing, incoming


def _all_ids(case: Case) -> set[str]:
    found = {case.id}
    for kind in ("opinions", "questions", "notes", "records", "medications", "reviews"):
        found.update(item.id for item in getattr(case, kind))
    for opinion in case.opinions:
        for kind in ("evidence", "recommendations", "answers"):
            found.update(item.id for item in getattr(opinion, kind))
    return found
