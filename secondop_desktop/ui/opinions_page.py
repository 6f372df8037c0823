# SPDX-License-Identifier: GPL-3.0-or-later
"""The Opinions tab: one tab per doctor, and Add / Remove / Move for whole opinions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain import edits
from secondop_desktop.domain.model import Case, Opinion, now_iso
from secondop_desktop.i18n import fill
from secondop_desktop.ui import dialogs, fields, theme
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.compare_flow import FlowLayout
from secondop_desktop.ui.opinion_editor import OpinionEditor
from secondop_desktop.ui.step_words import RewordableTr

ORDINALS = (
    QT_TRANSLATE_NOOP("OpinionsPage", "First"), QT_TRANSLATE_NOOP("OpinionsPage", "Second"),
    QT_TRANSLATE_NOOP("OpinionsPage", "Third"), QT_TRANSLATE_NOOP("OpinionsPage", "Fourth"),
    QT_TRANSLATE_NOOP("OpinionsPage", "Fifth"), QT_TRANSLATE_NOOP("OpinionsPage", "Sixth"),
    QT_TRANSLATE_NOOP("OpinionsPage", "Seventh"), QT_TRANSLATE_NOOP("OpinionsPage", "Eighth"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpinionsPage", text)


def opinion_tab_title(opinion: Opinion, number: int) -> str:
    name = opinion.physician.name.strip()
    if name:
        return name
    return opinion.label.strip() or fill(_tr("Doctor {number}"), number=number)


class OpinionsPage(RewordableTr, QWidget):
    message = Signal(str)
    """A short note for the status bar ("Opinion removed — Ctrl+Z brings it back")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opinions_page")
        self.document: CaseDocument | None = None
        self._ids: list[str] = []
        self.editors: list[OpinionEditor] = []
        self._stale = False
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar_widget = QWidget()
        bar_widget.setObjectName("opinion_buttons")
        bar = FlowLayout(bar_widget)
        self.add_button = fields.button("opinion_add", self.tr("+ Add a doctor's opinion"),
                                        self.tr("Add a doctor's opinion"))
        self.remove_button = fields.button("opinion_remove", self.tr("Remove this opinion…"),
                                           self.tr("Remove this opinion"))
        self.left_button = fields.button("opinion_move_left", self.tr("◀ Move earlier"),
                                         self.tr("Move this opinion earlier"))
        self.right_button = fields.button("opinion_move_right", self.tr("Move later ▶"),
                                          self.tr("Move this opinion later"))
        for btn in (self.add_button, self.left_button, self.right_button, self.remove_button):
            bar.addWidget(btn)
        layout.addWidget(bar_widget)

        self.empty_label = QLabel(
            self.tr("No doctor's opinion yet. Use “Add a doctor's opinion” to write down what "
                    "the first doctor said: who they are, the diagnosis, and what they "
                    "recommend."))
        self.empty_label.setObjectName("opinions_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty_label)

        self.tabs = QTabWidget()
        fields.name(self.tabs, "opinion_tabs", self.tr("Doctors' opinions"))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        layout.addWidget(self.tabs, 1)

        self.add_button.clicked.connect(self.add_opinion)
        self.remove_button.clicked.connect(self.remove_current)
        self.left_button.clicked.connect(lambda: self.move_current(-1))
        self.right_button.clicked.connect(lambda: self.move_current(+1))
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())

    # -- the document ---------------------------------------------------------------------------

    def set_document(self, document: CaseDocument | None) -> None:
        self.document = document
        self._ids = []
        self.load()

    def load(self) -> None:
        """Show the case's opinions; rebuild the tabs only when opinions came, went or moved.

        While the page is hidden this only notes that it must catch up when shown: opening a
        case does not build editors nobody looks at."""
        if not self.isVisible():
            self._stale = True
            self._update_buttons()
            return
        self._stale = False
        case = self.document.case if self.document else None
        ids = [o.id for o in case.opinions] if case else []
        if ids != self._ids or len(self.editors) != len(ids):
            self._rebuild(case)
        else:
            for editor in self.editors:
                editor.load()
        self.refresh_titles()
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def _rebuild(self, case: Case | None) -> None:
        current = self.current_opinion_id()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        self.editors = []
        self._ids = []
        if case is not None and self.document is not None:
            for opinion in case.opinions:
                editor = OpinionEditor(self.document, opinion.id)
                scroll = QScrollArea()
                scroll.setObjectName("opinion_scroll")
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                theme.ring_when_focused(scroll)
                scroll.setWidget(editor)
                self.tabs.addTab(scroll, "")
                self.editors.append(editor)
                self._ids.append(opinion.id)
        self.tabs.blockSignals(False)
        if current in self._ids:
            self.tabs.setCurrentIndex(self._ids.index(current))

    def refresh_titles(self) -> None:
        case = self.document.case if self.document else None
        if case is None:
            return
        for number, opinion in enumerate(case.opinions, start=1):
            if number - 1 < self.tabs.count():
                title = opinion_tab_title(opinion, number)
                self.tabs.setTabText(number - 1, title.replace("&", "&&"))
                self.tabs.setTabToolTip(number - 1, fill(self.tr("{label}: {title}"),
                                                         label=opinion.label or self.tr("Opinion"),
                                                         title=title))
                # The scrolling page is a stop for the keyboard: it says whose opinion it is.
                self.tabs.widget(number - 1).setAccessibleName(fill(self.tr("Opinion {n}: {title}"),
                                                                    n=number, title=title))

    def _update_buttons(self) -> None:
        count = len(self.document.case.opinions) if self.document else 0
        index = self.tabs.currentIndex()
        self.empty_label.setVisible(count == 0)
        self.tabs.setVisible(count > 0)
        self.add_button.setEnabled(self.document is not None)
        self.remove_button.setEnabled(count > 0)
        self.left_button.setEnabled(count > 1 and index > 0)
        self.right_button.setEnabled(count > 1 and 0 <= index < count - 1)

    def current_opinion_id(self) -> str | None:
        index = self.tabs.currentIndex()
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def current_editor(self) -> OpinionEditor | None:
        index = self.tabs.currentIndex()
        return self.editors[index] if 0 <= index < len(self.editors) else None

    def show_opinion(self, opinion_id: str) -> None:
        if self._stale:
            self.load()
        if opinion_id in self._ids:
            self.tabs.setCurrentIndex(self._ids.index(opinion_id))

    # -- whole opinions ---------------------------------------------------------------------------

    def add_opinion(self) -> None:
        if self.document is None:
            return
        count = len(self.document.case.opinions)
        label = (fill(self.tr("{ordinal} opinion"), ordinal=_tr(ORDINALS[count]))
                 if count < len(ORDINALS)
                 else fill(self.tr("Opinion {number}"), number=count + 1))
        opinion = Opinion(label=label, updated_at=now_iso())
        self.document.edit("opinions:add", self.tr("Add an opinion"),
                           lambda case: case.opinions.append(opinion), mergeable=False)
        self.load()
        self.show_opinion(opinion.id)
        editor = self.current_editor()
        if editor is not None:
            editor.inputs["physician.name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        opinion_id = self.current_opinion_id()
        if self.document is None or opinion_id is None:
            return
        opinion = self.document.case.opinion(opinion_id)
        name = opinion.doctor if opinion else self.tr("this doctor")
        if not dialogs.ask_yes_no(
                self, self.tr("Remove this opinion?"),
                fill(self.tr("Remove the opinion of {name}, with everything written in it? Notes, "
                        "records and medicines that name this doctor are kept, about the case "
                        "as a whole.\n\nUndo (Ctrl+Z) brings it back, and the case's History "
                        "keeps it."), name=name),
                yes=self.tr("Remove"), no=self.tr("Keep it")):
            return

        def change(case: Case) -> None:
            edits.remove_opinion(case, opinion_id)

        self.document.edit("opinions:remove",
                           fill(self.tr("Remove the opinion of {name}"), name=name), change,
                           mergeable=False)
        self.load()
        self.message.emit(
            fill(self.tr("Removed the opinion of {name}. Undo (Ctrl+Z) brings it back."),
                 name=name))

    def move_current(self, step: int) -> None:
        opinion_id = self.current_opinion_id()
        if self.document is None or opinion_id is None:
            return

        def change(case: Case) -> None:
            edits.move_opinion(case, opinion_id, step)

        self.document.edit("opinions:move", self.tr("Move an opinion"), change, mergeable=False)
        self.load()
        self.show_opinion(opinion_id)
