# SPDX-License-Identifier: GPL-3.0-or-later
"""SecondOp: a desktop journal for people getting a second medical opinion."""

from importlib import metadata

APP_NAME = "SecondOp"

try:
    __version__ = metadata.version("secondop")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
