# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m secondop_desktop`` and the ``secondop`` command."""

from __future__ import annotations

import sys

from secondop_desktop.cli import main as cli_main


def main(argv: list[str] | None = None) -> int:
    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
