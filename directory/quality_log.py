"""The latest data-quality warnings of each listing, kept for directory editors' queue."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS listing_warnings (
    service_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    field TEXT NOT NULL,
    message TEXT NOT NULL
)
"""


class QualityLog:
    def __init__(self, path: Path) -> None:
        self._path = Path(path)
        self._path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(self._path, timeout=30) as db:
            db.execute(SCHEMA)
            db.execute(
                "CREATE INDEX IF NOT EXISTS listing_warnings_service "
                "ON listing_warnings(service_id)"
            )

    def replace(
        self, checked: Iterable[str], warnings: Iterable[tuple[str, str, str, str]]
    ) -> None:
        """Forget the warnings of the listings just checked and keep these instead:
        (service id, kind, field, message)."""
        ids = list(checked)
        with sqlite3.connect(self._path, timeout=30) as db:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM listing_warnings WHERE service_id IN ({marks})", chunk)
            db.executemany("INSERT INTO listing_warnings VALUES (?, ?, ?, ?)", list(warnings))

    def listings(self, limit: int = 50) -> list[tuple[str, int, str]]:
        """Listings with warnings, most first: (service id, how many, the first message)."""
        with sqlite3.connect(self._path, timeout=30) as db:
            rows = db.execute(
                "SELECT service_id, count(*), min(message) FROM listing_warnings "
                "GROUP BY service_id ORDER BY count(*) DESC, service_id LIMIT ?",
                (limit,),
            ).fetchall()
        return [(str(r[0]), int(r[1]), str(r[2])) for r in rows]
