"""Knowing whether the directory holds the made-up sample services.

`seed_services.json` is fictional. Pages must say so while any of it is in the store, and
must not say so for a council's real directory. The ids of the sample services are recorded
(in the application database) when the sample is loaded (`earlyhelp ingest --sample`); the
directory holds the sample while the store has any of those services.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from appdb import AppDatabase, DatabaseError
from directory.store import ServiceStore, StoreError


class SampleMark:
    """The ids of the sample services, kept in the application database."""

    def __init__(self, database: AppDatabase) -> None:
        self._db = database

    def record(self, ids: Iterable[str]) -> None:
        """Note these services as sample ones (those noted before stay noted)."""
        with self._db.transaction() as db:
            db.executemany(
                "INSERT INTO sample_services (id) VALUES (?) ON CONFLICT (id) DO NOTHING",
                [(i,) for i in ids],
            )

    def ids(self) -> list[str]:
        with self._db.read() as db:
            return [str(row[0]) for row in db.execute("SELECT id FROM sample_services ORDER BY id")]


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
        except (StoreError, DatabaseError):
            return False
        with self._lock:
            self._known = (generation, holds)
        return holds
