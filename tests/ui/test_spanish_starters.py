# SPDX-License-Identifier: GPL-3.0-or-later
"""The starter questions and the records checklist come out in the window's language when they
are offered; what the patient adds is then the patient's text, in whatever language it was added."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableView, QTreeView

from secondop_desktop.domain.model import Case, Opinion, Physician, Question, Record
from secondop_desktop.store.journal import Journal
from tests.ui.app_helpers import child, opened, stored
from tests.ui.test_questions_page import _pick

__all__ = ["opened"]  # the fixture, imported for pytest

LEFT = Qt.MouseButton.LeftButton



def _open(opened, case: Case):
    with Journal.open(opened.journal_path) as journal:
        journal.save_case(case)
    window = opened.window()
    window.open_case(case.id)
    return window


def test_the_starter_questions_are_offered_in_spanish(spanish, opened, qtbot):  # noqa: F811
    # One question was added earlier, from an English window.
    case = Case(title="Rodilla", opinions=[Opinion(physician=Physician(name="Dra. Ruiz"))],
                questions=[Question(text="How soon do I need to decide?", topic="logistics")])
    window = _open(opened, case)
    page = window.case_page.questions
    window.case_page.tabs.setCurrentWidget(page)
    qtbot.mouseClick(child(page, QPushButton, "question_starters"), LEFT)
    dialog = page.starters
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    tree = child(dialog, QTreeView, "starter_list")
    model = tree.model()
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups[0] == "El diagnóstico y qué tan seguro es"
    assert "Costo y seguro médico" in groups
    shown = {model.index(r, 0, model.index(g, 0)).data(): model.index(r, 0, model.index(g, 0))
             for g in range(model.rowCount()) for r in range(model.rowCount(model.index(g, 0)))}
    assert not [text for text in shown if text.isascii()]  # nothing left in English
    # The English question already asked is recognised in its Spanish words.
    asked = shown["¿Qué tan pronto tengo que decidir?"]
    assert not (model.flags(asked) & Qt.ItemFlag.ItemIsEnabled)
    _pick(qtbot, tree, "¿Hay algún estudio clínico que me convenga?")
    qtbot.mouseClick(child(dialog, QPushButton, "starter_add"), LEFT)
    window.flush()
    assert [q.text for q in stored(opened.journal_path, case.id).questions] == [
        "How soon do I need to decide?", "¿Hay algún estudio clínico que me convenga?"]


def test_the_records_checklist_is_added_in_spanish(spanish, opened, qtbot):  # noqa: F811
    case = Case(title="Rodilla", opinions=[Opinion(physician=Physician(name="Dra. Ruiz"))],
                records=[Record(kind="lab_results", title="Lab results")])  # added in English
    window = _open(opened, case)
    page = window.case_page.records
    window.case_page.tabs.setCurrentWidget(page)
    qtbot.mouseClick(child(page, QPushButton, "record_checklist"), LEFT)
    table = child(page, QTableView, "records_table")
    titles = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert titles[0] == "Lab results"
    assert "Informe de patología" in titles
    assert "Imágenes: las imágenes mismas (disco o enlace de descarga)" in titles
    assert "Resultados de laboratorio" not in titles  # the English one counts
    assert len(titles) == 9
    window.flush()
    assert "Informe de imágenes" in [r.title for r in stored(opened.journal_path, case.id).records]
