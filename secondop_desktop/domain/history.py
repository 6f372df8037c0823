# SPDX-License-Identifier: GPL-3.0-or-later
"""The history of a case's texts: what changed between two versions, in plain words, and putting
an earlier version back.

The journal stores each object of a case as JSON (the case's own fields with its decision; each
opinion with its evidence, recommendations and answers; each question, note, record, medication
and review). When an object is written, ``changes_between`` compares the stored JSON with the new
one and yields one ``FieldChange`` per field whose value is replaced, holding the value it had.
An object removed whole (an opinion, an evidence item) is one change holding all of it.

A field is named by its path inside the object: keys, and for lists of things with ids (an
opinion's evidence, recommendations, answers) the id of the item, so a path still finds its item
after the list was reordered. ``field_words`` says the path in words ("Health concern",
"Dr Lee's opinion: diagnosis"); ``apply_earlier`` puts a kept value back into a case.

Bookkeeping (ids, ``updated_at``, ``created_at``) is not history; nor is an empty earlier value
(there is nothing to bring back).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any, NamedTuple

from secondop_desktop.domain.edits import CASE_LISTS, repair_references
from secondop_desktop.domain.model import (
    Answer,
    Case,
    Evidence,
    Medication,
    Note,
    Opinion,
    Question,
    Recommendation,
    Record,
    Review,
    now_iso,
)
from secondop_desktop.i18n import N_, _, fill

# Kinds of object the journal stores a row for, and those kept inside an opinion's row.
ROW_KINDS = ("case", "opinion", "question", "note", "record", "medication", "review")
_ITEM_LISTS = {"evidence": "evidence", "recommendations": "recommendation", "answers": "answer"}
_BOOKKEEPING = frozenset({"id", "updated_at", "created_at"})
_CLASSES: dict[str, type] = {
    "opinion": Opinion, "question": Question, "note": Note, "record": Record,
    "medication": Medication, "review": Review, "evidence": Evidence,
    "recommendation": Recommendation, "answer": Answer,
}

# Why a version was replaced, as the journal stores it, and in words.
REASONS = {
    "typed": N_("typed in the window"),
    "undo": N_("undo in the window"),
    "redo": N_("redo in the window"),
    "restore": N_("restore of an earlier text"),
    "import": N_("import"),
    "import-kept": N_("import"),
}


def reason_words(reason: str, source: str = "") -> str:
    """Why a version was replaced: "typed in the window", "import of knee.secondop", …"""
    if reason == "import":
        return fill(_("import of {source}"), source=source) if source else _("an import")
    if reason == "import-kept":
        if source:
            return fill(_("from the import of {source} (your newer text was kept)"),
                        source=source)
        return _("from an import (your newer text was kept)")
    return _(REASONS[reason]) if reason in REASONS else reason


class Item(NamedTuple):
    """A path step that picks an item of a list by its id."""

    id: str


Path = tuple[str | Item, ...]


@dataclass(frozen=True)
class FieldChange:
    kind: str  # the stored object's kind: "case", "opinion", …
    object_id: str
    path: Path  # () for the whole object
    old: Any  # the JSON value the field had


def encode_path(path: Path) -> str:
    return json.dumps([{"id": p.id} if isinstance(p, Item) else p for p in path],
                      ensure_ascii=False, separators=(",", ":"))


def decode_path(text: str) -> Path:
    return tuple(Item(p["id"]) if isinstance(p, dict) else str(p) for p in json.loads(text))


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _id_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, dict) and isinstance(item.get("id"), str) for item in value)


def normalized(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` as this program writes it: fields added to the format since it was stored get
    their defaults, so a journal written by an older SecondOp does not read as changed."""
    if kind == "case":
        out = Case.from_dict(data).to_dict()
        for key in ("opinions", "questions", "notes", "records", "medications", "reviews"):
            if key not in data:
                out.pop(key, None)
        return out
    cls = _CLASSES.get(kind)
    return cls.from_dict(data).to_dict() if cls is not None else data  # type: ignore[attr-defined]


def changes_between(kind: str, object_id: str, old: dict[str, Any] | None,
                    new: dict[str, Any] | None) -> list[FieldChange]:
    """What of ``old`` the step to ``new`` replaces or removes (None: the object is absent)."""
    if old is None:
        return []
    if new is None:
        return [FieldChange(kind, object_id, (), old)]
    out: list[FieldChange] = []
    _walk(kind, object_id, (), old, new, out)
    return out


def _walk(kind: str, object_id: str, path: Path, old: dict[str, Any], new: dict[str, Any],
          out: list[FieldChange]) -> None:
    for key, before in old.items():
        if key in _BOOKKEEPING:
            continue
        after = new.get(key)
        if before == after:
            continue
        here = (*path, key)
        if isinstance(before, dict) and isinstance(after, dict):
            _walk(kind, object_id, here, before, after, out)
        elif key in _ITEM_LISTS and isinstance(before, list) and \
                (_id_list(before) or _id_list(after)) and isinstance(after, list):
            theirs = {item["id"]: item for item in after if isinstance(item, dict)}
            for item in before:
                if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                    continue
                step = (*here, Item(item["id"]))
                other = theirs.get(item["id"])
                if other is None:
                    out.append(FieldChange(kind, object_id, step, item))
                elif other != item:
                    _walk(kind, object_id, step, item, other, out)
        elif not _empty(before):
            out.append(FieldChange(kind, object_id, here, before))


# -- words ---------------------------------------------------------------------------------------

_CASE_WORDS = {
    "title": N_("Title"), "concern": N_("Health concern"),
    "patient_name": N_("Patient's name"), "time_sensitive": N_("Time-sensitive"),
    "status": N_("Where things stand"), "reasons": N_("Reasons for a further opinion"),
    "decision": N_("Your decision"), "decision.chosen": N_("Decision: the plan chosen"),
    "decision.reasons": N_("Decision: why"),
    "decision.based_on": N_("Decision: the doctors it rests on"),
    "decision.values": N_("Decision: what matters to you"),
    "decision.decided_on": N_("Decision: date"),
    "decision.sure": N_("Decision: how sure you feel"),
}
_OBJECT_WORDS = {
    "opinion": {
        "label": N_("label"), "physician": N_("the doctor"),
        "physician.name": N_("the doctor's name"), "physician.specialty": N_("specialty"),
        "physician.institution": N_("hospital or practice"),
        "physician.credentials": N_("credentials"), "physician.contact": N_("contact"),
        "visit_date": N_("date of the visit"), "diagnosis": N_("diagnosis"),
        "diagnosis.text": N_("diagnosis"), "diagnosis.icd10": N_("diagnosis code"),
        "diagnosis.certainty": N_("how sure"), "diagnosis.stage": N_("stage or grade"),
        "rationale": N_("reasoning"), "follow_up": N_("follow-up"),
    },
    "evidence": {"title": N_("what it is"), "kind": N_("kind"),
                 "source": N_("where it comes from"), "reference": N_("reference"),
                 "interpretation": N_("how the doctor read it")},
    "recommendation": {"treatment": N_("treatment"), "category": N_("kind"),
                       "urgency": N_("how soon"), "preferred": N_("main recommendation"),
                       "benefits": N_("benefits"), "risks": N_("risks"),
                       "side_effects": N_("side effects")},
    "answer": {"text": N_("text"), "question_id": N_("question")},
    "question": {"text": N_("text"), "topic": N_("topic")},
    "note": {"text": N_("text"), "opinion_id": N_("doctor"), "author": N_("written by"),
             "private": N_("private"), "tags": N_("tags"), "taken_at": N_("time")},
    "record": {"title": N_("what it is"), "kind": N_("kind"), "status": N_("where it stands"),
               "shared_with": N_("doctors who have seen it"), "notes": N_("notes"),
               "attachments": N_("attached files")},
    "medication": {"name": N_("name"), "dose": N_("dose"), "schedule": N_("how often"),
                   "started": N_("started"), "stopped": N_("stopped"),
                   "prescribed_by": N_("prescribed by"), "notes": N_("notes")},
    "review": {"verdict": N_("your view"), "state": N_("where it stands"), "note": N_("note"),
               "point": N_("point"), "opinions": N_("doctors")},
}
_NOUNS = {"evidence": N_("evidence"), "recommendations": N_("recommendation"),
          "answers": N_("answer")}


def key_words(key: str) -> str | None:
    """A field's name in plain words from its key alone ("visit_date" → "date of the visit"), in
    the language in force; None for a key these tables do not name."""
    for table in (_CASE_WORDS, *_OBJECT_WORDS.values()):
        if key in table:
            return _(table[key])
    return None


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _dotted(path: Path) -> str:
    return ".".join(p for p in path if isinstance(p, str))


def _object_name(kind: str, data: dict[str, Any] | None, case: Case | None) -> str:
    """How a stored object is called ("Dr Lee's opinion", "Note “Swelling…”")."""
    data = data or {}
    if kind == "opinion":
        name = ((data.get("physician") or {}).get("name") or data.get("label") or "").strip()
        return fill(_("{doctor}'s opinion"), doctor=name) if name else _("An opinion")
    if kind == "question":
        text = _short(data.get("text") or "")
        return fill(_("Question “{text}”"), text=text) if text else _("A question")
    if kind == "note":
        text = _short(data.get("text") or "")
        return fill(_("Note “{text}”"), text=text) if text else _("A note")
    if kind == "record":
        title = _short(data.get("title") or "")
        return fill(_("Record “{title}”"), title=title) if title else _("A record")
    if kind == "medication":
        name = _short(data.get("name") or "")
        return fill(_("Medicine “{name}”"), name=name) if name else _("A medicine")
    if kind == "review":
        return _("Your view of a difference")
    return kind.capitalize()


def field_words(kind: str, path: Path, old: Any = None, current: dict[str, Any] | None = None,
                case: Case | None = None) -> str:
    """The field in plain words: "Health concern", "Dr Lee's opinion: diagnosis",
    "Dr Lee's opinion: evidence “Knee X-ray”: how the doctor read it".

    ``current`` is the object as it is now (to name it), else the earlier value is used."""
    if kind == "case":
        if not path:
            return _("The whole case")
        words = _CASE_WORDS.get(_dotted(path), _CASE_WORDS.get(str(path[0])))
        return _(words) if words else _dotted(path).replace("_", " ")
    named = current if current is not None else (old if not path and isinstance(old, dict)
                                                 else None)
    head = _object_name(kind, named, case)
    if not path:
        return head
    words = [head]
    table = _OBJECT_WORDS.get(kind, {})
    rest: list[str] = []
    owner = current
    n = 0
    while n < len(path):
        step = path[n]
        if isinstance(step, str) and step in _ITEM_LISTS and n + 1 < len(path) and \
                isinstance(path[n + 1], Item):
            item_kind = _ITEM_LISTS[step]
            item_id = path[n + 1].id  # type: ignore[union-attr]
            item = None
            if isinstance(owner, dict):
                item = next((i for i in owner.get(step) or [] if i.get("id") == item_id), None)
            if item is None and n + 2 == len(path) and isinstance(old, dict):
                item = old
            label = ""
            if isinstance(item, dict):
                label = item.get("title") or item.get("treatment") or item.get("text") or ""
            noun = _(_NOUNS[step])
            words.append(fill(_("{item} “{label}”"), item=noun, label=_short(label)) if label
                         else noun)
            table = _OBJECT_WORDS.get(item_kind, {})
            owner = item
            rest = []
            n += 2
            continue
        if isinstance(step, str):
            rest.append(step)
        n += 1
    if rest:
        key = ".".join(rest)
        found = table.get(key, table.get(rest[0]))
        words.append(_(found) if found else key.replace("_", " "))
    return ": ".join(words)


def describe_field(case: Case | None, kind: str, object_id: str, path: Path, old: Any) -> str:
    """``field_words`` with the object named as it is now in ``case`` (if still there)."""
    current = None
    if case is not None and kind != "case":
        items = getattr(case, CASE_LISTS.get(kind, ""), None) or []
        item = next((i for i in items if i.id == object_id), None)
        current = item.to_dict() if item is not None else None
    return field_words(kind, path, old, current, case)


def value_text(value: Any) -> str:
    """An earlier value as the user reads it (texts as they are; the rest shortly)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    if isinstance(value, dict):
        for key in ("text", "title", "treatment", "name", "chosen", "note", "label"):
            if isinstance(value.get(key), str) and value[key].strip():
                return value[key]
        physician = value.get("physician")
        if isinstance(physician, dict) and physician.get("name"):
            return str(physician["name"])
    return json.dumps(value, ensure_ascii=False)


# -- putting an earlier version back -------------------------------------------------------------

class CannotRestore(Exception):
    """Said to the user as it is: why this earlier version cannot go back in."""


def apply_earlier(case: Case, change: FieldChange) -> None:
    """Put ``change.old`` back into ``case`` (in place), mending references afterwards.

    A removed object comes back whole (unless it is there again, when its fields are set); a
    field is set to its earlier value. Raises ``CannotRestore`` when the thing it belongs to is
    gone (restore that first)."""
    stamp = now_iso()
    if change.kind == "case":
        data = case.to_dict()
        _set_path(data, change.path, copy.deepcopy(change.old), stamp)
        restored = Case.from_dict(data)
        for name in ("opinions", "questions", "notes", "records", "medications", "reviews"):
            setattr(restored, name, getattr(case, name))
        case.__dict__.update(restored.__dict__)
        case.updated_at = stamp
        repair_references(case)
        return
    attr = CASE_LISTS.get(change.kind)
    if attr is None:
        raise CannotRestore(fill(_("Unknown kind of item: {kind}"), kind=change.kind))
    items: list[Any] = getattr(case, attr)
    at = next((n for n, item in enumerate(items) if item.id == change.object_id), -1)
    cls = _CLASSES[change.kind]
    if at < 0:
        if change.path:
            raise CannotRestore(fill(
                _("What this belongs to ({what}) is no longer in the case; restore it first "
                  "(it is further down the history)."),
                what=_object_name(change.kind, None, case)))
        item = cls.from_dict(copy.deepcopy(change.old))
        item.updated_at = stamp
        items.append(item)
    else:
        data = items[at].to_dict()
        _set_path(data, change.path, copy.deepcopy(change.old), stamp)
        data["updated_at"] = stamp
        items[at] = cls.from_dict(data)
    repair_references(case)


def _set_path(data: dict[str, Any], path: Path, value: Any, stamp: str) -> None:
    if not path:
        raise CannotRestore(_("This earlier version cannot be put back."))
    node: Any = data
    for n, step in enumerate(path[:-1]):
        if isinstance(step, Item):
            if not isinstance(node, list):
                raise CannotRestore(_("This earlier version no longer fits the case."))
            found = next((i for i in node if isinstance(i, dict) and i.get("id") == step.id),
                         None)
            if found is None:
                raise CannotRestore(
                    _("The item this text belongs to is no longer there; restore the item "
                      "first (it is further down the history)."))
            found["updated_at"] = stamp
            node = found
        else:
            nxt = node.get(step) if isinstance(node, dict) else None
            if nxt is None and isinstance(node, dict):
                nxt = [] if isinstance(path[n + 1], Item) else {}
                node[step] = nxt
            node = nxt
    last = path[-1]
    if isinstance(last, Item):
        if not isinstance(node, list):
            raise CannotRestore(_("This earlier version no longer fits the case."))
        for n, item in enumerate(node):
            if isinstance(item, dict) and item.get("id") == last.id:
                node[n] = value
                break
        else:
            node.append(value)
        if isinstance(value, dict):
            value["updated_at"] = stamp
    elif isinstance(node, dict):
        node[last] = value
        if path[0] == "decision" and isinstance(data.get("decision"), dict):
            data["decision"]["updated_at"] = stamp
    else:
        raise CannotRestore(_("This earlier version no longer fits the case."))


def current_value(case: Case, kind: str, object_id: str, path: Path) -> Any:
    """The value at ``path`` now (None when it is not there): a restore is pointless when equal."""
    if kind == "case":
        node: Any = case.to_dict()
    else:
        attr = CASE_LISTS.get(kind)
        items = getattr(case, attr) if attr else []
        item = next((i for i in items if i.id == object_id), None)
        if item is None:
            return None
        node = item.to_dict()
    for step in path:
        if isinstance(step, Item):
            node = next((i for i in node or [] if isinstance(i, dict) and i.get("id") == step.id),
                        None) if isinstance(node, list) else None
        else:
            node = node.get(step) if isinstance(node, dict) else None
        if node is None:
            return None
    return node


__all__ = [
    "REASONS",
    "ROW_KINDS",
    "CannotRestore",
    "FieldChange",
    "Item",
    "apply_earlier",
    "changes_between",
    "current_value",
    "decode_path",
    "describe_field",
    "encode_path",
    "field_words",
    "normalized",
    "reason_words",
    "value_text",
]
