# SPDX-License-Identifier: GPL-3.0-or-later
"""The README's start command opens a real X window (Xvfb), not only an offscreen one.

Offscreen tests never load Qt's xcb platform plugin; this one does, the way a user's desktop
would: ``secondop --demo`` under Xvfb with ``QT_QPA_PLATFORM=xcb``. It looks at the window as
the desktop sees it (``xwininfo``, ``xprop``: its title, class and icon), then ends the program as
logging out would (SIGTERM) and expects a clean exit. Marked ``xvfb``: it runs where ``xvfb-run``
and x11-utils are installed (``.ci/run`` installs them) and is skipped elsewhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(any(shutil.which(t) is None for t in ("xvfb-run", "xwininfo", "xprop")),
                       reason="needs xvfb-run and x11-utils (Debian: xvfb xauth x11-utils)"),
]

TITLE = "Right knee pain: replacement or therapy?"

# Start the program, wait for its window (title and icon set), describe it, end it as a logout
# would. Runs inside xvfb-run; everything it prints is read by the test.
SCRIPT = r"""
set -u
"$@" >app.log 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  id=$(xwininfo -root -tree | grep -F "$TITLE" | head -n1 | awk '{print $1}')
  if [ -n "$id" ] && xprop -id "$id" _NET_WM_ICON | grep -q "Icon ("; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "exited early"; break; fi
  sleep 0.2
done
echo "window=${id:-none}"
if [ -n "${id:-}" ]; then
  xprop -id "$id" _NET_WM_NAME WM_CLASS
  xprop -id "$id" _NET_WM_ICON | head -c 300; echo
  xwininfo -id "$id" | grep -E "Width|Height|Map State"
fi
kill -TERM "$pid" 2>/dev/null
wait "$pid"
echo "exit=$?"
"""


def start_command() -> list[str]:
    """The README's start command: the ``secondop`` script of this environment (as
    ``.venv/bin/secondop --demo``), else the module (a checkout run without installing)."""
    script = Path(sys.executable).with_name("secondop")
    if script.is_file():
        return [str(script), "--demo"]
    return [sys.executable, "-m", "secondop_desktop", "--demo"]


@pytest.mark.slow
def test_the_start_command_opens_a_real_x_window(tmp_path: Path):
    _opens_a_real_window(tmp_path, start_command())


FROZEN = os.environ.get("SECONDOP_FROZEN_BUILD", "")


@pytest.mark.slow
@pytest.mark.skipif(not FROZEN, reason="set SECONDOP_FROZEN_BUILD to dist/secondop/secondop "
                                       "after `pyinstaller build.spec` to try the built program")
def test_the_frozen_build_opens_a_real_x_window(tmp_path: Path):
    program = Path(FROZEN).resolve()
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True,
                             timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("SecondOp "), version
    _opens_a_real_window(tmp_path, [str(program), "--demo"])


def _opens_a_real_window(tmp_path: Path, command: list[str]) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "SECONDOP"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="xcb", TITLE=TITLE,
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_RUNTIME_DIR=str(tmp_path / "run"), SECONDOP_NO_WARMUP="1",
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    (tmp_path / "run").mkdir(mode=0o700)
    script = tmp_path / "start.sh"
    script.write_text(SCRIPT, "utf-8")
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "bash", str(script), *command],
        cwd=tmp_path, env=env, capture_output=True, text=True, errors="replace", timeout=180)
    out = result.stdout
    log = (tmp_path / "app.log").read_text("utf-8", "replace")
    assert "window=none" not in out, f"no window appeared\n{out}\n{log}"
    assert "Could not load the Qt platform plugin" not in log, log
    # The desktop shows the case's title and the app's name once.
    assert f'_NET_WM_NAME(UTF8_STRING) = "{TITLE} — SecondOp"' in out, out
    assert '"secondop"' in out.split("WM_CLASS", 1)[1].splitlines()[0].lower(), out
    assert "Icon (" in out, f"the window has no icon\n{out}"
    assert "IsViewable" in out
    assert out.rstrip().endswith("exit=0"), f"{out}\n{log}"
    # The demo case was saved, and the log says the program started (in the XDG state folder).
    assert (home / "data" / "SecondOp" / "journal.secondop-journal").is_file()
    assert "SecondOp" in (home / "state" / "SecondOp" / "log" / "secondop.log").read_text("utf-8")
    # On its first start it put itself in the desktop's applications menu, with its icon.
    entry = (home / "data" / "applications" / "secondop.desktop").read_text("utf-8")
    assert f"Exec={command[0]}" in entry and "Icon=secondop" in entry
    assert (home / "data" / "icons" / "hicolor" / "48x48" / "apps" / "secondop.png").is_file()
