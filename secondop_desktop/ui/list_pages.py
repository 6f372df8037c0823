# SPDX-License-Identifier: GPL-3.0-or-later
"""The Notes tab: a simple list with details, built on ``RowListEditor``. (Questions, records and
medicines have pages of their own: ``questions_page``, ``records_page``, ``medicines_page``.)"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from secondop_desktop.domain.model import Note, now_iso, parse_time
from secondop_desktop.ui import fields
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.date_text import day_words
from secondop_desktop.ui.row_list import FieldSpec, ListSpec, RowListEditor
from secondop_desktop.ui.words import NOTE_TAG_WORDS, lookup


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListPages", text)


def translated(spec: ListSpec) -> ListSpec:
    """The spec with its words in the user's language; the module keeps the English source."""
    return replace(
        spec, title=_tr(spec.title), noun=_tr(spec.noun),
        hint=_tr(spec.hint) if spec.hint else "", empty=_tr(spec.empty),
        fields=tuple(replace(
            f, label=_tr(f.label),
            placeholder=_tr(f.placeholder) if f.placeholder else "",
            # Word tables are translated where shown; own choices (e.g. "The case as a whole") here.
            choices={k: _tr(v) for k, v in f.choices.items()})
            for f in spec.fields))


def when(stamp: str | None) -> str:
    """A note's time as the user's language writes it ("24 November 2026, 09:15"), in local
    time: Qt's locale names the month (Python's would stay English)."""
    moment = parse_time(stamp)
    if moment is None:
        return _tr("No time")
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return day_words(local, time=True)


def _note_text(item: Note) -> str:
    first = item.text.strip().splitlines()[0] if item.text.strip() else _tr("Empty note")
    tags = "".join(f" · {lookup(NOTE_TAG_WORDS, tag, tag)}" for tag in item.tags)
    private = _tr(" · Private") if item.private else ""
    return f"{first}\n{when(item.taken_at)}{tags}{private}"


def _new_note() -> Note:
    stamp = now_iso()
    return Note(taken_at=stamp, updated_at=stamp)


NOTES = ListSpec(
    prefix="note",
    title=QT_TRANSLATE_NOOP("ListPages", "Notes"),
    noun=QT_TRANSLATE_NOOP("ListPages", "note"),
    hint=QT_TRANSLATE_NOOP("ListPages", "Notes from consultations and calls. Each note keeps "
                           "the time it was started. Private notes are never printed unless "
                           "you ask."),
    empty=QT_TRANSLATE_NOOP("ListPages", "No notes yet. Use “Add note” to start one."),
    items=lambda case: case.notes,
    make=_new_note,
    describe=_note_text,
    fields=(
        FieldSpec("text", QT_TRANSLATE_NOOP("ListPages", "Note"), "text"),
        FieldSpec("opinion_id", QT_TRANSLATE_NOOP("ListPages", "About which doctor"), "doctor",
                  {None: QT_TRANSLATE_NOOP("ListPages", "The case as a whole")}),
        FieldSpec("author", QT_TRANSLATE_NOOP("ListPages", "Written by"),
                  placeholder=QT_TRANSLATE_NOOP("ListPages", "e.g. Anna (daughter)")),
        FieldSpec("private", QT_TRANSLATE_NOOP("ListPages", "Private: leave out of printouts"),
                  "check"),
    ),
)

class ListPage(QScrollArea):
    """One ``RowListEditor`` filling a tab, scrolling when the text is large."""

    def __init__(self, spec: ListSpec, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        self.editor = RowListEditor(translated(spec))
        # A whole tab for one list: show more of it than the lists inside an opinion do.
        self.editor.list_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        self.setWidget(body)

    def set_document(self, document: CaseDocument | None) -> None:
        self.editor.set_document(document)

    def load(self) -> None:
        self.editor.load()


class ComingSoonPage(QWidget):
    """A page whose editor is not built yet, saying so plainly (nothing is lost meanwhile)."""

    def __init__(self, title: str, text: str, object_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        # Translated here too, for callers that pass the English source.
        layout.addWidget(fields.Heading(self.tr(title), 1.3, f"{object_name}_heading"))
        label = QLabel(self.tr(text))
        label.setObjectName(f"{object_name}_text")
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)

    def set_document(self, document: CaseDocument | None) -> None:
        pass

    def load(self) -> None:
        pass
