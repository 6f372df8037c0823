# SPDX-License-Identifier: GPL-3.0-or-later
"""A date field one types in, in one's own words, that may stay empty and never holds the focus.

``DateField`` is a text box (``date_edit``, a ``DateLineEdit``) with a calendar button and a
"Clear date" button. Typed text is read by ``date_text.parse_date`` in the user's locale ("3
December 2026", "3/12/2026", "2026-12-03" …) and saved as soon as it is a whole date; on leaving
the box it is written back in the locale's long form. Text that is not a date is kept as typed,
not saved, and a line under the box says what to type; Tab leaves the box whatever it holds. An
empty box is "no date". Up and Down move the date a day (from today when it is empty).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from secondop_desktop.i18n import fill
from secondop_desktop.ui.compare_flow import FlowLayout
from secondop_desktop.ui.date_text import format_date, parse_date
from secondop_desktop.ui.fields import button, name


def _tr(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


class DateLineEdit(QLineEdit):
    """The box: ``dateCommitted`` carries each whole date typed (or None when emptied)."""

    dateCommitted = Signal(object)  # QDate or None

    def __init__(self) -> None:
        super().__init__()
        self._date: QDate | None = None
        example = format_date(QDate.currentDate())
        self.setPlaceholderText(fill(_tr("e.g. {example}"), example=example))
        self.setToolTip(fill(_tr("Type the date, e.g. {example}, or leave it empty"),
                             example=example))
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self.tidy)

    def date(self) -> QDate | None:
        return QDate(self._date) if self._date is not None else None

    def setDate(self, date: QDate | None) -> None:  # noqa: N802 - as QDateEdit names it
        """Show ``date`` and commit it (as a day picked in the calendar is)."""
        self._show(date)
        self._commit(date)

    def show_date(self, date: QDate | None) -> None:
        """Show ``date`` without committing it (a stored value being displayed)."""
        self._show(date)
        self._date = date

    def show_date_quietly(self, date: QDate | None) -> None:
        """Take ``date`` as the stored value without touching the text being typed."""
        self._date = date

    def is_valid(self) -> bool:
        """False while the box holds text that is not a date."""
        return not self.text().strip() or parse_date(self.text()) is not None

    def _show(self, date: QDate | None) -> None:
        text = format_date(date) if date is not None else ""
        if self.text() != text:
            self.setText(text)

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._commit(None)
            return
        date = parse_date(text)
        if date is not None:
            self._commit(date)

    def _commit(self, date: QDate | None) -> None:
        if date != self._date:
            self._date = date
            self.dateCommitted.emit(date)

    def tidy(self) -> None:
        """On leaving the box: a date written in full; other text left as typed."""
        if self.is_valid():
            self._show(self._date if self.text().strip() else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            current = parse_date(self.text()) if self.text().strip() else None
            self.setDate(current.addDays(step) if current is not None else QDate.currentDate())
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """The box, the calendar and "Clear date", with the line that explains a date not understood.
    ``edited`` carries "YYYY-MM-DD" or None."""

    edited = Signal(object)

    def __init__(self, object_name: str, accessible: str) -> None:
        super().__init__()
        self.setObjectName(f"{object_name}_field")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        # The box with its buttons beside it, or the buttons under the box where the form is
        # narrow (large text in a small window): the field never forces the form wider.
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._stacked: bool | None = None
        self.date_edit = DateLineEdit()
        name(self.date_edit, object_name, accessible)
        self.date_edit.setMinimumWidth(self.date_edit.fontMetrics().horizontalAdvance("0") * 10)
        self.calendar_button = QToolButton()
        name(self.calendar_button, f"{object_name}_calendar",
             fill(_tr("{field}: choose in a calendar"), field=accessible))
        self.calendar_button.setText(_tr("Calendar…"))
        self.calendar_button.setToolTip(_tr("Choose the day in a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.calendar_menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget()
        name(self.calendar, f"{object_name}_calendar_view",
             fill(_tr("{field}: calendar"), field=accessible))
        self.calendar.setGridVisible(True)
        picker = QWidgetAction(self.calendar_menu)
        picker.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(picker)
        self.calendar_button.setMenu(self.calendar_menu)
        self.clear_button = button(f"{object_name}_clear", _tr("Clear date"),
                                   fill(_tr("{field}: clear"), field=accessible))
        self.clear_button.setToolTip(_tr("Leave the date empty"))
        self.buttons = QWidget()
        self.buttons.setObjectName(f"{object_name}_buttons")
        # The two buttons wrap, one under the other, where even they do not fit side by side
        # ("Calendario…" and "Borrar la fecha" at 200 % in a small window).
        row = FlowLayout(self.buttons, spacing=6, one_line_hint=True)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        self._grid.addWidget(self.date_edit, 0, 0)
        self._arrange(stacked=False)
        column.addLayout(self._grid)
        self.problem_label = QLabel()
        self.problem_label.setObjectName(f"{object_name}_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        column.addWidget(self.problem_label)

        self.date_edit.dateCommitted.connect(self._committed)
        self.date_edit.textEdited.connect(lambda _text: self._check(quiet=True))
        self.date_edit.editingFinished.connect(self._check)
        self.calendar_menu.aboutToShow.connect(self._calendar_opens)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.clear_button.clicked.connect(self._clear)
        self.setFocusProxy(self.date_edit)

    def _arrange(self, stacked: bool) -> None:
        if stacked == self._stacked:
            return
        self._stacked = stacked
        self._grid.removeWidget(self.buttons)
        if stacked:
            self._grid.addWidget(self.buttons, 1, 0)
            self._grid.setColumnStretch(1, 0)
        else:
            self._grid.addWidget(self.buttons, 0, 1)
        self._grid.setColumnStretch(0, 1)

    def _one_row_width(self) -> int:
        # Beside each other only when a long date fits in the box with the buttons.
        longest = format_date(QDate(2026, 9, 30))
        box = self.date_edit.fontMetrics().horizontalAdvance(longest) + 24
        return box + self.buttons.sizeHint().width() + self._grid.horizontalSpacing()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        narrowest = max(self.date_edit.minimumWidth(), self.buttons.minimumSizeHint().width())
        return QSize(min(hint.width(), narrowest), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(stacked=event.size().width() < self._one_row_width())

    def value(self) -> str | None:
        date = self.date_edit.date()
        return date.toString(Qt.DateFormat.ISODate) if date is not None else None

    def set_value(self, value: str | None) -> None:
        date = QDate.fromString(value, Qt.DateFormat.ISODate) if value else None
        if date is not None and not date.isValid():
            date = None
        box = self.date_edit
        if box.hasFocus() and box.text().strip():
            typed = parse_date(box.text())
            if typed is None or typed == date:
                box.show_date_quietly(date)  # the user is typing: their text stays as it is
                return
        box.show_date(date)
        self._check()

    def _committed(self, _date: object) -> None:
        self.edited.emit(self.value())

    def _check(self, quiet: bool = False) -> None:
        """Say what to type when the text is not a date (once the user leaves the box, or
        at once when it becomes one again)."""
        valid = self.date_edit.is_valid()
        if valid:
            self.problem_label.setVisible(False)
            self.date_edit.setAccessibleDescription("")
        elif not quiet:
            text = fill(_tr("“{text}” is not a date SecondOp understands, so it is not saved. Type "
                       "it like {example}, or leave the box empty."),
                        text=self.date_edit.text().strip(),
                        example=format_date(QDate.currentDate()))
            self.problem_label.setText(text)
            self.problem_label.setVisible(True)
            self.date_edit.setAccessibleDescription(text)
        self.date_edit.setProperty("invalid", not valid)

    def _calendar_opens(self) -> None:
        date = self.date_edit.date() or QDate.currentDate()
        self.calendar.setSelectedDate(date)
        self.calendar.setCurrentPage(date.year(), date.month())

    def _picked(self, date: QDate) -> None:
        self.calendar_menu.close()
        self.date_edit.setDate(date)
        self._check()
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear(self) -> None:
        self.date_edit.setDate(None)
        self._check()
