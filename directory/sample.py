"""Knowing whether the directory holds the made-up sample services.

`seed_services.json` is fictional. Pages must say so while any of it is in the store, and
must not say so for a council's real directory. The ids of the sample services are recorded
(in the app's SQLite file) when the sample is loaded (`earlyhelp ingest --sample`); the
directory holds the sample while the store has any of those services.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from directory.store import ServiceStore, StoreError

SCHEMA = "CREATE TABLE IF NOT EXISTS sample_services (id TEXT PRIMARY KEY)"


class SampleMark:
    """The ids of the sample services, kept in one SQLite file."""

    def __init__(self, path: Path) -> None:
        self._path = Path(path)
        self._path.parent.mkdir(parents=True, exist_ok=True)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self._path, timeout=30, isolation_level=None)
        db.execute(SCHEMA)
        return db

    def record(self, ids: Iterable[str]) -> None:
        """Note these services as sample ones (those noted before stay noted)."""
        db = self._connect()
        try:
            db.executemany(
                "INSERT OR IGNORE INTO sample_services (id) VALUES (?)", [(i,) for i in ids]
            )
        finally:
            db.close()

    def ids(self) -> list[str]:
        db = self._connect()
        try:
            return [row[0] for row in db.execute("SELECT id FROM sample_services ORDER BY id")]
        finally:
            db.close()


class SampleCheck:
    """Whether a store holds any of the sample services; asked on every page, so the answer
    is kept until the store changes (its `generation`)."""

    def __init__(self, store: ServiceStore, mark: SampleMark) -> None:
        self._store = store
        self._mark = mark
        self._lock = threading.Lock()
        self._known: tuple[int, bool] | None = None

    def __call__(self) -> bool:
        """True while the store holds a sample service; False when it holds none, or when
        the store cannot be reached (the page then shows no services either)."""
        try:
            generation = self._store.generation()
            with self._lock:
                if self._known is not None and self._known[0] == generation:
                    return self._known[1]
            ids = self._mark.ids()
            holds = bool(ids) and bool(self._store.fingerprints(ids))
        except (StoreError, sqlite3.Error):
            return False
        with self._lock:
            self._known = (generation, holds)
        return holds
