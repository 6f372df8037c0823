# SPDX-License-Identifier: GPL-3.0-or-later
"""Guards against a PySide6 release that corrupts Python's reference counts on signal emits.

PySide6 6.12.0 drops a reference to ``True`` on every ``SignalInstance.emit`` from Python; on
Python 3.11 the interpreter aborts after a few thousand emits, so a long typing session would crash
the app. pyproject.toml keeps that release out; this test fails loudly if it comes back.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_signal_emits_leave_reference_counts_alone():
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QObject, Signal

        class Sender(QObject):
            changed = Signal(int)

        sender = Sender()
        sender.changed.connect(lambda value: None)
        before = sys.getrefcount(True)
        for i in range(20000):
            sender.changed.emit(i)
        print(sys.getrefcount(True) - before)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, f"the interpreter crashed: {result.stderr[-300:]}"
    assert abs(int(result.stdout.strip())) < 100
