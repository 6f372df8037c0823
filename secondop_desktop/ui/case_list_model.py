# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list on the left of the main window, as a Qt list model with named roles.

Filled from the journal a page at a time (``set_source``): the first page at once, the next ones
as the list is scrolled to its end (Qt's ``canFetchMore``/``fetchMore``), so a journal of 10,000
cases starts as fast as one of 50.

Each row's text comes fitted to the list's width (``fit_to``) and Qt's own delegate draws it: no
Python is called to paint a row, and the window's first paint does without the style option
classes a Python delegate needs (about 1 % of the start)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
)
from shiboken6 import isValid

from secondop_desktop.i18n import fill
from secondop_desktop.store.errors import JournalError
from secondop_desktop.store.journal import CaseSummary
from secondop_desktop.ui import decide_by, item_roles, plain_text, unreadable
from secondop_desktop.ui.text_lines import Metrics, TextWidths, wrapped
from secondop_desktop.ui.words import doctors_words, status_words

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListView

    from secondop_desktop.domain.model import Case

log = logging.getLogger(__name__)

UNTITLED = QT_TRANSLATE_NOOP("CaseListModel", "Untitled case")
LINE_SEPARATOR = "\u2028"
SEPARATOR = " · "
"""Between the parts of a row's second line (status, doctors), in every language."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseListModel", text)


def untitled() -> str:
    """``UNTITLED`` in the user's language (the constant keeps the English source)."""
    return _tr(UNTITLED)

_Index = QModelIndex | QPersistentModelIndex


class CaseRole:
    """The list's own roles (plain numbers, as Qt takes them: an ``IntEnum`` would be made
    anew on every start, before the window's first paint)."""

    CaseId = item_roles.USER + 1
    Title = item_roles.USER + 2
    StatusText = item_roles.USER + 3
    DoctorsText = item_roles.USER + 4
    TimeSensitive = item_roles.USER + 5
    DecideBy = item_roles.USER + 6
    Details = item_roles.USER + 7
    """The second line's parts, most important first (a narrow row drops from the end), each
    as the ways of saying it, longest first."""
    ALL = (CaseId, Title, StatusText, DoctorsText, TimeSensitive, DecideBy, Details)


def summary_of(case: Case) -> CaseSummary:
    """A case as the case list shows it: the journal's own list line, made from the case."""
    return CaseSummary(case.id, case.title, case.status, len(case.opinions), case.time_sensitive,
                       case.updated_at, decide_by=case.decide_by,
                       decision=case.decision.chosen.strip() if case.decision else "")


PAGE = 50
"""Cases read from the journal at a time: a few screens of the list (Qt asks for more as soon
as a screen is not filled, or the list is scrolled to its end)."""

TEXT_MARGIN = 12
"""Room the style keeps around a row's text (left and right), a little generously."""

Fetch = Callable[[int, int], Sequence[CaseSummary]]
"""``fetch(limit, offset)``: a page of the journal's list (``Journal.list_cases``)."""


def _shown(row: CaseSummary) -> CaseSummary:
    """The fields of a list line the list shows (all but updated_at)."""
    return row._replace(updated_at=None)


class CaseListModel(QAbstractListModel):
    """One row per case: title, then status and how many doctors; a time-sensitive case has the
    clock icon and, with a decide-by date, the reminder ("Decide by 14 Dec: 5 days left")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._fetch: Fetch | None = None
        # Rows of the journal's order read so far, kept in step as cases come and go here.
        self._offset = 0
        self._more = False
        self._view: QListView | None = None
        self.wrap_titles = False
        """From large text on, a title may take two lines (the rows get room for three)."""
        # The rows' one size (``_row_size``), and what it was measured for.
        self._size: tuple[tuple[int, int], QSize] | None = None
        self._measuring = False
        # Rows' texts as fitted (``_fitted``), by their words, and the width, font and number
        # of lines they were fitted to: Qt asks again on every paint, and for every row it
        # holds when the user types a letter into the list to jump to a title.
        self._fits: dict[tuple[str, tuple[tuple[str, ...], ...], bool], str] = {}
        self._fitted_to: tuple[int, str, int] | None = None
        self._widths: TextWidths | None = None  # the texts measured for them

    # -- filling ---------------------------------------------------------------------------

    def set_cases(self, items: Sequence[CaseSummary | Case]) -> None:
        """These list lines (or cases), all of them, and nothing more to fetch."""
        self.beginResetModel()
        self._fetch, self._offset, self._more = None, 0, False
        self._rows = [item if isinstance(item, CaseSummary) else summary_of(item)
                      for item in items]
        self.endResetModel()

    def set_source(self, fetch: Fetch | None) -> None:
        """Read the list from ``fetch`` (the journal's ``list_cases``): its first page now, the
        rest a page at a time as the view asks (``fetchMore``) or ``find_row`` needs it."""
        self.beginResetModel()
        self._fetch, self._offset, self._more = fetch, 0, fetch is not None
        self._rows = []
        try:
            if fetch is not None:
                page = list(fetch(PAGE, 0))  # a damaged journal raises here, to the caller
                self._offset, self._more = len(page), len(page) == PAGE
                self._rows = page
        finally:
            self.endResetModel()

    def _next_page(self) -> list[CaseSummary]:
        assert self._fetch is not None
        try:
            page = list(self._fetch(PAGE, self._offset))
        except JournalError:
            # Closed or damaged since the first page: nothing more to show (the window's
            # integrity check tells the user about damage).
            log.warning("the case list could not read more cases", exc_info=True)
            self._more = False
            return []
        self._offset += len(page)
        self._more = len(page) == PAGE
        # A case saved by another program meanwhile may have moved into a page read already.
        have = {row.id for row in self._rows}
        return [row for row in page if row.id not in have]

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        new = self._next_page()
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()

    def fit_to(self, view: QListView | None) -> None:
        """Each row's text fitted to ``view``'s width: the title first (over two lines with
        ``wrap_titles``, ending in "…" past them), the status line in what the title leaves.
        Where the status line still does not fit, its least important part goes first (how
        many doctors, then the status), so what is shown is read whole ("Comparando · 2 mé…"
        at 200 %); the tooltip and the accessible text keep everything. Worked out each time Qt
        asks for a row's text, that is for the rows on screen, at the list's width then.
        Without a view (None), a row's text is its title and status line, unfitted."""
        self._view = view

    def lines(self) -> int:
        """The lines of text every row has (two; three with ``wrap_titles``)."""
        return 3 if self.wrap_titles else 2

    def _row_size(self) -> QSize | None:
        """Every row's size: as high as Qt's delegate makes the first row's lines (measured
        once per font and number of lines), and as narrow as can be, so a row is never wider
        than the list: the list has no sideways scrolling and its rows are laid out at once."""
        view = self._view
        if view is None or self._measuring or not self._rows or not isValid(view):
            return None
        key = (view.fontMetrics().lineSpacing(), self.lines())
        if self._size is None or self._size[0] != key:
            self._measuring = True
            try:
                height = view.sizeHintForIndex(self.index(0)).height()
            finally:
                self._measuring = False
            self._size = key, QSize(1, height)
        return self._size[1]

    def _fitted(self, row: CaseSummary, title: str, parts: Sequence[Sequence[str]]) -> str | None:
        view = self._view
        if view is None or not isValid(view):
            return None
        room = view.viewport().width() - 2 * TEXT_MARGIN
        fitted_to = (room, view.font().key(), self.lines())
        if fitted_to != self._fitted_to or len(self._fits) > 2000:  # a few screens, many times
            self._fits.clear()
            if self._fitted_to is None or self._fitted_to[1] != fitted_to[1]:
                self._widths = None  # another font
            self._fitted_to = fitted_to
        key = (title, tuple(tuple(ways) for ways in parts), row.time_sensitive)
        text = self._fits.get(key)
        if text is not None:
            return text
        width = room
        if row.time_sensitive:  # its clock, left of the text
            width -= view.iconSize().width() + TEXT_MARGIN // 2
        if width <= 0:
            return None
        if self._widths is None:
            self._widths = TextWidths(view.fontMetrics())
        lines = row_lines(title, parts, self._widths, width, self.lines())
        # Every row as many lines as the others (with ``wrap_titles`` a short title leaves the
        # third empty): rows of one height, measured once, not a row at a time.
        text = LINE_SEPARATOR.join((*lines, *([""] * (self.lines() - len(lines)))))
        self._fits[key] = text
        return text

    def find_row(self, case_id: str) -> int:
        """The case's row, reading further pages until it is found (-1 if it is not there)."""
        row = self.row_of(case_id)
        while row < 0 and self._more:
            before = len(self._rows)
            self.fetchMore()
            row = next((before + i for i, r in enumerate(self._rows[before:])
                        if r.id == case_id), -1)
        return row

    def update_case(self, case: Case) -> int:
        """Show the case's current title, status and doctors; a new case goes on top."""
        row = self.row_of(case.id)
        new = summary_of(case)
        if row < 0:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, new)
            self.endInsertRows()
            if self._fetch is not None:
                self._offset += 1  # saved, it is first in the journal's order too
            return 0
        if _shown(self._rows[row]) != _shown(new):
            self._rows[row] = new
            index = self.index(row)
            self.dataChanged.emit(index, index)
        return row

    def remove_case(self, case_id: str) -> None:
        row = self.row_of(case_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            if self._fetch is not None:
                self._offset = max(0, self._offset - 1)  # the rows not read yet move up one

    def row_of(self, case_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), -1)

    def case_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # -- the model interface -----------------------------------------------------------------

    @unreadable.guarded("the case list", unreadable.zero)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, bytes]:
        return {
            item_roles.DISPLAY: b"display",
            int(CaseRole.CaseId): b"caseId",
            int(CaseRole.Title): b"title",
            int(CaseRole.StatusText): b"statusText",
            int(CaseRole.DoctorsText): b"doctorsText",
            int(CaseRole.TimeSensitive): b"timeSensitive",
            int(CaseRole.DecideBy): b"decideBy",
        }

    @unreadable.guarded_data("the case list")
    def data(self, index: _Index, role: int = item_roles.DISPLAY) -> Any:
        # Asked for about ten roles per row on every paint: the words are made only for the
        # roles that show them.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == CaseRole.CaseId:
            return row.id
        if role == item_roles.SIZE_HINT:
            return self._row_size()
        if role == CaseRole.TimeSensitive:
            return row.time_sensitive
        if role == item_roles.DECORATION:
            return decide_by.time_sensitive_icon() if row.time_sensitive else None
        if role == CaseRole.DecideBy:
            return row.decide_by
        if role == CaseRole.StatusText:
            return status_words(row.status)
        if role == CaseRole.DoctorsText:
            return doctors_words(row.opinion_count)
        title = row.title.strip() or untitled()
        if role == CaseRole.Title:
            return title
        doctors = doctors_words(row.opinion_count)
        if row.decision:
            main = fill(_tr("Decided: {chosen}"), chosen=row.decision)
        else:
            main = status_words(row.status)
        # The reminder only while the case is time-sensitive and not decided.
        due = row.time_sensitive and row.status != "decided" and not row.decision
        if role in (item_roles.DISPLAY, CaseRole.Details):
            short = decide_by.reminder(row.decide_by, short=True) if due else ""
            # A narrow list keeps the count of days when the date does not fit.
            ways = ((short, decide_by.time_left(row.decide_by)),) if short else ()
            parts = (*ways, (main,), (doctors,))
            if role == CaseRole.Details:
                return parts
            fitted = self._fitted(row, title, parts)
            if fitted is not None:
                return fitted
            second = SEPARATOR.join((short, main, doctors) if short else (main, doctors))
            return f"{title}\n{second}"
        second = SEPARATOR.join((main, doctors))
        remind = decide_by.reminder(row.decide_by) if due else ""
        if role == item_roles.ACCESSIBLE_TEXT:
            urgent = _tr(", time-sensitive") if row.time_sensitive else ""
            remind = f" {remind}." if remind else ""
            return f"{title}{urgent}. {second}.{remind}"
        urgent = ("\n" + (remind or _tr("Time-sensitive"))) if row.time_sensitive else ""
        return plain_text.tooltip(f"{title}\n{second}{urgent}")


_ROLES = frozenset((item_roles.DISPLAY, item_roles.DECORATION, item_roles.ACCESSIBLE_TEXT,
                    item_roles.TOOL_TIP, item_roles.SIZE_HINT,
                    *CaseRole.ALL))


def row_lines(title: str, parts: Sequence[Sequence[str]], metrics: Metrics, width: int,
              lines: int) -> tuple[str, ...]:
    """A case's row in at most ``lines`` lines of ``width``: the title in up to all lines but
    one, then the second line's ``parts`` (most important first, each as its ways of saying
    it, longest first) in the lines left."""
    head = wrapped(title, metrics, width, max(1, lines - 1))
    return (*head, *detail_lines(parts, metrics, width, max(1, lines - len(head))))


def detail_lines(parts: Sequence[Sequence[str]], metrics: Metrics, width: int,
                 room: int) -> tuple[str, ...]:
    """The parts joined by " · " in at most ``room`` lines of ``width``, a new line where the
    next part does not fit. While they do not all fit whole, each is said its shorter way,
    then the last part is left out. The first part alone wraps (and ends in "…" if it must)."""
    for count in range(len(parts), 0, -1):
        for way in (0, -1):
            packed: list[str] = []
            for part in (p[way] for p in parts[:count]):
                joined = f"{packed[-1]}{SEPARATOR}{part}" if packed else ""
                if packed and metrics.horizontalAdvance(joined) <= width:
                    packed[-1] = joined
                else:
                    packed.append(part)
            if len(packed) <= room and all(metrics.horizontalAdvance(p) <= width
                                           for p in packed):
                return tuple(packed)
    return wrapped(parts[0][-1], metrics, width, room) if parts else ("",)
