"""How the application writes a moment in its records and messages: UTC to the second, ISO
8601 with a Z (`2026-11-30T21:45:00Z`), so that stored moments sort as text."""

from __future__ import annotations

from datetime import UTC, datetime

STAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def utc_stamp(moment: datetime | None = None) -> str:
    """`moment` as the records write it; now when None. A moment without a time zone is taken
    to be in UTC."""
    if moment is None:
        moment = datetime.now(UTC)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(STAMP_FORMAT)


def parse_stamp(text: str) -> datetime:
    """A moment written by `utc_stamp`, read back (raises ValueError for any other text)."""
    return datetime.strptime(text, STAMP_FORMAT).replace(tzinfo=UTC)
