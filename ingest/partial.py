"""Short records from list pages: which fields a record lacks that its stored version has.

A list endpoint (and a page of one saved to a file) may give short versions of its services:
only id and name, or a summary without descriptions or locations. The rule: a record from a
list page that lacks fields the stored record for the same id has keeps the stored values of
those fields; the fields it does give replace the stored ones. So a short record never empties
a fuller listing, and an officer sees which fields were kept (kind `partial`).
"""

from __future__ import annotations

from typing import Any

#: Where a feed sync notes that it withdrew a service; the directory's own note, never kept
#: from the stored record for a feed's short record (a service listed again comes back).
WITHDRAWN_KEY = "earlyhelp_withdrawn"


def has_value(value: Any) -> bool:
    """Whether a field holds something (not null, blank text, or an empty list or object)."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | dict):
        return bool(value)
    return True


def missing_fields(record: Any, stored: dict[str, Any]) -> tuple[str, ...]:
    """The fields holding something in `stored` that `record` lacks or leaves empty, sorted."""
    if not isinstance(record, dict):
        return ()
    return tuple(
        sorted(
            key
            for key, value in stored.items()
            if key != WITHDRAWN_KEY and has_value(value) and not has_value(record.get(key))
        )
    )


def partial_message(kept: tuple[str, ...]) -> str:
    shown = ", ".join(kept[:6]) + (f" and {len(kept) - 6} more" if len(kept) > 6 else "")
    return (
        f"a short record from a list page: it lacks {shown}, which the stored listing has; "
        "the stored values were kept"
    )
