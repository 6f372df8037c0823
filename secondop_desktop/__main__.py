# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m secondop_desktop`` and the ``secondop`` command."""

from __future__ import annotations

import gc
import sys

from secondop_desktop.cli import command_named
from secondop_desktop.cli import main as cli_main


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    code = cli_main(arguments)
    if command_named(arguments) is not None:
        # A command has done its work and closed its files (the journal, the PDF): the process
        # ends now. Frozen, the objects it made are not walked again by the garbage collector
        # while the interpreter shuts down (~10-15 ms of a PDF's export); they are still freed
        # as usual, and nothing that exit does (atexit, flushing stdout) is skipped.
        gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(main())
