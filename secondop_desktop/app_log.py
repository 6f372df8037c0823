# SPDX-License-Identifier: GPL-3.0-or-later
"""The program's log file: a few rotating files in the user's log folder (``paths.log_dir``).

``start_log()`` sends the ``secondop`` logger (and Python's warnings) to
``secondop.log``, kept at about 1 MB with three older files beside it; ``describe_exception``
writes an unexpected error with its traceback there and returns the text a user can copy for a
bug report. No Qt here: the window's hooks (``ui/error_report.py``) build on it.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from secondop_desktop import APP_NAME, __version__, paths
from secondop_desktop.store.files import private_dir

LOG_NAME = "secondop.log"
MAX_BYTES = 1_000_000
KEEP = 3
logger = logging.getLogger("secondop")

_handler: logging.Handler | None = None


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files made private (0600) whatever the umask, the rotated ones too."""

    def _open(self):  # type: ignore[no-untyped-def]  # logging's own name and signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def start_log(directory: Path | None = None) -> Path:
    """Log to ``directory`` (the user's log folder by default); returns the log file's path.
    Calling it again with another folder moves the log there (tests use this)."""
    global _handler
    folder = Path(directory) if directory is not None else paths.log_dir()
    path = folder / LOG_NAME
    if _handler is not None and getattr(_handler, "baseFilename", None) == str(path):
        return path
    stop_log()
    private_dir(folder)  # what went wrong may name a case: 0700, and the files 0600
    handler = _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP,
                                          encoding="utf-8", delay=False)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").addHandler(handler)
    _handler = handler
    logger.info("%s %s started (Python %s, %s)", APP_NAME, __version__,
                platform.python_version(), platform.platform())
    return path


def stop_log() -> None:
    global _handler
    if _handler is not None:
        logger.removeHandler(_handler)
        logging.getLogger("py.warnings").removeHandler(_handler)
        _handler.close()
        _handler = None


def log_file() -> Path | None:
    """The file being written, None before ``start_log``."""
    name = getattr(_handler, "baseFilename", None)
    return Path(name) if name else None


def describe_exception(kind: type[BaseException], error: BaseException,
                       trace: TracebackType | None, where: str = "") -> str:
    """Write the error to the log; return what "Copy details" puts on the clipboard."""
    lines = "".join(traceback.format_exception(kind, error, trace))
    context = f" in {where}" if where else ""
    logger.error("Unexpected error%s:\n%s", context, lines.rstrip())
    return (f"{APP_NAME} {__version__}, Python {platform.python_version()}, "
            f"{platform.platform()}\n{lines}")


def print_if_no_log(text: str) -> None:
    """Before the log is started (or if it cannot be), the error still goes somewhere."""
    if _handler is None and sys.stderr is not None:
        print(text, file=sys.stderr)
