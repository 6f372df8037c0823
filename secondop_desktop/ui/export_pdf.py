# SPDX-License-Identifier: GPL-3.0-or-later
"""Export, preview and print the comparison PDF from the app.

``ExportPdfDialog(case, parent).exec()`` asks which doctors, which paper, large print, private
notes and where to save, makes the PDF off the GUI thread with a progress bar, then offers to open
it. ``print_case_pdf(case, options, parent)`` prints the same document; ``PdfPreviewDialog`` shows
a PDF inside the app. Both draw the pages with PDFium (``ui/pdf_pages.py``, pypdfium2), not QtPdf:
QtPdf comes only with the 438 MB PySide6-Addons before PySide6 6.12.

File and message dialogs go through ``ui.dialogs``; the print dialog and the system viewer through
``ask_print`` and ``open_in_system_viewer`` below. Tests replace them and never wait on a modal.
"""

from __future__ import annotations

import copy
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QRect,
    QRunnable,
    QSize,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QImage, QPageSize, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import i18n
from secondop_desktop.domain.model import Case
from secondop_desktop.i18n import fill
from secondop_desktop.report.options import PdfExportError, PdfOptions, default_paper
from secondop_desktop.report.pdf import export_comparison_pdf
from secondop_desktop.ui import dialogs
from secondop_desktop.ui.form_fields import WrappingCheckBox
from secondop_desktop.ui.pdf_pages import PdfPages, PdfPagesError, renderer_available

# --- the dialogs tests replace ------------------------------------------------------------------
# File and message dialogs come from ui.dialogs (shared with the main window); the two below are
# this module's own, kept as module functions for the same reason: tests replace them.


def ask_print(printer: object, parent: QWidget | None) -> bool:
    """The system print dialog; True when the user chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_in_system_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# --- helpers ------------------------------------------------------------------------------------


def _tr(text: str) -> str:
    """Translation for the module-level functions (the dialogs use self.tr)."""
    return QCoreApplication.translate("export_pdf", text)


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def suggested_file_name(doctor: str, case_title: str) -> str:
    """"Comparison for Dr Hale - Right knee pain.pdf", without characters no file system takes."""
    doctor = _UNSAFE.sub(" ", doctor).strip()
    title = _UNSAFE.sub(" ", case_title).strip() or "case"
    stem = f"Comparison for {doctor} - {title}" if doctor else f"Comparison - {title}"
    stem = " ".join(stem.split())[:150].rstrip(" .")
    return f"{stem}.pdf"


def documents_folder() -> Path:
    """The user's Documents folder if it exists, else their home folder (a fresh account may
    have no Documents folder; suggesting one that is not there made the first export fail)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


# --- the worker ---------------------------------------------------------------------------------


class ExportWorker(QRunnable):
    """Makes the PDF on a pool thread; the dialog reads its progress with a timer.

    No Qt signals here on purpose: in PySide6 6.12 every ``SignalInstance.emit()`` called from
    Python drops one reference to ``True``, and a PDF reports progress hundreds of times, so a few
    exports would crash the interpreter ("bool_dealloc"). Plain attributes, written by one
    thread and read by the other, carry the same news safely.
    """

    def __init__(self, case: Case, path: Path, options: PdfOptions) -> None:
        super().__init__()
        self.case = copy.deepcopy(case)  # the user may go on editing while the PDF is made
        self.path = path
        self.options = options
        self.done = 0
        self.total = 1
        self.error: str | None = None
        self.finished = False

    def _progress(self, done: int, total: int) -> None:
        self.done, self.total = done, max(total, 1)

    def run(self) -> None:
        try:
            export_comparison_pdf(self.case, self.path, self.options, progress=self._progress)
        except PdfExportError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 — a worker must report, never die silently
            self.error = f"The PDF could not be made: {exc}"
        finally:
            self.finished = True


# --- the export dialog --------------------------------------------------------------------------


class ExportPdfDialog(QDialog):
    """Options for the comparison PDF, the export with its progress, and what to do after."""

    def __init__(self, case: Case, parent: QWidget | None = None, *,
                 synchronous: bool = False) -> None:
        super().__init__(parent)
        self.case = case
        self.synchronous = synchronous
        self.exported_path: Path | None = None
        self._worker: ExportWorker | None = None
        self._path_edited = False
        self._timer = QTimer(self)
        self._timer.setObjectName("export_progress_timer")
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._poll)
        self.setObjectName("export_pdf_dialog")
        self.setWindowTitle(self.tr("Export the comparison as a PDF"))
        self.setMinimumWidth(560)
        self._build()
        self._wire()
        self._update_suggested_path()
        self._update_state()

    # layout only
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        # Everything but the buttons scrolls when the screen is too small for it (large text on
        # a small screen), rather than being squeezed; the buttons stay in view.
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("export_body_scroll")
        self.body_scroll.setAccessibleName(self.tr("What to put in the PDF"))
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("export_body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "Make a printable comparison to take to a doctor: a summary, the doctors' views "
            "side by side, your questions, records, medicines and notes."
        ))
        intro.setWordWrap(True)
        intro.setObjectName("intro_label")
        layout.addWidget(intro)

        doctors = QGroupBox(self.tr("Doctors to compare (two or three)"))
        doctors.setObjectName("opinions_group")
        doctors_layout = QVBoxLayout(doctors)
        self.opinion_checks: list[QCheckBox] = []
        for index, opinion in enumerate(self.case.opinions):
            text = opinion.doctor
            if opinion.label:
                text = fill(self.tr("{doctor} ({label})"), doctor=text, label=opinion.label)
            check = WrappingCheckBox(text)
            check.setObjectName(f"opinion_check_{index}")
            check.setAccessibleName(fill(self.tr("Compare {doctor}"), doctor=opinion.doctor))
            check.setChecked(index < 2)
            check.setProperty("opinion_id", opinion.id)
            doctors_layout.addWidget(check)
            self.opinion_checks.append(check)
        layout.addWidget(doctors)

        form = QFormLayout()
        self.for_doctor_combo = QComboBox()
        self.for_doctor_combo.setObjectName("for_doctor_combo")
        self.for_doctor_combo.setAccessibleName(self.tr("Doctor this comparison is for"))
        form.addRow(self.tr("To discuss with:"), self.for_doctor_combo)

        # The PDF may be in another language than the window's: English for the doctor,
        # Spanish for the patient, or the reverse. Each language's name in itself.
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("pdf_language_combo")
        self.language_combo.setAccessibleName(self.tr("Language of the PDF"))
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(i18n.current_language())))
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language:"), self.language_combo)

        paper_box = QWidget()
        paper_box.setObjectName("paper_box")
        paper_row = QHBoxLayout(paper_box)
        paper_row.setContentsMargins(0, 0, 0, 0)
        self.letter_radio = QRadioButton(self.tr("Letter"))
        self.letter_radio.setObjectName("paper_letter_radio")
        self.a4_radio = QRadioButton(self.tr("A4"))
        self.a4_radio.setObjectName("paper_a4_radio")
        self.paper_group = QButtonGroup(self)
        self.paper_group.addButton(self.letter_radio)
        self.paper_group.addButton(self.a4_radio)
        paper = default_paper(QLocale.system().name())
        (self.letter_radio if paper == "letter" else self.a4_radio).setChecked(True)
        paper_row.addWidget(self.letter_radio)
        paper_row.addWidget(self.a4_radio)
        paper_row.addStretch(1)
        form.addRow(self.tr("Paper:"), paper_box)

        self.large_print_check = WrappingCheckBox(self.tr("Large print"))
        self.large_print_check.setObjectName("large_print_check")
        self.include_private_check = WrappingCheckBox(self.tr("Include my private notes"))
        self.include_private_check.setObjectName("include_private_check")
        self.include_private_check.setToolTip(self.tr(
            "Private notes are left out unless you tick this."
        ))
        self.include_decision_check = WrappingCheckBox(
            self.tr("Include my decision and what matters to me"))
        self.include_decision_check.setObjectName("include_decision_check")
        self.include_decision_check.setToolTip(self.tr(
            "Your decision, your reasons and what matters to you are left out unless you tick "
            "this."))
        self.include_insurance_check = WrappingCheckBox(self.tr("Include my insurance notes"))
        self.include_insurance_check.setObjectName("include_insurance_check")
        self.include_insurance_check.setToolTip(self.tr(
            "Reference and phone numbers are left out unless you tick this."))
        form.addRow("", self.large_print_check)
        form.addRow("", self.include_private_check)
        form.addRow("", self.include_decision_check)
        # Offered only when there is something to include: a row less for most cases.
        if self.case.insurance is not None and not self.case.insurance.is_empty():
            form.addRow("", self.include_insurance_check)
        else:
            self.include_insurance_check.hide()

        file_box = QWidget()
        file_row = QHBoxLayout(file_box)
        file_row.setContentsMargins(0, 0, 0, 0)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("file_edit")
        self.file_edit.setAccessibleName(self.tr("Where to save the PDF"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("choose_file_button")
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        form.addRow(self.tr("Save as:"), file_box)
        layout.addLayout(form)

        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint_label")
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setAccessibleName(self.tr("Progress of the export"))
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(False)
        layout.addWidget(self.progress_bar)

        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.body_scroll.setWidget(body)
        outer.addWidget(self.body_scroll, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open the PDF"))
        self.open_button.setObjectName("open_button")
        self.preview_button = QPushButton(self.tr("Show it here"))
        self.preview_button.setObjectName("preview_button")
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close_button")
        for button in (self.open_button, self.preview_button):
            button.setVisible(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self._fill_for_doctor()

    # wiring
    def _wire(self) -> None:
        for check in self.opinion_checks:
            check.toggled.connect(self._opinions_changed)
        self.for_doctor_combo.currentIndexChanged.connect(self._update_suggested_path)
        self.file_edit.textEdited.connect(self._path_typed)
        self.file_edit.textChanged.connect(self._update_state)
        self.choose_button.clicked.connect(self._choose_file)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._open_file)
        self.preview_button.clicked.connect(self._preview_file)

    def _checked_ids(self) -> list[str]:
        return [str(c.property("opinion_id")) for c in self.opinion_checks if c.isChecked()]

    def _fill_for_doctor(self) -> None:
        current = self.for_doctor_combo.currentData()
        self.for_doctor_combo.blockSignals(True)
        self.for_doctor_combo.clear()
        for opinion_id in self._checked_ids():
            opinion = self.case.opinion(opinion_id)
            if opinion is not None:
                self.for_doctor_combo.addItem(opinion.doctor, opinion.id)
        index = self.for_doctor_combo.findData(current)
        self.for_doctor_combo.setCurrentIndex(max(index, 0))
        self.for_doctor_combo.blockSignals(False)

    def _opinions_changed(self) -> None:
        self._fill_for_doctor()
        self._update_suggested_path()
        self._update_state()

    def _path_typed(self) -> None:
        self._path_edited = True

    def _update_suggested_path(self) -> None:
        if self._path_edited:
            return
        doctor = self.for_doctor_combo.currentText()
        name = suggested_file_name(doctor, self.case.title)
        self.file_edit.setText(str(documents_folder() / name))

    def _update_state(self) -> None:
        count = len(self._checked_ids())
        running = self._worker is not None
        if len(self.case.opinions) < 2:
            hint = self.tr("This case needs a second doctor's opinion before it can be compared.")
        elif count < 2:
            hint = self.tr("Tick two doctors to compare (or three).")
        elif count > 3:
            hint = self.tr("At most three doctors fit side by side: untick one.")
        elif not self.file_edit.text().strip():
            hint = self.tr("Choose where to save the PDF.")
        else:
            hint = ""
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        if self.isVisible():
            self._grow_to_content()
        self.export_button.setEnabled(not hint and not running)

    def _choose_file(self) -> None:
        current = Path(self.file_edit.text().strip() or documents_folder())
        chosen = dialogs.ask_save_path(self, self.tr("Save the comparison as"), current,
                                       self.tr("PDF files (*.pdf)"))
        if chosen is not None:
            if chosen.suffix.lower() != ".pdf":
                chosen = chosen.with_name(chosen.name + ".pdf")
            self._path_edited = True
            self.file_edit.setText(str(chosen))

    def _language_changed(self) -> None:
        """The paper usual for the chosen language (Letter for US English and US Spanish)."""
        with i18n.using(self.language_combo.currentData()):
            paper = default_paper(i18n.current_locale())
        (self.letter_radio if paper == "letter" else self.a4_radio).setChecked(True)

    def options(self) -> PdfOptions:
        """The options as the dialog shows them now."""
        return PdfOptions(
            opinion_ids=self._checked_ids(),
            paper="letter" if self.letter_radio.isChecked() else "a4",
            large_print=self.large_print_check.isChecked(),
            include_private=self.include_private_check.isChecked(),
            include_decision=self.include_decision_check.isChecked(),
            include_insurance=self.include_insurance_check.isChecked(),
            for_doctor=self.for_doctor_combo.currentText() or None,
            language=self.language_combo.currentData(),
        )

    def target_path(self) -> Path:
        path = Path(self.file_edit.text().strip()).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def start_export(self) -> None:
        if self._worker is not None or not self.export_button.isEnabled():
            return
        path = self.target_path()
        if path.exists() and not dialogs.ask_yes_no(
            self, self.tr("Replace the file?"),
            fill(self.tr("{name} already exists. Replace it with the new comparison?"),
                 name=path.name),
            self.tr("Replace it"), self.tr("Keep the old file"),
        ):
            return
        worker = ExportWorker(self.case, path, self.options())
        worker.setAutoDelete(False)  # the dialog reads its result after it ran
        self._worker = worker
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.open_button.setVisible(False)
        self.preview_button.setVisible(False)
        self.status_label.setText(self.tr("Making the PDF…"))
        self._update_state()
        if self.synchronous:
            worker.run()
            self._poll()
        else:
            QThreadPool.globalInstance().start(worker)
            self._timer.start()

    def _poll(self) -> None:
        """Show the worker's progress; when it has finished, its result."""
        worker = self._worker
        if worker is None:
            self._timer.stop()
            return
        self.progress_bar.setValue(int(100 * worker.done / worker.total))
        if not worker.finished:
            return
        self._timer.stop()
        if worker.error is None:
            self._on_finished(str(worker.path))
        else:
            self._on_failed(worker.error)

    def is_running(self) -> bool:
        return self._worker is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grow_to_content()

    def _grow_to_content(self) -> None:
        """As tall as what the dialog shows (the progress bar, the result and its buttons after
        an export, a hint wrapped at large text), so nothing is squeezed or cut off; never
        taller or wider than the screen. The user's own widening is kept."""
        layout = self.layout()
        if layout is None:
            return
        # The style sheet polishes fields when they are first shown, after the layout measured
        # them: measure again, or a field keeps the height of the text size before it.
        layout.invalidate()
        layout.activate()
        body = self.body_scroll.widget()
        body.layout().activate()
        hint = self.sizeHint()
        screen = self.screen().availableGeometry() if self.screen() else None
        width = max(self.width(), hint.width(), body.sizeHint().width() + self._outside_width())
        if screen is not None:
            width = min(width, screen.width())
        # Wrapped words (large text) need more lines at a narrower width.
        inner = width - self._outside_width()
        content = (body.heightForWidth(inner) if body.hasHeightForWidth()
                   else body.sizeHint().height())
        needed = content + self._outside_height()
        height = max(self.height(), hint.height(), needed)
        if screen is not None:
            height = min(height, screen.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def _outside_width(self) -> int:
        """What the dialog takes beside the scrolling part: its margins, and a scroll bar."""
        margins = self.layout().contentsMargins()
        return margins.left() + margins.right() + self.body_scroll.verticalScrollBar().sizeHint(
        ).width()

    def _outside_height(self) -> int:
        """What the dialog takes below and above the scrolling part: margins, the buttons."""
        layout = self.layout()
        margins = layout.contentsMargins()
        buttons = layout.itemAt(layout.count() - 1)
        return (margins.top() + margins.bottom() + layout.spacing()
                + (buttons.sizeHint().height() if buttons is not None else 0))

    def _on_finished(self, path: str) -> None:
        self._worker = None
        self.exported_path = Path(path)
        self.progress_bar.setValue(100)
        self.status_label.setText(fill(self.tr("Saved: {path}"), path=path))
        self.open_button.setVisible(True)
        self.preview_button.setVisible(True)
        self.close_button.setText(self.tr("Done"))
        self._update_state()
        self._grow_to_content()
        self.body_scroll.ensureWidgetVisible(self.status_label)

    def _on_failed(self, message: str) -> None:
        self._worker = None
        self.progress_bar.setVisible(False)
        self.status_label.setText(self.tr("The PDF was not saved."))
        self._update_state()
        self._grow_to_content()
        dialogs.show_error(self, self.tr("The PDF was not saved"), message)

    def _open_file(self) -> None:
        if self.exported_path is not None and not open_in_system_viewer(self.exported_path):
            dialogs.show_error(self, self.tr("Could not open the PDF"), fill(self.tr(
                "No program to show PDF files was found. The file is saved at {path}."
            ), path=self.exported_path))

    def _preview_file(self) -> None:
        if self.exported_path is not None:
            show_pdf(self.exported_path, self)

    def reject(self) -> None:
        if self._worker is not None:
            QThreadPool.globalInstance().waitForDone()  # the file is nearly written; let it be
            self._poll()
        super().reject()


# --- preview ------------------------------------------------------------------------------------


class PdfPageView(QWidget):
    """One page, drawn as wide as the preview is (its height follows the paper's shape). The
    image is made when the page is first painted, so only pages scrolled to cost anything."""

    def __init__(self, pages: PdfPages, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.index = index
        self._image: QImage | None = None
        self.setObjectName(f"pdf_page_{index}")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(120)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        size = self.pages.page_size(self.index)
        return round(width * size.height() / max(size.width(), 1.0))

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def image(self) -> QImage:
        """The page at the widget's width in device pixels (made again when that changed)."""
        width = round(self.width() * self.devicePixelRatioF())
        if self._image is None or self._image.width() != width:
            self._image = self.pages.render(self.index, width)
        return self._image

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.drawImage(self.rect(), self.image())
        painter.end()


class PdfPreviewDialog(QDialog):
    """A PDF shown inside the app: its pages one under the other, as wide as the window."""

    def __init__(self, pdf_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.setObjectName("pdf_preview_dialog")
        self.setWindowTitle(fill(self.tr("Preview: {name}"), name=self.pdf_path.name))
        self.pages: PdfPages | None = None
        self.page_views: list[PdfPageView] = []
        layout = QVBoxLayout(self)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("pdf_preview_view")
        self.scroll.setAccessibleName(self.tr("The PDF's pages"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column_widget = QWidget()
        column_widget.setObjectName("pdf_preview_pages")
        column = QVBoxLayout(column_widget)
        column.setSpacing(12)
        self.error_label = QLabel()
        self.error_label.setObjectName("pdf_preview_error_label")
        self.error_label.setWordWrap(True)
        try:
            self.pages = PdfPages(self.pdf_path)
        except PdfPagesError as exc:
            self.error_label.setText(fill(self.tr("This PDF could not be shown: {problem}"),
                                          problem=exc))
        else:
            for index in range(self.pages.page_count()):
                view = PdfPageView(self.pages, index)
                view.setAccessibleName(fill(self.tr("Page {number} of {count}"),
                                            number=index + 1, count=self.pages.page_count()))
                self.page_views.append(view)
                column.addWidget(view)
        column.addStretch(1)
        self.scroll.setWidget(column_widget)
        layout.addWidget(self.scroll, 1)
        self.error_label.setVisible(self.pages is None)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("pdf_preview_print_button")
        self.print_button.setEnabled(self.pages is not None)
        self.print_button.clicked.connect(lambda: print_pdf_file(self.pdf_path, self))
        close = QPushButton(self.tr("Close"))
        close.setObjectName("pdf_preview_close_button")
        close.clicked.connect(self.accept)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """A tall window for a page, but never taller or wider than the screen."""
        screen = self.screen().availableGeometry() if self.screen() else QRect(0, 0, 1024, 700)
        self.resize(min(820, screen.width() - 40), min(1000, screen.height() - 60))

    def page_count(self) -> int:
        return self.pages.page_count() if self.pages is not None else 0

    def done(self, result: int) -> None:
        if self.pages is not None:
            self.pages.close()
            self.pages = None
            for view in self.page_views:
                view.hide()  # no paint may reach the closed document
        super().done(result)


def show_pdf(pdf_path: Path, parent: QWidget | None = None) -> None:
    """The in-app preview when the PDF renderer is there, else the system's PDF viewer."""
    if renderer_available():
        dialog = PdfPreviewDialog(pdf_path, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
    elif not open_in_system_viewer(pdf_path):
        dialogs.show_error(parent, _tr("Could not open the PDF"), fill(_tr(
            "No program to show PDF files was found. The file is saved at {path}."
        ), path=pdf_path))


# --- printing -----------------------------------------------------------------------------------


def print_pdf_file(pdf_path: Path, parent: QWidget | None = None, printer: object = None) -> bool:
    """Print a PDF file's pages through the print dialog; False when cancelled or impossible."""
    from PySide6.QtPrintSupport import QPrinter

    try:
        pages = PdfPages(pdf_path)
    except PdfPagesError as exc:
        dialogs.show_error(parent, _tr("Could not print"), fill(_tr(
            "The PDF {path} could not be read for printing: {problem}"
        ), path=pdf_path, problem=exc))
        return False
    with pages:
        count = pages.page_count()
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # Offer the paper the PDF was laid out for (the user may still change it in the dialog).
        printer.setPageSize(QPageSize(pages.page_size(0), QPageSize.Unit.Point, "",
                                      QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setDocName(Path(pdf_path).stem)
        printer.setFromTo(1, count)
        if not ask_print(printer, parent):
            return False
        first, last = printer.fromPage() or 1, printer.toPage() or count
        painter = QPainter()
        if not painter.begin(printer):
            dialogs.show_error(parent, _tr("Could not print"),
                               _tr("The printer could not be started."))
            return False
        try:
            # 300 dpi is sharp on paper; a 1200 dpi printer would need 500 MB images per page.
            dpi = min(printer.resolution(), 300)
            for index in range(first - 1, min(last, count)):
                if index > first - 1:
                    printer.newPage()
                width_px = round(pages.page_size(index).width() * dpi / 72.0)
                image = pages.render(index, width_px)
                area = painter.viewport()
                fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.topLeft(), fitted), image)
        finally:
            painter.end()
    return True


def print_case_pdf(case: Case, options: PdfOptions, parent: QWidget | None = None,
                   printer: object = None) -> bool:
    """Make the comparison PDF in a temporary folder and print it; False when not printed."""
    with tempfile.TemporaryDirectory(prefix="secondop-print-") as folder:
        path = Path(folder) / "comparison.pdf"
        try:
            export_comparison_pdf(case, path, options)
        except PdfExportError as exc:
            dialogs.show_error(parent, _tr("Could not print"), str(exc))
            return False
        return print_pdf_file(path, parent, printer)
