# SPDX-License-Identifier: GPL-3.0-or-later
"""The window in Spanish: View → Language, SecondOp's Qt translation and Qt's own (the standard
dialogs' buttons), the engine's words in the compare view, month names by the chosen locale."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QTabWidget, QWidget

from secondop_desktop.ui import settings, translations
from tests.ui.app_helpers import child, opened  # noqa: F401 - opened is the fixture
from tests.ui.test_compare_view import rows

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "secondop_es.ts"



def test_menus_welcome_and_tabs_are_spanish(spanish, opened):  # noqa: F811
    window = opened.window()
    titles = [menu.title() for menu in window.menuBar().findChildren(type(window.menus["file"]))
              if menu.objectName() in ("menu_file", "menu_edit", "menu_case", "menu_view",
                                       "menu_help")]
    assert set(titles) == {"&Archivo", "&Editar", "&Caso", "&Ver", "A&yuda"}
    assert child(window, QLabel, "welcome_heading").text() == "Bienvenido(a) a SecondOp"
    window.open_example()
    tabs = child(window, QTabWidget, "case_tabs")
    texts = [tabs.tabText(i) for i in range(tabs.count())]
    assert "O&piniones (2)" in texts
    assert "Comparar" in [t.replace("&", "") for t in texts]


def test_the_example_is_the_spanish_one(spanish, opened, qtbot):  # noqa: F811
    window = opened.window()
    qtbot.mouseClick(child(window, QAbstractButton, "welcome_example"), Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "Dolor en la rodilla derecha: ¿reemplazo o terapia?"
    assert window.document.case.opinions[0].diagnosis.text == "Artrosis de la rodilla"


def test_compare_words_are_spanish(spanish, opened, qtbot):  # noqa: F811
    window = opened.window()
    window.open_example()
    tabs = child(window, QTabWidget, "case_tabs")
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Comparar")
    tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.findChild(QWidget, "compare_view") is not None)
    compare = window.findChild(QWidget, "compare_view")
    qtbot.waitUntil(lambda: len(rows(compare)) > 0, timeout=30_000)
    labels = {compare.model.row(r).label for r in rows(compare)}
    assert "Diagnóstico" in labels
    assert "Recomendación principal" in labels
    assert not labels & {"Diagnosis", "Main recommendation", "Stage", "How sure"}


def test_standard_dialog_buttons_come_from_qts_own_spanish(spanish, qtbot):
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes)
    words = {b.text().replace("&", "") for b in box.findChildren(QAbstractButton)}
    assert {"Cancelar", "Sí"} <= words


def test_month_names_follow_the_chosen_language(spanish):
    assert QLocale().toString(QDate(2026, 10, 2), "d MMMM yyyy") == "2 octubre 2026"
    translations.install("en")
    assert QLocale().toString(QDate(2026, 10, 2), "d MMMM yyyy") == "2 October 2026"


def test_view_language_keeps_the_choice_and_applies_it_at_once(opened):  # noqa: F811
    window = opened.window()
    menu = window.findChild(type(window.menus["view"]), "menu_language")
    names = [a.text() for a in menu.actions()]
    assert names == ["English", "Español", "Follow the system"]
    try:
        window.language_actions["es"].trigger()  # no dialog: the window speaks it now
        assert settings.get(settings.LANGUAGE) == "es"
        assert window.language_actions["es"].isChecked()
        assert window.menus["view"].title() == "&Ver"
        window.language_actions[""].trigger()
        assert settings.get(settings.LANGUAGE) == ""
        assert window.language_actions[""].isChecked()
    finally:
        translations.install(None)


def test_every_string_of_the_window_has_spanish():
    """Every message of the .ts (lupdate's tr() strings and the modules' _tr() ones, see
    scripts/build_translations.py) has its Spanish."""
    tree = ET.parse(TS)
    untranslated = []
    for context in tree.getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (
                    (translation.text or "").strip() or len(translation)):
                untranslated.append(f"{name}: {message.find('source').text}")
    assert untranslated == []


def test_the_compiled_qm_is_up_to_date_with_the_ts(tmp_path: Path):
    """The .qm files are committed (built with pyside6-lrelease, which PySide6-Essentials
    ships); a .ts edited without running scripts/build_translations.py --qt fails here."""
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    out = tmp_path / "check.qm"
    subprocess.run([str(tool), "-silent", str(TS), "-qm", str(out)], check=True)
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes()


# Calls that put words on screen (or in a screen reader's ear) from their first argument.
_SHOWS_TEXT = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
               "addMenu", "setTitle", "setAccessibleName", "setAccessibleDescription", "addTab",
               "setTabText", "setWhatsThis", "QLabel", "QPushButton", "QCheckBox", "QGroupBox",
               "QRadioButton", "QAction", "showMessage", "setLabelText", "addItem"}


def _literal_words(node) -> str:
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # an f-string: only its own letters count
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return ""


def test_no_user_visible_string_in_ui_is_left_unwrapped():
    """Words handed straight to a widget, not through tr()/_tr(): they would stay English."""
    import ast
    import re

    # Proper names shown as they are in every language (the language menu, the app's name).
    allowed = {"English", "Español"}
    unwrapped = []
    for path in sorted((ROOT / "secondop_desktop" / "ui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in _SHOWS_TEXT:
                continue
            for arg in node.args[:2]:
                words = _literal_words(arg)
                if re.search(r"[A-Za-z]{2}", words) and words not in allowed:
                    unwrapped.append(f"{path.name}:{node.lineno}: {words!r}")
    assert unwrapped == []


def test_every_tr_string_in_ui_is_in_the_ts_with_spanish(tmp_path: Path):
    """A string added to ui/ (tr() or a module's _tr()) without its Spanish fails here: the .ts
    is brought up to date on a copy, as scripts/build_translations.py --qt does."""
    import shutil

    sys.path.insert(0, str(ROOT / "scripts"))
    import build_translations as build

    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "secondop_desktop" / "ui").glob("*.py"))
    subprocess.run([build._qt_tool("pyside6-lupdate"), "-silent", *sources, "-ts", str(copy)],
                   check=True)
    build.add_helper_messages(copy)
    missing = [m.findtext("source") for m in ET.parse(copy).getroot().iter("message")
               if m.find("translation").get("type") == "unfinished"]
    assert missing == [], "translate them in resources/translations/secondop_es.ts"


def test_the_overview_s_reasons_are_spanish(spanish, opened, qtbot):  # noqa: F811
    from secondop_desktop.ui.words import REASON_WORDS

    window = opened.window()
    qtbot.mouseClick(child(window, QAbstractButton, "welcome_example"), Qt.MouseButton.LeftButton)
    window.case_page.show_tab(0)
    for key, english in REASON_WORDS.items():
        box = child(window, QAbstractButton, f"reason_{key}")
        shown = box.label() if hasattr(box, "label") else box.text()
        assert shown.replace("\n", " ") != english, key


def test_the_opinion_editor_s_labels_and_the_option_grid_s_rows_are_spanish(spanish, opened):  # noqa: F811
    from PySide6.QtWidgets import QTableView

    window = opened.window()
    window.open_example()
    window.case_page.show_tab(1)
    editor = window.case_page.opinions.editors[0]
    captions = {label.text() for label in editor.findChildren(QLabel)}
    assert {"Nombre del médico:", "Especialidad:", "Etapa o grado:"} <= captions
    assert not captions & {"Doctor's name:", "Specialty:", "Stage or grade:"}
    window.case_page.show_tab(6)
    grid = child(window, QTableView, "option_grid").model()
    rows = {grid.index(row, 0).data() for row in range(grid.rowCount())}
    assert "Beneficios" in rows
    assert not rows & {"What it involves", "Benefits", "Risks and side effects"}
