# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing down doctors' opinions by typing, as a patient or a family member would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
)

from tests.ui.app_helpers import child, list_rows, opened, shortcut, stored, type_text

__all__ = ["opened"]

LEFT = Qt.MouseButton.LeftButton


def _case_with_opinions_tab(qtbot, window) -> str:
    qtbot.mouseClick(child(window, QPushButton, "new_case_button"), LEFT)
    window.case_page.show_tab(1)
    return window.document.case_id


def _new_opinion(opened, qtbot):
    """A new case with one opinion added by its button: (window, case id, the opinion's editor)."""
    window = opened.window()
    case_id = _case_with_opinions_tab(qtbot, window)
    qtbot.mouseClick(child(window, QPushButton, "opinion_add"), LEFT)
    return window, case_id, _editor(window)


def _editor(window):
    editor = window.case_page.opinions.current_editor()
    assert editor is not None
    return editor



def _saved(opened, case_id, check, qtbot) -> None:
    """Wait until the journal, read afresh, holds what ``check`` expects."""
    def holds() -> bool:
        try:
            return bool(check(stored(opened.journal_path, case_id)))
        except (IndexError, AttributeError):
            return False

    qtbot.waitUntil(holds, timeout=3000)


def test_add_two_opinions_by_typing_one_with_an_accented_name(opened, qtbot):
    window = opened.window()
    case_id = _case_with_opinions_tab(qtbot, window)
    add = child(window, QPushButton, "opinion_add")
    qtbot.mouseClick(add, LEFT)
    type_text(qtbot, child(_editor(window), QLineEdit, "physician_name"), "Dr Robert Hale")
    type_text(qtbot, child(_editor(window), QLineEdit, "physician_specialty"), "Orthopaedics")
    qtbot.mouseClick(add, LEFT)
    type_text(qtbot, child(_editor(window), QLineEdit, "physician_name"), "Dr José Müller-Ørsted")
    tabs = child(window, QTabWidget, "opinion_tabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Dr Robert Hale", "Dr José Müller-Ørsted"]
    assert window.case_page.tabs.tabText(1) == "O&pinions (2)"
    _saved(opened, case_id, lambda c: len(c.opinions) == 2
           and c.opinions[1].physician.name == "Dr José Müller-Ørsted", qtbot)
    case = stored(opened.journal_path, case_id)
    assert case.opinions[0].physician.specialty == "Orthopaedics"
    assert [o.label for o in case.opinions] == ["First opinion", "Second opinion"]
    assert case.opinions[1].updated_at


def test_every_field_of_an_opinion_is_kept(opened, qtbot):
    window, case_id, editor = _new_opinion(opened, qtbot)
    typed = {
        "opinion_label": "Original opinion",
        "physician_name": "Dr Ann Lee",
        "physician_specialty": "Endocrinology",
        "physician_institution": "City Clinic",
        "physician_credentials": "MD",
        "physician_contact": "555-0100",
        "diagnosis_text": "Thyroid nodule",
        "diagnosis_code": "e04.1",
        "diagnosis_stage": "TR3",
    }
    for name, text in typed.items():
        edit = child(editor, QLineEdit, name)
        edit.selectAll()
        type_text(qtbot, edit, text)
    type_text(qtbot, child(editor, QPlainTextEdit, "rationale"), "Size and shape on ultrasound.")
    type_text(qtbot, child(editor, QPlainTextEdit, "follow_up"), "Scan again in a year.")
    certainty = child(editor, QComboBox, "diagnosis_certainty")
    certainty.setFocus()
    qtbot.keyClick(certainty, Qt.Key.Key_Down)  # Not said -> Confirmed
    assert certainty.currentText() == "Confirmed"
    date_edit = child(editor, QLineEdit, "visit_date")
    type_text(qtbot, date_edit, "14 March 2026")
    _saved(opened, case_id, lambda c: c.opinions[0].visit_date == "2026-03-14", qtbot)
    opinion = stored(opened.journal_path, case_id).opinions[0]
    assert opinion.label == "Original opinion"
    assert (opinion.physician.name, opinion.physician.specialty, opinion.physician.institution,
            opinion.physician.credentials, opinion.physician.contact) == (
        "Dr Ann Lee", "Endocrinology", "City Clinic", "MD", "555-0100")
    assert opinion.diagnosis.text == "Thyroid nodule"
    assert opinion.diagnosis.icd10 == "E04.1"
    assert opinion.diagnosis.certainty == "confirmed"
    assert opinion.diagnosis.stage == "TR3"
    assert opinion.rationale == "Size and shape on ultrasound."
    assert opinion.follow_up == "Scan again in a year."


def test_the_visit_date_can_be_left_empty(opened, qtbot):
    window, case_id, editor = _new_opinion(opened, qtbot)
    date_edit = child(editor, QLineEdit, "visit_date")
    assert date_edit.text() == "" and date_edit.placeholderText().startswith("e.g. ")
    type_text(qtbot, date_edit, "2026-05-01")
    _saved(opened, case_id, lambda c: c.opinions[0].visit_date == "2026-05-01", qtbot)
    qtbot.mouseClick(child(editor, QPushButton, "visit_date_clear"), LEFT)
    assert date_edit.text() == ""
    _saved(opened, case_id, lambda c: c.opinions[0].visit_date is None, qtbot)


def test_evidence_rows_add_edit_move_and_remove(opened, qtbot):
    window, case_id, editor = _new_opinion(opened, qtbot)
    add = child(editor, QPushButton, "evidence_add")
    qtbot.mouseClick(add, LEFT)
    type_text(qtbot, child(editor, QLineEdit, "evidence_title"), "Knee X-ray")
    kind = child(editor, QComboBox, "evidence_kind")
    kind.setCurrentIndex(kind.findText("Imaging (X-ray, scan)"))
    kind.activated.emit(kind.currentIndex())  # what choosing from the list does
    type_text(qtbot, child(editor, QPlainTextEdit, "evidence_interpretation"), "Bone on bone")
    qtbot.mouseClick(add, LEFT)
    type_text(qtbot, child(editor, QLineEdit, "evidence_title"), "Guideline 2021")
    view = child(editor, QListView, "evidence_list")
    assert list_rows(view) == ["Knee X-ray\nImaging (X-ray, scan)", "Guideline 2021\nOther"]

    qtbot.mouseClick(child(editor, QPushButton, "evidence_up"), LEFT)
    assert [r.split("\n")[0] for r in list_rows(view)] == ["Guideline 2021", "Knee X-ray"]
    _saved(opened, case_id, lambda c: [e.title for e in c.opinions[0].evidence]
           == ["Guideline 2021", "Knee X-ray"], qtbot)
    qtbot.mouseClick(child(editor, QPushButton, "evidence_down"), LEFT)
    assert [r.split("\n")[0] for r in list_rows(view)] == ["Knee X-ray", "Guideline 2021"]

    qtbot.mouseClick(child(editor, QPushButton, "evidence_remove"), LEFT)
    assert [r.split("\n")[0] for r in list_rows(view)] == ["Knee X-ray"]
    _saved(opened, case_id, lambda c: [e.title for e in c.opinions[0].evidence]
           == ["Knee X-ray"], qtbot)
    evidence = stored(opened.journal_path, case_id).opinions[0].evidence[0]
    assert (evidence.kind, evidence.interpretation) == ("imaging", "Bone on bone")
    assert evidence.updated_at


def test_recommendations_main_and_alternative_reorder_and_remove(opened, qtbot):
    window, case_id, editor = _new_opinion(opened, qtbot)
    add = child(editor, QPushButton, "recommendation_add")
    qtbot.mouseClick(add, LEFT)
    type_text(qtbot, child(editor, QLineEdit, "recommendation_treatment"), "Knee replacement")
    main = child(editor, QCheckBox, "recommendation_preferred")
    qtbot.mouseClick(main, LEFT, pos=QPoint(8, main.height() // 2))  # on the box itself
    urgency = child(editor, QComboBox, "recommendation_urgency")
    urgency.setFocus()
    qtbot.keyClick(urgency, Qt.Key.Key_Down)  # Not said -> Emergency
    qtbot.keyClick(urgency, Qt.Key.Key_Down)  # -> Soon
    for name, text in (("recommendation_benefits", "Less pain"),
                       ("recommendation_risks", "Infection"),
                       ("recommendation_side_effects", "Stiffness")):
        type_text(qtbot, child(editor, QPlainTextEdit, name), text)
    qtbot.mouseClick(add, LEFT)
    type_text(qtbot, child(editor, QLineEdit, "recommendation_treatment"), "Physical therapy")
    view = child(editor, QListView, "recommendation_list")
    assert list_rows(view) == ["★ Main: Knee replacement\nOther · Soon",
                           "Alternative: Physical therapy\nOther"]
    qtbot.mouseClick(child(editor, QPushButton, "recommendation_up"), LEFT)
    assert list_rows(view)[0] == "Alternative: Physical therapy\nOther"
    qtbot.mouseClick(child(editor, QPushButton, "recommendation_remove"), LEFT)
    assert list_rows(view) == ["★ Main: Knee replacement\nOther · Soon"]
    _saved(opened, case_id, lambda c: len(c.opinions[0].recommendations) == 1, qtbot)
    rec = stored(opened.journal_path, case_id).opinions[0].recommendations[0]
    assert (rec.treatment, rec.preferred, rec.urgency) == ("Knee replacement", True, "soon")
    assert (rec.benefits, rec.risks, rec.side_effects) == ("Less pain", "Infection", "Stiffness")


def test_reorder_opinions(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    case_id = window.document.case_id
    window.case_page.show_tab(1)
    tabs = child(window, QTabWidget, "opinion_tabs")
    qtbot.mouseClick(child(window, QPushButton, "opinion_move_right"), LEFT)
    assert [tabs.tabText(i) for i in range(2)] == ["Dr Mei Tanaka", "Dr Robert Hale"]
    assert tabs.currentIndex() == 1  # the moved opinion stays in view
    _saved(opened, case_id, lambda c: c.opinions[0].physician.name == "Dr Mei Tanaka", qtbot)
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert [tabs.tabText(i) for i in range(2)] == ["Dr Robert Hale", "Dr Mei Tanaka"]


def test_undo_after_typing_in_two_fields_goes_back_one_field_at_a_time(opened, qtbot):
    window, _case_id, editor = _new_opinion(opened, qtbot)
    name = child(editor, QLineEdit, "physician_name")
    specialty = child(editor, QLineEdit, "physician_specialty")
    type_text(qtbot, name, "Dr Kim")
    type_text(qtbot, specialty, "Cardiology")
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert (name.text(), specialty.text()) == ("Dr Kim", "")
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert name.text() == ""
    shortcut(qtbot, window, Qt.Key.Key_Z)  # the opinion itself
    assert child(window, QTabWidget, "opinion_tabs").count() == 0
