# SPDX-License-Identifier: GPL-3.0-or-later
"""The starter list of questions, grouped by topic: the user ticks the ones to keep and may
change their words before adding them (double-click or F2 on a question)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain.templates import STARTER_QUESTIONS, already_asked, starter_groups
from secondop_desktop.ui import fields

TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuestionStarters", text)


def starter_model(have: set[str], parent: QWidget | None = None) -> QStandardItemModel:
    """Groups as parents, their questions as tickable, editable children. A question the case
    already has (same words, ignoring case, in any language) is shown ticked and greyed out.
    The words are the engine's catalog's, in the language in force (domain.templates)."""
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels([_tr("Questions to choose from")])
    for source, group in zip(STARTER_QUESTIONS, starter_groups(), strict=True):
        parent_item = QStandardItem(group.title)
        parent_item.setEditable(False)
        parent_item.setSelectable(False)
        font = parent_item.font()
        font.setBold(True)
        parent_item.setFont(font)
        for english, words in zip(source.questions, group.questions, strict=True):
            item = QStandardItem(words)
            item.setData(group.topic, TOPIC_ROLE)
            item.setCheckable(True)
            if already_asked(english, have):
                item.setCheckState(Qt.CheckState.Checked)
                item.setEnabled(False)
                item.setToolTip(_tr("Already in your list"))
            else:
                item.setCheckState(Qt.CheckState.Unchecked)
            parent_item.appendRow(item)
        model.appendRow(parent_item)
    return model


def ticked(model: QStandardItemModel) -> list[tuple[str, str]]:
    """The ticked questions not yet in the case, as (words, topic), in the list's order."""
    chosen: list[tuple[str, str]] = []
    for row in range(model.rowCount()):
        group = model.item(row)
        for child_row in range(group.rowCount()):
            item = group.child(child_row)
            if item.isEnabled() and item.checkState() == Qt.CheckState.Checked:
                text = item.text().strip()
                if text:
                    chosen.append((text, str(item.data(TOPIC_ROLE))))
    return chosen


class StarterQuestionsDialog(QDialog):
    def __init__(self, have: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("starter_questions")
        self.setWindowTitle(self.tr("Choose questions to ask"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Tick the questions you want to ask. To change a question's words, "
                              "select it and press F2 (or double-click it)."))
        hint.setWordWrap(True)
        hint.setObjectName("starter_hint")
        layout.addWidget(hint)
        self.model = starter_model(have, self)
        self.view = QTreeView()
        fields.name(self.view, "starter_list", self.tr("Questions to choose from"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.expandAll()
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("Add the ticked questions"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("starter_add")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("starter_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        line = self.fontMetrics().lineSpacing()
        self.resize(self.fontMetrics().averageCharWidth() * 80, line * 28)

    def chosen(self) -> list[tuple[str, str]]:
        return ticked(self.model)
