# SPDX-License-Identifier: GPL-3.0-or-later
"""Part 3 of issue 11: the records checklist, who has seen what, and attached files."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListView, QPushButton, QTableView

from secondop_desktop.domain.model import Case, Opinion, Physician
from secondop_desktop.store import attachments
from secondop_desktop.store.casefile import read_case_file, write_case_file
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import attachment_viewer, dialogs
from secondop_desktop.ui.records_model import FIRST_DOCTOR
from tests.ui.app_helpers import Opened, child, opened, stored

__all__ = ["opened"]  # the fixture, imported for pytest

LEFT = Qt.MouseButton.LeftButton
SCAN = bytes(range(256)) * 41 + "Befund: Müller, Grad 3\n".encode()


def _case(journal_path: Path) -> Case:
    case = Case(title="Knie rechts", opinions=[
        Opinion(label="Original", physician=Physician(name="Dr Ana Lee")),
        Opinion(label="Second", physician=Physician(name="Dr Jürgen Müller"))])
    with Journal.open(journal_path) as journal:
        journal.save_case(case)
    return case


def _records_tab(opened: Opened, case: Case):
    window = opened.window()
    window.open_case(case.id)
    page = window.case_page.records
    window.case_page.tabs.setCurrentWidget(page)
    return window, page


def _seen_launches(monkeypatch) -> list[Path]:
    launched: list[Path] = []

    def fake_launch(path: Path) -> bool:
        launched.append(path)
        return True

    monkeypatch.setattr(attachment_viewer, "launch", fake_launch)
    return launched


def test_the_checklist_status_and_who_has_seen_what(opened, qtbot):
    case = _case(opened.journal_path)
    window, page = _records_tab(opened, case)
    assert child(page, QLabel, "record_empty").isVisible()
    qtbot.mouseClick(child(page, QPushButton, "record_checklist"), LEFT)
    table = child(page, QTableView, "records_table")
    titles = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert titles[0] == "Pathology report"
    assert "Imaging report" in titles
    assert "Imaging: the images themselves (disc or download link)" in titles
    assert len(titles) == 9
    assert not child(page, QPushButton, "record_checklist").isEnabled()  # nothing missing
    assert table.model().headerData(FIRST_DOCTOR + 1, Qt.Orientation.Horizontal) == (
        "Seen by Dr Jürgen Müller")

    # The imaging report: received, and seen by Dr Lee (a tick in her column, by keyboard).
    row = titles.index("Imaging report")
    table.setCurrentIndex(table.model().index(row, 0))
    status = child(page, QComboBox, "record_status")
    status.setCurrentIndex(status.findData("received"))
    status.activated.emit(status.currentIndex())
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, FIRST_DOCTOR))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert table.model().index(row, FIRST_DOCTOR).data() == "Has seen it"
    window.flush()
    record = next(r for r in stored(opened.journal_path, case.id).records
                  if r.title == "Imaging report")
    assert record.status == "received" and record.shared_with == [case.opinions[0].id]
    assert record.kind == "imaging"


def test_a_file_is_attached_listed_opened_from_a_private_copy_and_cleaned_up(
        opened, qtbot, tmp_path, monkeypatch):
    case = _case(opened.journal_path)
    window, page = _records_tab(opened, case)
    qtbot.mouseClick(child(page, QPushButton, "record_add"), LEFT)
    scan = tmp_path / "Röntgen Befund.pdf"
    scan.write_bytes(SCAN)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: scan)
    qtbot.mouseClick(child(page, QPushButton, "attachment_add"), LEFT)
    files = child(page, QListView, "record_files_list")
    shown = files.model().index(0, 0).data()
    assert shown.startswith("Röntgen Befund.pdf · 10.") and " added " in shown
    window.flush()
    (record,) = stored(opened.journal_path, case.id).records
    (item,) = record.attachments
    assert (item.name, item.size, item.media_type) == ("Röntgen Befund.pdf", len(SCAN),
                                                       "application/pdf")
    assert record.status == "received"

    launched = _seen_launches(monkeypatch)
    files.setCurrentIndex(files.model().index(0, 0))
    qtbot.mouseClick(child(page, QPushButton, "attachment_open"), LEFT)
    (copy,) = launched
    assert copy.name == "Röntgen Befund.pdf" and copy.read_bytes() == SCAN
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(attachment_viewer.view_folder().stat().st_mode) == 0o700
    attachment_viewer.clean_up()
    assert not copy.exists()


def test_a_file_over_the_limit_is_refused_clearly_and_nothing_is_written(
        opened, qtbot, tmp_path, monkeypatch):
    case = _case(opened.journal_path)
    window, page = _records_tab(opened, case)
    qtbot.mouseClick(child(page, QPushButton, "record_add"), LEFT)
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 1000)
    big = tmp_path / "CT scan.dcm"
    big.write_bytes(b"\0" * 5000)
    said: list[str] = []
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: big)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: said.append(text))
    qtbot.mouseClick(child(page, QPushButton, "attachment_add"), LEFT)
    assert len(said) == 1
    assert said[0].startswith("“CT scan.dcm” is ") and "Nothing was attached" in said[0]
    window.flush()
    (record,) = stored(opened.journal_path, case.id).records
    assert record.attachments == []


def test_files_dropped_on_the_page_are_attached(opened, qtbot, tmp_path):
    case = _case(opened.journal_path)
    window, page = _records_tab(opened, case)
    first, second = tmp_path / "labs-march.txt", tmp_path / "labs-april.txt"
    first.write_text("Hb 13.1\n")
    second.write_text("Hb 12.7\n")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    where = QPoint(20, 20)
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, data, LEFT,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page.drop_area, enter)
    assert enter.isAccepted()
    drop = QDropEvent(where, Qt.DropAction.CopyAction, data, LEFT,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page.drop_area, drop)
    window.flush()
    # With no record chosen, a new one is named after the first file.
    (record,) = stored(opened.journal_path, case.id).records
    assert record.title == "labs-march"
    assert [a.name for a in record.attachments] == ["labs-march.txt", "labs-april.txt"]


def _attach_scan(opened, qtbot, monkeypatch, tmp_path, case):
    window, page = _records_tab(opened, case)
    qtbot.mouseClick(child(page, QPushButton, "record_add"), LEFT)
    scan = tmp_path / "Röntgen Befund.pdf"
    scan.write_bytes(SCAN)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: scan)
    qtbot.mouseClick(child(page, QPushButton, "attachment_add"), LEFT)
    window.flush()
    return window, scan


def test_an_attachment_travels_in_a_case_file_and_opens_byte_for_byte_elsewhere(
        opened, qtbot, tmp_path, monkeypatch):
    case = _case(opened.journal_path)
    window, _scan = _attach_scan(opened, qtbot, monkeypatch, tmp_path, case)
    exported = tmp_path / "knie.secondop"
    with Journal.open(opened.journal_path) as journal:
        write_case_file(journal.load_case(case.id), exported, journal.read_attachment)
    window.close()

    other = Opened(qtbot, tmp_path / "laptop" / "journal.secondop-journal")
    try:
        with Journal.open(other.journal_path) as journal:
            journal.import_case(read_case_file(exported))
        window, page = _records_tab(other, case)
        files = child(page, QListView, "record_files_list")
        assert "file not included" not in files.model().index(0, 0).data()
        launched = _seen_launches(monkeypatch)
        files.setCurrentIndex(files.model().index(0, 0))
        qtbot.mouseClick(child(page, QPushButton, "attachment_open"), LEFT)
        (copy,) = launched
        assert copy.read_bytes() == SCAN
    finally:
        other.close_all()


def test_a_record_whose_file_did_not_come_says_so_and_offers_to_attach_it(
        opened, qtbot, tmp_path, monkeypatch):
    case = _case(opened.journal_path)
    window, scan = _attach_scan(opened, qtbot, monkeypatch, tmp_path, case)
    exported = tmp_path / "knie.json"  # the JSON form lists files without their bytes
    with Journal.open(opened.journal_path) as journal:
        write_case_file(journal.load_case(case.id), exported, journal.read_attachment)
    window.close()

    other = Opened(qtbot, tmp_path / "laptop" / "journal.secondop-journal")
    try:
        with Journal.open(other.journal_path) as journal:
            journal.import_case(read_case_file(exported))
        window, page = _records_tab(other, case)
        files = child(page, QListView, "record_files_list")
        files.setCurrentIndex(files.model().index(0, 0))
        assert files.model().index(0, 0).data() == (
            "Röntgen Befund.pdf — file not included (the case came without it)")
        supply = child(page, QPushButton, "attachment_supply")
        assert supply.isVisible()
        assert not child(page, QPushButton, "attachment_open").isEnabled()
        qtbot.mouseClick(supply, LEFT)
        assert "file not included" not in files.model().index(0, 0).data()
        launched = _seen_launches(monkeypatch)
        files.setCurrentIndex(files.model().index(0, 0))
        qtbot.mouseClick(child(page, QPushButton, "attachment_open"), LEFT)
        assert launched[0].read_bytes() == scan.read_bytes()
        window.flush()
        (record,) = stored(other.journal_path, case.id).records
        assert len(record.attachments) == 1
    finally:
        other.close_all()
