#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the real window, drawn offscreen on a temporary journal with the worked example.

    python scripts/screenshot.py                 # docs/compare-view.png and docs/in-the-room.png
                                                 # (for the README)
    python scripts/screenshot.py --pages DIR     # also every page at 100 % and 200 % text size
    python scripts/screenshot.py --small DIR     # also every page at 1024 x 700, 200 % text

Re-run it after changing the window so the README's picture stays true.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1400, 900)


def _settle(app, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def _open(app, journal_path: Path, percent: int):
    from secondop_desktop.store.journal import Journal
    from secondop_desktop.ui import settings
    from secondop_desktop.ui.main_window import MainWindow

    settings.put(settings.TEXT_SIZE, percent)
    journal = Journal.open(journal_path)
    window = MainWindow(journal)
    window.resize(*WINDOW_SIZE)
    window.open_example()
    window.show()
    _settle(app)
    window.set_text_size(percent)  # as the View menu does (it widens the case list too)
    _settle(app)
    return window, journal


COMPARE_TIMEOUT_S = 60.0  # the first comparison on a machine also prepares the ICD-10 codes


def _wait_until_compared(app, view) -> None:
    """Process events until the compare view is no longer busy: the engine runs on a worker
    thread, so its rows arrive some turns of the event loop later. The view's busy sign
    (objectName compare_busy) is shown only after a short pause, so ``is_busy`` (the worker's
    own state) is asked too where the view has it."""
    from PySide6.QtWidgets import QWidget

    sign = view.findChild(QWidget, "compare_busy")

    def busy() -> bool:
        if hasattr(view, "is_busy") and view.is_busy():
            return True
        return sign is not None and sign.isVisible()

    deadline = time.monotonic() + COMPARE_TIMEOUT_S
    while busy():
        if time.monotonic() > deadline:
            raise SystemExit(f"the comparison did not finish within {COMPARE_TIMEOUT_S:.0f} s")
        app.processEvents()
        time.sleep(0.01)
    _settle(app)  # the rows just shown lay themselves out
    while getattr(view, "rows_pending", lambda: False)():
        app.processEvents()


def _show_compare(app, window) -> None:
    page = window.case_page
    page.tabs.setCurrentWidget(page.compare_tab)
    _settle(app)
    if hasattr(page.compare, "refresh_now"):
        page.compare.refresh_now()
    _settle(app)
    _wait_until_compared(app, page.compare)
    # The first two differences looked at, as after pressing F7 twice: the review panel under
    # the rows then shows the controls for the stage.
    for _ in range(2):
        page.compare.next_difference()
    while page.compare.rows_pending():
        app.processEvents()
    _settle(app)


def save_compare_view(app, journal_path: Path, out: Path) -> None:
    window, journal = _open(app, journal_path, 100)
    try:
        _show_compare(app, window)
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
    finally:
        window.close()
        journal.close()


ROOM_NOTES = (
    ("Dr Tanaka: the X-ray shows grade 3, the MRI says the rest of the knee is healthy.",
     ("diagnosis",)),
    ("Physio twice a week for three months, then look again.", ("treatment",)),
    ("Ask Dr Hale whether he saw the MRI images or only the report.", ("to_check",)),
)


def _room(app, window, size: tuple[int, int]):
    """The note-taking screen on the example, as a daughter uses it: notes added, one in the
    box, a question ticked."""
    from PySide6.QtCore import Qt

    room = window.open_room()
    room.setWindowState(Qt.WindowState.WindowNoState)
    room.resize(*size)
    room.author.setText("Anna (daughter)")
    for text, tags in ROOM_NOTES:
        for tag in tags:
            room.tag_buttons[tag].setChecked(True)
        room.note_box.setPlainText(text)
        room.add_note()
    room.tag_buttons["question"].setChecked(True)
    room.note_box.setPlainText("How long until I can walk the dog again?")
    _settle(app)
    return room


def save_room(app, journal_path: Path, out: Path) -> None:
    window, journal = _open(app, journal_path, 100)
    try:
        room = _room(app, window, WINDOW_SIZE)
        out.parent.mkdir(parents=True, exist_ok=True)
        room.grab().save(str(out))
        room.note_box.clear()
        room.accept()
    finally:
        window.close()
        journal.close()


def save_visit_screens(app, window, folder: Path, tag: str,
                       size: tuple[int, int]) -> list[Path]:
    """The screens that are not tabs: the room, the starter questions and the help page."""
    written: list[Path] = []

    def grab(widget, name: str) -> None:
        _settle(app)
        path = folder / f"{name}-{tag}.png"
        widget.grab().save(str(path))
        written.append(path)

    room = _room(app, window, size)
    grab(room, "in-the-room")
    room.note_box.clear()
    room.accept()
    window.case_page.tabs.setCurrentWidget(window.case_page.questions)
    starters = window.case_page.questions.open_starters()
    starters.resize(min(size[0], starters.width()), min(size[1], starters.height()))
    grab(starters, "starter-questions")
    starters.reject()
    help_page = window.show_help()
    help_page.resize(min(size[0], help_page.width()), min(size[1], help_page.height()))
    grab(help_page, "help")
    help_page.accept()
    return written


def save_every_page(app, journal_path: Path, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for percent in (100, 200):
        window, journal = _open(app, journal_path, percent)
        try:
            tabs = window.case_page.tabs
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                _settle(app)
                if tabs.currentWidget() is window.case_page.compare_tab:
                    _show_compare(app, window)
                name = tabs.tabText(index).replace("&", "").split(" (")[0].lower()
                path = folder / f"{index}-{name}-{percent}.png"
                window.grab().save(str(path))
                written.append(path)
            window.case_page.show_tab(1)
            _settle(app)
            scroll = window.case_page.opinions.tabs.currentWidget()
            bar = scroll.verticalScrollBar()
            for step in range(1, 4):
                bar.setValue(bar.maximum() * step // 3)
                _settle(app)
                path = folder / f"1-opinions-{percent}-scrolled-{step}.png"
                window.grab().save(str(path))
                written.append(path)
            written += save_visit_screens(app, window, folder, str(percent), WINDOW_SIZE)
        finally:
            window.close()
            journal.close()
    return written


SMALL_SCREEN = (1024, 700)


def save_small_screen(app, folder: Path) -> list[Path]:
    """Every page, the welcome page and the export dialog on a 1024 x 700 screen at 200 % text
    (issue 14: nothing may need more room than that)."""
    from secondop_desktop.store.journal import Journal
    from secondop_desktop.ui import settings
    from secondop_desktop.ui.export_pdf import ExportPdfDialog, PdfPreviewDialog
    from secondop_desktop.ui.main_window import MainWindow

    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def grab(widget, name: str) -> None:
        _settle(app)
        path = folder / f"small-200-{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    settings.put(settings.TEXT_SIZE, 200)
    with tempfile.TemporaryDirectory(prefix="secondop-small-") as empty:
        journal = Journal.open(Path(empty) / "journal.secondop-journal")
        window = MainWindow(journal)
        window.resize(*SMALL_SCREEN)
        window.show()
        window.set_text_size(200)
        grab(window, "welcome")
        window.open_example()
        tabs = window.case_page.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle(app)
            if index == 2:
                _show_compare(app, window)
            name = tabs.tabText(index).replace("&", "").split(" (")[0].lower()
            grab(window, f"{index}-{name}")
        written += save_visit_screens(app, window, folder, "small-200", SMALL_SCREEN)
        dialog = ExportPdfDialog(window.document.case, window, synchronous=True)
        dialog.show()
        grab(dialog, "export-dialog")
        dialog.file_edit.setText(str(Path(empty) / "comparison.pdf"))
        dialog.start_export()
        grab(dialog, "export-dialog-done")
        preview = PdfPreviewDialog(Path(empty) / "comparison.pdf", window)
        preview.show()
        grab(preview, "preview")
        preview.accept()
        dialog.reject()
        window.close()
        journal.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "compare-view.png")
    parser.add_argument("--pages", type=Path, help="also save every page into this folder")
    parser.add_argument("--small", type=Path,
                        help="also save every page at 1024 x 700 and 200 %% text into this folder")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="secondop-shots-") as folder:
        # Never touch the user's own journal or settings.
        os.environ["SECONDOP_DATA_DIR"] = folder
        sys.path.insert(0, str(ROOT))
        from secondop_desktop.ui.application import make_application

        app = make_application([sys.argv[0]])
        journal_path = Path(folder) / "journal.secondop-journal"
        save_compare_view(app, journal_path, args.out)
        print(args.out)
        room_out = args.out.with_name("in-the-room.png")
        save_room(app, journal_path, room_out)
        print(room_out)
        if args.pages:
            for path in save_every_page(app, journal_path, args.pages):
                print(path)
        if args.small:
            for path in save_small_screen(app, args.small):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
