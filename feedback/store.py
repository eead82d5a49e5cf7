"""Decisions, their suggestions and an append-only audit trail, in the app's SQLite file."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from feedback.records import ACKNOWLEDGED, DRAFT, FAILED, SENT, Decision, Suggestion

SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS decisions (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL,
        fields TEXT NOT NULL,
        status TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        acknowledged_at TEXT,
        take_up TEXT
    )
    """,
    "CREATE INDEX IF NOT EXISTS decisions_reference ON decisions(reference)",
    """
    CREATE TABLE IF NOT EXISTS decision_suggestions (
        decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        service_id TEXT NOT NULL,
        service_name TEXT NOT NULL,
        note TEXT NOT NULL,
        added_by TEXT NOT NULL,
        PRIMARY KEY (decision_id, service_id)
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS decision_audit (
        id INTEGER PRIMARY KEY,
        decision_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
    )
    """,
    # The trail is append-only: the file refuses changes to it and removals from it.
    """
    CREATE TRIGGER IF NOT EXISTS decision_audit_no_update BEFORE UPDATE ON decision_audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS decision_audit_no_delete BEFORE DELETE ON decision_audit
    WHEN NOT EXISTS (SELECT 1 FROM audit_purge)
    BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END
    """,
)
#: Present only while `purge` removes expired records (and their trail) under retention.
PURGE_FLAG = "CREATE TABLE IF NOT EXISTS audit_purge (on_purpose INTEGER)"
FIELDS = (
    "reference",
    "referrer_name",
    "referrer_role",
    "referrer_organisation",
    "referrer_email",
    "decision",
    "decided_on",
    "reason",
    "needs",
    "child_ages",
    "postcode",
    "language",
    "interpreter",
    "consent",
    "message",
    "need_outcomes",
    "la_code",
)


class FeedbackError(ValueError):
    """A change that cannot be made (such as editing a letter already sent)."""


@dataclass(frozen=True)
class AuditEntry:
    at: str
    who: str
    action: str
    detail: str


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def working_days_between(start: date, end: date) -> int:
    """Monday-to-Friday days after `start` up to and including `end`."""
    days = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days += 1
    return days


class FeedbackStore:
    def __init__(
        self, path: Path, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self._path = Path(path)
        self._path.parent.mkdir(parents=True, exist_ok=True)
        self._clock = clock
        with self._connect() as db:
            db.execute(PURGE_FLAG)
            for statement in SCHEMA:
                db.execute(statement)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self._path, timeout=30)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA foreign_keys = ON")
        try:
            with db:
                yield db
        finally:
            db.close()

    def now(self) -> datetime:
        return self._clock()

    def _audit(
        self, db: sqlite3.Connection, decision_id: int, who: str, action: str, detail: str = ""
    ) -> None:
        db.execute(
            "INSERT INTO decision_audit (decision_id, at, who, action, detail) "
            "VALUES (?, ?, ?, ?, ?)",
            (decision_id, _stamp(self._clock()), who, action, detail),
        )

    def create(self, values: dict[str, Any], by: str, suggestions: list[Suggestion]) -> int:
        fields = {k: values.get(k) for k in FIELDS}
        fields["decided_on"] = str(values["decided_on"])
        fields["needs"] = list(values.get("needs") or ())
        fields["child_ages"] = list(values.get("child_ages") or ())
        fields["message"] = str(values.get("message") or "")
        fields["need_outcomes"] = list(values.get("need_outcomes") or ())
        fields["la_code"] = str(values.get("la_code") or "")
        with self._connect() as db:
            cursor = db.execute(
                "INSERT INTO decisions (reference, fields, status, created_by, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    str(values["reference"]).strip().upper(),
                    json.dumps(fields),
                    DRAFT,
                    by,
                    _stamp(self._clock()),
                ),
            )
            decision_id = int(cursor.lastrowid or 0)
            self._audit(db, decision_id, by, "recorded the decision")
            self._write_suggestions(db, decision_id, suggestions)
            if suggestions:
                names = "; ".join(s.service_name for s in suggestions)
                self._audit(db, decision_id, "matcher", "proposed suggestions", names)
        return decision_id

    def _write_suggestions(
        self, db: sqlite3.Connection, decision_id: int, suggestions: list[Suggestion]
    ) -> None:
        db.execute("DELETE FROM decision_suggestions WHERE decision_id = ?", (decision_id,))
        db.executemany(
            "INSERT INTO decision_suggestions (decision_id, position, service_id, service_name, "
            "note, added_by) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (decision_id, n, s.service_id, s.service_name, s.note, s.added_by)
                for n, s in enumerate(suggestions)
            ],
        )

    def get(self, decision_id: int) -> Decision | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT id, fields, status, created_by, created_at, sent_at, acknowledged_at, "
                "take_up FROM decisions WHERE id = ?",
                (decision_id,),
            ).fetchone()
            if row is None:
                return None
            suggestions = db.execute(
                "SELECT service_id, service_name, note, added_by FROM decision_suggestions "
                "WHERE decision_id = ? ORDER BY position",
                (decision_id,),
            ).fetchall()
        fields = json.loads(row[1])
        fields.setdefault("need_outcomes", [])
        fields.setdefault("la_code", "")
        fields["need_outcomes"] = tuple(fields["need_outcomes"])
        fields["decided_on"] = date.fromisoformat(fields["decided_on"])
        fields["needs"] = tuple(fields["needs"])
        fields["child_ages"] = tuple(fields["child_ages"])
        return Decision(
            **fields,
            id=row[0],
            status=row[2],
            created_by=row[3],
            created_at=row[4],
            sent_at=row[5],
            acknowledged_at=row[6],
            take_up=row[7],
            suggestions=tuple(Suggestion(*s) for s in suggestions),
        )

    def require(self, decision_id: int) -> Decision:
        found = self.get(decision_id)
        if found is None:
            raise FeedbackError(f"there is no decision {decision_id}")
        return found

    def change_suggestions(
        self, decision_id: int, suggestions: list[Suggestion], by: str, action: str, detail: str
    ) -> None:
        """Replace the suggestions of a draft (or a letter that could not be delivered)."""
        decision = self.require(decision_id)
        if decision.status not in (DRAFT, FAILED):
            raise FeedbackError("the letter has been sent; its suggestions cannot change")
        with self._connect() as db:
            self._write_suggestions(db, decision_id, suggestions)
            self._audit(db, decision_id, by, action, detail)

    def set_message(self, decision_id: int, message: str, by: str) -> None:
        decision = self.require(decision_id)
        if decision.status not in (DRAFT, FAILED):
            raise FeedbackError("the letter has been sent; its message cannot change")
        fields = {k: getattr(decision, k) for k in FIELDS}
        fields["decided_on"] = str(decision.decided_on)
        fields["needs"] = list(decision.needs)
        fields["child_ages"] = list(decision.child_ages)
        fields["need_outcomes"] = list(decision.need_outcomes)
        fields["message"] = message
        with self._connect() as db:
            db.execute(
                "UPDATE decisions SET fields = ? WHERE id = ?", (json.dumps(fields), decision_id)
            )
            self._audit(db, decision_id, by, "wrote the message to the referrer")

    def set_status(self, decision_id: int, status: str, by: str, detail: str = "") -> None:
        now = _stamp(self._clock())
        column = {SENT: "sent_at", ACKNOWLEDGED: "acknowledged_at"}.get(status)
        with self._connect() as db:
            db.execute("UPDATE decisions SET status = ? WHERE id = ?", (status, decision_id))
            if column:
                db.execute(f"UPDATE decisions SET {column} = ? WHERE id = ?", (now, decision_id))
            self._audit(db, decision_id, by, f"status: {status}", detail)

    def acknowledge(self, decision_id: int, take_up: str) -> None:
        with self._connect() as db:
            db.execute("UPDATE decisions SET take_up = ? WHERE id = ?", (take_up, decision_id))
        self.set_status(
            decision_id, ACKNOWLEDGED, "referrer", f"family taking up the offer: {take_up}"
        )

    def audit(self, decision_id: int) -> list[AuditEntry]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT at, who, action, detail FROM decision_audit WHERE decision_id = ? "
                "ORDER BY id",
                (decision_id,),
            ).fetchall()
        return [AuditEntry(*row) for row in rows]

    def notes_about(self, service_id: str, limit: int = 5) -> list[tuple[str, str]]:
        """The latest notes practitioners wrote when suggesting this service: (who, note)."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT s.added_by, s.note FROM decision_suggestions s "
                "JOIN decisions d ON d.id = s.decision_id "
                "WHERE s.service_id = ? AND s.note <> '' ORDER BY d.id DESC LIMIT ?",
                (service_id, limit),
            ).fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]

    def drafts_by(self, username: str) -> list[tuple[int, str]]:
        """The id and reference of each letter this person has not yet sent."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, reference FROM decisions WHERE created_by = ? AND status IN (?, ?) "
                "ORDER BY id DESC",
                (username, DRAFT, FAILED),
            ).fetchall()
        return [(int(r[0]), str(r[1])) for r in rows]

    def ids(self) -> list[int]:
        with self._connect() as db:
            return [int(r[0]) for r in db.execute("SELECT id FROM decisions ORDER BY id")]

    def earlier(
        self, reference: str, before: int, within: timedelta = timedelta(days=365)
    ) -> list[Decision]:
        """Earlier decisions about the same referral or family reference within `within`."""
        since = _stamp(self._clock() - within)
        with self._connect() as db:
            ids = [
                int(r[0])
                for r in db.execute(
                    "SELECT id FROM decisions WHERE reference = ? AND id <> ? AND created_at >= ? "
                    "ORDER BY id DESC",
                    (reference.strip().upper(), before, since),
                )
            ]
        return [d for d in (self.get(i) for i in ids) if d is not None]

    def worklist(self, working_days: int) -> tuple[list[Decision], list[Decision]]:
        """Decisions with no feedback sent after `working_days`, and letters sent that long
        ago and not acknowledged."""
        today = self._clock().date()
        unsent: list[Decision] = []
        unacknowledged: list[Decision] = []
        for decision_id in self.ids():
            decision = self.get(decision_id)
            if decision is None:
                continue
            if decision.status in (DRAFT, FAILED):
                if working_days_between(decision.decided_on, today) > working_days:
                    unsent.append(decision)
            elif decision.status == SENT and decision.sent_at:
                sent = datetime.strptime(decision.sent_at, "%Y-%m-%dT%H:%M:%SZ").date()
                if working_days_between(sent, today) > working_days:
                    unacknowledged.append(decision)
        return unsent, unacknowledged

    def gaps(self, since: date, until: date) -> list[tuple[str, str, int]]:
        """Needs recorded in decisions between the dates (inclusive) for which no suitable
        local service existed: (category, council area code, how many), most first."""
        counts: dict[tuple[str, str], int] = {}
        for decision_id in self.ids():
            decision = self.get(decision_id)
            if decision is None or not since <= decision.decided_on <= until:
                continue
            for outcome in decision.need_outcomes:
                if outcome.get("matched"):
                    continue
                categories = list(outcome.get("categories") or []) or ["No category"]  # type: ignore[call-overload]
                for category in categories:
                    key = (str(category), decision.la_code or "Unknown area")
                    counts[key] = counts.get(key, 0) + 1
        return sorted(
            ((c, a, n) for (c, a), n in counts.items()), key=lambda row: (-row[2], row[0], row[1])
        )

    def purge(self, older_than: timedelta) -> list[str]:
        """Remove decisions (with their suggestions and trail) recorded before the retention
        period; the references removed."""
        cutoff = _stamp(self._clock() - older_than)
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, reference FROM decisions WHERE created_at < ? ORDER BY id", (cutoff,)
            ).fetchall()
            if not rows:
                return []
            db.execute("INSERT INTO audit_purge (on_purpose) VALUES (1)")
            ids = [r[0] for r in rows]
            marks = ",".join("?" * len(ids))
            db.execute(f"DELETE FROM decision_audit WHERE decision_id IN ({marks})", ids)
            db.execute(f"DELETE FROM decisions WHERE id IN ({marks})", ids)
            db.execute("DELETE FROM audit_purge")
        return [str(r[1]) for r in rows]
