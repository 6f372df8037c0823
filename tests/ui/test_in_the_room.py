# SPDX-License-Identifier: GPL-3.0-or-later
"""Part 6 of issue 11: the note-taking screen, used as a family member in the room would."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QListView, QPushButton

from secondop_desktop.domain.model import Case, Opinion, Physician, Question
from secondop_desktop.store.casefile import read_case_file, write_case_file
from secondop_desktop.store.journal import Journal
from tests.ui.app_helpers import child, opened, shortcut, stored, type_text

__all__ = ["opened"]  # the fixture, imported for pytest

LEFT = Qt.MouseButton.LeftButton


def _press(widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers))


def _case_with_two_doctors(journal_path) -> Case:
    case = Case(
        title="Genou gauche : opération ?",
        opinions=[Opinion(label="Original", physician=Physician(name="Dr José Núñez")),
                  Opinion(label="Second", physician=Physician(name="Dr Jürgen Müller"))],
        questions=[Question(text="What happens if I wait?", topic="risks"),
                   Question(text="Is there a clinical trial?", topic="trials")],
    )
    with Journal.open(journal_path) as journal:
        journal.save_case(case)
    return case


def _room(opened, qtbot):
    case = _case_with_two_doctors(opened.journal_path)
    window = opened.window()
    window.open_case(case.id)
    shortcut(qtbot, window, Qt.Key.Key_R)  # Ctrl+R, where the keyboard is
    room = window.room
    assert room is not None and room.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is room.note_box, timeout=3000)
    return window, room, case


def test_three_hundred_notes_typed_fast_are_all_in_the_journal_search_and_a_case_file(
        opened, qtbot, tmp_path):
    window, room, case = _room(opened, qtbot)
    # The doctor seen last is the one chosen; the daughter says who she is once.
    assert room.doctor.currentText() == "Dr Jürgen Müller"
    type_text(qtbot, room.author, "Zoë (fille)")
    room.note_box.setFocus()
    texts = [f"Dr Müller: l'échographie nº {n} montre un épanchement; señal{n} — à revoir"
             for n in range(300)]
    for text in texts:
        type_text(qtbot, room.note_box, text)
        _press(room.note_box, Qt.Key.Key_Return)
    assert room.note_box.toPlainText() == ""
    assert room.notes_model.rowCount() == 300
    assert room.saved_label.text() == "Saved ✓"
    # Saved at each Enter: read back through a connection of its own, the window still open.
    notes = stored(opened.journal_path, case.id).notes
    assert [n.text for n in notes] == texts
    doctor = case.opinions[1].id
    assert {(n.opinion_id, n.author, n.private) for n in notes} == {(doctor, "Zoë (fille)", False)}
    assert all(n.taken_at for n in notes)

    with Journal.open(opened.journal_path) as journal:
        # Found by a word of each note, typed without its accent as people do.
        for n, note in enumerate(notes):
            hits = journal.search(f"senal{n}", limit=400)
            assert note.id in {h.object_id for h in hits}, n
        exported = tmp_path / "genou.secondop"
        write_case_file(journal.load_case(case.id), exported, journal.read_attachment)
    loaded = read_case_file(exported)
    assert [n.text for n in loaded.casefile.case.notes] == texts

    # And through the window's own search box.
    room.accept()
    shortcut(qtbot, window, Qt.Key.Key_F)
    type_text(qtbot, child(window, type(window.search_box), "search_box"), "señal299")
    results = child(window, QListView, "search_results")
    qtbot.waitUntil(lambda: results.isVisible() and results.model().rowCount() == 1)


def test_enter_adds_a_note_shift_enter_a_line_tags_and_private_by_keyboard(opened, qtbot):
    window, room, case = _room(opened, qtbot)
    box = room.note_box
    type_text(qtbot, box, "Dr Núñez wants a new MRI")
    _press(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, box, "before Christmas")
    assert box.toPlainText() == "Dr Núñez wants a new MRI\nbefore Christmas"
    assert room.notes_model.rowCount() == 0  # nothing added yet
    qtbot.keyClick(box, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # "To check"
    qtbot.keyClick(box, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # "Treatment"
    assert child(room, QPushButton, "room_tag_to_check").isChecked()
    qtbot.keyClick(box, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the private switch
    qtbot.waitUntil(lambda: child(room, QCheckBox, "room_private").isChecked())
    box.setFocus()
    _press(box, Qt.Key.Key_Return)
    # Tags go with one note; the private switch stays as set.
    assert not child(room, QPushButton, "room_tag_to_check").isChecked()
    assert child(room, QCheckBox, "room_private").isChecked()
    listed = room.notes_model.index(0, 0).data()
    assert "Treatment, To check, Private" in listed
    assert listed.endswith("Dr Núñez wants a new MRI\nbefore Christmas")
    (note,) = stored(opened.journal_path, case.id).notes
    assert note.text == "Dr Núñez wants a new MRI\nbefore Christmas"
    assert note.tags == ["treatment", "to_check"] and note.private
    # An empty Enter adds nothing.
    _press(box, Qt.Key.Key_Return)
    assert room.notes_model.rowCount() == 1

    # Words left in the box when the screen is closed (Esc) are kept as a note, not lost.
    type_text(qtbot, box, "last words")
    _press(box, Qt.Key.Key_Escape)
    assert not room.isVisible()
    assert [n.text for n in stored(opened.journal_path, case.id).notes][-1] == "last words"
    # The Notes tab shows what was taken in the room.
    assert window.case_page.notes.editor.model.rowCount() == 2


def test_questions_are_ticked_and_answered_for_the_doctor_in_the_room(opened, qtbot):
    window, room, case = _room(opened, qtbot)
    doctors = child(room, QComboBox, "room_doctor")
    doctors.setCurrentIndex(doctors.findData(case.opinions[0].id))  # as picked from the list
    doctors.activated.emit(doctors.currentIndex())
    asked = child(room, QCheckBox, "room_asked_2")
    qtbot.mouseClick(asked, LEFT, pos=QPoint(8, asked.height() // 2))
    assert asked.isChecked()
    answer = room._rows[0].answer
    type_text(qtbot, answer, "Nothing bad for a few months, según el Dr Núñez")
    _press(answer, Qt.Key.Key_Return)
    # Enter in an answer moves on to the next question's answer.
    assert QApplication.focusWidget() is room._rows[1].answer
    saved = stored(opened.journal_path, case.id)
    first = saved.opinions[0]
    by_question = {a.question_id: a for a in first.answers}
    assert by_question[case.questions[0].id].text == (
        "Nothing bad for a few months, según el Dr Núñez")
    assert by_question[case.questions[0].id].asked  # an answer means it was asked
    assert by_question[case.questions[1].id].asked
    assert by_question[case.questions[1].id].text == ""
    assert saved.opinions[1].answers == []  # the other doctor was not asked anything
    # The other doctor shows nothing ticked.
    doctors.setCurrentIndex(doctors.findData(case.opinions[1].id))
    doctors.activated.emit(doctors.currentIndex())
    assert not room._rows[0].asked.isChecked() and room._rows[0].answer.toPlainText() == ""


def test_the_room_opens_from_the_case_and_keeps_to_the_screen_at_200_percent(opened, qtbot):
    case = _case_with_two_doctors(opened.journal_path)
    window = opened.window()
    window.open_case(case.id)
    window.set_text_size(200)
    qtbot.mouseClick(child(window, QPushButton, "case_in_the_room"), LEFT)
    room = window.room
    room.setWindowState(Qt.WindowState.WindowNoState)
    room.resize(1024, 700)
    qtbot.waitUntil(lambda: room.width() == 1024)
    # Nothing runs off the side: the body scrolls only up and down.
    body = room.scroll.widget()
    assert body.width() <= room.scroll.viewport().width()
    assert room.note_box.font().pointSizeF() >= QApplication.font().pointSizeF()
    room.accept()


def test_a_note_the_journal_refuses_is_kept_and_saved_with_the_next(opened, qtbot, monkeypatch):
    from secondop_desktop.store.errors import JournalError
    from secondop_desktop.ui import dialogs

    window, room, case = _room(opened, qtbot)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: told.append(text))
    real_save = window.journal.save_case

    def disk_full(_case, **_kwargs):
        raise JournalError("The disk is full; nothing of this change was saved.")

    monkeypatch.setattr(window.journal, "save_case", disk_full)
    type_text(qtbot, room.note_box, "Dr Müller: wait three months")
    _press(room.note_box, Qt.Key.Key_Return)
    assert room.saved_label.text().startswith("Not saved yet")
    assert told == ["The disk is full; nothing of this change was saved."]
    assert stored(opened.journal_path, case.id).notes == []
    # Room on the disk again: the next note saves both, nothing typed was lost.
    monkeypatch.setattr(window.journal, "save_case", real_save)
    type_text(qtbot, room.note_box, "then physiotherapy")
    _press(room.note_box, Qt.Key.Key_Return)
    assert room.saved_label.text() == "Saved ✓"
    assert [n.text for n in stored(opened.journal_path, case.id).notes] == [
        "Dr Müller: wait three months", "then physiotherapy"]


def test_a_doctor_not_in_the_case_yet_is_named_once_in_the_room(opened, qtbot):
    case = Case(title="Rodilla", questions=[Question(text="¿Y si espero?", topic="risks")])
    with Journal.open(opened.journal_path) as journal:
        journal.save_case(case)
    window = opened.window()
    window.open_case(case.id)
    room = window.open_room()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is room.note_box, timeout=3000)
    doctors = child(room, QComboBox, "room_doctor")
    assert doctors.currentData() is None  # no doctor yet: the case as a whole
    doctors.setCurrentIndex(doctors.count() - 1)  # "A doctor not in the case yet…"
    doctors.activated.emit(doctors.currentIndex())
    name = room.new_doctor
    assert name.isVisible() and QApplication.focusWidget() is name
    type_text(qtbot, name, "Dra Zoë Martín")
    _press(name, Qt.Key.Key_Return)
    assert doctors.currentText() == "Dra Zoë Martín"
    assert QApplication.focusWidget() is room.note_box
    type_text(qtbot, room.note_box, "Dice que puedo esperar tres meses")
    _press(room.note_box, Qt.Key.Key_Return)
    qtbot.mouseClick(room._rows[0].asked, LEFT, pos=QPoint(8, room._rows[0].asked.height() // 2))
    saved = stored(opened.journal_path, case.id)
    (opinion,) = saved.opinions
    assert opinion.physician.name == "Dra Zoë Martín" and opinion.visit_date
    assert [(n.text, n.opinion_id) for n in saved.notes] == [
        ("Dice que puedo esperar tres meses", opinion.id)]
    assert [(a.question_id, a.asked) for a in opinion.answers] == [(case.questions[0].id, True)]
