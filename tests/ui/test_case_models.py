# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt item models of the main window, without a window: case list, search results, rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from secondop_desktop.domain.model import Case, Evidence, Opinion
from secondop_desktop.store.journal import CaseSummary, Journal
from secondop_desktop.store.search import SearchHit
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.case_list_model import PAGE, CaseListModel, CaseRole, summary_of
from secondop_desktop.ui.opinion_editor import evidence_spec
from secondop_desktop.ui.row_list import ItemListModel
from secondop_desktop.ui.search_model import HitRole, SearchResultsModel


def test_case_list_rows_say_status_doctors_and_time_sensitivity(qapp, journal_path, demo_case):
    urgent = Case(title="Lump in the neck", status="gathering", time_sensitive=True,
                  opinions=[Opinion()])
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case)
        journal.save_case(urgent)
        summaries = journal.list_cases()
    model = CaseListModel()
    model.set_cases(summaries)
    assert model.rowCount() == 2
    by_title = {model.index(r).data(CaseRole.Title): model.index(r) for r in range(2)}
    knee = by_title["Right knee pain: replacement or therapy?"]
    lump = by_title["Lump in the neck"]
    assert knee.data(CaseRole.StatusText) == "Comparing"
    assert knee.data(CaseRole.DoctorsText) == "2 doctors"
    assert knee.data(CaseRole.TimeSensitive) is False
    assert lump.data(CaseRole.DoctorsText) == "1 doctor"
    assert lump.data(CaseRole.TimeSensitive) is True
    assert lump.data(Qt.ItemDataRole.DisplayRole) == (
        "Lump in the neck\nGathering opinions · 1 doctor")
    assert "time-sensitive" in lump.data(Qt.ItemDataRole.AccessibleTextRole)
    assert lump.data(Qt.ItemDataRole.ToolTipRole) == (
        "Lump in the neck\nGathering opinions · 1 doctor\nTime-sensitive")
    # The bundled clock, not a font's glyph (which stock fonts lack).
    icon = lump.data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull() and not icon.pixmap(32, 32).toImage().isNull()
    assert knee.data(Qt.ItemDataRole.DecorationRole) is None
    assert b"statusText" in model.roleNames().values()


def test_a_decide_by_date_is_a_reminder_in_the_case_list(qapp, journal_path):
    from datetime import date, timedelta

    from PySide6.QtCore import QDate, QLocale

    soon = date.today() + timedelta(days=5)
    month = QLocale().toString(QDate(soon.year, soon.month, soon.day), "MMMM")
    urgent = Case(title="Lump in the neck", status="gathering", time_sensitive=True,
                  decide_by=soon.isoformat())
    decided = Case(title="Decided already", status="decided", time_sensitive=True,
                   decide_by=soon.isoformat())
    with Journal.open(journal_path) as journal:
        journal.save_case(urgent)
        journal.save_case(decided)
        summaries = journal.list_cases()
    model = CaseListModel()
    model.set_cases(summaries)
    lump = model.index(model.row_of(urgent.id))
    title, second = lump.data(Qt.ItemDataRole.DisplayRole).split("\n")
    assert title == "Lump in the neck"
    assert second.startswith(f"Decide by {soon.day} ")
    assert second.endswith(": 5 days left · Gathering opinions · no doctors yet")
    assert f"Decide by {soon.day} {month}" in lump.data(Qt.ItemDataRole.ToolTipRole)
    assert "5 days left" in lump.data(Qt.ItemDataRole.AccessibleTextRole)
    assert lump.data(CaseRole.DecideBy) == soon.isoformat()
    # A decided case needs no reminder any more.
    done = model.index(model.row_of(decided.id))
    assert "Decide by" not in done.data(Qt.ItemDataRole.DisplayRole)


def test_the_reminder_words_near_and_past_the_date(qapp):
    from datetime import date

    from secondop_desktop.ui.decide_by import reminder

    today = date(2026, 12, 9)
    assert reminder("2026-12-14", today).endswith(": 5 days left")
    assert reminder("2026-12-10", today).endswith(": 1 day left")
    assert reminder("2026-12-09", today).endswith(": that is today")
    assert reminder("2026-12-08", today).endswith(": that was yesterday")
    assert reminder("2026-12-01", today).endswith(": that was 8 days ago")
    assert reminder(None, today) == reminder("not a date", today) == ""


def test_case_list_follows_edits_and_puts_new_cases_first(qapp):
    model = CaseListModel()
    first = Case(title="First")
    model.set_cases([first])
    second = Case(title="")
    assert model.update_case(second) == 0
    assert model.index(0).data(CaseRole.Title) == "Untitled case"
    first.title = "First, renamed"
    assert model.update_case(first) == 1
    assert model.index(1).data(CaseRole.Title) == "First, renamed"
    model.remove_case(second.id)
    assert model.rowCount() == 1 and model.case_id(0) == first.id


def test_search_results_name_the_case_and_the_place(qapp):
    hit = SearchHit("c1", "Knee", "note", "n1", None, "…the [MRI] was clear…", "")
    model = SearchResultsModel()
    model.set_hits([hit])
    index = model.index(0)
    assert index.data() == "Knee — in a note\n…the [MRI] was clear…"
    assert index.data(HitRole.Hit) is hit
    assert index.data(HitRole.CaseId) == "c1"


def test_row_model_shows_the_current_case_even_after_undo(qapp):
    opinion = Opinion(evidence=[Evidence(title="X-ray", kind="imaging")])
    document = CaseDocument(Case(opinions=[opinion]))
    model = ItemListModel(evidence_spec(opinion.id))
    model.set_document(document)
    assert model.index(0).data() == "X-ray\nImaging (X-ray, scan)"
    document.edit("add", "Add", lambda case: case.opinions[0].evidence.append(
        Evidence(title="Guideline", kind="guideline")), mergeable=False)
    model.sync()
    assert model.rowCount() == 2
    document.stack.undo()
    model.sync()
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        "X-ray\nImaging (X-ray, scan)"]


def test_typing_in_one_field_is_one_undo_step(qapp):
    document = CaseDocument(Case())
    for text in ("K", "Kn", "Knee"):
        document.edit("case:title", "Change title", lambda case, t=text: setattr(case, "title", t))
    document.edit("case:concern", "Change concern", lambda case: setattr(case, "concern", "x"))
    assert document.stack.count() == 2
    document.stack.undo()
    assert (document.case.title, document.case.concern) == ("Knee", "")
    document.stack.undo()
    assert document.case.title == ""
    document.stack.redo()
    assert document.case.title == "Knee"


def test_the_plain_role_numbers_are_qt_s_own():
    from PySide6.QtCore import Qt

    from secondop_desktop.ui import item_roles

    assert Qt.ItemDataRole.DisplayRole.value == item_roles.DISPLAY
    assert Qt.ItemDataRole.ToolTipRole.value == item_roles.TOOL_TIP
    assert Qt.ItemDataRole.AccessibleTextRole.value == item_roles.ACCESSIBLE_TEXT
    assert Qt.ItemDataRole.UserRole.value == item_roles.USER


def test_a_note_time_is_written_in_the_user_s_language():
    from PySide6.QtCore import QLocale

    from secondop_desktop.ui.list_pages import when

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert "März 2026" in when("2026-03-24T12:00:00+00:00")
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert "novembre 2026" in when("2026-11-24T12:00:00+00:00")
    finally:
        QLocale.setDefault(before)
    assert when(None) == "No time"


# -- the case list read a page at a time ------------------------------------------------------

class _FakeJournalList:
    """``list_cases(limit, offset)`` over a list the test changes as a journal would."""

    def __init__(self, count: int) -> None:
        self.rows = [CaseSummary(f"id-{n:05d}", f"Case {n}", "gathering", 0, False, None)
                     for n in range(count)]
        self.asked: list[tuple[int, int]] = []

    def list_cases(self, limit: int, offset: int) -> list[CaseSummary]:
        self.asked.append((limit, offset))
        return self.rows[offset:offset + limit]


def _ids(model: CaseListModel) -> list[str]:
    return [model.case_id(row) for row in range(model.rowCount())]  # type: ignore[misc]


def test_the_case_list_reads_a_page_first_and_the_rest_as_asked(qapp):
    source = _FakeJournalList(PAGE * 2 + PAGE // 4)  # the last page a short one
    model = CaseListModel()
    model.set_source(source.list_cases)
    assert model.rowCount() == PAGE and source.asked == [(PAGE, 0)]
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE * 2 + PAGE // 4
    assert not model.canFetchMore(QModelIndex())
    assert _ids(model) == [row.id for row in source.rows]


def test_cases_added_and_removed_meanwhile_are_neither_doubled_nor_skipped(qapp):
    source = _FakeJournalList(PAGE * 2)
    model = CaseListModel()
    model.set_source(source.list_cases)
    new = Case(title="Started just now")
    source.rows.insert(0, summary_of(new))  # saved: first in the journal's order
    model.update_case(new)
    gone = model.case_id(5)
    source.rows = [row for row in source.rows if row.id != gone]  # deleted here
    model.remove_case(gone)  # type: ignore[arg-type]
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert _ids(model) == [row.id for row in source.rows]


def test_find_row_reads_on_until_the_case_is_there(qapp):
    source = _FakeJournalList(PAGE * 3)
    model = CaseListModel()
    model.set_source(source.list_cases)
    far = PAGE * 2 + PAGE // 2  # on the third page
    assert model.row_of(f"id-{far:05d}") == -1
    assert model.find_row(f"id-{far:05d}") == far
    assert model.rowCount() == PAGE * 3
    assert model.find_row("no-such-case") == -1
