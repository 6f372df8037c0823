# SPDX-License-Identifier: GPL-3.0-or-later
"""The case's questions with each doctor's answer side by side, as a Qt table model.

Row = question (in the case's order); column 0 the question, then one column per doctor (in the
order the doctors were seen). Cells are edited in place: the question's words, or that doctor's
answer. Nothing here holds on to a domain object: the current case is read from the document on
every call, so undo (a fresh copy of the case) needs only ``sync()``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from secondop_desktop.domain.model import Answer, Case, Question, now_iso
from secondop_desktop.i18n import fill
from secondop_desktop.ui import step_words, unreadable
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.words import TOPIC_WORDS, lookup

_Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
OPINION_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    # Said again after View → Language: undo steps' names are made here.
    return step_words.translate("QuestionsModel", text)


def question_words(question: Question) -> str:
    """The question as its cell shows it: the words, the topic, and where it came from."""
    text = question.text.strip() or _tr("Untitled question")
    lines = [text, lookup(TOPIC_WORDS, question.topic, question.topic)]
    if question.difference.strip():
        lines.append(fill(_tr("From the comparison: {difference}"),
                          difference=question.difference.strip()))
    return "\n".join(lines)


class QuestionsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._document: CaseDocument | None = None
        self._shape: tuple[list[str], list[str]] = ([], [])  # question ids, opinion ids

    # -- the document --------------------------------------------------------------------------

    def set_document(self, document: CaseDocument | None) -> None:
        self._document = document
        self.sync(force_reset=True)

    def case(self) -> Case | None:
        return self._document.case if self._document is not None else None

    def _current_shape(self) -> tuple[list[str], list[str]]:
        case = self.case()
        if case is None:
            return ([], [])
        return ([q.id for q in case.questions], [o.id for o in case.opinions])

    def sync(self, force_reset: bool = False) -> None:
        """Follow the case: a reset when questions or doctors came, went or moved, else a
        repaint of every cell."""
        shape = self._current_shape()
        if force_reset or shape != self._shape:
            self.beginResetModel()
            self._shape = shape
            self.endResetModel()
        elif shape[0]:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(shape[0]) - 1, len(shape[1])))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(shape[1]))

    def question_id(self, row: int) -> str | None:
        ids = self._shape[0]
        return ids[row] if 0 <= row < len(ids) else None

    id_at = question_id  # the name ``case_items.ItemSelection`` asks by

    def opinion_id(self, column: int) -> str | None:
        ids = self._shape[1]
        return ids[column - 1] if 1 <= column <= len(ids) else None

    def row_of(self, question_id: str) -> int:
        ids = self._shape[0]
        return ids.index(question_id) if question_id in ids else -1

    def column_of(self, opinion_id: str) -> int:
        ids = self._shape[1]
        return ids.index(opinion_id) + 1 if opinion_id in ids else -1

    # -- the model interface -------------------------------------------------------------------

    @unreadable.guarded("the questions", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shape[0])

    @unreadable.guarded("the questions", unreadable.zero)
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._shape[1])

    @unreadable.guarded("the questions", unreadable.nothing)
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return _tr("Question")
        case, opinion_id = self.case(), self.opinion_id(section)
        opinion = case.opinion(opinion_id) if case is not None and opinion_id else None
        return opinion.doctor if opinion is not None else ""

    @unreadable.guarded("the questions", QAbstractTableModel.flags)
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def _cell(self, index: _Index) -> tuple[Question | None, Answer | None, str | None]:
        case = self.case()
        question_id = self.question_id(index.row())
        if case is None or question_id is None:
            return None, None, None
        question = case.question(question_id)
        opinion_id = self.opinion_id(index.column())
        opinion = case.opinion(opinion_id) if opinion_id else None
        answer = opinion.answer_to(question_id) if opinion is not None else None
        return question, answer, opinion_id

    @unreadable.guarded_data("the questions")
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        question, answer, opinion_id = self._cell(index)
        if question is None:
            return None
        if role == ID_ROLE:
            return question.id
        if role == OPINION_ROLE:
            return opinion_id
        column = index.column()
        if role == Qt.ItemDataRole.EditRole:
            return question.text if column == 0 else (answer.text if answer else "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return question_words(question)
            if answer is None or not (answer.text.strip() or answer.asked):
                return _tr("Not answered yet") if role == Qt.ItemDataRole.ToolTipRole else ""
            return answer.text.strip() or _tr("(asked; no answer written)")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == 0:
                return question_words(question)
            doctor = self.headerData(column, Qt.Orientation.Horizontal)
            said = answer.text.strip() if answer is not None else ""
            return fill(_tr("{doctor}'s answer to “{question}”: {answer}"),
                        doctor=doctor, question=question.text.strip(),
                answer=said or _tr("not answered yet"))
        return None

    @unreadable.guarded("the questions", unreadable.refuse)
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._document is None or not index.isValid():
            return False
        question_id = self.question_id(index.row())
        if question_id is None:
            return False
        text = str(value)
        if index.column() == 0:
            self.set_question_text(question_id, text)
        else:
            opinion_id = self.opinion_id(index.column())
            if opinion_id is None:
                return False
            self.set_answer(question_id, opinion_id, text)
        return True

    # -- changes -------------------------------------------------------------------------------

    def set_question_text(self, question_id: str, text: str) -> None:
        if self._document is None:
            return

        def change(case: Case) -> None:
            question = case.question(question_id)
            if question is not None and question.text != text:
                question.text = text
                question.updated_at = now_iso()

        self._document.edit(f"question:{question_id}:text", _tr("Change a question"), change)
        self.sync()

    def set_answer(self, question_id: str, opinion_id: str, text: str) -> None:
        """This doctor's answer to this question (made when first written)."""
        if self._document is None:
            return

        def change(case: Case) -> None:
            opinion = case.opinion(opinion_id)
            if opinion is None:
                return
            answer = opinion.answer_to(question_id)
            if answer is None:
                if not text.strip():
                    return
                answer = Answer(question_id=question_id)
                opinion.answers.append(answer)
            if answer.text != text:
                answer.text = text
                answer.asked = answer.asked or bool(text.strip())
                answer.updated_at = opinion.updated_at = now_iso()

        self._document.edit(f"answer:{opinion_id}:{question_id}", _tr("Write an answer"), change)
        self.sync()
