# SPDX-License-Identifier: GPL-3.0-or-later
"""The insurance part of the overview: whether a further opinion is covered, whether the doctor
is in the network, whether the insurer must approve it first, and the numbers to quote.

Each yes/no question has a third answer, "Not known yet": most people must still ask, and that
is not a "no". Printed in the PDF only when the user asks (Export PDF: "Insurance notes").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QWidget

from secondop_desktop.domain.model import Case, Insurance, now_iso
from secondop_desktop.ui import fields, form_fields
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.step_words import RewordableTr

_ANSWER_VALUES: dict[str, bool | None] = {"unknown": None, "yes": True, "no": False}


def _answer_key(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


class InsuranceSection(RewordableTr, QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Insurance"), parent)
        self.setObjectName("insurance_section")
        self.document: CaseDocument | None = None
        form = form_fields.wrapping_form()
        self.setLayout(form)
        form.addRow(form_fields.hint_label(self.tr(
            "What your insurer said about this further opinion, and the "
            "numbers to quote when you call. Printed only if you ask."), "insurance_hint"))
        # Keys as text: a combo's item data cannot tell False from None reliably.
        answers = {"unknown": self.tr("Not known yet"), "yes": self.tr("Yes"),
                   "no": self.tr("No")}
        self.covered = form_fields.combo("insurance_covered",
                                         self.tr("Is the further opinion covered?"), answers)
        self.in_network = form_fields.combo("insurance_in_network",
                                            self.tr("Is the doctor in the plan's network?"),
                                            answers)
        self.pre_approval = form_fields.combo(
            "insurance_pre_approval", self.tr("Must the insurer approve it first?"), answers)
        self.references = fields.line_edit("insurance_references", self.tr("Reference numbers"),
                                           self.tr("e.g. policy 123-456, approval A-789"))
        self.phones = fields.line_edit("insurance_phones", self.tr("Phone numbers"),
                                       self.tr("e.g. insurer 0800 123 456"))
        self.notes = form_fields.text_edit("insurance_notes", self.tr("Insurance notes"),
                                           self.tr("e.g. who you spoke to, and when"), 2)
        form_fields.add_rows(form, ((self.tr("Covered:"), self.covered),
                                    (self.tr("Doctor in network:"), self.in_network),
                                    (self.tr("Approval needed first:"), self.pre_approval),
                                    (self.tr("Reference numbers:"), self.references),
                                    (self.tr("Phone numbers:"), self.phones),
                                    (self.tr("Notes:"), self.notes)))
        self.form = form
        for attr, box in (("covered", self.covered), ("in_network", self.in_network),
                          ("pre_approval", self.pre_approval)):
            box.activated.connect(
                lambda _i, a=attr, b=box: self._set(a, _ANSWER_VALUES[b.currentData()]))
        self.references.textEdited.connect(lambda text: self._set("reference_numbers", text))
        self.phones.textEdited.connect(lambda text: self._set("phone_numbers", text))
        self.notes.textChanged.connect(lambda: self._set("notes", self.notes.toPlainText()))

    def set_document(self, document: CaseDocument | None) -> None:
        self.document = document
        self.load()

    def load(self) -> None:
        case = self.document.case if self.document else None
        insurance = (case.insurance if case is not None else None) or Insurance()
        for box, value in ((self.covered, insurance.covered),
                           (self.in_network, insurance.in_network),
                           (self.pre_approval, insurance.pre_approval)):
            form_fields.set_combo_value(box, _answer_key(value))
        fields.set_line(self.references, insurance.reference_numbers)
        fields.set_line(self.phones, insurance.phone_numbers)
        form_fields.set_text(self.notes, insurance.notes)

    def _set(self, attr: str, value: Any) -> None:
        if self.document is None:
            return

        def change(case: Case) -> None:
            insurance = case.insurance or Insurance()
            if getattr(insurance, attr) != value:
                setattr(insurance, attr, value)
                insurance.updated_at = now_iso()
                case.insurance = insurance

        self.document.edit(f"insurance:{attr}", self.tr("Change the insurance notes"), change)

