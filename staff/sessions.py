"""Signed-in sessions, kept on the server: the browser holds a random token, the application
database holds its hash, so a stolen database gives no usable cookie and signing out ends the
session. Every instance sharing the database knows every session."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from appdb import AppDatabase
from directory.timestamps import utc_stamp

LIFETIME = timedelta(hours=8)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SessionStore:
    def __init__(
        self,
        database: AppDatabase,
        lifetime: timedelta = LIFETIME,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._db = database
        self.lifetime = lifetime
        self._clock = clock

    def start(self, username: str) -> str:
        """A new session's token, for the cookie."""
        token = secrets.token_urlsafe(32)
        now = self._clock()
        with self._db.transaction() as db:
            db.execute("DELETE FROM staff_sessions WHERE expires_at <= ?", (utc_stamp(now),))
            db.execute(
                "INSERT INTO staff_sessions (token_hash, username, expires_at) VALUES (?, ?, ?)",
                (_hash(token), username, utc_stamp(now + self.lifetime)),
            )
        return token

    def username(self, token: str) -> str | None:
        """Whose session this is, while it has not expired."""
        if not token:
            return None
        with self._db.read() as db:
            row = db.execute(
                "SELECT username FROM staff_sessions WHERE token_hash = ? AND expires_at > ?",
                (_hash(token), utc_stamp(self._clock())),
            ).fetchone()
        return str(row[0]) if row else None

    def end(self, token: str) -> None:
        with self._db.transaction() as db:
            db.execute("DELETE FROM staff_sessions WHERE token_hash = ?", (_hash(token),))
