# SPDX-License-Identifier: GPL-3.0-or-later
"""SecondOp in the desktop's application menu, with its icon, and ``.secondop`` files opened by it.

On Linux and the BSDs (the freedesktop.org specifications) ``install()`` writes, for the user
alone, under ``$XDG_DATA_HOME`` (``~/.local/share``):

- ``applications/secondop.desktop``: the menu entry; ``Exec`` is the command that started this
  SecondOp (its own path, so a copy in a virtual environment or a frozen folder works), ``%f``
  passing the file a user double-clicked;
- ``icons/hicolor/<N>x<N>/apps/secondop.png`` and ``icons/hicolor/scalable/apps/secondop.svg``;
- ``mime/packages/secondop.xml``: the ``application/x-secondop`` type of ``*.secondop`` files,
  with its icon, so file managers show them as SecondOp case files and open them with it.

Then it asks ``update-mime-database`` and ``update-desktop-database`` (when installed) to take
the changes in. Writing only what differs makes it cheap to call on every start (a moved
installation gets its new path). ``uninstall()`` removes all of it. No Qt here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from secondop_desktop import APP_NAME
from secondop_desktop.resources import resource_path

APP_ID = "secondop"  # the desktop file's name, as QGuiApplication.setDesktopFileName is given
MIME_TYPE = "application/x-secondop"
MIME_ICON = "application-x-secondop"


def supported() -> bool:
    """Desktops that follow the freedesktop.org menu and MIME specifications."""
    return not sys.platform.startswith(("win32", "darwin", "cygwin", "emscripten", "wasi", "ios"))


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    if os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How this SecondOp was started, to start it again from the menu."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_ID and script.exists():
        return [str(script.resolve())]
    beside = Path(sys.executable).with_name(APP_ID)
    if beside.is_file():
        return [str(beside)]
    return [sys.executable, "-m", "secondop_desktop"]


def _quote(argument: str) -> str:
    """An Exec argument quoted as the Desktop Entry specification asks."""
    if not any(c in argument for c in ' \t\n"\'\\><~|&;$*?#()`%'):
        return argument
    escaped = (argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
               .replace("$", "\\$").replace("%", "%%"))
    return f'"{escaped}"'


def desktop_file_text(command: list[str]) -> str:
    exec_line = " ".join(_quote(part) for part in command)
    template = resource_path(f"{APP_ID}.desktop").read_text("utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line} %f"
        elif line.startswith("TryExec="):
            continue
        lines.append(line)
    if not any(line.startswith("MimeType=") for line in lines):
        lines.append(f"MimeType={MIME_TYPE};")
    lines.append(f"TryExec={command[0]}")
    return "\n".join(lines) + "\n"


def mime_xml() -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>{APP_NAME} case file</comment>
    <sub-class-of type="application/zip"/>
    <icon name="{MIME_ICON}"/>
    <glob pattern="*.secondop"/>
  </mime-type>
</mime-info>
"""


def _files(command: list[str]) -> Iterator[tuple[Path, bytes]]:
    """Every file the integration installs, as (path under the data folder, content)."""
    yield Path("applications") / f"{APP_ID}.desktop", desktop_file_text(command).encode()
    yield Path("mime") / "packages" / f"{APP_ID}.xml", mime_xml().encode()
    svg = resource_path("icons", "secondop.svg").read_bytes()
    yield Path("icons/hicolor/scalable/apps") / f"{APP_ID}.svg", svg
    yield Path("icons/hicolor/scalable/mimetypes") / f"{MIME_ICON}.svg", svg
    for png in sorted(resource_path("icons", "hicolor").glob("*/apps/secondop.png")):
        size = png.parent.parent.name
        yield Path("icons/hicolor") / size / "apps" / f"{APP_ID}.png", png.read_bytes()
        yield Path("icons/hicolor") / size / "mimetypes" / f"{MIME_ICON}.png", png.read_bytes()


def desktop_file(home: Path | None = None) -> Path:
    return (home or data_home()) / "applications" / f"{APP_ID}.desktop"


def is_installed(home: Path | None = None) -> bool:
    return desktop_file(home).is_file()


def install(home: Path | None = None, command: list[str] | None = None) -> bool:
    """Write what differs; True when anything changed. Raises OSError when it cannot write."""
    home = home or data_home()
    changed: list[Path] = []
    for relative, content in _files(command or launch_command()):
        path = home / relative
        try:
            if path.read_bytes() == content:
                continue
        except OSError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(content)
        temporary.replace(path)
        changed.append(relative)
    if changed:
        _refresh(home)
    return bool(changed)


def uninstall(home: Path | None = None) -> bool:
    """Remove every file ``install`` wrote; True when anything was removed."""
    home = home or data_home()
    removed = False
    for relative, _content in _files(launch_command()):
        try:
            (home / relative).unlink()
            removed = True
        except FileNotFoundError:
            pass
    if removed:
        _refresh(home)
    return removed


def _refresh(home: Path) -> None:
    """Let the desktop see the change now (it would at the next log-in anyway)."""
    for tool, folder in (("update-mime-database", home / "mime"),
                         ("update-desktop-database", home / "applications")):
        if shutil.which(tool) and folder.is_dir():
            subprocess.run([tool, str(folder)], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=30, check=False)
