# SPDX-License-Identifier: GPL-3.0-or-later
"""The Questions tab: every question with each doctor's answer side by side.

Questions are added by hand or picked from the starter list, edited, reordered and removed.
Answers are typed right in the table, or with quick entry: pick the doctor once, then type one
answer after another down the list (Enter moves to the next question).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain import edits
from secondop_desktop.domain.model import Case, now_iso
from secondop_desktop.domain.templates import starter_question
from secondop_desktop.i18n import fill
from secondop_desktop.ui import case_items, fields, form_fields, unreadable
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.case_items import ItemSelection
from secondop_desktop.ui.compare_flow import FlowLayout
from secondop_desktop.ui.enter_box import GrowingEnterTextEdit
from secondop_desktop.ui.questions_model import QuestionsTableModel
from secondop_desktop.ui.words import TOPIC_WORDS, word

_Index = QModelIndex | QPersistentModelIndex


class MultiLineDelegate(QStyledItemDelegate):
    """Cells edited in a text box of their own: Enter keeps the text, Shift+Enter breaks the
    line, Esc leaves the cell as it was."""

    @unreadable.guarded("the questions' rows", QStyledItemDelegate.createEditor)
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setObjectName("questions_cell_editor")
        editor.setTabChangesFocus(True)
        return editor

    @unreadable.guarded("the questions' rows", unreadable.nothing)
    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    @unreadable.guarded("the questions' rows", unreadable.nothing)
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        if editor.toPlainText() != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QPlainTextEdit)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # type: ignore[attr-defined]
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # type: ignore[attr-defined]
                watched.insertPlainText("\n")
            else:
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)


class QuestionsPage(ItemSelection, QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questions_page")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document: CaseDocument | None = None
        self.model = QuestionsTableModel(self)
        self._build()
        self._wire()
        self._show_selected()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(16, 12, 16, 16)
        outer.setSpacing(8)
        outer.addWidget(fields.Heading(self.tr("Questions to ask"), 1.15, "question_heading"))
        outer.addWidget(form_fields.hint_label(self.tr(
            "The questions you want each doctor to answer, with their answers side by side. "
            "Type an answer in a doctor's column, or use quick entry below. The Compare tab can "
            "add questions here too."), "question_hint"))

        self.add_button = fields.button("question_add", self.tr("+ Add question"),
                                        self.tr("Add question"))
        self.starters_button = fields.button(
            "question_starters", self.tr("Choose from the starter list…"),
            self.tr("Choose questions from the starter list"))
        self.remove_button = fields.button("question_remove", self.tr("Remove"),
                                           self.tr("Remove the selected question"))
        self.up_button = fields.button("question_up", self.tr("Move up ▲"),
                                       self.tr("Move the selected question up"))
        self.down_button = fields.button("question_down", self.tr("Move down ▼"),
                                         self.tr("Move the selected question down"))
        outer.addWidget(case_items.button_row(
            "question_buttons", self.add_button, self.starters_button, self.remove_button,
            self.up_button, self.down_button))

        self.empty_label = form_fields.hint_label(self.tr(
            "No questions yet. Use “Choose from the starter list…” for the usual ones, or "
            "“Add question” to write your own."), "question_empty")
        outer.addWidget(self.empty_label)

        # Answers are typed right in the cells: a doctor's column is that doctor's answers.
        triggers = QAbstractItemView.EditTrigger
        self.table = case_items.item_table(
            "questions_table", self.tr("Questions, with each doctor's answer side by side"),
            self.model, self.fontMetrics(), lines=14, column_chars=10,
            triggers=triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.table.setItemDelegate(MultiLineDelegate(self.table))
        outer.addWidget(self.table, 1)

        self.details = QGroupBox(self.tr("The selected question"))
        self.details.setObjectName("question_details")
        form = form_fields.wrapping_form()
        self.details.setLayout(form)
        self.text_edit = form_fields.text_edit("question_text", self.tr("The question"),
                                               self.tr("e.g. What happens if I wait?"), 2)
        self.topic = form_fields.combo("question_topic", self.tr("About"),
                                       {k: word(v) for k, v in TOPIC_WORDS.items()})
        self.origin = form_fields.hint_label("", "question_origin")
        form_fields.add_rows(form, ((self.tr("The question:"), self.text_edit),
                                    (self.tr("About:"), self.topic)))
        form.addRow("", self.origin)
        outer.addWidget(self.details)

        self.quick = QGroupBox(self.tr("Quick entry of answers"))
        self.quick.setObjectName("answers_quick_entry")
        quick_column = QVBoxLayout(self.quick)
        doctor_row = FlowLayout()
        doctor_caption = QLabel(self.tr("Answers &from:"))
        self.doctor = QComboBox()
        fields.name(self.doctor, "answers_doctor", self.tr("Whose answers you are typing"))
        doctor_caption.setBuddy(self.doctor)
        doctor_row.addWidget(doctor_caption)
        doctor_row.addWidget(self.doctor)
        quick_column.addLayout(doctor_row)
        self.quick_question = QLabel("")
        self.quick_question.setObjectName("answers_question")
        self.quick_question.setWordWrap(True)
        quick_column.addWidget(self.quick_question)
        self.entry = GrowingEnterTextEdit(2, 8)
        fields.name(self.entry, "answers_entry", self.tr("The answer"))
        self.entry.setPlaceholderText(self.tr("Type the answer, then Enter for the next "
                                              "question (Shift+Enter: new line)"))
        quick_column.addWidget(self.entry)
        outer.addWidget(self.quick)
        self.setWidget(body)

    def _wire(self) -> None:
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_question)
        self.starters_button.clicked.connect(self.open_starters)
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(+1))
        self.text_edit.textChanged.connect(self._text_edited)
        self.topic.activated.connect(lambda _i: self._topic_chosen())
        self.doctor.activated.connect(lambda _i: self._show_quick())
        self.entry.submitted.connect(self._quick_answer)

    # -- the document --------------------------------------------------------------------------

    def _item_view(self) -> QTableView:
        return self.table

    def load(self) -> None:
        self._fill_doctors()  # quick entry offers the doctors as they are now
        super().load()

    def _case(self) -> Case | None:
        return self.document.case if self.document is not None else None

    def _fill_doctors(self) -> None:
        case = self._case()
        wanted = [(o.doctor, o.id) for o in case.opinions] if case is not None else []
        shown = [(self.doctor.itemText(i), self.doctor.itemData(i))
                 for i in range(self.doctor.count())]
        if shown != wanted:
            keep = self.doctor.currentData()
            self.doctor.blockSignals(True)
            self.doctor.clear()
            for words, value in wanted:
                self.doctor.addItem(words, value)
            at = self.doctor.findData(keep)
            self.doctor.setCurrentIndex(at if at >= 0 else 0)
            self.doctor.blockSignals(False)

    # -- selection -----------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and current.column() > 0:
            at = self.doctor.findData(self.model.opinion_id(current.column()))
            if at >= 0:  # a doctor's column chosen: quick entry follows that doctor
                self.doctor.setCurrentIndex(at)
        super()._current_changed(current, previous)

    def _show_selected(self) -> None:
        case = self._case()
        question = case.question(self._selected_id) if case and self._selected_id else None
        self._show_rows(question)
        self.starters_button.setEnabled(self.document is not None)
        if question is not None:
            form_fields.set_text(self.text_edit, question.text)
            form_fields.set_combo_value(self.topic, question.topic)
            self.origin.setText(
                fill(self.tr("Added from the comparison: {difference}"),
                     difference=question.difference.strip())
                if question.difference.strip() else "")
            self.origin.setVisible(bool(question.difference.strip()))
        self._show_quick()

    def _show_quick(self) -> None:
        case = self._case()
        question = case.question(self._selected_id) if case and self._selected_id else None
        has_doctor = self.doctor.count() > 0
        self.quick.setVisible(question is not None)
        self.entry.setEnabled(has_doctor)
        if question is None:
            return
        if not has_doctor:
            self.quick_question.setText(self.tr(
                "Add the doctors on the Opinions tab; their answers then go here."))
            return
        row = self.model.row_of(question.id)
        self.quick_question.setText(fill(self.tr("Question {n} of {count}: {question}"),
                                         n=row + 1, count=self.model.rowCount(),
                                         question=question.text.strip()))
        opinion = case.opinion(self.doctor.currentData()) if case is not None else None
        answer = opinion.answer_to(question.id) if opinion is not None else None
        form_fields.set_text(self.entry, answer.text if answer is not None else "")

    # -- changes -------------------------------------------------------------------------------

    def _text_edited(self) -> None:
        question_id = self._selected_id
        if question_id is not None:
            self.model.set_question_text(question_id, self.text_edit.toPlainText())

    def _topic_chosen(self) -> None:
        question_id, topic = self._selected_id, self.topic.currentData()

        def change(case: Case) -> None:
            question = case.question(question_id) if question_id else None
            if question is not None and question.topic != topic:
                question.topic = topic
                question.updated_at = now_iso()

        self._edit(f"question:{question_id}:topic", self.tr("Change a question's topic"), change)

    def add_question(self) -> None:
        question = starter_question("", "other")
        self._add_items("questions:add", self.tr("Add question"),
                        lambda case: case.questions.append(question), question.id)
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_questions(self, chosen: list[tuple[str, str]]) -> None:
        """Add questions (words, topic), e.g. those ticked in the starter list."""
        if not chosen:
            return
        made = [starter_question(text, topic) for text, topic in chosen]
        self._add_items("questions:add", self.tr("Add %n question(s) from the starter list", "",
                                                 len(made)),
                        lambda case: case.questions.extend(made), made[0].id)

    def open_starters(self) -> Any:
        from secondop_desktop.ui.question_starters import StarterQuestionsDialog

        case = self._case()
        have = {q.text.strip().casefold() for q in case.questions} if case else set()
        dialog = StarterQuestionsDialog(have, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_questions(dialog.chosen()))
        dialog.open()
        self.starters = dialog
        return dialog

    def remove_question(self) -> None:
        # The doctors' answers to it go with it (the case format allows none left behind).
        self._remove_selected("questions:remove", self.tr("Remove question"),
                              edits.remove_question)

    def move_question(self, step: int) -> None:
        self._move_selected("questions:move", self.tr("Move question"),
                            lambda case, question_id: edits.move_item(case, "question",
                                                                      question_id, step))

    def _quick_answer(self) -> None:
        """Enter in quick entry: keep the answer, then on to the next question."""
        question_id, opinion_id = self._selected_id, self.doctor.currentData()
        if question_id is None or not isinstance(opinion_id, str):
            return
        self.model.set_answer(question_id, opinion_id, self.entry.toPlainText().strip())
        if self.document is not None:
            self.document.break_merge()
        row = self.model.row_of(question_id)
        if row + 1 < self.model.rowCount():
            self._select_row(row + 1, self.model.column_of(opinion_id))
            self._show_selected()
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)
