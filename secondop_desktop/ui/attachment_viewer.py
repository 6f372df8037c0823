# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening an attached file with the system's viewer, through a private temporary copy.

The journal keeps the bytes; a viewer needs a file. Each file is written into one folder of this
process's own (``secondop-view-…`` in the temporary folder, readable by this user alone), named as
the user had it, and handed to the desktop. The folder goes when the program ends; folders left
by a program that did not end properly are removed the next time one is made.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

PREFIX = "secondop-view-"
STALE_SECONDS = 24 * 3600

_folder: Path | None = None


def _safe_name(name: str) -> str:
    """The file's own name, without folders or characters a file system refuses."""
    base = Path(name.replace("\\", "/")).name.strip() or "attachment"
    base = re.sub(r'[\x00-\x1f<>:"/\\|?*]', "_", base)
    return base[:150]


def _remove_stale(parent: Path) -> None:
    now = time.time()
    for old in parent.glob(f"{PREFIX}*"):
        try:
            if old.is_dir() and not old.is_symlink() and now - old.stat().st_mtime > STALE_SECONDS:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            continue


def view_folder() -> Path:
    """This process's private folder of copies (made on first use, mode 0700)."""
    global _folder
    if _folder is None or not _folder.is_dir():
        parent = Path(tempfile.gettempdir())
        _remove_stale(parent)
        _folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=parent))  # 0700 by mkdtemp
        atexit.register(clean_up)
    return _folder


def write_copy(name: str, data: bytes) -> Path:
    """A private copy of ``data`` named ``name`` (0600), in a subfolder of its own so two files
    of the same name never overwrite each other."""
    holder = Path(tempfile.mkdtemp(dir=view_folder()))
    path = holder / _safe_name(name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return path


def launch(path: Path) -> bool:
    """Hand ``path`` to the desktop's viewer for its type; False if none took it."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def open_copy(name: str, data: bytes) -> Path | None:
    """Write the private copy and open it; the copy's path, or None if no viewer took it."""
    path = write_copy(name, data)
    return path if launch(path) else None


def clean_up() -> None:
    """Remove every copy this process made (at exit; safe to call more than once)."""
    global _folder
    if _folder is not None:
        shutil.rmtree(_folder, ignore_errors=True)
        _folder = None
