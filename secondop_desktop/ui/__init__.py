# SPDX-License-Identifier: GPL-3.0-or-later
"""The PySide6 interface. The only package that imports Qt.

Importing the package first spares the window's start a scan PySide would otherwise make of
every module imported after it (``pyside_import_scan.skip``)."""

from secondop_desktop.ui import pyside_import_scan

pyside_import_scan.skip()
