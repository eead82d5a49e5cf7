"""Sign-in attempts, limited, counted in the application database so that every instance
sharing it counts them together.

Three counts of failures in a sliding window, each with its own limit:
- a username tried from one address (`max_failures`, 5): what stops one person guessing;
- an address, whatever the usernames (`address_failures`, 20): what stops one machine trying
  many accounts; higher, because a council office may share one address;
- a username, from any address (`user_failures`, 50): what stops guessing spread over many
  addresses. It is also the most anyone else can do to lock a named user out: 50 wrong
  passwords, and the lock lasts one window (15 minutes) after the last of them.

A success clears only its own username-and-address count: it proves nothing about the other
attempts from that address. Failures expire with the window and are removed at the next
failure; each count keeps no more failures than its limit; and the table holds at most
`max_entries` counts: when full, the counts whose last failure is oldest are dropped, so a
flood of made-up usernames costs a bounded amount of space. What is counted is kept as a
hash, so the table holds no usernames or addresses, whatever was typed.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from appdb import AppDatabase, Transaction

MAX_FAILURES = 5
ADDRESS_FAILURES = 20
USER_FAILURES = 50
WINDOW_SECONDS = 15 * 60
MAX_ENTRIES = 10_000


def _counted(kind: str, *parts: str) -> str:
    digest = hashlib.sha256("\x00".join(parts).encode("utf-8", "replace")).hexdigest()
    return f"{kind}:{digest[:32]}"


class SignInThrottle:
    """Counts failed sign-ins per username-and-address, per address and per username.
    `clock` gives seconds since 1970 (every instance's clock must agree, as for sessions)."""

    def __init__(
        self,
        database: AppDatabase,
        max_failures: int = MAX_FAILURES,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.time,
        address_failures: int = ADDRESS_FAILURES,
        user_failures: int = USER_FAILURES,
        max_entries: int = MAX_ENTRIES,
    ) -> None:
        self._db = database
        self._limits = {"pair": max_failures, "address": address_failures, "user": user_failures}
        self._window = window
        self._clock = clock
        self._max_entries = max_entries

    @staticmethod
    def _keys(username: str, address: str) -> dict[str, str]:
        return {
            "pair": _counted("pair", address, username),
            "address": _counted("address", address),
            "user": _counted("user", username),
        }

    def __len__(self) -> int:
        """How many counts the table holds."""
        with self._db.read() as db:
            row = db.execute("SELECT count(DISTINCT counted) FROM sign_in_failures").fetchone()
        return int(row[0]) if row else 0

    def wait_seconds(self, username: str, address: str) -> float:
        """How long an attempt for `username` from `address` must wait (0 when it need not)."""
        now = self._clock()
        keys = self._keys(username, address)
        with self._db.read() as db:
            rows = db.execute(
                "SELECT counted, at FROM sign_in_failures WHERE counted IN (?, ?, ?) AND at > ? "
                "ORDER BY at",
                (*keys.values(), now - self._window),
            ).fetchall()
        waits = []
        for kind, key in keys.items():
            times = [float(at) for counted, at in rows if counted == key]
            limit = self._limits[kind]
            if len(times) >= limit:
                # Wait until enough of the failures have left the window.
                waits.append(times[len(times) - limit] + self._window - now)
        return max([0.0, *waits])

    def failed(self, username: str, address: str) -> None:
        now = self._clock()
        with self._db.transaction() as db:
            # Instances take turns, so that their removals cannot deadlock.
            db.hold("sign-in failures")
            db.execute("DELETE FROM sign_in_failures WHERE at <= ?", (now - self._window,))
            for kind, key in self._keys(username, address).items():
                db.execute("INSERT INTO sign_in_failures (counted, at) VALUES (?, ?)", (key, now))
                # Keep no more than the limit asks about: a flood cannot grow one count.
                db.execute(
                    "DELETE FROM sign_in_failures WHERE counted = ? AND id NOT IN ("
                    "SELECT id FROM sign_in_failures WHERE counted = ? "
                    "ORDER BY at DESC, id DESC LIMIT ?)",
                    (key, key, self._limits[kind]),
                )
            self._bound(db)

    def _bound(self, db: Transaction) -> None:
        """Drop the counts whose last failure is oldest while there are too many."""
        row = db.execute("SELECT count(DISTINCT counted) FROM sign_in_failures").fetchone()
        excess = (int(row[0]) if row else 0) - self._max_entries
        if excess > 0:
            db.execute(
                "DELETE FROM sign_in_failures WHERE counted IN ("
                "SELECT counted FROM sign_in_failures GROUP BY counted "
                "ORDER BY max(id) LIMIT ?)",
                (excess,),
            )

    def succeeded(self, username: str, address: str) -> None:
        with self._db.transaction() as db:
            db.execute(
                "DELETE FROM sign_in_failures WHERE counted = ?",
                (self._keys(username, address)["pair"],),
            )
