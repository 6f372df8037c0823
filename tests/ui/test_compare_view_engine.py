# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare view on the worked example with the real engine: it shows what the engine found."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QRadioButton, QWidget

from secondop_desktop.domain import compare as engine
from secondop_desktop.domain.model import Case, Review, new_id
from secondop_desktop.ui.compare_style import SYMBOLS, mark_word
from secondop_desktop.ui.compare_summary import counts_text, diagnosis_word, plan_word
from secondop_desktop.ui.compare_view import CompareView
from tests.ui.test_compare_view import (
    click_row,
    current_rows,
    mark_text,
    panel,
    rows,
    shown_view,
    summary,
)


@pytest.fixture
def view(qtbot, demo_case: Case) -> CompareView:
    widget = shown_view(qtbot, demo_case, synchronous=False)
    qtbot.waitExposed(widget)
    # The real engine runs on a worker thread: wait for its rows.
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=30_000)
    return widget


def test_summary_follows_compare_opinions(view: CompareView, demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    found = engine.compare_opinions(demo_case, a, b)
    text = summary(view)
    assert text.startswith(f"Diagnosis: {diagnosis_word(found.summary.diagnosis)} · "
                           f"Plan: {plan_word(found.summary.plan)} · ")
    assert counts_text(found.summary.differ, found.summary.agree, found.summary.refined) in text
    assert found.summary.differ > 0
    assert view.difference_count() == found.summary.differ


def test_the_summary_words_are_those_of_secondop_compare(view: CompareView,
                                                         demo_case: Case) -> None:
    """The window and the terminal say how the diagnoses and the plans relate in one set of
    plain words ("the same, …", "different"), not capitals of their own."""
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    printed = engine.format_comparison_text(demo_case, engine.compare_opinions(demo_case, a, b))
    said = {part.split(": ", 1)[0]: part.split(": ", 1)[1] for part in summary(view).split(" · ")
            if ": " in part}
    assert f"Diagnosis: {said['Diagnosis']}. Plan: {said['Plan']}." in " ".join(printed.split())
    assert said["Diagnosis"] == said["Diagnosis"].lower()


def test_every_point_is_a_row_marked_with_symbol_and_word(
        view: CompareView, demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    found = engine.compare_opinions(demo_case, a, b)
    shown = rows(view)
    # Points said the same in other words are folded away until asked for.
    points = [p for p in found.points if p.differs or not p.wording_only]
    assert len(shown) == len(points)
    for row, point in zip(shown, points, strict=True):
        expected = f"{SYMBOLS[point.status]} {mark_word(point.status, 'Dr Hale', 'Dr Tanaka')}"
        assert expected in mark_text(view, row), point.key


def test_f7_visits_the_engines_differences_in_order(
        qtbot, view: CompareView, demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    found = engine.compare_opinions(demo_case, a, b)
    differing = [i for i, p in enumerate(found.points) if p.differs]
    checkbox = view.findChild(QCheckBox, "compare_only_differences")
    checkbox.setFocus()
    view.activateWindow()
    qtbot.waitUntil(checkbox.hasFocus)
    for index in differing[:3]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F7)
        assert current_rows(view) == [index]
        assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert current_rows(view) == [differing[1]]


def test_overruling_the_program_drops_the_count_and_shows_both(
        qtbot, view: CompareView, demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    before = engine.compare_opinions(demo_case, a, b)
    index = next(i for i, p in enumerate(before.points) if p.differs and p.status == "different")
    point = before.points[index]
    click_row(qtbot, view, index)
    with qtbot.waitSignal(view.reviewChanged) as signal:
        qtbot.mouseClick(panel(view).findChild(QRadioButton, "review_same_radio"),
                         Qt.MouseButton.LeftButton)
    review: Review = signal.args[0]
    assert (review.opinions, review.point, review.verdict) == ([a, b], point.key, "same")

    # Shown at once: the engine's own rules applied to the rows shown, not a second run.
    case = copy.deepcopy(demo_case)
    case.reviews.append(review)
    after = engine.compare_opinions(case, a, b)
    assert after.summary.differ == before.summary.differ - 1
    assert counts_text(after.summary.differ, after.summary.agree,
                       after.summary.refined) in summary(view)
    assert "(the program found" in summary(view)
    assert "≠ Differs" in mark_text(view, index) and "Your view: the same" in mark_text(
        view, index)


def test_three_doctors_with_the_real_engine(qtbot, demo_case: Case) -> None:
    case = copy.deepcopy(demo_case)
    third = copy.deepcopy(case.opinions[0])
    third.id = "third-opinion-id"
    third.label = "Third opinion"
    third.physician.name = "Dr Amara Okafor"
    for item in third.evidence + third.recommendations + third.answers:
        item.id = new_id()
    case.opinions.append(third)
    widget = shown_view(qtbot, case, synchronous=False)
    qtbot.mouseClick(widget.findChild(QPushButton, "compare_third_button"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=30_000)
    assert widget.filter.headerData(3, Qt.Orientation.Horizontal) == "Dr Amara Okafor"
    shown = rows(widget)
    # Dr Okafor's points line up with Dr Hale's: one row per thing compared, as for two doctors.
    assert len(shown) == len(engine.compare_opinions(case, case.opinions[0].id,
                                                     case.opinions[1].id).points)
    # Dr Okafor repeats Dr Hale word for word, so every row that differs names a pair agreeing.
    differing = [r for r in shown if "≠" in mark_text(widget, r) or "~" in mark_text(widget, r)]
    assert differing
    assert any("Dr Hale and Dr Okafor agree" in mark_text(widget, r) for r in differing)


def test_a_long_text_is_folded_and_shown_in_full_from_its_top(
        qtbot, view: CompareView, demo_case: Case) -> None:
    """In a short window the doctors' reasoning shows a few lines until the user asks for all
    of it; then the row is taller than the view, and Next shows its start."""
    view.resize(480, 360)
    qtbot.waitUntil(lambda: view.height() == 360)
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    found = engine.compare_opinions(demo_case, a, b)
    index = next(i for i, p in enumerate(found.points) if p.topic == "rationale")
    next_button = view.findChild(QPushButton, "compare_next")
    while current_rows(view) != [index]:
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    table = view.table
    shown = view.filter.row_of_source(index)
    folded = table.rowHeight(shown)
    show_all = panel(view).findChild(QPushButton, "compare_show_all")
    assert show_all.isVisible() and show_all.text() == "Show all"
    assert show_all.accessibleName() == "Show all of the texts of the point on their reasoning"
    qtbot.mouseClick(show_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.rowHeight(shown) > folded)
    assert table.rowHeight(shown) > table.viewport().height()
    assert show_all.text() == "Show less"

    def top_shown() -> bool:
        top = table.row_rect(shown).top()
        return 0 <= top < table.viewport().height() // 3

    qtbot.waitUntil(top_shown)
    qtbot.mouseClick(show_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.rowHeight(shown) == folded)


@pytest.mark.parametrize("doctors", [2, 3])
def test_rows_fit_the_view_at_double_text_size(qtbot, demo_case: Case, doctors: int) -> None:
    """At 200 % text in a narrow window every row wraps inside the view: no doctor's column is
    cut off at the right edge, and there is nothing to scroll sideways."""
    case = copy.deepcopy(demo_case)
    if doctors == 3:
        third = copy.deepcopy(case.opinions[1])
        third.id = "third-opinion-id"
        third.physician.name = "Dr Amara Okafor"
        case.opinions.append(third)
    widget = CompareView(synchronous=True)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.set_case(case)
    widget.show()
    qtbot.waitExposed(widget)
    if doctors == 3:
        qtbot.mouseClick(widget.findChild(QPushButton, "compare_third_button"),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: widget.table.model().columnCount() == 4)
    # As the View menu does it: the text grows in a view already showing its rows.
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    widget.resize(800, 900)
    qtbot.waitUntil(lambda: widget.width() == 800)
    table = widget.table
    shown = rows(widget)
    assert shown and widget.width() == 800
    qtbot.waitUntil(lambda: table.horizontalHeader().length() == table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0
    # Every row as tall as its tallest cell at the new size, in every column.
    for row in range(table.model().rowCount()):
        assert table.rowHeight(row) == table.sizeHintForRow(row)
    # The panel's controls for a row with a question wrap inside the panel too.
    click_row(qtbot, widget, next(r for r in shown if widget.model.row(r).question
                                  and widget.model.row(r).differs))
    box = panel(widget)
    for child in box.findChildren(QWidget):
        if child.isVisible():
            right = child.mapTo(box, child.rect().topRight()).x()
            assert right <= box.width(), child.objectName()


def test_a_dose_that_can_be_read_two_ways_is_shown_as_may_be_the_same(qtbot) -> None:
    """"1.000 mg" from a doctor whose way of writing thousands nothing says: 1,000 mg or 1 mg.
    The window says it cannot tell, and what to check, rather than "the same"."""
    case = _two_main_plans("Sugar", "Type 2 diabetes", "medication", "Metformin 1.000 mg",
                           "Metformin 1000 mg")
    widget, row, found = _may_be_the_same(
        qtbot, case, lambda shown: shown.label == "Main recommendation")
    assert widget.difference_count() == 1
    assert ("The program found: they may mean the same: a dose written so that it can mean two "
            "amounts") in found
    assert "1.000 mg (can mean 1,000 mg or 1 mg)" in widget.model.row(row).detail


def _two_main_plans(title: str, diagnosis: str, category: str, hale: str, ruiz: str) -> Case:
    """A case of two doctors who agree on ``diagnosis`` and name a main plan each."""
    from secondop_desktop.domain.model import Diagnosis, Opinion, Physician, Recommendation

    return Case(title=title, opinions=[
        Opinion(physician=Physician(name=name), diagnosis=Diagnosis(text=diagnosis),
                recommendations=[Recommendation(treatment=treatment, preferred=True,
                                                category=category)])
        for name, treatment in (("Dr Robert Hale", hale), ("Dra. Elena Ruiz", ruiz))])


def _may_be_the_same(qtbot, case: Case, pick) -> tuple[CompareView, int, str]:
    """The compare view on ``case``, its row that ``pick`` chooses marked "may be the same" and
    clicked: the view, the row, and what its panel says the program found."""
    from PySide6.QtWidgets import QLabel

    widget = shown_view(qtbot, case, synchronous=False)
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=30_000)
    row = next(r for r in rows(widget) if pick(widget.model.row(r)))
    assert "? May be the same" in mark_text(widget, row)
    click_row(qtbot, widget, row)
    return widget, row, panel(widget).findChild(QLabel, "review_program_found").text()


def test_a_blood_result_without_its_unit_is_shown_as_may_be_the_same(qtbot) -> None:
    """"Hb 9" against "Hb 90": 9 g/dL is 90 g/L. The window says the numbers may be one
    amount in two units and asks which unit, rather than a major difference."""

    from secondop_desktop.domain.model import Diagnosis, Evidence, Opinion, Physician

    def opinion(name: str, result: str) -> Opinion:
        return Opinion(physician=Physician(name=name), diagnosis=Diagnosis(text="Anaemia"),
                       evidence=[Evidence(title="Hb", kind="lab", interpretation=result)])

    case = Case(title="Tired", opinions=[opinion("Dr Robert Hale", "9"),
                                         opinion("Dra. Elena Ruiz", "90")])
    widget, row, found = _may_be_the_same(qtbot, case, lambda shown: shown.topic == "evidence")
    assert ("The program found: they may mean the same: a result written without its "
            "unit") in found
    assert "which unit" in widget.model.row(row).question


def test_a_plan_in_letters_of_two_meanings_is_shown_as_may_be_the_same(qtbot) -> None:
    """"ICD" against "implantable cardioverter defibrillator": the panel names the
    abbreviation, not a dose, as the reason it cannot tell."""
    case = _two_main_plans("Heart", "Heart failure", "procedure", "ICD",
                           "Implantable cardioverter defibrillator")
    widget, row, found = _may_be_the_same(
        qtbot, case, lambda shown: shown.label == "Main recommendation")
    assert "an abbreviation with two meanings" in found
    assert "“ICD”" in widget.model.row(row).question


def test_a_rhythm_of_two_meanings_is_shown_as_may_be_the_same(qtbot) -> None:
    """"Biweekly" against "every other week": the panel names how often, written with a word
    of two meanings, as the reason it cannot tell (not a dose), and the question asks for it in
    plain words."""
    case = _two_main_plans("Joints", "Rheumatoid arthritis", "medication",
                           "Adalimumab 40 mg biweekly", "Adalimumab 40 mg every other week")
    widget, row, found = _may_be_the_same(
        qtbot, case, lambda shown: shown.label == "Main recommendation")
    assert "how often, written with a word of two meanings" in found
    assert "a dose written" not in found
    assert "in plain words" in widget.model.row(row).question


def test_a_most_of_sodium_against_one_of_salt_is_shown_as_may_be_the_same(qtbot) -> None:
    """"Limit sodium to 2 g a day" against "limit salt to 5 g a day": about one limit. The
    panel says why it cannot tell (sodium against salt, not a dose written two ways), the row
    says each amount with its salt, and the question asks whether they mean one limit."""
    case = _two_main_plans("Blood pressure", "Hypertension", "lifestyle",
                           "Limit sodium to 2 g a day", "Limit salt to 5 g a day")
    widget, row, found = _may_be_the_same(
        qtbot, case, lambda shown: shown.label == "Main recommendation")
    assert "a most of sodium against about as much salt" in found
    assert "a dose written" not in found
    assert "2 g of sodium (about 5.1 g of salt)" in widget.model.row(row).detail
    assert "the same limit" in widget.model.row(row).question


def test_a_diagnosis_typed_two_ways_is_shown_as_may_be_the_same(qtbot) -> None:
    """Notes typed in the room: "Pnuemonia" against "Pneumonia". The view does not say the
    doctors differ on the diagnosis: it says they may say the same, shows what each note says
    as typed, and asks the user to check the spelling."""
    from secondop_desktop.domain.model import Diagnosis, Opinion, Physician

    case = Case(title="Cough", opinions=[
        Opinion(physician=Physician(name="Dr Robert Hale"),
                diagnosis=Diagnosis(text="Pnuemonia, left lower lobe")),
        Opinion(physician=Physician(name="Dra. Elena Ruiz"),
                diagnosis=Diagnosis(text="Pneumonia"))])
    widget, row, found = _may_be_the_same(qtbot, case, lambda shown: shown.topic == "diagnosis")
    assert "they may mean the same: a word typed two ways" in found
    shown = widget.model.row(row)
    assert [cell.text for cell in shown.cells] == ["Pnuemonia, left lower lobe", "Pneumonia"]
    assert shown.question.startswith("Ask both doctors which word they used, “Pnuemonia” or")
    assert "“Pnuemonia” and “Pneumonia”" in shown.detail


def test_differences_only_in_detail_are_said_to_be_so_and_follow_the_users_view(qtbot) -> None:
    """Two doctors who say the same about a knee, one each time more exactly: the window does
    not leave "3 points where the doctors differ" to worry the family; once the family calls
    one of them a real difference, the count of those only in detail drops."""
    from secondop_desktop.domain.model import Diagnosis, Opinion, Physician, Recommendation

    def opinion(name: str, diagnosis: str, therapy: str, medicine: str) -> Opinion:
        return Opinion(physician=Physician(name=name), diagnosis=Diagnosis(text=diagnosis),
                       recommendations=[
                           Recommendation(treatment=therapy, category="therapy", preferred=True),
                           Recommendation(treatment=medicine, category="medication")])

    case = Case(title="Mum's knee", opinions=[
        opinion("Dr Anna Hale", "Knee osteoarthritis", "Physical therapy", "Paracetamol"),
        opinion("Dr Ben Osei", "Primary osteoarthritis of the right knee",
                "Physical therapy, 12 weeks", "Paracetamol 1 g four times a day")])
    widget = shown_view(qtbot, case, synchronous=False)
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=30_000)
    assert ("3 points where the doctors differ (all of them only in detail), 0 where they agree"
            in summary(widget))
    diagnosis = next(r for r in rows(widget) if widget.model.row(r).label == "Diagnosis")
    click_row(qtbot, widget, diagnosis)
    with qtbot.waitSignal(widget.reviewChanged):
        qtbot.mouseClick(panel(widget).findChild(QRadioButton, "review_differ_radio"),
                         Qt.MouseButton.LeftButton)
    assert ("3 points where the doctors differ (2 only in detail), 0 where they agree"
            in summary(widget))
