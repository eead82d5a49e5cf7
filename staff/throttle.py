"""Sign-in attempts, limited: after too many failures for a username or from an address, that
username or address must wait, so passwords cannot be guessed at speed."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60


class SignInThrottle:
    """Counts failures per key (a username, an address) in a sliding window, in memory."""

    def __init__(
        self,
        max_failures: int = MAX_FAILURES,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max = max_failures
        self._window = window
        self._clock = clock
        self._failures: defaultdict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str) -> deque[float]:
        failures = self._failures[key]
        cutoff = self._clock() - self._window
        while failures and failures[0] <= cutoff:
            failures.popleft()
        return failures

    def wait_seconds(self, *keys: str) -> float:
        """How long these keys must wait before another attempt (0 when they need not)."""
        with self._lock:
            waits = [
                failures[0] + self._window - self._clock()
                for key in keys
                if len(failures := self._recent(key)) >= self._max
            ]
        return max([0.0, *waits])

    def failed(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._recent(key).append(self._clock())

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)
