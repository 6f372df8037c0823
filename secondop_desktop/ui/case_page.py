# SPDX-License-Identifier: GPL-3.0-or-later
"""The right side of the main window for one case: its title, status and the tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from secondop_desktop.domain.model import Case, Question, Review, now_iso
from secondop_desktop.ui import fields
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.case_list_model import UNTITLED
from secondop_desktop.ui.decision_page import DecisionPage
from secondop_desktop.ui.list_pages import NOTES, QUESTIONS, RECORDS, ComingSoonPage, ListPage
from secondop_desktop.ui.opinions_page import OpinionsPage
from secondop_desktop.ui.overview_page import OverviewPage
from secondop_desktop.ui.words import status_words

TAB_OVERVIEW, TAB_OPINIONS, TAB_COMPARE, TAB_QUESTIONS, TAB_NOTES, TAB_RECORDS, TAB_DECISION = (
    range(7))


def _compare_view() -> QWidget | None:
    """The compare view, or None while that module is missing (a placeholder shows)."""
    try:
        from secondop_desktop.ui.compare_view import CompareView
    except ImportError:
        return None
    return CompareView()


class CasePage(QWidget):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_page")
        self.document: CaseDocument | None = None
        # The comparison is worked out when its tab is shown, not for every case opened.
        self._compare_stale = True
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        header = QHBoxLayout()
        self.title_label = fields.Heading("", 1.5, "case_heading")
        self.status_label = QLabel("")
        self.status_label.setObjectName("case_status_label")
        header.addWidget(self.title_label, 1)
        header.addWidget(self.status_label)
        layout.addLayout(header)

        self.tabs = QTabWidget()
        fields.name(self.tabs, "case_tabs", "Parts of the case")
        self.tabs.setUsesScrollButtons(True)
        self.overview = OverviewPage()
        self.opinions = OpinionsPage()
        # The compare view is made the first time its tab is shown (a quicker start).
        self.compare_tab = QWidget()
        self.compare_tab.setObjectName("compare_tab")
        compare_layout = QVBoxLayout(self.compare_tab)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        self.compare: Any = None
        self.questions = ListPage(QUESTIONS, "questions_page")
        self.notes = ListPage(NOTES, "notes_page")
        self.records = ListPage(RECORDS, "records_page")
        self.decision = DecisionPage()
        self.tabs.addTab(self.overview, "&Overview")
        self.tabs.addTab(self.opinions, "O&pinions")
        self.tabs.addTab(self.compare_tab, "&Compare")
        self.tabs.addTab(self.questions, "&Questions")
        self.tabs.addTab(self.notes, "&Notes")
        self.tabs.addTab(self.records, "&Records")
        self.tabs.addTab(self.decision, "&Decision")
        layout.addWidget(self.tabs, 1)

        self.opinions.message.connect(self.message)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _make_compare(self) -> None:
        """Put the compare view in its tab (or say plainly that it is missing)."""
        if self.compare is not None or self.compare_tab.layout().count():
            return
        compare = _compare_view()
        if compare is None:
            self.compare_tab.layout().addWidget(ComingSoonPage(
                "Compare", "The side-by-side comparison is not available in this version.",
                "compare_placeholder"))
            return
        self.compare = compare
        compare.reviewChanged.connect(self._review_changed)
        compare.questionRequested.connect(self._question_requested)
        self._compare_stale = True
        # The view itself becomes the tab's page (so it can be chosen with setCurrentWidget).
        was_current = self.tabs.currentIndex() == TAB_COMPARE
        self.tabs.blockSignals(True)
        self.tabs.removeTab(TAB_COMPARE)
        self.tabs.insertTab(TAB_COMPARE, compare, "&Compare")
        self.tabs.blockSignals(False)
        self.compare_tab.deleteLater()
        self.compare_tab = compare
        if was_current:
            self.tabs.setCurrentIndex(TAB_COMPARE)
            self._tab_changed(TAB_COMPARE)

    # -- the document ---------------------------------------------------------------------------

    def set_document(self, document: CaseDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._changed)
            self.document.reloaded.disconnect(self.reload)
        self.document = document
        if document is not None:
            self._make_compare()  # with the first case (the window shows before any case)
            document.changed.connect(self._changed)
            document.reloaded.connect(self.reload)
        for page in self._pages():
            page.set_document(document)
        self._compare_stale = True
        self._update_compare()
        self._refresh_header()

    def _pages(self) -> list[Any]:
        return [self.overview, self.opinions, self.questions, self.notes, self.records,
                self.decision]

    def reload(self) -> None:
        """The case was replaced (undo/redo): every page shows it again."""
        for page in self._pages():
            page.load()

    def _changed(self) -> None:
        self._refresh_header()
        self.opinions.refresh_titles()
        self._compare_stale = True
        self._update_compare()

    def _tab_changed(self, _index: int) -> None:
        if self._update_compare():
            self.compare.refresh_now()

    def _update_compare(self) -> bool:
        """Hand the case to the compare view if it is on show; True if it was."""
        if self.tabs.currentWidget() is not self.compare_tab:
            return False
        self._make_compare()
        if self.compare is None:
            return False
        if self._compare_stale:
            self._compare_stale = False
            self.compare.set_case(self.document.case if self.document else None)
        return True

    def _refresh_header(self) -> None:
        case = self.document.case if self.document else None
        if case is None:
            self.title_label.setText("")
            self.status_label.setText("")
            return
        self.title_label.setText(case.title.strip() or UNTITLED)
        urgent = "   ⏱ Time-sensitive" if case.time_sensitive else ""
        self.status_label.setText(f"Status: {status_words(case.status)}{urgent}")
        self.tabs.setTabText(TAB_OPINIONS, f"O&pinions ({len(case.opinions)})")
        self.tabs.setTabText(TAB_QUESTIONS, f"&Questions ({len(case.questions)})")
        self.tabs.setTabText(TAB_NOTES, f"&Notes ({len(case.notes)})")

    # -- what the compare view asks for -----------------------------------------------------------

    def _review_changed(self, review: Review) -> None:
        if self.document is None:
            return

        def change(case: Case) -> None:
            for n, old in enumerate(case.reviews):
                if old.id == review.id:
                    case.reviews[n] = review
                    return
            case.reviews.append(review)

        self.document.edit(f"review:{review.id}", "Change your view of a difference", change,
                           mergeable=False)

    def _question_requested(self, text: str) -> None:
        if self.document is None:
            return
        stamp = now_iso()
        question = Question(text=text, topic="diagnosis", created_at=stamp, updated_at=stamp)
        self.document.edit("questions:add", "Add a question",
                           lambda case: case.questions.append(question), mergeable=False)
        self.questions.load()
        self.message.emit("Added to your questions (see the Questions tab).")

    # -- going to a place --------------------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def show_place(self, kind: str, object_id: str, opinion_id: str | None) -> None:
        """Open the part of the case a search result points at."""
        if kind in ("opinion", "answer") and opinion_id:
            self.tabs.setCurrentIndex(TAB_OPINIONS)
            self.opinions.show_opinion(opinion_id)
        elif kind == "question":
            self.tabs.setCurrentIndex(TAB_QUESTIONS)
            self.questions.editor.select_item(object_id)
        elif kind == "note":
            self.tabs.setCurrentIndex(TAB_NOTES)
            self.notes.editor.select_item(object_id)
        else:
            self.tabs.setCurrentIndex(TAB_OVERVIEW)

    def next_difference(self) -> None:
        self.tabs.setCurrentIndex(TAB_COMPARE)
        if self.compare is not None:
            self.compare.refresh_now()
            self.compare.next_difference()

    def previous_difference(self) -> None:
        self.tabs.setCurrentIndex(TAB_COMPARE)
        if self.compare is not None:
            self.compare.refresh_now()
            self.compare.previous_difference()
