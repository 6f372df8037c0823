# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare view in Spanish: "why they may differ" after its label and colon goes on with the
article in lower case ("Por qué pueden no coincidir: el Dr Tanaka vio …"), in the panel under
the table and in what a screen reader hears; the mark column, where the reason's own line starts
it, keeps the capital."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from secondop_desktop.domain.model import Case, Physician, new_id
from secondop_desktop.ui import settings, translations
from secondop_desktop.ui.case_page import TAB_DECISION
from secondop_desktop.ui.compare_model import COL_MARK, Role
from tests.ui.app_helpers import child, opened  # noqa: F401 - the fixture
from tests.ui.test_compare_model_fakes import with_third_opinion
from tests.ui.test_compare_view import click_row, rows, shown_view


def test_the_reason_after_its_label_starts_lower_case_in_spanish(qtbot, demo_case: Case) -> None:
    translations.install("es")
    try:
        view = shown_view(qtbot, demo_case)  # the real engine, in Spanish
        qtbot.waitExposed(view)
        row = next(r for r in rows(view) if view.model.data(view.model.index(r, COL_MARK),
                                                            Role.REASON))
        reason = view.model.data(view.model.index(row, COL_MARK), Role.REASON)
        assert reason.startswith("El Dr Tanaka vio")  # its own line: a capital
        sentence = view.model.data(view.model.index(row, COL_MARK), Role.SENTENCE)
        assert "Por qué pueden no coincidir: el Dr Tanaka vio" in sentence
        click_row(qtbot, view, row)
        shown = view.findChild(QLabel, "compare_panel_reason")
        assert shown.isVisible()
        assert shown.text().startswith("Por qué pueden no coincidir: el Dr Tanaka vio")
    finally:
        translations.install(None)


def test_who_agrees_among_three_after_its_label_starts_lower_case_in_spanish(
        qtbot, demo_case: Case) -> None:
    translations.install("es")
    try:
        view = shown_view(qtbot, with_third_opinion(demo_case))  # the real engine
        qtbot.waitExposed(view)
        qtbot.mouseClick(view.findChild(QPushButton, "compare_third_button"),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.table.model().columnCount() == 4)
        said = view.findChild(QLabel, "compare_summary").text()
        assert "Plan: el Dr Tanaka y el Dr Okafor coinciden; el Dr Hale no coincide" in said
        assert ": El Dr" not in said and ": La Dra" not in said
    finally:
        translations.install(None)


def test_the_decision_pages_three_doctor_lines_in_spanish(opened, qtbot) -> None:  # noqa: F811
    settings.put(settings.LANGUAGE, "es")
    translations.install("es")
    try:
        window = opened.window()
        window.resize(1300, 900)
        window.open_example()
        document = window.case_page.document
        third = copy.deepcopy(document.case.opinions[1])
        third.id = "0f6a4a10-0000-4000-8000-000000000003"
        third.physician = Physician(name="Dr Amara Osei")
        for item in third.recommendations:
            item.id = new_id()
        document.edit("test:add", "Add a third opinion",
                      lambda case: case.opinions.append(third), mergeable=False)
        tabs = window.case_page.tabs
        qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                         pos=tabs.tabBar().tabRect(TAB_DECISION).center())
        text = child(tabs.currentWidget(), QLabel, "third_opinion_text")
        qtbot.waitUntil(lambda: "coinciden" in text.text(), timeout=30_000)
        assert "• Plan principal: la Dra. Mei Tanaka y el Dr Amara Osei coinciden" in text.text()
        assert ": El Dr" not in text.text() and ": La Dra" not in text.text()
    finally:
        translations.install(None)
