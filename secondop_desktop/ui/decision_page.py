# SPDX-License-Identifier: GPL-3.0-or-later
"""The Decision tab: the options side by side, what matters to me, who decides with me, how sure
I am, the decision itself, and whether a third opinion may help.

The four certainty questions follow the published SURE test of decisional certainty (sure,
understand, risks and benefits, encouragement), put in plain words; each "no" gets a plain hint
of what to do next. The app records the answers; it never judges the choice.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QListView, QVBoxLayout, QWidget

from secondop_desktop.domain.model import Case, Decision, now_iso
from secondop_desktop.i18n import fill, inside_sentence
from secondop_desktop.ui import fields, form_fields, step_words
from secondop_desktop.ui.case_document import CaseDocument
from secondop_desktop.ui.latest_worker import LatestWorker
from secondop_desktop.ui.option_grid import OptionsPanel
from secondop_desktop.ui.values_panel import ValuesPanel

SURE_WORDS = {
    "sure": QT_TRANSLATE_NOOP("DecisionPage", "I feel sure about the best choice for me."),
    "understand": QT_TRANSLATE_NOOP("DecisionPage",
                                    "I know the benefits and risks of each option."),
    "risks_benefits": QT_TRANSLATE_NOOP(
        "DecisionPage", "I am clear about which benefits and risks matter most to me."),
    "encouragement": QT_TRANSLATE_NOOP(
        "DecisionPage", "I have enough support and advice to make a choice."),
}
# What to do next when a sentence is not (yet) true: the hint under each unticked box.
SURE_HINTS = {
    "sure": QT_TRANSLATE_NOOP(
        "DecisionPage", "Not sure yet? That is common. Give yourself the time the doctors say "
        "is safe, and look again at the options side by side above."),
    "understand": QT_TRANSLATE_NOOP(
        "DecisionPage", "Go through the grid above: every cell marked “not said” can become a "
        "question for the doctor, in one click."),
    "risks_benefits": QT_TRANSLATE_NOOP(
        "DecisionPage", "Rate what matters to you above, and mark which options each factor "
        "favours; the picture shows it option by option."),
    "encouragement": QT_TRANSLATE_NOOP(
        "DecisionPage", "Talk it over with the people who decide with you, or ask one of the "
        "doctors for another talk. Write down who helps you below."),
}


def _tr(text: str) -> str:
    return step_words.translate("DecisionPage", text)  # said again after View → Language


def _suggestion_job(data: dict[str, Any]) -> tuple[str, list[str], str, list[tuple[str, str]]]:
    """On a worker thread: (reason, advice, waiting line, [(point, who agrees)]) for a copy of
    the case. Reason is "" when no third opinion is suggested."""
    from secondop_desktop.domain import third_opinion
    from secondop_desktop.domain.compare import compare_opinions, compare_three

    case = Case.from_dict(data)
    ids = [o.id for o in case.opinions]
    # Whether or not a third opinion is suggested, a time-sensitive case says waiting costs.
    waiting = third_opinion.waiting_line(case)
    if len(ids) == 2:
        suggestion = third_opinion.suggest(case, compare_opinions(case, ids[0], ids[1]))
        if suggestion is None:
            return "", [], waiting, []
        return suggestion.reason, suggestion.advice, suggestion.waiting, []
    if len(ids) >= 3:
        three = compare_three(case, ids[:3])
        rows = [(item.label, third_opinion.agreement_words(item))
                for item in third_opinion.agreement_by_point(case, three)]
        return "", [], waiting, rows
    return "", [], waiting, []


class DecisionPage(form_fields.FormPage):
    def __init__(self, parent: QWidget | None = None, *, synchronous: bool = False) -> None:
        super().__init__("decision_page", parent)
        self.document: CaseDocument | None = None
        self._suggest_stale = False
        self.worker = LatestWorker(self, synchronous=synchronous, name="secondop-third-opinion")
        self.worker.finished.connect(self._show_suggestion)
        # The suggestion follows edits a moment after typing stops, not at every letter.
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(0 if synchronous else 400)
        self._suggest_timer.timeout.connect(self._ask_suggestion)
        self._build()

    # -- building -------------------------------------------------------------------------

    def _section(self, layout: QVBoxLayout, title: str, name: str, hint: str = "") -> None:
        layout.addSpacing(8)
        layout.addWidget(fields.Heading(title, 1.15, name))
        if hint:
            layout.addWidget(form_fields.hint_label(hint))

    def _build(self) -> None:
        body, layout, form = form_fields.page_body(
            self.tr("Deciding"), "decision_heading",
            self.tr("Put the options side by side, say what matters to you, and when you have "
                    "decided, write down what you chose and why. It helps to look back on, and "
                    "to explain to your doctors and family."),
        )
        self._section(layout, self.tr("Your options"), "options_heading", self.tr(
            "Every treatment the doctors named, once each (the same treatment named by two "
            "doctors is one option), and options of your own."))
        self.options_panel = OptionsPanel()
        layout.addWidget(self.options_panel)

        self._section(layout, self.tr("What matters to you"), "values_heading", self.tr(
            "Add what matters to you, rate it from 0 (not at all) to 5 (very much) with the "
            "slider or the arrow keys, and tick the options it favours."))
        self.values_panel = ValuesPanel()
        layout.addWidget(self.values_panel)

        self._section(layout, self.tr("Who decides with you"), "with_whom_heading")
        self.with_whom = fields.line_edit("decision_with_whom", self.tr("Who decides with you"),
                                          self.tr("e.g. my wife Ana, and Dr Patel, my GP"))
        layout.addWidget(self.with_whom)

        self._section(layout, self.tr("How sure do you feel?"), "sure_heading", self.tr(
            "Tick each sentence that is true for you. If some are not, that is worth talking "
            "over with your doctors or family before going ahead."))
        self.sure_boxes = {}
        self.sure_hints = {}
        for key, words in SURE_WORDS.items():
            box = form_fields.check(f"sure_{key}", _tr(words))
            hint = form_fields.hint_label(_tr(SURE_HINTS[key]))
            hint.setObjectName(f"sure_hint_{key}")
            hint.setContentsMargins(24, 0, 0, 4)
            self.sure_boxes[key] = box
            self.sure_hints[key] = hint
            layout.addWidget(box)
            layout.addWidget(hint)
        self.sure_summary = QLabel("")
        self.sure_summary.setObjectName("sure_summary")
        self.sure_summary.setWordWrap(True)
        layout.addWidget(self.sure_summary)

        self._section(layout, self.tr("Your decision"), "chosen_heading")
        self.pick_option = QComboBox()
        fields.name(self.pick_option, "decision_pick_option",
                    self.tr("Choose the plan from your options"))
        # Sized by a few letters, not the longest option: large text never widens the page.
        self.pick_option.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pick_option.setMinimumContentsLength(12)
        self.chosen = fields.line_edit("decision_chosen", self.tr("The plan I chose"),
                                       self.tr("e.g. Twelve weeks of supervised physical therapy"))
        self.based_on_model = QStandardItemModel(self)
        self.based_on = QListView()
        fields.name(self.based_on, "decision_based_on",
                    self.tr("The opinions the decision is based on"))
        self.based_on.setModel(self.based_on_model)
        self.based_on.setMaximumHeight(self.based_on.fontMetrics().height() * 6)
        self.reasons = form_fields.text_edit("decision_reasons", self.tr("Why I chose it"),
                                             self.tr("What mattered most to you"))
        self.decided_on = form_fields.DateField("decision_date", self.tr("Date of the decision"))
        form_fields.add_rows(form, ((self.tr("From my options:"), self.pick_option),
                                    (self.tr("The plan I chose:"), self.chosen),
                                    (self.tr("Based on the opinions of:"), self.based_on),
                                    (self.tr("Why I chose it:"), self.reasons)))
        caption = QLabel(self.tr("Decided on:"))
        caption.setBuddy(self.decided_on.date_edit)
        form.addRow(caption, self.decided_on)
        layout.addLayout(form)
        self.form = form

        self._section(layout, self.tr("A third opinion?"), "third_heading")
        self.cannot_choose = form_fields.check(
            "decision_cannot_choose",
            self.tr("The doctors' plans differ and I cannot choose between them."))
        layout.addWidget(self.cannot_choose)
        self.third_label = QLabel("")
        self.third_label.setObjectName("third_opinion_text")
        self.third_label.setWordWrap(True)
        self.third_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.third_label)
        self.waiting_label = form_fields.hint_label("", "third_opinion_waiting")
        layout.addWidget(self.waiting_label)
        layout.addStretch(1)
        self.setWidget(body)

        self.options_panel.optionsChanged.connect(self._options_changed)
        self.with_whom.textEdited.connect(
            lambda text: self._set("with_whom", text, self.tr("who decides with you")))
        self.pick_option.activated.connect(self._option_picked)
        self.chosen.textEdited.connect(
            lambda text: self._set("chosen", text, self.tr("plan chosen")))
        self.based_on_model.itemChanged.connect(self._based_on_changed)
        self.reasons.textChanged.connect(
            lambda: self._set("reasons", self.reasons.toPlainText(), self.tr("reasons")))
        self.decided_on.edited.connect(
            lambda value: self._set("decided_on", value, self.tr("date")))
        for key, box in self.sure_boxes.items():
            box.toggled.connect(
                lambda on, k=key: self._set(f"sure.{k}", bool(on), self.tr("answer")))
        self.cannot_choose.toggled.connect(
            lambda on: self._set("cannot_choose", bool(on), self.tr("cannot choose")))

    # -- the document ---------------------------------------------------------------------

    def set_document(self, document: CaseDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._document_changed)
        self.document = document
        if document is not None:
            document.changed.connect(self._document_changed)
        self.options_panel.set_document(document)
        self.values_panel.set_document(document, self.options_panel.options())
        self.load()

    def _document_changed(self) -> None:
        # Opinions edited on their tab change the options; edits made here are shown already.
        self.options_panel.load(force=False)
        if self.isVisible():
            self._suggest_timer.start()
        else:
            self._suggest_stale = True  # the engine runs again when the page is shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._suggest_stale:
            self._suggest_stale = False
            self._ask_suggestion()

    def load(self) -> None:
        case = self.document.case if self.document else None
        self.setEnabled(case is not None)
        decision = (case.decision if case else None) or Decision()
        self.options_panel.load()
        fields.set_line(self.with_whom, decision.with_whom)
        fields.set_line(self.chosen, decision.chosen)
        form_fields.set_text(self.reasons, decision.reasons)
        self.decided_on.set_value(decision.decided_on)
        for key, box in self.sure_boxes.items():
            form_fields.set_checked(box, getattr(decision.sure, key))
        form_fields.set_checked(self.cannot_choose, decision.cannot_choose)
        self._fill_based_on(case, decision)
        self._show_summary(decision)
        self._ask_suggestion()

    def _options_changed(self) -> None:
        options = self.options_panel.options()
        self.values_panel.set_options(options)
        self.pick_option.blockSignals(True)
        self.pick_option.clear()
        self.pick_option.addItem(self.tr("Choose one of your options…"))
        for option in options:
            self.pick_option.addItem(option.label)
        self.pick_option.blockSignals(False)

    def _fill_based_on(self, case: Case | None, decision: Decision) -> None:
        self.based_on_model.blockSignals(True)
        self.based_on_model.clear()
        for opinion in case.opinions if case else []:
            item = QStandardItem(opinion.doctor)
            item.setData(opinion.id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if opinion.id in decision.based_on
                               else Qt.CheckState.Unchecked)
            item.setData(fill(self.tr("Based on {doctor}'s opinion"), doctor=opinion.doctor),
                         Qt.ItemDataRole.AccessibleTextRole)
            self.based_on_model.appendRow(item)
        self.based_on_model.blockSignals(False)
        self.based_on.reset()

    def _show_summary(self, decision: Decision) -> None:
        ticked = sum(bool(getattr(decision.sure, key)) for key in SURE_WORDS)
        self.sure_summary.setText(fill(self.tr("{ticked} of 4 ticked."), ticked=ticked))
        for key, hint in self.sure_hints.items():
            hint.setVisible(not getattr(decision.sure, key))

    # -- a third opinion ------------------------------------------------------------------

    def _ask_suggestion(self) -> None:
        case = self.document.case if self.document else None
        if case is None or len(case.opinions) < 2:
            self._show_suggestion(("", [], "", []), "")
            return
        self.worker.request(functools.partial(_suggestion_job, case.to_dict()))

    def _show_suggestion(self, result: Any, error: str) -> None:
        if error or result is None:
            self.third_label.setText("")
            self.waiting_label.setText("")
            return
        reason, advice, waiting, agreement = result
        if agreement:
            lines = [self.tr("With three opinions, who agrees on each point:")]
            lines += [f"• {label}: {inside_sentence(words)}" for label, words in agreement]
            self.third_label.setText("\n".join(lines))
        elif reason:
            self.third_label.setText("\n".join(
                [self.tr("A third opinion may help."), reason, *[f"• {a}" for a in advice]]))
        else:
            self.third_label.setText(self.tr(
                "Nothing in the two opinions calls for a third one yet. If the plans differ and "
                "you cannot choose, tick the box above."))
        self.waiting_label.setText(waiting)
        self.waiting_label.setVisible(bool(waiting))

    # -- changes --------------------------------------------------------------------------

    def _option_picked(self, row: int) -> None:
        if row <= 0:
            return
        label = self.pick_option.itemText(row)
        fields.set_line(self.chosen, label)
        self._set("chosen", label, self.tr("plan chosen"))

    def _based_on_changed(self, _item: QStandardItem) -> None:
        ids = [self.based_on_model.item(r).data(Qt.ItemDataRole.UserRole)
               for r in range(self.based_on_model.rowCount())
               if self.based_on_model.item(r).checkState() == Qt.CheckState.Checked]
        self._set("based_on", ids, self.tr("based on"))

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

        self.document.edit(f"decision:{path}", fill(self.tr("Change decision: {what}"), what=what),
                           change)
        if self.document.case.decision is not None:
            self._show_summary(self.document.case.decision)
