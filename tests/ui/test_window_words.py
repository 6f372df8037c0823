# SPDX-License-Identifier: GPL-3.0-or-later
"""How the window's words get their values: one way of filling placeholders (named ``{name}``
through ``i18n.fill``, as in the layers without Qt), Qt's plural forms for every count, the
field labels reaching the translation, and dates in the window's language."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.ui.app_helpers import opened  # noqa: F401 - a fixture

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "secondop_desktop" / "ui"

_POSITIONAL = re.compile(r"%L?\d|\{\d*\}")
_COUNT = re.compile(r"%L?n")


def _text_and_count(call: ast.Call) -> tuple[ast.expr | None, ast.expr | None] | None:
    """(the translated text, the count for "%n") of a translation call, None for any other."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    kw = {k.arg: k.value for k in call.keywords}
    args = list(call.args)
    if name in ("tr", "_tr"):
        text = args[0] if args else None
        count = args[2] if name == "tr" and len(args) > 2 else (
            args[1] if name == "_tr" and len(args) > 1 else kw.get("n"))
        return text, count
    if name == "translate":
        return (args[1] if len(args) > 1 else None), (args[3] if len(args) > 3 else kw.get("n"))
    return None


def _translated(node: ast.AST) -> bool:
    """A translation call, or a choice between such calls ("a if c else b", "a or b")."""
    if isinstance(node, ast.Call):
        return _text_and_count(node) is not None
    if isinstance(node, ast.IfExp):
        return _translated(node.body) or _translated(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_translated(v) for v in node.values)
    return False


def _is_fill(func: ast.expr) -> bool:
    """``fill`` or ``i18n.fill``."""
    return (getattr(func, "id", "") == "fill"
            or (isinstance(func, ast.Attribute) and func.attr == "fill"
                and getattr(func.value, "id", "") == "i18n"))


def placeholder_faults(source: str, name: str = "<code>") -> list[str]:
    """Every way ``source`` fills a translated string other than ``fill(tr("{name}"), …)`` and
    ``tr("%n …", "", n)``."""
    tree = ast.parse(source)
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    faults = []

    def fault(node: ast.AST, why: str) -> None:
        faults.append(f"{name}:{getattr(node, 'lineno', '?')}: {why}")

    def filled(node: ast.AST) -> bool:
        """Whether the translated ``node`` is the template handed to ``fill``."""
        while True:
            parent = parents.get(node)
            if isinstance(parent, (ast.IfExp, ast.BoolOp)):
                node = parent
                continue
            return (isinstance(parent, ast.Call) and _is_fill(parent.func)
                    and bool(parent.args) and parent.args[0] is node)

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            method = node.func.attr
            receiver = node.func.value
            if method == "arg":
                fault(node, "QString.arg(): use fill() with {names}")
            elif method == "format" and not isinstance(receiver, ast.Constant):
                fault(node, ".format() on words: use fill() with {names}")
            elif method == "replace" and _translated(receiver):
                fault(node, ".replace() on a translated string: use fill() with {names}")
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and _translated(node.left):
            fault(node, "% on a translated string: use fill() with {names}")
        if not isinstance(node, ast.Call):
            continue
        found = _text_and_count(node)
        if found is None:
            continue
        text, count = found
        if isinstance(text, ast.JoinedStr):
            fault(node, "an f-string translated: the catalog cannot hold it")
            continue
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue
        words = text.value
        if _POSITIONAL.search(words):
            fault(node, f"positional placeholder in {words!r}: name it, {{like_this}}")
        if _COUNT.search(words) and count is None:
            fault(node, f"{words!r} has %n but no count is given")
        if count is not None and not _COUNT.search(words):
            fault(node, f"{words!r} is given a count but has no %n")
        if "(s)" in words and count is None:
            fault(node, f"{words!r} counts by hand: use %n with a count")
        if re.search(r"\{\w+\}", words) and not filled(node):
            fault(node, f"{words!r} has {{placeholders}} but is not filled by fill()")
    return faults


def test_every_translated_string_in_ui_is_filled_one_way():
    faults = []
    for path in sorted(UI.glob("*.py")):
        faults += placeholder_faults(path.read_text(encoding="utf-8"), path.name)
    assert faults == []


@pytest.mark.parametrize("code", [
    'self.tr("Seen by %1").replace("%1", name)',
    'self.tr("Seen by %1").arg(name)',
    'self.tr("Seen by {doctor}").format(doctor=name)',
    '(self.tr("a {x}") if c else self.tr("b {x}")).format(x=1)',
    'words = _tr("{doctor} has seen it")\nwords.format(doctor=name)',
    'self.tr("Seen by {}")',
    'fill(_tr("Seen by {0}"), name)',
    'self.tr("Seen by %s") % name',
    'self.tr(f"Seen by {name}")',
    'QCoreApplication.translate("Ctx", "%n files")',
    'self.tr("%n file(s)")',
    'self.tr("{count} files")',
    'fill(self.tr("{count} file(s)"), count=n)',
])
def test_the_check_finds_each_other_way(code):
    assert placeholder_faults(code) != []


@pytest.mark.parametrize("code", [
    'fill(self.tr("Seen by {doctor}"), doctor=name)',
    'fill(_tr("a {x}") if c else _tr("b {x}"), x=1)',
    'self.tr("%n file(s)", "", count)',
    '_tr("%n file(s)", count)',
    'fill(self.tr("%n file(s) for {who}", "", n), who=name)',
    'i18n.fill(_tr("Now in {language}"), language=name)',
    'f"{name}: {self.tr(\'not said\')}"',
    '"<b>{}</b>".format(text)',
])
def test_the_check_lets_the_one_way_through(code):
    assert placeholder_faults(code) == []


# -- plurals ---------------------------------------------------------------------------------

TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture
def speak(qapp):
    """speak("es") installs the window's language as View → Language does at start-up."""
    from secondop_desktop.ui import translations

    yield translations.install
    translations.install(None)


def _numerus(ts: Path) -> dict[tuple[str, str], list[str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")):
            [f.text or "" for f in m.find("translation").findall("numerusform")]
            for c in root.findall("context") for m in c.findall("message")
            if m.get("numerus") == "yes"}


def test_every_plural_has_its_english_and_spanish_forms():
    spanish = _numerus(TRANSLATIONS / "secondop_es.ts")
    english = _numerus(TRANSLATIONS / "secondop_en.ts")
    assert len(spanish) >= 10
    assert set(english) == set(spanish)
    for key, forms in [*spanish.items(), *english.items()]:
        assert len(forms) == 2 and all(f.strip() for f in forms), key
        assert "(s)" not in "".join(forms), key


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_compiled_catalogs_are_up_to_date(tmp_path: Path, lang: str):
    ts = TRANSLATIONS / f"secondop_{lang}.ts"
    out = tmp_path / "check.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(ts),
                    "-qm", str(out)], check=True)
    assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        "run: python scripts/build_translations.py --qt")


def _words_for(n: int) -> list[str]:
    """Counts as the window shows them, built by the window's own code."""
    from secondop_desktop.ui.compare_summary import counts_text, program_counts
    from secondop_desktop.ui.decide_by import reminder
    from secondop_desktop.ui.records_model import _tr as records_tr

    today = date(2026, 12, 9)
    return [
        counts_text(n, n),
        reminder((today + timedelta(days=n)).isoformat(), today).split(": ")[-1],
        reminder((today - timedelta(days=n + 1)).isoformat(), today).split(": ")[-1],
        records_tr("%n file(s)", n),
        program_counts(n, n),
    ]


@pytest.mark.parametrize(("lang", "n", "expected"), [
    ("en", 1, ["1 point where the doctors differ, 1 where they agree", "1 day left",
               "that was 2 days ago", "1 file", "(the program found: 1 differs, 1 agrees)"]),
    ("en", 2, ["2 points where the doctors differ, 2 where they agree", "2 days left",
               "that was 3 days ago", "2 files", "(the program found: 2 differ, 2 agree)"]),
    ("es", 1, ["1 punto en que los médicos no coinciden, 1 en que coinciden", "Queda 1 día",
               "fue hace 2 días", "1 archivo",
               "(el programa encontró: 1 no coincide, 1 coincide)"]),
    ("es", 2, ["2 puntos en que los médicos no coinciden, 2 en que coinciden", "Quedan 2 días",
               "fue hace 3 días", "2 archivos",
               "(el programa encontró: 2 no coinciden, 2 coinciden)"]),
])
def test_counts_read_right_in_english_and_spanish(speak, lang, n, expected):
    speak(lang)
    assert _words_for(n) == expected


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("en", "1 deleted case is in the bin: bring it back…",
     "2 deleted cases are in the bin: bring them back…"),
    ("es", "Hay 1 caso borrado en la papelera: recuperarlo…",
     "Hay 2 casos borrados en la papelera: recuperarlos…"),
])
def test_the_welcome_page_counts_the_bin(speak, qtbot, lang, one, two):
    from secondop_desktop.ui.welcome_page import WelcomePage

    speak(lang)
    page = WelcomePage()
    qtbot.addWidget(page)
    page.set_bin_count(1)
    assert page.bin_button.text() == one
    page.set_bin_count(2)
    assert page.bin_button.text() == two


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("en", "Add 1 question from the starter list", "Add 2 questions from the starter list"),
    ("es", "Añadir 1 pregunta de la lista inicial", "Añadir 2 preguntas de la lista inicial"),
])
def test_an_undo_step_counts_what_it_did(speak, qtbot, lang, one, two):
    """Edit → Undo names the step with its count: "Undo Add 2 questions from the starter list"."""
    from secondop_desktop.domain.model import Case
    from secondop_desktop.ui.case_document import CaseDocument
    from secondop_desktop.ui.questions_page import QuestionsPage

    speak(lang)
    document = CaseDocument(Case(title="Knee"))
    page = QuestionsPage()
    qtbot.addWidget(page)
    page.set_document(document)
    page.add_questions([("Is surgery needed now?", "")])
    assert document.stack.undoText() == one
    page.add_questions([("What if I wait?", ""), ("How long is recovery?", "")])
    assert document.stack.undoText() == two


# -- words kept in tables (QT_TRANSLATE_NOOP) -------------------------------------------------

def _marked_in_tables() -> dict[str, str]:
    """Every QT_TRANSLATE_NOOP literal of ui/ (a label kept in a table and translated where it
    is shown): English → the Spanish of the .ts."""
    root = ET.parse(TRANSLATIONS / "secondop_es.ts").getroot()
    spanish = {(c.findtext("name"), m.findtext("source")): m.find("translation").text or ""
               for c in root.findall("context") for m in c.findall("message")}
    marked = {}
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                    and all(isinstance(a, ast.Constant) for a in node.args[:2])):
                context, text = node.args[0].value, node.args[1].value
                assert spanish.get((context, text)), f"{path.name}: {text!r} has no Spanish"
                marked[text] = spanish[(context, text)]
    return marked


def _shown_texts(window) -> set[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTableView,
        QTreeView,
        QWidget,
    )

    seen: set[str] = set()
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel):
            seen.add(widget.text())
        elif isinstance(widget, QAbstractButton):
            seen.add(widget.label() if hasattr(widget, "label") else widget.text())
        elif isinstance(widget, QGroupBox):
            seen.add(widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            seen.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            seen |= {widget.itemText(i) for i in range(widget.count())}
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            header = (widget.horizontalHeader() if isinstance(widget, QTableView)
                      else widget.header())
            seen |= {str(widget.model().headerData(c, Qt.Orientation.Horizontal) or "")
                     for c in range(header.count())}
        seen.add(widget.accessibleName())
    return {s.replace("&", "").rstrip(":").strip() for s in seen if s}


def test_labels_kept_in_tables_reach_spanish_in_the_window(speak, opened):  # noqa: F811
    """The opinion editor's fields, the decision page's sentences, the notes page, the
    follow-up columns, the factors to add: shown in Spanish, none left in English."""
    marked = _marked_in_tables()
    english = {text.rstrip(":") for text, es in marked.items() if text != es}
    speak("es")
    window = opened.window()
    window.open_example()
    pages = window.case_page
    shown: set[str] = set()
    for index in range(pages.tabs.count()):
        pages.show_tab(index)
        shown |= _shown_texts(window)
    assert {"Nombre del médico", "Especialidad", "Etapa o grado", "Notas", "Escrita por",
            "Tengo suficiente apoyo y consejo para decidir.", "Evitar la cirugía",
            "Diferencia"} <= shown
    assert shown & english == set()


# -- dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "long", "short", "stamp"), [
    ("en", "2 October 2026", "2 Oct 2026", "2 October 2026, 09:15"),
    ("es", "2 de octubre de 2026", "2 oct 2026", "2 de octubre de 2026, 09:15"),
])
def test_dates_are_written_in_the_window_s_language(speak, lang, long, short, stamp):
    from PySide6.QtCore import QDate, QDateTime, QTime

    from secondop_desktop.ui.date_text import day_words

    speak(lang)
    day = QDate(2026, 10, 2)
    assert day_words(day) == long
    assert day_words(day, "MMM").rstrip(".") == short
    assert day_words(QDateTime(day, QTime(9, 15)), time=True) == stamp


def test_every_date_the_window_shows_has_spanish_month_names(speak):
    """Decide-by, a note's time, the bin, the timeline, a follow-up's date, a medicine's dates:
    all the same Spanish, none English."""
    from secondop_desktop.domain.timeline import Event
    from secondop_desktop.ui import bin_dialog, list_pages, timeline_page
    from secondop_desktop.ui.decide_by import date_words, reminder

    speak("es")
    today = date(2026, 12, 9)
    assert reminder("2026-12-14", today) == "Decidir antes del 14 de diciembre: Quedan 5 días"
    assert date_words("2025-03-01") == "1 de marzo de 2025"
    assert list_pages.when("2026-10-02T09:15:00+00:00").startswith("2 de octubre de 2026, ")
    assert bin_dialog._deleted_words("2026-10-02T09:15:00+00:00").startswith(
        "2 de octubre de 2026, ")
    event = Event(when=date(2026, 10, 2), at=None, kind="visit", title="x")
    assert timeline_page.day_words(event).rstrip(".") == "2 oct 2026"


def test_the_overview_says_the_decision_date_in_spanish(speak, opened, qtbot):  # noqa: F811
    from PySide6.QtWidgets import QLabel

    from secondop_desktop.domain.model import Decision

    speak("es")
    window = opened.window()
    window.open_example()
    case = window.document.case
    window.document.edit("decision:test", "decide", lambda c: setattr(
        c, "decision", Decision(chosen="Fisioterapia", decided_on="2025-03-01")))
    window.case_page.show_tab(0)
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert any("1 de marzo de 2025" in text for text in texts), case.decision


def _is_word(text: str) -> bool:
    """Words a person reads, not a key, an object name or a kind ("physician.name", "line")."""
    return bool(re.search(r"[A-Za-z]{2}", text)) and not re.fullmatch(r"[a-z0-9_.]+", text)


def unmarked_table_words(source: str, name: str = "<code>") -> list[str]:
    """Words in a module's tables that reach tr()/_tr() through a variable ("_tr(label)" with
    "for … label … in _WHO") but are not marked for the catalog (QT_TRANSLATE_NOOP, or N_ for
    the gettext words that words.word() finds): lupdate cannot see them, so they would stay
    English."""
    tree = ast.parse(source)
    tables = {t.id: node.value for node in tree.body if isinstance(node, ast.Assign)
              for t in node.targets if isinstance(t, ast.Name)}
    marked: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "N_"):
            marked |= {id(n) for n in ast.walk(node)}
    # Where a local name comes from: "for a, b in TABLE.items()", "x = TABLE.get(k)".
    origins: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.For, ast.comprehension)):
            for target in ast.walk(node.target):
                if isinstance(target, ast.Name):
                    origins.setdefault(target.id, []).append(node.iter)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    origins.setdefault(target.id, []).append(node.value)

    def table_names(expr: ast.expr, depth: int = 0) -> set[str]:
        found = set()
        for n in ast.walk(expr):
            if isinstance(n, ast.Name):
                if n.id in tables:
                    found.add(n.id)
                if depth < 2:
                    for origin in origins.get(n.id, []):
                        found |= table_names(origin, depth + 1)
        return found

    faults = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        found = _text_and_count(node)
        if found is None or found[0] is None or isinstance(found[0], ast.Constant):
            continue
        for table in sorted(table_names(found[0])):
            value = tables[table]
            keys = {id(k) for d in ast.walk(value) if isinstance(d, ast.Dict) for k in d.keys
                    if k is not None}
            for n in ast.walk(value):
                if (isinstance(n, ast.Constant) and isinstance(n.value, str) and _is_word(n.value)
                        and id(n) not in keys and id(n) not in marked):
                    faults.append(f"{name}:{n.lineno}: {table}: {n.value!r} is not marked")
    return faults


def test_words_in_tables_are_marked_for_the_catalog():
    faults = []
    for path in sorted(UI.glob("*.py")):
        faults += unmarked_table_words(path.read_text(encoding="utf-8"), path.name)
    assert faults == []


@pytest.mark.parametrize("code", [
    'ROWS = (("name", "Doctor\'s name", "line"),)\nfor key, label, kind in ROWS:\n    _tr(label)',
    'HINTS = {"a": "Think it over"}\n_tr(HINTS[key])',
    'WORDS = {"a": "the stage"}\nknown = WORDS.get(k)\n_tr(known)',
    'UNTITLED = "Untitled case"\nQCoreApplication.translate("Ctx", UNTITLED)',
])
def test_an_unmarked_table_word_is_found(code):
    assert unmarked_table_words(code) != []


@pytest.mark.parametrize("code", [
    'ROWS = (("name", QT_TRANSLATE_NOOP("E", "Doctor\'s name"), "line"),)\n'
    'for key, label, kind in ROWS:\n    _tr(label)',
    'HINTS = {"a": N_("Think it over")}\n_tr(HINTS[key])',
])
def test_a_marked_table_word_passes(code):
    assert unmarked_table_words(code) == []
