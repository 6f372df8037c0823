# SPDX-License-Identifier: GPL-3.0-or-later
"""The options side by side: the list of options and, for the one chosen, its Option Grid.

The grid has one row per question a patient asks about a treatment (what it involves, benefits,
risks and side effects, recovery, how soon, cost or coverage) and one column per doctor. What a
doctor did not say shows as "Not said — click to ask": one click (or Enter) on it adds the
question to the case's questions. A doctor's words can be filled in here too (F2 or typing on a
cell of a doctor who named the option); they are the recommendation's own fields.

One medicine at two doses is one option (the name is what makes an option), so such an option
never looks like agreement: its line in the list and the grid's heading carry the mark ("≠ Same
medicine, different dose") with what each doctor wrote, and the grid's first row holds each
doctor's words as written, dose and all (``Option.gaps``, read as the comparison engine reads them).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain.model import Case, Decision, Question, now_iso
from secondop_desktop.domain.options import (
    ROW_LABELS,
    ROWS,
    Option,
    OptionEntry,
    gather_options,
    own_key,
    own_options,
    starter_own_options,
)
from secondop_desktop.i18n import fill
from secondop_desktop.ui import fields, form_fields, unreadable
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.compare_flow import FlowLayout
from secondop_desktop.ui.rows_when_shown import fit_rows_when_shown
from secondop_desktop.ui.step_words import RewordableTr
from secondop_desktop.ui.words import word

_Index = QModelIndex | QPersistentModelIndex
# The rows a doctor's words can be typed into (risks and side effects are two fields in one row).
EDITABLE_ROWS = ("involves", "benefits", "recovery", "timing", "cost")
ROW_TOPICS = {"risks": "risks", "cost": "logistics", "timing": "logistics"}
EmptyRole = Qt.ItemDataRole.UserRole + 1
"""True for a cell the doctor left empty ("not said")."""
WRITTEN = "written"
"""The row, first in an option whose doctors wrote it differently, of each doctor's words."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("OptionGrid", text)


def gap_lines(option: Option) -> list[str]:
    """What each doctor wrote where the option's doctors differ, once each."""
    return list(dict.fromkeys(gap.words() for gap in option.gaps))


def _font(*, bold: bool = False, italic: bool = False) -> QFont:
    """The application's font, in bold (the rows' labels) or italic (a cell not said)."""
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


class OptionListModel(QAbstractListModel):
    """The options, one per row: the treatment and who named it (or "Your own option")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.options: list[Option] = []

    def set_options(self, options: list[Option]) -> None:
        def shown(option: Option) -> tuple[object, ...]:
            return option.key, option.label, option.named_by(), gap_lines(option)

        if [shown(o) for o in options] == [shown(o) for o in self.options]:
            self.options = options
            return
        self.beginResetModel()
        self.options = options
        self.endResetModel()

    @unreadable.guarded("the options", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.options)

    @unreadable.guarded_data("the options")
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.options):
            return None
        option = self.options[index.row()]
        who = (_tr("Your own option") if option.own
               else fill(_tr("Named by {doctors}"), doctors=", ".join(option.named_by())))
        mark = option.gap_mark()
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(line for line in (option.label, who, mark) if line)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            # Heard without the mark's symbol ("~" would be read as "tilde"); seen with it.
            if role == Qt.ItemDataRole.AccessibleTextRole:
                mark = option.gap_words()
            said = "".join(f" {line}." for line in [mark, *gap_lines(option)] if line)
            return f"{option.label}. {who}.{said}" if said else f"{option.label}. {who}"
        if role == Qt.ItemDataRole.UserRole:
            return option.key
        return None


class OptionGridModel(QAbstractTableModel):
    """One option's grid: rows are ``ROWS``, columns the case's doctors."""

    cellEdited = Signal(str, str, str, str)
    """(opinion id, recommendation id, field, text) when a doctor's words are typed in."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.case: Case | None = None
        self.option: Option | None = None
        self._columns: list[tuple[str, str]] = []  # (opinion id, doctor)
        self._rows: tuple[str, ...] = ROWS

    def set_option(self, case: Case | None, option: Option | None) -> None:
        columns = [(o.id, o.doctor) for o in case.opinions] if case else []
        rows = ((WRITTEN,) if option is not None and option.gaps else ()) + ROWS
        same_shape = (columns == self._columns and rows == self._rows
                      and (option is None) == (self.option is None))
        self.case, self.option = case, option
        self._rows = rows
        if same_shape and self.rowCount() and self.columnCount():
            self._columns = columns
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    @unreadable.guarded("the options", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.option is None else len(self._rows)

    def row_name(self, row: int) -> str:
        """``WRITTEN`` or one of ``ROWS``."""
        return self._rows[row]

    @unreadable.guarded("the options", unreadable.zero)
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        # Column 0 names the row (a cell, not the header, so its words wrap at large text).
        return 0 if parent.isValid() or self.option is None else 1 + len(self._columns)

    def opinion_id(self, column: int) -> str:
        return self._columns[column - 1][0]

    def _entry(self, index: _Index) -> OptionEntry | None:
        if self.option is None or not index.isValid() or index.column() < 1:
            return None
        return self.option.entry_for(self.opinion_id(index.column()))

    def text(self, index: _Index) -> str:
        if self.option is None or not index.isValid() or index.column() < 1:
            return ""
        row = self.row_name(index.row())
        if row == WRITTEN:
            return self.option.written(self.opinion_id(index.column()))
        return self.option.cell(row, self.opinion_id(index.column()))

    @unreadable.guarded_data("the options")
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.option is None or not index.isValid():
            return None
        row = self.row_name(index.row())
        if row == WRITTEN:
            return self._written_data(index, role)
        label = word(ROW_LABELS[row])  # the domain's words: gettext, not this Qt context
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return label
            if role == Qt.ItemDataRole.FontRole:
                return _font(bold=True)
            return None
        doctor = self._columns[index.column() - 1][1]
        text = self.text(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return text or _tr("Not said — click to ask")
        if role == Qt.ItemDataRole.EditRole:
            entry = self._entry(index)
            return str(getattr(entry.recommendation, row, "") or "") if entry else ""
        if role == EmptyRole:
            return not text
        if role == Qt.ItemDataRole.FontRole and not text:
            return _font(italic=True)
        if role == Qt.ItemDataRole.ForegroundRole and not text:
            return QPalette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if text:
                return f"{doctor}, {label}: {text}"
            return fill(_tr("{doctor}, {row}: not said. Click to add the question: {question}"),
                        doctor=doctor, row=label, question=self.question(index))
        return None

    def _written_data(self, index: _Index, role: int) -> Any:
        """The first row of an option its doctors wrote differently: the mark, then each
        doctor's words as written (never a cell to ask from or type into)."""
        assert self.option is not None
        mark = self.option.gap_mark()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            mark = self.option.gap_words()  # heard without its symbol
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return mark
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join([mark, *gap_lines(self.option)])
            if role == Qt.ItemDataRole.FontRole:
                return _font(bold=True)
            return None
        doctor = self._columns[index.column() - 1][1]
        text = self.text(index) or _tr("Did not name it")
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == EmptyRole:
            return False
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return fill(_tr("{doctor} wrote: {treatment}. {mark}"), doctor=doctor,
                        treatment=text, mark=mark)
        if role == Qt.ItemDataRole.FontRole:
            return _font(bold=True)
        return None

    def question(self, index: _Index) -> str:
        row = self.row_name(index.row())
        return self.option.question(row) if self.option and row != WRITTEN else ""

    @unreadable.guarded("the options", unreadable.nothing)
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role != Qt.ItemDataRole.DisplayRole or self.option is None
                or orientation != Qt.Orientation.Horizontal):
            return None
        if section == 0:
            return ""
        if 1 <= section <= len(self._columns):
            opinion_id, doctor = self._columns[section - 1]
            named = self.option.entry_for(opinion_id) is not None
            return doctor if named else fill(_tr("{doctor} (did not name it)"), doctor=doctor)
        return None

    @unreadable.guarded("the options", QAbstractTableModel.flags)
    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.row_name(index.row()) in EDITABLE_ROWS and self._entry(index) is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    @unreadable.guarded("the options", unreadable.refuse)
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entry = self._entry(index)
        if (role != Qt.ItemDataRole.EditRole or entry is None
                or self.row_name(index.row()) not in EDITABLE_ROWS):
            return False
        self.cellEdited.emit(entry.opinion_id, entry.recommendation.id,
                             self.row_name(index.row()), str(value))
        return True


def _signature(case: Case | None) -> object:
    """What the options and their grids are made of, to tell whether an edit changed them."""
    if case is None:
        return None
    return (
        tuple((o.id, o.doctor, tuple(
            (r.id, r.treatment, r.category, r.preferred, r.urgency, r.benefits, r.risks,
             r.side_effects, r.involves, r.recovery, r.timing, r.cost)
            for r in o.recommendations)) for o in case.opinions),
        tuple(own_options(case)),
    )


class OptionsPanel(RewordableTr, QWidget):
    """The options list, the grid of the option chosen in it, and the patient's own options."""

    message = Signal(str)
    optionsChanged = Signal()
    questionAdded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("options_panel")
        self.document: CaseDocument | None = None
        self.list_model = OptionListModel(self)
        self.grid_model = OptionGridModel(self)
        self._signature: object = None
        self._fit_pending = False
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.option_list = QListView()
        fields.name(self.option_list, "options_list", self.tr("Your options"))
        self.option_list.setModel(self.list_model)
        self.option_list.setMaximumHeight(self.option_list.fontMetrics().height() * 12)
        self.option_list.setWordWrap(True)
        self.option_list.setSpacing(2)
        layout.addWidget(self.option_list)

        self.own_edit = fields.line_edit("own_option_edit", self.tr("An option of your own"),
                                         self.tr("An option of your own, e.g. Wait and see"))
        self.add_own = fields.button("own_option_add", self.tr("Add option"),
                                     self.tr("Add your own option"))
        self.remove_own = fields.button("own_option_remove", self.tr("Remove this option"))
        # The text box on a line of its own: at large text it keeps room for the words.
        layout.addWidget(self.own_edit)
        # Its two buttons go one under the other where they do not fit side by side ("Añadir
        # opción", "Quitar esta opción" at 200 % in a small window).
        own = QWidget()
        own.setObjectName("own_option_buttons")
        flow = FlowLayout(own, spacing=6, one_line_hint=True)
        flow.addWidget(self.add_own)
        flow.addWidget(self.remove_own)
        layout.addWidget(own)

        self.grid_heading = fields.Heading("", 1.1, "option_grid_heading")
        self.grid_heading.setWordWrap(True)
        layout.addWidget(self.grid_heading)
        # Where the option's doctors wrote its dose, rhythm or route differently: said in words.
        self.gap_label = QLabel()
        self.gap_label.setObjectName("option_gap")
        self.gap_label.setTextFormat(Qt.TextFormat.PlainText)  # doctors' names are user text
        self.gap_label.setWordWrap(True)
        self.gap_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.gap_label)
        layout.addWidget(form_fields.hint_label(self.tr(
            "Each doctor's words in their own column. Where a doctor did not say, click the "
            "cell to add the question to your list. To fill in what a doctor told you, select "
            "the cell and start typing.")))
        self.grid = QTableView()
        fields.readable_headers(self.grid)
        fields.name(self.grid, "option_grid", self.tr("The option side by side"))
        self.grid.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move inside it
        self.grid.setModel(self.grid_model)
        self.grid.setWordWrap(True)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.grid.verticalHeader().hide()
        fit_rows_when_shown(self.grid)
        layout.addWidget(self.grid)
        self.empty_label = QLabel(self.tr("No options yet: add the doctors' recommendations on "
                                          "the Opinions tab, or an option of your own."))
        self.empty_label.setObjectName("options_empty")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        self.option_list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.grid.clicked.connect(self._cell_clicked)
        self.grid.activated.connect(self._cell_clicked)
        self.grid_model.cellEdited.connect(self._cell_edited)
        self.add_own.clicked.connect(self._add_own)
        self.own_edit.returnPressed.connect(self._add_own)
        self.remove_own.clicked.connect(self._remove_own)

    # -- the document ---------------------------------------------------------------------

    def set_document(self, document: CaseDocument | None) -> None:
        self.document = document
        self.load()

    def options(self) -> list[Option]:
        return list(self.list_model.options)

    def load(self, force: bool = True) -> None:
        """Show the case's options; with ``force=False`` only if what they are made of changed
        (every edit anywhere in the case calls this; most change nothing here)."""
        case = self.document.case if self.document else None
        signature = _signature(case)
        if not force and signature == self._signature:
            return
        self._signature = signature
        current = self.current_option()
        key = current.key if current else None
        self.list_model.set_options(gather_options(case) if case else [])
        row = next((i for i, o in enumerate(self.list_model.options)
                    if key is not None and (o.key == key or key in o.keys)), 0)
        if self.list_model.rowCount():
            index = self.list_model.index(row)
            if self.option_list.currentIndex() != index:
                self.option_list.setCurrentIndex(index)
        self._show_current()
        self.optionsChanged.emit()

    def current_option(self) -> Option | None:
        row = self.option_list.currentIndex().row()
        options = self.list_model.options
        return options[row] if 0 <= row < len(options) else None

    def select_option(self, label: str) -> None:
        for row, option in enumerate(self.list_model.options):
            if option.label == label:
                self.option_list.setCurrentIndex(self.list_model.index(row))
                return
        raise KeyError(label)

    def _show_current(self) -> None:
        option = self.current_option()
        case = self.document.case if self.document else None
        self.grid_model.set_option(case, option)
        has = option is not None
        self.grid.setVisible(has)
        self.grid_heading.setVisible(has)
        self.empty_label.setVisible(not has)
        self.remove_own.setEnabled(bool(option and option.own))
        mark = option.gap_mark() if option is not None else ""
        self.gap_label.setVisible(bool(mark))
        if option is not None:
            lines = gap_lines(option)
            self.gap_label.setText("\n".join([mark, *lines]) if mark else "")
            self.gap_label.setAccessibleName(option.gap_words())  # heard without its symbol
            self.gap_label.setAccessibleDescription(" ".join(f"{line}." for line in lines))
            self.grid_heading.setText(option.label)
            self.grid.setAccessibleName(fill(self.tr("{option}, side by side"),
                                             option=option.label))
            self._fit_grid()

    def _fit_grid(self) -> None:
        """As tall as its rows (the page scrolls, not the grid), so no empty band below; the
        row names as wide as they need, up to a quarter of the grid."""
        grid = self.grid
        if not grid.isVisible():
            # Measured when shown: a hidden page need not lay out every cell on each change.
            self._fit_pending = True
            return
        self._fit_pending = False
        if grid.model().rowCount() == 0:
            return
        wanted = grid.sizeHintForColumn(0) + 8
        grid.setColumnWidth(0, max(60, min(wanted, grid.viewport().width() // 4)))
        grid.resizeRowsToContents()
        rows = sum(grid.rowHeight(r) for r in range(grid.model().rowCount()))
        bar = grid.horizontalScrollBar()
        extra = bar.sizeHint().height() if bar.isVisible() else 0
        grid.setFixedHeight(grid.horizontalHeader().height() + rows + 2 * grid.frameWidth()
                            + extra)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapped words take more or fewer lines at another width.
        self._fit_grid()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_grid()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_grid()

    # -- actions --------------------------------------------------------------------------

    def _cell_clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or not index.data(EmptyRole) or self.document is None:
            return
        text = self.grid_model.question(index)
        if any(q.text.strip() == text for q in self.document.case.questions):
            self.message.emit(self.tr("That question is already on your list."))
            return
        stamp = now_iso()
        topic = ROW_TOPICS.get(self.grid_model.row_name(index.row()), "treatment")
        question = Question(text=text, topic=topic, created_at=stamp, updated_at=stamp)
        self.document.edit("questions:add", self.tr("Add a question"),
                           lambda case: case.questions.append(question), mergeable=False)
        self.questionAdded.emit()
        self.message.emit(fill(self.tr("Added to your questions: {question}"), question=text))

    def _cell_edited(self, opinion_id: str, rec_id: str, row: str, text: str) -> None:
        if self.document is None:
            return

        def change(case: Case) -> None:
            opinion = case.opinion(opinion_id)
            rec = next((r for r in opinion.recommendations if r.id == rec_id), None) \
                if opinion else None
            if rec is not None:
                setattr(rec, row, text)
                rec.updated_at = now_iso()

        self.document.edit(f"option:{rec_id}:{row}", self.tr("Change what a doctor said"),
                           change)
        self.load()

    def _own_labels(self) -> list[str]:
        case = self.document.case if self.document else None
        return own_options(case) if case else starter_own_options()

    def _add_own(self) -> None:
        label = " ".join(self.own_edit.text().split())
        if not label or self.document is None:
            return
        labels = self._own_labels()
        if own_key(label) in {own_key(x) for x in labels}:
            self.message.emit(fill(self.tr("“{option}” is already one of your options."),
                                   option=label))
            return

        def change(case: Case) -> None:
            if case.decision is None:
                case.decision = Decision()
            case.decision.own_options = [*labels, label]
            case.decision.updated_at = now_iso()

        self.document.edit("decision:own_options", self.tr("Add an option of your own"), change,
                           mergeable=False)
        self.own_edit.clear()
        self.load()
        self.select_option(label)

    def _remove_own(self) -> None:
        option = self.current_option()
        if option is None or not option.own or self.document is None:
            return
        labels = [x for x in self._own_labels() if own_key(x) != option.key]

        def change(case: Case) -> None:
            if case.decision is None:
                case.decision = Decision()
            case.decision.own_options = labels
            case.decision.updated_at = now_iso()

        self.document.edit("decision:own_options", self.tr("Remove an option of your own"),
                           change, mergeable=False)
        self.load()
