# SPDX-License-Identifier: GPL-3.0-or-later
"""How the window's words get their values: one way of filling placeholders (named ``{name}``
through ``i18n.fill``, as in the layers without Qt), Qt's plural forms for every count, the
field labels reaching the translation, and dates in the window's language."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

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
            return (isinstance(parent, ast.Call) and getattr(parent.func, "id", "") == "fill"
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
])
def test_the_check_finds_each_other_way(code):
    assert placeholder_faults(code) != []


@pytest.mark.parametrize("code", [
    'fill(self.tr("Seen by {doctor}"), doctor=name)',
    'fill(_tr("a {x}") if c else _tr("b {x}"), x=1)',
    'self.tr("%n file(s)", "", count)',
    '_tr("%n file(s)", count)',
    'fill(self.tr("%n file(s) for {who}", "", n), who=name)',
    'f"{name}: {self.tr(\'not said\')}"',
    '"<b>{}</b>".format(text)',
])
def test_the_check_lets_the_one_way_through(code):
    assert placeholder_faults(code) == []
