# SPDX-License-Identifier: GPL-3.0-or-later
"""Identifiers for cases, opinions and the rest: random (version 4) UUIDs in their usual text form.

Made here from ``os.urandom`` rather than by ``uuid.uuid4()``: the ``uuid`` module loads
``platform`` when imported, about 3 ms of every start of the window, for sixteen random bytes.
``tests/domain/test_ids.py`` holds the result to what ``uuid`` reads back.
"""

from __future__ import annotations

import os


def new_id() -> str:
    """A fresh random identifier, such as ``"1b4e28ba-2fa1-41d2-883f-0016d3cca427"``."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4: random
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
