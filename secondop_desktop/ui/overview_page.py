# SPDX-License-Identifier: GPL-3.0-or-later
"""The Overview tab: what the case is about, for whom, why a further opinion, how urgent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from secondop_desktop.domain.model import Case
from secondop_desktop.i18n import fill
from secondop_desktop.ui import fields, form_fields, step_words
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.date_text import iso_day_words
from secondop_desktop.ui.decide_by import reminder
from secondop_desktop.ui.insurance_section import InsuranceSection
from secondop_desktop.ui.words import REASON_WORDS, STATUS_WORDS, word


def _tr(text: str) -> str:
    """Words from words.py, translated where they are shown."""
    return step_words.translate("Words", text)  # said again after View → Language


class OverviewPage(form_fields.FormPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("overview_page", parent)
        self.document: CaseDocument | None = None
        self._build()

    def _build(self) -> None:
        body, layout, form = form_fields.page_body(
            self.tr("About this case"), "overview_heading",
            self.tr("A short title helps you find the case again. Everything you type is "
                    "kept as you go; there is no Save button to remember."),
        )
        self.form = form
        # A decided case says so first of all (filled in from the Decision tab).
        self.decided = QLabel("")
        self.decided.setObjectName("overview_decision")
        self.decided.setWordWrap(True)
        self.decided.setTextFormat(Qt.TextFormat.PlainText)
        self.decided.setProperty("role", "decided")
        self.decided.hide()
        layout.insertWidget(0, self.decided)
        self.title = fields.line_edit("case_title", self.tr("Title of the case"),
                                      self.tr("e.g. Right knee pain: surgery or therapy?"))
        self.concern = form_fields.text_edit("case_concern", self.tr("The health concern"),
                                        self.tr("What is going on, in your own words"))
        self.patient = fields.line_edit("patient_name", self.tr("Patient's name"),
                                        self.tr("Whose case this is"))
        self.status = form_fields.combo("case_status", self.tr("Where things stand"),
                                   {key: _tr(words) for key, words in STATUS_WORDS.items()})
        self.time_sensitive = form_fields.check("time_sensitive",
                                           self.tr("Time-sensitive: a decision is needed soon"))
        self.decide_by = form_fields.DateField("decide_by", self.tr("Decide by"))
        self.decide_by_caption = QLabel(self.tr("Decide by:"))
        self.decide_by_caption.setBuddy(self.decide_by.date_edit)
        self.decide_by_caption.setWordWrap(True)
        self.reminder = QLabel("")
        self.reminder.setObjectName("decide_by_reminder")
        self.reminder.setWordWrap(True)
        self.reason_boxes = {key: form_fields.check(f"reason_{key}", word(words))
                             for key, words in REASON_WORDS.items()}
        self.reasons = form_fields.text_edit(
            "case_reasons", self.tr("Other reasons, in your own words"),
            self.tr("One reason per line"), 2)
        form_fields.add_rows(form, ((self.tr("Title:"), self.title),
                                    (self.tr("The health concern:"), self.concern),
                                    (self.tr("Patient's name:"), self.patient),
                                    (self.tr("Where things stand:"), self.status)))
        form.addRow("", self.time_sensitive)
        form.addRow(self.decide_by_caption, self.decide_by)
        form.addRow("", self.reminder)
        first = True
        for box in self.reason_boxes.values():
            form.addRow(self.tr("Why a further opinion:") if first else "", box)
            first = False
        caption = QLabel(self.tr("Other reasons:"))
        caption.setWordWrap(True)
        caption.setBuddy(self.reasons)
        form.addRow(caption, self.reasons)
        layout.addLayout(form)
        self.insurance = InsuranceSection()
        layout.addWidget(self.insurance)
        layout.addStretch(1)
        self.setWidget(body)

        self.title.textEdited.connect(lambda text: self._set("title", text, self.tr("title")))
        self.concern.textChanged.connect(
            lambda: self._set("concern", self.concern.toPlainText(), self.tr("concern")))
        self.patient.textEdited.connect(
            lambda text: self._set("patient_name", text, self.tr("name")))
        self.status.activated.connect(
            lambda _i: self._set("status", self.status.currentData(), self.tr("status")))
        self.time_sensitive.toggled.connect(
            lambda on: self._set("time_sensitive", bool(on), self.tr("time-sensitive")))
        self.decide_by.edited.connect(
            lambda value: self._set("decide_by", value, self.tr("decide-by date")))
        self.reasons.textChanged.connect(self._reasons_edited)
        for box in self.reason_boxes.values():
            box.toggled.connect(lambda _on: self._reasons_edited())


    def set_document(self, document: CaseDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._show_decision)
        self.document = document
        self.insurance.document = document
        if document is not None:
            document.changed.connect(self._show_decision)
        self.load()

    def _show_decision(self) -> None:
        case = self.document.case if self.document else None
        decision = case.decision if case else None
        chosen = decision.chosen.strip() if decision else ""
        if not chosen:
            self.decided.hide()
            return
        text = fill(self.tr("Decided: {chosen}"), chosen=chosen)
        if decision.decided_on:
            text += fill(self.tr(" (on {date})"), date=iso_day_words(decision.decided_on))
        self.decided.setText(text)
        self.decided.setAccessibleName(text)
        self.decided.show()

    def load(self) -> None:
        case = self.document.case if self.document else None
        self.setEnabled(case is not None)
        self.insurance.load()
        if case is None:
            return
        self._show_decision()
        fields.set_line(self.title, case.title)
        form_fields.set_text(self.concern, case.concern)
        fields.set_line(self.patient, case.patient_name)
        form_fields.set_combo_value(self.status, case.status)
        form_fields.set_checked(self.time_sensitive, case.time_sensitive)
        self.decide_by.set_value(case.decide_by)
        self._show_reminder(case)
        for key, box in self.reason_boxes.items():
            form_fields.set_checked(box, key in case.reasons)
        own = [r for r in case.reasons if r not in REASON_WORDS]
        if self._own_reasons() != own:  # don't fight the user's blank lines while typing
            form_fields.set_text(self.reasons, "\n".join(own))

    def _set(self, attr: str, value: Any, what: str) -> None:
        if self.document is None:
            return

        def change(case: Case) -> None:
            setattr(case, attr, value)

        self.document.edit(f"case:{attr}", fill(self.tr("Change {what}"), what=what), change)
        self._show_reminder(self.document.case)

    def _show_reminder(self, case: Case) -> None:
        """The decide-by date belongs to a time-sensitive case: shown, with its reminder, then."""
        for widget in (self.decide_by, self.decide_by_caption):
            widget.setVisible(case.time_sensitive)
        words = reminder(case.decide_by) if case.time_sensitive else ""
        self.reminder.setText(words)
        self.reminder.setVisible(bool(words))

    def _own_reasons(self) -> list[str]:
        return [r.strip() for r in self.reasons.toPlainText().splitlines() if r.strip()]

    def _reasons_edited(self) -> None:
        checked = [key for key, box in self.reason_boxes.items() if box.isChecked()]
        self._set("reasons", checked + self._own_reasons(), self.tr("reasons"))
