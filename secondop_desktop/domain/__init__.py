# SPDX-License-Identifier: GPL-3.0-or-later
"""Pure Python: the case format, the comparison engine, code sets and templates. No Qt, no disk."""
