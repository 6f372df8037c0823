# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: the case list and search on the left, the open case on the right.

The window owns the journal's autosaver and one ``CaseDocument`` per case opened in this session
(so each case keeps its own undo history while the window is open).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

# ``QtCore.Qt`` is looked up where it is used: PySide builds all ~100 enums of the Qt namespace
# (~45 ms) when it is first touched, and nothing before the window's first paint needs them.
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMenuBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import APP_NAME, __version__
from secondop_desktop.i18n import fill
from secondop_desktop.store.errors import JournalError
from secondop_desktop.ui import appearance, dialogs, fields, first_paint, settings, theme
from secondop_desktop.ui.autosaver import Autosaver
from secondop_desktop.ui.case_list_model import UNTITLED, CaseListModel

if TYPE_CHECKING:  # these load after the window shows (see set_journal and case_page)
    from collections.abc import Callable

    from PySide6.QtGui import QAction, QCloseEvent, QShowEvent, QUndoGroup

    from secondop_desktop.domain.model import Case
    from secondop_desktop.store.journal import Journal
    from secondop_desktop.ui.case_document import CaseDocument
    from secondop_desktop.ui.case_page import CasePage
    from secondop_desktop.ui.search_model import SearchResultsModel
    from secondop_desktop.ui.search_worker import Searcher
    from secondop_desktop.ui.unsaved import SaveProblemBanner
    from secondop_desktop.ui.welcome_page import WelcomePage

SEARCH_DELAY_MS = 200
FIRST_PAINT_FALLBACK_MS = 1000
LEFT_WIDTH = 320  # the case list at 100 % text
SMALL_WINDOW_WIDTH = 1280  # narrower than this, the case list takes at most a quarter
WRAP_TITLES_FROM = 150  # text size (%) from which case titles may wrap to a second line
SEARCH_LIMIT = 50

# The boxes one types in, by their Qt class names: asking Qt spares loading these classes into
# Python before the window shows (each costs its share of start-up).
_TEXT_BOX_CLASSES = ("QLineEdit", "QPlainTextEdit", "QTextEdit", "QAbstractSpinBox")


def _is_undo_key(event: QEvent) -> bool:
    from PySide6.QtGui import QKeyEvent, QKeySequence  # not before the first key press

    if not isinstance(event, QKeyEvent):
        return False
    undo, redo = QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo
    return (event.matches(undo) or event.matches(redo)
            or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z"))


def _is_text_box(thing: QObject) -> bool:
    return any(thing.inherits(name) for name in _TEXT_BOX_CLASSES)


class MainWindow(QMainWindow):
    def __init__(self, journal: Journal | None, parent: QWidget | None = None, *,
                 paint_first: bool = False) -> None:
        """A window on ``journal``; with None, an empty window that ``set_journal`` fills (so
        the window can show before the journal's modules are even loaded).

        ``paint_first`` (what the program does at start): build only what the first paint
        shows, the rest just after it, so the window is on screen sooner. The case list is
        filled at once and the menus have their titles; the menus' commands, the search box's
        clear button and the last case come once the window has been painted. Until then the
        right side stays blank (no flash of the welcome page)."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setAccessibleName(APP_NAME)
        self.journal: Journal | None = None
        self.autosaver = Autosaver(None, self)
        self._undo_group: QUndoGroup | None = None  # made on first use (``undo_group``)
        self.documents: dict[str, CaseDocument] = {}
        self.document: CaseDocument | None = None
        self.case_model = CaseListModel(self)
        # The search's model and worker, made at the first search (see ``results_list``).
        self._results_model: SearchResultsModel | None = None
        self._searcher: Searcher | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._save_error_shown = False
        self.on_damage: Callable[[str], object] | None = None
        """Called (by ``ui.application.run``) when a read finds the journal damaged."""
        self._paint_first = paint_first
        self._pending_case: str | None = None
        self._after_paint_done = not paint_first
        self._watching_first_paint = False
        self.case_actions: list[QAction] = []
        self.room: Any = None  # the note-taking screen, while it is open
        # The case's History, the Bin and the last merge report (ui/case_transfer.py).
        self.history_dialog: Any = None
        self.bin_dialog: Any = None
        self.merge_report: Any = None
        self.size_actions: dict[int, QAction] = {}
        # Cases started with "New case" in this session: left blank, they are dropped again
        # rather than lingering in the list as "Untitled case".
        self._fresh_case_ids: set[str] = set()
        self._retired: list[Any] = []  # workers of pages built again, until their jobs end

        self._terminating = False
        self.resize(QSize(1200, 800))
        self._build()
        self._build_status_bar()
        self.setAcceptDrops(True)  # a .secondop dropped on the window is imported
        self._build_menu_bar()
        if not paint_first:
            self._build_the_rest()
        self._wire()
        appearance.apply_text_size(settings.text_size())  # headings made from here on follow it
        self._restore_window()
        self.set_journal(journal)
        # Text boxes are watched one by one as they get the keyboard focus: a Python filter on
        # the whole application would make PySide wrap every object that gets any event (~50 ms
        # of start-up, and a little on every event after).
        app = QApplication.instance()
        self._watching_focus = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def undo_group(self) -> QUndoGroup:
        """The open cases' undo histories, the active one the case shown (what Edit → Undo
        undoes). Made on first use: nothing before the window's first paint needs it."""
        if self._undo_group is None:
            from PySide6.QtGui import QUndoGroup  # seam: the window's commands

            self._undo_group = QUndoGroup(self)
        return self._undo_group

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and _is_text_box(new) and new.window() is self:
            new.installEventFilter(self)  # a second install only moves it first: harmless

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        """The case list and search on the left, the right side for the case (built again, in
        the new language, when View → Language changes: see ``rebuild``)."""
        self.splitter = QSplitter()  # side by side
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)

        left = QWidget()
        left.setObjectName("left_panel")
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 8, 4, 8)
        self.search_box = fields.line_edit("search_box", self.tr("Search all cases"),
                                           self.tr("Search all cases…"))
        self.search_box.setToolTip(self.tr("Find words in every case, opinion, question, note, "
                                           "record and medicine (Ctrl+F)"))
        column.addWidget(self.search_box)

        self.left_stack = QStackedWidget()
        self.left_stack.setObjectName("left_stack")
        self.case_list = QListView()
        # Its viewport made here, where Python knows its class: one Qt made would have PySide
        # load every widget class it might be when the rows ask for its width (~40 M
        # instructions of enums before the first paint).
        self.case_list.setViewport(QWidget())
        fields.name(self.case_list, "case_list", self.tr("Cases"))
        self.case_list.setModel(self.case_model)
        # Rows of one height, long titles shortened with "…" (the tooltip has them whole): a
        # list of a thousand cases is laid out at once, without measuring every row. (Ending
        # in "…" is the view's default; the delegate's rows are never wider than the list.)
        self.case_list.setUniformItemSizes(True)
        # Each row's text fitted to the list's width by the model, drawn by Qt's delegate. The
        # clock of a time-sensitive case at the size Qt's lists give icons (24 px): named here,
        # as the model leaves room for it.
        self.case_list.setIconSize(QSize(24, 24))
        self.case_model.fit_to(self.case_list)
        self._list_behaviour(self.case_list)
        self.left_stack.addWidget(self.case_list)
        # The search's results and its "Nothing found" come after them in the stack, made at
        # the first search (``results_list``): the window's first paint never shows them.
        self._results_list: QListView | None = None
        self._no_results: QLabel | None = None
        column.addWidget(self.left_stack, 1)
        self.new_case_button = fields.button("new_case_button", self.tr("+ New case"),
                                             self.tr("New case"))
        self.new_case_button.setToolTip(
            self.tr("Start a case for one health question (Ctrl+N)"))
        column.addWidget(self.new_case_button)

        self.right_stack = QStackedWidget()
        self.right_stack.setObjectName("right_stack")
        self._welcome: WelcomePage | None = None
        self._case_page: CasePage | None = None
        self.opening_page = QWidget()  # blank, for the moment before the first case shows
        self.opening_page.setObjectName("opening_page")
        self.right_stack.addWidget(self.opening_page)

        # The right side: the open case, and above it (made when first needed) the banner that
        # says the latest changes are not saved, where the user is typing (ui/unsaved.py).
        self.right_column = QWidget()
        self.right_column.setObjectName("right_column")
        self._right_layout = QVBoxLayout(self.right_column)
        self._right_layout.setContentsMargins(0, 0, 0, 0)
        self._right_layout.setSpacing(0)
        self._right_layout.addWidget(self.right_stack, 1)
        self._save_banner: SaveProblemBanner | None = None

        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LEFT_WIDTH, 1200 - LEFT_WIDTH])
        self.setCentralWidget(self.splitter)
        self.setTabOrder(self.search_box, self.case_list)
        self.setTabOrder(self.case_list, self.new_case_button)
        if self._results_model is not None:  # built again while a search is on show
            self._build_results()

    @staticmethod
    def _list_behaviour(view: QListView) -> None:
        view.setSpacing(2)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def _build_results(self) -> None:
        """The search's side of the left column: the results list and "Nothing found", after
        the case list in its stack, and after the "New case" button in the keyboard's order.
        Made when a search is first typed (or asked for), not for the window's first paint."""
        results = QListView()
        fields.name(results, "search_results", self.tr("Search results"))
        results.setModel(self.results_model)
        results.setWordWrap(True)
        # Each result in rich text: the match in bold; rows as high as their text at this width.
        from secondop_desktop.ui.search_delegate import SearchHitDelegate  # seam: the search

        results.setItemDelegate(SearchHitDelegate(results))
        results.setResizeMode(QListView.ResizeMode.Adjust)
        self._list_behaviour(results)
        no_results = QLabel(self.tr("Nothing found. Try fewer or different words."))
        no_results.setObjectName("search_nothing_found")
        no_results.setWordWrap(True)
        nothing_found = QWidget()  # the words at the top, as a list's first row would be
        nothing_column = QVBoxLayout(nothing_found)
        nothing_column.setContentsMargins(0, 0, 0, 0)
        nothing_column.addWidget(no_results)
        nothing_column.addStretch(1)
        self.left_stack.addWidget(results)
        self.left_stack.addWidget(nothing_found)
        self.setTabOrder(self.new_case_button, results)
        results.activated.connect(self._result_activated)
        results.clicked.connect(self._result_activated)
        self._results_list, self._no_results = results, no_results

    @property
    def results_list(self) -> QListView:
        """The search's results (made with ``_build_results`` at the first search)."""
        if self._results_list is None:
            self._build_results()
        assert self._results_list is not None
        return self._results_list

    @property
    def no_results(self) -> QLabel:
        """The words a search that found nothing shows."""
        if self._no_results is None:
            self._build_results()
        assert self._no_results is not None
        return self._no_results

    @property
    def results_model(self) -> SearchResultsModel:
        if self._results_model is None:
            # Seam: the search loads with the first search (docs/internals.md).
            from secondop_desktop.ui.search_model import SearchResultsModel

            self._results_model = SearchResultsModel(self)
        return self._results_model

    @property
    def searcher(self) -> Searcher:
        """Searches off the window's thread; made at the first search."""
        if self._searcher is None:
            from secondop_desktop.ui.search_worker import Searcher  # seam: the search

            self._searcher = Searcher(SEARCH_LIMIT, self)
            self._searcher.found.connect(self._show_hits)
        return self._searcher

    def _build_status_bar(self) -> None:
        self.save_label = QLabel("")
        self.save_label.setObjectName("save_indicator")
        # No name of its own: a screen reader then says what it shows ("Saved ✓", "Not
        # saved"), where a name would have stood in for it ("Save state", whatever the state).
        self.save_label.setAccessibleDescription(self.tr("Whether your changes are saved"))
        self.statusBar().setObjectName("status_bar")
        self.statusBar().addPermanentWidget(self.save_label)

    def _action(self, menu: Any, name: str, text: str, slot: Any,
                shortcuts: list[Any] | None = None, tip: str = "") -> QAction:
        from PySide6.QtGui import QAction, QKeySequence  # see _fill_menus

        # Owned by the menu bar, so a new menu bar (another language) takes them all away.
        action = QAction(text, self.menuBar())
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menu_bar(self, again: bool = False) -> None:
        """The menu bar with its menus' titles (their commands come in ``_fill_menus``);
        ``again``: a new one in place of the old (which goes with its commands)."""
        if again:
            self.setMenuBar(QMenuBar())  # Qt takes the old one out of the window and deletes it
        bar = self.menuBar()
        bar.setObjectName("menu_bar")
        self.menus: dict[str, QMenu] = {}
        for key, title in (("file", self.tr("&File")), ("edit", self.tr("&Edit")),
                           ("case", self.tr("&Case")), ("view", self.tr("&View")),
                           ("help", self.tr("&Help"))):
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu_{key}")
            self.menus[key] = menu

    def _fill_menus(self) -> None:
        """Every command, with its shortcut, in its menu. (The action and key classes load
        here, after the window's first paint: they cost start-up time.)"""
        from PySide6.QtGui import QKeySequence

        file_menu = self.menus["file"]
        self.new_case_action = self._action(
            file_menu, "action_new_case", self.tr("&New case"), self.new_case,
            [QKeySequence.StandardKey.New], self.tr("Start a case for one health question"))
        self._action(file_menu, "action_open_example", self.tr("Open the &example case"),
                     self.open_example)
        self.open_file_action = self._action(
            file_menu, "action_open_case_file", self.tr("&Open a case file…"),
            lambda: self._transfer().choose_and_open(self), [QKeySequence.StandardKey.Open],
            self.tr("Bring in a case sent from another computer; nothing of yours is lost"))
        self.send_action = self._action(
            file_menu, "action_send_case", self.tr("&Send this case…"),
            lambda: self._transfer().send_case(self), [],
            self.tr("Write this case to a folder or USB stick, to open on another computer"))
        self.bin_action = self._action(
            file_menu, "action_bin", self.tr("&Bin…"), lambda: self._transfer().show_bin(self),
            [], self.tr("Deleted cases: bring one back, or empty the bin"))
        file_menu.addSeparator()
        self.export_action = self._action(
            file_menu, "action_export_pdf", self.tr("&Export PDF…"), self.export_pdf, ["Ctrl+E"],
            self.tr("Make a PDF of the comparison to take to a doctor"))
        self.print_action = self._action(file_menu, "action_print", self.tr("&Print…"),
                                         self.print_case, [QKeySequence.StandardKey.Print])
        file_menu.addSeparator()
        self._action(file_menu, "action_quit", self.tr("&Quit"), self.close, ["Ctrl+Q"])

        edit_menu = self.menus["edit"]
        self.undo_action = self.undo_group.createUndoAction(self.menuBar(), self.tr("&Undo"))
        self.undo_action.setObjectName("action_undo")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self.menuBar(), self.tr("&Redo"))
        self.redo_action.setObjectName("action_redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self._action(edit_menu, "action_find", self.tr("&Find in all cases…"), self.focus_search,
                     [QKeySequence.StandardKey.Find])

        case_menu = self.menus["case"]
        self.case_actions = [
            self._action(case_menu, "action_add_opinion", self.tr("Add a doctor's &opinion"),
                         self._add_opinion, ["Ctrl+Shift+O"]),
            self._action(case_menu, "action_in_the_room", self.tr("Take notes in the &room…"),
                         self.open_room, ["Ctrl+R"],
                         self.tr("A calm full-window screen for notes during a consultation")),
            self._action(case_menu, "action_next_difference", self.tr("&Next difference"),
                         lambda: self.case_page.next_difference(), ["F7"]),
            self._action(case_menu, "action_previous_difference",
                         self.tr("&Previous difference"),
                         lambda: self.case_page.previous_difference(), ["Shift+F7"]),
        ]
        case_menu.addSeparator()
        self.case_actions.append(self._action(
            case_menu, "action_history", self.tr("&History of this case…"),
            lambda: self._transfer().show_history(self), ["Ctrl+H"],
            self.tr("Every earlier text of this case, to read or put back")))
        self.case_actions.append(self._action(case_menu, "action_delete_case",
                                              self.tr("&Delete this case…"), self.delete_case))
        self.case_actions += [self.export_action, self.print_action, self.send_action]

        view_menu = self.menus["view"]
        self._action(view_menu, "action_larger_text", self.tr("&Larger text"),
                     lambda: self.step_text_size(+1),
                     [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        self._action(view_menu, "action_smaller_text", self.tr("&Smaller text"),
                     lambda: self.step_text_size(-1), [QKeySequence.StandardKey.ZoomOut])
        self._action(view_menu, "action_normal_text", self.tr("&Normal text size"),
                     lambda: self.set_text_size(settings.TEXT_SIZE.default), ["Ctrl+0"])
        sizes = view_menu.addMenu(self.tr("&Text size"))
        sizes.setObjectName("menu_text_size")
        self.size_actions = {}
        for percent in range(settings.TEXT_SIZE_MIN, settings.TEXT_SIZE_MAX + 1,
                             settings.TEXT_SIZE_STEP):
            action = self._action(sizes, f"action_text_size_{percent}",
                                  fill(self.tr("{percent} %"), percent=percent),
                                  lambda p=percent: self.set_text_size(p))
            action.setCheckable(True)
            self.size_actions[percent] = action
        self._fill_language_menu(view_menu.addMenu(self.tr("&Language")))
        view_menu.addSeparator()
        self.high_contrast_action = self._action(
            view_menu, "action_high_contrast", self.tr("&High contrast"),
            lambda: self.set_high_contrast(self.high_contrast_action.isChecked()), [],
            self.tr("Black on white (white on black on a dark desktop), with stronger outlines"))
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(bool(settings.get(settings.HIGH_CONTRAST)))
        # Light or dark as the desktop is, followed when it changes (read here, after the
        # first paint: the scheme's enum loads Qt's namespace).
        theme.follow_desktop(QApplication.instance())

        help_menu = self.menus["help"]
        self._action(help_menu, "action_help",
                     self.tr("&How SecondOp keeps your notes…"), self.show_help,
                     ["F1"],
                     self.tr("Where the journal is, backups, bringing notes home, and what "
                             "the comparison's words mean"))
        self._action(help_menu, "action_about",
                     fill(self.tr("&About {app}"), app=APP_NAME), self.show_about)
        self._sync_actions()

    def _fill_language_menu(self, menu: QMenu) -> None:
        """View → Language: English, Español, or the system's; used at once and kept for the
        next start."""
        from PySide6.QtGui import QActionGroup

        menu.setObjectName("menu_language")
        group = QActionGroup(menu)
        chosen = settings.get(settings.LANGUAGE)
        self.language_actions = {}
        # Each language's name in itself, so it can be found whatever the menus speak.
        for code, title in (("en", "English"), ("es", "Español"),
                            ("", self.tr("Follow the system"))):
            action = self._action(menu, f"action_language_{code or 'system'}", title,
                                  lambda c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            self.language_actions[code] = action

    def set_language(self, code: str) -> None:
        """View → Language: the window speaks ``code`` ("en", "es"; "" follows the system) at
        once, and from the next start too. What is typed is saved first and the open case, tab,
        place and undo history stay (``ui/language_switch.py``)."""
        from secondop_desktop.ui import language_switch

        if code == settings.get(settings.LANGUAGE):
            return
        settings.put(settings.LANGUAGE, code)
        language_switch.switch(self, code)

    def rebuild(self) -> None:
        """Build the window's contents again in the language now in force: the menus, the
        case list and search, the open case's pages. What they show stays: the journal, the
        open cases with their undo histories and what autosave holds belong to the window, not
        to the widgets. (``language_switch`` saves what is typed before and puts back the place
        after.)"""
        document = self.document
        if self._case_page is not None:
            self._case_page.set_document(None)  # the old pages let go of the case
        self.document = None
        old = self.takeCentralWidget()
        if old is not None:
            self._retire_workers(old)
            old.hide()
            old.setParent(None)  # out of the window now (findChild never meets it again)
            old.deleteLater()
        self.case_actions = []
        self._build()
        self.splitter.show()  # now, not on the next turn: the pages load only once shown
        self._build_menu_bar(again=True)
        self.menuBar().show()
        if self._after_paint_done:
            self._build_the_rest()
        self._wire_widgets()
        self.save_label.setAccessibleDescription(self.tr("Whether your changes are saved"))
        if self.autosaver.problem:
            self.save_label.setText(QCoreApplication.translate("Autosaver", "Not saved"))
        elif self.save_label.text():  # saved just before
            self.save_label.setText(QCoreApplication.translate("Autosaver", "Saved ✓"))
        for widget in (self.new_case_button, self.search_box):
            widget.setEnabled(self.journal is not None)
        self._wrap_case_titles(settings.text_size())
        self.show_case(document)
        if document is not None:
            row = self.case_model.row_of(document.case_id)
            if row >= 0:
                self.case_list.selectionModel().blockSignals(True)
                self._select_row(row, scroll=False)
                self.case_list.selectionModel().blockSignals(False)
        if self.autosaver.problem:
            self._show_save_problem(self.autosaver.problem)

    def _sync_actions(self) -> None:
        """Commands enabled for what there is now: a journal for new cases, an open case for
        the case's commands; the text size in use checked."""
        if not self.case_actions:  # the menus are not filled yet (``paint_first``)
            return
        self.new_case_action.setEnabled(self.journal is not None)
        self.open_file_action.setEnabled(self.journal is not None)
        self.bin_action.setEnabled(self.journal is not None)
        for action in self.case_actions:
            action.setEnabled(self.document is not None)
        self._check_size_action(settings.text_size())

    def _retire_workers(self, old: QWidget) -> None:
        """The old pages' worker threads may still be running a job (a comparison): their
        answers are no longer wanted, and each worker outlives its page until its thread is
        done, as the thread signals through it. (Those retired before and idle now go.)"""
        from secondop_desktop.ui.latest_worker import LatestWorker  # loaded with the search

        self._retired = [w for w in self._retired if not self._drop_if_idle(w)]
        for worker in old.findChildren(LatestWorker):
            worker.cancel()
            worker.setParent(self)
            self._retired.append(worker)

    @staticmethod
    def _drop_if_idle(worker: Any) -> bool:
        if worker.join(timeout_s=0):
            worker.deleteLater()
            return True
        return False

    def _wire(self) -> None:
        self._wire_widgets()
        self._search_timer.timeout.connect(lambda: self.run_search())
        self.autosaver.stateChanged.connect(self.save_label.setText)
        self.autosaver.failed.connect(self._save_failed)
        self.autosaver.problemChanged.connect(self._show_save_problem)
        self.autosaver.saved.connect(lambda _case: self.history_dialog is not None
                                     and self._transfer().follow_case(self))

    def _wire_widgets(self) -> None:
        """The signals of what ``_build`` makes (again after ``rebuild``)."""
        if self._after_paint_done:
            self._listen_to_case_choice()
        self.search_box.textChanged.connect(self._search_typed)
        self.search_box.returnPressed.connect(self._search_enter)
        self.new_case_button.clicked.connect(self.new_case)

    # -- cases ----------------------------------------------------------------------------------

    def set_journal(self, journal: Journal | None) -> None:
        self.journal = journal
        self.autosaver.journal = journal
        for widget in (self.new_case_button, self.search_box, self._welcome):
            if widget is not None:
                widget.setEnabled(journal is not None)
        self._sync_actions()
        self.reload_cases()

    def release_journal(self) -> None:
        """Let go of the journal (it is about to be closed and opened again): the open cases,
        their undo histories and anything waiting to be saved go with it."""
        unsaved_case = self.autosaver.pending_case()
        if unsaved_case is not None:
            # Not written into a journal that failed its check: kept as text instead, and said.
            self._keep_as_text(unsaved_case, self.autosaver.problem or self.tr(
                "the journal is damaged"), ask=False)
        self.autosaver.journal = None
        self.autosaver.flush()  # with no journal: drops what was waiting, writes nothing
        self._show_save_problem("")
        self.undo_group.setActiveStack(None)  # type: ignore[arg-type]
        for document in self.documents.values():
            self.undo_group.removeStack(document.stack)
        self.documents.clear()
        self.document = None
        self.set_journal(None)

    def reload_cases(self) -> None:
        """Fill the list from the journal and open the last case used (or the newest)."""
        if self.journal is None:
            self.case_model.set_cases([])
            if not self._paint_first:  # at start, the journal comes next (ui.application)
                self.show_case(None)
            return
        self.case_model.set_source(self.journal.list_cases)  # a page now, more as scrolled
        if self.case_model.rowCount() == 0:
            self.show_case(None)
            return
        last = settings.get(settings.LAST_CASE)
        row = self.case_model.row_of(last) if last else -1
        if row < 0 and last and self.journal.has_case(last):  # further down: read on to it
            row = self.case_model.find_row(last)
        row = row if row >= 0 else 0
        if self._paint_first:
            self._paint_first = False  # only the first filling at start
            self._open_after_showing(row)
            return
        self._select_row(row)

    def _listen_to_case_choice(self) -> None:
        """A case chosen in the list (clicked, or moved to with the keys) opens. From the
        first paint on: no one chooses before, and the list's selection model (its class and
        enum) need not be made before the window shows."""
        self.case_list.selectionModel().currentChanged.connect(self._case_chosen)

    def _open_after_showing(self, row: int) -> None:
        """Mark the case's row now, and open the case once the window is on screen. (Before
        the first paint the list's choice is not listened to yet: marking opens nothing.)"""
        self._pending_case = self.case_model.case_id(row)
        listened = self._after_paint_done
        if listened:
            self.case_list.selectionModel().blockSignals(True)
        # A fresh list shows its top row already (scrolling there lays out all rows, ~8 ms).
        self._select_row(row, scroll=row > 0)
        if listened:
            self.case_list.selectionModel().blockSignals(False)
        self.right_stack.setCurrentWidget(self.opening_page)
        self._sync_actions()
        if self.isVisible():
            QTimer.singleShot(0, self, self._open_pending_case)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._after_paint_done and not self._watching_first_paint:
            self._watching_first_paint = True
            # A window that is never exposed (started minimised) gets the rest a moment later.
            first_paint.after_first_paint(self, self._after_first_paint,
                                          or_after_ms=FIRST_PAINT_FALLBACK_MS)

    def _after_first_paint(self) -> None:
        """What ``paint_first`` left for after the window's first paint, in this order."""
        if self._after_paint_done:
            return
        self._after_paint_done = True
        self._listen_to_case_choice()
        self._build_the_rest()
        self._open_pending_case()

    def _build_the_rest(self) -> None:
        """What the first paint does not show: the menus' commands, the search box's clear
        button (seen only once there is text; its icon is looked up in the desktop's theme)."""
        self._fill_menus()
        self.search_box.setClearButtonEnabled(True)
        self._name_the_grips()

    def _name_the_grips(self) -> None:
        """Qt's two grips, which a screen reader otherwise lists as unnamed objects: the divider
        between the case list and the case, and the status bar's corner that resizes the window
        (looked up by class name, so that start-up need not load QSizeGrip's type)."""
        divider = self.splitter.handle(1)
        divider.setObjectName("case_list_divider")
        divider.setAccessibleName(self.tr("Divider between the case list and the case"))
        divider.setAccessibleDescription(self.tr("Drag to widen or narrow the case list"))
        for grip in self.statusBar().findChildren(QWidget):
            if grip.metaObject().className() == "QSizeGrip":
                grip.setObjectName("window_size_grip")
                grip.setAccessibleName(self.tr("Resize the window"))

    def _open_pending_case(self) -> None:
        case_id, self._pending_case = self._pending_case, None
        # The user may have picked a case already, or the journal changed meanwhile.
        if case_id is None or self.document is not None or self.journal is None:
            return
        if self.case_model.row_of(case_id) >= 0:
            self.open_case(case_id)

    def _select_row(self, row: int, scroll: bool = True) -> None:
        index = self.case_model.index(row)
        self.case_list.setCurrentIndex(index)
        if scroll:
            self.case_list.scrollTo(index)

    def _case_chosen(self, current: Any, _previous: Any) -> None:
        case_id = self.case_model.case_id(current.row()) if current.isValid() else None
        if case_id is not None and (self.document is None or self.document.case_id != case_id):
            self.open_case(case_id)

    def open_case(self, case_id: str) -> CaseDocument | None:
        """Show the case (saving the one shown before at once; dropping it if it is a new case
        left blank)."""
        if self.document is not None and self.document.case_id != case_id:
            self._drop_if_blank(self.document)
        self.autosaver.flush()
        document = self.documents.get(case_id)
        if document is None:
            if self.journal is None:
                return None
            try:
                case = self.journal.load_case(case_id)
            except JournalError as exc:
                reason = getattr(exc, "reason", None)
                if reason is not None and self.on_damage is not None:
                    # Damage met reading the case: the way back is offered (``run`` sets this),
                    # once the call that asked for the case has returned.
                    on_damage = self.on_damage
                    QTimer.singleShot(0, self, lambda: on_damage(reason))
                    return None
                dialogs.show_error(self, self.tr("Could not open the case"), str(exc))
                return None
            document = self._adopt(case)
        self.show_case(document)
        row = self.case_model.find_row(case_id)  # e.g. opened from a search, further down
        if row >= 0 and self.case_list.currentIndex().row() != row:
            self.case_list.selectionModel().blockSignals(True)
            self._select_row(row)
            self.case_list.selectionModel().blockSignals(False)
            self.case_list.viewport().update()
        return document

    def _adopt(self, case: Case) -> CaseDocument:
        # Seam: the case's undo history loads with the first case (docs/internals.md).
        from secondop_desktop.ui.case_document import CaseDocument

        document = CaseDocument(case, self)
        document.changed.connect(lambda d=document: self._document_changed(d))
        self.documents[case.id] = document
        self.undo_group.addStack(document.stack)
        return document

    def show_case(self, document: CaseDocument | None) -> None:
        self.document = document
        if document is not None or self._case_page is not None:
            self.case_page.set_document(document)
        if document is None:
            self.undo_group.setActiveStack(None)  # type: ignore[arg-type]
            self.refresh_bin_hint()
            self.right_stack.setCurrentWidget(self.welcome)
        else:
            self.undo_group.setActiveStack(document.stack)
            self.right_stack.setCurrentWidget(self.case_page)
            settings.put(settings.LAST_CASE, document.case_id)
        self._sync_actions()
        self._update_title()
        if self.history_dialog is not None:
            self._transfer().follow_case(self)

    def refresh_bin_hint(self) -> None:
        """The welcome page's way back to deleted cases, counted again (after a delete, or the
        bin was emptied)."""
        if self._welcome is None and self.document is not None:
            return
        count = 0
        if self.journal is not None:
            try:
                count = len(self.journal.bin())
            except JournalError:
                count = 0  # the page still shows; the bin itself reports what is wrong
        self.welcome.set_bin_count(count)

    @property
    def welcome(self) -> WelcomePage:
        """The page an empty journal shows, made the first time it is needed (most starts
        open a case instead)."""
        if self._welcome is None:
            from secondop_desktop.ui.welcome_page import WelcomePage

            page = WelcomePage()
            page.new_case_button.clicked.connect(self.new_case)
            page.example_button.clicked.connect(self.open_example)
            page.bin_button.clicked.connect(lambda: self._transfer().show_bin(self))
            page.setEnabled(self.journal is not None)
            self.right_stack.insertWidget(0, page)
            self._welcome = page
        return self._welcome

    @property
    def case_page(self) -> CasePage:
        """The right side for an open case, made when the first case is opened (so the empty
        window shows sooner)."""
        if self._case_page is None:
            from secondop_desktop.ui.case_page import CasePage

            page = CasePage()
            page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            page.roomRequested.connect(lambda: self.open_room())
            page.journal_getter = lambda: self.journal
            self.right_stack.addWidget(page)
            self._case_page = page
        return self._case_page

    def _document_changed(self, document: CaseDocument) -> None:
        self.autosaver.schedule(document)
        self.case_model.update_case(document.case)
        if document is self.document:
            self._update_title()

    def _update_title(self) -> None:
        # The case's title alone: the desktop adds " — SecondOp" itself (Qt appends the
        # application's display name), so naming the app here showed it twice.
        if self.document is None:
            self.setWindowTitle(APP_NAME)  # ends with the display name: Qt adds nothing
        else:
            self.setWindowTitle(self.document.case.title.strip() or QCoreApplication.translate(
                "CaseListModel", UNTITLED))

    def _drop_if_blank(self, document: CaseDocument) -> bool:
        """Delete a case started in this session and left with nothing in it (no title, no
        words, no doctor): the user moved on without using it. True when it was dropped."""
        from secondop_desktop.domain.model import Case

        case = document.case
        if case.id not in self._fresh_case_ids or self.journal is None:
            return False
        blank = Case(id=case.id, created_at=case.created_at, updated_at=case.updated_at)
        if case.to_dict() != blank.to_dict():
            self._fresh_case_ids.discard(case.id)  # it has content now: it stays for good
            return False
        self.autosaver.flush()
        try:
            self.journal.delete_case(case.id)
        except JournalError:
            return False  # it stays in the list; nothing is lost either way
        self._fresh_case_ids.discard(case.id)
        self.undo_group.removeStack(document.stack)
        self.documents.pop(case.id, None)
        if self.document is document:
            self.document = None
        self.case_model.remove_case(case.id)
        return True

    def new_case(self) -> None:
        from secondop_desktop.domain.model import Case, now_iso

        if self.journal is None:
            return
        if self.document is not None and self._drop_if_blank(self.document):
            self.show_case(None)
        stamp = now_iso()
        case = Case(created_at=stamp, updated_at=stamp)
        if not self._save_now(case):
            return
        self._fresh_case_ids.add(case.id)
        self.clear_search()
        self.case_model.update_case(case)
        self.open_case(case.id)
        self.case_page.show_tab(0)  # the Overview: the title comes first
        self.case_page.overview.title.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self.statusBar().showMessage(self.tr("New case started. Give it a title first."), 8000)

    def open_example(self) -> None:
        """Add the bundled worked example, in the language in force, to the journal (once) and
        show it."""
        from secondop_desktop.domain.demo import demo_case

        if self.journal is None:
            return
        case = demo_case()
        try:
            if any(binned.id == case.id for binned in self.journal.bin()):
                self.journal.undelete_case(case.id)  # deleted before: back as it was
        except JournalError as exc:
            dialogs.show_error(self, self.tr("Could not open the example"), str(exc))
            return
        if case.id not in self.journal.case_ids() and not self._save_now(case):
            return
        self.clear_search()
        self.case_model.update_case(case)
        self.open_case(case.id)

    def _save_now(self, case: Case) -> bool:
        if self.journal is None:
            return False
        try:
            self.journal.save_case(case)
        except JournalError as exc:
            dialogs.show_error(self, self.tr("Could not save"), str(exc))
            return False
        return True

    def delete_case(self) -> None:
        document = self.document
        if document is None or self.journal is None:
            return
        title = document.case.title.strip() or QCoreApplication.translate("CaseListModel", UNTITLED)
        if not dialogs.ask_yes_no(
                self, self.tr("Move this case to the bin?"),
                fill(self.tr("“{title}” goes to the bin with all its opinions, questions, notes "
                        "and "
                        "attached files. It leaves the case list and search.\n\n"
                        "You can bring it back whole from File → Bin… until you choose "
                        "“Empty the bin”."), title=title),
                yes=self.tr("Move to the bin"), no=self.tr("Keep it")):
            return
        self.autosaver.flush()
        try:
            self.journal.delete_case(document.case_id)
        except JournalError as exc:
            dialogs.show_error(self, self.tr("Could not delete the case"), str(exc))
            return
        self.undo_group.removeStack(document.stack)
        self.documents.pop(document.case_id, None)
        self.document = None
        self.case_model.remove_case(document.case_id)
        if self.case_model.rowCount():
            self._select_row(0)
        else:
            self.show_case(None)
        self.statusBar().showMessage(
            fill(self.tr("Moved “{title}” to the bin. File → Bin… brings it back."), title=title),
            8000)

    # -- case files, history and the bin (ui/case_transfer.py) -----------------------------------

    @staticmethod
    def _transfer() -> Any:
        from secondop_desktop.ui import case_transfer  # loaded when first used

        return case_transfer

    def import_case_file(self, path: Path) -> str | None:
        """Import a case file and show its case and the merge report (also for ``secondop
        FILE``, see ui/open_case_file.py)."""
        return self._transfer().import_case_file(self, path)  # type: ignore[no-any-return]

    def _dropped_case_files(self, event: Any) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if self._transfer().is_case_file(p)]

    def dragEnterEvent(self, event: Any) -> None:
        if self.journal is not None and self._dropped_case_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:
        files = self._dropped_case_files(event) if self.journal is not None else []
        if not files:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        for path in files:
            self.import_case_file(path)

    def _add_opinion(self) -> None:
        from secondop_desktop.ui.case_page import TAB_OPINIONS

        self.case_page.show_tab(TAB_OPINIONS)
        self.case_page.opinions.add_opinion()

    # -- search -----------------------------------------------------------------------------------

    def open_room(self, opinion_id: str | None = None) -> Any:
        """The note-taking screen for the case on show (see ``ui/in_the_room.py``)."""
        if self.document is None:
            return None
        from secondop_desktop.ui.in_the_room import InTheRoom

        self.autosaver.flush()
        room = InTheRoom(self.document, self.autosaver.flush, self, opinion_id)
        room.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        room.finished.connect(lambda _result: self.case_page.reload())
        room.setWindowState(QtCore.Qt.WindowState.WindowMaximized)
        room.open()
        self.room = room
        return room

    def focus_search(self) -> None:
        self.search_box.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def clear_search(self) -> None:
        if self.search_box.text():
            self.search_box.clear()
        self._search_timer.stop()
        self.left_stack.setCurrentWidget(self.case_list)

    def _search_typed(self, _text: str) -> None:
        if self._results_list is None:
            self._build_results()  # made as the first search is typed, ready for its answer
        self._search_timer.start()

    def run_search(self, now: bool = False) -> None:
        """Search for what is in the search box: on a worker thread while the user types, at
        once (``now``) when they press Enter."""
        self._search_timer.stop()
        text = self.search_box.text().strip()
        if not text or self.journal is None:
            if self._searcher is not None:
                self._searcher.cancel()
            if self._results_model is not None:
                self._results_model.set_hits([])
            self.left_stack.setCurrentWidget(self.case_list)
            return
        self.autosaver.flush()  # search what was just typed too
        if not now:
            self.searcher.search(self.journal, text)
            return
        self.searcher.cancel()
        try:
            hits = self.journal.search(text, SEARCH_LIMIT)
        except JournalError as exc:
            self._show_hits([], str(exc))
        else:
            self._show_hits(hits, "")

    def _show_hits(self, hits: Any, error: str) -> None:
        if error:
            self.statusBar().showMessage(error, 8000)
        self.results_model.set_hits(hits)
        self.left_stack.setCurrentWidget(self.results_list if hits
                                         else self.no_results.parentWidget())
        if hits:
            self.results_list.setCurrentIndex(self.results_model.index(0))

    def _search_enter(self) -> None:
        self.run_search(now=True)
        if self.results_model.rowCount():
            self.results_list.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _result_activated(self, index: Any) -> None:
        from secondop_desktop.ui.search_model import HitRole  # loaded with the results

        hit = index.data(HitRole.Hit)
        if hit is None:
            return
        if self.open_case(hit.case_id) is not None:
            self.case_page.show_place(hit.kind, hit.object_id, hit.opinion_id)

    # -- files ------------------------------------------------------------------------------------

    def export_pdf(self) -> None:
        if self.document is None:
            return
        self.autosaver.flush()
        try:
            from secondop_desktop.ui.export_pdf import ExportPdfDialog
        except ImportError:
            dialogs.show_info(self, self.tr("Export PDF"), self.tr("Making a PDF is not available "
                                                                    "in this version."))
            return
        ExportPdfDialog(self.document.case, self).exec()

    def print_case(self) -> None:
        if self.document is None:
            return
        self.autosaver.flush()
        try:
            from secondop_desktop.report.options import PdfOptions, default_paper
            from secondop_desktop.ui.export_pdf import print_case_pdf
        except ImportError:
            dialogs.show_info(self, self.tr("Print"),
                              self.tr("Printing is not available in this version."))
            return
        print_case_pdf(self.document.case, PdfOptions(paper=default_paper()), self)

    # -- text size and about -------------------------------------------------------------------

    def set_text_size(self, percent: int) -> None:
        percent = settings.clamp_text_size(percent)
        settings.put(settings.TEXT_SIZE, percent)
        appearance.apply_text_size(percent)
        self._refresh_headings()
        self._wrap_case_titles(percent)
        self._widen_case_list(percent)
        self._check_size_action(percent)
        self.statusBar().showMessage(fill(self.tr("Text size {percent} %"), percent=percent), 4000)

    def _wrap_case_titles(self, percent: int) -> None:
        """From 150 % on, a case's title may take two lines in the list (few words fit one)."""
        wrap = percent >= WRAP_TITLES_FROM
        if self.case_model.wrap_titles != wrap:
            self.case_model.wrap_titles = wrap
            # Rows stay of one height (the model gives each three lines), so the
            # list keeps measuring one row, not a thousand (~250 ms at start at large text).
            self.case_list.doItemsLayout()

    def _widen_case_list(self, percent: int) -> None:
        """Larger text needs a wider case list to show titles; never more than a quarter of
        the window though (the case itself needs the room more; long titles wrap instead)."""
        if not self.isVisible():  # sizes mean nothing before the window is laid out
            QTimer.singleShot(0, lambda: self.isVisible() and self._widen_case_list(percent))
            return
        left, right = self.splitter.sizes()
        wanted = min(LEFT_WIDTH * percent // 100, (left + right) // 4)
        if left < wanted:
            self.splitter.setSizes([wanted, left + right - wanted])
        else:
            self._narrow_case_list()

    def _narrow_case_list(self) -> None:
        """In a small window (a laptop's 1024 px, say) the case list keeps to a quarter of the
        width: the open case needs the room more, and its pages must not be squeezed."""
        left, right = self.splitter.sizes()
        total = left + right
        if total >= SMALL_WINDOW_WIDTH or left <= total // 4:
            return
        narrow = max(total // 4, self.splitter.widget(0).minimumSizeHint().width())
        if narrow < left:
            self.splitter.setSizes([narrow, total - narrow])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._narrow_case_list()

    def _refresh_headings(self) -> None:
        for heading in self.findChildren(fields.Heading):
            heading.refresh_font()

    def set_high_contrast(self, on: bool) -> None:
        """View → High contrast: kept as a preference and shown at once."""
        settings.put(settings.HIGH_CONTRAST, int(on))
        theme.apply(QApplication.instance(), high_contrast=on)
        if hasattr(self, "high_contrast_action"):
            self.high_contrast_action.setChecked(on)

    def step_text_size(self, direction: int) -> None:
        self.set_text_size(settings.text_size() + direction * settings.TEXT_SIZE_STEP)

    def _check_size_action(self, percent: int) -> None:
        for value, action in self.size_actions.items():
            action.setChecked(value == percent)

    def show_help(self) -> Any:
        """The help page (with its "Back up now…", "Restore…" and "Check" buttons)."""
        from secondop_desktop.ui.help_page import HelpDialog

        dialog = HelpDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.help_dialog = dialog
        return dialog

    def show_about(self) -> None:
        from secondop_desktop import desktop_entry

        action = ""
        if desktop_entry.supported():
            action = (self.tr("Remove from the applications menu")
                      if desktop_entry.is_installed() else self.tr("Add to the applications menu"))
        if dialogs.show_about(
            self, fill(self.tr("About {app}"), app=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3>" + self.tr(
            "<p>A journal for getting a second medical opinion: what each doctor said, where "
            "they differ, and a summary to print.</p>"
            "<p>Your journal stays on this computer. SecondOp organises what your doctors said; "
            "it does not give medical advice.</p>"
            "<p>Free software under the GNU General Public License, version 3 or later.</p>"),
            action,
        ):
            self.toggle_applications_menu()

    def toggle_applications_menu(self) -> None:
        """Take SecondOp out of the desktop's applications menu (and its file type), or put it
        back; the choice is remembered, so a start does not undo it."""
        from secondop_desktop import desktop_entry

        try:
            if desktop_entry.is_installed():
                desktop_entry.uninstall()
                settings.put(settings.IN_APPLICATIONS_MENU, 0)
                message = self.tr("SecondOp is no longer in the applications menu. Help → About "
                                  "puts it back.")
            else:
                desktop_entry.install()
                settings.put(settings.IN_APPLICATIONS_MENU, 1)
                message = self.tr("SecondOp is in the applications menu again.")
        except OSError as exc:
            dialogs.show_error(self, self.tr("The applications menu was not changed"), str(exc))
            return
        self.statusBar().showMessage(message, 8000)

    # -- window state -----------------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = settings.get(settings.SPLITTER_STATE)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        # A position saved at a smaller text size must not keep the list too narrow now.
        percent = settings.text_size()  # one read of the file, not three
        self._wrap_case_titles(percent)
        self._widen_case_list(percent)
        self._check_size_action(percent)

    def _save_failed(self, message: str) -> None:
        if not self._save_error_shown:  # once: a full disk should not bury the user in boxes
            self._save_error_shown = True
            dialogs.show_error(self, self.tr("Your changes could not be saved"), message)

    def flush(self) -> bool:
        return self.autosaver.flush()

    # -- when saving fails ---------------------------------------------------------------------

    def _show_save_problem(self, message: str) -> None:
        """Say (and keep saying) above the open case that its latest changes are not saved;
        "" hides it again once they are."""
        if self._save_banner is None:
            if not message:
                return
            from secondop_desktop.ui.unsaved import SaveProblemBanner

            self._save_banner = SaveProblemBanner()
            self._save_banner.saveCopyRequested.connect(lambda: self.save_text_copy())
            self._right_layout.insertWidget(0, self._save_banner)
        self._save_banner.show_problem(message)

    def save_text_copy(self) -> bool:
        """Keep the case whose changes are not saved (else the open one) as a text file the
        user chooses. True when it was written."""
        case = self.autosaver.pending_case() or (self.document.case if self.document else None)
        if case is None:
            return False
        return self._keep_as_text(case, self.autosaver.problem, ask=True)

    def _keep_as_text(self, case: Case, reason: str, ask: bool) -> bool:
        from secondop_desktop.ui import unsaved  # seam: loaded when a save has failed

        if not ask:
            where = unsaved.emergency_copy(case, reason)
            if where is not None and not self._terminating:
                dialogs.show_info(self, self.tr("Your changes were kept as text"), fill(self.tr(
                    "The changes to “{title}” could not be saved in the journal; they are "
                    "kept as text in {path}."), title=case.title, path=where))
            return where is not None
        path = dialogs.ask_save_path(self, self.tr("Save the unsaved case as a text file"),
                                     Path.home() / unsaved.suggested_name(case),
                                     self.tr("Text files (*.txt)"))
        if path is None:
            return False
        try:
            unsaved.write_text_copy(case, path, reason)
        except OSError as exc:
            dialogs.show_error(self, self.tr("The text file could not be written"), fill(self.tr(
                "{path} could not be written ({problem}). Choose another place, for example "
                "a USB stick."), path=path, problem=exc.strerror or exc))
            return False
        self.statusBar().showMessage(fill(self.tr("Saved a copy as text: {path}"), path=path),
                                     8000)
        return True

    def _may_close_with_unsaved(self) -> bool:
        """Closing while changes are not saved: never silently. Asked (save them as text, keep
        the window open, or lose them); with no one to ask (the session is ending) they go to a
        text file in the data folder."""
        case = self.autosaver.pending_case()
        if case is None:
            return True
        if self._terminating:
            self._keep_as_text(case, self.autosaver.problem, ask=False)
            return True  # the session ends either way; the text copy is the best left to do
        title = case.title.strip() or QCoreApplication.translate("CaseListModel", UNTITLED)
        choice = dialogs.ask_unsaved(self, self.tr("Your changes are not saved"), fill(self.tr(
            "The latest changes to “{title}” could not be saved: {problem}\n\nSave them as a "
            "text file before closing? Nothing else is lost: everything saved before is in the "
            "journal."), title=title, problem=self.autosaver.problem))
        if choice == "save":
            return self.save_text_copy()
        return choice == "close"

    def terminate(self) -> None:
        """The session is ending (SIGTERM, SIGHUP, logging out): save now and close, asking
        nothing; what cannot be saved is kept as text."""
        self._terminating = True
        self.close()

    def commit_data(self) -> None:
        """The session manager's "commit data" request: everything typed is saved now."""
        if not self.autosaver.flush():
            case = self.autosaver.pending_case()
            if case is not None:
                self._keep_as_text(case, self.autosaver.problem, ask=False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._pending_case = None  # closed before the first case opened: it need not now
        if self._searcher is not None:
            self._searcher.cancel()
            self._searcher.wait()  # no search may run on after the journal closes
        if self.document is not None:
            self._drop_if_blank(self.document)
        if not self.autosaver.flush() and not self._may_close_with_unsaved():
            event.ignore()
            return
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.SPLITTER_STATE, self.splitter.saveState())
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._watching_focus:
            self._watching_focus = False
            app.focusChanged.disconnect(self._focus_changed)
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Text boxes keep their own little undo history and claim Ctrl+Z; here the case's
        # undo history (Edit menu) answers it everywhere, so one Ctrl+Z means one thing.
        if (event.type() == QEvent.Type.ShortcutOverride and _is_text_box(watched)
                and isinstance(watched, QWidget)
                and watched.window() is self and _is_undo_key(event)):
            event.ignore()
            return True
        return super().eventFilter(watched, event)
