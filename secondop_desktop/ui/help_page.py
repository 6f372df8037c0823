# SPDX-License-Identifier: GPL-3.0-or-later
"""Help → "How SecondOp keeps your notes": where the journal lives, backups and restoring one,
bringing a family member's notes home, and what the comparison's words mean. In plain words,
with the buttons that do what the page describes."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from secondop_desktop import paths
from secondop_desktop.ui import fields, journal_care
from secondop_desktop.ui.compare_flow import FlowLayout

if TYPE_CHECKING:
    from secondop_desktop.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpPage", text)


def help_html(journal_path: Path | None) -> str:
    """The page's text as simple HTML (headings and paragraphs; the paths filled in)."""
    where = escape(str(journal_path)) if journal_path else _tr("(no journal is open)")
    backups = escape(str(paths.backup_dir(journal_path))) if journal_path else ""
    words = [
        (_tr("Same"), _tr("the two doctors say the same thing on this point, perhaps in other "
                          "words.")),
        (_tr("Refined"), _tr("one doctor says the same as the other, but more precisely (for "
                             "example the same illness, with its stage or the side of the body "
                             "named).")),
        (_tr("Differs"), _tr("the doctors say different things here. This is worth asking "
                             "about: the comparison suggests a question you can add to your "
                             "list.")),
        (_tr("May be the same"), _tr("the words could mean the same or two different "
                                     "things: an abbreviation, a dose that reads two ways, or "
                                     "a word typed two ways in your notes. Check your notes "
                                     "for a typing slip, or ask both doctors what they "
                                     "meant.")),
        (_tr("Only Dr …"), _tr("only one doctor said something on this point; the other did "
                               "not mention it (which is not the same as disagreeing).")),
        (_tr("Major / Minor"), _tr("how much a difference matters for the diagnosis or the "
                                   "plan, as the program judges it. Your own view can overrule "
                                   "it: “These say the same thing”, or mark a difference as "
                                   "asked, explained or resolved.")),
    ]
    terms = "".join(f"<li><b>{escape(term)}</b>: {escape(text)}</li>" for term, text in words)
    parts = [
        f"<h2>{escape(_tr('Where your notes are kept'))}</h2>",
        "<p>" + escape(_tr(
            "Everything you type is saved as you go into one file on this computer, your "
            "journal. Nothing is sent anywhere unless you send it yourself. Your journal is:"))
        + f"</p><p><code>{where}</code></p>",
        f"<h2>{escape(_tr('Backups'))}</h2>",
        "<p>" + escape(_tr(
            "SecondOp makes a backup by itself once a day and keeps the last ten, in:"))
        + f"</p><p><code>{backups}</code></p><p>" + escape(_tr(
            "“Back up now…” makes a complete copy where you choose, for example on a USB "
            "stick: do this before you change computers. “Restore from a backup…” puts a "
            "backup in place of your journal; the journal as it was is kept aside first, so "
            "nothing is lost even if you choose the wrong backup. “Check the journal” reads the "
            "whole file and tells you whether everything in it is sound.")) + "</p>",
        f"<h2>{escape(_tr('Bringing a family member’s notes home'))}</h2>",
        "<p>" + escape(_tr(
            "Someone who came to the consultation can take notes on their own laptop with "
            "SecondOp (“In the room…”, or Ctrl+R, on the case). Afterwards, on their laptop: "
            "File → “Send this case…”, and choose a USB stick or a folder you share. On your "
            "computer: File → “Open a case file…” and choose that file (or drop it on the "
            "window). Their notes are added to your case; nothing of yours is removed, and "
            "where you both changed the same thing, both versions are kept.")) + "</p>",
        f"<h2>{escape(_tr('What the comparison’s words mean'))}</h2>",
        f"<ul>{terms}</ul>",
        "<p>" + escape(_tr(
            "The comparison only puts side by side what the doctors said. It does not judge who "
            "is right and gives no medical advice: take the differences to your doctors.")) +
        "</p>",
    ]
    return "".join(parts)


class HelpDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("help_page")
        self.setWindowTitle(self.tr("How SecondOp keeps your notes"))
        self._window = window
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        fields.name(self.text, "help_text", self.tr("Help"))
        self.text.setOpenExternalLinks(False)
        layout.addWidget(self.text, 1)
        buttons_row = QWidget()
        buttons_row.setObjectName("help_buttons")
        buttons = FlowLayout(buttons_row)
        self.backup_button = fields.button("help_back_up", self.tr("Back up now…"),
                                           self.tr("Back up the journal now"))
        self.restore_button = fields.button("help_restore", self.tr("Restore from a backup…"),
                                            self.tr("Restore the journal from a backup"))
        self.check_button = fields.button("help_check", self.tr("Check the journal"),
                                          self.tr("Check the journal for problems"))
        self.close_button = fields.button("help_close", self.tr("Close"),
                                          self.tr("Close the help"))
        for button in (self.backup_button, self.restore_button, self.check_button,
                       self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addWidget(buttons_row)
        self.backup_button.clicked.connect(lambda: journal_care.back_up_now(self._window))
        self.restore_button.clicked.connect(self._restore)
        self.check_button.clicked.connect(lambda: journal_care.check_journal(self._window))
        self.close_button.clicked.connect(self.accept)
        self.refresh()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 34)

    def refresh(self) -> None:
        journal = self._window.journal
        self.text.setHtml(help_html(journal.path if journal is not None else None))
        for button in (self.backup_button, self.restore_button, self.check_button):
            button.setEnabled(journal is not None)

    def _restore(self) -> None:
        journal_care.restore_backup(self._window)
        self.refresh()
