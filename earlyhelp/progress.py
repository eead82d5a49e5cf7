"""Progress of long imports: a bar on a terminal, a line every few seconds in logs."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

from tqdm import tqdm

LABELS = {
    "embed": "Embedding services",
    "read": "Reading who services are for",
    "write": "Writing to the store",
    "reindex": "Copying to Elasticsearch",
}


class TerminalProgress:
    """ImportProgress that draws a bar on a terminal and prints sparse lines otherwise."""

    def __init__(self, stream: TextIO = sys.stderr, interval: float = 2.0) -> None:
        self._stream = stream
        self._interactive = stream.isatty()
        self._interval = interval
        self._bars: dict[str, Any] = {}
        self._last: dict[str, float] = {}

    def step(self, name: str, done: int, total: int) -> None:
        label = LABELS.get(name, name)
        if self._interactive:
            bar = self._bars.get(name)
            if bar is None:
                bar = tqdm(total=total, desc=label, unit="service", file=self._stream)
                self._bars[name] = bar
            bar.update(done - bar.n)
            if done >= total:
                bar.close()
            return
        now = time.monotonic()
        first = name not in self._last
        if first or done >= total or now - self._last[name] >= self._interval:
            self._last[name] = now
            print(f"{label}: {done}/{total}", file=self._stream, flush=True)
