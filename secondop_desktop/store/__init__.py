# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal on disk (SQLite through sqlite-utils), case files, backups. Imports domain only."""
