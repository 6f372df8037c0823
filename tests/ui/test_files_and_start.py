# SPDX-License-Identifier: GPL-3.0-or-later
"""Export PDF and Print from the File menu, and starting the app with ``--demo``."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from secondop_desktop.domain.demo import demo_case
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import application, export_pdf, settings, translations, window_session
from secondop_desktop.ui.main_window import MainWindow
from tests.ui.app_helpers import child, opened, shortcut

__all__ = ["opened"]


def test_ctrl_e_opens_the_export_dialog_for_the_open_case(opened, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(export_pdf.ExportPdfDialog, "exec",
                        lambda dialog: shown.append(dialog) or 0)
    window = opened.window()
    shortcut(qtbot, window, Qt.Key.Key_E)
    assert shown == []  # no case open: nothing to export
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    shortcut(qtbot, window, Qt.Key.Key_E)
    assert len(shown) == 1
    assert shown[0].parent() is window


def test_ctrl_p_prints_the_open_case(opened, qtbot, monkeypatch):
    printed = []
    monkeypatch.setattr(export_pdf, "print_case_pdf",
                        lambda case, options, parent: printed.append((case.title, parent)))
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    shortcut(qtbot, window, Qt.Key.Key_P)
    assert printed == [("Right knee pain: replacement or therapy?", window)]


def test_starting_with_demo_opens_the_example_and_keeps_it(qtbot, journal_path):
    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].document is not None:
            seen.append(windows[0].windowTitle())
            windows[0].close()
        else:
            QTimer.singleShot(50, close_when_shown)

    seen: list[str] = []
    QTimer.singleShot(50, close_when_shown)
    assert application.run(journal_path, demo=True) == 0
    assert seen == ["Right knee pain: replacement or therapy?"]
    with Journal.open(journal_path) as journal:
        assert [s.title for s in journal.list_cases()] == [
            "Right knee pain: replacement or therapy?"]


def test_starting_with_demo_in_spanish_opens_the_spanish_example_beside_the_english_one(
        qtbot, journal_path):
    """``--demo`` follows the language: a Spanish speaker gets the Spanish example, added
    beside an English copy already in the journal (their ids differ)."""
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case("en"))

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].document is not None:
            seen.append(windows[0].windowTitle())
            windows[0].close()
        else:
            QTimer.singleShot(50, close_when_shown)

    seen: list[str] = []
    settings.put(settings.LANGUAGE, "es")
    try:
        QTimer.singleShot(50, close_when_shown)
        assert application.run(journal_path, demo=True) == 0
    finally:
        translations.install(None)
    assert seen == ["Dolor en la rodilla derecha: ¿reemplazo o terapia?"]
    with Journal.open(journal_path) as journal:
        assert sorted(s.title for s in journal.list_cases()) == [
            "Dolor en la rodilla derecha: ¿reemplazo o terapia?",
            "Right knee pain: replacement or therapy?"]


def test_the_background_check_starts_once_the_window_and_its_case_are_up(
        qtbot, journal_path, monkeypatch):
    with Journal.open(journal_path) as journal:
        journal.save_case(demo_case())
    seen: list[bool] = []

    def schedule(work: window_session.BackgroundWork, *args: object, **kwargs: object) -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                   and w.isVisible()]
        seen.append(bool(windows) and windows[0].document is not None)
        windows[0].close()

    monkeypatch.setattr(window_session.BackgroundWork, "schedule", schedule)
    # Should the check never be scheduled, the window still closes (the test fails, not hangs);
    # the guard stops with the test, so it can never close a later test's window.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: [w.close() for w in QApplication.topLevelWidgets()
                                   if isinstance(w, MainWindow)])
    guard.start(15_000)
    try:
        assert application.run(journal_path, demo=False) == 0
    finally:
        guard.stop()
    assert seen == [True]


def test_decision_tab_keeps_the_plan_the_reasons_and_the_certainty_check(opened, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit

    from tests.ui.app_helpers import stored, type_text

    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "new_case_button"), Qt.MouseButton.LeftButton)
    case_id = window.document.case_id
    page = window.case_page.decision
    window.case_page.tabs.setCurrentWidget(page)
    type_text(qtbot, child(page, QLineEdit, "decision_chosen"), "Physical therapy first")
    type_text(qtbot, child(page, QPlainTextEdit, "decision_reasons"), "Surgery stays possible.")
    for name in ("sure_sure", "sure_understand"):
        box = child(page, QCheckBox, name)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert child(page, QLabel, "sure_summary").text() == "2 of 4 ticked."

    def kept() -> bool:
        decision = stored(opened.journal_path, case_id).decision
        return decision is not None and decision.sure.understand

    qtbot.waitUntil(kept, timeout=3000)
    decision = stored(opened.journal_path, case_id).decision
    assert (decision.chosen, decision.reasons) == ("Physical therapy first",
                                                   "Surgery stays possible.")
    assert (decision.sure.sure, decision.sure.risks_benefits) == (True, False)
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert child(page, QLabel, "sure_summary").text() == "1 of 4 ticked."


def test_a_note_is_time_stamped_and_tied_to_a_doctor(opened, qtbot):
    from PySide6.QtWidgets import QComboBox, QListView, QPlainTextEdit

    from tests.ui.app_helpers import stored, type_text

    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), Qt.MouseButton.LeftButton)
    case_id = window.document.case_id
    page = window.case_page.notes
    window.case_page.tabs.setCurrentWidget(page)
    qtbot.mouseClick(child(page, QPushButton, "note_add"), Qt.MouseButton.LeftButton)
    type_text(qtbot, child(page, QPlainTextEdit, "note_text"), "She said to avoid stairs.")
    doctor = child(page, QComboBox, "note_opinion_id")
    assert [doctor.itemText(i) for i in range(doctor.count())] == [
        "The case as a whole", "Dr Robert Hale", "Dr Mei Tanaka"]
    doctor.setFocus()
    qtbot.keyClick(doctor, Qt.Key.Key_Down)
    qtbot.keyClick(doctor, Qt.Key.Key_Down)
    assert doctor.currentText() == "Dr Mei Tanaka"
    rows = child(page, QListView, "note_list").model()
    assert rows.index(rows.rowCount() - 1, 0).data().startswith("She said to avoid stairs.\n")

    def kept() -> bool:
        notes = stored(opened.journal_path, case_id).notes
        return notes[-1].text == "She said to avoid stairs." and notes[-1].opinion_id is not None

    qtbot.waitUntil(kept, timeout=3000)
    case = stored(opened.journal_path, case_id)
    assert case.notes[-1].opinion_id == case.opinions[1].id
    assert case.notes[-1].taken_at
