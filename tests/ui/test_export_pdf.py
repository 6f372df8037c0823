# SPDX-License-Identifier: GPL-3.0-or-later
"""The Export PDF dialog, the preview and printing, driven by clicks as a person would."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton

from secondop_desktop.domain.model import Physician
from secondop_desktop.report.options import PdfOptions
from secondop_desktop.ui import dialogs as dialogs_module
from secondop_desktop.ui import export_pdf
from secondop_desktop.ui.export_pdf import ExportPdfDialog, PdfPreviewDialog, print_case_pdf
from tests.report.fakes import hand_comparisons


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch):
    """The dialogs' tests pin the comparison; the engine has its own tests."""
    monkeypatch.setattr("secondop_desktop.report.pdf._engine_comparisons", hand_comparisons)


@pytest.fixture(autouse=True)
def no_qtpdf(monkeypatch):
    """A plain `pip install .` has no QtPdf (it comes only with PySide6-Addons): preview and
    printing must work without it, so these tests make importing it fail."""
    for name in ("PySide6.QtPdf", "PySide6.QtPdfWidgets"):
        monkeypatch.setitem(sys.modules, name, None)


@pytest.fixture
def dialogs(monkeypatch):
    """Replace every modal dialog; record what the user would have been shown."""
    calls: dict[str, list] = {"errors": [], "opened": [], "save": []}
    monkeypatch.setattr(dialogs_module, "show_error",
                        lambda parent, title, text: calls["errors"].append(text))
    monkeypatch.setattr(export_pdf, "open_in_system_viewer",
                        lambda path: calls["opened"].append(path) or True)
    monkeypatch.setattr(dialogs_module, "ask_yes_no", lambda parent, title, text, *a: True)
    return calls


def choose_path(monkeypatch, dialogs, qtbot, dialog, path: Path) -> None:
    def ask(parent, caption, suggested, filters=""):
        dialogs["save"].append(suggested)
        return path

    monkeypatch.setattr(dialogs_module, "ask_save_path", ask)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)


def click(qtbot, widget) -> None:
    """Click where a person would: on a check box's box, a button's middle."""
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_defaults(qtbot, demo_case, dialogs):
    dialog = ExportPdfDialog(demo_case)
    qtbot.addWidget(dialog)
    checks = dialog.opinion_checks
    assert [c.isChecked() for c in checks] == [True, True]
    assert dialog.for_doctor_combo.currentText() == "Dr Robert Hale"
    # The colon in the case title cannot be in a file name on every system.
    assert Path(dialog.file_edit.text()).name == (
        "Comparison for Dr Robert Hale - Right knee pain replacement or therapy.pdf"
    )
    assert dialog.letter_radio.isChecked() != dialog.a4_radio.isChecked()
    assert not dialog.large_print_check.isChecked()
    assert not dialog.include_private_check.isChecked()
    assert dialog.export_button.isEnabled()
    for widget in dialog.findChildren(type(dialog.export_button)):
        assert widget.objectName()


def test_export_with_large_print_on_a4(qtbot, demo_case, dialogs, monkeypatch, tmp_path):
    dialog = ExportPdfDialog(demo_case)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "for Dr Hale.pdf"
    choose_path(monkeypatch, dialogs, qtbot, dialog, target)
    assert dialog.file_edit.text() == str(target)
    click(qtbot, dialog.large_print_check)
    click(qtbot, dialog.a4_radio)
    assert dialog.large_print_check.isChecked() and dialog.a4_radio.isChecked()

    click(qtbot, dialog.export_button)  # runs on the thread pool
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert dialogs["errors"] == []
    assert target.exists()
    assert dialog.progress_bar.value() == 100
    assert dialog.open_button.isVisible() and dialog.preview_button.isVisible()
    assert str(target) in dialog.status_label.text()

    reader = pypdf.PdfReader(target)
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.28) < 1 and abs(float(box.height) - 841.89) < 1
    assert "To discuss with Dr Robert Hale" in reader.pages[0].extract_text()

    click(qtbot, dialog.open_button)
    assert dialogs["opened"] == [target]


def test_private_notes_follow_the_checkbox(qtbot, demo_case, dialogs, monkeypatch, tmp_path):
    private = "Worried about the cost"
    for tick, expected in ((False, False), (True, True)):
        dialog = ExportPdfDialog(demo_case, synchronous=True)
        qtbot.addWidget(dialog)
        dialog.show()
        target = tmp_path / f"private-{tick}.pdf"
        choose_path(monkeypatch, dialogs, qtbot, dialog, target)
        if tick:
            click(qtbot, dialog.include_private_check)
        click(qtbot, dialog.export_button)
        text = " ".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
        assert (private in " ".join(text.split())) is expected


def test_two_or_three_doctors(qtbot, demo_case, dialogs):
    third = copy.deepcopy(demo_case.opinions[1])
    third.id = "0f6a4a10-0000-4000-8000-000000000003"
    third.physician = Physician(name="Dr Amara Osei")
    demo_case.opinions.append(third)
    dialog = ExportPdfDialog(demo_case)
    qtbot.addWidget(dialog)
    dialog.show()
    first, second, third_check = dialog.opinion_checks
    assert not third_check.isChecked()
    click(qtbot, second)
    assert not dialog.export_button.isEnabled()
    assert dialog.hint_label.isVisible() and "two" in dialog.hint_label.text()
    click(qtbot, third_check)
    click(qtbot, second)
    assert dialog.export_button.isEnabled()
    assert dialog.options().opinion_ids == [o.id for o in demo_case.opinions]
    assert dialog.for_doctor_combo.count() == 3


def test_a_failed_export_says_why_and_writes_nothing(qtbot, demo_case, dialogs, monkeypatch,
                                                     tmp_path):
    dialog = ExportPdfDialog(demo_case, synchronous=True)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "missing-folder" / "c.pdf"
    choose_path(monkeypatch, dialogs, qtbot, dialog, target)
    click(qtbot, dialog.export_button)
    assert len(dialogs["errors"]) == 1 and "does not exist" in dialogs["errors"][0]
    assert not target.exists()
    assert not dialog.progress_bar.isVisible()
    assert dialog.export_button.isEnabled()


def test_preview_shows_every_page(qtbot, demo_case, tmp_path):
    from secondop_desktop.report.pdf import export_comparison_pdf

    path = tmp_path / "c.pdf"
    export_comparison_pdf(demo_case, path, PdfOptions())
    preview = PdfPreviewDialog(path)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.page_count() == len(pypdf.PdfReader(path).pages)
    assert len(preview.page_views) == preview.page_count()
    assert not preview.error_label.isVisible()
    first = preview.page_views[0]
    assert first.isVisible() and first.width() > 200
    # Fit to the width, in the paper's shape (A4 or Letter, portrait).
    assert 1.25 < first.height() / first.width() < 1.45
    assert preview.scroll.horizontalScrollBar().maximum() == 0
    preview.scroll.verticalScrollBar().setValue(preview.scroll.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: preview.page_views[-1].visibleRegion().isEmpty() is False)
    preview.accept()


def _dark_share(image, top: float, bottom: float) -> float:
    """The share of dark pixels in a horizontal band of the image (0..1), every 4th pixel."""
    from PySide6.QtGui import QColor

    dark = seen = 0
    for y in range(int(image.height() * top), int(image.height() * bottom), 4):
        for x in range(0, image.width(), 4):
            seen += 1
            dark += QColor(image.pixel(x, y)).lightness() < 128
    return dark / max(seen, 1)


def test_a_page_of_an_exported_pdf_renders_to_an_image(qtbot, demo_case, dialogs, monkeypatch,
                                                       tmp_path):
    """The path a plain install takes (no QtPdf): export from the dialog, then draw page 1."""
    from secondop_desktop.ui.pdf_pages import PdfPages

    dialog = ExportPdfDialog(demo_case, synchronous=True)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_path(monkeypatch, dialogs, qtbot, dialog, tmp_path / "c.pdf")
    click(qtbot, dialog.export_button)
    assert dialog.exported_path is not None
    with PdfPages(dialog.exported_path) as pages:
        assert pages.page_count() == len(pypdf.PdfReader(dialog.exported_path).pages)
        image = pages.render(0, 800)
    assert image.width() == 800 and 1000 < image.height() < 1150
    # Paper is white; the title and the table put ink on the page's upper half.
    assert _dark_share(image, 0.0, 0.02) == 0.0
    assert 0.005 < _dark_share(image, 0.05, 0.5) < 0.5


def test_a_damaged_pdf_is_said_so_in_the_preview(qtbot, tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4 this is not really a PDF")
    preview = PdfPreviewDialog(path)
    qtbot.addWidget(preview)
    assert preview.page_count() == 0
    assert "could not be shown" in preview.error_label.text()
    assert not preview.print_button.isEnabled()


def test_print_renders_every_page(qtbot, demo_case, dialogs, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    asked: list[object] = []
    monkeypatch.setattr(export_pdf, "ask_print", lambda p, parent: asked.append(p) or True)
    assert print_case_pdf(demo_case, PdfOptions(paper="letter"), None, printer=printer)
    assert asked == [printer]
    assert dialogs["errors"] == []
    printed = pypdf.PdfReader(out)
    assert len(printed.pages) >= 3
    box = printed.pages[0].mediabox  # printed on the paper the PDF was made for
    assert abs(float(box.width) - 612) < 2 and abs(float(box.height) - 792) < 2


def test_cancelled_print_prints_nothing(qtbot, demo_case, dialogs, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    monkeypatch.setattr(export_pdf, "ask_print", lambda p, parent: False)
    assert not print_case_pdf(demo_case, PdfOptions(), None, printer=printer)
    assert not out.exists()


def test_an_existing_file_is_kept_unless_the_user_agrees(qtbot, demo_case, dialogs, monkeypatch,
                                                         tmp_path):
    target = tmp_path / "old.pdf"
    target.write_bytes(b"old")
    answers: list[str] = []
    monkeypatch.setattr(dialogs_module, "ask_yes_no",
                        lambda parent, title, text, *a: answers.append(text) or False)
    dialog = ExportPdfDialog(demo_case, synchronous=True)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_path(monkeypatch, dialogs, qtbot, dialog, target)
    click(qtbot, dialog.export_button)
    assert answers and "old.pdf already exists" in answers[0]
    assert target.read_bytes() == b"old"
    monkeypatch.setattr(dialogs_module, "ask_yes_no", lambda parent, title, text, *a: True)
    click(qtbot, dialog.export_button)
    assert target.read_bytes().startswith(b"%PDF")


def test_exporting_does_not_wear_down_pythons_true(qtbot, demo_case, dialogs, monkeypatch,
                                                  tmp_path):
    """PySide6 6.12's emit() drops a reference to True per call; progress must not use it."""
    import gc
    import sys

    dialog = ExportPdfDialog(demo_case)
    qtbot.addWidget(dialog)
    dialog.show()
    # A first export fills the comparison's caches, so the measured one neither adds to them nor
    # evicts from them; and no garbage left by earlier tests may be collected while measuring
    # (objects with true fields, freed by the collector, once lowered the count by thousands).
    choose_path(monkeypatch, dialogs, qtbot, dialog, tmp_path / "warm.pdf")
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    choose_path(monkeypatch, dialogs, qtbot, dialog, tmp_path / "c.pdf")
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(True)
        click(qtbot, dialog.export_button)
        qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
        after = sys.getrefcount(True)
    finally:
        gc.enable()
    assert dialog.progress_bar.value() == 100
    assert after > before - 20  # hundreds lost if progress went through emit()


def test_one_doctor_only_cannot_export(qtbot, demo_case, dialogs):
    del demo_case.opinions[1:]
    dialog = ExportPdfDialog(demo_case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.export_button.isEnabled()
    assert "second doctor" in dialog.hint_label.text()


def test_without_a_renderer_the_system_viewer_shows_the_pdf(qtbot, demo_case, dialogs,
                                                            monkeypatch, tmp_path):
    monkeypatch.setattr(export_pdf, "renderer_available", lambda: False)
    dialog = ExportPdfDialog(demo_case, synchronous=True)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "c.pdf"
    choose_path(monkeypatch, dialogs, qtbot, dialog, target)
    click(qtbot, dialog.export_button)
    click(qtbot, dialog.preview_button)
    assert dialogs["opened"] == [target]


def test_preview_button_opens_the_in_app_preview(qtbot, demo_case, dialogs, monkeypatch,
                                                 tmp_path):
    dialog = ExportPdfDialog(demo_case, synchronous=True)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_path(monkeypatch, dialogs, qtbot, dialog, tmp_path / "c.pdf")
    click(qtbot, dialog.export_button)
    click(qtbot, dialog.preview_button)
    previews = [w for w in dialog.findChildren(PdfPreviewDialog)]
    assert len(previews) == 1 and previews[0].isVisible()
    assert previews[0].page_count() >= 3
    assert dialogs["opened"] == []


def test_the_suggested_folder_exists(qtbot, demo_case, dialogs, monkeypatch, tmp_path):
    """A fresh account may have no Documents folder: the home folder is suggested instead."""
    from PySide6.QtCore import QStandardPaths

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        lambda _kind: str(home / "Documents"))
    dialog = ExportPdfDialog(demo_case, synchronous=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert Path(dialog.file_edit.text()).parent == home
    click(qtbot, dialog.export_button)
    assert dialogs["errors"] == []
    assert dialog.exported_path is not None and dialog.exported_path.parent == home
    assert dialog.exported_path.read_bytes().startswith(b"%PDF")
    (home / "Documents").mkdir()
    again = ExportPdfDialog(demo_case)
    qtbot.addWidget(again)
    assert Path(again.file_edit.text()).parent == home / "Documents"


@pytest.mark.parametrize("styled", [False, True], ids=["plain", "app_style_sheet"])
def test_the_dialog_grows_to_show_the_result(qtbot, demo_case, dialogs, monkeypatch, tmp_path,
                                             styled):
    from PySide6.QtWidgets import QApplication

    from secondop_desktop.ui import appearance

    if styled:  # as in the app; the sheet's padding made the content taller than the screen
        appearance.apply_style_sheet()
    try:
        _grows_to_show_the_result(qtbot, demo_case, dialogs, monkeypatch, tmp_path)
    finally:
        appearance.apply_text_size(100)
        if styled:
            QApplication.instance().setStyleSheet("")


def _grows_to_show_the_result(qtbot, demo_case, dialogs, monkeypatch, tmp_path) -> None:
    from secondop_desktop.ui import appearance

    appearance.apply_text_size(200)
    dialog = ExportPdfDialog(demo_case, synchronous=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    folder = tmp_path / "My documents for the doctors" / "Knee, second opinion, 2026"
    folder.mkdir(parents=True)
    choose_path(monkeypatch, dialogs, qtbot, dialog, folder / "a rather long file name.pdf")
    click(qtbot, dialog.export_button)
    qtbot.wait(50)  # the layout's pass after the buttons appeared
    inside = dialog.rect()
    for widget in (dialog.file_edit, dialog.choose_button, dialog.open_button,
                   dialog.preview_button, dialog.close_button, dialog.status_label):
        assert widget.isVisible()
        corner = widget.mapTo(dialog, widget.rect().bottomRight())
        assert inside.contains(corner), (widget.objectName(), corner, inside)
        # Not squeezed either: as tall as its text needs.
        # (A row of a box and a button takes the box's height: a few pixels either way.)
        needed = (widget.heightForWidth(widget.width()) if widget.hasHeightForWidth()
                  else widget.sizeHint().height())
        assert widget.height() >= needed - 6, widget.objectName()
    for check in (dialog.large_print_check, dialog.include_private_check):
        assert check.height() >= check.heightForWidth(check.width()) - 2


def test_insurance_notes_are_printed_only_when_ticked(qtbot, demo_case):
    from secondop_desktop.domain.model import Insurance

    without = ExportPdfDialog(demo_case)
    qtbot.addWidget(without)
    assert without.include_insurance_check.isHidden()  # nothing to include, nothing offered
    demo_case.insurance = Insurance(covered=True, phone_numbers="0800 123 456")
    dialog = ExportPdfDialog(demo_case)
    qtbot.addWidget(dialog)
    assert not dialog.include_insurance_check.isHidden()
    assert not dialog.include_insurance_check.isChecked()
    assert dialog.options().include_insurance is False
    box = dialog.include_insurance_check
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.options().include_insurance is True


def test_the_pdf_in_spanish_from_the_english_window(qtbot, demo_case, dialogs, monkeypatch,
                                                    tmp_path):
    from PySide6.QtCore import Qt

    dialog = ExportPdfDialog(demo_case)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.language_combo
    assert combo.currentText() == "English"
    click(qtbot, dialog.a4_radio)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next language: Español
    assert combo.currentText() == "Español"
    assert dialog.letter_radio.isChecked()  # US Spanish prints on Letter
    target = tmp_path / "para mí.pdf"
    choose_path(monkeypatch, dialogs, qtbot, dialog, target)
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert dialogs["errors"] == []
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    assert "Comparación de opiniones médicas" in text and "Preguntas para hacer" in text
    assert "Comparison of medical opinions" not in text and "Questions to ask" not in text
    assert dialog.windowTitle() == "Export the comparison as a PDF"  # the window stays English
