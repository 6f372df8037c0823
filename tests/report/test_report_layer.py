# SPDX-License-Identifier: GPL-3.0-or-later
"""The report layer stays light: no Qt ever, and reportlab only once a PDF is made."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True, text=True, check=True,
    ).stdout
    return set(out.split())


def test_importing_the_pdf_module_loads_neither_qt_nor_reportlab():
    loaded = _modules_after("import secondop_desktop.report.pdf")
    assert not any(m.startswith("PySide6") for m in loaded)
    assert not any(m.startswith("reportlab") for m in loaded)


def test_making_a_pdf_never_loads_qt(tmp_path):
    code = (
        "from secondop_desktop.domain.demo import demo_case\n"
        "from secondop_desktop.report.pdf import render_comparison_pdf, PdfOptions\n"
        "from tests.report.fakes import hand_comparisons\n"
        "c = demo_case(); ids = [o.id for o in c.opinions]\n"
        "render_comparison_pdf(c, PdfOptions(), comparisons=hand_comparisons(c, ids))\n"
    )
    loaded = _modules_after(code)
    assert "reportlab.platypus" in loaded
    assert not any(m.startswith("PySide6") for m in loaded)
