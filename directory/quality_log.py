"""The latest data-quality warnings of each listing, kept for directory editors' queue."""

from __future__ import annotations

from collections.abc import Iterable

from appdb import AppDatabase

#: How many listings' warnings one DELETE forgets (each id is a parameter).
_CHUNK = 500


class QualityLog:
    """The warnings, in the application database."""

    def __init__(self, database: AppDatabase) -> None:
        self._db = database

    def replace(
        self, checked: Iterable[str], warnings: Iterable[tuple[str, str, str, str]]
    ) -> None:
        """Forget the warnings of the listings just checked and keep these instead:
        (service id, kind, field, message)."""
        ids = list(checked)
        with self._db.transaction() as db:
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM listing_warnings WHERE service_id IN ({marks})", chunk)
            db.executemany(
                "INSERT INTO listing_warnings (service_id, kind, field, message) "
                "VALUES (?, ?, ?, ?)",
                list(warnings),
            )

    def listings(self, limit: int = 50) -> list[tuple[str, int, str]]:
        """Listings with warnings, most first: (service id, how many, the first message)."""
        with self._db.read() as db:
            rows = db.execute(
                "SELECT service_id, count(*), min(message) FROM listing_warnings "
                "GROUP BY service_id ORDER BY count(*) DESC, service_id LIMIT ?",
                (limit,),
            ).fetchall()
        return [(str(r[0]), int(r[1]), str(r[2])) for r in rows]
