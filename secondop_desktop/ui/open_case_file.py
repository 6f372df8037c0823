# SPDX-License-Identifier: GPL-3.0-or-later
"""A case file given on the command line (``secondop knee.secondop``: what the file manager runs
when the user opens one) is imported into the window's journal, merged if the case is known, and
shown, with what the import did: the window's own import (``MainWindow.import_case_file``, the
merge-report window of ``ui/case_transfer.py``), the same as File → Open a case file…. A case
file opened while SecondOp is already open reaches the open window through
``ui/instance_handoff.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def open_case_file(window: Any, path: Path) -> str | None:
    """Import ``path`` and show its case; the case's id, or None (the user was told why)."""
    return window.import_case_file(Path(path))
