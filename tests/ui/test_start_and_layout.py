# SPDX-License-Identifier: GPL-3.0-or-later
"""Starting the window (background work, a journal in use), parts built when first shown, the
parts and the case list at large text, and where the compare view's questions and undo go."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from secondop_desktop.domain.comparison import Point
from secondop_desktop.domain.demo import demo_case
from secondop_desktop.store import errors
from secondop_desktop.ui import application, background, dialogs, settings, window_session
from secondop_desktop.ui.case_page import TAB_COMPARE, TAB_DECISION, TAB_OPINIONS, TAB_OVERVIEW
from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.question_topics import topic_for_point
from tests.ui.app_helpers import child, opened, shortcut, stored

__all__ = ["opened"]

LEFT = Qt.MouseButton.LeftButton


def _point(topic: str, key: str = "", question: str = "") -> Point:
    return Point(key=key or topic, topic=topic, status="different", severity="major",
                 question=question)


# -- the topic of a question raised in the compare view --------------------------------------------

@pytest.mark.parametrize(("topic", "expected"), [
    ("diagnosis", "diagnosis"), ("certainty", "diagnosis"), ("stage", "diagnosis"),
    ("evidence", "diagnosis"), ("recommendation", "treatment"), ("urgency", "treatment"),
    ("rationale", "other"), ("follow_up", "other"),
])
def test_a_point_gives_its_question_a_fitting_topic(topic: str, expected: str):
    assert topic_for_point(_point(topic), None) == expected


def test_an_answer_point_takes_the_topic_of_the_question_answered():
    case = demo_case()
    asked = case.questions[0]
    asked.topic = "risks"
    assert topic_for_point(_point("answer", f"answer:{asked.id}"), case) == "risks"
    assert topic_for_point(_point("answer", "answer:nobody"), case) == "other"
    assert topic_for_point(None, case) == "other"


def test_a_question_added_from_a_plan_difference_is_about_treatment(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    page = window.case_page
    page.tabs.setCurrentWidget(page.compare_tab)
    qtbot.waitUntil(lambda: page.compare is not None and page.compare.difference_count() > 0,
                    timeout=10000)
    compare = page.compare
    # F7 from difference to difference until one about the plan is the row looked at.
    plan = None
    for _ in range(compare.difference_count()):
        compare.next_difference()
        row = compare.model.row(compare.current_row())
        if row.topic in ("recommendation", "urgency") and row.question:
            plan = row
            break
    assert plan is not None, "the worked example should differ on the plan"
    chosen = compare.findChild(QPushButton, "add_question_button")
    assert chosen.isVisible()
    before = len(window.document.case.questions)
    qtbot.mouseClick(chosen, LEFT)
    questions = window.document.case.questions
    assert len(questions) == before + 1
    assert questions[-1].topic == "treatment"


# -- parts built when first needed; undo reaches the compare view ----------------------------------

def test_only_the_part_on_show_is_built_when_a_case_opens(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    page = window.case_page
    assert set(page._built) == {TAB_OVERVIEW}
    assert page.compare is None
    page.tabs.setCurrentIndex(TAB_DECISION)
    assert page.tabs.currentWidget() is page.decision
    assert page.decision.document is window.document  # a late-built part gets the case too


def test_undo_hands_the_restored_case_to_the_compare_view(opened, qtbot, monkeypatch):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    page = window.case_page
    page.tabs.setCurrentIndex(TAB_COMPARE)
    qtbot.waitUntil(lambda: page.compare is not None)
    page.tabs.setCurrentIndex(TAB_OVERVIEW)
    page.overview.title.setFocus()
    qtbot.keyClicks(page.overview.title, "!")
    handed = []
    monkeypatch.setattr(page.compare, "set_case", handed.append)
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert window.document.case.title == demo_case().title
    # Even with the compare tab not on show, the view drops what it held of the undone case.
    assert handed and handed[0] is window.document.case
    assert len(handed) == 1  # once, not again for the change signal that follows


# -- large text --------------------------------------------------------------------------------

def _reachable(page) -> list[str]:
    """The parts the user can see and click: tabs in view, or the items of the parts list."""
    if page.uses_parts_list():
        view = page.parts_list
        inside = view.viewport().rect()
        return [view.item(r).text() for r in range(view.count())
                if inside.contains(view.visualItemRect(view.item(r)))]
    bar = page.tabs.tabBar()
    return [bar.tabText(i) for i in range(bar.count()) if bar.rect().contains(bar.tabRect(i))]


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_every_part_of_a_case_is_in_sight_at_any_text_size(opened, qtbot, percent: int):
    window = opened.window()
    window.resize(1400, 900)
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    window.set_text_size(percent)
    qtbot.wait(50)
    page = window.case_page
    assert len(_reachable(page)) == page.tabs.count() == 9
    if percent == 100:
        assert not page.uses_parts_list()
    if page.uses_parts_list():
        page.parts_list.setCurrentRow(TAB_DECISION)
        assert page.tabs.currentWidget() is page.decision
        page.tabs.setCurrentIndex(TAB_OVERVIEW)
        assert page.parts_list.currentRow() == TAB_OVERVIEW


@pytest.mark.parametrize("part", [TAB_OVERVIEW, TAB_DECISION])
def test_at_200_percent_in_a_smaller_window_no_form_runs_off_the_side(opened, qtbot, part: int):
    """Large text in the window's first size (1200 x 800): the check boxes' words wrap rather
    than push the form wider than the window (it scrolled sideways and cut sentences off)."""
    from PySide6.QtWidgets import QCheckBox, QScrollArea

    window = opened.window()
    window.resize(1200, 800)
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    window.set_text_size(200)
    window.case_page.tabs.setCurrentIndex(part)
    scroll = window.case_page.tabs.currentWidget()
    assert isinstance(scroll, QScrollArea)
    boxes = scroll.widget().findChildren(QCheckBox)
    assert boxes
    # Once the page is laid out at its width, some sentences take two lines at 200 % here.
    qtbot.waitUntil(lambda: any("\n" in b.text() for b in boxes if b.isVisible()))
    qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width())
    assert not scroll.horizontalScrollBar().isVisible()
    wrapped = [b for b in boxes if b.isVisible() and "\n" in b.text()]
    for box in wrapped:
        assert box.text().replace("\n", " ") == box.label()
        assert box.height() >= 2 * box.fontMetrics().lineSpacing()
        assert box.geometry().right() <= scroll.viewport().width()


def test_the_opinion_editor_puts_labels_above_fields_only_when_both_do_not_fit(opened, qtbot):
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    window = opened.window()
    window.resize(1200, 800)
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    window.case_page.show_tab(TAB_OPINIONS)
    editor = window.case_page.opinions.editors[0]
    name = child(editor, QLineEdit, "physician_name")
    forms = editor.findChildren(QFormLayout)
    above = QFormLayout.RowWrapPolicy.WrapAllRows
    qtbot.waitUntil(lambda: all(f.rowWrapPolicy() != above for f in forms))
    beside = name.geometry().left()
    window.set_text_size(200)
    qtbot.waitUntil(lambda: any(f.rowWrapPolicy() == above for f in forms))
    # Above its label now: the field starts at the left edge and has the page's width.
    qtbot.waitUntil(lambda: name.geometry().left() < beside)
    assert name.width() > editor.width() // 2
    window.set_text_size(100)
    qtbot.waitUntil(lambda: all(f.rowWrapPolicy() != above for f in forms))


def test_large_text_in_a_small_window_keeps_room_for_the_compare_rows(opened, qtbot):
    """At 200 % in the window's first size the headings' extra size halves and Previous / Next
    go under the summary, so the rows are not squeezed out by what sits above them."""
    from PySide6.QtWidgets import QApplication, QLabel

    from secondop_desktop.ui import appearance

    window = opened.window()
    window.resize(1200, 800)
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    window.case_page.show_tab(TAB_COMPARE)
    compare = window.case_page.compare
    summary = child(compare, QLabel, "compare_summary")
    previous = child(compare, QPushButton, "compare_previous")
    qtbot.waitUntil(lambda: previous.isVisible() and summary.text() != "")
    # 100 %: the buttons beside the summary, the case heading half as big again as the text.
    assert previous.mapTo(compare, previous.rect().topLeft()).y() < (
        summary.mapTo(compare, summary.rect().bottomLeft()).y())
    heading = window.case_page.title_label
    base = appearance.base_point_size()
    assert heading.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.2)
    window.set_text_size(200)
    qtbot.waitUntil(lambda: previous.mapTo(compare, previous.rect().topLeft()).y()
                    > summary.mapTo(compare, summary.rect().topLeft()).y() + summary.height() - 2)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2, abs=0.2)
    assert heading.font().pointSizeF() == pytest.approx(base * 2 * 1.25, abs=0.2)


def test_at_200_percent_a_wrapped_title_still_shows_the_status_line(journal_path: Path, qapp,
                                                                     qtbot):
    """Three lines in a row of the case list: the title over two, then status and doctors. The
    row was a pixel short of three laid-out lines, and Qt dropped the third."""
    from secondop_desktop.store.journal import Journal

    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case())
    settings.put(settings.TEXT_SIZE, 200)
    window = application.start(journal_path)  # as a user with large text starts it
    assert isinstance(window, MainWindow)
    try:
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.document is not None, timeout=5000)
        view = window.case_list
        row = view.visualRect(window.case_model.index(0))
        image = view.viewport().grab().toImage()
        # Count the lines of text drawn in the row: bands of pixel rows with dark pixels.
        lines, in_line = 0, False
        for y in range(row.top(), row.bottom()):
            dark = sum(1 for x in range(row.left(), row.right(), 2)
                       if image.pixelColor(x, y).lightness() < 100)
            if dark > 6 and not in_line:
                lines += 1
            in_line = dark > 6 or (in_line and dark > 0)
        assert lines == 3
    finally:
        window.close()
        assert window.journal is not None
        window.journal.close()


def test_at_200_percent_the_parts_are_a_list_and_titles_wrap(opened, qtbot):
    window = opened.window()
    window.resize(1400, 900)
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    window.set_text_size(200)
    qtbot.wait(50)
    assert window.case_page.uses_parts_list()
    assert window.case_model.wrap_titles
    view = window.case_list
    rect = view.visualRect(window.case_model.index(0))
    assert rect.height() >= 3 * view.fontMetrics().lineSpacing()  # two title lines + status
    window.set_text_size(100)
    assert not window.case_model.wrap_titles


def test_a_saved_narrow_case_list_is_widened_for_larger_text(opened, qtbot):
    first = opened.window()
    first.splitter.setSizes([120, first.width() - 120])
    first.close()  # saves the splitter with the list 120 px wide
    settings.put(settings.TEXT_SIZE, 200)
    second = opened.window()

    def widened() -> bool:
        left, right = second.splitter.sizes()
        return left > 120 and left >= (left + right) // 4 - 4  # as wide as allowed at 200 %

    qtbot.waitUntil(widened, timeout=3000)


# -- starting: background work and a journal already in use ----------------------------------------

class _FakeJournal:
    path = Path("journal")

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[threading.Thread] = []
        self.fail = fail

    def backup_if_due(self) -> None:
        self.calls.append(threading.current_thread())
        if self.fail:
            raise errors.JournalError("the disk is full")


class _PassedCheck:
    damage = None

    def running(self) -> bool:
        return False


def test_backups_run_after_the_window_shows_and_once_more_on_quitting():
    journal = _FakeJournal()
    work = window_session.BackgroundWork(journal)  # type: ignore[arg-type]
    work.check = _PassedCheck()  # type: ignore[assignment]
    work.start_backup()
    assert work.backup_thread is not None
    work.finish()  # waits for the background one, then backs up on this thread
    assert journal.calls == [work.backup_thread, threading.current_thread()]
    work.start_backup()  # nothing starts once finished
    assert len(journal.calls) == 2


def test_quitting_before_the_check_ran_makes_no_backup():
    journal = _FakeJournal()
    work = window_session.BackgroundWork(journal)  # type: ignore[arg-type]
    work.finish()  # the window closed before it was ever painted: the file was never checked
    assert journal.calls == []


def test_the_code_index_an_earlier_version_built_is_removed_after_start(_isolated_data_dir):
    """Earlier versions built the code index in the cache folder (and left a temporary file when
    quit during the build); the window removes both on its backup thread, and nothing else."""
    cache = _isolated_data_dir / "cache"
    cache.mkdir()
    for name in ("icd10cm-1.5.0-i2.sqlite", "icd10cm-1.5.0-i2-search.sqlite",
                 "icd10cm-1.5.0-i2.sqlite.4242.140.tmp"):
        (cache / name).write_bytes(b"old index")
    journal = _FakeJournal()
    work = window_session.BackgroundWork(journal)  # type: ignore[arg-type]
    work.check = _PassedCheck()  # type: ignore[assignment]
    work.start_backup()
    assert work.backup_thread is not None
    work.backup_thread.join(10)
    assert not cache.exists()  # emptied, so the folder went too
    assert journal.calls == [work.backup_thread]
    cache.mkdir()
    (cache / "someone-else.txt").write_text("kept")
    (cache / "icd10cm-2.0-i3.sqlite").write_bytes(b"old index")
    assert background.remove_old_code_index() == [cache / "icd10cm-2.0-i3.sqlite"]
    assert sorted(p.name for p in cache.iterdir()) == ["someone-else.txt"]


def test_a_failed_backup_never_stops_the_program():
    journal = _FakeJournal(fail=True)
    background.backup_if_due(journal)  # type: ignore[arg-type]
    assert len(journal.calls) == 1


def test_the_journal_opens_for_this_window_alone(journal_path: Path, monkeypatch):
    from secondop_desktop.store.journal import Journal

    seen = {}
    real_open = Journal.open

    def spy(path=None, quick_check=True, exclusive=False):
        seen["exclusive"] = exclusive
        return real_open(path, quick_check=quick_check)

    monkeypatch.setattr(Journal, "open", spy)
    journal = application.open_journal(journal_path)
    assert journal is not None
    journal.close()
    assert seen["exclusive"] is True


def test_a_journal_in_use_is_explained_and_the_program_ends_with_1(journal_path: Path, qapp,
                                                                   monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))

    def in_use(path, quick_check=True):
        raise errors.JournalInUse(Path(path), 4242)

    monkeypatch.setattr(application, "_open_exclusive", in_use)
    before = {id(w) for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)}
    assert application.run(journal_path, demo=False) == 1
    assert len(shown) == 1 and "already open" in shown[0] and "4242" in shown[0]
    after = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
    assert all(id(w) in before or not w.isVisible() for w in after)


def test_start_shows_the_window_with_the_journal_in_it(journal_path: Path, qapp, qtbot):
    from secondop_desktop.store.journal import Journal

    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case())
    window = application.start(journal_path)
    assert isinstance(window, MainWindow)
    try:
        qtbot.addWidget(window)
        assert window.isVisible()
        assert window.case_model.rowCount() == 1
        # The case itself opens once the window is on screen; until then the right side is
        # blank, never the welcome page of an empty journal.
        assert window.right_stack.currentWidget() is window.opening_page
        assert window.case_list.currentIndex().row() == 0
        qtbot.waitUntil(lambda: window.document is not None, timeout=5000)
        assert window.case_page.isVisible()
        # The menus' commands came with it, enabled for an open case.
        assert window.new_case_action.isEnabled() and window.export_action.isEnabled()
        assert window.size_actions[100].isChecked()
        assert window.search_box.isClearButtonEnabled()
        assert stored(journal_path, window.document.case_id).title == demo_case().title
        assert window.windowTitle().endswith(demo_case().title)
    finally:
        window.close()
        assert window.journal is not None
        window.journal.close()


def test_start_on_an_empty_journal_shows_the_welcome_page_then_the_commands(
        journal_path: Path, qapp, qtbot):
    window = application.start(journal_path)  # no journal yet: it is made
    assert isinstance(window, MainWindow)
    try:
        qtbot.addWidget(window)
        assert window.right_stack.currentWidget() is window.welcome
        assert window.welcome.isEnabled()
        qtbot.waitUntil(lambda: window.findChild(QAction, "action_new_case") is not None,
                        timeout=5000)
        assert window.new_case_action.isEnabled()
        assert not window.export_action.isEnabled()  # no case open
        qtbot.mouseClick(window.welcome.example_button, LEFT)
        assert window.document is not None and window.export_action.isEnabled()
    finally:
        window.close()
        assert window.journal is not None
        window.journal.close()


def test_nothing_touches_qt_from_the_background_module():
    source = Path(background.__file__).read_text("utf-8")
    assert "PySide6" not in source
    assert isinstance(QWidget, type)


def _damaged_journal(journal_path: Path) -> None:
    """A journal whose header and case list read fine but with a damaged page the window does
    not read at start (the index of titles, used to find a case by its title): only the full
    integrity check finds it."""
    import sqlite3

    from secondop_desktop.domain.model import Case
    from secondop_desktop.store.journal import Journal

    with Journal.open(journal_path) as journal:
        for n in range(30):
            journal.save_case(Case(title=f"Filler {n}", concern="words " * 200))
        journal.save_case(demo_case())
    db = sqlite3.connect(journal_path)
    (page,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'cases_by_title'"
                         ).fetchone()
    db.close()
    data = bytearray(journal_path.read_bytes())
    data[(page - 1) * 4096:page * 4096] = b"\x5a" * 4096
    journal_path.write_bytes(bytes(data))


def test_start_leaves_the_integrity_check_for_after_the_window_shows(journal_path: Path, qapp,
                                                                     qtbot, monkeypatch):
    from secondop_desktop.store.journal import Journal

    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case())
    seen = []
    real_open = Journal.open

    def spy(path=None, quick_check=True, exclusive=False):
        seen.append(quick_check)
        return real_open(path, quick_check=quick_check, exclusive=exclusive)

    monkeypatch.setattr(Journal, "open", spy)
    window = application.start(journal_path)
    assert isinstance(window, MainWindow) and window.journal is not None
    qtbot.addWidget(window)
    work = window_session.BackgroundWork(window.journal)
    try:
        assert seen == [False]
        work.schedule(backup_delay_ms=0)
        assert work.check is not None
        qtbot.waitUntil(lambda: work.backup_thread is not None, timeout=5000)
        assert work.check.damage is None  # sound: the backup follows the check
    finally:
        window.close()
        work.finish()
        window.journal.close()


def test_damage_found_after_the_window_shows_is_told_and_never_backed_up(
        journal_path: Path, qapp, qtbot, monkeypatch):
    _damaged_journal(journal_path)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: told.append(text))
    window = application.start(journal_path)  # opened without the check that reads it all
    assert isinstance(window, MainWindow) and window.journal is not None
    qtbot.addWidget(window)
    work = window_session.BackgroundWork(window.journal)
    work.on_damage = lambda _reason: application.reopen_damaged(window)
    work.schedule(backup_delay_ms=0)
    qtbot.waitUntil(lambda: work.check is not None and not work.check.running()
                    and window.journal is None, timeout=5000)
    assert any("damaged" in text for text in told)
    assert window.case_model.rowCount() == 0 and window.document is None
    assert not window.new_case_button.isEnabled()  # nothing more goes into the damaged file
    work.finish()
    assert work.backup_thread is None
    assert application.open_journal(journal_path) is None  # still refused, the file untouched
    from secondop_desktop.store.journal import latest_backup

    assert latest_backup(journal_path) is None  # no backup was made of the damaged file
    window.close()


def test_overview_labels_go_above_their_fields_only_when_both_do_not_fit(opened, qtbot):
    from PySide6.QtWidgets import QFormLayout

    window = opened.window()
    window.resize(1400, 900)
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    overview = window.case_page.overview
    qtbot.wait(50)
    assert overview.form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapLongRows
    window.splitter.setSizes([window.width() - 330, 330])  # the case side very narrow
    window.set_text_size(200)
    qtbot.waitUntil(lambda: overview.form.rowWrapPolicy()
                    == QFormLayout.RowWrapPolicy.WrapAllRows, timeout=3000)
    window.set_text_size(100)
    window.splitter.setSizes([320, window.width() - 320])
    qtbot.waitUntil(lambda: overview.form.rowWrapPolicy()
                    == QFormLayout.RowWrapPolicy.WrapLongRows, timeout=3000)


_BEFORE_FIRST_PAINT = """
import json, sys
from pathlib import Path
from PySide6 import QtCore, QtGui
from PySide6.QtWidgets import QApplication
from secondop_desktop.ui import application, error_report, main_window
from secondop_desktop.ui.application import start

seen = {}

def opened_after_paint(window):
    # What was loaded by the time the window had been painted and the case was to open.
    seen["qt_namespace"] = "Qt" in QtCore.__dict__
    seen["modules"] = sorted(name for name in sys.modules if name.startswith("secondop_desktop"))

def icon_after_paint():
    # The window's icon comes after the first paint; nothing before it needed the icon class
    # (no row of this journal is time-sensitive).
    seen["icon_class"] = "QIcon" in QtGui.__dict__

main_window.MainWindow._after_first_paint = opened_after_paint
application.set_window_icon = icon_after_paint
reporter = error_report.install()  # as application.run does first
window = start(Path(sys.argv[1]))
while "modules" not in seen or "icon_class" not in seen:
    QApplication.processEvents()
print(json.dumps(seen))
"""


def test_the_window_paints_before_the_case_and_the_qt_namespace_load(journal_path: Path):
    """Start-up order (see bench/bench_startup.py): the window is painted with its case list
    before the first case is read or built, and before anything builds PySide's ``Qt``
    namespace (~100 enums, ~45 ms) or the search's parts."""
    import json
    import os
    import subprocess
    import sys

    from secondop_desktop.store.journal import Journal

    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case())
    result = subprocess.run([sys.executable, "-c", _BEFORE_FIRST_PAINT, str(journal_path)],
                            capture_output=True, text=True, env=dict(os.environ), timeout=120,
                            check=True)
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["qt_namespace"] is False
    assert seen["icon_class"] is False
    loaded = set(seen["modules"])
    assert "secondop_desktop.ui.main_window" in loaded
    for later in ("secondop_desktop.domain.model", "secondop_desktop.ui.case_page",
                  "secondop_desktop.ui.welcome_page", "secondop_desktop.ui.search_model",
                  "secondop_desktop.ui.search_worker", "secondop_desktop.ui.search_delegate",
                  # what runs while the window is open begins after its first paint
                  "secondop_desktop.ui.window_session", "secondop_desktop.ui.background",
                  "secondop_desktop.ui.latest_worker", "secondop_desktop.ui.open_case_file"):
        assert later not in loaded


def test_a_first_start_paints_its_welcome_without_the_qt_namespace(journal_path: Path):
    """A new user's first start (an empty journal) shows the welcome page; building it must not
    name ``Qt`` either (it did, for its buttons' alignment: ~20 ms more before the first paint
    of the very first start)."""
    import json
    import os
    import subprocess
    import sys

    from secondop_desktop.store.journal import Journal

    Journal.open(journal_path).close()
    result = subprocess.run([sys.executable, "-c", _BEFORE_FIRST_PAINT, str(journal_path)],
                            capture_output=True, text=True, env=dict(os.environ), timeout=120,
                            check=True)
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert "secondop_desktop.ui.welcome_page" in seen["modules"]
    assert seen["qt_namespace"] is False


def test_a_window_never_painted_still_gets_its_case_and_commands(
        journal_path: Path, qapp, qtbot, monkeypatch: pytest.MonkeyPatch):
    """Started minimised, the window is never exposed: what waits for its first paint (the
    menus' commands, the last case) comes a moment after it is shown all the same, once."""
    from secondop_desktop.store.journal import Journal
    from secondop_desktop.ui import main_window

    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case())
    monkeypatch.setattr(main_window, "FIRST_PAINT_FALLBACK_MS", 50)
    application.make_application()
    journal = application.open_journal(journal_path, quick_check=False, hand_over=None)
    assert journal is not None
    window = MainWindow(None, paint_first=True)
    qtbot.addWidget(window)
    try:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # as if minimised
        window.set_journal(journal)
        window.show()
        handle = window.windowHandle()
        assert handle is not None and not handle.isExposed()
        assert window.document is None
        qtbot.waitUntil(lambda: window.document is not None, timeout=5000)
        assert window.new_case_action.isEnabled() and window.export_action.isEnabled()
        built = len(window.findChildren(QMenu))
        qtbot.wait(150)  # the time given has passed: nothing is built a second time
        assert len(window.findChildren(QMenu)) == built
    finally:
        window.close()
        assert window.journal is not None
        window.journal.close()
