# SPDX-License-Identifier: GPL-3.0-or-later
"""SecondOp: a desktop journal for people getting a second medical opinion."""

APP_NAME = "SecondOp"

# The one place the version is written: pyproject.toml and build.spec read it from here (a
# constant, not package metadata, so starting the program does not load importlib.metadata).
__version__ = "0.1.0"
