# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt's item data roles as plain ints, for the list models the window paints at start.

PySide builds every enum of the ``Qt`` namespace (about a hundred of them, ~45 ms here) the first
time any one is touched. The case list paints before anything else needs them, so its models
compare roles with these numbers, which are Qt's own (fixed by Qt's ABI; a test checks them).
"""

DISPLAY = 0  # Qt.ItemDataRole.DisplayRole
DECORATION = 1  # Qt.ItemDataRole.DecorationRole
TOOL_TIP = 3  # Qt.ItemDataRole.ToolTipRole
ACCESSIBLE_TEXT = 11  # Qt.ItemDataRole.AccessibleTextRole
SIZE_HINT = 13  # Qt.ItemDataRole.SizeHintRole
USER = 0x0100  # Qt.ItemDataRole.UserRole: the first role free for the models' own
