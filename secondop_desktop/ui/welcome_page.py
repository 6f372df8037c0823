# SPDX-License-Identifier: GPL-3.0-or-later
"""What an empty journal shows: two plain ways to begin."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from secondop_desktop.ui import fields


def _at_left(widget: QWidget) -> QLayout:
    """``widget`` at its natural width on the left of a row. A stretch beside it rather than
    Qt's alignment flag: naming ``Qt`` has PySide build its ~90 enums (~20 ms), and this page
    is what a first start paints first."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class WelcomePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        layout.addWidget(fields.Heading(self.tr("Welcome to SecondOp"), 1.8, "welcome_heading"))
        text = QLabel(self.tr(
            "SecondOp helps you keep what each doctor told you in one place, see where they "
            "agree and where they differ, and print a clear summary to take to your next "
            "appointment.\n\nEverything stays on this computer and is kept as you type."))
        text.setObjectName("welcome_text")
        text.setWordWrap(True)
        layout.addWidget(text)
        self.new_case_button = fields.button("welcome_new_case", self.tr("Start a new case"))
        self.new_case_button.setToolTip(self.tr("Begin a case for one health question (Ctrl+N)"))
        self.example_button = fields.button("welcome_example", self.tr("Open the example case"))
        self.example_button.setToolTip(self.tr(
            "An invented patient whose two doctors disagree about a knee: a safe place to look "
            "around"))
        for btn in (self.new_case_button, self.example_button):
            btn.setProperty("role", "primary" if btn is self.new_case_button else "")
            btn.setMinimumHeight(btn.sizeHint().height() + 12)
            layout.addLayout(_at_left(btn))
        # After deleting the only case, this page must not look like a first start: say that
        # the deleted case is waiting in the bin, and open the bin from here.
        self.bin_button = fields.button("welcome_bin", "")
        self.bin_button.setVisible(False)
        layout.addLayout(_at_left(self.bin_button))
        layout.addWidget(fields.hint_label(self.tr(
            "SecondOp organises what your doctors said. It does not give medical "
            "advice of its own."), "welcome_note"))
        layout.addStretch(1)

    def set_bin_count(self, count: int) -> None:
        """Show, or hide when 0, the way back to the cases deleted to the bin."""
        text = self.tr("%n deleted case(s) in the bin: bring them back…", "", count)
        self.bin_button.setText(text)
        self.bin_button.setAccessibleName(text.rstrip("…"))
        self.bin_button.setVisible(count > 0)
