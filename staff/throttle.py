"""Sign-in attempts, limited, in bounded memory.

Three counts of failures in a sliding window, each with its own limit:
- a username tried from one address (`max_failures`, 5): what stops one person guessing;
- an address, whatever the usernames (`address_failures`, 20): what stops one machine trying
  many accounts; higher, because a council office may share one address;
- a username, from any address (`user_failures`, 50): what stops guessing spread over many
  addresses. It is also the most anyone else can do to lock a named user out: 50 wrong
  passwords, and the lock lasts one window (15 minutes) after the last of them.

A success clears only its own username-and-address count: it proves nothing about the other
attempts from that address. Counts expire with the window, and the table holds at most
`max_entries` keys: when full, the keys whose last failure is oldest are dropped, so a flood
of made-up usernames costs a bounded amount of memory.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

MAX_FAILURES = 5
ADDRESS_FAILURES = 20
USER_FAILURES = 50
WINDOW_SECONDS = 15 * 60
MAX_ENTRIES = 10_000


class SignInThrottle:
    """Counts failed sign-ins per username-and-address, per address and per username."""

    def __init__(
        self,
        max_failures: int = MAX_FAILURES,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        address_failures: int = ADDRESS_FAILURES,
        user_failures: int = USER_FAILURES,
        max_entries: int = MAX_ENTRIES,
    ) -> None:
        self._limits = {"pair": max_failures, "address": address_failures, "user": user_failures}
        self._window = window
        self._clock = clock
        self._max_entries = max_entries
        # Key -> failure times, least recently failed first.
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def _keys(username: str, address: str) -> dict[str, str]:
        return {
            "pair": f"pair:{address}\x00{username}",
            "address": f"address:{address}",
            "user": f"user:{username}",
        }

    def __len__(self) -> int:
        with self._lock:
            return len(self._failures)

    def _expire(self, now: float) -> None:
        cutoff = now - self._window
        while self._failures:
            key, times = next(iter(self._failures.items()))
            if times and times[-1] > cutoff:
                break
            del self._failures[key]

    def _recent(self, key: str, now: float) -> int:
        times = self._failures.get(key)
        if times is None:
            return 0
        cutoff = now - self._window
        while times and times[0] <= cutoff:
            times.popleft()
        return len(times)

    def wait_seconds(self, username: str, address: str) -> float:
        """How long an attempt for `username` from `address` must wait (0 when it need not)."""
        with self._lock:
            now = self._clock()
            self._expire(now)
            waits = []
            for kind, key in self._keys(username, address).items():
                count = self._recent(key, now)
                limit = self._limits[kind]
                if count >= limit:
                    # Wait until enough of the failures have left the window.
                    waits.append(self._failures[key][count - limit] + self._window - now)
        return max([0.0, *waits])

    def failed(self, username: str, address: str) -> None:
        with self._lock:
            now = self._clock()
            self._expire(now)
            for kind, key in self._keys(username, address).items():
                times = self._failures.pop(key, None) or deque()
                times.append(now)
                # Keep no more than the limit asks about: a flood cannot grow one entry.
                while len(times) > self._limits[kind]:
                    times.popleft()
                self._failures[key] = times
            while len(self._failures) > self._max_entries:
                self._failures.popitem(last=False)

    def succeeded(self, username: str, address: str) -> None:
        with self._lock:
            self._failures.pop(self._keys(username, address)["pair"], None)
