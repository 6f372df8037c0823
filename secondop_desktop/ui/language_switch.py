# SPDX-License-Identifier: GPL-3.0-or-later
"""View → Language at once: the window built again in the new language, nothing lost.

Why build again rather than have each widget set its words anew on ``QEvent.LanguageChange``:
the window's words are made in some forty modules as their widgets are built (``tr()``, the
coded values' words, dates in the locale's long form, headings sized for their text). Building
again runs the very code that made them at start, so no word waits on a ``retranslate()`` that
nobody remembered to write. What the user has is not in those widgets: the journal, the open
cases with their undo histories and the autosaver belong to the window and stay as they are.

``switch`` does, in this order:

1. notes where the user is (``Place``): the case and its tab, the tab, row and scroll position
   in each part of it on show, the search, the keyboard focus and its cursor. Widgets are found
   again by object name (and how many of that name came before, for repeated editors);
2. commits what is typed: the focus leaves its field (a date typed, a table cell being edited),
   a note on a difference waiting on its pause is sent, and the autosaver writes it all to the
   journal. Text in boxes that belong to no field yet (a question typed but not added) is noted
   with the place and put back;
3. changes Qt's translators, gettext's language and the default locale together
   (``translations.install``);
4. builds the window's contents again (``MainWindow.rebuild``) and puts the place back;
5. says so in the new language, in the status bar and to a screen reader.

The open cases' undo steps are named again in the new language (``CaseDocument.reword``) before
the menus are built, so "Undo Add record" becomes "Deshacer Añadir expediente".

Windows open beside the main one (Help, a case's History, the Bin, what an import did) do not
block the menus, so they can be open during a switch: each is closed and opened again in the
new language where it was, with its rows, scrolling and typed text (``reopen_windows``). Modal
dialogs (In the room, Export PDF, questions asked) block the menus: no switch can happen under
them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from secondop_desktop import i18n
from secondop_desktop.i18n import fill
from secondop_desktop.ui import announce, translations

if TYPE_CHECKING:
    from secondop_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
W = TypeVar("W", bound=QWidget)
Key = tuple[str, int]
"""A widget's object name and how many widgets of that name and kind came before it."""

SCROLL_TRIES = 5  # turns of the event loop a scroll position waits for its range to be laid out


@dataclass
class PartPlace:
    """Where the user is in one widget and what it holds that no field holds yet."""

    tabs: dict[Key, int] = field(default_factory=dict)
    choices: dict[Key, int] = field(default_factory=dict)
    """Drop-down lists' choices (whose answers are being typed, which doctors compared)."""
    checks: dict[Key, bool] = field(default_factory=dict)
    """Check boxes (a page's "Only differences"; those of a field show it as stored)."""
    current: dict[Key, tuple[int, int]] = field(default_factory=dict)
    scroll: dict[Key, tuple[int, int]] = field(default_factory=dict)
    texts: dict[Key, str] = field(default_factory=dict)
    """What the boxes one types in hold (the fields' own values are in the case already)."""


@dataclass
class Place:
    case_id: str | None = None
    tab: int = 0
    parts: dict[int, PartPlace] = field(default_factory=dict)
    """By tab index: every built part's typed texts; the part on show's tabs, rows, scrolling."""
    compare_key: str | None = None
    """The point looked at in the compare view (its rows come from a worker: kept by key)."""
    search: str = ""
    left_page: int = 0
    case_list_scroll: int = 0
    result_row: int = -1
    results_scroll: int = 0
    splitter: QByteArray = field(default_factory=QByteArray)
    focus: tuple[int | None, type[QWidget], Key, int] | None = None
    """(part index, or None outside the parts; the widget's class; key; cursor position)."""


def switch(window: MainWindow, code: str) -> str:
    """Make ``window`` speak ``code`` ("en", "es"; "" the system's) now. Returns the language
    in force."""
    place = note_place(window)
    commit_typing(window)
    window.autosaver.flush()  # a failure stays pending: the autosaver keeps the case and retries
    language = translations.install(code)
    for document in window.documents.values():  # before the menus are built: "Undo …"
        document.reword()
    window.rebuild()
    try:
        reopen_windows(window)
    except Exception:  # noqa: BLE001 - a window not opened again must not stop the switch
        log.exception("a window beside the main one was not opened again in the new language")
    try:
        put_back(window, place)
    except Exception:  # noqa: BLE001 - a place not found again must not stop the switch
        log.exception("the place in the window was not put back after the language changed")
    say(window, language)
    return language


# -- noting the place ------------------------------------------------------------------------------

def _named(root: QWidget, kind: type[W]) -> dict[Key, W]:
    """``root``'s named descendants of ``kind`` (``root`` too), by name and occurrence."""
    counts: dict[str, int] = {}
    found: dict[Key, W] = {}
    widgets = ([root] if isinstance(root, kind) else []) + root.findChildren(kind)
    for widget in widgets:
        name = widget.objectName()
        if not name:
            continue
        number = counts.get(name, 0)
        counts[name] = number + 1
        found[(name, number)] = widget
    return found


def _key_of(root: QWidget, widget: QWidget, kind: type[QWidget]) -> Key | None:
    for key, found in _named(root, kind).items():
        if found is widget:
            return key
    return None


def _typed(widget: QWidget) -> str | None:
    """What a box one types in holds (None for anything else, or a box only to read)."""
    if widget.objectName().startswith("qt_"):  # Qt's own parts (a spin box's line)
        return None
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        return widget.text()
    if isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
        return widget.toPlainText()
    return None


def _shows_a_value(widget: QWidget) -> bool:
    """Whether the box shows a value its field has taken, written in the language's own way
    (a date): the new box writes it in the new language. A date SecondOp cannot read is kept
    as typed instead, for the user to put right."""
    is_valid = getattr(widget, "is_valid", None)
    return callable(is_valid) and bool(is_valid())


def note_part(page: QWidget, on_show: bool) -> PartPlace:
    part = PartPlace()
    for kind in (QLineEdit, QPlainTextEdit):
        for key, widget in _named(page, kind).items():
            text = _typed(widget)
            if text and not _shows_a_value(widget):
                part.texts[(f"{kind.__name__}:{key[0]}", key[1])] = text
    if not on_show:
        return part
    for key, tabs in _named(page, QTabWidget).items():
        part.tabs[key] = tabs.currentIndex()
    for key, box in _named(page, QComboBox).items():
        part.choices[key] = box.currentIndex()
    for key, check in _named(page, QCheckBox).items():
        part.checks[key] = check.isChecked()
    for key, view in _named(page, QAbstractItemView).items():
        index = view.currentIndex()
        if index.isValid():
            part.current[key] = (index.row(), index.column())
    for key, area in _named(page, QAbstractScrollArea).items():
        part.scroll[key] = (area.horizontalScrollBar().value(), area.verticalScrollBar().value())
    return part


def note_place(window: MainWindow) -> Place:
    place = Place(search=window.search_box.text(),
                  left_page=window.left_stack.currentIndex(),
                  case_list_scroll=window.case_list.verticalScrollBar().value(),
                  result_row=window.results_list.currentIndex().row(),
                  results_scroll=window.results_list.verticalScrollBar().value(),
                  splitter=window.splitter.saveState())
    page = window.case_page if window.document is not None else None
    if page is not None and window.document is not None:
        place.case_id = window.document.case_id
        place.tab = page.tabs.currentIndex()
        for index, part in page.built_parts().items():
            place.parts[index] = note_part(part, on_show=index == place.tab)
        if page.compare is not None and page.compare.isVisible():
            place.compare_key = page.compare.current_key()
    place.focus = _note_focus(window, page)
    return place


def _note_focus(window: MainWindow, page: QWidget | None,
                ) -> tuple[int | None, type[QWidget], Key, int] | None:
    focus = QApplication.focusWidget()
    # A cell being edited has no name of its own: its table takes the focus back.
    while focus is not None and not focus.objectName() and focus is not window:
        focus = focus.parentWidget()
    if focus is None or focus.window() is not window:
        return None
    cursor = -1
    if isinstance(focus, QLineEdit):
        cursor = focus.cursorPosition()
    elif isinstance(focus, QPlainTextEdit):
        cursor = focus.textCursor().position()
    root: QWidget = window.centralWidget()
    part_index: int | None = None
    if page is not None:
        for index, part in page.built_parts().items():
            if part is focus or part.isAncestorOf(focus):
                root, part_index = part, index
                break
    key = _key_of(root, focus, type(focus))
    return (part_index, type(focus), key, cursor) if key is not None else None


# -- committing what is typed ----------------------------------------------------------------------

def commit_typing(window: MainWindow) -> None:
    """Hand what is being typed to its field: leaving a field commits it (a date, a table cell
    being edited), and a note on a difference is sent without waiting for its pause."""
    focus = QApplication.focusWidget()
    if focus is not None and focus.window() is window:
        focus.clearFocus()
    if window.document is not None:
        compare = window.case_page.compare
        if compare is not None:
            compare.panel.flush_note()


# -- putting the place back ------------------------------------------------------------------------

def put_back(window: MainWindow, place: Place) -> None:
    window.splitter.restoreState(place.splitter)
    search = window.search_box
    search.blockSignals(True)  # the results on show are kept: no new search to replace them
    search.setText(place.search)
    search.blockSignals(False)
    window.left_stack.setCurrentIndex(place.left_page)
    if 0 <= place.result_row < window.results_model.rowCount():
        window.results_list.setCurrentIndex(window.results_model.index(place.result_row))
    scrolls = [(window.case_list, (0, place.case_list_scroll)),
               (window.results_list, (0, place.results_scroll))]
    page = window.case_page if window.document is not None else None
    if page is not None and window.document is not None \
            and window.document.case_id == place.case_id:
        page.show_tab(place.tab)
        for index, part_place in place.parts.items():
            if index == place.tab or part_place.texts:
                part = page.part(index)
                if index == place.tab:  # first: a row chosen may fill the boxes below it
                    scrolls += _put_view(part, part_place)
                _put_texts(part, part_place)
        if place.compare_key and page.compare is not None:
            page.compare.keep_current(place.compare_key)
    _put_focus(window, page, place)
    _scroll_when_laid_out(scrolls, SCROLL_TRIES)


def _put_texts(part: QWidget, place: PartPlace) -> None:
    """Typed text goes back in its box where the new box shows something else: an answer
    typed in quick entry and not added yet, a date SecondOp could not read. (A field's own
    text is the case's, committed before the switch: the new box shows it already.)"""
    for kind in (QLineEdit, QPlainTextEdit):
        for (name, number), widget in _named(part, kind).items():
            text = place.texts.get((f"{kind.__name__}:{name}", number))
            if text and _typed(widget) not in (None, text):
                if isinstance(widget, QLineEdit):
                    widget.setText(text)
                else:
                    widget.setPlainText(text)


def _put_view(part: QWidget, place: PartPlace) -> list[tuple[QAbstractScrollArea,
                                                            tuple[int, int]]]:
    # Tabs first, outer before inner: a tab shown builds what the rows below need.
    for key, index in place.tabs.items():
        tabs = _named(part, QTabWidget).get(key)
        if tabs is not None and 0 <= index < tabs.count():
            tabs.setCurrentIndex(index)
    # The rows first: a form under a table shows the selected row's stored values, so its
    # drop-down lists below already show what was noted and nothing is chosen again (choosing
    # them on the first row instead changed that record's kind and status).
    _put_current(part, place)
    for key, chosen in place.choices.items():
        box = _named(part, QComboBox).get(key)
        if box is not None and box.currentIndex() != chosen and 0 <= chosen < box.count():
            box.setCurrentIndex(chosen)
            # As if chosen by hand: the page follows (a box showing a stored value is stored
            # again unchanged, which changes nothing).
            box.activated.emit(chosen)
    for key, on in place.checks.items():
        check = _named(part, QCheckBox).get(key)
        if check is not None and check.isEnabled() and check.isChecked() != on:
            check.setChecked(on)
    _put_current(part, place)  # again where the choices above changed the rows (compare)
    areas = _named(part, QAbstractScrollArea)
    return [(areas[key], value) for key, value in place.scroll.items() if key in areas]


def _put_current(part: QWidget, place: PartPlace) -> None:
    views = _named(part, QAbstractItemView)
    for key, (row, column) in place.current.items():
        view = views.get(key)
        model = view.model() if view is not None else None
        index = model.index(row, column) if model is not None else None
        if view is not None and index is not None and index.isValid():
            view.setCurrentIndex(index)


def _put_focus(window: MainWindow, page: QWidget | None, place: Place) -> None:
    if place.focus is None:
        return
    from PySide6.QtCore import Qt  # the namespace is loaded by now; kept off this module's import

    part_index, kind, key, cursor = place.focus
    root: QWidget = window.centralWidget()
    if part_index is not None:
        if page is None or part_index not in page.built_parts():
            return
        root = page.part(part_index)
    widget = _named(root, kind).get(key)
    if widget is None or not widget.isVisibleTo(window):
        return
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if cursor >= 0 and isinstance(widget, QLineEdit):
        widget.setCursorPosition(min(cursor, len(widget.text())))
    elif cursor >= 0 and isinstance(widget, QPlainTextEdit):
        text_cursor = widget.textCursor()
        text_cursor.setPosition(min(cursor, len(widget.toPlainText())))
        widget.setTextCursor(text_cursor)


def _scroll_when_laid_out(scrolls: list[tuple[QAbstractScrollArea, tuple[int, int]]],
                          tries: int) -> None:
    """Scroll each area back; an area whose range is not laid out yet is tried again on the
    next turns of the event loop (rows' heights are worked out there)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    waiting = []
    for area, (x, y) in scrolls:
        try:
            across, down = area.horizontalScrollBar(), area.verticalScrollBar()
        except RuntimeError:  # gone meanwhile (another case opened)
            continue
        across.setValue(x)
        down.setValue(y)
        if (across.value(), down.value()) != (x, y):
            waiting.append((area, (x, y)))
    if waiting and tries > 1:
        QTimer.singleShot(0, lambda: _scroll_when_laid_out(waiting, tries - 1))


# -- windows beside the main one -----------------------------------------------------------------

def reopen_windows(window: MainWindow) -> None:
    """Close each window open beside the main one and open it again, in the language now in
    force, where it was and showing what it showed; the main window keeps the keyboard."""
    from secondop_desktop.ui import case_transfer  # its dialogs' modules load only when used

    def history() -> QWidget | None:
        window.history_dialog = None
        case_transfer.show_history(window)
        return window.history_dialog

    def bin_() -> QWidget | None:
        case_transfer.show_bin(window)
        return window.bin_dialog

    def merge_report() -> QWidget | None:
        old = window.merge_report
        window.merge_report = old.again(window)
        window.merge_report.restored.connect(
            lambda text: window.statusBar().showMessage(text, 8000))
        return window.merge_report

    reopened = False
    for attribute, make in (("history_dialog", history), ("bin_dialog", bin_),
                            ("help_dialog", window.show_help), ("merge_report", merge_report)):
        old = getattr(window, attribute, None)
        try:
            if old is None or not old.isVisible():
                continue
        except RuntimeError:  # closed and deleted already (Help deletes itself)
            continue
        geometry = old.geometry()
        part = note_part(old, on_show=True)
        new = make()
        old.hide()
        old.deleteLater()
        if new is None:
            continue
        new.setGeometry(geometry)
        _scroll_when_laid_out(_put_view(new, part), SCROLL_TRIES)
        _put_texts(new, part)
        reopened = True
    if reopened:
        window.activateWindow()  # the user chose the language there: the keyboard stays


# -- saying it -------------------------------------------------------------------------------------

def _tr(text: str) -> str:
    return QCoreApplication.translate("LanguageSwitch", text)


def say(window: MainWindow, language: str) -> None:
    """In the new language: which language the window now speaks."""
    names = {"en": _tr("English"), "es": _tr("Spanish")}
    text = fill(_tr("SecondOp is now in {language}."),
                language=names.get(language, i18n.LANGUAGE_NAMES.get(language, language)))
    window.statusBar().showMessage(text, 8000)
    announce.announce(window, text)
