"""Reports of problems with listings, from the public pages, queued for directory editors,
with who marked each dealt with and when."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from appdb import AppDatabase
from directory.timestamps import utc_stamp

#: What someone can say is wrong with a listing.
PROBLEMS = {
    "contact": "The phone number, email or website is wrong",
    "closed": "The service has closed or moved",
    "details": "The address, opening times, ages or cost are wrong",
    "other": "Something else",
}
MAX_DETAILS = 1200


@dataclass(frozen=True)
class ListingReport:
    id: int
    service_id: str
    service_name: str
    problem: str
    details: str
    reporter_email: str
    created_at: str
    status: str
    #: Who marked it dealt with (a username) and when (UTC, ISO 8601); empty while waiting.
    resolved_by: str = ""
    resolved_at: str = ""


class ReportQueue:
    """The queue of reports, in the application database (whatever the directory's backend)."""

    def __init__(
        self, database: AppDatabase, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self._db = database
        self._clock = clock

    def _stamp(self) -> str:
        return utc_stamp(self._clock())

    def add(
        self, service_id: str, service_name: str, problem: str, details: str, email: str
    ) -> int:
        """Queue a report that has been checked (see `check_report`); its number."""
        now = self._stamp()
        with self._db.transaction() as db:
            return db.insert(
                "INSERT INTO listing_reports (service_id, service_name, problem, details, "
                "reporter_email, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (service_id, service_name, problem, details, email, now),
            )

    def resolve(self, report_id: int, who: str) -> bool:
        """Mark a report dealt with by `who`, now; whether there was such a report waiting."""
        now = self._stamp()
        with self._db.transaction() as db:
            changed = db.execute(
                "UPDATE listing_reports SET status = 'done', resolved_by = ?, resolved_at = ? "
                "WHERE id = ? AND status = 'new'",
                (who, now, report_id),
            ).rowcount
        return bool(changed)

    def _select(self, where: str, params: tuple[object, ...]) -> list[ListingReport]:
        with self._db.read() as db:
            rows = db.execute(
                "SELECT id, service_id, service_name, problem, details, reporter_email, "
                f"created_at, status, resolved_by, resolved_at FROM listing_reports {where}",
                params,
            ).fetchall()
        return [ListingReport(*row) for row in rows]

    def waiting(self) -> list[ListingReport]:
        """Reports not yet dealt with, oldest first."""
        return self._select("WHERE status = 'new' ORDER BY id", ())

    def dealt_with(self, limit: int = 50) -> list[ListingReport]:
        """The reports most recently marked dealt with, latest first."""
        return self._select(
            "WHERE status = 'done' ORDER BY resolved_at DESC, id DESC LIMIT ?", (limit,)
        )

    def about(self, service_id: str) -> list[ListingReport]:
        """Every report about one listing, waiting or dealt with, latest first."""
        return self._select("WHERE service_id = ? ORDER BY id DESC", (service_id,))


def check_report(problem: str, details: str, email: str) -> dict[str, str]:
    """What is wrong with a report as entered, by form field (empty when it is fine)."""
    errors: dict[str, str] = {}
    if problem not in PROBLEMS:
        errors["problem"] = "Select what is wrong with the listing"
    if problem == "other" and not details.strip():
        errors["details"] = "Tell us what is wrong with the listing"
    if len(details) > MAX_DETAILS:
        errors["details"] = f"Tell us in {MAX_DETAILS} characters or fewer"
    if email and ("@" not in email or " " in email.strip() or len(email) > 254):
        errors["email"] = "Enter an email address in the correct format, like name@example.com"
    return errors
