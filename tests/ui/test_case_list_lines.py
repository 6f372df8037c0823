# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list at large text: every row in the lines it has room for, the status line never
cut in the middle of a word ("Comparando · 2 mé…" at 200 %). A short title leaves the status
line two lines; under a long one the least important part (how many doctors) is left out. The
tooltip and the accessible text keep all of it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from secondop_desktop.domain.demo import demo_case_file
from secondop_desktop.domain.model import Case
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import item_roles
from secondop_desktop.ui.case_list_model import CaseRole, row_lines
from tests.ui.app_helpers import opened

__all__ = ["opened"]

WORDS = {"en": ("Comparing", "2 doctors", "Decide by"),
         "es": ("Comparando", "2 médicos", "Decidir antes del")}


def _cases(language: str) -> list[Case]:
    long = demo_case_file(language).case  # "Right knee pain: replacement or therapy?"
    short = demo_case_file(language).case
    short.id, short.title = "short-one", "Knee"
    soon = demo_case_file(language).case
    soon.id, soon.title, soon.time_sensitive = "soon-one", "Lump", True
    soon.decide_by = (date.today() + timedelta(days=5)).isoformat()
    return [long, short, soon]


def painted_lines(window, row: int) -> list[str]:
    """The row's lines as Qt draws them (without the empty last line that gives a row under a
    short title the height of the others)."""
    lines = window.case_model.index(row).data(item_roles.DISPLAY).split("\u2028")
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def _status_parts(lines: list[str], parts: tuple[tuple[str, ...], ...]) -> list[int]:
    """Which parts of the status line are found whole, said one of their ways, in the row's
    last lines."""
    for first in range(1, len(lines)):
        found = [p for line in lines[first:] for p in line.split(" · ")]
        which = [next((n for n, ways in enumerate(parts) if p in ways), -1) for p in found]
        if -1 not in which:
            return which
    return []



@pytest.mark.parametrize("size", [(1200, 800), (1024, 700)])
def test_at_200_percent_the_status_line_is_never_cut(opened, qtbot, language: str, size):
    status, doctors, decide = WORDS[language]
    with Journal.open(opened.journal_path) as journal:
        for case in _cases(language):
            journal.save_case(case)
    window = opened.window()
    window.resize(*size)
    window.set_text_size(200)
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 3)
    qtbot.wait(50)
    view = window.case_list
    rows = {window.case_model.index(r).data(CaseRole.Title): r for r in range(3)}
    heights = {view.visualRect(window.case_model.index(r)).height() for r in range(3)}
    assert len(heights) == 1  # one height for all: the list measures one row, not 10,000
    for row in rows.values():
        lines = painted_lines(window, row)
        assert len(lines) <= 3, lines
        width = view.visualRect(window.case_model.index(row)).width()
        assert all(view.fontMetrics().horizontalAdvance(line) <= width for line in lines)
        index = window.case_model.index(row)
        # Under the title's lines, the first parts of the status line, each whole.
        parts = index.data(CaseRole.Details)
        # (Where even the reminder's shortest way does not fit beside the clock, as "Quedan 5
        # días" at 1024 px, it alone wraps, at a space: read it as one line.)
        shown = _status_parts(lines, parts) or _status_parts(
            [lines[0], " ".join(lines[1:3]), *lines[3:]], parts)
        assert shown and shown == list(range(len(shown))), lines
        whole = f"{status} · {doctors}"
        assert whole in index.data(item_roles.TOOL_TIP)
        assert whole in index.data(item_roles.ACCESSIBLE_TEXT)
    # A one-word title leaves two lines to the status: nothing of it is left out.
    assert painted_lines(window, rows["Knee"]) == ["Knee", status, doctors] or (
        painted_lines(window, rows["Knee"]) == ["Knee", f"{status} · {doctors}"])
    # Under a title of two lines the doctors go first, and the status stays.
    long_lines = painted_lines(window, next(r for t, r in rows.items() if t not in
                                            ("Knee", "Lump")))
    assert long_lines[-1] == status
    # A time-sensitive case keeps its reminder before anything else, the days left at least.
    reminder = window.case_model.index(rows["Lump"]).data(CaseRole.Details)[0]
    assert reminder[0].startswith(decide) and reminder[-1] in reminder[0]
    lump = painted_lines(window, rows["Lump"])
    assert any(" ".join(lump[1:]).startswith(way) for way in reminder), lump


def test_the_status_line_gives_up_its_last_parts_first(qapp) -> None:
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(qapp.font())
    words = ("Decide by 8 Dec: 5 days left", "Comparing", "2 doctors")
    parts = ((words[0], "5 days left"), (words[1],), (words[2],))
    every = metrics.horizontalAdvance(" · ".join(words))
    one = metrics.horizontalAdvance(words[0])
    assert row_lines("Knee", parts, metrics, every + 2, 2) == ("Knee", " · ".join(words))
    # Two lines under a short title: all three parts, a line break where one does not fit.
    assert row_lines("Knee", parts, metrics, one + 2, 3) == (
        "Knee", words[0], "Comparing · 2 doctors")
    # One line only: the parts said their shorter ways, then the doctors go, then the status.
    short = metrics.horizontalAdvance("5 days left · Comparing")
    assert row_lines("Knee", parts, metrics, short + 2, 2) == (
        "Knee", "5 days left · Comparing")
    days = metrics.horizontalAdvance("5 days left")
    assert row_lines("Knee", parts, metrics, days + 2, 2) == ("Knee", "5 days left")
    title = "Right knee pain replacement or therapy"
    lines = row_lines(title, parts[1:], metrics, metrics.horizontalAdvance("Right knee pain"), 3)
    assert lines[0] == "Right knee pain" and lines[-1] == "Comparing"
    assert lines[1].endswith("…")  # the title's second line, cut where it must be


def test_a_narrowed_list_fits_its_rows_again_and_never_scrolls_sideways(journal_path, qtbot):
    from secondop_desktop.ui import application
    from secondop_desktop.ui.case_list_model import TEXT_MARGIN

    with Journal.open(journal_path) as journal:
        for case in _cases("en"):
            journal.save_case(case)
    window = application.start(journal_path)  # as the program starts: rows fitted by the model
    assert window is not None
    try:
        qtbot.addWidget(window)
        window.resize(1200, 800)
        qtbot.waitUntil(lambda: window.document is not None, timeout=5000)
        view = window.case_list
        long_row = next(r for r in range(3)
                        if window.case_model.index(r).data(CaseRole.Title).startswith("Right"))
        wide = painted_lines(window, long_row)
        left, right = window.splitter.sizes()
        window.splitter.setSizes([170, left + right - 170])  # the user drags the divider left
        qtbot.waitUntil(lambda: view.width() < left)
        qtbot.wait(50)
        assert not view.horizontalScrollBar().isVisible()
        room = view.viewport().width() - 2 * TEXT_MARGIN
        for row in range(3):
            lines = painted_lines(window, row)
            assert all(view.fontMetrics().horizontalAdvance(line) <= room for line in lines), lines
        narrow = painted_lines(window, long_row)
        assert narrow != wide and narrow[0].endswith("…")  # the long title cut shorter now
    finally:
        window.close()
        assert window.journal is not None
        window.journal.close()


def test_a_row_is_fitted_once_for_a_width_and_again_when_the_list_narrows(opened, qtbot,
                                                                           monkeypatch):
    """Qt asks for a row's text on every paint, and for every row when the user types a letter
    into the list to jump to a title: the fitting is done once per width, font and row."""
    from secondop_desktop.ui import case_list_model

    with Journal.open(opened.journal_path) as journal:
        for case in _cases("en"):
            journal.save_case(case)
    window = opened.window()
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 3)
    fitted: list[str] = []
    real = case_list_model.row_lines

    def counting(title, *args):
        fitted.append(title)
        return real(title, *args)

    monkeypatch.setattr(case_list_model, "row_lines", counting)
    first = painted_lines(window, 0)
    view = window.case_list
    view.keyboardSearch("z")  # no title starts with it: every row's text is asked for
    view.viewport().repaint()
    assert painted_lines(window, 0) == first
    assert len(fitted) <= 3  # each row at most once, whatever Qt asked
    left, right = window.splitter.sizes()
    window.splitter.setSizes([170, left + right - 170])
    qtbot.waitUntil(lambda: view.width() < left)
    fitted.clear()
    painted_lines(window, 0)
    assert fitted  # a new width: fitted again


def test_a_text_is_measured_once_however_often_the_rows_ask(qapp) -> None:
    from PySide6.QtGui import QFontMetrics

    from secondop_desktop.ui.text_lines import TextWidths

    class Counting:
        def __init__(self) -> None:
            self.metrics, self.asked = QFontMetrics(qapp.font()), []

        def horizontalAdvance(self, text: str) -> int:  # noqa: N802
            self.asked.append(text)
            return self.metrics.horizontalAdvance(text)

    parts = (("Decide by 8 Dec: 5 days left", "5 days left"), ("Comparing",), ("2 doctors",))
    titles = ["Knee", "Right knee pain: replacement or therapy?", "Lump in the neck"]
    plain = Counting()
    for width in (60, 140, 400):
        expected = [row_lines(t, parts, plain, width, 3) for t in titles]
        counting = Counting()
        widths = TextWidths(counting)  # type: ignore[arg-type]
        assert [row_lines(t, parts, widths, width, 3) for t in titles] == expected
        # The same lines, each text measured once (the rows share their status words).
        assert sorted(counting.asked) == sorted(set(counting.asked))
    assert len(plain.asked) > len(set(plain.asked))
