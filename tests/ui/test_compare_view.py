# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare view as a person uses it: clicking, typing, pressing F7, reading what it shows.

Most tests run on a stand-in engine with fixed points (``FakeEngine``) so they check the view, not
the engine's wording; ``test_compare_view_engine.py`` runs the same screen on the real engine.
"""

from __future__ import annotations

import copy
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QWidget,
)

from secondop_desktop.domain.comparison import ThreeWay
from secondop_desktop.domain.model import Case, Opinion, Physician, Review
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
    """Let the view make the rows it makes a few at a time (as a person waits a moment)."""
    deadline = time.monotonic() + 10
    while view.rows_pending() and time.monotonic() < deadline:
        QApplication.processEvents()
    assert not view.rows_pending()


def rows(view: CompareView) -> list[QFrame]:
    """Every row of the comparison shown, once all are made."""
    wait_for_rows(view)
    found = [w for w in view.findChildren(QFrame) if w.objectName().startswith("compare_row_")
             and w.objectName()[len("compare_row_"):].isdigit()]
    return sorted(found, key=lambda w: int(w.objectName().rsplit("_", 1)[1]))


def row_named(view: CompareView, label: str) -> QFrame:
    """The first row whose doctor cells are headed by ``label`` ("Stage")."""
    for row in rows(view):
        cell = row.findChild(QLabel, "compare_cell_0")
        if cell is not None and cell.text().startswith(f"<b>{label}</b>"):
            return row
    raise AssertionError(f"no row {label}")


def mark_text(row: QFrame) -> str:
    return row.findChild(QLabel, "compare_mark").text()


def summary(view: CompareView) -> str:
    return view.findChild(QLabel, "compare_summary").text()


def current_rows(view: CompareView) -> list[str]:
    return [r.objectName() for r in rows(view) if r.accessibleDescription() == "current row"]


def apply_review(case: Case, review: Review) -> Case:
    """What the owner does with a reviewChanged: replace by id, then hand the case back."""
    case = copy.deepcopy(case)
    case.reviews = [r for r in case.reviews if r.id != review.id] + [review]
    return case


def test_summary_and_marks(view: CompareView) -> None:
    assert summary(view) == ("Diagnosis: REFINED · Plan: DIFFERENT · "
                             "4 points where the doctors differ, 3 where they agree")
    stage = row_named(view, "Stage")
    assert "≠ Differs" in mark_text(stage) and "major" in mark_text(stage)
    assert "= Same" in mark_text(row_named(view, "Certainty"))
    assert "~ Refined" in mark_text(row_named(view, "Diagnosis"))
    assert "◐ Only Dr Tanaka" in mark_text(rows(view)[5])
    # The differing words are marked inside the text, and the reason is shown under the row.
    first_cell = stage.findChild(QLabel, "compare_cell_0").text()
    assert 'text-decoration:underline">4</span>' in first_cell
    reason = stage.findChild(QLabel, "compare_reason")
    assert reason.isVisible() and "Dr Tanaka saw the MRI report" in reason.text()
    header = view.findChild(QLabel, "compare_header_1")
    assert "Dr Mei Tanaka" in header.text()


def test_next_previous_buttons_and_f7_move_the_outline(qtbot, view: CompareView) -> None:
    assert current_rows(view) == []
    next_button = view.findChild(QPushButton, "compare_next")
    previous_button = view.findChild(QPushButton, "compare_previous")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert current_rows(view) == ["compare_row_0"]  # the refined diagnosis
    checkbox = view.findChild(QCheckBox, "compare_only_differences")
    checkbox.setFocus()
    view.activateWindow()
    qtbot.waitUntil(checkbox.hasFocus)
    qtbot.keyClick(checkbox, Qt.Key.Key_F7)
    assert current_rows(view) == ["compare_row_2"]  # Stage: certainty (row 1) agrees
    qtbot.keyClick(checkbox, Qt.Key.Key_F7)
    assert current_rows(view) == ["compare_row_3"]
    qtbot.keyClick(checkbox, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert current_rows(view) == ["compare_row_2"]
    qtbot.mouseClick(previous_button, Qt.MouseButton.LeftButton)
    assert current_rows(view) == ["compare_row_0"]
    assert not previous_button.isEnabled()  # nothing before the first difference
    for _ in range(5):
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert current_rows(view) == ["compare_row_5"]  # the last difference; Next stops there
    assert not next_button.isEnabled()


def test_next_scrolls_the_row_into_view(qtbot, view: CompareView) -> None:
    view.resize(900, 420)
    qtbot.waitUntil(lambda: view.height() == 420)
    next_button = view.findChild(QPushButton, "compare_next")
    for _ in range(4):
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    last = rows(view)[5]
    scroll = view.findChild(QFrame, "compare_rows")

    def shown() -> bool:
        top = last.mapTo(scroll.viewport(), last.rect().topLeft()).y()
        return 0 <= top < scroll.viewport().height()

    qtbot.waitUntil(shown)


def test_only_differences_hides_agreeing_rows(qtbot, view: CompareView) -> None:
    certainty = row_named(view, "Certainty")
    assert certainty.isVisible()
    qtbot.mouseClick(view.findChild(QCheckBox, "compare_only_differences"),
                     Qt.MouseButton.LeftButton)
    visible = [r for r in rows(view) if r.isVisible()]
    assert certainty not in visible
    assert len(visible) == 4
    assert all("Same" not in mark_text(r) for r in visible)


def test_same_verdict_emits_a_review_and_shows_after_set_case(
        qtbot, view: CompareView, demo_case: Case) -> None:
    stage = row_named(view, "Stage")
    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.mouseClick(stage.findChild(QRadioButton, "review_same_radio"),
                         Qt.MouseButton.LeftButton)
    review = signal.args[0]
    assert isinstance(review, Review)
    assert review.verdict == "same"
    assert review.point == "stage"
    assert review.opinions == [demo_case.opinions[0].id, demo_case.opinions[1].id]
    assert review.updated_at

    with qtbot.waitSignal(view.differenceCountChanged) as count:
        view.set_case(apply_review(demo_case, review))
    assert count.args == [3]
    assert "3 points where the doctors differ" in summary(view)
    assert "(the program found: 4 differ, 3 agree)" in summary(view)
    stage = row_named(view, "Stage")
    assert "≠ Differs" in mark_text(stage)  # the program's finding stays visible…
    assert "Your view: the same" in mark_text(stage)  # …beside the user's
    assert stage.findChild(QRadioButton, "review_same_radio").isChecked()


def test_radios_show_only_the_users_verdict_and_the_program_speaks_in_words(
        view: CompareView) -> None:
    for label, found in (("Stage", "they differ"), ("Certainty", "they say the same"),
                         ("Diagnosis", "one is more precise")):
        row = row_named(view, label)
        same = row.findChild(QRadioButton, "review_same_radio")
        differ = row.findChild(QRadioButton, "review_differ_radio")
        assert same.isVisible() and differ.isVisible(), label
        assert not same.isChecked() and not differ.isChecked(), label
        program = row.findChild(QLabel, "review_program_found")
        assert program.isVisible() and f"The program found: {found}" in program.text(), label
    only = rows(view)[5].findChild(QLabel, "review_program_found")
    assert "The program found: only Dr Tanaka mentions it" in only.text()


def test_a_same_row_can_be_called_different(qtbot, view: CompareView, demo_case: Case) -> None:
    certainty = row_named(view, "Certainty")
    # An agreeing row stays light: the verdict line only, no state or note until it differs.
    combo = certainty.findChild(QComboBox, "review_state_combo")
    assert combo is None or not combo.isVisible()
    assert certainty.height() < row_named(view, "Stage").height()
    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.mouseClick(certainty.findChild(QRadioButton, "review_differ_radio"),
                         Qt.MouseButton.LeftButton)
    review = signal.args[0]
    assert (review.point, review.verdict) == ("certainty", "different")
    assert review.opinions == [demo_case.opinions[0].id, demo_case.opinions[1].id]

    with qtbot.waitSignal(view.differenceCountChanged) as count:
        view.set_case(apply_review(demo_case, review))
        view.refresh_now()
    assert count.args == [5]
    assert "5 points where the doctors differ, 2 where they agree" in summary(view)
    assert "(the program found: 4 differ, 3 agree)" in summary(view)
    certainty = row_named(view, "Certainty")
    assert "= Same" in mark_text(certainty)  # the program's finding…
    assert "Your view: different" in mark_text(certainty)  # …beside the user's
    assert certainty.findChild(QRadioButton, "review_differ_radio").isChecked()
    assert not certainty.findChild(QRadioButton, "review_same_radio").isChecked()
    program = certainty.findChild(QLabel, "review_program_found")
    assert "The program found: they say the same" in program.text()
    # Now a difference of the user's: it can be tracked, and F7 stops on it.
    assert certainty.findChild(QComboBox, "review_state_combo").isVisible()
    view.previous_difference()
    assert current_rows(view) == ["compare_row_0"]
    view.next_difference()
    assert current_rows(view) == [certainty.objectName()]


def test_state_and_note_emit_reviews_that_build_on_each_other(
        qtbot, view: CompareView) -> None:
    stage = row_named(view, "Stage")
    combo = stage.findChild(QComboBox, "review_state_combo")
    assert combo.currentText() == "Open"
    with qtbot.waitSignal(view.reviewChanged) as signal:
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    first = signal.args[0]
    assert (first.point, first.state, first.verdict) == ("stage", "asked", None)

    note = stage.findChild(QLineEdit, "review_note_edit")
    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.keyClicks(note, "Grade 3: outer side spared")
    second = signal.args[0]
    # One review for the point: the note joins the state already chosen, not a second review.
    assert second.id == first.id
    assert (second.state, second.note) == ("asked", "Grade 3: outer side spared")


def test_typing_a_note_sends_one_review_after_a_pause(qtbot, view: CompareView) -> None:
    received: list[Review] = []
    view.reviewChanged.connect(received.append)
    note = row_named(view, "Stage").findChild(QLineEdit, "review_note_edit")
    qtbot.keyClicks(note, "Ask about the MRI")
    qtbot.waitUntil(lambda: len(received) == 1)
    assert received[0].note == "Ask about the MRI"
    qtbot.wait(800)  # no second review arrives for the same typing
    assert len(received) == 1


def test_note_being_typed_survives_a_refresh(qtbot, view: CompareView, demo_case: Case) -> None:
    received: list[Review] = []
    view.reviewChanged.connect(received.append)
    note = row_named(view, "Stage").findChild(QLineEdit, "review_note_edit")
    qtbot.keyClicks(note, "Grade")
    qtbot.waitUntil(lambda: len(received) == 1)
    view.set_case(apply_review(demo_case, received[0]))
    qtbot.keyClicks(note, " 3")
    view.refresh_now()
    assert note.text() == "Grade 3"


def test_add_to_my_questions_emits_the_suggested_question(qtbot, view: CompareView) -> None:
    stage = row_named(view, "Stage")
    button = stage.findChild(QPushButton, "add_question_button")
    with qtbot.waitSignal(view.questionRequested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == ["How did you grade the X-ray, and what makes it that grade?"]
    # Agreeing rows offer no question.
    certainty = row_named(view, "Certainty")
    button = certainty.findChild(QPushButton, "add_question_button")
    assert button is None or not button.isVisible()


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
    assert "Dr Amara Okafor" in widget.findChild(QLabel, "compare_header_1").text()
    assert "◐ Only Dr Okafor" in mark_text(rows(widget)[5])

    # Choosing for the first doctor the one shown second swaps them.
    first = widget.findChild(QComboBox, "compare_first_combo")
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_End)
    assert first.currentData() == THIRD_ID
    assert second.currentData() == case.opinions[0].id
    assert "Dr Amara Okafor" in widget.findChild(QLabel, "compare_header_0").text()

    # The chosen doctors stay chosen when the owner refreshes the case.
    widget.set_case(copy.deepcopy(case))
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
    assert "Dr Amara Okafor" in widget.findChild(QLabel, "compare_header_2").text()
    stage = row_named(widget, "Stage")
    cells = [stage.findChild(QLabel, f"compare_cell_{i}") for i in range(3)]
    assert all(c is not None and c.isVisible() for c in cells)
    assert "= Dr Tanaka and Dr Okafor agree" in mark_text(stage)
    assert "≠ Dr Hale differs" in mark_text(stage)
    assert "Plan: ALL DIFFERENT" in summary(widget)
    # The user's view is kept per pair of doctors: one line for each pair, the pair the program
    # found the same too (the user may see it otherwise).
    titles = [t.text() for t in stage.findChildren(QLabel, "review_pair_title") if t.isVisible()]
    assert titles == ["<b>Dr Hale and Dr Tanaka:</b>", "<b>Dr Hale and Dr Okafor:</b>",
                      "<b>Dr Tanaka and Dr Okafor:</b>"]
    radios = [r for r in stage.findChildren(QRadioButton, "review_same_radio") if r.isVisible()]
    with qtbot.waitSignal(widget.reviewChanged) as signal:
        qtbot.mouseClick(radios[1], Qt.MouseButton.LeftButton)
    review = signal.args[0]
    ids = [o.id for o in case.opinions]
    assert (review.opinions, review.point, review.verdict) == ([ids[0], ids[2]], "stage", "same")
    widget.set_case(apply_review(case, review))
    widget.refresh_now()
    stage = row_named(widget, "Stage")
    assert "Your view of Dr Hale and Dr Okafor: the same" in mark_text(stage)
    # Back to two.
    qtbot.mouseClick(third, Qt.MouseButton.LeftButton)
    assert widget.findChild(QLabel, "compare_header_2") is None or not widget.findChild(
        QLabel, "compare_header_2").isVisible()


def test_three_doctors_a_same_row_overruled_counts_and_shows_both(
        qtbot, engine: FakeEngine, demo_case: Case) -> None:
    case = with_third_opinion(demo_case)
    widget = shown_view(qtbot, case, engine)
    qtbot.mouseClick(widget.findChild(QPushButton, "compare_third_button"),
                     Qt.MouseButton.LeftButton)
    assert "4 points where the doctors differ, 3 where they agree" in summary(widget)
    certainty = row_named(widget, "Certainty")
    lines = [line for line in certainty.findChildren(QWidget, "review_line")
             if line.isVisible()]
    assert len(lines) == 3
    tanaka_okafor = lines[2]
    assert tanaka_okafor.title.text() == "<b>Dr Tanaka and Dr Okafor:</b>"
    with qtbot.waitSignal(widget.reviewChanged) as signal:
        qtbot.mouseClick(tanaka_okafor.findChild(QRadioButton, "review_differ_radio"),
                         Qt.MouseButton.LeftButton)
    review = signal.args[0]
    assert (review.opinions, review.verdict) == ([case.opinions[1].id, THIRD_ID], "different")
    widget.set_case(apply_review(case, review))
    widget.refresh_now()
    text = summary(widget)
    assert "5 points where the doctors differ, 2 where they agree" in text
    assert "(the program found: 4 differ, 3 agree)" in text
    certainty = row_named(widget, "Certainty")
    assert "= All the same" in mark_text(certainty)
    assert "Your view of Dr Tanaka and Dr Okafor: different" in mark_text(certainty)


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
    okafor = [r.findChild(QLabel, "compare_cell_2").text() for r in shown]
    assert "Knee replacement" in okafor[0] and "Physiotherapy twice a week" in okafor[1]
    assert "◐ Not mentioned by Dr Hale" in mark_text(shown[1])
    assert "Dr Hale did not mention this" in shown[1].findChild(QLabel, "compare_cell_0").text()


def test_refresh_is_debounced_and_keeps_the_current_row(
        qtbot, view: CompareView, engine: FakeEngine, demo_case: Case) -> None:
    qtbot.mouseClick(view.findChild(QPushButton, "compare_next"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.findChild(QPushButton, "compare_next"), Qt.MouseButton.LeftButton)
    calls = engine.calls
    for _ in range(5):  # a burst of edits: one recomputation after the pause
        view.set_case(copy.deepcopy(demo_case))
    assert engine.calls == calls
    qtbot.waitUntil(lambda: engine.calls == calls + 1)
    assert current_rows(view) == ["compare_row_2"]


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
    assert "◐ Only 张伟" in mark_text(rows(widget)[5])


def test_rows_line_up_with_the_header_at_double_text_size(qtbot, engine, demo_case) -> None:
    widget = CompareView(engine=engine, synchronous=True)
    qtbot.addWidget(widget)
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    widget.resize(1200, 800)
    widget.set_case(demo_case)
    widget.show()
    qtbot.waitExposed(widget)
    header = widget.findChild(QLabel, "compare_header_1")
    stage = row_named(widget, "Stage")
    cell = stage.findChild(QLabel, "compare_cell_1")

    def lined_up() -> bool:
        return abs(header.mapTo(widget, header.rect().topLeft()).x()
                   - cell.mapTo(widget, cell.rect().topLeft()).x()) <= 1

    qtbot.waitUntil(lined_up)
    # Nothing wider than the view: the bar wraps instead of pushing the window wider.
    assert widget.width() == 1200
    assert stage.width() <= widget.width()
    assert cell.height() >= cell.fontMetrics().height()


def test_a_bigger_text_size_lays_the_rows_out_again_without_comparing_again(
        qtbot, view: CompareView, engine: FakeEngine) -> None:
    calls = engine.calls
    stage = row_named(view, "Stage")
    cell = stage.findChild(QLabel, "compare_cell_0")
    before = cell.font().pointSizeF()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    stage = row_named(view, "Stage")
    assert stage.findChild(QLabel, "compare_cell_0").font().pointSizeF() == 2 * before
    assert len(rows(view)) == 7
    assert engine.calls == calls


def test_clicking_a_row_makes_it_current(qtbot, view: CompareView) -> None:
    stage = row_named(view, "Stage")
    qtbot.mouseClick(stage.findChild(QLabel, "compare_cell_1"), Qt.MouseButton.LeftButton)
    assert current_rows(view) == [stage.objectName()]
    # Next goes on from the row the user picked.
    qtbot.mouseClick(view.findChild(QPushButton, "compare_next"), Qt.MouseButton.LeftButton)
    assert current_rows(view) == ["compare_row_3"]


def test_hidden_view_catches_up_when_shown(qtbot, view: CompareView, engine: FakeEngine,
                                           demo_case: Case) -> None:
    view.hide()
    calls = engine.calls
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    changed = apply_review(demo_case, Review(opinions=[a, b], point="stage", verdict="same"))
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
    assert current_rows(widget) == ["compare_row_0"]
    qtbot.keyClick(checkbox, Qt.Key.Key_F7)
    assert current_rows(widget) == ["compare_row_2"]
    # The view's own Shift+F7 still answers, as the window has none.
    qtbot.keyClick(checkbox, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert current_rows(widget) == ["compare_row_0"]


def test_a_row_shrinks_when_its_question_goes(qtbot, view: CompareView, demo_case: Case) -> None:
    """Once the user calls a point "the same", its question goes and the row gets shorter."""
    stage = row_named(view, "Stage")
    received: list[Review] = []
    view.reviewChanged.connect(received.append)
    for _ in range(3):  # refreshes first: the rows are placed again each time
        view.set_case(copy.deepcopy(demo_case))
        view.refresh_now()
    before = stage.height()
    qtbot.mouseClick(stage.findChild(QRadioButton, "review_same_radio"),
                     Qt.MouseButton.LeftButton)
    view.set_case(apply_review(demo_case, received[0]))
    view.refresh_now()
    assert not stage.findChild(QPushButton, "add_question_button").isVisible()
    qtbot.waitUntil(lambda: stage.height() < before)
    qtbot.waitUntil(lambda: stage.height() == stage.heightForWidth(stage.width()))


def test_tabbing_into_a_row_makes_it_current(qtbot, view: CompareView) -> None:
    stage = row_named(view, "Stage")
    view.activateWindow()
    note = stage.findChild(QLineEdit, "review_note_edit")
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    assert current_rows(view) == [stage.objectName()]
    qtbot.keyClick(note, Qt.Key.Key_Tab)  # on into the next row's controls
    assert current_rows(view) == ["compare_row_3"]


def test_clear_my_view_withdraws_the_verdict_and_the_programs_finding_stays(
        qtbot, view: CompareView, demo_case: Case) -> None:
    stage = row_named(view, "Stage")
    clear = stage.findChild(QPushButton, "review_clear_button")
    assert clear is not None and not clear.isVisible()  # nothing to take back yet
    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.mouseClick(stage.findChild(QRadioButton, "review_same_radio"),
                         Qt.MouseButton.LeftButton)
    said = signal.args[0]
    assert clear.isVisible()  # offered at once, before the owner hands the case back
    case = apply_review(demo_case, said)
    view.set_case(case)
    view.refresh_now()
    stage = row_named(view, "Stage")
    assert "Your view: the same" in mark_text(stage)
    clear = stage.findChild(QPushButton, "review_clear_button")
    assert clear.isVisible() and clear.text() == "Clear my view"
    assert clear.accessibleName() == "Clear your view of this point"

    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    withdrawn = signal.args[0]
    # The same review, its verdict taken back: the owner replaces it as any other change.
    assert (withdrawn.id, withdrawn.point, withdrawn.verdict) == (said.id, "stage", None)
    assert withdrawn.opinions == said.opinions
    same = stage.findChild(QRadioButton, "review_same_radio")
    differ = stage.findChild(QRadioButton, "review_differ_radio")
    assert not same.isChecked() and not differ.isChecked()
    assert not clear.isVisible()

    with qtbot.waitSignal(view.differenceCountChanged) as count:
        view.set_case(apply_review(case, withdrawn))
        view.refresh_now()
    assert count.args == [4]
    assert summary(view) == ("Diagnosis: REFINED · Plan: DIFFERENT · "
                             "4 points where the doctors differ, 3 where they agree")
    stage = row_named(view, "Stage")
    assert "Your view" not in mark_text(stage)  # no verdict of the user's any more…
    assert "≠ Differs" in mark_text(stage)  # …and the program's own finding is still shown
    program = stage.findChild(QLabel, "review_program_found")
    assert program.isVisible() and "The program found: they differ" in program.text()
    assert not stage.findChild(QRadioButton, "review_same_radio").isChecked()
    assert not stage.findChild(QPushButton, "review_clear_button").isVisible()


def test_clear_my_view_by_keyboard_keeps_the_focus_on_the_line(
        qtbot, view: CompareView, demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    said = Review(opinions=[a, b], point="certainty", verdict="different", note="Asked twice")
    view.set_case(apply_review(demo_case, said))
    view.refresh_now()
    certainty = row_named(view, "Certainty")
    view.activateWindow()
    differ = certainty.findChild(QRadioButton, "review_differ_radio")
    differ.setFocus()
    qtbot.waitUntil(differ.hasFocus)
    qtbot.keyClick(differ, Qt.Key.Key_Tab)  # on from the chosen radio to the button
    clear = certainty.findChild(QPushButton, "review_clear_button")
    assert clear.hasFocus()
    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.keyClick(clear, Qt.Key.Key_Space)
    withdrawn = signal.args[0]
    assert (withdrawn.id, withdrawn.verdict, withdrawn.note) == (said.id, None, "Asked twice")
    focus = QApplication.focusWidget()
    assert focus is not None and focus.objectName() == "review_same_radio"
    assert certainty.isAncestorOf(focus)
