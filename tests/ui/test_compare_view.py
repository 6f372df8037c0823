# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare view as a person uses it: clicking, typing, pressing F7, reading what it shows.

Most tests run on a stand-in engine with fixed points (``FakeEngine``) so they check the view, not
the engine's wording; ``test_compare_view_engine.py`` runs the same screen on the real engine.
The rows are a table (``compare_rows``) over the view's model; the controls for the row being
looked at are in one panel under it (``compare_review_panel``).
"""

from __future__ import annotations

import copy
import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
)

from secondop_desktop.domain.comparison import Comparison, Point, ThreeWay
from secondop_desktop.domain.model import Case, Opinion, Physician, Review
from secondop_desktop.ui.compare_model import COL_MARK, Role
from secondop_desktop.ui.compare_review import ReviewLine, ReviewPanel
from secondop_desktop.ui.compare_view import CompareView
from tests.ui.test_compare_model_fakes import (
    THIRD_ID,
    FakeEngine,
    crossed_three,
    with_third_opinion,
)


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


def shown_view(qtbot, case: Case, engine: FakeEngine | None = None,
               synchronous: bool = True) -> CompareView:
    """A compare view on ``case``, shown at 1200 x 800 (the real engine when ``engine`` is
    None)."""
    widget = CompareView(engine=engine, synchronous=synchronous)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_case(case)
    widget.show()
    return widget


@pytest.fixture
def view(qtbot, engine: FakeEngine, demo_case: Case) -> CompareView:
    widget = shown_view(qtbot, demo_case, engine)
    qtbot.waitExposed(widget)
    return widget


def wait_for_rows(view: CompareView) -> None:
    """Let the view lay its rows out (it does so on the next turn of the event loop)."""
    deadline = time.monotonic() + 10
    while view.rows_pending() and time.monotonic() < deadline:
        QApplication.processEvents()
    assert not view.rows_pending()


def rows(view: CompareView) -> list[int]:
    """The model rows on show, in order."""
    wait_for_rows(view)
    return view.shown_rows()


def row_named(view: CompareView, label: str) -> int:
    """The first row whose point is headed ``label`` ("Stage")."""
    for row in rows(view):
        if view.model.row(row).label == label:
            return row
    raise AssertionError(f"no row {label}")


def mark_text(view: CompareView, row: int) -> str:
    """The mark column of ``row`` as drawn: the marks, the severity, the user's own view."""
    index = view.model.index(row, COL_MARK)
    return "\n".join([view.model.data(index), *view.model.data(index, Role.VERDICT_LINES)])


def cell_text(view: CompareView, row: int, column: int) -> str:
    return view.model.data(view.model.index(row, column))


def summary(view: CompareView) -> str:
    return view.findChild(QLabel, "compare_summary").text()


def current_rows(view: CompareView) -> list[int]:
    """The row being looked at (outlined, and current in the table), if any."""
    row = view.current_row()
    if row < 0:
        return []
    current = view.table.currentIndex()
    assert current.isValid() and view.filter.mapToSource(current).row() == row
    return [row]


def click_row(qtbot, view: CompareView, row: int, column: int = 1) -> None:
    """Click a row's cell, as a person picks the point to look at."""
    table = view.table
    shown = view.filter.row_of_source(row)
    table.scrollTo(view.filter.index(shown, column))
    rect = table.visualRect(view.filter.index(shown, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(
        12, 12))
    assert view.current_row() == row


def panel(view: CompareView) -> ReviewPanel:
    return view.findChild(ReviewPanel, "compare_review_panel")


def panel_lines(view: CompareView) -> list[ReviewLine]:
    return [line for line in panel(view).lines if line.isVisible()]


def apply_review(case: Case, review: Review) -> Case:
    """What the owner does with a reviewChanged: replace by id, then hand the case back."""
    case = copy.deepcopy(case)
    case.reviews = [r for r in case.reviews if r.id != review.id] + [review]
    return case


def edited(case: Case) -> Case:
    """The case with a doctor's text changed (an edit the engine must see)."""
    case = copy.deepcopy(case)
    case.opinions[0].rationale += " Seen again."
    return case


def test_summary_and_marks(view: CompareView) -> None:
    assert summary(view) == ("Diagnosis: refined (one doctor is more specific) · Plan: different · "
                             "4 points where the doctors differ (1 only in detail), "
                             "3 where they agree")
    stage = row_named(view, "Stage")
    assert "≠ Differs" in mark_text(view, stage) and "major" in mark_text(view, stage)
    assert "= Same" in mark_text(view, row_named(view, "Certainty"))
    assert "~ Refined" in mark_text(view, row_named(view, "Diagnosis"))
    assert "◐ Only Dr Tanaka" in mark_text(view, rows(view)[5])
    # The differing words are marked inside the text, and the reason is with the row.
    index = view.model.index(stage, 1)
    assert ("4", True) in view.model.data(index, Role.SEGMENTS)
    sentence = view.model.data(view.model.index(stage, COL_MARK), Role.SENTENCE)
    assert "Why they may differ: Dr Tanaka saw the MRI report" in sentence
    header = view.table.horizontalHeader()
    assert header.isVisible()
    assert view.filter.headerData(2, Qt.Orientation.Horizontal) == "Dr Mei Tanaka"


def test_next_previous_buttons_and_f7_move_the_row_and_the_focus(
        qtbot, view: CompareView) -> None:
    assert current_rows(view) == []
    next_button = view.findChild(QPushButton, "compare_next")
    previous_button = view.findChild(QPushButton, "compare_previous")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert current_rows(view) == [0]  # the refined diagnosis
    checkbox = view.findChild(QCheckBox, "compare_only_differences")
    checkbox.setFocus()
    view.activateWindow()
    qtbot.waitUntil(checkbox.hasFocus)
    qtbot.keyClick(checkbox, Qt.Key.Key_F7)
    assert current_rows(view) == [2]  # Stage: certainty (row 1) agrees
    # The keyboard focus went with it, so a screen reader says the point.
    assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F7)
    assert current_rows(view) == [3]
    qtbot.keyClick(view.table, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert current_rows(view) == [2]
    qtbot.mouseClick(previous_button, Qt.MouseButton.LeftButton)
    assert current_rows(view) == [0]
    assert not previous_button.isEnabled()  # nothing before the first difference
    for _ in range(5):
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert current_rows(view) == [5]  # the last difference; Next stops there
    assert not next_button.isEnabled()


def test_next_scrolls_the_row_into_view(qtbot, view: CompareView) -> None:
    view.resize(900, 420)
    qtbot.waitUntil(lambda: view.height() == 420)
    next_button = view.findChild(QPushButton, "compare_next")
    for _ in range(4):
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert current_rows(view) == [5]

    def shown() -> bool:
        rect = view.table.row_rect(view.filter.row_of_source(5))
        return 0 <= rect.top() < view.table.viewport().height()

    qtbot.waitUntil(shown)


def test_only_differences_hides_agreeing_rows(qtbot, view: CompareView) -> None:
    certainty = row_named(view, "Certainty")
    assert certainty in rows(view)
    qtbot.mouseClick(view.findChild(QCheckBox, "compare_only_differences"),
                     Qt.MouseButton.LeftButton)
    visible = rows(view)
    assert certainty not in visible
    assert len(visible) == 4
    assert all("Same" not in mark_text(view, r) for r in visible)
    assert view.table.model().rowCount() == 4  # the table itself shows four rows


def test_same_verdict_is_shown_at_once_without_the_engine_and_kept_after_set_case(
        qtbot, view: CompareView, engine: FakeEngine, demo_case: Case) -> None:
    stage = row_named(view, "Stage")
    click_row(qtbot, view, stage)
    calls = engine.calls
    with qtbot.waitSignal(view.reviewChanged) as signal, \
            qtbot.waitSignal(view.differenceCountChanged) as count:
        qtbot.mouseClick(panel(view).findChild(QRadioButton, "review_same_radio"),
                         Qt.MouseButton.LeftButton)
    review = signal.args[0]
    assert isinstance(review, Review)
    assert review.verdict == "same"
    assert review.point == "stage"
    assert review.opinions == [demo_case.opinions[0].id, demo_case.opinions[1].id]
    assert review.updated_at
    # Shown on the rows at once, by the point's key: the engine did not run again.
    assert count.args == [3]
    assert "3 points where the doctors differ" in summary(view)
    assert "(the program found: 4 differ, 3 agree)" in summary(view)
    assert "≠ Differs" in mark_text(view, stage)  # the program's finding stays visible…
    assert "Your view: the same" in mark_text(view, stage)  # …beside the user's

    view.set_case(apply_review(demo_case, review))  # the owner hands the case back
    assert engine.calls == calls
    assert "3 points where the doctors differ" in summary(view)
    assert panel(view).findChild(QRadioButton, "review_same_radio").isChecked()
    assert current_rows(view) == [stage]


def test_radios_show_only_the_users_verdict_and_the_program_speaks_in_words(
        qtbot, view: CompareView) -> None:
    for label, found in (("Stage", "they differ"), ("Certainty", "they say the same"),
                         ("Diagnosis", "one is more precise")):
        click_row(qtbot, view, row_named(view, label))
        same = panel(view).findChild(QRadioButton, "review_same_radio")
        differ = panel(view).findChild(QRadioButton, "review_differ_radio")
        assert same.isVisible() and differ.isVisible(), label
        assert not same.isChecked() and not differ.isChecked(), label
        program = panel(view).findChild(QLabel, "review_program_found")
        assert program.isVisible() and f"The program found: {found}" in program.text(), label
    click_row(qtbot, view, rows(view)[5])
    only = panel(view).findChild(QLabel, "review_program_found")
    assert "The program found: only Dr Tanaka mentions it" in only.text()


def test_a_same_row_can_be_called_different(qtbot, view: CompareView, demo_case: Case) -> None:
    certainty = row_named(view, "Certainty")
    click_row(qtbot, view, certainty)
    # An agreeing point stays light: the verdict line only, no state or note until it differs.
    combo = panel(view).findChild(QComboBox, "review_state_combo")
    assert combo is None or not combo.isVisible()
    assert view.table.rowHeight(view.filter.row_of_source(certainty)) < view.table.rowHeight(
        view.filter.row_of_source(row_named(view, "Stage")))
    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.mouseClick(panel(view).findChild(QRadioButton, "review_differ_radio"),
                         Qt.MouseButton.LeftButton)
    review = signal.args[0]
    assert (review.point, review.verdict) == ("certainty", "different")
    assert review.opinions == [demo_case.opinions[0].id, demo_case.opinions[1].id]
    assert view.difference_count() == 5

    view.set_case(apply_review(demo_case, review))
    view.refresh_now()
    assert ("5 points where the doctors differ (1 only in detail), 2 where they agree"
            in summary(view))
    assert "(the program found: 4 differ, 3 agree)" in summary(view)
    assert "= Same" in mark_text(view, certainty)  # the program's finding…
    assert "Your view: different" in mark_text(view, certainty)  # …beside the user's
    assert panel(view).findChild(QRadioButton, "review_differ_radio").isChecked()
    assert not panel(view).findChild(QRadioButton, "review_same_radio").isChecked()
    program = panel(view).findChild(QLabel, "review_program_found")
    assert "The program found: they say the same" in program.text()
    # Now a difference of the user's: it can be tracked, and F7 stops on it.
    assert panel(view).findChild(QComboBox, "review_state_combo").isVisible()
    view.previous_difference()
    assert current_rows(view) == [0]
    view.next_difference()
    assert current_rows(view) == [certainty]


def test_state_and_note_emit_reviews_that_build_on_each_other(
        qtbot, view: CompareView) -> None:
    click_row(qtbot, view, row_named(view, "Stage"))
    combo = panel(view).findChild(QComboBox, "review_state_combo")
    assert combo.currentText() == "Open"
    with qtbot.waitSignal(view.reviewChanged) as signal:
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    first = signal.args[0]
    assert (first.point, first.state, first.verdict) == ("stage", "asked", None)
    assert combo.accessibleName() == "State of the stage point: asked"

    note = panel(view).findChild(QLineEdit, "review_note_edit")
    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.keyClicks(note, "Grade 3: outer side spared")
    second = signal.args[0]
    # One review for the point: the note joins the state already chosen, not a second review.
    assert second.id == first.id
    assert (second.state, second.note) == ("asked", "Grade 3: outer side spared")


def test_typing_a_note_sends_one_review_after_a_pause(qtbot, view: CompareView) -> None:
    received: list[Review] = []
    view.reviewChanged.connect(received.append)
    click_row(qtbot, view, row_named(view, "Stage"))
    note = panel(view).findChild(QLineEdit, "review_note_edit")
    qtbot.keyClicks(note, "Ask about the MRI")
    qtbot.waitUntil(lambda: len(received) == 1)
    assert received[0].note == "Ask about the MRI"
    qtbot.wait(800)  # no second review arrives for the same typing
    assert len(received) == 1


def test_note_being_typed_survives_a_refresh(qtbot, view: CompareView, demo_case: Case) -> None:
    received: list[Review] = []
    view.reviewChanged.connect(received.append)
    click_row(qtbot, view, row_named(view, "Stage"))
    note = panel(view).findChild(QLineEdit, "review_note_edit")
    qtbot.keyClicks(note, "Grade")
    qtbot.waitUntil(lambda: len(received) == 1)
    view.set_case(apply_review(edited(demo_case), received[0]))
    qtbot.keyClicks(note, " 3")
    view.refresh_now()
    assert note.text() == "Grade 3"


def test_add_to_my_questions_sends_the_question_with_its_point(
        qtbot, view: CompareView) -> None:
    click_row(qtbot, view, row_named(view, "Stage"))
    button = panel(view).findChild(QPushButton, "add_question_button")
    assert button.accessibleName() == "Add the question about the stage to my questions"
    with qtbot.waitSignal(view.questionRequested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    text, point = signal.args
    assert text == "How did you grade the X-ray, and what makes it that grade?"
    assert point.key == "stage"  # the point itself, not found again by its text
    # Agreeing rows offer no question.
    click_row(qtbot, view, row_named(view, "Certainty"))
    assert not button.isVisible()


def test_fewer_than_two_opinions_shows_a_friendly_message(qtbot, demo_case: Case) -> None:
    widget = CompareView(engine=FakeEngine(), synchronous=True)
    qtbot.addWidget(widget)
    widget.show()
    message = widget.findChild(QLabel, "compare_message")
    assert message.isVisible() and "Open a case" in message.text()
    demo_case.opinions = demo_case.opinions[:1]
    widget.set_case(demo_case)
    assert message.isVisible()
    assert "Add a second doctor's opinion to compare" in message.text()
    assert rows(widget) == []
    assert not widget.findChild(QPushButton, "compare_next").isEnabled()


def test_choosing_another_pair_updates_the_view(
        qtbot, engine: FakeEngine, demo_case: Case) -> None:
    case = with_third_opinion(demo_case)
    widget = shown_view(qtbot, case, engine)
    second = widget.findChild(QComboBox, "compare_second_combo")
    assert second.currentText() == "Dr Mei Tanaka (Second opinion)"
    second.setFocus()
    qtbot.keyClick(second, Qt.Key.Key_Down)
    assert second.currentData() == THIRD_ID
    horizontal = Qt.Orientation.Horizontal
    assert widget.filter.headerData(2, horizontal) == "Dr Amara Okafor"
    assert "◐ Only Dr Okafor" in mark_text(widget, rows(widget)[5])

    # Choosing for the first doctor the one shown second swaps them.
    first = widget.findChild(QComboBox, "compare_first_combo")
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_End)
    assert first.currentData() == THIRD_ID
    assert second.currentData() == case.opinions[0].id
    assert widget.filter.headerData(1, horizontal) == "Dr Amara Okafor"

    # The chosen doctors stay chosen when the owner refreshes the case.
    widget.set_case(edited(case))
    widget.refresh_now()
    assert (first.currentData(), second.currentData()) == (THIRD_ID, case.opinions[0].id)


def test_third_doctor_gives_three_columns(qtbot, engine: FakeEngine, demo_case: Case) -> None:
    widget = shown_view(qtbot, demo_case, engine)
    third = widget.findChild(QPushButton, "compare_third_button")
    assert not third.isEnabled()  # only two doctors so far
    case = with_third_opinion(demo_case)
    widget.set_case(case)
    widget.refresh_now()
    assert third.isEnabled()
    qtbot.mouseClick(third, Qt.MouseButton.LeftButton)
    combo = widget.findChild(QComboBox, "compare_third_combo")
    assert combo.isVisible() and combo.currentData() == THIRD_ID
    assert widget.table.model().columnCount() == 4
    assert widget.filter.headerData(3, Qt.Orientation.Horizontal) == "Dr Amara Okafor"
    stage = row_named(widget, "Stage")
    assert all(widget.table.columnWidth(c) > 100 for c in (1, 2, 3))
    assert "= Dr Tanaka and Dr Okafor agree" in mark_text(widget, stage)
    assert "≠ Dr Hale differs" in mark_text(widget, stage)
    assert "Plan: all three differ" in summary(widget)
    # The user's view is kept per pair of doctors: one line for each pair, the pair the program
    # found the same too (the user may see it otherwise).
    click_row(qtbot, widget, stage)
    titles = [line.title.text() for line in panel_lines(widget)]
    assert titles == ["<b>Dr Hale and Dr Tanaka:</b>", "<b>Dr Hale and Dr Okafor:</b>",
                      "<b>Dr Tanaka and Dr Okafor:</b>"]
    radio = panel_lines(widget)[1].same_radio
    assert radio.accessibleName() == "Stage, Dr Hale and Dr Okafor: your view — they say the same"
    with qtbot.waitSignal(widget.reviewChanged) as signal:
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    review = signal.args[0]
    ids = [o.id for o in case.opinions]
    assert (review.opinions, review.point, review.verdict) == ([ids[0], ids[2]], "stage", "same")
    widget.set_case(apply_review(case, review))
    widget.refresh_now()
    stage = row_named(widget, "Stage")
    assert "Your view of Dr Hale and Dr Okafor: the same" in mark_text(widget, stage)
    # Back to two.
    qtbot.mouseClick(third, Qt.MouseButton.LeftButton)
    assert widget.table.model().columnCount() == 3


def test_three_doctors_a_same_row_overruled_counts_and_shows_both(
        qtbot, engine: FakeEngine, demo_case: Case) -> None:
    case = with_third_opinion(demo_case)
    widget = shown_view(qtbot, case, engine)
    qtbot.mouseClick(widget.findChild(QPushButton, "compare_third_button"),
                     Qt.MouseButton.LeftButton)
    assert ("4 points where the doctors differ (1 only in detail), 3 where they agree"
            in summary(widget))
    certainty = row_named(widget, "Certainty")
    click_row(qtbot, widget, certainty)
    lines = panel_lines(widget)
    assert len(lines) == 3
    tanaka_okafor = lines[2]
    assert tanaka_okafor.title.text() == "<b>Dr Tanaka and Dr Okafor:</b>"
    with qtbot.waitSignal(widget.reviewChanged) as signal:
        qtbot.mouseClick(tanaka_okafor.differ_radio, Qt.MouseButton.LeftButton)
    review = signal.args[0]
    assert (review.opinions, review.verdict) == ([case.opinions[1].id, THIRD_ID], "different")
    widget.set_case(apply_review(case, review))
    widget.refresh_now()
    text = summary(widget)
    assert "5 points where the doctors differ (1 only in detail), 2 where they agree" in text
    assert "(the program found: 4 differ, 3 agree)" in text
    certainty = row_named(widget, "Certainty")
    assert "= All the same" in mark_text(widget, certainty)
    assert "Your view of Dr Tanaka and Dr Okafor: different" in mark_text(widget, certainty)


def test_three_doctors_every_item_gets_a_row(qtbot, demo_case: Case) -> None:
    """Two of Dr Okafor's items matched with one of Dr Tanaka's: both are on screen."""
    case = with_third_opinion(demo_case)
    ids = [o.id for o in case.opinions]

    class Crossed(FakeEngine):
        def compare_three(self, case: Case, chosen: list[str]) -> ThreeWay:
            return crossed_three(*chosen, case_id=case.id)

    widget = CompareView(engine=Crossed(), synchronous=True)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_case(case)
    widget.show()
    qtbot.mouseClick(widget.findChild(QPushButton, "compare_third_button"),
                     Qt.MouseButton.LeftButton)
    assert widget.model.opinion_ids == ids
    shown = rows(widget)
    assert len(shown) == 2
    okafor = [cell_text(widget, r, 3) for r in shown]
    assert "Knee replacement" in okafor[0] and "Physiotherapy twice a week" in okafor[1]
    assert "◐ Not mentioned by Dr Hale" in mark_text(widget, shown[1])
    hale = widget.model.index(shown[1], 1)
    assert widget.model.data(hale, Role.MISSING) == "Dr Hale did not mention this"
    assert widget.model.data(hale, Qt.ItemDataRole.AccessibleTextRole) == (
        "Dr Hale: Recommendation: did not mention this")


def test_refresh_is_debounced_and_keeps_the_current_row(
        qtbot, view: CompareView, engine: FakeEngine, demo_case: Case) -> None:
    qtbot.mouseClick(view.findChild(QPushButton, "compare_next"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.findChild(QPushButton, "compare_next"), Qt.MouseButton.LeftButton)
    calls = engine.calls
    for _ in range(5):  # a burst of edits: one recomputation after the pause
        view.set_case(edited(demo_case))
    assert engine.calls == calls
    qtbot.waitUntil(lambda: engine.calls == calls + 1)
    assert current_rows(view) == [2]


def test_doctor_names_in_any_script(qtbot, engine: FakeEngine) -> None:
    case = Case(title="Thyroid", opinions=[
        Opinion(label="Erste Meinung", physician=Physician(name="Dr José Müller")),
        Opinion(label="第二意见", physician=Physician(name="张伟")),
    ])
    widget = CompareView(engine=engine, synchronous=True)
    qtbot.addWidget(widget)
    widget.set_case(case)
    widget.show()
    assert widget.findChild(QComboBox, "compare_second_combo").currentText() == "张伟 (第二意见)"
    assert "◐ Only 张伟" in mark_text(widget, rows(widget)[5])


def test_rows_fill_the_width_at_double_text_size(qtbot, engine, demo_case) -> None:
    widget = CompareView(engine=engine, synchronous=True)
    qtbot.addWidget(widget)
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    widget.resize(1200, 800)
    widget.set_case(demo_case)
    widget.show()
    qtbot.waitExposed(widget)
    table = widget.table
    header = table.horizontalHeader()
    # The columns share the table's width exactly: the headings stand over their columns and
    # nothing is wider than the view.
    qtbot.waitUntil(lambda: header.length() == table.viewport().width())
    assert widget.width() == 1200
    assert table.horizontalScrollBar().maximum() == 0
    wait_for_rows(widget)
    stage = widget.filter.row_of_source(row_named(widget, "Stage"))
    assert table.rowHeight(stage) >= 2 * table.fontMetrics().height()


def test_a_bigger_text_size_lays_the_rows_out_again_without_comparing_again(
        qtbot, view: CompareView, engine: FakeEngine) -> None:
    calls = engine.calls
    stage = view.filter.row_of_source(row_named(view, "Stage"))
    before = view.table.rowHeight(stage)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert view.table.font().pointSizeF() == font.pointSizeF()
    wait_for_rows(view)
    assert view.table.rowHeight(stage) > before
    assert len(rows(view)) == 7
    assert engine.calls == calls


def test_clicking_a_row_makes_it_current(qtbot, view: CompareView) -> None:
    stage = row_named(view, "Stage")
    click_row(qtbot, view, stage, column=2)
    assert current_rows(view) == [stage]
    assert "Stage" in panel(view).title.text()
    # Next goes on from the row the user picked.
    qtbot.mouseClick(view.findChild(QPushButton, "compare_next"), Qt.MouseButton.LeftButton)
    assert current_rows(view) == [3]


def test_hidden_view_catches_up_when_shown(qtbot, view: CompareView, engine: FakeEngine,
                                           demo_case: Case) -> None:
    view.hide()
    calls = engine.calls
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    changed = apply_review(edited(demo_case), Review(opinions=[a, b], point="stage",
                                                     verdict="same"))
    view.set_case(changed)
    qtbot.wait(400)  # past the pause: nothing is recomputed for a hidden tab
    assert engine.calls == calls
    view.show()
    assert engine.calls == calls + 1
    assert "3 points where the doctors differ" in summary(view)


def test_f7_in_a_window_that_has_its_own_f7(qtbot, engine: FakeEngine, demo_case: Case) -> None:
    """The main window's Case menu has F7 too: pressing it inside the view still works once."""
    window = QMainWindow()
    qtbot.addWidget(window)
    widget = CompareView(engine=engine, synchronous=True)
    window.setCentralWidget(widget)
    menu_action = QAction("Next difference", window)
    menu_action.setShortcut(QKeySequence("F7"))
    menu_action.triggered.connect(widget.next_difference)
    window.menuBar().addMenu("Case").addAction(menu_action)
    window.resize(1200, 800)
    widget.set_case(demo_case)
    window.show()
    window.activateWindow()
    checkbox = widget.findChild(QCheckBox, "compare_only_differences")
    checkbox.setFocus()
    qtbot.waitUntil(checkbox.hasFocus)
    qtbot.keyClick(checkbox, Qt.Key.Key_F7)
    assert current_rows(widget) == [0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F7)
    assert current_rows(widget) == [2]
    # The view's own Shift+F7 still answers, as the window has none.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert current_rows(widget) == [0]


def test_the_question_goes_when_the_point_is_called_the_same(
        qtbot, view: CompareView) -> None:
    click_row(qtbot, view, row_named(view, "Stage"))
    question = panel(view).findChild(QLabel, "compare_question")
    assert question.isVisible()
    qtbot.mouseClick(panel(view).findChild(QRadioButton, "review_same_radio"),
                     Qt.MouseButton.LeftButton)
    assert not question.isVisible()
    assert not panel(view).findChild(QPushButton, "add_question_button").isVisible()


def test_tab_goes_from_the_rows_to_the_controls_of_the_row_looked_at(
        qtbot, view: CompareView) -> None:
    view.activateWindow()
    view.next_difference()
    view.next_difference()  # Stage
    assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus.objectName() == "add_question_button"
    reached = [focus.objectName()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget().objectName())
    assert reached == ["add_question_button", "review_same_radio", "review_state_combo",
                       "review_note_edit", reached[4]]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab,
                   Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget().objectName() == "review_note_edit"
    assert current_rows(view) == [2]  # the row looked at stays while its controls are used


def test_clear_my_view_withdraws_the_verdict_and_the_programs_finding_stays(
        qtbot, view: CompareView, demo_case: Case) -> None:
    stage = row_named(view, "Stage")
    click_row(qtbot, view, stage)
    clear = panel(view).findChild(QPushButton, "review_clear_button")
    assert clear is not None and not clear.isVisible()  # nothing to take back yet
    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.mouseClick(panel(view).findChild(QRadioButton, "review_same_radio"),
                         Qt.MouseButton.LeftButton)
    said = signal.args[0]
    assert clear.isVisible()  # offered at once, before the owner hands the case back
    case = apply_review(demo_case, said)
    view.set_case(case)
    view.refresh_now()
    assert "Your view: the same" in mark_text(view, stage)
    assert clear.isVisible() and clear.text() == "Clear my view"
    assert clear.accessibleName() == "Clear your view of the stage point"

    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    withdrawn = signal.args[0]
    # The same review, its verdict taken back: the owner replaces it as any other change.
    assert (withdrawn.id, withdrawn.point, withdrawn.verdict) == (said.id, "stage", None)
    assert withdrawn.opinions == said.opinions
    same = panel(view).findChild(QRadioButton, "review_same_radio")
    differ = panel(view).findChild(QRadioButton, "review_differ_radio")
    assert not same.isChecked() and not differ.isChecked()
    assert not clear.isVisible()
    assert view.difference_count() == 4

    view.set_case(apply_review(case, withdrawn))
    view.refresh_now()
    assert summary(view) == ("Diagnosis: refined (one doctor is more specific) · Plan: different · "
                             "4 points where the doctors differ (1 only in detail), "
                             "3 where they agree")
    assert "Your view" not in mark_text(view, stage)  # no verdict of the user's any more…
    assert "≠ Differs" in mark_text(view, stage)  # …and the program's own finding is still shown
    program = panel(view).findChild(QLabel, "review_program_found")
    assert program.isVisible() and "The program found: they differ" in program.text()
    assert not same.isChecked()
    assert not clear.isVisible()


def test_clear_my_view_by_keyboard_keeps_the_focus_on_the_line(
        qtbot, view: CompareView, demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    said = Review(opinions=[a, b], point="certainty", verdict="different", note="Asked twice")
    view.set_case(apply_review(demo_case, said))
    view.refresh_now()
    click_row(qtbot, view, row_named(view, "Certainty"))
    view.activateWindow()
    differ = panel(view).findChild(QRadioButton, "review_differ_radio")
    differ.setFocus()
    qtbot.waitUntil(differ.hasFocus)
    qtbot.keyClick(differ, Qt.Key.Key_Tab)  # on from the chosen radio to the button
    clear = panel(view).findChild(QPushButton, "review_clear_button")
    assert clear.hasFocus()
    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.keyClick(clear, Qt.Key.Key_Space)
    withdrawn = signal.args[0]
    assert (withdrawn.id, withdrawn.verdict, withdrawn.note) == (said.id, None, "Asked twice")
    focus = QApplication.focusWidget()
    assert focus is not None and focus.objectName() == "review_same_radio"
    assert panel(view).isAncestorOf(focus)


class RankedEngine(FakeEngine):
    """The fixed points with what the engine adds: a rank for each, the benefits of the main
    recommendation under it, what exactly differs, and the X-ray said in other words."""

    def compare_opinions(self, case: Case, a_id: str, b_id: str) -> Comparison:
        result = super().compare_opinions(case, a_id, b_id)
        by_label = {p.label: p for p in result.points}
        main = by_label["Main recommendation"]
        xray = next(p for p in result.points if "xray" in p.key)
        xray.wording_only = True
        xray.b = "X-ray of both knees taken standing, 29 September 2026"
        by_label["Stage"].detail = "grade: 4 against 3"
        benefits = Point(key=f"benefits:{main.key}", topic="benefits", status="different",
                         severity="minor", label="Benefits", parent=main.key,
                         a="Less pain for many years", b="Stronger muscles around the knee")
        result.points.insert(result.points.index(main) + 1, benefits)
        ranking = ["stage", main.key, "diagnosis", benefits.key]
        for point in result.points:
            point.order = ranking.index(point.key) if point.key in ranking else (
                10 + result.points.index(point))
        return result


def test_most_important_first_and_points_said_in_other_words(
        qtbot, demo_case: Case) -> None:
    widget = shown_view(qtbot, demo_case, RankedEngine())
    labels = [widget.model.row(r).label for r in rows(widget)]
    # Said the same in other words: folded away, offered in the bar.
    assert labels == ["Diagnosis", "Certainty", "Stage", "Main recommendation", "Benefits",
                      "Evidence", "Next steps"]
    offer = widget.findChild(QCheckBox, "compare_show_reworded")
    assert offer.isVisible() and offer.text() == "Same in other words (1)"
    assert offer.accessibleName() == (
        "Show the 1 point the doctors said the same in other words")
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    shown = rows(widget)
    assert len(shown) == 8
    xray = next(r for r in shown if "X-ray" in cell_text(widget, r, 1))
    assert "= Same, in other words" in mark_text(widget, xray)

    # The benefits of a recommendation sit under it, marked so; what differs is said.
    benefits = row_named(widget, "Benefits")
    content = widget.model.data(widget.model.index(benefits, 1), Role.CELL)
    assert content[1] == "↳ Benefits"
    stage = row_named(widget, "Stage")
    assert "grade: 4 against 3" in widget.model.data(widget.model.index(stage, COL_MARK),
                                                     Role.SENTENCE)

    # Most important first: the engine's ranking, the benefits still under their plan.
    qtbot.mouseClick(widget.findChild(QCheckBox, "compare_most_important"),
                     Qt.MouseButton.LeftButton)
    labels = [widget.model.row(r).label for r in rows(widget)]
    assert labels[:4] == ["Stage", "Main recommendation", "Benefits", "Diagnosis"]
    assert widget.table.model().index(0, 1).data(Role.LABEL) == "Stage"
    widget.next_difference()
    assert current_rows(widget) == [stage]  # F7 follows the order on show
    widget.next_difference()
    assert widget.model.row(widget.current_row()).label == "Main recommendation"


def test_tab_visits_every_control_of_the_page_once_in_reading_order(
        qtbot, view: CompareView) -> None:
    view.activateWindow()
    view.next_difference()
    view.next_difference()  # Stage: the panel has its question, view, state and note
    first = view.findChild(QComboBox, "compare_first_combo")
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    reached = [first.objectName()]
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        name = QApplication.focusWidget().objectName()
        if name == reached[0]:
            break
        reached.append(name)
    assert reached == [
        "compare_first_combo", "compare_second_combo", "compare_only_differences",
        "compare_most_important", "compare_previous", "compare_next", "compare_rows",
        "add_question_button", "review_same_radio", "review_state_combo", "review_note_edit"]
    # Shift+Tab goes back the same way.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget().objectName() == "review_note_edit"


def test_show_all_under_a_folded_text_unfolds_it(qtbot, demo_case: Case) -> None:
    class Wordy(FakeEngine):
        def compare_opinions(self, case: Case, a_id: str, b_id: str) -> Comparison:
            result = super().compare_opinions(case, a_id, b_id)
            stage = next(p for p in result.points if p.key == "stage")
            stage.a = " ".join(["The knee shows narrowing on the inner side."] * 60)
            stage.a_segments = []
            return result

    widget = shown_view(qtbot, demo_case, Wordy())
    qtbot.waitExposed(widget)
    wait_for_rows(widget)
    stage = row_named(widget, "Stage")
    table = widget.table
    shown = widget.filter.row_of_source(stage)
    table.scrollTo(widget.filter.index(shown, 1))
    index = widget.filter.index(shown, 1)
    rect = table.visualRect(index)
    found = widget.delegate.cell(index, table.font(), rect.width())
    assert found.folded
    folded = table.rowHeight(shown)
    # The link under the text, where the user sees "▾ Show all".
    link = rect.topLeft() + QPoint(20, int(8 + found.text_height + found.link_height / 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=link)
    assert widget.model.is_expanded(stage)
    qtbot.waitUntil(lambda: table.rowHeight(shown) > 2 * folded)
    assert panel(widget).show_all.text() == "Show less"  # the panel's button agrees
    qtbot.mouseClick(panel(widget).show_all, Qt.MouseButton.LeftButton)
    assert not widget.model.is_expanded(stage)
    qtbot.waitUntil(lambda: table.rowHeight(shown) == folded)


def test_a_dark_desktop_gives_the_rows_dark_colours(qtbot, view: CompareView) -> None:
    from PySide6.QtGui import QColor, QPalette

    from secondop_desktop.ui import theme
    from secondop_desktop.ui.compare_style import colours_from

    assert view.model.colours == colours_from(theme.current())
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1a1a1a"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    view.setPalette(dark)
    DARK = colours_from(theme.build(dark, dark=True))  # noqa: N806 (the dark theme's colours)
    assert DARK.base != colours_from(theme.current()).base
    assert view.model.colours == DARK and view.delegate.colours == DARK
    stage = view.filter.index(view.filter.row_of_source(row_named(view, "Stage")), 1)
    found = view.delegate.cell(stage, view.table.font(), view.table.columnWidth(1))
    label = next(r for r in found.layout.formats() if r.format.fontWeight() > 500)
    assert label.format.foreground().color().name() == DARK.text


def test_a_row_called_the_same_stays_on_show_until_the_filter_is_applied_again(
        qtbot, view: CompareView, demo_case: Case) -> None:
    only = view.findChild(QCheckBox, "compare_only_differences")
    qtbot.mouseClick(only, Qt.MouseButton.LeftButton)
    stage = row_named(view, "Stage")
    click_row(qtbot, view, stage)
    same = panel(view).findChild(QRadioButton, "review_same_radio")
    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.mouseClick(same, Qt.MouseButton.LeftButton)
    # Not pulled away from under the user: the row and its controls stay, marked.
    assert stage in rows(view) and current_rows(view) == [stage]
    assert same.isVisible() and same.isChecked()
    assert "Your view: the same" in mark_text(view, stage)
    view.set_case(apply_review(demo_case, signal.args[0]))  # the owner hands it back
    assert stage in rows(view)
    # Applied again, the filter leaves it out.
    qtbot.mouseClick(only, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(only, Qt.MouseButton.LeftButton)
    assert stage not in rows(view) and len(rows(view)) == 3


def test_most_important_first_stays_after_a_refresh(qtbot, demo_case: Case) -> None:
    engine = RankedEngine()
    widget = shown_view(qtbot, demo_case, engine)
    qtbot.mouseClick(widget.findChild(QCheckBox, "compare_most_important"),
                     Qt.MouseButton.LeftButton)
    before = [widget.model.row(r).label for r in rows(widget)]
    assert before[0] == "Stage"
    widget.set_case(edited(demo_case))
    widget.refresh_now()
    assert [widget.model.row(r).label for r in rows(widget)] == before
    assert widget.table.model().index(0, 1).data(Role.LABEL) == "Stage"


def test_a_row_looked_at_that_the_filter_hides_gives_way_to_the_next_one_shown(
        qtbot, view: CompareView) -> None:
    click_row(qtbot, view, row_named(view, "Certainty"))
    qtbot.mouseClick(view.findChild(QCheckBox, "compare_only_differences"),
                     Qt.MouseButton.LeftButton)
    stage = row_named(view, "Stage")
    assert current_rows(view) == [stage]  # the next row on show, its controls in the panel
    assert panel(view).key == "stage" and not panel(view).hint.isVisible()
    view.next_difference()
    assert current_rows(view) == [3]
