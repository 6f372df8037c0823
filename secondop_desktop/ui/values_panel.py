# SPDX-License-Identifier: GPL-3.0-or-later
"""What matters to me: the patient's factors, each rated 0–5 and marked as favouring options,
and a picture of which factors favour each option.

The picture only shows what the patient said, option by option, in the options' usual order:
no total, no ranking, nothing that reads as the program picking an option.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSlider,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain.model import Case, Decision, ValueFactor, now_iso
from secondop_desktop.domain.options import FactorWeight, Option, favouring
from secondop_desktop.i18n import fill
from secondop_desktop.ui import fields, form_fields, step_words, theme, unreadable
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.step_words import RewordableTr

_Index = QModelIndex | QPersistentModelIndex
STARTER_FACTORS = (
    QT_TRANSLATE_NOOP("ValuesPanel", "Avoiding surgery"),
    QT_TRANSLATE_NOOP("ValuesPanel", "Fast relief"),
    QT_TRANSLATE_NOOP("ValuesPanel", "Returning to work or sport"),
    QT_TRANSLATE_NOOP("ValuesPanel", "Fewest side effects"),
    QT_TRANSLATE_NOOP("ValuesPanel", "Cost"),
    QT_TRANSLATE_NOOP("ValuesPanel", "Time away from family"),
)
# Calm colours for the picture's pieces, told apart by their names too (never colour alone).
HEADER_CHARS = 22  # an option's name in a column heading, shortened past this


def _tr(text: str) -> str:
    return step_words.translate("ValuesPanel", text)  # said again after View → Language


def importance_words(value: int) -> str:
    return fill(_tr("{value} of 5"), value=value) if value else _tr("Not rated")


class FactorsModel(QAbstractTableModel):
    """One row per factor: its name, how much it matters, then a tick per option it favours."""

    favoursToggled = Signal(int, str, bool)  # (factor row, option key, on)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.values: list[ValueFactor] = []
        self.options: list[Option] = []

    def set_data(self, values: list[ValueFactor], options: list[Option]) -> None:
        shape = (len(values), [o.key for o in options])
        same = shape == (len(self.values), [o.key for o in self.options])
        self.values, self.options = values, options
        if same and self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.endResetModel()

    @unreadable.guarded("what matters to me", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.values)

    @unreadable.guarded("what matters to me", unreadable.zero)
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self.options)

    @unreadable.guarded_data("what matters to me")
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.values):
            return None
        value = self.values[index.row()]
        column = index.column()
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return value.factor
            return None
        if column == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                dots = "●" * value.importance + "○" * (5 - value.importance)
                return f"{dots}  {importance_words(value.importance)}"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return fill(_tr("{factor}: matters {words}"),
                            factor=value.factor, words=importance_words(value.importance))
            return None
        option = self.options[column - 2]
        on = bool(option.keys & set(value.favours))
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return fill(_tr("{factor} favours {option}") if on
                    else _tr("{factor} does not favour {option}"),
                        factor=value.factor, option=option.label)
        return None

    @unreadable.guarded("what matters to me", unreadable.nothing)
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole):
            return None
        if section == 0:
            return _tr("What matters to me")
        if section == 1:
            return _tr("How much")
        if 0 <= section - 2 < len(self.options):
            label = self.options[section - 2].label
            if role == Qt.ItemDataRole.DisplayRole and len(label) > HEADER_CHARS:
                # shortened on screen; the tooltip and a screen reader have it whole
                label = label[:HEADER_CHARS - 1].rstrip() + "…"
            return fill(_tr("Favours {option}"), option=label)
        return None

    @unreadable.guarded("what matters to me", QAbstractTableModel.flags)
    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= 2:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    @unreadable.guarded("what matters to me", unreadable.refuse)
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() < 2:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) \
            else value
        self.favoursToggled.emit(index.row(), self.options[index.column() - 2].key, on)
        return True


class FavourPicture(QWidget):
    """For each option, a bar of the factors that favour it, each as wide as it matters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("favour_picture")
        self.rows: list[tuple[str, list[FactorWeight]]] = []
        self.setAccessibleName(self.tr("What favours each option"))

    def set_rows(self, rows: list[tuple[str, list[FactorWeight]]]) -> None:
        self.rows = rows
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        lines = []
        for label, weights in self.rows:
            said = ", ".join(f"{w.factor} ({importance_words(w.importance)})" for w in weights)
            lines.append(f"{label}: {said or self.tr('nothing you marked')}")
        return "\n".join(lines)

    def _line(self) -> int:
        return self.fontMetrics().height()

    def _lines(self) -> int:
        # Each option: its name, then one line per factor (or one saying there is none).
        return sum(1 + max(1, len(weights)) for _, weights in self.rows)

    def sizeHint(self) -> QSize:
        return QSize(400, self._lines() * (self._line() + 4) + len(self.rows) * 6 + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        line = self._line()
        step = line + 4
        width = self.width() - 8
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText)
        metrics = self.fontMetrics()
        # One scale for every option: a bar as long as the factor matters (0-5), never a total.
        unit = max(4.0, min(width / 3.0, metrics.averageCharWidth() * 30) / 5.0)
        colours: dict[str, QColor] = {}
        chart = theme.current().chart  # each bar 3:1 on the page, and named beside it
        y = 4.0
        for label, weights in self.rows:
            painter.setPen(text_colour)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(QRectF(4, y, width, line), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, width))
            font.setBold(False)
            painter.setFont(font)
            y += step
            if not weights:
                painter.setPen(quiet)
                painter.drawText(QRectF(16, y, width - 12, line), Qt.AlignmentFlag.AlignVCenter,
                                 self.tr("Nothing you marked favours it yet"))
                y += step
            for weight in weights:
                colour = colours.setdefault(weight.factor,
                                            QColor(chart[len(colours) % len(chart)]))
                bar = unit * max(0, min(5, weight.importance))
                painter.fillRect(QRectF(16, y + 2, unit * 5, line - 4),
                                 self.palette().color(QPalette.ColorRole.Midlight))
                painter.fillRect(QRectF(16, y + 2, bar, line - 4), colour)
                words = f"{weight.factor} ({importance_words(weight.importance)})"
                left = 16 + unit * 5 + 8
                painter.setPen(text_colour)
                painter.drawText(QRectF(left, y, width - left, line),
                                 Qt.AlignmentFlag.AlignVCenter,
                                 metrics.elidedText(words, Qt.TextElideMode.ElideRight,
                                                    int(width - left)))
                y += step
            y += 6
        painter.end()


class ValuesPanel(RewordableTr, QWidget):
    """Factors, their slider, the ticks of the options they favour, and the picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("values_panel")
        self.document: CaseDocument | None = None
        self.options: list[Option] = []
        self.model = FactorsModel(self)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        add_row = QHBoxLayout()
        self.factor_choice = QComboBox()
        fields.name(self.factor_choice, "factor_choice", self.tr("A factor to add"))
        self.factor_choice.setEditable(True)
        self.factor_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.factor_choice.setMinimumContentsLength(8)  # its row fits 1024 px at 200 % in Spanish
        self.factor_choice.addItems([_tr(f) for f in STARTER_FACTORS])
        self.factor_choice.setCurrentIndex(-1)
        self.factor_choice.lineEdit().setPlaceholderText(
            self.tr("Choose or type what matters to you"))
        # The box typed in is read on its own over AT-SPI: it says what it is for too.
        self.factor_choice.lineEdit().setAccessibleName(self.tr("A factor to add"))
        self.add_factor = fields.button("factor_add", self.tr("Add"),
                                        self.tr("Add what matters to you"))
        self.remove_factor = fields.button("factor_remove", self.tr("Remove"),
                                           self.tr("Remove this factor"))
        add_row.addWidget(self.factor_choice, 1)
        add_row.addWidget(self.add_factor)
        add_row.addWidget(self.remove_factor)
        layout.addLayout(add_row)

        self.table = QTableView()
        fields.readable_headers(self.table)
        fields.name(self.table, "factors_table", self.tr("What matters to me"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 9)
        layout.addWidget(self.table)

        rate_row = QHBoxLayout()
        self.rate_label = QLabel(self.tr("How much it matters:"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        fields.name(self.slider, "importance_slider", self.tr("How much it matters"))
        self.slider.setRange(0, 5)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rate_label.setBuddy(self.slider)
        self.rate_value = QLabel("")
        self.rate_value.setObjectName("importance_value")
        rate_row.addWidget(self.rate_label)
        rate_row.addWidget(self.slider, 1)
        rate_row.addWidget(self.rate_value)
        layout.addLayout(rate_row)

        layout.addWidget(fields.Heading(self.tr("What favours each option"), 1.05,
                                        "favour_heading"))
        layout.addWidget(form_fields.hint_label(self.tr(
            "A picture of what you said matters, next to each option. It does not add anything "
            "up or pick an option for you: that choice is yours, with your doctors.")))
        self.picture = FavourPicture()
        layout.addWidget(self.picture)

        self.add_factor.clicked.connect(self._add)
        self.factor_choice.lineEdit().returnPressed.connect(self._add)
        self.remove_factor.clicked.connect(self._remove)
        self.slider.valueChanged.connect(self._rated)
        self.model.favoursToggled.connect(self._favours)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

    # -- the document ---------------------------------------------------------------------

    def set_document(self, document: CaseDocument | None, options: list[Option]) -> None:
        self.document = document
        self.options = options
        self.load()

    def set_options(self, options: list[Option]) -> None:
        self.options = options
        self.load()

    def _values(self) -> list[ValueFactor]:
        case = self.document.case if self.document else None
        return case.decision.values if case and case.decision else []

    def load(self) -> None:
        row = self.table.currentIndex().row()
        self.model.set_data(self._values(), self.options)
        if self.model.rowCount():
            row = min(max(row, 0), self.model.rowCount() - 1)
            if self.table.currentIndex().row() != row:
                self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_current()
        case = self.document.case if self.document else None
        weights = favouring(case, self.options) if case else {}
        self.picture.set_rows([(o.label, weights.get(o.key, [])) for o in self.options])

    def current_row(self) -> int:
        row = self.table.currentIndex().row()
        return row if 0 <= row < self.model.rowCount() else -1

    def select_factor(self, factor: str) -> None:
        for row, value in enumerate(self.model.values):
            if value.factor == factor:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return
        raise KeyError(factor)

    def _show_current(self) -> None:
        row = self.current_row()
        has = row >= 0
        self.slider.setEnabled(has)
        self.remove_factor.setEnabled(has)
        value = self.model.values[row] if has else None
        self.slider.blockSignals(True)
        self.slider.setValue(value.importance if value else 0)
        self.slider.blockSignals(False)
        self.rate_value.setText(importance_words(value.importance) if value else "")
        if value is not None:
            self.slider.setAccessibleName(fill(self.tr("How much “{factor}” matters, 0 to 5"),
                                               factor=value.factor))
            self.remove_factor.setAccessibleName(fill(self.tr("Remove “{factor}”"),
                                                      factor=value.factor))

    # -- changes --------------------------------------------------------------------------

    def _edit(self, key: str, what: str, change: Any, mergeable: bool = True) -> None:
        if self.document is None:
            return

        def apply(case: Case) -> None:
            if case.decision is None:
                case.decision = Decision()
            change(case.decision)
            case.decision.updated_at = now_iso()

        self.document.edit(key, what, apply, mergeable=mergeable)
        self.load()

    def _add(self) -> None:
        factor = " ".join(self.factor_choice.currentText().split())
        if not factor or self.document is None:
            return
        if any(v.factor.casefold() == factor.casefold() for v in self._values()):
            self.select_factor(next(v.factor for v in self._values()
                                    if v.factor.casefold() == factor.casefold()))
            return
        self._edit("values:add", self.tr("Add what matters to you"),
                   lambda d: d.values.append(ValueFactor(factor=factor, importance=3)),
                   mergeable=False)
        self.factor_choice.setCurrentIndex(-1)
        self.factor_choice.clearEditText()
        self.select_factor(factor)
        self.slider.setFocus()

    def _remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self._edit("values:remove", self.tr("Remove a factor"),
                   lambda d: d.values.pop(row), mergeable=False)

    def _rated(self, value: int) -> None:
        row = self.current_row()
        if row < 0:
            return

        def change(decision: Decision) -> None:
            decision.values[row].importance = int(value)

        self._edit(f"values:{row}:importance", self.tr("Rate what matters"), change)

    def _favours(self, row: int, key: str, on: bool) -> None:
        option = next((o for o in self.options if o.key == key), None)
        if option is None:
            return

        def change(decision: Decision) -> None:
            favours = [k for k in decision.values[row].favours if k not in option.keys]
            if on:
                favours.append(option.key)
            decision.values[row].favours = favours

        self._edit(f"values:{row}:favours", self.tr("Mark what an option is good for"), change,
                   mergeable=False)
