# SPDX-License-Identifier: GPL-3.0-or-later
"""Every page of the worked example walked as a screen reader walks it (QAccessible interfaces
and their children): no focusable control without a name, no two on one page with the same role
and name, and on the Compare page every doctor's text on a differing point read with that
doctor's name (through the model's AccessibleTextRole / AccessibleDescriptionRole). Save
failures and finished imports are announced as well as shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from secondop_desktop.domain.demo import demo_case
from secondop_desktop.store.casefile import write_case_file
from secondop_desktop.ui import case_transfer, dialogs, unsaved
from secondop_desktop.ui.case_page import TAB_COMPARE
from secondop_desktop.ui.compare_model import COL_FIRST, COL_MARK
from secondop_desktop.ui.compare_rows import short_name
from tests.ui.a11y_walk import Node, problems, walk
from tests.ui.app_helpers import child, opened

__all__ = ["opened"]

LEFT = Qt.MouseButton.LeftButton


def _example(opened, qtbot):
    window = opened.window()
    qtbot.mouseClick(child(window, QPushButton, "welcome_example"), LEFT)
    assert window.document is not None
    return window


def _settled(qtbot) -> None:
    qtbot.wait(30)
    QApplication.processEvents()


def test_the_welcome_page_names_every_control(opened):
    window = opened.window()
    nodes = walk(window)
    assert any(n.focusable and n.name for n in nodes)
    assert problems(nodes) == []


def test_every_part_of_the_worked_example_names_every_control_once(opened, qtbot):
    window = _example(opened, qtbot)
    tabs = window.case_page.tabs
    found: dict[str, list[str]] = {}
    walked = 0
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if index == TAB_COMPARE:
            compare = window.case_page.compare
            qtbot.waitUntil(lambda c=compare: c is not None and c.difference_count() > 0,
                            timeout=10000)
        _settled(qtbot)
        nodes = walk(window)
        walked += sum(1 for n in nodes if n.focusable)
        found[tabs.tabText(index)] = problems(nodes)
    assert {page: said for page, said in found.items() if said} == {}
    assert walked > 100  # the walk reached the pages' controls, not only the window's frame


def test_each_doctors_text_on_a_differing_point_is_read_with_the_doctors_name(opened, qtbot):
    window = _example(opened, qtbot)
    window.case_page.tabs.setCurrentIndex(TAB_COMPARE)
    compare = window.case_page.compare
    qtbot.waitUntil(lambda: compare is not None and compare.difference_count() > 0,
                    timeout=10000)
    model = compare.model
    doctors = [model.headerData(col, Qt.Orientation.Horizontal)
               for col in range(COL_FIRST, model.columnCount())]
    checked = 0
    unnamed = []
    for row in range(model.rowCount()):
        mark = model.index(row, COL_MARK)
        said = str(mark.data(Qt.ItemDataRole.AccessibleTextRole) or "")
        assert said, row
        if not model.row(row).differs:
            continue
        for offset, doctor in enumerate(doctors):
            cell = model.index(row, COL_FIRST + offset)
            if not str(cell.data(Qt.ItemDataRole.DisplayRole) or cell.data(
                    Qt.ItemDataRole.AccessibleTextRole) or "").strip():
                continue
            heard = " ".join(str(cell.data(role) or "") for role in (
                Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole))
            checked += 1
            if doctor not in heard and short_name(doctor) not in heard:
                unnamed.append((row, doctor, heard))
    assert unnamed == []
    assert checked >= 20  # the worked example's 26 texts on differing points


def _walk_dialog(dialog: QWidget) -> list[Node]:
    nodes = walk(dialog)
    assert any(n.focusable for n in nodes), dialog.objectName()
    return nodes


def test_the_room_help_history_bin_and_merge_report_name_every_control(
        opened, qtbot, monkeypatch, tmp_path: Path):
    window = _example(opened, qtbot)
    found: dict[str, list[str]] = {}

    room = window.open_room()
    qtbot.waitExposed(room)
    found["in the room"] = problems(_walk_dialog(room))
    room.reject()

    helper = window.show_help()
    qtbot.waitExposed(helper)
    found["help"] = problems(_walk_dialog(helper))
    helper.close()

    case_transfer.show_history(window)
    qtbot.waitExposed(window.history_dialog)
    found["history"] = problems(_walk_dialog(window.history_dialog))
    window.history_dialog.close()

    case_transfer.show_bin(window)
    qtbot.waitExposed(window.bin_dialog)
    found["bin"] = problems(_walk_dialog(window.bin_dialog))
    window.bin_dialog.close()

    case = demo_case()
    case.concern = "Ana: the knee locks up on the stairs now."
    case.updated_at = "2099-01-01T10:00:00+00:00"
    path = tmp_path / "knee from Ana.secondop"
    write_case_file(case, path, lambda digest: b"")
    said: list[str] = []
    monkeypatch.setattr(case_transfer, "announce", lambda _w, text, **_k: said.append(text))
    window.import_case_file(path)
    report = window.merge_report
    qtbot.waitExposed(report)
    found["merge report"] = problems(_walk_dialog(report))
    assert {where: heard for where, heard in found.items() if heard} == {}
    # The finished import is announced with what it did, as the report shows it.
    assert said and said[-1].startswith("Case file imported. Updated the case details")


def test_a_failed_save_is_announced_once_and_so_is_its_end(opened, qtbot, monkeypatch):
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(unsaved, "announce",
                        lambda _w, text, assertive=False: said.append((text, assertive)))
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: None)
    window = _example(opened, qtbot)
    window._show_save_problem("The disk is full.")
    window._show_save_problem("The disk is full.")  # the next try fails alike: quiet
    assert len(said) == 1
    text, assertive = said[0]
    assert assertive and "not saved" in text and "The disk is full." in text
    assert child(window, QWidget, "save_problem_text").text() == text  # what is shown
    window._show_save_problem("")
    assert said[-1] == ("Your changes are saved now.", False)
