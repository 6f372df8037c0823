# SPDX-License-Identifier: GPL-3.0-or-later
"""PySide reads the source of every module imported after it, once per module name, to see
whether it mentions PySide6 (ui/pyside_import_scan.py). Importing the ui package answers that
ahead of time for what the window loads, so none of those files is read at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types

from secondop_desktop.ui import pyside_import_scan

_SCANNED_AT_START = """
import json, sys
from secondop_desktop import cli  # the entry point, before Qt (as `secondop` runs)
import PySide6.QtCore
feature = sys.modules.get("shibokensupport.feature")
if feature is None or not isinstance(getattr(feature, "pyside_feature_dict", None), dict):
    print(json.dumps(None))
    raise SystemExit
scanned = []
real = feature._mod_uses_pyside
def counting(module):
    scanned.append(module.__name__)
    return real(module)
feature._mod_uses_pyside = counting
from secondop_desktop.ui import application, main_window
registry = feature.pyside_feature_dict
print(json.dumps({"scanned": scanned,
                  "main_window": registry.get("secondop_desktop.ui.main_window"),
                  "typing": registry.get("typing")}))
"""


def test_the_window_s_modules_are_not_read_again_by_pyside() -> None:
    result = subprocess.run([sys.executable, "-c", _SCANNED_AT_START], capture_output=True,
                            text=True, env=dict(os.environ), timeout=120, check=True)
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    if seen is None:
        return  # a PySide without the scan: nothing to spare
    # (The ui package itself is read once: it is the module that fills the registry in.)
    ours = [name for name in seen["scanned"] if name.startswith("secondop_desktop")]
    assert ours in ([], ["secondop_desktop.ui"])
    # The standard library loaded before PySide is not read again either (typing.py: ~1 ms).
    assert "typing" not in seen["scanned"] and "pathlib" not in seen["scanned"]
    # Entered as the scan itself would: ours use PySide, typing does not.
    assert seen["main_window"] == pyside_import_scan.USES_PYSIDE
    assert seen["typing"] == pyside_import_scan.DOES_NOT


def test_without_pyside_s_registry_nothing_is_done(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("elsewhere"))
    pyside_import_scan.skip()  # no registry to fill: no error, nothing changed


def test_every_module_of_the_program_is_named() -> None:
    names = set(pyside_import_scan._own_module_names())
    assert {"secondop_desktop.cli", "secondop_desktop.ui.main_window",
            "secondop_desktop.store.journal", "secondop_desktop.domain.model",
            "secondop_desktop.report.pdf"} <= names
    assert not any(name.endswith("__init__") for name in names)
