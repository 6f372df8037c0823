# SPDX-License-Identifier: GPL-3.0-or-later
"""No module binds one top-level name twice.

The comparison's tables are long modules; a new table given the name of one already there
(``units._WHEN_WORDS``, 6 December) silently replaced the first for everything read after the
module loaded, and only the corpus probe showed it (a plan read at night against one at bedtime
went from refined to different). ruff does not see a name assigned twice."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "secondop_desktop"


def _top_level_names(tree: ast.Module) -> dict[str, list[int]]:
    names: dict[str, list[int]] = {}
    for node in tree.body:
        bound: list[str] = []
        if isinstance(node, ast.Assign):
            bound = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound = [node.target.id] if node.value is not None else []
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound = [node.name]
        for name in bound:
            names.setdefault(name, []).append(node.lineno)
    return names


def test_no_top_level_name_is_bound_twice() -> None:
    twice = [f"{path.relative_to(PACKAGE.parent)}: {name} at lines {lines}"
             for path in sorted(PACKAGE.rglob("*.py"))
             for name, lines in _top_level_names(ast.parse(path.read_text("utf-8"))).items()
             if len(lines) > 1]
    assert twice == []


def test_a_name_bound_twice_is_found() -> None:
    tree = ast.parse("_WORDS = {}\ndef f():\n    pass\n_WORDS = frozenset()\n")
    assert _top_level_names(tree)["_WORDS"] == [1, 4]
