# SPDX-License-Identifier: GPL-3.0-or-later
"""The layer rules of DESIGN.md, checked in fresh interpreters so nothing else has loaded Qt."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import secondop_desktop

PACKAGE_DIR = Path(secondop_desktop.__file__).parent
QT_FREE = ("domain", "store", "report")


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _modules(layer: str) -> list[str]:
    return sorted(
        f"secondop_desktop.{layer}." + path.stem
        for path in (PACKAGE_DIR / layer).glob("*.py")
        if path.stem != "__init__"
    )


def test_qt_free_layers_never_import_qt():
    modules = [m for layer in QT_FREE for m in _modules(layer)]
    modules += ["secondop_desktop.cli", "secondop_desktop.paths", "secondop_desktop.resources"]
    assert len(modules) > 5
    loaded = _run(
        f"""
        import importlib, sys
        for name in {modules!r}:
            importlib.import_module(name)
        print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))
        """
    )
    assert loaded == "[]"


def test_cli_list_and_version_load_neither_qt_nor_the_code_set_nor_reportlab(tmp_path: Path):
    journal = tmp_path / "j.db"
    loaded = _run(
        f"""
        import sys, contextlib, io
        from secondop_desktop.cli import main
        from secondop_desktop.store.journal import Journal
        Journal.open({str(journal)!r}).close()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert main(['list', '--journal', {str(journal)!r}]) == 0
            try:
                main(['--version'])
            except SystemExit:
                pass
        heavy = ('PySide6', 'simple_icd_10_cm', 'reportlab')
        print(sorted({{m.split('.')[0] for m in sys.modules}} & set(heavy)))
        """
    )
    assert loaded == "[]"


def test_ui_is_the_only_layer_that_names_pyside6():
    offenders = [
        str(path.relative_to(PACKAGE_DIR))
        for path in PACKAGE_DIR.rglob("*.py")
        if path.relative_to(PACKAGE_DIR).parts[0] != "ui"
        and path.name != "app.py"
        and "PySide6" in path.read_text("utf-8")
    ]
    assert offenders == []
