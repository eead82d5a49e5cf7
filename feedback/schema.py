"""Decisions' public ids. (The feedback records' tables are made and migrated with every other
application table, in appdb/migrations.py.)"""

from __future__ import annotations

import re
import secrets

#: A decision's public id: 16 URL-safe characters.
PUBLIC_ID = re.compile(r"[A-Za-z0-9_-]{16}")


def new_public_id() -> str:
    """A random id for a decision's addresses and links: 96 bits in 16 URL-safe characters,
    never all digits (so that it is never taken for a decision's internal number)."""
    while True:
        candidate = secrets.token_urlsafe(12)
        if not candidate.isdigit():
            return candidate
