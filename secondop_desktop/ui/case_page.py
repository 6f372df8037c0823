# SPDX-License-Identifier: GPL-3.0-or-later
"""The right side of the main window for one case: its title, status and the parts of the case.

Each part (Overview, Opinions, Compare, …) is built the first time it is shown or asked for, so
opening the window costs only the part on show. The parts are tabs; when the tab bar does not fit
(large text in a narrow window) a vertical list of the parts takes its place, so every part stays
in sight and one click away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain import edits
from secondop_desktop.domain.comparison import Point
from secondop_desktop.domain.model import Case, Question, Review, now_iso
from secondop_desktop.i18n import fill
from secondop_desktop.ui import fields, theme
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.case_list_model import UNTITLED
from secondop_desktop.ui.decide_by import reminder, time_sensitive_icon
from secondop_desktop.ui.question_topics import difference_words, topic_for_point
from secondop_desktop.ui.step_words import RewordableTr
from secondop_desktop.ui.words import status_words

(TAB_OVERVIEW, TAB_OPINIONS, TAB_COMPARE, TAB_QUESTIONS, TAB_NOTES, TAB_RECORDS, TAB_DECISION,
 TAB_FOLLOWUPS, TAB_TIMELINE) = range(9)

# Each part: its tab text (with its keyboard letter) and the object name of its stand-in.
_PARTS = (
    (QT_TRANSLATE_NOOP("CasePage", "&Overview"), "overview_tab"),
    (QT_TRANSLATE_NOOP("CasePage", "O&pinions"), "opinions_tab"),
    (QT_TRANSLATE_NOOP("CasePage", "Co&mpare"), "compare_tab"),  # Alt+C belongs to the Case menu
    (QT_TRANSLATE_NOOP("CasePage", "&Questions"), "questions_tab"),
    (QT_TRANSLATE_NOOP("CasePage", "&Notes"), "notes_tab"),
    (QT_TRANSLATE_NOOP("CasePage", "&Records"), "records_tab"),
    (QT_TRANSLATE_NOOP("CasePage", "&Decision"), "decision_tab"),
    (QT_TRANSLATE_NOOP("CasePage", "Follo&w-ups"), "followups_tab"),
    (QT_TRANSLATE_NOOP("CasePage", "&Timeline"), "timeline_tab"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CasePage", text)


def _overview() -> QWidget:
    from secondop_desktop.ui.overview_page import OverviewPage

    return OverviewPage()


def _opinions() -> QWidget:
    from secondop_desktop.ui.opinions_page import OpinionsPage

    return OpinionsPage()


def _list_page(spec_name: str, object_name: str) -> Callable[[], QWidget]:
    def make() -> QWidget:
        from secondop_desktop.ui import list_pages

        return list_pages.ListPage(getattr(list_pages, spec_name), object_name)

    return make


def _questions() -> QWidget:
    from secondop_desktop.ui.questions_page import QuestionsPage

    return QuestionsPage()


def _records() -> QWidget:
    from secondop_desktop.ui.records_page import RecordsPage

    return RecordsPage()


def _decision() -> QWidget:
    from secondop_desktop.ui.decision_page import DecisionPage

    return DecisionPage()


def _followups() -> QWidget:
    from secondop_desktop.ui.followup_page import FollowUpPage

    return FollowUpPage()


def _timeline() -> QWidget:
    from secondop_desktop.ui.timeline_page import TimelinePage

    return TimelinePage()


def _compare() -> QWidget:
    """The compare view, or a plain placeholder while that module is missing."""
    try:
        from secondop_desktop.ui.compare_view import CompareView
    except ImportError:
        from secondop_desktop.ui.list_pages import ComingSoonPage

        return ComingSoonPage(_tr("Compare"), _tr("The side-by-side comparison is not available in "
                                                  "this version."), "compare_placeholder")
    return CompareView()


_MAKERS: dict[int, Callable[[], QWidget]] = {
    TAB_OVERVIEW: _overview,
    TAB_OPINIONS: _opinions,
    TAB_COMPARE: _compare,
    TAB_QUESTIONS: _questions,
    TAB_NOTES: _list_page("NOTES", "notes_page"),
    TAB_RECORDS: _records,
    TAB_DECISION: _decision,
    TAB_FOLLOWUPS: _followups,
    TAB_TIMELINE: _timeline,
}


def plain_text(tab_text: str) -> str:
    """A tab's text without its keyboard-letter mark ("O&pinions (2)" → "Opinions (2)")."""
    return tab_text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class CasePage(RewordableTr, QWidget):
    message = Signal(str)
    roomRequested = Signal()  # "In the room": the note-taking screen for this case

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_page")
        self.document: CaseDocument | None = None
        # Where attached files are kept: the window's journal (set by the window).
        self.journal_getter: Callable[[], Any] = lambda: None
        self._built: dict[int, QWidget] = {}
        # The comparison is worked out when its tab is shown, not for every case opened.
        self._compare_stale = True
        self._reloaded = False  # a reload has just handed the case to the compare view
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        header = QHBoxLayout()
        self.title_label = fields.ElidedHeading("", 1.5, "case_heading")
        self.status_label = QLabel("")
        self.status_label.setObjectName("case_status_label")
        self.urgent_icon = QLabel()  # the bundled clock, as in the case list
        self.urgent_icon.setObjectName("case_time_sensitive_icon")
        self.urgent_icon.hide()
        self.status_label.setWordWrap(True)
        header.addWidget(self.title_label, 1)
        self.room_button = fields.button(
            "case_in_the_room", self.tr("In the room…"),
            self.tr("Take notes in the room: a calm full-window screen for a consultation"))
        self.room_button.setToolTip(self.tr("Notes during a consultation, saved as you press "
                                            "Enter (Ctrl+R)"))
        self.room_button.clicked.connect(self.roomRequested)
        header.addWidget(self.room_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        # Status and urgency on a line of their own: they wrap rather than widen the window.
        status_row = QHBoxLayout()
        status_row.addWidget(self.urgent_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status_label, 1)
        layout.addLayout(status_row)

        body = QHBoxLayout()
        body.setSpacing(6)
        self.parts_list = QListWidget()
        fields.name(self.parts_list, "case_parts", self.tr("Parts of the case"))
        self.parts_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts_list.hide()
        body.addWidget(self.parts_list)

        self.tabs = QTabWidget()
        fields.name(self.tabs, "case_tabs", self.tr("Parts of the case"))
        self.tabs.setUsesScrollButtons(True)
        for text, name in _PARTS:
            stand_in = QWidget()
            stand_in.setObjectName(name)
            # A stand-in takes the focus a tab switch hands the page (the tab widget gives it to
            # the incoming page); _page passes it on to the real page's first field. Without
            # this the focus fell out of the case page to the search box.
            stand_in.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            text = _tr(text)
            self.tabs.addTab(stand_in, text)
            self.parts_list.addItem(plain_text(text))
        # The parts scroll (sideways too) when the window is smaller than a part needs, rather
        # than forcing the window wider or taller than a small screen.
        self.tabs_area = QScrollArea()
        self.tabs_area.setObjectName("case_tabs_area")
        self.tabs_area.setWidgetResizable(True)
        self.tabs_area.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs_area.setWidget(self.tabs)
        body.addWidget(self.tabs_area, 1)
        layout.addLayout(body, 1)

        self.tabs.currentChanged.connect(self._tab_changed)
        self.parts_list.currentRowChanged.connect(self._part_chosen)
        self.parts_list.setCurrentRow(0)
        self._page(TAB_OVERVIEW)  # the part on show at first

    # -- the parts, built when first needed -----------------------------------------------------

    def _page(self, index: int) -> Any:
        """The page of part ``index``, built (and put in its tab) on first use."""
        page = self._built.get(index)
        if page is not None:
            return page
        page = _MAKERS[index]()
        self._built[index] = page
        if index in (TAB_OPINIONS, TAB_FOLLOWUPS, TAB_TIMELINE):
            page.message.connect(self.message)
        elif index == TAB_DECISION:
            page.options_panel.message.connect(self.message)
            page.options_panel.questionAdded.connect(self._questions_added)
        elif index == TAB_COMPARE and hasattr(page, "reviewChanged"):
            page.reviewChanged.connect(self._review_changed)
            page.questionRequested.connect(self._question_requested)
        # The page itself becomes the tab's widget (so it can be chosen with setCurrentWidget).
        current = self.tabs.currentIndex()
        stand_in = self.tabs.widget(index)
        had_focus = stand_in.hasFocus()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, _tr(_PARTS[index][0]))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        stand_in.deleteLater()
        if not page.accessibleName():
            # A page that scrolls is a keyboard stop of its own: a screen reader names it.
            page.setAccessibleName(plain_text(_tr(_PARTS[index][0])))
        if isinstance(page, QAbstractScrollArea) and page.focusPolicy() != Qt.FocusPolicy.NoFocus:
            theme.ring_when_focused(page)
        if hasattr(page, "set_journal_getter"):
            page.set_journal_getter(lambda: self.journal_getter())
        if index != TAB_COMPARE and hasattr(page, "set_document"):
            page.set_document(self.document)
        self._refresh_header()
        if had_focus:
            self._focus_into(page)
        return page

    def _focus_into(self, page: QWidget) -> None:
        """The keyboard focus to the page's first field (or its tab bar, if it has none)."""
        widget = page.nextInFocusChain()
        while widget is not page and widget is not None:
            if (page.isAncestorOf(widget) and widget.isVisibleTo(self.window())
                    and widget.isEnabled() and widget.focusProxy() is None
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        self.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)

    @property
    def overview(self) -> Any:
        return self._page(TAB_OVERVIEW)

    @property
    def opinions(self) -> Any:
        return self._page(TAB_OPINIONS)

    @property
    def questions(self) -> Any:
        return self._page(TAB_QUESTIONS)

    @property
    def notes(self) -> Any:
        return self._page(TAB_NOTES)

    @property
    def records(self) -> Any:
        return self._page(TAB_RECORDS)

    @property
    def decision(self) -> Any:
        return self._page(TAB_DECISION)

    @property
    def followups(self) -> Any:
        return self._page(TAB_FOLLOWUPS)

    @property
    def timeline(self) -> Any:
        return self._page(TAB_TIMELINE)

    @property
    def medicines(self) -> Any:
        """The medicines: a section of the Records tab."""
        return self.records.medicines

    @property
    def compare(self) -> Any:
        """The compare view once its tab has been shown (None before, or if it is missing)."""
        page = self._built.get(TAB_COMPARE)
        return page if page is not None and hasattr(page, "set_case") else None

    @property
    def compare_tab(self) -> QWidget:
        """The widget in the Compare tab (the compare view once it is built)."""
        return self.tabs.widget(TAB_COMPARE)

    def built_parts(self) -> dict[int, QWidget]:
        """The parts built so far, by tab index (the rest are stand-ins)."""
        return dict(self._built)

    def part(self, index: int) -> Any:
        """The page of part ``index``, built now if it was not yet."""
        return self._page(index)

    def _built_pages(self) -> list[Any]:
        return [page for index, page in sorted(self._built.items()) if index != TAB_COMPARE]

    # -- the document ---------------------------------------------------------------------------

    def set_document(self, document: CaseDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._changed)
            self.document.reloaded.disconnect(self.reload)
        self.document = document
        if document is not None:
            document.changed.connect(self._changed)
            document.reloaded.connect(self.reload)
        for page in self._built_pages():
            page.set_document(document)
        self._compare_stale = True
        self._update_compare()
        self._refresh_header()

    def reload(self) -> None:
        """The case was replaced (undo/redo): every page shows it again, the comparison too."""
        for page in self._built_pages():
            page.load()
        self._refresh_header()
        self._compare_stale = True
        if not self._update_compare() and self.compare is not None:
            # Not on show: still hand over the case, so its pending edits are dropped now.
            self._compare_stale = False
            self.compare.set_case(self.document.case if self.document else None)
        self._reloaded = True

    def _changed(self) -> None:
        self._refresh_header()
        if TAB_OPINIONS in self._built:
            self.opinions.refresh_titles()
        if self._reloaded:  # the undo/redo that just reloaded the pages told the compare view
            self._reloaded = False
            return
        self._compare_stale = True
        self._update_compare()

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(_PARTS):
            self._page(index)
            self.parts_list.blockSignals(True)
            self.parts_list.setCurrentRow(index)
            self.parts_list.blockSignals(False)
        if self._update_compare():
            self.compare.refresh_now()

    def _part_chosen(self, row: int) -> None:
        if 0 <= row < self.tabs.count():
            self.tabs.setCurrentIndex(row)

    def _update_compare(self) -> bool:
        """Hand the case to the compare view if it is on show; True if it was."""
        if self.tabs.currentIndex() != TAB_COMPARE:
            return False
        self._page(TAB_COMPARE)
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
        self.title_label.setText(
            case.title.strip() or QCoreApplication.translate("CaseListModel", UNTITLED))
        self._show_urgency(case)
        self._set_part_text(TAB_OPINIONS,
                            fill(self.tr("O&pinions ({count})"), count=len(case.opinions)))
        self._set_part_text(TAB_QUESTIONS,
                            fill(self.tr("&Questions ({count})"), count=len(case.questions)))
        self._set_part_text(TAB_NOTES,
                            fill(self.tr("&Notes ({count})"), count=len(case.notes)))

    def _show_urgency(self, case: Case) -> None:
        status = fill(self.tr("Status: {status}"), status=status_words(case.status))
        self.urgent_icon.setVisible(case.time_sensitive)
        if not case.time_sensitive:
            self.status_label.setText(status)
            return
        side = self.status_label.fontMetrics().height()
        self.urgent_icon.setPixmap(time_sensitive_icon().pixmap(side, side))
        remind = reminder(case.decide_by) if case.status != "decided" else ""
        self.status_label.setText(
            self.tr("Time-sensitive") + (f" · {remind}" if remind else "") + " · " + status)

    def _set_part_text(self, index: int, text: str) -> None:
        if self.tabs.tabText(index) != text:
            self.tabs.setTabText(index, text)
            self.parts_list.item(index).setText(plain_text(text))
            self._fit_parts()

    # -- tabs or a list of parts -------------------------------------------------------------------

    def uses_parts_list(self) -> bool:
        """Whether the parts show as a vertical list (the tab bar would not fit)."""
        return not self.parts_list.isHidden()

    def _fit_parts(self) -> None:
        """Tabs when they all fit in the page's width, else the vertical list of parts."""
        bar = self.tabs.tabBar()
        needed = bar.sizeHint().width() + 16
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        as_list = needed > room
        if as_list:
            width = max(self.parts_list.sizeHintForColumn(0), 0)
            frame = 2 * self.parts_list.frameWidth()
            self.parts_list.setFixedWidth(width + frame + 4 * self.parts_list.spacing() + 12)
        if as_list == self.uses_parts_list():
            return
        self.parts_list.setVisible(as_list)
        bar.setVisible(not as_list)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_parts()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_parts()
            self._refresh_header()  # the clock icon follows the text size

    # -- what the compare view asks for -----------------------------------------------------------

    def _review_changed(self, review: Review) -> None:
        if self.document is None:
            return

        # A view taken back with nothing else said (no state past "open", no note) leaves no
        # review behind: the case then reads as if the point had never been looked at.
        empty = edits.review_is_empty(review)

        def change(case: Case) -> None:
            edits.set_review(case, review)

        name = (self.tr("Clear your view of a difference") if empty
                else self.tr("Change your view of a difference"))
        self.document.edit(f"review:{review.id}", name, change, mergeable=False)

    def _questions_added(self) -> None:
        if TAB_QUESTIONS in self._built:
            self.questions.load()

    def _question_requested(self, text: str, point: Point | None = None) -> None:
        """A question the compare view suggested, with the point it comes from (its topic
        gives the question's; never found again by its text)."""
        if self.document is None:
            return
        point = point if isinstance(point, Point) else None
        compare = self.compare
        result = compare.model.result if compare is not None else None
        case = self.document.case
        stamp = now_iso()
        # Tagged with the difference it comes from, so the Questions tab can say why it is there.
        question = Question(text=text, topic=topic_for_point(point, case), created_at=stamp,
                            updated_at=stamp, point=point.key if point else None,
                            difference=difference_words(result, point, case))
        self.document.edit("questions:add", self.tr("Add a question"),
                           lambda case: case.questions.append(question), mergeable=False)
        if TAB_QUESTIONS in self._built:
            self.questions.load()
        self.message.emit(self.tr("Added to your questions (see the Questions tab)."))

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
            self.questions.select_item(object_id)
        elif kind == "note":
            self.tabs.setCurrentIndex(TAB_NOTES)
            self.notes.editor.select_item(object_id)
        elif kind == "record":
            self.tabs.setCurrentIndex(TAB_RECORDS)
            self.records.select_item(object_id)
        elif kind == "medication":
            self.tabs.setCurrentIndex(TAB_RECORDS)
            self.medicines.select_item(object_id)
        elif kind == "decision":
            self.tabs.setCurrentIndex(TAB_DECISION)
        elif kind in ("review", "reply"):
            self._show_review(kind, object_id)
        else:
            self.tabs.setCurrentIndex(TAB_OVERVIEW)

    def _show_review(self, kind: str, review_id: str) -> None:
        """A difference followed up: the user's note on it in the compare view, what a doctor
        said on the Follow-ups tab; either at that difference once the list of them is made."""
        case = self.document.case if self.document else None
        review = next((r for r in case.reviews if r.id == review_id), None) if case else None
        if kind == "review":
            self.tabs.setCurrentIndex(TAB_COMPARE)
            if review is not None and self.compare is not None:
                self.compare.keep_current(review.point)
        else:
            self.tabs.setCurrentIndex(TAB_FOLLOWUPS)
            if review is not None and len(review.opinions) == 2:
                a_id, b_id = review.opinions
                self.followups.keep_selected((a_id, b_id, review.point))

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
