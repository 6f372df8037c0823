# SPDX-License-Identifier: GPL-3.0-or-later
"""User text is shown as typed, never as markup (issue 10.7): a title with an <img> tag shows
the tag's letters, loads no picture, and the message boxes quote it as written."""

from __future__ import annotations

import html
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from secondop_desktop.domain.model import Case
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui import dialogs, item_roles, plain_text
from tests.ui.app_helpers import child, opened  # noqa: F401 - the fixture

HOSTILE = '<img src="/tmp/secondop-canary.png"> <b>Knee</b> &amp; hip'


def test_a_title_with_html_is_shown_as_its_letters(opened, demo_case: Case, qtbot) -> None:  # noqa: F811
    demo_case.title = HOSTILE
    with Journal.open(opened.journal_path) as journal:
        journal.save_case(demo_case)
    window = opened.window()
    qtbot.waitUntil(lambda: window.document is not None)
    heading = child(window, QLabel, "case_heading")
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert heading.text() == HOSTILE
    # Narrow: the heading is shortened and its tooltip holds the title, escaped.
    heading.resize(60, heading.height())
    heading.setText(HOSTILE)
    assert heading.toolTip().startswith("<qt>") and "&lt;img" in heading.toolTip()
    tip = window.case_model.data(window.case_model.index(0), item_roles.TOOL_TIP)
    assert "&lt;img" in tip and "<img" not in tip
    assert window.windowTitle().endswith(HOSTILE)  # window titles are never markup


def test_message_boxes_quote_user_text_as_written(qtbot, monkeypatch, tmp_path: Path) -> None:
    made: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: made.append(box) or 0)
    dialogs.show_error(None, "Could not open", f"“{HOSTILE}” is damaged")
    dialogs.ask_yes_no(None, "Delete this case?", f"Delete “{HOSTILE}”?")
    dialogs.show_info(None, "Saved", HOSTILE)
    assert len(made) == 3
    for box in made:
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert HOSTILE in box.text()


@given(st.text())
def test_tooltip_text_is_escaped_exactly_as_the_standard_library_would(text: str) -> None:
    assert plain_text.escape(text) == html.escape(text)
    shown = plain_text.tooltip(text)
    if plain_text.could_be_markup(text):
        assert shown == "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
    else:
        assert shown == text
