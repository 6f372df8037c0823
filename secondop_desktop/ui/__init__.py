# SPDX-License-Identifier: GPL-3.0-or-later
"""The PySide6 interface. The only package that imports Qt."""
