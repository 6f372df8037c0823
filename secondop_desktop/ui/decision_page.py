# SPDX-License-Identifier: GPL-3.0-or-later
"""The Decision tab: the plan the patient chose, why, when, and a four-question certainty check.

The four questions follow the published SURE test of decisional certainty (sure, understand,
risks and benefits, encouragement), put in plain words. The app records the answers; it never
judges the choice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from secondop_desktop.domain.model import Case, Decision, now_iso
from secondop_desktop.ui import fields, form_fields
from secondop_desktop.ui.case_document import CaseDocument

SURE_WORDS = {
    "sure": "I feel sure about the best choice for me.",
    "understand": "I know the benefits and risks of each option.",
    "risks_benefits": "I am clear about which benefits and risks matter most to me.",
    "encouragement": "I have enough support and advice to make a choice.",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DecisionPage", text)


class DecisionPage(form_fields.FormPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("decision_page", parent)
        self.document: CaseDocument | None = None
        self._build()

    def _build(self) -> None:
        body, layout, form = form_fields.page_body(
            self.tr("Your decision"), "decision_heading",
            self.tr("When you have decided, write down what you chose and why. It helps to "
                    "look back on, and to explain to your doctors and family."),
        )
        self.chosen = fields.line_edit("decision_chosen", self.tr("The plan I chose"),
                                       self.tr("e.g. Twelve weeks of supervised physical therapy"))
        self.reasons = form_fields.text_edit("decision_reasons", self.tr("Why I chose it"),
                                        self.tr("What mattered most to you"))
        self.decided_on = form_fields.DateField("decision_date", self.tr("Date of the decision"))
        for label, widget in ((self.tr("The plan I chose:"), self.chosen),
                              (self.tr("Why I chose it:"), self.reasons)):
            caption = QLabel(label)
            caption.setWordWrap(True)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        caption = QLabel(self.tr("Decided on:"))
        caption.setBuddy(self.decided_on.date_edit)
        form.addRow(caption, self.decided_on)
        layout.addLayout(form)
        self.form = form

        layout.addWidget(fields.Heading(self.tr("How sure do you feel?"), 1.15, "sure_heading"))
        sure_hint = QLabel(self.tr(
            "Tick each sentence that is true for you. If some are not, that is "
            "worth talking over with your doctors or family before going ahead."))
        sure_hint.setWordWrap(True)
        sure_hint.setProperty("role", "hint")
        layout.addWidget(sure_hint)
        self.sure_boxes = {key: form_fields.check(f"sure_{key}", _tr(words))
                           for key, words in SURE_WORDS.items()}
        for box in self.sure_boxes.values():
            layout.addWidget(box)
        self.sure_summary = QLabel("")
        self.sure_summary.setObjectName("sure_summary")
        self.sure_summary.setWordWrap(True)
        layout.addWidget(self.sure_summary)
        layout.addStretch(1)
        self.setWidget(body)


        self.chosen.textEdited.connect(
            lambda text: self._set("chosen", text, self.tr("plan chosen")))
        self.reasons.textChanged.connect(
            lambda: self._set("reasons", self.reasons.toPlainText(), self.tr("reasons")))
        self.decided_on.edited.connect(
            lambda value: self._set("decided_on", value, self.tr("date")))
        for key, box in self.sure_boxes.items():
            box.toggled.connect(
                lambda on, k=key: self._set(f"sure.{k}", bool(on), self.tr("answer")))

    def set_document(self, document: CaseDocument | None) -> None:
        self.document = document
        self.load()

    def load(self) -> None:
        case = self.document.case if self.document else None
        self.setEnabled(case is not None)
        decision = (case.decision if case else None) or Decision()
        fields.set_line(self.chosen, decision.chosen)
        form_fields.set_text(self.reasons, decision.reasons)
        self.decided_on.set_value(decision.decided_on)
        for key, box in self.sure_boxes.items():
            form_fields.set_checked(box, getattr(decision.sure, key))
        self._show_summary(decision)

    def _show_summary(self, decision: Decision) -> None:
        ticked = sum(bool(getattr(decision.sure, key)) for key in SURE_WORDS)
        self.sure_summary.setText(self.tr("{ticked} of 4 ticked.").format(ticked=ticked))

    def _set(self, path: str, value: Any, what: str) -> None:
        if self.document is None:
            return

        def change(case: Case) -> None:
            if case.decision is None:
                case.decision = Decision()
            target: Any = case.decision
            *parents, last = path.split(".")
            for part in parents:
                target = getattr(target, part)
            setattr(target, last, value)
            case.decision.updated_at = now_iso()

        self.document.edit(f"decision:{path}", self.tr("Change decision: {what}").format(what=what),
                           change)
        if self.document.case.decision is not None:
            self._show_summary(self.document.case.decision)
