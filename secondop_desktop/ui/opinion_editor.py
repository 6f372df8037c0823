# SPDX-License-Identifier: GPL-3.0-or-later
"""One doctor's opinion, every field, in the order a patient hears it.

Who and when → Diagnosis → Why → What they relied on → What they recommend → Next steps.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain.model import Case, Evidence, Opinion, Recommendation, now_iso
from secondop_desktop.i18n import fill
from secondop_desktop.ui import fields, form_fields, step_words
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.icd_lookup import DiagnosisLookup
from secondop_desktop.ui.row_list import FieldSpec, ListSpec, RowListEditor
from secondop_desktop.ui.step_words import RewordableTr
from secondop_desktop.ui.words import (
    CATEGORY_WORDS,
    CERTAINTY_WORDS,
    EVIDENCE_KIND_WORDS,
    URGENCY_WORDS,
    lookup,
)


def _tr(text: str) -> str:
    return step_words.translate("OpinionEditor", text)  # said again after View → Language


def _evidence_text(item: Evidence) -> str:
    title = item.title.strip() or _tr("Untitled")
    kind = lookup(EVIDENCE_KIND_WORDS, item.kind, item.kind)
    source = f" — {item.source.strip()}" if item.source.strip() else ""
    return f"{title}{source}\n{kind}"


def _recommendation_text(item: Recommendation) -> str:
    treatment = item.treatment.strip() or _tr("Untitled")
    main = _tr("★ Main: ") if item.preferred else _tr("Alternative: ")
    parts = [lookup(CATEGORY_WORDS, item.category, item.category)]
    if item.urgency:
        parts.append(lookup(URGENCY_WORDS, item.urgency, item.urgency))
    return f"{main}{treatment}\n{' · '.join(parts)}"


def evidence_spec(opinion_id: str) -> ListSpec:
    return ListSpec(
        prefix="evidence",
        title=_tr("What they relied on"),
        noun=_tr("evidence"),
        hint=_tr("Guidelines, studies, test results, scans: what this doctor based the view on, "
                 "and how they read it."),
        empty=_tr("No evidence noted yet. Use “Add evidence” for each test, scan or study the "
                  "doctor mentioned."),
        items=lambda case: _opinion_list(case, opinion_id, "evidence"),
        opinion_id=opinion_id,
        make=lambda: Evidence(updated_at=now_iso()),
        describe=_evidence_text,
        fields=(
            FieldSpec("title", _tr("What it is"), placeholder=_tr("e.g. Knee X-ray, standing")),
            FieldSpec("kind", _tr("Kind"), "combo", EVIDENCE_KIND_WORDS),
            FieldSpec("source", _tr("Where it comes from"),
                      placeholder=_tr("e.g. St Mary's radiology")),
            FieldSpec("reference", _tr("Reference or date"),
                      placeholder=_tr("e.g. report no. or date")),
            FieldSpec("interpretation", _tr("How this doctor read it"), "text"),
        ),
    )


def recommendation_spec(opinion_id: str) -> ListSpec:
    return ListSpec(
        prefix="recommendation",
        title=_tr("What they recommend"),
        noun=_tr("recommendation"),
        hint=_tr("Each treatment or step the doctor suggested. Mark the one they recommend most "
                 "as the main recommendation."),
        empty=_tr("No recommendations noted yet. Use “Add recommendation” for each option the "
                  "doctor suggested."),
        items=lambda case: _opinion_list(case, opinion_id, "recommendations"),
        opinion_id=opinion_id,
        make=lambda: Recommendation(updated_at=now_iso()),
        describe=_recommendation_text,
        fields=(
            FieldSpec("treatment", _tr("Treatment or step"),
                      placeholder=_tr("e.g. Physical therapy")),
            FieldSpec("category", _tr("Kind"), "combo", CATEGORY_WORDS),
            FieldSpec("urgency", _tr("How soon"), "combo", URGENCY_WORDS),
            FieldSpec("preferred", _tr("This is the doctor's main recommendation"), "check"),
            FieldSpec("benefits", _tr("Benefits"), "text"),
            FieldSpec("risks", _tr("Risks"), "text"),
            FieldSpec("side_effects", _tr("Side effects"), "text"),
        ),
    )


def _opinion_list(case: Case, opinion_id: str, attr: str) -> list[Any] | None:
    opinion = case.opinion(opinion_id)
    return getattr(opinion, attr) if opinion is not None else None


# (attribute path, label, kind, object name, placeholder); the words are looked up when the editor
# is built (in the language in force then), marked here for the translation's sources.
_WHO = (
    ("label", QT_TRANSLATE_NOOP("OpinionEditor", "Label for this opinion"), "line",
     "opinion_label", QT_TRANSLATE_NOOP("OpinionEditor", "e.g. First opinion")),
    ("physician.name", QT_TRANSLATE_NOOP("OpinionEditor", "Doctor's name"), "line",
     "physician_name", QT_TRANSLATE_NOOP("OpinionEditor", "e.g. Dr Robert Hale")),
    ("physician.specialty", QT_TRANSLATE_NOOP("OpinionEditor", "Specialty"), "line",
     "physician_specialty", QT_TRANSLATE_NOOP("OpinionEditor", "e.g. Orthopaedic surgery")),
    ("physician.institution", QT_TRANSLATE_NOOP("OpinionEditor", "Hospital or practice"), "line",
     "physician_institution", ""),
    ("physician.credentials", QT_TRANSLATE_NOOP("OpinionEditor", "Qualifications"), "line",
     "physician_credentials", QT_TRANSLATE_NOOP("OpinionEditor", "e.g. MD, FRCS")),
    ("physician.contact", QT_TRANSLATE_NOOP("OpinionEditor", "How to reach them"), "line",
     "physician_contact", QT_TRANSLATE_NOOP("OpinionEditor", "phone, e-mail or address")),
)
_DIAGNOSIS_REST = (
    ("diagnosis.stage", QT_TRANSLATE_NOOP("OpinionEditor", "Stage or grade"), "line",
     "diagnosis_stage", QT_TRANSLATE_NOOP("OpinionEditor", "if the doctor gave one")),
)


class OpinionEditor(RewordableTr, QWidget):
    """Every field of one opinion; edits go to the document as undoable steps."""

    def __init__(self, document: CaseDocument, opinion_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opinion_editor")
        self.document = document
        self.opinion_id = opinion_id
        self.inputs: dict[str, QWidget] = {}
        self._describe_pending: str | None = None
        self._captions: list[QLabel] = []
        self._forms: list[QFormLayout] = []
        self._build()
        self._align_captions()
        self.load()

    # -- layout -----------------------------------------------------------------------------

    def _section(self, layout: QVBoxLayout, title: str, name: str,
                 hint: str = "") -> QFormLayout:
        layout.addWidget(fields.Heading(title, 1.3, f"{name}_heading"))
        if hint:
            layout.addWidget(form_fields.hint_label(hint))
        form = form_fields.wrapping_form()
        layout.addLayout(form)
        self._forms.append(form)
        return form

    def _rule(self, layout: QVBoxLayout) -> None:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addSpacing(6)
        layout.addWidget(line)
        layout.addSpacing(6)

    def _add(self, form: QFormLayout, path: str, label: str, kind: str, object_name: str,
             placeholder: str = "", choices: dict[Any, str] | None = None) -> QWidget:
        if kind == "text":
            widget: QWidget = form_fields.text_edit(object_name, label, placeholder)
        elif kind == "combo":
            widget = form_fields.combo(object_name, label, choices or {})
        else:
            widget = fields.line_edit(object_name, label, placeholder)
        caption = QLabel(fill(self.tr("{label}:"), label=label))
        caption.setWordWrap(True)
        caption.setBuddy(widget)
        form.addRow(caption, widget)
        self._captions.append(caption)
        self.inputs[path] = widget
        self._wire_input(path, widget, label.lower())
        return widget

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(8)

        form = self._section(layout, self.tr("Who and when"), "who")
        for path, label, kind, object_name, placeholder in _WHO:
            self._add(form, path, _tr(label), kind, object_name,
                      _tr(placeholder) if placeholder else "")
        self.visit_date = form_fields.DateField("visit_date", self.tr("Date of the visit"))
        caption = QLabel(self.tr("Date of the visit:"))
        caption.setBuddy(self.visit_date.date_edit)
        self._captions.append(caption)
        form.addRow(caption, self.visit_date)
        visit_words = self.tr("visit date")
        self.visit_date.edited.connect(
            lambda value: self._set("visit_date", value, visit_words))

        self._rule(layout)
        form = self._section(
            layout, self.tr("Diagnosis"), "diagnosis",
            self.tr("In your own words is fine. As you type, matching diagnosis codes are "
                    "offered; picking one is optional."))
        self.diagnosis_text = self._add(
            form, "diagnosis.text", self.tr("What the doctor called it"), "line", "diagnosis_text",
            self.tr("e.g. Osteoarthritis of the right knee"))
        self.diagnosis_code = self._add(
            form, "diagnosis.icd10", self.tr("Diagnosis code (ICD-10-CM)"), "line",
            "diagnosis_code", self.tr("optional, e.g. M17.11"))
        self.code_description = form_fields.hint_label("", "diagnosis_code_description")
        form.addRow("", self.code_description)
        self._add(form, "diagnosis.certainty", self.tr("How sure the doctor was"), "combo",
                  "diagnosis_certainty", choices=CERTAINTY_WORDS)
        for path, label, kind, object_name, placeholder in _DIAGNOSIS_REST:
            self._add(form, path, _tr(label), kind, object_name,
                      _tr(placeholder) if placeholder else "")
        assert isinstance(self.diagnosis_text, QLineEdit)
        self.lookup = DiagnosisLookup(self.diagnosis_text)
        self.lookup.picked.connect(self._code_picked)
        self.lookup.described.connect(self._code_described)

        self._rule(layout)
        form = self._section(layout, self.tr("Why"), "why",
                             self.tr("The doctor's reasons for this view."))
        self._add(form, "rationale", self.tr("The doctor's reasoning"), "text", "rationale",
                  self.tr("What the doctor said about why"))

        self._rule(layout)
        self.evidence = RowListEditor(evidence_spec(self.opinion_id))
        layout.addWidget(self.evidence)

        self._rule(layout)
        self.recommendations = RowListEditor(recommendation_spec(self.opinion_id))
        layout.addWidget(self.recommendations)

        self._rule(layout)
        form = self._section(layout, self.tr("Next steps"), "next_steps")
        self._add(form, "follow_up", self.tr("Follow-up"), "text", "follow_up",
                  self.tr("e.g. Come back in six weeks with a new X-ray"))
        layout.addStretch(1)

    def _align_captions(self) -> None:
        """One label column for every section, as wide as a typical label (longer ones wrap)."""
        width = self.fontMetrics().horizontalAdvance(self.tr("Hospital or practice: "))
        for caption in self._captions:
            caption.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._align_captions()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self.layout().contentsMargins()
        room = event.size().width() - margins.left() - margins.right()
        for form in self._forms:
            form_fields.fit_form(form, room)

    def _wire_input(self, path: str, widget: QWidget, what: str) -> None:
        # ``what`` names the field in the undo step ("Change specialty"), in the user's words
        # (it was the attribute's own English name, in a Spanish window too).
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda text, p=path: self._set(p, text, what))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(
                lambda p=path, w=widget: self._set(p, w.toPlainText(), what))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(
                lambda _i, p=path, w=widget: self._set(p, w.currentData(), what))

    # -- reading and writing ----------------------------------------------------------------

    def opinion(self) -> Opinion | None:
        return self.document.case.opinion(self.opinion_id)

    def load(self) -> None:
        opinion = self.opinion()
        if opinion is None:
            return
        for path, widget in self.inputs.items():
            form_fields.set_value(widget, _get(opinion, path))
        self.visit_date.set_value(opinion.visit_date)
        self._show_code(opinion.diagnosis.icd10)
        self.evidence.set_document(self.document)
        self.recommendations.set_document(self.document)

    def _show_code(self, code: str | None) -> None:
        if not code:
            self.code_description.setText("")
        elif self.code_description.property("code") != code:
            self.code_description.setText("")
            self._describe_pending = code
            if self.isVisible():
                self._describe_now()
        self.code_description.setProperty("code", code or "")

    def _describe_now(self) -> None:
        # The code set is opened only when someone looks at a code, never while starting up.
        code, self._describe_pending = self._describe_pending, None
        if code:
            self.lookup.describe(code)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._describe_now()

    def _code_described(self, code: str, description: str) -> None:
        opinion = self.opinion()
        if opinion is not None and opinion.diagnosis.icd10 == code:
            self.code_description.setText(
                fill(self.tr("{code}: {description}"), code=code, description=description)
                if description
                else fill(self.tr("{code} is not a code this app knows; it is kept as typed."),
                          code=code))

    def _set(self, path: str, value: Any, what: str = "") -> None:
        opinion_id = self.opinion_id
        if path == "diagnosis.icd10" and isinstance(value, str):
            value = value.strip().upper() or None
        if path == "diagnosis.stage" and value == "":
            value = None

        def change(case: Case) -> None:
            opinion = case.opinion(opinion_id)
            if opinion is not None and _get(opinion, path) != value:
                _put(opinion, path, value)
                opinion.updated_at = now_iso()

        label = what or path.split(".")[-1].replace("_", " ")
        self.document.edit(f"opinion:{opinion_id}:{path}",
                           fill(self.tr("Change {what}"), what=label), change)
        if path == "diagnosis.icd10":
            self._show_code(value)

    def _code_picked(self, code: str, description: str) -> None:
        opinion_id = self.opinion_id

        def change(case: Case) -> None:
            opinion = case.opinion(opinion_id)
            if opinion is not None:
                opinion.diagnosis.text = description
                opinion.diagnosis.icd10 = code
                opinion.updated_at = now_iso()

        self.document.edit(f"opinion:{opinion_id}:code", self.tr("Choose diagnosis code"), change,
                           mergeable=False)
        opinion = self.opinion()
        if opinion is not None:
            assert isinstance(self.diagnosis_text, QLineEdit)
            assert isinstance(self.diagnosis_code, QLineEdit)
            fields.set_line(self.diagnosis_text, opinion.diagnosis.text)
            fields.set_line(self.diagnosis_code, opinion.diagnosis.icd10)
            self.code_description.setProperty("code", code)
            self.code_description.setText(
                fill(self.tr("{code}: {description}"), code=code, description=description))


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def _put(obj: Any, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        obj = getattr(obj, part)
    setattr(obj, last, value)
