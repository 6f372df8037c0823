# SPDX-License-Identifier: GPL-3.0-or-later
"""What an import did, in plain words: what was added, what was updated, and each text both
copies held differently ("Health concern: kept the newer text from knee.secondop; yours is in
the history"), with a "Use my text" button beside each one the import replaced.

"Use my text" is a restore like the History view's: one change of the case, undoable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.domain.history import CannotRestore, apply_earlier
from secondop_desktop.i18n import Rewordable, fill
from secondop_desktop.ui import dialogs, fields, theme
from secondop_desktop.ui.step_words import RewordableTr

if TYPE_CHECKING:
    from secondop_desktop.domain.merge import MergeReport, Replaced
    from secondop_desktop.ui.case_document import CaseDocument


def _plain(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never read as markup
    label.setWordWrap(True)
    return label


class MergeReportDialog(RewordableTr, QDialog):
    restored = Signal(str)

    def __init__(self, report: MergeReport, source: str, document: CaseDocument | None,
                 parent: QWidget | None = None,
                 current: Callable[[], CaseDocument | None] | None = None) -> None:
        """``current`` gives the case's document as the window has it when a button is
        clicked (the case may have been closed, or imported again, since)."""
        super().__init__(parent)
        self.setObjectName("merge_report_dialog")
        self.setWindowTitle(self.tr("What the import did"))
        self.resize(720, 480)
        self.report = report
        self.source = source
        self.document = document
        self._current = current or (lambda: self.document)
        self.use_mine_buttons: list[QPushButton] = []
        case = document.case if document else None
        layout = QVBoxLayout(self)
        title = case.title if case else ""
        layout.addWidget(fields.Heading(
            fill(self.tr("{file}: “{title}”"), file=source, title=title), 1.25,
            "merge_heading"))
        heading = layout.itemAt(0).widget()
        if isinstance(heading, QLabel):
            heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(_plain(report.describe(), "merge_summary"))
        if report.from_bin:
            layout.addWidget(_plain(self.tr("This case was in the bin; it is back in your case "
                                            "list."), "merge_from_bin"))

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        if report.replaced:
            column.addWidget(fields.Heading(self.tr("Texts that differed on the two computers"),
                                            1.1, "merge_replaced_heading"))
            column.addWidget(_plain(self.tr(
                "For each, the newer text is used and the other is kept in the case's history "
                "(Case → History of this case…)."), "merge_replaced_hint"))
        for n, replaced in enumerate(report.replaced):
            row = QHBoxLayout()
            line = replaced.words(case, source)
            row.addWidget(_plain(line, f"merge_line_{n}"), 1)
            if replaced.theirs_won:
                button = fields.button(f"merge_use_mine_{n}", self.tr("Use my text"))
                button.setAccessibleName(fill(self.tr("Use my text: {line}"), line=line))
                button.clicked.connect(lambda _c=False, r=replaced, b=button: self.use_mine(r, b))
                self.use_mine_buttons.append(button)
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            column.addLayout(row)
        if not report.replaced:
            column.addWidget(_plain(self.tr("No text differed between the two copies: nothing "
                                            "of yours was replaced."), "merge_nothing_replaced"))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("merge_scroll")
        scroll.setAccessibleName(self.tr("What the import changed"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        theme.ring_when_focused(scroll)  # a keyboard stop: ringed
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        close = fields.button("merge_close", self.tr("Close"))
        close.clicked.connect(self.close)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

    def again(self, parent: QWidget | None) -> MergeReportDialog:
        """This report in a new dialog, in the language now in force (View → Language), with
        the texts already put back still marked so."""
        new = MergeReportDialog(self.report, self.source, self._current(), parent,
                                current=self._current)
        for old, button in zip(self.use_mine_buttons, new.use_mine_buttons, strict=False):
            if not old.isEnabled():
                new._mark_back(button)
        dialogs.show_window(new)
        return new

    def _mark_back(self, button: QPushButton) -> None:
        button.setEnabled(False)
        button.setText(self.tr("Your text is back"))

    def use_mine(self, replaced: Replaced, button: QPushButton) -> None:
        """Put back the text this computer had before the import."""
        self.document = self._current()
        if self.document is None:
            return
        case, source = self.document.case, self.source

        def field() -> str:  # said again after View → Language (the undo step names it)
            return replaced.words(case, source).split(":")[0]

        words = Rewordable(field(), field)
        try:
            self.document.edit(
                f"merge-restore:{id(replaced)}",
                fill(self.tr("Use my text for {field}"), field=words),
                lambda case: apply_earlier(case, replaced.change), mergeable=False,
                reason="restore", reload=True)
        except CannotRestore as exc:
            dialogs.show_info(self, self.tr("This text cannot go back yet"), str(exc))
            return
        self._mark_back(button)
        self.restored.emit(fill(self.tr("Your text of {field} is back. Undo (Ctrl+Z) takes it "
                                   "back."), field=words))
