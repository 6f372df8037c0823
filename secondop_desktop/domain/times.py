# SPDX-License-Identifier: GPL-3.0-or-later
"""Timestamps as the case format writes them (ISO-8601 with an offset). Apart from ``model`` so
the journal can sort by time without loading the case classes (the window starts sooner)."""

from __future__ import annotations

from datetime import datetime, timezone


def now_iso() -> str:
    """The current time as ISO-8601 with offset, to the second (what ``updated_at`` holds)."""
    return datetime.now(timezone.utc).astimezone().replace(microsecond=0).isoformat()


def parse_time(value: str | None) -> datetime | None:
    """An ISO-8601 timestamp as an aware datetime (naive ones are taken as UTC), or None."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed
