# SPDX-License-Identifier: GPL-3.0-or-later
"""Nothing typed is lost, tried in the window as a user would: deleting the wrong case and
getting it back from the bin; typing over a text and putting the earlier one back from History;
importing a family member's copy of the same case and keeping one's own text from the merge
report; removing an opinion that notes and reviews point to, then sending the case; sending a
case to a folder and opening (or dropping) the file on another computer's window."""

from __future__ import annotations

import copy
import json
import zipfile
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton

from secondop_desktop.domain.demo import demo_case
from secondop_desktop.domain.model import (
    Case,
    Medication,
    Note,
    Record,
    Review,
)
from secondop_desktop.domain.validation import validate_case_document
from secondop_desktop.store.casefile import read_case_file, write_case_file
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import dialogs
from secondop_desktop.ui.send_case_dialog import SendCaseDialog
from tests.ui.app_helpers import child, opened, stored, stored_cases, type_text

__all__ = ["opened"]

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
KNEE = "Right knee pain: replacement or therapy?"


def _action(window, name: str):
    action = window.findChild(type(window.undo_action), name)
    assert action is not None, name
    return action


def _example(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    assert window.document is not None
    return window


def _replace_concern(qtbot, window, text: str) -> None:
    window.case_page.show_tab(0)
    box = child(window, QPlainTextEdit, "case_concern")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
    type_text(qtbot, box, text)
    window.flush()  # the autosave, now rather than half a second later


def test_delete_a_case_and_bring_it_back_from_the_bin(opened, qtbot, monkeypatch):
    window = _example(opened, qtbot)
    case_id = window.document.case_id
    asked: list[str] = []

    def confirm(parent, title, text, yes="", no=""):
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "ask_yes_no", confirm)
    _action(window, "action_delete_case").trigger()
    assert "goes to the bin" in asked[0] and "bring it back whole" in asked[0]
    assert stored_cases(opened.journal_path) == []
    assert window.case_model.rowCount() == 0

    _action(window, "action_bin").trigger()
    bin_dialog = window.bin_dialog
    qtbot.waitExposed(bin_dialog)
    bin_list = bin_dialog.list
    assert bin_list.model().rowCount() == 1
    assert bin_list.model().index(0, 0).data().startswith(KNEE + "\nDeleted ")
    assert child(bin_dialog, QPushButton, "bin_empty").text() == "Empty the bin (1)…"
    bin_dialog.grab().save("/tmp/history-bin-dialog.png")
    qtbot.mouseClick(child(bin_dialog, QPushButton, "bin_restore"), LEFT)

    assert bin_list.model().rowCount() == 0
    assert [c.id for c in stored_cases(opened.journal_path)] == [case_id]
    assert window.document is not None and window.document.case_id == case_id
    assert window.case_model.rowCount() == 1
    assert len(window.document.case.opinions) == 2  # whole: every part came back
    assert "back from the bin" in window.statusBar().currentMessage()


def test_after_deleting_the_only_case_the_welcome_page_points_to_the_bin(opened, qtbot,
                                                                        monkeypatch):
    # Deleting the wrong (and only) case must not look like a first start with nothing saved.
    window = _example(opened, qtbot)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **kw: True)
    _action(window, "action_delete_case").trigger()
    to_bin = child(window, QPushButton, "welcome_bin")
    assert to_bin.isVisible()
    assert to_bin.text() == "1 deleted case is in the bin: bring it back…"
    qtbot.mouseClick(to_bin, LEFT)
    bin_dialog = window.bin_dialog
    qtbot.waitExposed(bin_dialog)
    qtbot.mouseClick(child(bin_dialog, QPushButton, "bin_restore"), LEFT)
    assert window.document is not None and window.document.case.title == KNEE
    bin_dialog.close()
    window.findChild(type(window.undo_action), "action_delete_case").trigger()
    assert to_bin.isVisible()
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **kw: True)
    _action(window, "action_bin").trigger()
    qtbot.waitExposed(window.bin_dialog)
    qtbot.mouseClick(child(window.bin_dialog, QPushButton, "bin_empty"), LEFT)
    window.bin_dialog.close()
    assert not to_bin.isVisible()  # an empty bin: nothing to point to


def test_empty_the_bin_says_how_many_and_asks(opened, qtbot, monkeypatch):
    window = _example(opened, qtbot)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    _action(window, "action_delete_case").trigger()
    _action(window, "action_bin").trigger()
    asked: list[str] = []

    def confirm(parent, title, text, yes="", no=""):
        asked.append(yes)
        return True

    monkeypatch.setattr(dialogs, "ask_yes_no", confirm)
    qtbot.mouseClick(child(window.bin_dialog, QPushButton, "bin_empty"), LEFT)
    assert asked == ["Delete 1 for good"]
    with Journal.open(opened.journal_path) as journal:
        assert journal.bin() == []


def test_type_then_put_an_earlier_text_back_from_history(opened, qtbot, monkeypatch):
    window = _example(opened, qtbot)
    case_id = window.document.case_id
    original = window.document.case.concern
    _replace_concern(qtbot, window, "Knee worse since Sunday.")
    _replace_concern(qtbot, window, "Knee better after the physio.")
    assert stored(opened.journal_path, case_id).concern == "Knee better after the physio."

    _action(window, "action_history").trigger()
    history = window.history_dialog
    qtbot.waitExposed(history)
    rows = history.entry_rows()
    assert rows[0].startswith("Today ") and rows[0].endswith(", typed in the window")
    assert rows[1].endswith("Health concern: “Knee worse since Sunday.”")
    assert rows[2].endswith(f"Health concern: “{original[:89].rstrip()}…”")
    history.grab().save("/tmp/history-view.png")

    # The newest is chosen first; the user picks the very first text and puts it back.
    version = history.select_version(lambda v: v.text == original)
    assert version is not None
    assert child(history, QPlainTextEdit, "history_text").toPlainText() == original
    qtbot.mouseClick(child(history, QPushButton, "history_restore"), LEFT)
    assert window.document.case.concern == original
    assert child(window, QPlainTextEdit, "case_concern").toPlainText() == original
    assert stored(opened.journal_path, case_id).concern == original
    # The text it replaced is in the history too, marked as replaced by a restore.
    assert history.entry_rows()[0].endswith(", earlier texts put back")
    assert history.entry_rows()[1].endswith("Health concern: “Knee better after the physio.”")
    assert not child(history, QPushButton, "history_restore").isEnabled()  # it is the text now

    # A restore is a change like any other: Undo takes it back.
    window.case_page.setFocus()
    window.undo_action.trigger()
    assert window.document.case.concern == "Knee better after the physio."
    window.flush()
    assert stored(opened.journal_path, case_id).concern == "Knee better after the physio."


def _family_copy(tmp_path: Path) -> Path:
    """Ana's laptop: the same case, its concern rewritten later than ours."""
    case = demo_case()
    case.concern = "Ana: the knee locks up on the stairs now."
    case.updated_at = "2099-01-01T10:00:00+00:00"
    path = tmp_path / "knee from Ana.secondop"
    write_case_file(case, path, lambda digest: b"")
    return path


def test_import_a_family_copy_and_keep_my_own_text(opened, qtbot, monkeypatch, tmp_path):
    window = _example(opened, qtbot)
    case_id = window.document.case_id
    _replace_concern(qtbot, window, "Mine: the knee hurts at night.")
    path = _family_copy(tmp_path)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: path)
    _action(window, "action_open_case_file").trigger()

    report = window.merge_report
    qtbot.waitExposed(report)
    assert child(report, QLabel, "merge_summary").text().startswith("Updated the case details")
    line = child(report, QLabel, "merge_line_0").text()
    assert line == ("Health concern: kept the newer text from knee from Ana.secondop; yours is "
                    "in the history")
    assert window.document.case.concern == "Ana: the knee locks up on the stairs now."
    report.grab().save("/tmp/history-merge-report.png")

    # Opening the same file again changes nothing and adds nothing to the history.
    with Journal.open(opened.journal_path) as journal:
        kept_before = len(journal.history(case_id))
    _action(window, "action_open_case_file").trigger()
    second = window.merge_report
    assert second is not report
    assert child(second, QLabel, "merge_summary").text().startswith("Nothing changed")
    with Journal.open(opened.journal_path) as journal:
        assert len(journal.history(case_id)) == kept_before

    # The first report's button still acts on the case as the window has it now.
    use_mine = child(report, QPushButton, "merge_use_mine_0")
    assert use_mine.accessibleName().startswith("Use my text: Health concern")
    qtbot.mouseClick(use_mine, LEFT)
    assert window.document.case.concern == "Mine: the knee hurts at night."
    assert child(window, QPlainTextEdit, "case_concern").toPlainText() == \
        "Mine: the knee hurts at night."
    assert not use_mine.isEnabled()
    window.flush()
    assert stored(opened.journal_path, case_id).concern == "Mine: the knee hurts at night."
    # Ana's text is not lost either: it is in the history, from the import.
    with Journal.open(opened.journal_path) as journal:
        kept = [json.loads(e.old) for e in journal.history(case_id)]
    assert "Ana: the knee locks up on the stairs now." in kept


def _with_pointers(journal_path: Path) -> Case:
    case = demo_case()
    first, second = case.opinions[0], case.opinions[1]
    case.notes.append(Note(text="Dr Hale said to decide by spring.", opinion_id=first.id))
    case.medications.append(Medication(name="Naproxen", prescribed_by=first.id))
    case.records.append(Record(title="Knee X-ray", shared_with=[first.id, second.id]))
    case.reviews.append(Review(opinions=[first.id, second.id], point="diagnosis",
                               verdict="same"))
    with Journal.open(journal_path) as journal:
        journal.save_case(case)
    return case


def test_remove_an_opinion_that_notes_and_reviews_point_to_then_send_it(
        opened, qtbot, monkeypatch, tmp_path):
    case = _with_pointers(opened.journal_path)
    removed = case.opinions[0]
    window = opened.window()
    qtbot.waitUntil(lambda: window.document is not None)
    window.case_page.show_tab(1)
    page = window.case_page.opinions
    page.show_opinion(removed.id)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    qtbot.mouseClick(child(window, QPushButton, "opinion_remove"), LEFT)
    assert [o.id for o in window.document.case.opinions] == [case.opinions[1].id]

    monkeypatch.setattr(dialogs, "ask_send_case", lambda parent, title, private: (tmp_path,
                                                                                  False))
    _action(window, "action_send_case").trigger()
    sent = tmp_path / "Right-knee-pain-replacement-or-therapy.secondop"
    assert sent.is_file(), window.statusBar().currentMessage()
    loaded = read_case_file(sent)  # the reader validates: every pointer leads somewhere
    validate_case_document(loaded.casefile.to_dict())
    note = next(n for n in loaded.casefile.case.notes if n.text.startswith("Dr Hale said"))
    assert note.opinion_id is None  # kept, about the case as a whole
    assert all(removed.id not in r.opinions for r in loaded.casefile.case.reviews)
    # And the whole opinion is in the history, to put back.
    with Journal.open(opened.journal_path) as journal:
        whole = [e for e in journal.history(case.id) if e.kind == "opinion" and e.path == "[]"]
    assert len(whole) == 1 and json.loads(whole[0].old)["id"] == removed.id


def test_send_leaves_private_notes_out_unless_ticked(opened, qtbot, monkeypatch, tmp_path):
    case = demo_case()
    case.notes.append(Note(text="Private: scared of the operation.", private=True))
    with Journal.open(opened.journal_path) as journal:
        journal.save_case(case)
    window = opened.window()
    qtbot.waitUntil(lambda: window.document is not None)

    # The dialog as the user sees it: the box starts unticked, and nothing can be sent
    # before a folder is chosen.
    dialog = SendCaseDialog(KNEE, 1, window)
    qtbot.addWidget(dialog)
    assert not dialog.include_private.isChecked() and dialog.include_private.isEnabled()
    assert not dialog.send_button.isEnabled()
    monkeypatch.setattr(dialogs, "ask_folder", lambda *a, **k: tmp_path)
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert dialog.send_button.isEnabled() and dialog.folder == tmp_path

    monkeypatch.setattr(dialogs, "ask_send_case", lambda *a: (tmp_path, False))
    target = window._transfer().send_case(window)
    private = sum(1 for n in case.notes if n.private)
    noun = "note" if private == 1 else "notes"
    assert f"({private} private {noun} left out)" in window.statusBar().currentMessage()
    names = zipfile.ZipFile(target).namelist()
    assert "case.json" in names
    texts = [n.text for n in read_case_file(target).casefile.case.notes]
    assert "Private: scared of the operation." not in texts

    monkeypatch.setattr(dialogs, "ask_send_case", lambda *a: (tmp_path, True))
    target = window._transfer().send_case(window)
    texts = [n.text for n in read_case_file(target).casefile.case.notes]
    assert "Private: scared of the operation." in texts


def test_dropping_a_case_file_on_the_window_imports_it(opened, qtbot, tmp_path):
    window = opened.window()
    case = copy.deepcopy(demo_case())
    case.title = "Knee, from Sam"
    path = tmp_path / "knee.secondop"
    write_case_file(case, path, lambda digest: b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = window.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, LEFT,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the window says it takes the file …
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, LEFT,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)  # … and the file is let go over it
    assert window.document is not None and window.document.case.title == "Knee, from Sam"
    assert window.merge_report is not None and window.merge_report.isVisible()
    assert [c.title for c in stored_cases(opened.journal_path)] == ["Knee, from Sam"]


def test_a_removed_opinion_comes_back_from_history_with_what_pointed_at_it(
        opened, qtbot, monkeypatch):
    case = _with_pointers(opened.journal_path)
    removed = case.opinions[0]
    window = opened.window()
    qtbot.waitUntil(lambda: window.document is not None)
    window.case_page.show_tab(1)
    window.case_page.opinions.show_opinion(removed.id)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    qtbot.mouseClick(child(window, QPushButton, "opinion_remove"), LEFT)
    window.flush()
    _action(window, "action_history").trigger()
    history = window.history_dialog
    assert history.select_version(lambda v: v.change.kind == "opinion" and not v.change.path)
    qtbot.mouseClick(child(history, QPushButton, "history_restore"), LEFT)
    back = window.document.case
    assert back.opinion(removed.id) is not None
    note = next(n for n in back.notes if n.text.startswith("Dr Hale said"))
    assert note.opinion_id == removed.id
    assert any(removed.id in r.opinions for r in back.reviews)
    assert next(m for m in back.medications if m.name == "Naproxen").prescribed_by == removed.id
    validate_case_document({"format": "secondop.case", "version": 1, "case": back.to_dict()})


def test_send_a_case_that_came_without_a_file_says_the_file_is_not_in_it(
        opened, qtbot, monkeypatch, tmp_path):
    from tests.store.test_export_without_files import _case_listing_a_file_it_does_not_carry

    source = _case_listing_a_file_it_does_not_carry(demo_case(), tmp_path)
    with Journal.open(opened.journal_path) as journal:
        journal.import_case(read_case_file(source))
    window = opened.window()
    qtbot.waitUntil(lambda: window.document is not None)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(dialogs, "ask_send_case", lambda *a: (tmp_path / "out", False))
    (tmp_path / "out").mkdir()
    _action(window, "action_send_case").trigger()
    sent = tmp_path / "out" / "Right-knee-pain-replacement-or-therapy.secondop"
    assert sent.is_file(), window.statusBar().currentMessage()
    assert len(told) == 1 and "Resonancia rodilla.pdf" in told[0]
