# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison PDF (reportlab). Imports domain only."""
