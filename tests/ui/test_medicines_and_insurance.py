# SPDX-License-Identifier: GPL-3.0-or-later
"""Parts 4 and 5 of issue 11: the Medicines tab with its printable list, and the insurance notes
on the overview (printed only when asked)."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QTableView

from secondop_desktop.domain.model import Case, Insurance, Medication, Opinion, Physician
from secondop_desktop.report.medicines import render_medicines_pdf
from secondop_desktop.report.options import PdfOptions
from secondop_desktop.report.pdf import render_comparison_pdf
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import dialogs
from tests.ui.app_helpers import child, opened, stored, type_text

__all__ = ["opened"]  # the fixture, imported for pytest

LEFT = Qt.MouseButton.LeftButton


def _pdf_text(data: bytes) -> str:
    # Words as read, whatever the table cells' line breaks.
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _case(journal_path) -> Case:
    case = Case(title="Hüfte links", patient_name="Jürgen Weiß", opinions=[
        Opinion(label="Original", physician=Physician(name="Dr Ana Lee")),
        Opinion(label="Second", physician=Physician(name="Dr Mei Tanaka"))])
    with Journal.open(journal_path) as journal:
        journal.save_case(case)
    return case


def _choose(box: QComboBox, data) -> None:
    box.setCurrentIndex(box.findData(data))
    box.activated.emit(box.currentIndex())


def test_a_medicine_is_entered_with_dose_unit_dates_prescriber_and_reason(
        opened, qtbot, tmp_path, monkeypatch):
    case = _case(opened.journal_path)
    window = opened.window()
    window.open_case(case.id)
    window.case_page.tabs.setCurrentWidget(window.case_page.records)  # medicines are there
    page = window.case_page.medicines
    window.case_page.records.ensureWidgetVisible(page)
    qtbot.mouseClick(child(page, QPushButton, "medicine_add"), LEFT)
    type_text(qtbot, child(page, QLineEdit, "medicine_name"), "Ibuprofène")
    type_text(qtbot, child(page, QLineEdit, "medicine_dose"), "400")
    type_text(qtbot, child(page, QLineEdit, "medicine_unit"), "mg")
    type_text(qtbot, child(page, QLineEdit, "medicine_schedule"), "up to 3 times a day")
    type_text(qtbot, child(page, QLineEdit, "medicine_started"), "2026-09-01")
    qtbot.keyClick(child(page, QLineEdit, "medicine_started"), Qt.Key.Key_Tab)
    type_text(qtbot, child(page, QLineEdit, "medicine_reason"), "la douleur à la hanche")
    _choose(child(page, QComboBox, "medicine_prescribed_by"), "__someone_else__")
    prescriber = child(page, QLineEdit, "medicine_prescriber")
    assert prescriber.isVisible()
    type_text(qtbot, prescriber, "Dr Weber (family doctor)")
    table = child(page, QTableView, "medicines_table")
    row = [table.model().index(0, c).data() for c in range(table.model().columnCount())]
    assert row[:3] == ["Ibuprofène", "400 mg", "up to 3 times a day"]
    assert row[3].startswith("1 September") and row[4] == ""
    assert row[5:] == ["Dr Weber (family doctor)", "la douleur à la hanche"]

    # A second one, prescribed by one of the case's doctors.
    qtbot.mouseClick(child(page, QPushButton, "medicine_add"), LEFT)
    type_text(qtbot, child(page, QLineEdit, "medicine_name"), "Paracetamol")
    _choose(child(page, QComboBox, "medicine_prescribed_by"), case.opinions[1].id)
    assert not child(page, QLineEdit, "medicine_prescriber").isVisible()
    type_text(qtbot, child(page, QPlainTextEdit, "medicine_notes"), "only at night")
    window.flush()
    first, second = stored(opened.journal_path, case.id).medications
    assert (first.name, first.dose, first.unit, first.started, first.prescribed_by,
            first.prescriber, first.reason) == (
        "Ibuprofène", "400", "mg", "2026-09-01", None, "Dr Weber (family doctor)",
        "la douleur à la hanche")
    assert (second.prescribed_by, second.notes) == (case.opinions[1].id, "only at night")

    # The printable list: saved as a PDF the user names.
    target = tmp_path / "Medicines.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: target)
    qtbot.mouseClick(child(page, QPushButton, "medicine_save_pdf"), LEFT)
    words = _pdf_text(target.read_bytes())
    assert "Medicines" in words and "Jürgen Weiß" in words
    assert "Ibuprofène" in words and "400 mg" in words and "Dr Weber (family doctor)" in words
    assert "Dr Mei Tanaka" in words and "for la douleur à la hanche" in words

    # Remove the first; the other stays.
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.mouseClick(child(page, QPushButton, "medicine_remove"), LEFT)
    window.flush()
    assert [m.name for m in stored(opened.journal_path, case.id).medications] == ["Paracetamol"]


def test_the_comparison_pdf_lists_medicines_with_unit_and_reason():
    case = Case(title="Knee", opinions=[
        Opinion(physician=Physician(name="Dr Ana Lee")),
        Opinion(physician=Physician(name="Dr Mei Tanaka"))],
        medications=[Medication(name="Naproxen", dose="250", unit="mg", schedule="twice daily",
                                reason="knee pain", prescriber="Dr Weber")])
    words = _pdf_text(render_comparison_pdf(case, PdfOptions(paper="a4")))
    assert "250 mg" in words and "for knee pain" in words and "Dr Weber" in words


def test_the_list_of_medicines_refuses_an_empty_case_plainly():
    import pytest

    from secondop_desktop.report.options import PdfExportError

    with pytest.raises(PdfExportError, match="no medicines yet"):
        render_medicines_pdf(Case(title="Empty"))


def test_insurance_notes_are_kept_and_printed_only_when_asked(opened, qtbot):
    case = _case(opened.journal_path)
    window = opened.window()
    window.open_case(case.id)
    overview = window.case_page.overview
    _choose(child(overview, QComboBox, "insurance_covered"), "yes")
    _choose(child(overview, QComboBox, "insurance_pre_approval"), "no")
    type_text(qtbot, child(overview, QLineEdit, "insurance_references"), "Genehmigung Nr. 4711")
    type_text(qtbot, child(overview, QLineEdit, "insurance_phones"), "0800 123 456")
    type_text(qtbot, child(overview, QPlainTextEdit, "insurance_notes"), "Frau Schäfer, 2 Dec")
    window.flush()
    saved = stored(opened.journal_path, case.id)
    assert saved.insurance == Insurance(
        covered=True, in_network=None, pre_approval=False,
        reference_numbers="Genehmigung Nr. 4711", phone_numbers="0800 123 456",
        notes="Frau Schäfer, 2 Dec", updated_at=saved.insurance.updated_at)
    # Shown again as it was after switching away and back (e.g. another case, then this one).
    overview.set_document(window.document)
    assert child(overview, QComboBox, "insurance_pre_approval").currentText() == "No"
    assert child(overview, QComboBox, "insurance_in_network").currentText() == "Not known yet"

    without = _pdf_text(render_comparison_pdf(saved, PdfOptions(paper="a4")))
    assert "4711" not in without and "Insurance" not in without
    asked = _pdf_text(render_comparison_pdf(saved, PdfOptions(paper="a4",
                                                              include_insurance=True)))
    assert "Insurance" in asked and "Genehmigung Nr. 4711" in asked
    assert "Covered: yes" in asked and "network: not known yet" in asked
