# SPDX-License-Identifier: GPL-3.0-or-later
"""In the room: a calm, full-window screen for taking notes during a consultation.

One large box. Enter adds what is in it as a time-stamped note (saved to the journal at that
moment), Shift+Enter starts a new line. The doctor is chosen once; quick tags (Ctrl+1 … Ctrl+5)
go with the next note; the private switch stays as set. Beside the box, the case's questions:
ticked when asked, with this doctor's answer typed under each. Below, this visit's notes as
they are added. Esc (or "Done") closes the screen; nothing is lost by closing it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain.model import Answer, Case, Note, Opinion, Physician, now_iso
from secondop_desktop.domain.templates import NOTE_TAGS
from secondop_desktop.i18n import fill
from secondop_desktop.ui import fields, form_fields, plain_text, step_words, theme, unreadable
from secondop_desktop.ui.appearance import base_point_size
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.compare_flow import FlowLayout
from secondop_desktop.ui.enter_box import EnterTextEdit, GrowingEnterTextEdit
from secondop_desktop.ui.list_pages import when
from secondop_desktop.ui.step_words import RewordableTr
from secondop_desktop.ui.words import NOTE_TAG_WORDS, lookup

_Index = QModelIndex | QPersistentModelIndex

NEW_DOCTOR = "__new_doctor__"  # the doctor list's "a doctor not in the case yet" item

# The room's text is at least this much larger than the normal text size: read at arm's length,
# typed in a hurry. A window already set larger keeps its own size.
ROOM_TEXT_SCALE = 1.3


def _tr(text: str) -> str:
    return step_words.translate("InTheRoom", text)  # said again after View → Language


def tag_words(tag: str) -> str:
    return lookup(NOTE_TAG_WORDS, tag, tag)


class NoteBox(EnterTextEdit):
    """The note box: Enter hands the text over (``submitted``), Shift+Enter is a new line."""


class AnswerBox(GrowingEnterTextEdit):
    """An answer under its question: grows with its text; Enter moves on."""


class VisitNotesModel(QAbstractListModel):
    """The notes added in this visit, newest last, read from the document by id."""

    def __init__(self, document: CaseDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self._document = document
        self._ids: list[str] = []

    def add(self, note_id: str) -> None:
        row = len(self._ids)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.append(note_id)
        self.endInsertRows()

    def ids(self) -> list[str]:
        return list(self._ids)

    @unreadable.guarded("the visit's notes", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    @unreadable.guarded_data("the visit's notes")
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        note_id = self._ids[index.row()]
        note = next((n for n in self._document.case.notes if n.id == note_id), None)
        if note is None:
            return _tr("(This note was taken back with Undo.)")
        marks = [tag_words(t) for t in note.tags]
        if note.private:
            marks.append(_tr("Private"))
        head = when(note.taken_at).rpartition(", ")[2]  # the time is enough within one visit
        label = f"{head} · {', '.join(marks)}" if marks else head
        return f"{label}\n{note.text}"


class QuestionRow(QWidget):
    """One question: "Asked" tick with the question's words, and the answer under it."""

    def __init__(self, question_id: str, text: str, number: int) -> None:
        super().__init__()
        self.question_id = question_id
        self.setObjectName(f"room_question_{number}")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 8)
        column.setSpacing(2)
        self.asked = form_fields.WrappingCheckBox(text)  # long questions wrap, never cut
        self.asked.setObjectName(f"room_asked_{number}")
        self.asked.setAccessibleName(fill(_tr("Asked: {question}"), question=text))
        self.answer = AnswerBox()
        fields.name(self.answer, f"room_answer_{number}",
                    fill(_tr("The answer to: {question}"), question=text))
        self.answer.setPlaceholderText(_tr("The answer, in a few words"))
        column.addWidget(self.asked)
        column.addWidget(self.answer)


class InTheRoom(RewordableTr, QDialog):
    """The note-taking screen for one case. ``save_now`` writes the case to the journal at once
    (the window's autosaver) and says whether that worked."""

    noteAdded = Signal(str)  # the note's id, once it is in the case (and saved, if it could be)

    def __init__(self, document: CaseDocument, save_now: Callable[[], bool],
                 parent: QWidget | None = None, opinion_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("in_the_room")
        self.document = document
        self._save_now = save_now
        self._rows: list[QuestionRow] = []
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), base_point_size() * ROOM_TEXT_SCALE))
        self.setFont(font)
        self.setWindowTitle(fill(self.tr("In the room — {title}"),
                                 title=document.case.title.strip() or self.tr("Untitled case")))
        self.notes_model = VisitNotesModel(document, self)
        self._build()
        self._fill_doctors(opinion_id)
        self._fill_questions()
        self.note_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        # Everything scrolls as one when large text in a small window cannot fit it all.
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("room_scroll")
        self.scroll.setAccessibleName(self.tr("The room's notes and questions"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        theme.ring_when_focused(self.scroll)  # a keyboard stop: ringed
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("room_body")
        self.scroll.setWidget(body)
        frame.addWidget(self.scroll)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)

        top = QHBoxLayout()
        self.heading = QLabel(self.windowTitle())  # the room's own (large) font, in bold
        plain_text.plain(self.heading)  # it names the case: its title is never markup
        self.heading.setObjectName("room_heading")
        self.heading.setWordWrap(True)
        bold = self.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        top.addWidget(self.heading, 1)
        self.done_button = fields.button("room_done", self.tr("Done (Esc)"),
                                         self.tr("Done: close the note-taking screen"))
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.accept)
        top.addWidget(self.done_button)
        outer.addLayout(top)

        # Wraps onto more lines at large text in a small window instead of squeezing the fields.
        who_row = QWidget()
        who_row.setObjectName("room_who")
        who = FlowLayout(who_row, 12)
        doctor_caption = QLabel(self.tr("&Seeing:"))
        self.doctor = QComboBox()
        fields.name(self.doctor, "room_doctor", self.tr("The doctor you are seeing"))
        doctor_caption.setBuddy(self.doctor)
        author_caption = QLabel(self.tr("&Written by:"))
        self.author = fields.line_edit("room_author", self.tr("Written by"),
                                       self.tr("e.g. Anna (daughter)"))
        author_caption.setBuddy(self.author)
        self.author.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
        self.private = QCheckBox(self.tr("&Private: leave out of printouts"))
        self.private.setObjectName("room_private")
        for caption, field in ((doctor_caption, self.doctor), (author_caption, self.author)):
            pair = QWidget()
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            pair_row.addWidget(caption)
            pair_row.addWidget(field, 1)
            who.addWidget(pair)
        who.addWidget(self.private)
        # A doctor the case does not have yet (the first visit to a new one): named here once.
        self.new_doctor_box = QWidget()
        self.new_doctor_box.setObjectName("room_new_doctor_box")
        new_row = QHBoxLayout(self.new_doctor_box)
        new_row.setContentsMargins(0, 0, 0, 0)
        new_caption = QLabel(self.tr("Doctor's &name:"))
        self.new_doctor = fields.line_edit("room_new_doctor", self.tr("The new doctor's name"),
                                           self.tr("e.g. Dr Zoë Martín"))
        new_caption.setBuddy(self.new_doctor)
        self.add_doctor_button = fields.button("room_add_doctor", self.tr("Add this doctor"),
                                               self.tr("Add this doctor to the case"))
        self.add_doctor_button.setAutoDefault(False)
        new_row.addWidget(new_caption)
        new_row.addWidget(self.new_doctor, 1)
        new_row.addWidget(self.add_doctor_button)
        self.new_doctor_box.hide()
        who.addWidget(self.new_doctor_box)
        outer.addWidget(who_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("room_splitter")
        self.splitter.setChildrenCollapsible(False)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 8, 0)
        left_column.addWidget(form_fields.hint_label(self.tr(
            "Type, then press Enter to keep the note (it is saved at once). "
            "Shift+Enter starts a new line."), "room_hint"))
        self.note_box = NoteBox()
        fields.name(self.note_box, "room_note_box", self.tr("Your note"))
        self.note_box.setTabChangesFocus(True)
        self.note_box.setPlaceholderText(self.tr("What the doctor says…"))
        self.note_box.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.note_box.submitted.connect(self.add_note)
        left_column.addWidget(self.note_box, 2)

        tag_widget = QWidget()
        tag_widget.setObjectName("room_tags")
        tag_row = FlowLayout(tag_widget, 6)
        tag_caption = QLabel(self.tr("Tags for this note:"))
        tag_row.addWidget(tag_caption)
        self.tag_buttons: dict[str, QPushButton] = {}
        for number, tag in enumerate(NOTE_TAGS, start=1):
            words = f"{tag_words(tag)} ({number})"
            button = QPushButton(words)
            button.setObjectName(f"room_tag_{tag}")
            button.setCheckable(True)
            # On is said in words as well as by the look: "✓ Diagnosis (1)".
            button.toggled.connect(
                lambda on, b=button, w=words: b.setText(f"✓ {w}" if on else w))
            button.setText(f"✓ {words}")  # as wide on as off: the row does not jump
            button.setMinimumWidth(button.sizeHint().width())
            button.setText(words)
            button.setAutoDefault(False)
            # A shortcut of the screen's own, toggling at once (a button's own shortcut
            # "animates" the click and toggles a moment later, after the next key perhaps).
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, button.toggle)
            button.setAccessibleName(fill(self.tr("Tag the next note: {tag}"), tag=tag_words(tag)))
            button.setToolTip(fill(self.tr("Ctrl+{n}: tag the next note “{tag}”"),
                                   n=number, tag=tag_words(tag)))
            tag_row.addWidget(button)
            self.tag_buttons[tag] = button
        left_column.addWidget(tag_widget)

        self.saved_label = QLabel("")
        self.saved_label.setObjectName("room_saved")
        self.saved_label.setWordWrap(True)
        left_column.addWidget(self.saved_label)

        notes_caption = QLabel(self.tr("Notes of this visit:"))
        left_column.addWidget(notes_caption)
        self.notes_view = QListView()
        fields.name(self.notes_view, "room_notes", self.tr("Notes of this visit"))
        notes_caption.setBuddy(self.notes_view)
        self.notes_view.setModel(self.notes_model)
        self.notes_view.setWordWrap(True)
        self.notes_view.setUniformItemSizes(False)
        self.notes_view.setSpacing(3)
        self.notes_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.notes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        left_column.addWidget(self.notes_view, 3)
        self.notes_model.rowsInserted.connect(lambda *_: self.notes_view.scrollToBottom())
        self.splitter.addWidget(left)

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(8, 0, 0, 0)
        questions_heading = QLabel(self.tr("Your questions"))
        questions_heading.setObjectName("room_questions_heading")
        questions_heading.setFont(bold)
        right_column.addWidget(questions_heading)
        self.questions_hint = form_fields.hint_label("", "room_questions_hint")
        right_column.addWidget(self.questions_hint)
        self.questions_area = QScrollArea()
        self.questions_area.setObjectName("room_questions")
        self.questions_area.setAccessibleName(self.tr("Your questions to ask"))
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setFrameShape(QFrame.Shape.NoFrame)
        theme.ring_when_focused(self.questions_area)  # a keyboard stop: ringed
        self.questions_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions_body = QWidget()
        self.questions_layout = QVBoxLayout(self.questions_body)
        self.questions_layout.setContentsMargins(0, 0, 0, 0)
        self.questions_area.setWidget(self.questions_body)
        self.questions_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        right_column.addWidget(self.questions_area, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)
        self._fit_splitter()

        self.doctor.activated.connect(lambda _i: self._doctor_chosen())
        self.new_doctor.returnPressed.connect(self.add_doctor)
        self.add_doctor_button.clicked.connect(self.add_doctor)

    def _fit_splitter(self) -> None:
        """Questions beside the box when there is room for both, under it otherwise."""
        room = self.width() / max(self.fontMetrics().averageCharWidth(), 1)
        wanted = Qt.Orientation.Horizontal if room >= 90 else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            total = (self.splitter.width() if wanted == Qt.Orientation.Horizontal
                     else self.splitter.height())
            self.splitter.setSizes([total * 3 // 5, total * 2 // 5])

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.note_box.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_splitter()

    # -- doctors and questions ----------------------------------------------------------------

    def _fill_doctors(self, opinion_id: str | None) -> None:
        case = self.document.case
        self.doctor.clear()
        for opinion in case.opinions:
            self.doctor.addItem(opinion.doctor, opinion.id)
        self.doctor.addItem(self.tr("No particular doctor (the case as a whole)"), None)
        self.doctor.addItem(self.tr("A doctor not in the case yet…"), NEW_DOCTOR)
        # The doctor seen most recently is the likeliest one in the room.
        wanted = opinion_id or (case.opinions[-1].id if case.opinions else None)
        self.doctor.setCurrentIndex(max(self.doctor.findData(wanted), 0))

    def opinion_id(self) -> str | None:
        value = self.doctor.currentData()
        return value if isinstance(value, str) and value != NEW_DOCTOR else None

    def _doctor_chosen(self) -> None:
        naming = self.doctor.currentData() == NEW_DOCTOR
        self.new_doctor_box.setVisible(naming)
        if naming:
            self.new_doctor.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_answers()

    def add_doctor(self) -> None:
        """The doctor named in the box becomes an opinion of the case (seen today), chosen for
        the notes from now on; saved at once."""
        name = self.new_doctor.text().strip()
        if not name:
            return
        stamp = now_iso()
        opinion = Opinion(physician=Physician(name=name), visit_date=date.today().isoformat(),
                          updated_at=stamp)
        self.document.edit("room:doctor", self.tr("Add a doctor"),
                           lambda case: case.opinions.append(opinion), mergeable=False)
        self._saved(self._save_now())
        self._fill_doctors(opinion.id)
        self.new_doctor.clear()
        self.new_doctor_box.hide()
        self._show_answers()
        self.note_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_questions(self) -> None:
        for number, question in enumerate(self.document.case.questions, start=1):
            row = QuestionRow(question.id, question.text.strip() or self.tr("Untitled question"),
                              number)
            row.asked.toggled.connect(lambda on, r=row: self._set_asked(r, on))
            row.answer.textChanged.connect(
                lambda r=row: self._set_answer(r, r.answer.toPlainText()))
            row.answer.submitted.connect(lambda r=row: self._answer_done(r))
            self.questions_layout.addWidget(row)
            self._rows.append(row)
        self.questions_layout.addStretch(1)
        if not self._rows:
            self.questions_hint.setText(self.tr("No questions written down for this case. Notes "
                                                "tagged “Question” help you remember them."))
        self._show_answers()

    def _show_answers(self) -> None:
        opinion = self._opinion(self.document.case)
        if self._rows:
            if opinion is not None:
                hint = self.tr("Tick a question once you have asked it, and write the answer "
                               "under it.")
            elif self.doctor.count() > 2:
                hint = self.tr("Choose the doctor you are seeing to tick questions and keep "
                               "answers.")
            else:  # no doctor in the case yet: notes still go to the case as a whole
                hint = self.tr("To keep answers per doctor, choose “A doctor not in the case "
                               "yet…” and name the doctor. Your notes are kept for the case "
                               "meanwhile.")
            self.questions_hint.setText(hint)
        for row in self._rows:
            answer = opinion.answer_to(row.question_id) if opinion is not None else None
            row.setEnabled(opinion is not None)
            row.asked.blockSignals(True)
            row.asked.setChecked(bool(answer and (answer.asked or answer.text.strip())))
            row.asked.blockSignals(False)
            form_fields.set_text(row.answer, answer.text if answer else "")

    def _opinion(self, case: Case) -> Opinion | None:
        wanted = self.opinion_id()
        return case.opinion(wanted) if wanted else None

    def _change_answer(self, row: QuestionRow, key: str, label: str,
                       apply: Callable[[Answer], None]) -> None:
        opinion_id = self.opinion_id()
        if opinion_id is None:
            return

        def change(case: Case) -> None:
            opinion = case.opinion(opinion_id)
            if opinion is None:
                return
            answer = opinion.answer_to(row.question_id)
            if answer is None:
                answer = Answer(question_id=row.question_id)
                opinion.answers.append(answer)
            before = answer.to_dict()
            apply(answer)
            if answer.to_dict() != before:
                answer.updated_at = opinion.updated_at = now_iso()

        self.document.edit(f"room:{opinion_id}:{row.question_id}:{key}", label, change,
                           mergeable=key == "text")

    def _set_asked(self, row: QuestionRow, on: bool) -> None:
        def apply(answer: Answer) -> None:
            answer.asked = on

        self._change_answer(row, "asked", self.tr("Tick a question as asked"), apply)
        self._saved(self._save_now())

    def _set_answer(self, row: QuestionRow, text: str) -> None:
        def apply(answer: Answer) -> None:
            answer.text = text
            if text.strip():
                answer.asked = True

        self._change_answer(row, "text", self.tr("Write an answer"), apply)
        if text.strip() and not row.asked.isChecked():
            row.asked.blockSignals(True)
            row.asked.setChecked(True)
            row.asked.blockSignals(False)

    def _answer_done(self, row: QuestionRow) -> None:
        """Enter in an answer: saved, and on to the next question's answer."""
        self._saved(self._save_now())
        at = self._rows.index(row)
        if at + 1 < len(self._rows):
            self._rows[at + 1].answer.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.note_box.setFocus(Qt.FocusReason.TabFocusReason)

    # -- notes --------------------------------------------------------------------------------

    def add_note(self) -> None:
        """Keep what is in the box as a note, time-stamped now, and save it at once."""
        text = self.note_box.toPlainText().strip()
        if not text:
            return
        stamp = now_iso()
        tags = [tag for tag, button in self.tag_buttons.items() if button.isChecked()]
        note = Note(opinion_id=self.opinion_id(), taken_at=stamp, updated_at=stamp,
                    author=self.author.text().strip(), text=text,
                    private=self.private.isChecked(), tags=tags)
        self.document.edit("room:note", self.tr("Add a note"),
                           lambda case: case.notes.append(note), mergeable=False)
        self.note_box.clear()
        for button in self.tag_buttons.values():
            button.setChecked(False)
        self.notes_model.add(note.id)
        self._saved(self._save_now())
        self.noteAdded.emit(note.id)

    def _saved(self, ok: bool) -> None:
        if ok:
            self.saved_label.setText(self.tr("Saved ✓"))
        else:
            self.saved_label.setText(self.tr(
                "Not saved yet: the journal could not be written. Your notes stay here and are "
                "saved as soon as it can be."))

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc closes the screen like "Done" (there is nothing to cancel: notes are kept)."""
        self.accept()

    def accept(self) -> None:
        if self.note_box.toPlainText().strip():
            self.add_note()  # words left in the box are kept, not thrown away
        self._save_now()
        super().accept()
